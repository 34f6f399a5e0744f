#pragma once

#include "core/dashboardqueries.h"
#include "core/openingcalendar.h"
#include "core/site.h"
#include "core/visitorforecast.h"
#include "widgets/reportingperiod.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QSpinBox;
class QTimer;

namespace widgets {

class BreadcrumbBar;
class HeatmapView;
class KpiTile;
class MixChart;
class ScopePicker;
class TrendChart;
class VisitorProfileView;

// What one refresh asks for.
struct DashboardRequest
{
    QString dataDir;
    QList<std::int64_t> siteIds;
    core::Period period; // the period shown (the one chosen, or the level drilled into)
    QDate lastDay; // the last day with data: figures up to it, a forecast after it
    core::Granularity granularity = core::Granularity::Day;
    // A single site's calendar: the forecast band is drawn for its days after lastDay.
    std::optional<core::OpeningCalendar> forecastCalendar;
    int profileK = 10;
};

// The figures of one refresh, computed on a worker thread.
struct DashboardFigures
{
    QList<std::int64_t> siteIds;
    QDate from; // the period shown
    QDate to;
    core::Period dataPeriod; // the part of it up to the last day with data (invalid when none)
    core::Granularity granularity = core::Granularity::Day;
    core::KpiSet kpis;
    core::KpiSet kpisLastYear; // the same stretch 52 weeks earlier, so weekdays line up
    core::PeriodTotals totals; // kpis.sales
    core::PeriodTotals lastYear; // kpisLastYear.sales
    QList<core::TrendPoint> trend; // every bucket of from..to
    QList<core::TrendPoint> trendLastYear;
    QList<core::DayForecast> forecast; // the days after the data, for a single site
    QString forecastNote; // why there is no forecast, when one was asked for
    QList<core::MixSlice> channels;
    QList<core::MixSlice> categories;
    core::Heatmap heatmap{};
    QList<core::ProfileCell> origin;
    QList<core::ProfileCell> ageBand;
    QList<core::ProfileCell> groupType;
    int profileK = 10;
    QDateTime dataAsOfUtc; // the last sync, or the end of the last day with data
    QString error; // empty when the queries succeeded
};

// The directors' dashboard: a scope (all sites, a region, one or several sites) and
// a period, always compared with the same period last year aligned by weekday; KPI
// tiles, the trend with last year and the forecast, the channel and category mix,
// the hour x weekday heatmap and the visitor profile. A click on the trend drills
// down (months or weeks -> days -> hours), the breadcrumb and Alt+Left go back.
// Every refresh runs its queries on a worker thread with its own read-only
// connection; a result that arrives after the selection changed is dropped.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    using FiguresQuery = std::function<DashboardFigures(const DashboardRequest& request)>;
    using Clock = std::function<QDateTime()>;

    explicit DashboardPage(QWidget* parent = nullptr);

    // The query every refresh runs: opens its own read-only connection to the cache.
    static DashboardFigures queryFigures(const DashboardRequest& request);
    // Replaces the query (tests use it to hold a result back); it must be thread-safe.
    void setFiguresQuery(FiguresQuery query) { m_query = std::move(query); }
    // The clock the data's age is measured with (tests set a fixed one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Data older than this shows the "Data as of" banner (default 24 hours).
    void setStaleAfter(qint64 seconds) { m_staleAfterSeconds = seconds; }

    // Points the page at a cache: fills the scope picker, sets the default period
    // (the last 30 days up to `lastDay`, the last day with data) and refreshes.
    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay, const QDate& lastDay);

    // 0 selects all sites.
    void selectSite(std::int64_t siteId);
    void selectRegion(std::int64_t regionId);
    void selectSites(const QList<std::int64_t>& siteIds);
    void selectPeriod(ReportingPeriod::Preset preset);
    void selectYear(int year);
    void selectCustomRange(const QDate& from, const QDate& to);

    QList<std::int64_t> selectedSiteIds() const;
    // The period chosen in the pickers (before any drill-down).
    std::pair<QDate, QDate> selectedRange() const;
    ReportingPeriod::Preset selectedPreset() const;
    // The period on screen: the one chosen, or the level drilled into.
    core::Period shownPeriod() const;
    // Drill-down levels below the period chosen.
    int drillDepth() const { return static_cast<int>(m_drill.size()); }
    // Drills into a bucket of the trend (what a click does); false when it cannot go further.
    bool drillInto(qsizetype bucket);
    // Back to a level (0 = the period chosen).
    void drillBackTo(int level);
    void drillBack();

    // True once the figures shown are those of the current selection.
    bool isUpToDate() const;
    // The figures on screen (valid once refreshed() has been emitted).
    const DashboardFigures& shownFigures() const { return m_shown; }
    // The "Data as of …" banner's text, empty when hidden.
    QString staleBannerText() const;

    ScopePicker* scopePicker() const { return m_scope; }
    TrendChart* trendChart() const { return m_trend; }

signals:
    // Emitted when the figures of the current selection are on screen.
    void refreshed();

public slots:
    void refresh();
    // Whether the hub answered the last time the application tried: when it did not,
    // the banner says the figures are the local copy and how old they are.
    void setHubReachable(bool reachable);

private:
    void presetChosen();
    void dateEdited();
    void customRangeChosen(int delayMs);
    void selectionChanged();
    void scheduleRefresh(int delayMs);
    void startRefresh();
    void showFigures(const DashboardFigures& figures);
    void showTiles(const DashboardFigures& figures);
    void showTrend(const DashboardFigures& figures);
    void updateBanner();
    void updateBreadcrumb();
    QString periodLabel(const core::Period& period) const;

    FiguresQuery m_query = &DashboardPage::queryFigures;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    qint64 m_staleAfterSeconds = 24 * 3600;
    bool m_hubReachable = true;
    QString m_dataDir;
    QList<core::Site> m_sites;
    QDate m_lastDay;
    QList<core::Period> m_drill;
    quint64 m_generation = 0; // of the newest refresh asked for
    quint64 m_shownGeneration = 0;
    DashboardFigures m_shown;

    ScopePicker* m_scope;
    QComboBox* m_period;
    QSpinBox* m_year;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_dataPeriod;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QLabel* m_status;
    BreadcrumbBar* m_breadcrumb;
    KpiTile* m_visitors;
    KpiTile* m_revenue;
    KpiTile* m_perVisitor;
    KpiTile* m_tickets;
    KpiTile* m_onlineShare;
    KpiTile* m_occupancy;
    KpiTile* m_climate;
    TrendChart* m_trend;
    QLabel* m_trendNote;
    MixChart* m_channels;
    MixChart* m_categories;
    HeatmapView* m_heatmap;
    VisitorProfileView* m_profile;
    QTimer* m_refreshTimer;
};

} // namespace widgets
