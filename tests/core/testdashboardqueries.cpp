#include "core/cache.h"
#include "core/dashboardqueries.h"
#include "core/database.h"
#include "core/rometime.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <memory>

using core::Database;
using core::Period;

Q_DECLARE_METATYPE(core::Period)

class TestDashboardQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    Database m_db;
    const QList<std::int64_t> m_all{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

    static QString inList(const QList<std::int64_t>& ids)
    {
        QStringList s;
        for (auto id : ids) {
            s << QString::number(id);
        }
        return s.join(QLatin1Char(','));
    }

    std::int64_t direct(const QString& sql) { return m_db.scalar(sql.toUtf8().constData()); }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(12, 1, QDate(2025, 6, 30), 5);
        m_db = core::Cache::openReader(m_dir->path());
    }

    void granularityFollowsTheRange()
    {
        QCOMPARE(core::granularityFor({ QDate(2025, 1, 1), QDate(2025, 1, 2) }), core::Granularity::Hour);
        QCOMPARE(core::granularityFor({ QDate(2025, 1, 1), QDate(2025, 1, 31) }), core::Granularity::Day);
        QCOMPARE(core::granularityFor({ QDate(2025, 1, 1), QDate(2025, 6, 30) }), core::Granularity::Week);
        QCOMPARE(core::granularityFor({ QDate(2023, 1, 1), QDate(2025, 6, 30) }), core::Granularity::Month);
        // Aligned by weekday: Saturday 2025-06-14 compares with Saturday 2024-06-15.
        const Period p{ QDate(2025, 6, 14), QDate(2025, 6, 14) };
        QCOMPARE(p.lastYearAligned().from, QDate(2024, 6, 15));
        QCOMPARE(p.lastYearAligned().from.dayOfWeek(), p.from.dayOfWeek());
    }

    void kpisEqualTheBaseRows_data()
    {
        QTest::addColumn<QList<std::int64_t>>("sites");
        QTest::addColumn<Period>("period");
        QTest::newRow("one site, a month")
            << QList<std::int64_t>{ 1 } << Period{ QDate(2024, 5, 1), QDate(2024, 5, 31) };
        QTest::newRow("three sites, DST week")
            << QList<std::int64_t>{ 2, 6, 9 } << Period{ QDate(2024, 10, 21), QDate(2024, 10, 27) };
        QTest::newRow("region, leap day") << m_all << Period{ QDate(2024, 2, 29), QDate(2024, 2, 29) };
        QTest::newRow("region, all") << m_all << Period{ QDate(2024, 1, 1), QDate(2025, 6, 30) };
    }

    void kpisEqualTheBaseRows()
    {
        QFETCH(QList<std::int64_t>, sites);
        QFETCH(Period, period);
        const QString where = QStringLiteral("site_id IN (%1) AND day BETWEEN %2 AND %3")
                                  .arg(inList(sites))
                                  .arg(period.from.toJulianDay())
                                  .arg(period.to.toJulianDay());
        const auto k = core::DashboardQueries(m_db).kpis(sites, period);
        QCOMPARE(k.sales.visitors, direct(QStringLiteral("SELECT SUM(visitors) FROM sales_hourly WHERE ") + where));
        QCOMPARE(k.sales.tickets, direct(QStringLiteral("SELECT SUM(tickets) FROM sales_hourly WHERE ") + where));
        QCOMPARE(k.sales.revenue.cents(),
                 direct(QStringLiteral("SELECT SUM(revenue_cents) FROM sales_hourly WHERE ") + where));
        QCOMPARE(k.sales.freeVisitors,
                 direct(QStringLiteral("SELECT SUM(visitors) FROM sales_hourly h JOIN ticket_products p ON p.id = "
                                       "h.product_id WHERE p.category = 'free' AND h.")
                        + where));
        QCOMPARE(k.onlineTickets,
                 direct(QStringLiteral("SELECT SUM(tickets) FROM sales_hourly WHERE channel_id = 2 AND ") + where));
        const QString zoneWhere = QStringLiteral("z.site_id IN (%1) AND s.day BETWEEN %2 AND %3")
                                      .arg(inList(sites))
                                      .arg(period.from.toJulianDay())
                                      .arg(period.to.toJulianDay());
        QCOMPARE(k.climateHours,
                 direct(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly s JOIN zones z ON "
                                       "z.id = s.zone_id WHERE z.indoor AND ")
                        + zoneWhere));
        QCOMPARE(k.climateHoursInRange,
                 direct(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly s JOIN zones z ON z.id = s.zone_id "
                                       "WHERE z.indoor AND s.temperature_c BETWEEN z.temp_min AND z.temp_max AND "
                                       "s.humidity_pct BETWEEN z.rh_min AND z.rh_max AND s.lux <= z.lux_max AND ")
                        + zoneWhere));
        QCOMPARE(k.peakOccupancy * 1000 / k.peakCapacity,
                 direct(QStringLiteral("SELECT MAX(s.occupancy_max * 1000 / z.capacity) FROM zone_sensor_hourly s "
                                       "JOIN zones z ON z.id = s.zone_id WHERE ")
                        + zoneWhere));
        QVERIFY(k.sales.visitors > 0);
    }

    void trendBucketsAddUp()
    {
        const core::DashboardQueries q(m_db);
        const Period year{ QDate(2024, 1, 1), QDate(2024, 12, 31) };
        const auto total = q.kpis(m_all, year).sales;
        for (auto g : { core::Granularity::Day, core::Granularity::Week, core::Granularity::Month }) {
            const auto points = q.trend(m_all, year, g);
            std::int64_t visitors = 0;
            std::int64_t revenue = 0;
            for (const auto& p : points) {
                visitors += p.visitors;
                revenue += p.revenue.cents();
            }
            QCOMPARE(visitors, total.visitors);
            QCOMPARE(revenue, total.revenue.cents());
            QCOMPARE(points.size(), g == core::Granularity::Day ? 366 : g == core::Granularity::Month ? 12 : 53);
        }
        const auto weeks = q.trend(m_all, year, core::Granularity::Week);
        QCOMPARE(weeks.first().start, QDate(2024, 1, 1)); // a Monday
        QCOMPARE(weeks.at(1).start, QDate(2024, 1, 8));
    }

    void hourlyTrendOnTheLongDay()
    {
        const Period day{ QDate(2024, 10, 27), QDate(2024, 10, 27) };
        const auto points = core::DashboardQueries(m_db).trend(m_all, day, core::Granularity::Hour);
        QCOMPARE(points.size(), 25);
        QCOMPARE(points.at(2).hour, 2);
        QCOMPARE(points.at(3).hour, 2);
        for (const auto& p : points) {
            if (p.hour == 2) {
                continue; // the repeated hour: two points, checked by count above
            }
            const auto utc = core::RomeTime::utcOf(p.start, p.hour);
            QCOMPARE(p.visitors,
                     direct(QStringLiteral("SELECT COALESCE(SUM(visitors), 0) FROM sales_hourly WHERE hour_utc = %1")
                                .arg(utc)));
        }
    }

    void mixesAddUpToTheTotals()
    {
        const core::DashboardQueries q(m_db);
        const Period p{ QDate(2024, 3, 1), QDate(2024, 8, 31) };
        const auto total = q.kpis({ 1, 2, 6 }, p).sales;
        const auto channels = q.channelMix({ 1, 2, 6 }, p);
        QCOMPARE(channels.size(), 4);
        QCOMPARE(channels.at(1).code, QStringLiteral("online"));
        std::int64_t tickets = 0;
        for (const auto& c : channels) {
            tickets += c.tickets;
        }
        QCOMPARE(tickets, total.tickets);
        QCOMPARE(channels.at(3).tickets,
                 direct(QStringLiteral("SELECT SUM(tickets) FROM sales_hourly WHERE channel_id = 4 AND site_id IN "
                                       "(1,2,6) AND day BETWEEN %1 AND %2")
                            .arg(p.from.toJulianDay())
                            .arg(p.to.toJulianDay())));
        const auto categories = q.categoryMix({ 1, 2, 6 }, p);
        QCOMPARE(categories.first().code, QStringLiteral("full"));
        std::int64_t visitors = 0;
        std::int64_t free = 0;
        for (const auto& c : categories) {
            visitors += c.visitors;
            if (c.code.startsWith(QLatin1String("free:"))) {
                free += c.visitors;
                QCOMPARE(c.revenue.cents(), 0);
            }
        }
        QCOMPARE(visitors, total.visitors);
        QCOMPARE(free, total.freeVisitors);
        QVERIFY(std::any_of(categories.cbegin(), categories.cend(),
                            [](const core::MixSlice& s) { return s.code == QLatin1String("free:first_sunday"); }));
    }

    void heatmapEqualsTheHourlyRows()
    {
        // Ragged at both ends, whole months in the middle.
        const Period p{ QDate(2024, 3, 15), QDate(2024, 6, 10) };
        const auto map = core::DashboardQueries(m_db).heatmap({ 1, 6 }, p);
        core::Heatmap expected{};
        auto stmt = m_db.prepare("SELECT hour_utc, visitors FROM sales_hourly WHERE site_id IN (1, 6) "
                                 "AND day BETWEEN ? AND ?");
        stmt.bind(1, p.from.toJulianDay()).bind(2, p.to.toJulianDay());
        while (stmt.step()) {
            const auto utc = stmt.int64(0);
            expected[core::RomeTime::localDate(utc).dayOfWeek() - 1][core::RomeTime::localHour(utc)] += stmt.int64(1);
        }
        QCOMPARE(map, expected);
        // Opening hours only: nobody at 03:00.
        QCOMPARE(map[2][3], 0);
        QVERIFY(map[5][11] > 0);
    }

    void zonesEqualTheSensorRows()
    {
        const Period p{ QDate(2024, 7, 1), QDate(2024, 7, 31) };
        const auto zones = core::DashboardQueries(m_db).zones(1, p);
        QVERIFY(zones.size() >= 2);
        for (const auto& z : zones) {
            const QString where = QStringLiteral("zone_id = %1 AND day BETWEEN %2 AND %3")
                                      .arg(z.zoneId)
                                      .arg(p.from.toJulianDay())
                                      .arg(p.to.toJulianDay());
            QCOMPARE(z.hours, direct(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE ") + where));
            QCOMPARE(z.hours, 31 * 24);
            QCOMPARE(z.peakOccupancy,
                     direct(QStringLiteral("SELECT MAX(occupancy_max) FROM zone_sensor_hourly WHERE ") + where));
            QCOMPARE(z.hoursHumidityOut,
                     direct(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE (humidity_pct < 40 OR "
                                           "humidity_pct > 65) AND ")
                            + where));
            QVERIFY(z.temperatureAvg.has_value());
            QVERIFY(*z.temperatureAvg > 15 && *z.temperatureAvg < 30);
        }
    }

    void profileNeverShowsASmallCell()
    {
        const core::DashboardQueries q(m_db);
        const Period p{ QDate(2024, 5, 6), QDate(2024, 5, 6) };
        // A museum on one weekday: some cells are small.
        const auto cells = q.profile({ 1 }, p, QStringLiteral("age_band"), 10);
        QCOMPARE(cells.size(), 5);
        int hidden = 0;
        for (const auto& c : cells) {
            if (c.suppressed) {
                ++hidden;
                QVERIFY(!c.visitors.has_value());
            } else {
                QVERIFY(*c.visitors >= 10);
                QCOMPARE(*c.visitors,
                         direct(QStringLiteral("SELECT COALESCE(SUM(visitors), 0) FROM visitor_profile_daily WHERE "
                                               "site_id = 1 AND day = %1 AND dimension = 'age_band' AND bucket = '%2'")
                                    .arg(p.from.toJulianDay())
                                    .arg(c.bucket)));
            }
        }
        QVERIFY(hidden != 1); // never one alone: the total would reveal it
        // With an enormous k everything is hidden; with k = 1 only empty cells are.
        for (const auto& c : q.profile({ 1 }, p, QStringLiteral("age_band"), 1000000)) {
            QVERIFY(c.suppressed);
        }
        const auto year
            = q.profile(m_all, { QDate(2024, 1, 1), QDate(2024, 12, 31) }, QStringLiteral("group_type"), 10);
        for (const auto& c : year) {
            QVERIFY2(!c.suppressed, qPrintable(c.bucket));
        }
    }

    void lonelySuppressedCellTakesAnotherWithIt()
    {
        const core::DashboardQueries q(m_db);
        const Period p{ QDate(2024, 1, 1), QDate(2024, 12, 31) };
        // Find k so that exactly one cell is under it: the smallest cell's value + 1.
        const auto open = q.profile({ 1 }, p, QStringLiteral("age_band"), 0);
        std::int64_t smallest = std::numeric_limits<std::int64_t>::max();
        std::int64_t second = smallest;
        for (const auto& c : open) {
            if (*c.visitors < smallest) {
                second = smallest;
                smallest = *c.visitors;
            } else if (*c.visitors < second) {
                second = *c.visitors;
            }
        }
        QVERIFY(second > smallest);
        const auto cells = q.profile({ 1 }, p, QStringLiteral("age_band"), static_cast<int>(smallest + 1));
        QCOMPARE(std::count_if(cells.cbegin(), cells.cend(), [](const auto& c) { return c.suppressed; }), 2);
    }

    void rankingIsSortedAndComparesWithLastYear()
    {
        const Period p{ QDate(2025, 1, 1), QDate(2025, 6, 30) };
        const auto ranks = core::DashboardQueries(m_db).ranking(m_all, p);
        QCOMPARE(ranks.size(), 12);
        for (qsizetype i = 1; i < ranks.size(); ++i) {
            QVERIFY(ranks[i - 1].visitors >= ranks[i].visitors);
        }
        for (const auto& r : ranks) {
            QCOMPARE(r.monthly.size(), 6);
            QCOMPARE(std::accumulate(r.monthly.cbegin(), r.monthly.cend(), std::int64_t(0)), r.visitors);
            const auto ly = p.lastYearAligned();
            QCOMPARE(r.visitorsLastYear,
                     direct(QStringLiteral("SELECT COALESCE(SUM(visitors), 0) FROM sales_hourly WHERE site_id = %1 "
                                           "AND day BETWEEN %2 AND %3")
                                .arg(r.siteId)
                                .arg(ly.from.toJulianDay())
                                .arg(ly.to.toJulianDay())));
        }
    }

    void alertsNewestFirstWithinThePeriod()
    {
        const Period p{ QDate(2024, 1, 1), QDate(2025, 6, 30) };
        const auto alerts = core::DashboardQueries(m_db).alerts(m_all, p);
        QVERIFY(!alerts.isEmpty());
        QCOMPARE(alerts.size(), std::min<qsizetype>(500, direct(QStringLiteral("SELECT COUNT(*) FROM alerts"))));
        for (qsizetype i = 1; i < alerts.size(); ++i) {
            QVERIFY(alerts[i - 1].raisedUtc >= alerts[i].raisedUtc);
        }
    }

    void emptyScopeAndPeriodAreEmpty()
    {
        const core::DashboardQueries q(m_db);
        QCOMPARE(q.kpis({}, { QDate(2024, 1, 1), QDate(2024, 1, 31) }).sales.visitors, 0);
        QCOMPARE(q.kpis({ 1 }, { QDate(2030, 1, 1), QDate(2030, 1, 31) }).climateCompliance(), std::optional<double>());
        QVERIFY(q.trend({ 1 }, { QDate(2024, 2, 1), QDate(2024, 1, 1) }, core::Granularity::Day).isEmpty());
        const auto zero = q.trend({ 1 }, { QDate(2030, 1, 1), QDate(2030, 1, 3) }, core::Granularity::Day);
        QCOMPARE(zero.size(), 3);
        QCOMPARE(zero.at(1).visitors, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "testdashboardqueries.moc"
