#include "core/cache.h"
#include "core/cacherollups.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/italianholidays.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "tests/testsupport/testdatadir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTest>

#include <memory>

using core::Database;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    core::DemoGenerator::Summary m_summary;
    Database m_db;

    // Days the calendar says are closed, for the sites' own calendars.
    QSet<QPair<std::int64_t, std::int64_t>> anomalyDays(const char* kind)
    {
        QSet<QPair<std::int64_t, std::int64_t>> days;
        auto stmt = m_db.prepare("SELECT site_id, from_utc, to_utc FROM demo_anomalies WHERE kind = ?");
        stmt.bind(1, QString::fromLatin1(kind));
        while (stmt.step()) {
            for (auto t = stmt.int64(1); t < stmt.int64(2); t += 3600) {
                days.insert({ stmt.int64(0), core::RomeTime::localDay(t) });
            }
        }
        return days;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<testsupport::TestDataDir>();
        // Twelve sites of every kind, 2024 in full and 2025 to the end of June.
        m_summary = m_dir->writeDemo(12, 1, QDate(2025, 6, 30), 11);
        m_db = core::Cache::openReader(m_dir->path());
    }

    void summaryMatchesTheRows()
    {
        QCOMPARE(m_summary.sites, 12);
        QCOMPARE(m_summary.from, QDate(2024, 1, 1));
        QCOMPARE(m_summary.until, QDate(2025, 6, 30));
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM sites"), 12);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM sales_hourly"), m_summary.salesRows);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly"), m_summary.sensorRows);
        QCOMPARE(m_db.scalar("SELECT COUNT(DISTINCT type) FROM sites"), 5);
        QCOMPARE(m_db.scalar("SELECT MAX(day) FROM sales_daily"), QDate(2025, 6, 30).toJulianDay());
    }

    void sameSeedGivesTheSameBytes()
    {
        testsupport::TestDataDir a;
        testsupport::TestDataDir b;
        testsupport::TestDataDir c;
        a.writeDemo(3, 0, QDate(2025, 3, 31), 42);
        b.writeDemo(3, 0, QDate(2025, 3, 31), 42);
        c.writeDemo(3, 0, QDate(2025, 3, 31), 43);
        const QByteArray ha = fileHash(core::Cache::pathIn(a.path()));
        QVERIFY(!ha.isEmpty());
        QCOMPARE(fileHash(core::Cache::pathIn(b.path())), ha);
        QVERIFY(fileHash(core::Cache::pathIn(c.path())) != ha);
    }

    void closingDaysHaveNoSales()
    {
        const auto injected = anomalyDays("closed_day_sale");
        const auto sites = core::SiteCatalogue(m_db).sites();
        int closedDaysSeen = 0;
        for (const auto& site : sites) {
            auto stmt = m_db.prepare("SELECT DISTINCT day FROM sales_daily WHERE site_id = ?");
            stmt.bind(1, site.id);
            QSet<std::int64_t> salesDays;
            while (stmt.step()) {
                salesDays.insert(stmt.int64(0));
            }
            for (QDate d = m_summary.from; d <= m_summary.until; d = d.addDays(1)) {
                if (site.calendar.isOpen(d)) {
                    continue;
                }
                ++closedDaysSeen;
                const bool sold = salesDays.contains(d.toJulianDay());
                QVERIFY2(
                    !sold || injected.contains({ site.id, d.toJulianDay() }),
                    qPrintable(QStringLiteral("%1 sold on closed day %2").arg(site.code, d.toString(Qt::ISODate))));
            }
        }
        QVERIFY(closedDaysSeen > 12 * 50); // every site closes at least a day a week
        QVERIFY(!injected.isEmpty()); // and the anomalies were really injected
    }

    void christmasAndNewYearAreClosedEverywhere()
    {
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM sales_daily WHERE day IN (2460670, 2460677)"), 0); // 25 Dec, 1 Jan
    }

    void mondayClosedMuseumsOpenOnEasterMonday()
    {
        // 2025-04-21 is Easter Monday; museums closing on Mondays open that day.
        const auto sites = core::SiteCatalogue(m_db).sites();
        int checked = 0;
        for (const auto& site : sites) {
            if (site.calendar.closingWeekday() == Qt::Monday && site.type == core::SiteType::Museum) {
                QVERIFY(site.calendar.isOpen(QDate(2025, 4, 21)));
                QVERIFY(!site.calendar.isOpen(QDate(2025, 4, 28)));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void freeFirstSundaysHaveVisitorsButNoRevenue()
    {
        std::int64_t sundayRevenue = 0;
        std::int64_t sundayVisitors = 0;
        int firstSundays = 0;
        for (QDate d = m_summary.from; d <= m_summary.until; d = d.addDays(1)) {
            if (!core::ItalianHolidays::isFirstSundayOfMonth(d)) {
                continue;
            }
            ++firstSundays;
            auto stmt = m_db.prepare("SELECT COALESCE(SUM(revenue_cents), 0), COALESCE(SUM(visitors), 0) "
                                     "FROM sales_hourly WHERE day = ?");
            stmt.bind(1, d.toJulianDay());
            QVERIFY(stmt.step());
            sundayRevenue += stmt.int64(0);
            sundayVisitors += stmt.int64(1);
        }
        QCOMPARE(firstSundays, 18);
        QCOMPARE(sundayRevenue, 0);
        // A spike: the average first Sunday draws far more than an average other Sunday.
        const double perFirstSunday = static_cast<double>(sundayVisitors) / firstSundays;
        auto other
            = m_db.prepare("SELECT SUM(visitors), COUNT(DISTINCT day) FROM sales_daily "
                           "WHERE (day + 1) % 7 = 0 AND day NOT IN (SELECT day FROM sales_daily d2 "
                           "JOIN ticket_products p ON p.id = d2.product_id WHERE p.free_reason = 'first_sunday')");
        QVERIFY(other.step());
        const double perOtherSunday = static_cast<double>(other.int64(0)) / other.int64(1);
        QVERIFY2(perFirstSunday > 1.5 * perOtherSunday,
                 qPrintable(QStringLiteral("%1 vs %2").arg(perFirstSunday).arg(perOtherSunday)));
    }

    void dstDaysHave23And25SensorHours()
    {
        const auto zone = m_db.scalar("SELECT MIN(id) FROM zones");
        auto hoursOn = [&](const QDate& d) {
            auto stmt = m_db.prepare("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id = ? AND day = ?");
            stmt.bind(1, zone).bind(2, d.toJulianDay());
            stmt.step();
            return stmt.int64(0);
        };
        QCOMPARE(hoursOn(QDate(2024, 3, 31)), 23);
        QCOMPARE(hoursOn(QDate(2024, 10, 27)), 25);
        QCOMPARE(hoursOn(QDate(2025, 3, 30)), 23);
        QCOMPARE(hoursOn(QDate(2024, 7, 1)), 24);
        // Every stored hour's `day` is the Rome date of its UTC instant.
        auto stmt = m_db.prepare("SELECT hour_utc, day FROM zone_sensor_hourly WHERE zone_id = ? "
                                 "AND day BETWEEN 2460580 AND 2460590");
        stmt.bind(1, zone);
        int rows = 0;
        while (stmt.step()) {
            QCOMPARE(core::RomeTime::localDay(stmt.int64(0)), stmt.int64(1));
            ++rows;
        }
        QCOMPARE(rows, 11 * 24);
    }

    void salesFallInOpeningHoursUnlessInjected()
    {
        const auto offHours = anomalyDays("off_hours_sale");
        const auto closedDay = anomalyDays("closed_day_sale");
        const auto sites = core::SiteCatalogue(m_db).sites();
        for (const auto& site : sites) {
            auto stmt = m_db.prepare("SELECT DISTINCT hour_utc FROM sales_hourly WHERE site_id = ?");
            stmt.bind(1, site.id);
            while (stmt.step()) {
                const auto t = stmt.int64(0);
                const QDate d = core::RomeTime::localDate(t);
                const int h = core::RomeTime::localHour(t);
                const auto [open, close] = site.calendar.hoursOn(d);
                const QPair<std::int64_t, std::int64_t> key{ site.id, d.toJulianDay() };
                QVERIFY2((h >= open && h < close) || offHours.contains(key) || closedDay.contains(key),
                         qPrintable(QStringLiteral("%1 at %2 %3:00").arg(site.code, d.toString(Qt::ISODate)).arg(h)));
            }
        }
    }

    void dailyRollupEqualsTheHourlyRows()
    {
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM (SELECT site_id, day, channel_id, product_id, SUM(tickets) t, "
                             "SUM(visitors) v, SUM(revenue_cents) r FROM sales_hourly GROUP BY 1, 2, 3, 4 "
                             "EXCEPT SELECT site_id, day, channel_id, product_id, tickets, visitors, revenue_cents "
                             "FROM sales_daily)"),
                 0);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM sales_daily"),
                 m_db.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM sales_hourly GROUP BY site_id, day, channel_id, "
                             "product_id)"));
    }

    void revenueIsTicketsTimesPrice()
    {
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM sales_hourly h JOIN ticket_products p ON p.id = h.product_id "
                             "WHERE h.revenue_cents <> h.tickets * p.price_cents"),
                 0);
        QCOMPARE(m_db.scalar("SELECT COALESCE(SUM(h.revenue_cents), 0) FROM sales_hourly h "
                             "JOIN ticket_products p ON p.id = h.product_id WHERE p.category = 'free'"),
                 0);
        // Libraries and archives are free to enter.
        QCOMPARE(m_db.scalar("SELECT COALESCE(SUM(h.revenue_cents), 0) FROM sales_hourly h JOIN sites s "
                             "ON s.id = h.site_id WHERE s.type IN ('library', 'archive')"),
                 0);
        QVERIFY(m_db.scalar("SELECT SUM(visitors) FROM sales_hourly h JOIN sites s ON s.id = h.site_id "
                            "WHERE s.type = 'archive'")
                > 0);
    }

    void channelMixMovesOnline()
    {
        auto share = [&](int year) {
            auto stmt
                = m_db.prepare("SELECT SUM(CASE WHEN channel_id = 2 THEN tickets ELSE 0 END) * 1.0 / SUM(tickets) "
                               "FROM sales_daily WHERE day BETWEEN ? AND ?");
            stmt.bind(1, QDate(year, 1, 1).toJulianDay()).bind(2, QDate(year, 6, 30).toJulianDay());
            stmt.step();
            return stmt.real(0);
        };
        QVERIFY2(share(2025) > share(2024) + 0.03,
                 qPrintable(QStringLiteral("%1 -> %2").arg(share(2024)).arg(share(2025))));
    }

    void archaeologicalSitesPeakInAugust()
    {
        auto visitors = [&](int month) {
            auto stmt = m_db.prepare("SELECT SUM(d.visitors) FROM sales_daily d JOIN sites s ON s.id = d.site_id "
                                     "WHERE s.type = 'archaeological_area' AND d.day BETWEEN ? AND ?");
            const QDate first(2024, month, 1);
            stmt.bind(1, first.toJulianDay()).bind(2, first.addMonths(1).addDays(-1).toJulianDay());
            stmt.step();
            return stmt.int64(0);
        };
        QVERIFY(visitors(8) > 2 * visitors(1));
        QVERIFY(visitors(8) > visitors(6));
    }

    void schoolGroupsComeOnWeekdayMornings()
    {
        auto stmt = m_db.prepare("SELECT h.hour_utc FROM sales_hourly h JOIN ticket_products p ON p.id = h.product_id "
                                 "WHERE p.free_reason = 'school'");
        int groups = 0;
        while (stmt.step()) {
            const auto t = stmt.int64(0);
            QVERIFY(core::RomeTime::localDate(t).dayOfWeek() <= 5);
            QVERIFY(core::RomeTime::localHour(t) <= 12);
            ++groups;
        }
        QVERIFY(groups > 50);
    }

    void profilesAreAggregatesThatAddUp()
    {
        // Each dimension's cells add up to the day's visitors.
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM (SELECT p.site_id, p.day, p.dimension, SUM(p.visitors) v "
                             "FROM visitor_profile_daily p GROUP BY 1, 2, 3) x JOIN (SELECT site_id, day, "
                             "SUM(visitors) v FROM sales_daily GROUP BY 1, 2) s USING (site_id, day) WHERE x.v <> s.v"),
                 0);
        QCOMPARE(m_db.scalar("SELECT COUNT(DISTINCT dimension) FROM visitor_profile_daily"), 3);
    }

    void everyKindOfAnomalyIsInjectedAndListed()
    {
        for (const char* kind : { "off_hours_sale", "closed_day_sale", "free_ticket_run", "channel_outage", "b2b_bulk",
                                  "climate_episode" }) {
            auto stmt = m_db.prepare("SELECT COUNT(*) FROM demo_anomalies WHERE kind = ?");
            stmt.bind(1, QString::fromLatin1(kind));
            stmt.step();
            QVERIFY2(stmt.int64(0) > 0, kind);
        }
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM demo_anomalies"), m_summary.anomalies);
        QVERIFY(m_db.scalar("SELECT COUNT(*) FROM alerts WHERE kind = 'climate'") > 0);
    }

    void climateEpisodesShowInTheReadings()
    {
        auto stmt = m_db.prepare("SELECT COUNT(*) FROM zone_sensor_hourly WHERE humidity_pct > 65");
        stmt.step();
        QVERIFY(stmt.int64(0) > 0);
        // Outside the episodes, indoor humidity stays in the museum band.
        QVERIFY(m_db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly WHERE humidity_pct BETWEEN 40 AND 60") * 10
                > m_db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly") * 6);
    }

    // The rollups the generator wrote equal a refresh from the base rows, and the
    // independent SQL sums of those rows.
    void rollupsAgreeWithTheBaseRows()
    {
        const auto dump = [](Database& db, const char* sql) {
            QStringList rows;
            auto stmt = db.prepare(sql);
            while (stmt.step()) {
                QStringList cells;
                for (int i = 0; i < stmt.columnCount(); ++i) {
                    cells << (stmt.isNull(i) ? QStringLiteral("NULL") : QString::number(stmt.real(i), 'g', 12));
                }
                rows << cells.join(QLatin1Char(','));
            }
            return rows;
        };
        const char* zoneSql = "SELECT * FROM zone_daily ORDER BY zone_id, day";
        const char* heatSql = "SELECT * FROM visits_heatmap_monthly ORDER BY site_id, month, weekday, hour";
        const char* siteSql = "SELECT * FROM sales_site_daily ORDER BY site_id, day";
        const QStringList zones = dump(m_db, zoneSql);
        const QStringList heat = dump(m_db, heatSql);
        const QStringList site = dump(m_db, siteSql);
        QVERIFY(zones.size() > 1000);
        {
            Database writer = core::Cache::openWriter(m_dir->path());
            core::Transaction tx(writer);
            writer.exec("DELETE FROM zone_daily; DELETE FROM visits_heatmap_monthly; DELETE FROM sales_site_daily");
            core::CacheRollups::refreshAll(writer);
            QCOMPARE(dump(writer, zoneSql), zones);
            QCOMPARE(dump(writer, heatSql), heat);
            QCOMPARE(dump(writer, siteSql), site);
            // rolled back: the test leaves the cache as it found it
        }
        QCOMPARE(
            m_db.scalar("SELECT SUM(hours_out) FROM zone_daily"),
            m_db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly s JOIN zones z ON z.id = s.zone_id WHERE z.indoor "
                        "AND (s.temperature_c NOT BETWEEN z.temp_min AND z.temp_max OR s.humidity_pct NOT BETWEEN "
                        "z.rh_min AND z.rh_max OR s.lux > z.lux_max)"));
        QVERIFY(m_db.scalar("SELECT SUM(hours_out) FROM zone_daily") > 0);
        QCOMPARE(m_db.scalar("SELECT SUM(hours) FROM zone_daily"),
                 m_db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly"));
        QCOMPARE(m_db.scalar("SELECT MAX(occupancy_max) FROM zone_daily"),
                 m_db.scalar("SELECT MAX(occupancy_max) FROM zone_sensor_hourly"));
        QCOMPARE(m_db.scalar("SELECT SUM(visitors) FROM visits_heatmap_monthly"),
                 m_db.scalar("SELECT SUM(visitors) FROM sales_hourly"));
        QCOMPARE(m_db.scalar("SELECT SUM(revenue_cents) FROM sales_site_daily"),
                 m_db.scalar("SELECT SUM(revenue_cents) FROM sales_hourly"));
        QCOMPARE(m_db.scalar("SELECT SUM(b2b_tickets) FROM sales_site_daily"),
                 m_db.scalar("SELECT SUM(tickets) FROM sales_hourly WHERE channel_id = 4"));
        // Outdoor zones have no conservation limits.
        QCOMPARE(m_db.scalar("SELECT COALESCE(SUM(d.hours_out), 0) FROM zone_daily d JOIN zones z ON z.id = d.zone_id "
                             "WHERE z.indoor = 0"),
                 0);
    }

    void badOptionsLeaveTheCacheUntouched()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 1, 31));
        const QString path = core::Cache::pathIn(dir.path());
        const QByteArray before = fileHash(path);
        core::DemoGenerator::Options options;
        options.sites = 0;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, core::DemoGenerator(options).writeCache(path));
        QCOMPARE(fileHash(path), before);
        // Cancelled half-way: the old cache stays as it was, no temporary file is left.
        options.sites = 3;
        options.years = 0;
        options.until = QDate(2025, 2, 28);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 core::DemoGenerator(options).writeCache(path, [](int done, int) { return done < 2; }));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".building")));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "testdemogenerator.moc"
