// The directors' dashboard against the cache itself: every tile and chart equals a
// direct SQL query over the raw tables for several scopes and periods (a DST week,
// the leap day, a month, a year), drill-down and back, suppressed profile cells,
// the forecast after the data, stale and empty caches, quick changes of selection,
// the Italian locale and a dark palette.
#include "tests/testsupport/testdatadir.h"
#include "tests/widgets/directsums.h"

#include "core/money.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/visithistory.h"
#include "core/visitorforecast.h"
#include "widgets/breadcrumbbar.h"
#include "widgets/cacheoverview.h"
#include "widgets/charts/mixchart.h"
#include "widgets/charts/trendchart.h"
#include "widgets/dashboardpage.h"
#include "widgets/heatmapview.h"
#include "widgets/kpitile.h"
#include "widgets/scopepicker.h"
#include "widgets/tableclipboard.h"
#include "widgets/visitorprofileview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QToolButton>
#include <QWheelEvent>

#include <atomic>
#include <cmath>
#include <memory>

using widgets::DashboardPage;
using widgets::ReportingPeriod;

namespace {

QString ids(const QList<std::int64_t>& siteIds)
{
    QStringList s;
    for (const auto id : siteIds) {
        s << QString::number(id);
    }
    return s.join(QLatin1Char(','));
}

// Straight from the raw hourly rows and sensor readings, never from a rollup the page reads.
struct Expected
{
    testsupport::DirectSums sums;
    std::int64_t onlineTickets = 0;
    QMap<QString, std::int64_t> channelVisitors; // channel code -> visitors
    QMap<QString, std::int64_t> categoryVisitors; // "full", "reduced", "free:<reason>"
    core::Heatmap heatmap{};
    QMap<std::int64_t, std::int64_t> visitorsByHour; // hour_utc -> visitors
    std::optional<double> peakRatio;
    std::int64_t peakOccupancy = 0;
    std::int64_t peakCapacity = 0;
    std::int64_t climateHours = 0;
    std::int64_t climateInRange = 0;
    QMap<QString, QMap<QString, std::int64_t>> profile; // dimension -> bucket -> visitors
};

Expected expected(const QString& dataDir, const QList<std::int64_t>& siteIds, const QDate& from, const QDate& to)
{
    Expected e;
    e.sums = testsupport::directSums(dataDir, siteIds, from, to);
    core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadOnly);
    const QString in = ids(siteIds);
    const auto bindDays = [&](core::Statement& stmt) { stmt.bind(1, from.toJulianDay()).bind(2, to.toJulianDay()); };
    core::Statement channels = db.prepare(QStringLiteral("SELECT c.code, SUM(h.tickets), SUM(h.visitors) FROM sales_hourly h "
                                                         "JOIN channels c ON c.id = h.channel_id WHERE h.site_id IN (%1) "
                                                         "AND h.day BETWEEN ?1 AND ?2 GROUP BY c.code")
                                              .arg(in));
    bindDays(channels);
    while (channels.step()) {
        e.channelVisitors.insert(channels.text(0), channels.int64(2));
        if (channels.text(0) == QLatin1String("online")) {
            e.onlineTickets = channels.int64(1);
        }
    }
    core::Statement categories = db.prepare(
        QStringLiteral("SELECT p.category, p.free_reason, SUM(h.visitors) FROM sales_hourly h JOIN ticket_products p "
                       "ON p.id = h.product_id WHERE h.site_id IN (%1) AND h.day BETWEEN ?1 AND ?2 "
                       "GROUP BY p.category, p.free_reason")
            .arg(in));
    bindDays(categories);
    while (categories.step()) {
        const QString code = categories.text(0) == QLatin1String("free")
            ? QStringLiteral("free:") + categories.text(1)
            : categories.text(0);
        e.categoryVisitors[code] += categories.int64(2);
    }
    core::Statement hours = db.prepare(QStringLiteral("SELECT h.hour_utc, SUM(h.visitors) FROM sales_hourly h "
                                                      "WHERE h.site_id IN (%1) AND h.day BETWEEN ?1 AND ?2 "
                                                      "GROUP BY h.hour_utc")
                                           .arg(in));
    bindDays(hours);
    while (hours.step()) {
        const std::int64_t utc = hours.int64(0);
        e.visitorsByHour.insert(utc, hours.int64(1));
        const QDate day = core::RomeTime::localDate(utc);
        e.heatmap[static_cast<size_t>(day.dayOfWeek() - 1)][static_cast<size_t>(core::RomeTime::localHour(utc))]
            += hours.int64(1);
    }
    core::Statement peaks = db.prepare(QStringLiteral("SELECT z.capacity, MAX(s.occupancy_max) FROM zone_sensor_hourly s "
                                                      "JOIN zones z ON z.id = s.zone_id WHERE z.site_id IN (%1) "
                                                      "AND z.capacity > 0 AND s.day BETWEEN ?1 AND ?2 GROUP BY z.id")
                                           .arg(in));
    bindDays(peaks);
    while (peaks.step()) {
        const double ratio = double(peaks.int64(1)) / double(peaks.int64(0));
        if (!e.peakRatio || ratio > *e.peakRatio || (ratio == *e.peakRatio && peaks.int64(1) > e.peakOccupancy)) {
            e.peakRatio = ratio;
            e.peakOccupancy = peaks.int64(1);
            e.peakCapacity = peaks.int64(0);
        }
    }
    // Climate: the indoor zone-hours with a temperature reading, and those that broke no threshold.
    core::Statement climate = db.prepare(
        QStringLiteral("SELECT COALESCE(SUM(d.hours), 0), COALESCE(SUM(d.hours - d.hours_out), 0) FROM zone_daily d "
                       "JOIN zones z ON z.id = d.zone_id WHERE z.site_id IN (%1) AND z.indoor = 1 "
                       "AND d.temperature_avg IS NOT NULL AND d.day BETWEEN ?1 AND ?2")
            .arg(in));
    bindDays(climate);
    if (climate.step()) {
        e.climateHours = climate.int64(0);
        e.climateInRange = climate.int64(1);
    }
    core::Statement profile = db.prepare(QStringLiteral("SELECT dimension, bucket, SUM(visitors) FROM visitor_profile_daily "
                                                        "WHERE site_id IN (%1) AND day BETWEEN ?1 AND ?2 "
                                                        "GROUP BY dimension, bucket")
                                             .arg(in));
    bindDays(profile);
    while (profile.step()) {
        e.profile[profile.text(0)][profile.text(1)] = profile.int64(2);
    }
    return e;
}

