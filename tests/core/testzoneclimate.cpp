#include "core/cache.h"
#include "core/dashboardqueries.h"
#include "core/database.h"
#include "core/zoneclimate.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <limits>
#include <memory>
#include <stdexcept>

using core::Database;
using core::Period;
using core::ZoneThresholds;

class TestZoneClimate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    std::int64_t m_zone = 0; // an indoor zone with climate readings
    std::int64_t m_site = 0;

    static std::int64_t direct(Database& db, const QString& sql) { return db.scalar(sql.toUtf8().constData()); }

    // Hours out of range straight from the hourly readings, with the zone's thresholds.
    static std::int64_t directHoursOut(Database& db, std::int64_t zoneId)
    {
        return direct(db,
                      QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly s JOIN zones z ON z.id = s.zone_id "
                                     "WHERE z.id = %1 AND (s.temperature_c < z.temp_min OR s.temperature_c > "
                                     "z.temp_max OR s.humidity_pct < z.rh_min OR s.humidity_pct > z.rh_max OR "
                                     "s.lux > z.lux_max)")
                          .arg(zoneId));
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(3, 1, QDate(2025, 6, 30), 11);
        Database db = core::Cache::openReader(m_dir->path());
        m_zone = db.scalar("SELECT z.id FROM zones z JOIN zone_sensor_hourly s ON s.zone_id = z.id "
                           "WHERE z.indoor = 1 AND s.temperature_c IS NOT NULL ORDER BY z.id LIMIT 1");
        QVERIFY(m_zone > 0);
        m_site = direct(db, QStringLiteral("SELECT site_id FROM zones WHERE id = %1").arg(m_zone));
    }

    void validationRefusesImplausibleThresholds_data()
    {
        QTest::addColumn<double>("tMin");
        QTest::addColumn<double>("tMax");
        QTest::addColumn<double>("rhMin");
        QTest::addColumn<double>("rhMax");
        QTest::addColumn<double>("lux");
        QTest::addColumn<bool>("valid");
        QTest::newRow("museum defaults") << 18.0 << 25.0 << 40.0 << 65.0 << 200.0 << true;
        QTest::newRow("paper store") << 16.0 << 19.0 << 45.0 << 55.0 << 50.0 << true;
        QTest::newRow("min equals max") << 20.0 << 20.0 << 40.0 << 65.0 << 200.0 << false;
        QTest::newRow("temperature reversed") << 25.0 << 18.0 << 40.0 << 65.0 << 200.0 << false;
        QTest::newRow("humidity reversed") << 18.0 << 25.0 << 65.0 << 40.0 << 200.0 << false;
        QTest::newRow("humidity over 100") << 18.0 << 25.0 << 40.0 << 101.0 << 200.0 << false;
        QTest::newRow("humidity under 0") << 18.0 << 25.0 << -1.0 << 65.0 << 200.0 << false;
        QTest::newRow("temperature too hot") << 18.0 << 60.0 << 40.0 << 65.0 << 200.0 << false;
        QTest::newRow("temperature too cold") << -30.0 << 25.0 << 40.0 << 65.0 << 200.0 << false;
        QTest::newRow("no light allowed") << 18.0 << 25.0 << 40.0 << 65.0 << 0.0 << false;
        QTest::newRow("too much light") << 18.0 << 25.0 << 40.0 << 65.0 << 20000.0 << false;
        QTest::newRow("not a number") << 18.0 << std::numeric_limits<double>::quiet_NaN() << 40.0 << 65.0 << 200.0
                                      << false;
    }

    void validationRefusesImplausibleThresholds()
    {
        QFETCH(double, tMin);
        QFETCH(double, tMax);
        QFETCH(double, rhMin);
        QFETCH(double, rhMax);
        QFETCH(double, lux);
        QFETCH(bool, valid);
        ZoneThresholds t;
        t.temperatureMin = tMin;
        t.temperatureMax = tMax;
        t.humidityMin = rhMin;
        t.humidityMax = rhMax;
        t.luxMax = lux;
        QCOMPARE(core::ZoneClimate::validate(t).isEmpty(), valid);
    }

    void refusedThresholdsWriteNothing()
    {
        Database db = core::Cache::openWriter(m_dir->path());
        core::ZoneClimate climate(db);
        const auto before = climate.thresholds(m_zone);
        QVERIFY(before.has_value());
        ZoneThresholds bad = *before;
        bad.humidityMin = 70.0;
        bad.humidityMax = 60.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, climate.setThresholds(m_zone, bad));
        const auto after = climate.thresholds(m_zone);
        QCOMPARE(after->humidityMin, before->humidityMin);
        QCOMPARE(after->humidityMax, before->humidityMax);
        QVERIFY(!climate.setThresholds(999999, ZoneThresholds()));
    }

    void newThresholdsPersistAndRecountHoursOut()
    {
        Database db = core::Cache::openWriter(m_dir->path());
        core::ZoneClimate climate(db);
        const Period all{ QDate(2024, 1, 1), QDate(2025, 6, 30) };
        const std::int64_t outBefore
            = direct(db, QStringLiteral("SELECT SUM(hours_out) FROM zone_daily WHERE zone_id = %1").arg(m_zone));
        QCOMPARE(outBefore, directHoursOut(db, m_zone));

        // Tight limits: many more hours fall out of range.
        ZoneThresholds tight;
        tight.temperatureMin = 20.5;
        tight.temperatureMax = 21.5;
        tight.humidityMin = 49.0;
        tight.humidityMax = 51.0;
        tight.luxMax = 50.0;
        QVERIFY(climate.setThresholds(m_zone, tight));

        // Persisted, seen by another connection.
        Database reader = core::Cache::openReader(m_dir->path());
        const auto stored = core::ZoneClimate(reader).thresholds(m_zone);
        QCOMPARE(stored->temperatureMin, 20.5);
        QCOMPARE(stored->temperatureMax, 21.5);
        QCOMPARE(stored->humidityMin, 49.0);
        QCOMPARE(stored->humidityMax, 51.0);
        QCOMPARE(stored->luxMax, 50.0);
        QVERIFY(stored->indoor);

        const std::int64_t expected = directHoursOut(reader, m_zone);
        QVERIFY(expected > outBefore);
        QCOMPARE(direct(reader, QStringLiteral("SELECT SUM(hours_out) FROM zone_daily WHERE zone_id = %1").arg(m_zone)),
                 expected);
        QCOMPARE(
            direct(reader, QStringLiteral("SELECT SUM(hours_out) FROM zone_monthly WHERE zone_id = %1").arg(m_zone)),
            expected);
        // And the dashboards' zone figures follow.
        std::int64_t shown = -1;
        for (const auto& z : core::DashboardQueries(reader).zones(m_site, all)) {
            if (z.zoneId == m_zone) {
                shown = z.hoursOut;
            }
        }
        QCOMPARE(shown, expected);

        // Back to the defaults: back to the first count.
        QVERIFY(climate.setThresholds(m_zone, ZoneThresholds()));
        QCOMPARE(direct(db, QStringLiteral("SELECT SUM(hours_out) FROM zone_daily WHERE zone_id = %1").arg(m_zone)),
                 outBefore);
    }

    void seriesEqualTheHourlyRows()
    {
        Database db = core::Cache::openReader(m_dir->path());
        const core::ZoneClimate climate(db);
        const Period week{ QDate(2025, 3, 24), QDate(2025, 3, 30) }; // ends on the DST day
        const auto hours = climate.hourly(m_zone, week);
        QCOMPARE(hours.size(),
                 direct(db,
                        QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id = %1 AND day "
                                       "BETWEEN %2 AND %3")
                            .arg(m_zone)
                            .arg(week.from.toJulianDay())
                            .arg(week.to.toJulianDay())));
        for (qsizetype i = 1; i < hours.size(); ++i) {
            QVERIFY(hours[i].hourUtc > hours[i - 1].hourUtc);
        }
        const auto days = climate.daily(m_zone, week);
        std::int64_t hoursInDays = 0;
        for (const auto& d : days) {
            hoursInDays += d.hours;
        }
        QCOMPARE(hoursInDays, hours.size());

        const auto latest = climate.latestHours(m_site);
        QVERIFY(latest.contains(m_zone));
        QCOMPARE(
            latest.value(m_zone).hourUtc,
            direct(db, QStringLiteral("SELECT MAX(hour_utc) FROM zone_sensor_hourly WHERE zone_id = %1").arg(m_zone)));
        QCOMPARE(latest.value(m_zone).occupancyMax,
                 direct(db,
                        QStringLiteral("SELECT occupancy_max FROM zone_sensor_hourly WHERE zone_id = %1 "
                                       "ORDER BY hour_utc DESC LIMIT 1")
                            .arg(m_zone)));

        const auto lux = climate.luxAverages(m_site, week);
        QVERIFY(lux.contains(m_zone));
        QCOMPARE(qRound(lux.value(m_zone) * 1000),
                 int(direct(db,
                            QStringLiteral("SELECT ROUND(AVG(lux) * 1000) FROM zone_sensor_hourly WHERE zone_id "
                                           "= %1 AND lux IS NOT NULL AND day BETWEEN %2 AND %3")
                                .arg(m_zone)
                                .arg(week.from.toJulianDay())
                                .arg(week.to.toJulianDay()))));
    }
};

QTEST_GUILESS_MAIN(TestZoneClimate)
#include "testzoneclimate.moc"
