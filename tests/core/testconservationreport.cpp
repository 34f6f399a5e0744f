#include "core/conservationreport.h"
#include "core/sitecatalogue.h"
#include "tests/core/reportfixture.h"

#include <cmath>

using reporttest::cell;

class TestConservationReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void everyZoneAsTheDashboardShowsIt()
    {
        const core::Period june{ QDate(2025, 6, 1), QDate(2025, 6, 30) };
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("conservation"), reporttest::request(QStringLiteral("all"), june.from, june.to));
        QCOMPARE(r.tables.size(), 1);
        const core::ReportTable& t = r.tables.first();
        const core::DashboardQueries queries(m_demo->db);
        qsizetype row = 0;
        std::int64_t hoursOut = 0;
        for (const auto& site : core::SiteCatalogue(m_demo->db).sites()) {
            for (const core::ZoneSummary& z : queries.zones(site.id, june)) {
                QCOMPARE(cell<QString>(t, row, 0), site.code);
                QCOMPARE(cell<QString>(t, row, 1), z.code);
                QCOMPARE(cell<std::int64_t>(t, row, 4), std::int64_t(z.capacity));
                QCOMPARE(cell<std::int64_t>(t, row, 5), z.peakOccupancy);
                if (z.capacity > 0) {
                    QCOMPARE(cell<double>(t, row, 6),
                             std::round(double(z.peakOccupancy) * 1000.0 / double(z.capacity)) / 10.0);
                }
                QCOMPARE(cell<std::int64_t>(t, row, 8), z.hours);
                QCOMPARE(cell<std::int64_t>(t, row, 9), z.hoursOut);
                QCOMPARE(cell<std::int64_t>(t, row, 10), z.hoursTemperatureOut);
                QCOMPARE(cell<std::int64_t>(t, row, 11), z.hoursHumidityOut);
                QCOMPARE(cell<std::int64_t>(t, row, 12), z.hoursLuxOut);
                QCOMPARE(cell<QString>(t, row, 3), z.indoor ? QStringLiteral("yes") : QStringLiteral("no"));
                hoursOut += z.hoursOut;
                ++row;
            }
        }
        QCOMPARE(t.rows.size(), row);
        QVERIFY(row > 0);
        // A month holds 720 hours per zone at most.
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            QVERIFY(cell<std::int64_t>(t, i, 8) <= 720);
        }
        QVERIFY(hoursOut >= 0);
    }

    void theDashboardsPeakIsTheReportsHighest()
    {
        const auto site = core::SiteCatalogue(m_demo->db).sites().first();
        const core::Period june{ QDate(2025, 6, 1), QDate(2025, 6, 30) };
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("conservation"),
            reporttest::request(QStringLiteral("site:") + site.code, june.from, june.to));
        const auto kpis = core::DashboardQueries(m_demo->db).kpis({ site.id }, june);
        std::int64_t indoorHours = 0;
        std::int64_t indoorIn = 0;
        bool peakFound = false;
        const core::ReportTable& t = r.tables.first();
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            if (cell<QString>(t, i, 2) == kpis.peakZone) {
                peakFound = cell<std::int64_t>(t, i, 5) == kpis.peakOccupancy;
            }
            if (cell<QString>(t, i, 3) == QLatin1String("yes")) {
                indoorHours += cell<std::int64_t>(t, i, 8);
                indoorIn += cell<std::int64_t>(t, i, 8) - cell<std::int64_t>(t, i, 9);
            }
        }
        QVERIFY2(peakFound, qPrintable(kpis.peakZone));
        QCOMPARE(indoorHours, kpis.climateHours);
        QCOMPARE(indoorIn, kpis.climateHoursInRange);
    }

    void noReadingsIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(
            core::ReportError,
            core::ReportCatalogue::build(
                m_demo->db, QStringLiteral("conservation"),
                reporttest::request(QStringLiteral("all"), QDate(2010, 1, 1), QDate(2010, 1, 31))));
    }
};

QTEST_GUILESS_MAIN(TestConservationReport)
#include "testconservationreport.moc"