QString percentText(double share)
{
    return DashboardPage::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void presetsEndOnTheLastDayWithData_data();
    void presetsEndOnTheLastDayWithData();
    void everyFigureEqualsDirectSql_data();
    void everyFigureEqualsDirectSql();
    void forecastFollowsTheData();
    void drillDownAndBack();
    void clickOnTheTrendDrillsDown();
    void suppressedCellsAreNeverNumbers();
    void quickChangesEndOnTheLastSelection();
    void lateResultOfAnOldSelectionIsDropped();
    void italianLocaleFormatsFigures();
    void staleCacheShowsTheBanner();
    void emptyCacheShowsAnEmptyState();
    void unreadableCacheShowsAnError();
    void darkPaletteIsReadable();
    void everyControlIsReachableAndNamed();

private:
    void openOnDemo(DashboardPage& page) const;
    static bool waitUpToDate(const DashboardPage& page);
    static QString labelText(const QWidget& root, const QString& name);
    void verifyAgainstSql(const DashboardPage& page, const QList<std::int64_t>& sites, const QDate& from,
                          const QDate& to);

    testsupport::TestDataDir m_demo;
    widgets::CacheOverview m_overview;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_demo.isValid());
    m_demo.writeDemo();
    m_overview = widgets::CacheOverview::load(m_demo.path());
    QVERIFY2(m_overview.error.isEmpty(), qPrintable(m_overview.error));
    QVERIFY(m_overview.hasData());
    QCOMPARE(m_overview.lastSalesDay, testsupport::lastSalesDay(m_demo.path()));
    QCOMPARE(m_overview.sites.size(), 4);
}

