#pragma once

#include "core/fundingmonitor.h"
#include "core/fundingtable.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace widgets {

class FundingTimeline;

// What the page shows, read from the cache on a worker thread.
struct FundingFigures
{
    QList<core::FundingTable> tables;
    QList<core::DigitisationProgress> digitisation;
    QString error;
};

// Funded projects (PNRR, PN Cultura): the lines of a programme's table with their
// spend ratios as bars and their flags (at risk, past the deadline with the target
// not met) in colour and in words, the total and the check of sub-lines against
// their parent line, a timeline of the milestones with today marked, and the
// digitisation progress per site. A table (or a digitisation table) is imported
// from CSV or XLSX off the GUI thread; a bad row is reported with its row and
// field and nothing of the file is imported.
class FundingPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        DescriptionColumn,
        DeadlineColumn,
        MonthsLeftColumn,
        FlagColumn,
        CommittedOfFundedColumn,
        SpentOfCommittedColumn,
        SpentOfFundedColumn,
        FundedColumn,
        CommittedColumn,
        InProgressColumn,
        SpentColumn,
        StatusColumn,
        ColumnCount
    };
    enum DigitisationColumn
    {
        SiteColumn,
        PlannedColumn,
        ActiveColumn,
        ConcludedColumn,
        ToStartColumn,
        ProducedColumn,
        ResourcesTargetColumn,
        ProducedShareColumn,
        TargetDateColumn,
        DigitisationColumnCount
    };
    // A ratio cell's value as a number (0.182), for the bar; absent when there is none.
    static constexpr int RatioRole = Qt::UserRole + 1;
    // Money cells: the cents.
    static constexpr int CentsRole = Qt::UserRole + 2;

    explicit FundingPage(QWidget* parent = nullptr);

    static FundingFigures load(const QString& dataDir);
    // Parses and stores a file (a worker thread's job); returns what to tell the user.
    struct ImportOutcome
    {
        bool ok = false;
        QString message;
    };
    static ImportOutcome importFile(const QString& dataDir, const QString& path);

    void setDataDir(const QString& dataDir);
    // The day the months left and the flags are worked out for (default: today in Rome).
    void setDay(const QDate& day);
    void setThresholds(const core::FundingMonitor::Thresholds& thresholds);
    // Imports a file without asking for it (the Import button asks, then calls this).
    void startImport(const QString& path);

    const FundingFigures& figures() const { return m_figures; }
    const core::FundingMonitor::Evaluation& evaluation() const { return m_evaluation; }
    QTableView* lineView() const { return m_lines; }
    QTableView* digitisationView() const { return m_digitisation; }
    FundingTimeline* timeline() const { return m_timeline; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* importButton() const { return m_import; }
    bool isBusy() const { return m_busy > 0; }

signals:
    void loaded();
    void importFinished(bool ok);

public slots:
    void reload();

private:
    void chooseFile();
    void present(const FundingFigures& figures);
    void showTable();
    void setBusy(bool busy);

    QString m_dataDir;
    QDate m_day;
    core::FundingMonitor::Thresholds m_thresholds;
    FundingFigures m_figures;
    core::FundingMonitor::Evaluation m_evaluation;
    int m_busy = 0;

    QComboBox* m_tableChoice = nullptr;
    QDateEdit* m_dayEdit = nullptr;
    QSpinBox* m_riskMonths = nullptr;
    QSpinBox* m_riskSpent = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_lines = nullptr;
    QStandardItemModel* m_lineModel = nullptr;
    FundingTimeline* m_timeline = nullptr;
    QTableView* m_digitisation = nullptr;
    QStandardItemModel* m_digitisationModel = nullptr;
    QLabel* m_digitisationSummary = nullptr;
};

} // namespace widgets
