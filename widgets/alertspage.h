#pragma once

#include "core/alertqueries.h"
#include "core/site.h"
#include "widgets/reportingperiod.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace widgets {

class PeriodPicker;

// The alerts of one refresh, read on a worker thread.
struct AlertFigures
{
    core::AlertFilter filter;
    QList<core::AlertEntry> alerts; // newest first
    QString error;
};

// Capacity, climate and transaction alerts, newest first, filtered by kind,
// severity, site and period, each with its explanation. An alert is acknowledged
// with a comment (required); acknowledged alerts stay in the list, greyed, with
// when and what was said. The acknowledgement is written on a worker thread
// through the cache's writer connection.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RaisedColumn,
        SiteColumn,
        KindColumn,
        SeverityColumn,
        TitleColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int AlertIdRole = Qt::UserRole + 1;

    explicit AlertsPage(QWidget* parent = nullptr);

    static AlertFigures queryAlerts(const QString& dataDir, const core::AlertFilter& filter);
    // Writes the acknowledgement; returns an empty string, or why it was not stored.
    static QString acknowledge(const QString& dataDir, std::int64_t alertId, const QString& comment,
                               std::int64_t nowUtc);

    // Translated names of the stable codes.
    static QString kindName(const QString& kind);
    static QString severityName(const QString& severity);

    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay, const QDate& lastDay);
    // An empty code (or 0) means any.
    void selectKind(const QString& kind);
    void selectSeverity(const QString& severity);
    void selectSite(std::int64_t siteId);
    void selectPeriod(ReportingPeriod::Preset preset);
    void selectRange(const QDate& from, const QDate& to);
    void setShowAcknowledged(bool show);
    void selectAlert(std::int64_t alertId);
    void setComment(const QString& comment);

    std::int64_t selectedAlert() const;
    bool isUpToDate() const;
    const AlertFigures& shownAlerts() const { return m_shown; }
    QTableView* alertView() const { return m_table; }

signals:
    void refreshed();
    // After an acknowledgement was asked for: stored or not, and what the page said.
    void acknowledged(bool ok, const QString& message);

public slots:
    void refresh();
    void acknowledgeSelected();

private:
    core::AlertFilter currentFilter() const;
    void startRefresh();
    void showAlerts(const AlertFigures& figures);
    void showDetail();

    QString m_dataDir;
    QList<core::Site> m_sites;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_pending = false;
    bool m_saving = false;
    std::int64_t m_detailId = 0; // the alert whose detail is shown
    AlertFigures m_shown;

    QComboBox* m_kind;
    QComboBox* m_severity;
    QComboBox* m_site;
    PeriodPicker* m_period;
    QCheckBox* m_showAcknowledged;
    QLabel* m_status;
    QLabel* m_count;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_detailTitle;
    QLabel* m_detailMeta;
    QLabel* m_detailText;
    QLabel* m_ackState;
    QLabel* m_commentLabel = nullptr;
    QPlainTextEdit* m_comment;
    QPushButton* m_acknowledge;
    QLabel* m_ackStatus;
};

} // namespace widgets