void TestDashboardPage::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestDashboardPage::openOnDemo(DashboardPage& page) const
{
    page.setCache(m_demo.path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
}

bool TestDashboardPage::waitUpToDate(const DashboardPage& page)
{
    return QTest::qWaitFor([&page] { return page.isUpToDate(); }, 20000);
}

QString TestDashboardPage::labelText(const QWidget& root, const QString& name)
{
    const auto* label = root.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

void TestDashboardPage::verifyAgainstSql(const DashboardPage& page, const QList<std::int64_t>& sites,
                                         const QDate& from, const QDate& to)
{
    QCOMPARE(page.shownFigures().siteIds, sites);
    QCOMPARE(page.shownFigures().from, from);
    QCOMPARE(page.shownFigures().to, to);
    const Expected e = expected(m_demo.path(), sites, from, to);
    const Expected before = expected(m_demo.path(), sites, from.addDays(-364), to.addDays(-364));
    const QLocale locale;

    // The tiles.
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), locale.toString(e.sums.visitors));
    QCOMPARE(labelText(page, QStringLiteral("visitorsValueDetail")),
             DashboardPage::tr("%1 paying · %2 free").arg(locale.toString(e.sums.paying), locale.toString(e.sums.free)));
    QCOMPARE(labelText(page, QStringLiteral("revenueValue")), core::Money::fromCents(e.sums.revenueCents).toString(locale));
    QCOMPARE(labelText(page, QStringLiteral("revenuePerVisitorValue")),
             core::Money::fromCents(e.sums.revenueCents).dividedBy(e.sums.paying).toString(locale));
    QCOMPARE(labelText(page, QStringLiteral("ticketsValue")), locale.toString(e.sums.tickets));
    QCOMPARE(labelText(page, QStringLiteral("onlineShareValue")),
             percentText(e.sums.tickets > 0 ? double(e.onlineTickets) / double(e.sums.tickets) : 0.0));
    if (e.peakRatio) {
        QCOMPARE(labelText(page, QStringLiteral("peakOccupancyValue")), percentText(*e.peakRatio));
        QVERIFY(labelText(page, QStringLiteral("peakOccupancyValueDetail"))
                    .startsWith(DashboardPage::tr("%1 of %2 people at once in %3")
                                    .arg(locale.toString(e.peakOccupancy), locale.toString(e.peakCapacity),
                                         QString())));
    } else {
        QCOMPARE(labelText(page, QStringLiteral("peakOccupancyValue")), QStringLiteral("–"));
    }
    if (e.climateHours > 0) {
        QCOMPARE(labelText(page, QStringLiteral("climateValue")),
                 percentText(double(e.climateInRange) / double(e.climateHours)));
    } else {
        QCOMPARE(labelText(page, QStringLiteral("climateValue")), QStringLiteral("–"));
    }
    const QString comparison = labelText(page, QStringLiteral("visitorsValueComparison"));
    if (before.sums.visitors == 0) {
        QCOMPARE(comparison, widgets::KpiTile::tr("No figures for the same period last year"));
    } else {
        const double change = double(e.sums.visitors - before.sums.visitors) / double(before.sums.visitors);
        const QString percent = locale.toString(std::abs(change) * 100.0, 'f', 1);
        QCOMPARE(comparison, change >= 0 ? widgets::KpiTile::tr("▲ +%1 % on the same period last year").arg(percent)
                                         : widgets::KpiTile::tr("▼ −%1 % on the same period last year").arg(percent));
    }

    // The trend, this year and last, bucket by bucket.
    const auto* chart = page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    QVERIFY(chart);
    const core::Granularity granularity = core::granularityFor({ from, to });
    QCOMPARE(page.shownFigures().granularity, granularity);
    const QList<double> values = chart->lines().first().values;
    const QList<double> lastYear = chart->data().lastYear.values;
    const auto bucketSum = [](const Expected& x, const QDate& first, const QDate& last) {
        std::int64_t sum = 0;
        for (auto it = x.sums.visitorsByDay.lowerBound(first); it != x.sums.visitorsByDay.cend() && it.key() <= last;
             ++it) {
            sum += it.value();
        }
        return sum;
    };
    if (granularity == core::Granularity::Hour) {
        QList<std::int64_t> hourStarts;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            hourStarts << core::RomeTime::hourStarts(d);
        }
        QCOMPARE(chart->bucketCount(), hourStarts.size());
        QCOMPARE(values.size(), hourStarts.size());
        for (qsizetype i = 0; i < hourStarts.size(); ++i) {
            QCOMPARE(static_cast<std::int64_t>(values.at(i)), e.visitorsByHour.value(hourStarts.at(i), 0));
        }
        QList<std::int64_t> lastYearStarts;
        for (QDate d = from.addDays(-364); d <= to.addDays(-364); d = d.addDays(1)) {
            lastYearStarts << core::RomeTime::hourStarts(d);
        }
        for (qsizetype i = 0; i < lastYear.size(); ++i) {
            QCOMPARE(static_cast<std::int64_t>(lastYear.at(i)), before.visitorsByHour.value(lastYearStarts.at(i), 0));
        }
    } else {
        const QList<QDate> days = chart->days();
        QCOMPARE(days.first(), granularity == core::Granularity::Week ? from.addDays(1 - from.dayOfWeek())
                 : granularity == core::Granularity::Month            ? QDate(from.year(), from.month(), 1)
                                                                      : from);
        QCOMPARE(values.size(), days.size());
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate first = std::max(days.at(i), from);
            const QDate last = i + 1 < days.size() ? days.at(i + 1).addDays(-1) : to;
            QCOMPARE(static_cast<std::int64_t>(values.at(i)), bucketSum(e, first, last));
            if (granularity != core::Granularity::Month) { // weeks and days line up exactly 52 weeks back
                QCOMPARE(static_cast<std::int64_t>(lastYear.at(i)),
                         bucketSum(before, first.addDays(-364), last.addDays(-364)));
            }
        }
    }

    // The mixes, the heatmap and the profile.
    const auto* channels = page.findChild<widgets::MixChart*>(QStringLiteral("channelMix"));
    QCOMPARE(channels->slices().size(), 4);
    for (const core::MixSlice& slice : channels->slices()) {
        QCOMPARE(slice.visitors, e.channelVisitors.value(slice.code, 0));
    }
    const auto* categories = page.findChild<widgets::MixChart*>(QStringLiteral("categoryMix"));
    QCOMPARE(categories->slices().size(), e.categoryVisitors.size());
    for (const core::MixSlice& slice : categories->slices()) {
        QVERIFY2(e.categoryVisitors.contains(slice.code), qPrintable(slice.code));
        QCOMPARE(slice.visitors, e.categoryVisitors.value(slice.code));
    }
    const auto* heatmap = page.findChild<widgets::HeatmapView*>(QStringLiteral("visitorHeatmap"));
    QVERIFY(heatmap->heatmap() == e.heatmap);
    const auto* table = page.findChild<QTableView*>(QStringLiteral("visitorProfileTable"));
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, 2).data().toString();
        const QString bucket = model->index(row, 1).data(Qt::UserRole).toString();
        QString dimension;
        for (const QString& d : { QStringLiteral("origin"), QStringLiteral("age_band"), QStringLiteral("group_type") }) {
            if (model->index(row, 0).data().toString() == widgets::VisitorProfileView::dimensionName(d)) {
                dimension = d;
            }
        }
        QVERIFY(!dimension.isEmpty());
        const std::int64_t truth = e.profile.value(dimension).value(bucket, 0);
        if (shown == QStringLiteral("< %1").arg(locale.toString(10))) {
            continue; // suppressed: checked in suppressedCellsAreNeverNumbers
        }
        QVERIFY2(truth >= 10, qPrintable(QStringLiteral("%1 %2 shows %3").arg(dimension, bucket, shown)));
        QCOMPARE(shown, locale.toString(truth));
    }
}

