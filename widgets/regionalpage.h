#pragma once

#include "core/dashboardqueries.h"
#include "core/site.h"
#include "widgets/reportingperiod.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace widgets {

class PeriodPicker;

// The figures of one refresh of the regional page, computed on a worker thread.
struct RegionalFigures
{
    QList<std::int64_t> siteIds;
    core::Period period;
    QList<core::SiteRank> ranking; // most visitors first
    std::int64_t totalVisitors = 0; // of the sites in scope, for each one's share
    QString error; // empty when the queries succeeded
};

// For regional managers: the sites of a region (or all) ranked over a period, with
// visitors, revenue, the change against the same weeks last year, each site's share
// of the region and a sparkline of its months; sortable on every column. Selecting
// two or more sites compares them side by side, month by month. Double-clicking
// (or Enter on) a site drills down to its zones.
class RegionalPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        NameColumn,
        VisitorsColumn,
        RevenueColumn,
        LastYearColumn,
        ChangeColumn,
        ShareColumn,
        TrendColumn,
        ColumnCount
    };
    // The raw value of a ranking cell, the sort key.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SiteIdRole = Qt::UserRole + 2;

    explicit RegionalPage(QWidget* parent = nullptr);

    // Runs on a worker thread with its own read-only connection.
    static RegionalFigures queryFigures(const QString& dataDir, const QList<std::int64_t>& siteIds,
                                        const core::Period& period);

    // Points the page at a cache: fills the regions, sets year to date and refreshes.
    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay, const QDate& lastDay);
    // 0 selects every region.
    void selectRegion(std::int64_t regionId);
    void selectPeriod(ReportingPeriod::Preset preset);
    void selectRange(const QDate& from, const QDate& to);
    // Selects these sites in the ranking, which compares them.
    void compareSites(const QList<std::int64_t>& siteIds);

    std::int64_t selectedRegion() const;
    QList<std::int64_t> selectedSiteIds() const;
    core::Period selectedPeriod() const;
    QList<std::int64_t> comparedSites() const { return m_compared; }
    bool isUpToDate() const;
    const RegionalFigures& shownFigures() const { return m_shown; }

    QTableView* rankingView() const { return m_ranking; }
    QTableView* comparisonView() const { return m_comparison; }

signals:
    void refreshed();
    // Drill-down: the zones of a site over the same period.
    void siteActivated(std::int64_t siteId, const QDate& from, const QDate& to);

public slots:
    void refresh();

private:
    void startRefresh();
    void showFigures(const RegionalFigures& figures);
    void selectionChanged();
    void showComparison();
    void activateRow(const QModelIndex& index);

    QString m_dataDir;
    QList<core::Site> m_sites;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_pending = false;
    RegionalFigures m_shown;
    QList<std::int64_t> m_compared;

    QComboBox* m_region;
    PeriodPicker* m_period;
    QLabel* m_breadcrumb;
    QLabel* m_status;
    QLabel* m_comparisonHint;
    QStandardItemModel* m_rankingModel;
    QSortFilterProxyModel* m_rankingProxy;
    QTableView* m_ranking;
    QStandardItemModel* m_comparisonModel;
    QTableView* m_comparison;
};

} // namespace widgets
