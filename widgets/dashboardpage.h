#pragma once

#include "core/salesqueries.h"
#include "core/site.h"
#include "widgets/reportingperiod.h"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace widgets {

class KpiTile;
class TrendChart;

// The figures of one refresh, computed on a worker thread.
struct DashboardFigures
{
    QList<std::int64_t> siteIds;
    QDate from;
    QDate to;
    core::PeriodTotals totals;
    // The same stretch 52 weeks earlier, so weekdays line up.
    core::PeriodTotals lastYear;
    QList<core::DailyPoint> series;
    QString error; // empty when the queries succeeded
};

// Visitors, revenue and the daily trend for a chosen site (or all) and period.
// Every refresh runs its queries on a worker thread with its own read-only
// connection; a result that arrives after the selection changed is dropped.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // Computes the figures of a selection; runs on a worker thread.
    using FiguresQuery = std::function<DashboardFigures(const QString& dataDir, const QList<std::int64_t>& siteIds,
                                                        const QDate& from, const QDate& to)>;

    explicit DashboardPage(QWidget* parent = nullptr);

    // The query every refresh runs: opens its own read-only connection to the cache.
    static DashboardFigures queryFigures(const QString& dataDir, const QList<std::int64_t>& siteIds, const QDate& from,
                                         const QDate& to);
    // Replaces the query (tests use it to hold a result back); it must be thread-safe.
    void setFiguresQuery(FiguresQuery query) { m_query = std::move(query); }

    // Points the page at a cache: fills the site list, sets the default period
    // (the last 30 days up to `lastDay`, the last day with data) and refreshes.
    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay, const QDate& lastDay);

    // 0 selects all sites.
    void selectSite(std::int64_t siteId);
    void selectPeriod(ReportingPeriod::Preset preset);
    void selectCustomRange(const QDate& from, const QDate& to);

    QList<std::int64_t> selectedSiteIds() const;
    std::pair<QDate, QDate> selectedRange() const;
    ReportingPeriod::Preset selectedPreset() const;

    // True once the figures shown are those of the current selection.
    bool isUpToDate() const;
    // The figures on screen (valid once refreshed() has been emitted).
    const DashboardFigures& shownFigures() const { return m_shown; }

signals:
    // Emitted when the figures of the current selection are on screen.
    void refreshed();

public slots:
    void refresh();

private:
    void presetChosen();
    void dateEdited();
    void startRefresh();
    void showFigures(const DashboardFigures& figures);

    FiguresQuery m_query = &DashboardPage::queryFigures;
    QString m_dataDir;
    QList<core::Site> m_sites;
    QDate m_lastDay;
    quint64 m_generation = 0; // of the newest refresh asked for
    quint64 m_shownGeneration = 0;
    DashboardFigures m_shown;

    QComboBox* m_site;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_dataPeriod;
    QLabel* m_status;
    KpiTile* m_visitors;
    KpiTile* m_revenue;
    KpiTile* m_perVisitor;
    KpiTile* m_tickets;
    TrendChart* m_trend;
    QTimer* m_refreshTimer;
};

} // namespace widgets