void TestDashboardPage::presetsEndOnTheLastDayWithData_data()
{
    QTest::addColumn<ReportingPeriod::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // writeDemo() generates up to Monday 30 June 2025, the demo sites' closing day:
    // the last day with data, where every period ends, is Sunday 29 June.
    const QDate last(2025, 6, 29);
    QTest::newRow("latest day") << ReportingPeriod::Preset::Today << last << last;
    QTest::newRow("last 7 days") << ReportingPeriod::Preset::Last7Days << QDate(2025, 6, 23) << last;
    QTest::newRow("last 30 days") << ReportingPeriod::Preset::Last30Days << QDate(2025, 5, 31) << last;
    QTest::newRow("this month") << ReportingPeriod::Preset::ThisMonth << QDate(2025, 6, 1) << QDate(2025, 6, 30);
    QTest::newRow("year to date") << ReportingPeriod::Preset::YearToDate << QDate(2025, 1, 1) << last;
    QTest::newRow("a year") << ReportingPeriod::Preset::Year << QDate(2025, 1, 1) << QDate(2025, 12, 31);
}

void TestDashboardPage::presetsEndOnTheLastDayWithData()
{
    QFETCH(ReportingPeriod::Preset, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QCOMPARE(m_overview.lastSalesDay, QDate(2025, 6, 29));

    DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.selectPeriod(preset);
    if (preset != ReportingPeriod::Preset::Last30Days) { // the default: nothing changes
        QVERIFY(!page.isUpToDate());
        QVERIFY(waitUpToDate(page));
        QCOMPARE(refreshed.count(), 1);
    }
    QCOMPARE(page.selectedRange(), std::make_pair(from, to));
    QCOMPARE(page.shownFigures().from, from);
    QCOMPARE(page.shownFigures().to, to);
    // The figures stop at the data; the rest of the period is the future.
    QCOMPARE(page.shownFigures().dataPeriod, (core::Period{ from, std::min(to, QDate(2025, 6, 29)) }));

    const auto sums = testsupport::directSums(m_demo.path(), testsupport::allSiteIds(m_demo.path()), from, to);
    QCOMPARE(page.shownFigures().totals.visitors, sums.visitors);
    QCOMPARE(page.shownFigures().totals.revenue.cents(), sums.revenueCents);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
}

void TestDashboardPage::everyFigureEqualsDirectSql_data()
{
    QTest::addColumn<QString>("scope"); // all, site, region, sites
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // The week the clocks go back (Sunday 27 October 2024 has 25 hours) and the one
    // they go forward (Sunday 30 March 2025, 23 hours), as days and as hours.
    const QDate autumn(2024, 10, 21);
    const QDate spring(2025, 3, 24);
    for (const char* scope : { "all", "site", "region", "sites" }) {
        const QString s = QString::fromLatin1(scope);
        QTest::newRow(qPrintable(s + QStringLiteral(": autumn DST week"))) << s << autumn << autumn.addDays(6);
        QTest::newRow(qPrintable(s + QStringLiteral(": spring DST day by hour")))
            << s << QDate(2025, 3, 30) << QDate(2025, 3, 30);
        QTest::newRow(qPrintable(s + QStringLiteral(": leap day by hour"))) << s << QDate(2024, 2, 29) << QDate(2024, 2, 29);
    }
    QTest::newRow("site: spring DST week") << QStringLiteral("site") << spring << spring.addDays(6);
    QTest::newRow("all: the autumn DST weekend by hour")
        << QStringLiteral("all") << QDate(2024, 10, 26) << QDate(2024, 10, 27);
    QTest::newRow("region: February 2024") << QStringLiteral("region") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("sites: 2024 by week") << QStringLiteral("sites") << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    QTest::newRow("all: Dec 2023 to June 2025 by month") << QStringLiteral("all") << QDate(2023, 12, 15)
                                                         << QDate(2025, 6, 29);
}

void TestDashboardPage::everyFigureEqualsDirectSql()
{
    QFETCH(QString, scope);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    DashboardPage page;
    page.resize(1200, 900);
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));

    QList<std::int64_t> sites;
    if (scope == QLatin1String("all")) {
        sites = testsupport::allSiteIds(m_demo.path());
        page.selectSite(0);
    } else if (scope == QLatin1String("site")) {
        sites = { m_overview.sites.at(2).id };
        page.selectSite(sites.first());
    } else if (scope == QLatin1String("region")) {
        const std::int64_t region = m_overview.sites.at(0).regionId;
        for (const core::Site& site : m_overview.sites) {
            if (site.regionId == region) {
                sites << site.id;
            }
        }
        page.selectRegion(region);
        QCOMPARE(page.scopePicker()->kind(), widgets::ScopePicker::Kind::Region);
    } else {
        sites = { m_overview.sites.at(0).id, m_overview.sites.at(3).id };
        page.selectSites(sites);
        QCOMPARE(page.scopePicker()->kind(), widgets::ScopePicker::Kind::Sites);
    }
    page.selectCustomRange(from, to);
    QCOMPARE(page.selectedPreset(), ReportingPeriod::Preset::Custom);
    QVERIFY(waitUpToDate(page));
    std::sort(sites.begin(), sites.end());
    QList<std::int64_t> shown = page.shownFigures().siteIds;
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, sites);
    verifyAgainstSql(page, page.shownFigures().siteIds, from, to);
}

