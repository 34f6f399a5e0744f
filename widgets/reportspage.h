#pragma once

#include "core/report.h"
#include "core/site.h"
#include "widgets/reportexport.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace widgets {

// The reports screen: choose a report (the catalogue's types), a scope (all sites, a
// region, a site), a period and a format; Preview shows the title page and the
// first table; Export writes the file on a worker thread with a progress bar and
// Cancel (a cancelled export leaves no file). Every query runs on a worker thread
// with its own read-only connection to the cache, and the file is written through
// ReportExport, like `cruscotto-cli report`, so both write the same file.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    // Points the page at a cache (its sites fill the scope list) and sets the
    // period to the last full month up to `lastDay`, the last day with data.
    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& lastDay);

    // The choices, as the command line spells them ("monthly", "region:NAME", "csv").
    void selectType(const QString& id);
    void selectScope(const QString& scope);
    void selectPeriod(const QDate& from, const QDate& to);
    void selectFormat(ReportExport::Format format);
    QString selectedType() const;
    QString selectedScope() const;
    core::Period selectedPeriod() const;
    ReportExport::Format selectedFormat() const;

    bool isBusy() const { return m_busy; }
    // The preview's first table and what the status line says.
    const QStandardItemModel* previewModel() const { return m_model; }
    QString statusText() const;

public slots:
    void preview();
    // Writes the chosen report to `path` off the GUI thread; exportFinished() tells how it went.
    void exportTo(const QString& path);
    void cancelExport();

signals:
    void previewReady();
    void exportFinished(bool written, const QString& message);

private:
    struct Job;
    void chooseFile();
    void setBusy(bool busy);
    void showPreview(const core::Report& report);
    core::ReportRequest request() const;

    QString m_dataDir;
    QComboBox* m_type = nullptr;
    QComboBox* m_scope = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_titlePage = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace widgets