void TestDashboardPage::forecastFollowsTheData()
{
    DashboardPage page;
    page.show();
    openOnDemo(page);
    const core::Site site = m_overview.sites.at(1);
    page.selectSite(site.id);
    // Up to the last day with data (Sunday 29 June 2025), then 11 days of forecast.
    page.selectCustomRange(QDate(2025, 6, 20), QDate(2025, 7, 10));
    QVERIFY(waitUpToDate(page));
    const auto& figures = page.shownFigures();
    QCOMPARE(figures.dataPeriod, (core::Period{ QDate(2025, 6, 20), QDate(2025, 6, 29) }));
    QCOMPARE(figures.forecast.size(), 11);
    QCOMPARE(figures.forecast.first().day, QDate(2025, 6, 30));

    // The same model fitted here, from the same history, gives the same band.
    core::Database db = core::Cache::openReader(m_demo.path());
    core::VisitorForecast model(site.calendar);
    model.fit(core::VisitHistory(db).series(site.id), QDate(2025, 6, 30));
    const QList<core::DayForecast> direct = model.forecast(11, QDate(2025, 6, 30));
    const auto* chart = page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    QCOMPARE(chart->data().forecastFrom, 10);
    QCOMPARE(chart->lines().first().values.size(), 10); // the data stops on the 29th
    for (qsizetype i = 0; i < direct.size(); ++i) {
        QCOMPARE(chart->data().forecast.at(i), direct.at(i).visitors);
        QCOMPARE(chart->data().forecastLow.at(i), direct.at(i).low);
        QCOMPARE(chart->data().forecastHigh.at(i), direct.at(i).high);
        QVERIFY(direct.at(i).low <= direct.at(i).visitors && direct.at(i).visitors <= direct.at(i).high);
    }
    // Monday 30 June is the closing day: forecast exactly 0, and the tooltip says so.
    QCOMPARE(chart->data().forecast.at(0), 0.0);
    QVERIFY(chart->toolTipFor(12).contains(
        widgets::TrendChart::tr("Forecast: %1 (%2 % band %3–%4)")
            .arg(QLocale().toString(direct.at(2).visitors, 'f', 0), QLocale().toString(80),
                 QLocale().toString(direct.at(2).low, 'f', 0), QLocale().toString(direct.at(2).high, 'f', 0))));

    // Several sites: no forecast (a model is per site).
    page.selectSites({ m_overview.sites.at(0).id, site.id });
    QVERIFY(waitUpToDate(page));
    QVERIFY(page.shownFigures().forecast.isEmpty());
    QCOMPARE(chart->data().forecastFrom, -1);
}

void TestDashboardPage::drillDownAndBack()
{
    DashboardPage page;
    page.resize(1200, 900);
    page.show();
    openOnDemo(page);
    const std::int64_t site = m_overview.sites.at(0).id;
    page.selectSite(site);
    page.selectYear(2024);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.selectedRange(), std::make_pair(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    QCOMPARE(page.shownFigures().granularity, core::Granularity::Week);
    auto* breadcrumb = page.findChild<widgets::BreadcrumbBar*>(QStringLiteral("breadcrumbBar"));
    QCOMPARE(breadcrumb->crumbs(), QStringList{ QStringLiteral("2024") });

    // The week with the leap day (Monday 26 February to Sunday 3 March 2024) ...
    const auto* chart = page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    const qsizetype week = chart->days().indexOf(QDate(2024, 2, 26));
    QVERIFY(week > 0);
    QVERIFY(page.drillInto(week));
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.drillDepth(), 1);
    QCOMPARE(page.shownPeriod(), (core::Period{ QDate(2024, 2, 26), QDate(2024, 3, 3) }));
    QCOMPARE(page.shownFigures().granularity, core::Granularity::Day);
    verifyAgainstSql(page, { site }, QDate(2024, 2, 26), QDate(2024, 3, 3));
    // ... then the leap day itself, by hour.
    QVERIFY(page.drillInto(3));
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.shownPeriod(), (core::Period{ QDate(2024, 2, 29), QDate(2024, 2, 29) }));
    QCOMPARE(page.shownFigures().granularity, core::Granularity::Hour);
    QCOMPARE(chart->bucketCount(), 24);
    verifyAgainstSql(page, { site }, QDate(2024, 2, 29), QDate(2024, 2, 29));
    QCOMPARE(breadcrumb->crumbs().size(), 3);
    QVERIFY(!page.drillInto(10)); // an hour is as far as it goes
    QCOMPARE(page.drillDepth(), 2);
    // The pickers still show the period chosen.
    QCOMPARE(page.selectedRange(), std::make_pair(QDate(2024, 1, 1), QDate(2024, 12, 31)));

    // Alt+Left goes back one level.
    QTest::keyClick(chart->view(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.drillDepth(), 1);
    QCOMPARE(page.shownPeriod(), (core::Period{ QDate(2024, 2, 26), QDate(2024, 3, 3) }));
    QCOMPARE(breadcrumb->crumbs().size(), 2);
    // The first crumb goes back to the year.
    auto* yearCrumb = breadcrumb->findChild<QToolButton*>(QStringLiteral("crumb0"));
    QVERIFY(yearCrumb);
    QCOMPARE(yearCrumb->text(), QStringLiteral("2024"));
    yearCrumb->click();
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.drillDepth(), 0);
    QCOMPARE(page.shownFigures().granularity, core::Granularity::Week);
    verifyAgainstSql(page, { site }, QDate(2024, 1, 1), QDate(2024, 12, 31));

    // Choosing another scope starts again from the period chosen.
    QVERIFY(page.drillInto(week));
    QVERIFY(waitUpToDate(page));
    page.selectSite(0);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.drillDepth(), 0);
}

void TestDashboardPage::clickOnTheTrendDrillsDown()
{
    DashboardPage page;
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    openOnDemo(page);
    page.selectCustomRange(QDate(2024, 6, 1), QDate(2024, 6, 30));
    QVERIFY(waitUpToDate(page));
    auto* chart = page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    QWidget* viewport = chart->viewport();
    // Scroll the chart into view, then click on the 15th.
    page.findChild<QScrollArea*>(QStringLiteral("dashboardScroll"))->ensureWidgetVisible(chart);
    QTest::qWait(50);
    const QPoint at = chart->positionOf(14);
    QCOMPARE(chart->bucketAt(at), 14);
    QVERIFY(chart->toolTipFor(14).contains(QLocale().toString(QDate(2024, 6, 15), QLocale::LongFormat).toHtmlEscaped()));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.shownPeriod(), (core::Period{ QDate(2024, 6, 15), QDate(2024, 6, 15) }));
    QCOMPARE(page.shownFigures().granularity, core::Granularity::Hour);

    // Zoom with the wheel and keys, pan, reset.
    page.drillBack();
    QVERIFY(waitUpToDate(page));
    QVERIFY(!chart->isZoomed());
    QWheelEvent wheel(QPointF(at), QPointF(viewport->mapToGlobal(at)), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(chart->isZoomed());
    const auto zoomed = chart->visibleRange();
    QVERIFY(zoomed.second - zoomed.first < 29);
    QVERIFY(zoomed.first <= 14 && zoomed.second >= 14); // around the point under the wheel
    chart->panBy(3);
    QCOMPARE(chart->visibleRange().first, zoomed.first + 3);
    QTest::keyClick(chart->view(), Qt::Key_Home);
    QVERIFY(!chart->isZoomed());
    QCOMPARE(chart->visibleRange(), std::make_pair(-0.5, 29.5));
}

void TestDashboardPage::suppressedCellsAreNeverNumbers()
{
    DashboardPage page;
    page.show();
    openOnDemo(page);
    // One site on one winter weekday: most profile groups are under 10 visitors.
    const std::int64_t site = m_overview.sites.at(3).id;
    page.selectSite(site);
    page.selectCustomRange(QDate(2024, 2, 29), QDate(2024, 2, 29));
    QVERIFY(waitUpToDate(page));
    const Expected e = expected(m_demo.path(), { site }, QDate(2024, 2, 29), QDate(2024, 2, 29));
    const auto* table = page.findChild<QTableView*>(QStringLiteral("visitorProfileTable"));
    const QAbstractItemModel* model = table->model();
    QVERIFY(model->rowCount() >= 12);
    int suppressed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, 2).data().toString();
        const QString bucket = model->index(row, 1).data(Qt::UserRole).toString();
        std::int64_t truth = 0;
        for (const auto& dimension : e.profile) {
            truth = std::max(truth, dimension.value(bucket, 0));
        }
        if (truth < 10) {
            // Never a number, and never zero: "< 10".
            QCOMPARE(shown, QStringLiteral("< 10"));
        }
        if (shown == QStringLiteral("< 10")) {
            ++suppressed;
        } else {
            bool isNumber = false;
            QLocale().toLongLong(shown, &isNumber);
            QVERIFY(isNumber);
        }
    }
    QVERIFY(suppressed > 0);
    // Copying the table copies "< 10", not a number either.
    const auto copied = widgets::TableClipboard::contents(table);
    QVERIFY(copied.tsv.contains(QStringLiteral("\t< 10")));
}

void TestDashboardPage::quickChangesEndOnTheLastSelection()
{
    DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));

    // Change site and period at irregular intervals, some shorter and some longer
    // than a query takes: whatever arrives late must not overwrite the last choice.
    auto* siteCombo = page.findChild<QComboBox*>(QStringLiteral("siteCombo"));
    auto* periodCombo = page.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    QRandomGenerator random(42);
    for (int i = 0; i < 30; ++i) {
        siteCombo->setCurrentIndex(static_cast<int>(random.bounded(siteCombo->count())));
        periodCombo->setCurrentIndex(static_cast<int>(random.bounded(periodCombo->count() - 1))); // not Custom
        QTest::qWait(static_cast<int>(random.bounded(200)));
    }
    siteCombo->setCurrentIndex(2);
    periodCombo->setCurrentIndex(periodCombo->findData(static_cast<int>(ReportingPeriod::Preset::YearToDate)));
    QVERIFY(waitUpToDate(page));

    const std::int64_t site = siteCombo->currentData().toLongLong();
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ site });
    QCOMPARE(page.shownFigures().from, QDate(2025, 1, 1));
    QCOMPARE(page.shownFigures().to, QDate(2025, 6, 29));
    const auto sums = testsupport::directSums(m_demo.path(), { site }, QDate(2025, 1, 1), QDate(2025, 6, 29));
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
    QCOMPARE(labelText(page, QStringLiteral("ticketsValue")), QLocale().toString(sums.tickets));
}

void TestDashboardPage::lateResultOfAnOldSelectionIsDropped()
{
    DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));

    // The first query after this holds its result back until the gate opens. The
    // state is shared with the worker, which may outlive this function on failure.
    struct Hold
    {
        QSemaphore gate;
        std::atomic_int started{ 0 };
        std::atomic_int finished{ 0 };
        std::atomic_bool offGuiThread{ true };
    };
    const auto hold = std::make_shared<Hold>();
    const auto openGate = qScopeGuard([hold] { hold->gate.release(); });
    QThread* const guiThread = QThread::currentThread();
    page.setFiguresQuery([hold, guiThread](const widgets::DashboardRequest& request) {
        if (QThread::currentThread() == guiThread) {
            hold->offGuiThread = false;
        }
        if (hold->started.fetch_add(1) == 0) {
            hold->gate.tryAcquire(1, 20000);
        }
        auto figures = DashboardPage::queryFigures(request);
        ++hold->finished;
        return figures;
    });
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    const std::int64_t oldSite = m_overview.sites.at(0).id;
    const std::int64_t newSite = m_overview.sites.at(1).id;

    page.selectSite(oldSite);
    QTRY_COMPARE_WITH_TIMEOUT(hold->started.load(), 1, 10000); // its query is held back
    page.selectSite(newSite);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ newSite });

    // Now the old selection's result arrives, late: it must not replace the new one.
    hold->gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(hold->finished.load(), 2, 10000);
    QTest::qWait(100); // let its finished() signal be delivered
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ newSite });
    const auto sums
        = testsupport::directSums(m_demo.path(), { newSite }, page.selectedRange().first, page.selectedRange().second);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
    QVERIFY(hold->offGuiThread);
}

void TestDashboardPage::italianLocaleFormatsFigures()
{
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    DashboardPage page;
    page.show();
    openOnDemo(page);
    page.selectYear(2024);
    QVERIFY(waitUpToDate(page));

    const auto sums = testsupport::directSums(m_demo.path(), testsupport::allSiteIds(m_demo.path()), QDate(2024, 1, 1),
                                              QDate(2024, 12, 31));
    QVERIFY(sums.visitors >= 1000);
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QString visitors = labelText(page, QStringLiteral("visitorsValue"));
    QCOMPARE(visitors, italian.toString(sums.visitors));
    QVERIFY2(visitors.contains(QLatin1Char('.')), qPrintable(visitors)); // 1.234, not 1,234
    const QString revenue = labelText(page, QStringLiteral("revenueValue"));
    QCOMPARE(revenue, core::Money::fromCents(sums.revenueCents).toString(italian));
    QVERIFY2(revenue.contains(QLatin1Char(',')) && revenue.contains(QStringLiteral("€")), qPrintable(revenue));
    const QString share = labelText(page, QStringLiteral("onlineShareValue"));
    QVERIFY2(share.contains(QLatin1Char(',')) && share.endsWith(QStringLiteral("%")), qPrintable(share));
    // Dates in the tooltip and the breadcrumb are Italian too.
    const auto* chart = page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    QVERIFY2(chart->toolTipFor(8).contains(QStringLiteral("febbraio")), qPrintable(chart->toolTipFor(8)));
}

void TestDashboardPage::staleCacheShowsTheBanner()
{
    DashboardPage page;
    page.show();
    // writeDemo records data until 30 June 2025: the data is as of 1 July 2025 00:00 in Rome (22:00 UTC).
    QDateTime now(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC); // ten hours later
    page.setClock([&now] { return now; });
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.shownFigures().dataAsOfUtc, QDateTime(QDate(2025, 6, 30), QTime(22, 0), Qt::UTC));
    const auto* banner = page.findChild<QWidget*>(QStringLiteral("staleDataBanner"));
    QVERIFY(!banner->isVisible());
    QVERIFY(page.staleBannerText().isEmpty());

    now = QDateTime(QDate(2025, 7, 2), QTime(4, 0), Qt::UTC); // 30 hours
    page.refresh();
    QVERIFY(waitUpToDate(page));
    QVERIFY(banner->isVisible());
    const QString when = QLocale().toString(QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone("Europe/Rome")),
                                            QStringLiteral("d MMMM yyyy, HH:mm"));
    QCOMPARE(page.staleBannerText(), DashboardPage::tr("Data as of %1 (%n hour(s) old).", "", 30).arg(when));
    now = QDateTime(QDate(2025, 7, 20), QTime(4, 0), Qt::UTC); // 19 days and 6 hours
    page.refresh();
    QVERIFY(waitUpToDate(page));
    QCOMPARE(page.staleBannerText(), DashboardPage::tr("Data as of %1 (%n day(s) old).", "", 19).arg(when));

    // Fresh data, but the hub cannot be reached: said plainly.
    now = QDateTime(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC);
    page.refresh();
    QVERIFY(waitUpToDate(page));
    QVERIFY(!banner->isVisible());
    page.setHubReachable(false);
    QVERIFY(banner->isVisible());
    QVERIFY(page.staleBannerText().startsWith(
        DashboardPage::tr("The hub cannot be reached: the figures are those of the local copy. %1").arg(QString())));
    page.setHubReachable(true);
    QVERIFY(!banner->isVisible());
}

void TestDashboardPage::emptyCacheShowsAnEmptyState()
{
    testsupport::TestDataDir empty;
    core::Cache::openWriter(empty.path()); // a cache with its tables and nothing in them
    DashboardPage page;
    page.show();
    page.setCache(empty.path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
    QVERIFY(waitUpToDate(page));
    QVERIFY(page.shownFigures().error.isEmpty());
    const auto* status = page.findChild<QLabel*>(QStringLiteral("dashboardStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(),
             DashboardPage::tr("No visitors or sales are recorded for %1 in this period.").arg(DashboardPage::tr("All sites")));
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(0));
    QCOMPARE(labelText(page, QStringLiteral("peakOccupancyValue")), QStringLiteral("–"));
    QCOMPARE(labelText(page, QStringLiteral("visitorsValueComparison")),
             widgets::KpiTile::tr("No figures for the same period last year"));
    const auto* heatmap = page.findChild<widgets::HeatmapView*>(QStringLiteral("visitorHeatmap"));
    QCOMPARE(heatmap->accessibleDescription(), widgets::HeatmapView::tr("No visitors in the period."));

    // A period wholly after the data: no figures yet, said so.
    page.selectCustomRange(QDate(2025, 8, 1), QDate(2025, 8, 31));
    QVERIFY(waitUpToDate(page));
    QVERIFY(!page.shownFigures().dataPeriod.isValid());
    QVERIFY(status->text().startsWith(DashboardPage::tr("There are no figures yet for this period: the data ends on %1.")
                                          .arg(QLocale().toString(QDate(2025, 6, 29), QLocale::LongFormat))));
}

void TestDashboardPage::unreadableCacheShowsAnError()
{
    testsupport::TestDataDir empty; // no cache file at all
    DashboardPage page;
    page.show();
    page.setCache(empty.path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
    QVERIFY(waitUpToDate(page));
    const auto* status = page.findChild<QLabel*>(QStringLiteral("dashboardStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(!page.shownFigures().error.isEmpty());
    QCOMPARE(status->text(), page.shownFigures().error);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QStringLiteral("–"));
}

void TestDashboardPage::darkPaletteIsReadable()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x27));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x36));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x55, 0x5c));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa6, 0xad));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    DashboardPage page;
    page.setPalette(dark);
    page.setAutoFillBackground(true);
    page.resize(1280, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setClock([] { return QDateTime(QDate(2025, 7, 9), QTime(8, 0), Qt::UTC); }); // stale: the banner too
    openOnDemo(page);
    page.selectSite(m_overview.sites.at(1).id);
    page.selectPeriod(ReportingPeriod::Preset::ThisMonth); // with the forecast
    QVERIFY(waitUpToDate(page));
    QVERIFY(page.findChild<QWidget*>(QStringLiteral("staleDataBanner"))->isVisible());
    QTest::qWait(100); // Qt Charts lays its axes out from the event loop

    const QImage image = page.grab().toImage();
    const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        auto* body = page.findChild<QWidget*>(QStringLiteral("dashboardBody"));
        image.save(QDir(dir).filePath(QStringLiteral("dashboard-dark.png")));
        body->grab().save(QDir(dir).filePath(QStringLiteral("dashboard-dark-body.png")));
        page.setPalette(QApplication::palette());
        page.refresh();
        QVERIFY(waitUpToDate(page));
        QTest::qWait(100);
        page.grab().save(QDir(dir).filePath(QStringLiteral("dashboard-light.png")));
        body->grab().save(QDir(dir).filePath(QStringLiteral("dashboard-light-body.png")));
        page.setPalette(dark);
        page.refresh();
        QVERIFY(waitUpToDate(page));
    }
    // Mostly dark, and the figures drawn in light text on it.
    qint64 darkPixels = 0;
    qint64 pixels = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            ++pixels;
            darkPixels += QColor(image.pixel(x, y)).lightness() < 80 ? 1 : 0;
        }
    }
    QVERIFY2(darkPixels * 2 > pixels, "the page is not drawn in the dark palette");
    auto* value = page.findChild<QLabel*>(QStringLiteral("visitorsValue"));
    const QImage tile = value->grab().toImage();
    int bright = 0;
    for (int y = 0; y < tile.height(); ++y) {
        for (int x = 0; x < tile.width(); ++x) {
            bright += QColor(tile.pixel(x, y)).lightness() > 180 ? 1 : 0;
        }
    }
    QVERIFY2(bright > 20, "the figure is not drawn in a light colour");
    // The comparison's colour is a light one on the dark palette.
    const auto* comparison = page.findChild<QLabel*>(QStringLiteral("visitorsValueComparison"));
    QVERIFY(comparison->styleSheet().isEmpty() || comparison->styleSheet().contains(QLatin1String("#6fd08c"))
            || comparison->styleSheet().contains(QLatin1String("#ff8a80")));
}

void TestDashboardPage::everyControlIsReachableAndNamed()
{
    DashboardPage page;
    page.resize(1280, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));
    // Labels name their buddies for a screen reader; the rest carries an accessible name or its own text.
    QSet<const QWidget*> labelled;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->buddy()) {
            labelled.insert(label->buddy());
        }
    }
    QStringList unnamed;
    QSet<QWidget*> focusable;
    for (QWidget* w : page.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&page) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled()) {
            continue;
        }
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea")
            && static_cast<QAbstractScrollArea*>(w->parentWidget())->viewport() == w) {
            continue; // a view's viewport: the view itself is the control
        }
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox")) {
            continue; // a date or year field's editor: the field is the control
        }
        focusable.insert(w);
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        if (w->accessibleName().isEmpty() && !labelled.contains(w) && !(button && !button->text().isEmpty())) {
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // Tab reaches the trend, the mixes, the heatmap and the profile table.
    const QWidget* targets[] = { page.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"))->view(),
                                 page.findChild<widgets::HeatmapView*>(QStringLiteral("visitorHeatmap")),
                                 page.findChild<QTableView*>(QStringLiteral("visitorProfileTable")) };
    page.findChild<QComboBox*>(QStringLiteral("regionCombo"))->setFocus();
    QSet<const QWidget*> reached;
    for (int i = 0; i < 200 && reached.size() < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (const QWidget* t : targets) {
            if (QApplication::focusWidget() == t) {
                reached.insert(t);
            }
        }
    }
    QCOMPARE(reached.size(), 3);
}

QTEST_MAIN(TestDashboardPage)
#include "testdashboardpage.moc"
