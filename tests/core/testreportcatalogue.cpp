#include "core/monthlyreport.h"
#include "core/reportcatalogue.h"
#include "tests/core/reportfixture.h"

class TestReportCatalogue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void listsEveryType()
    {
        QCOMPARE(core::ReportCatalogue::ids().mid(0, 6),
                 QStringList({ QStringLiteral("monthly"), QStringLiteral("regional"), QStringLiteral("mix"),
                               QStringLiteral("conservation"), QStringLiteral("office"), QStringLiteral("alerts") }));
        QCOMPARE(core::ReportCatalogue::types().size(), core::ReportCatalogue::ids().size());
        QVERIFY(core::ReportCatalogue::find(QStringLiteral("office"))->readsLedger);
        QVERIFY(!core::ReportCatalogue::find(QStringLiteral("mix"))->readsLedger);
        QCOMPARE(core::ReportCatalogue::find(QStringLiteral("mix"))->title, QStringLiteral("Channel and ticket mix"));
        QVERIFY(!core::ReportCatalogue::find(QStringLiteral("weekly")));
    }

    void monthlyGoesThroughTheCatalogue()
    {
        const auto req = reporttest::request(QStringLiteral("all"), QDate(2025, 1, 1), QDate(2025, 6, 30));
        const core::Report r = core::ReportCatalogue::build(m_demo->db, QStringLiteral("monthly"), req);
        QCOMPARE(r.type, QStringLiteral("monthly"));
        QCOMPARE(r.title, QStringLiteral("Monthly statistics"));
        QCOMPARE(r.period, req.period);
        QVERIFY2(r.scopeText.startsWith(QStringLiteral("All sites (4 site")), qPrintable(r.scopeText));
        // 30 June 2025 is a Monday, when the demo sites are closed.
        QCOMPARE(r.freshness, QStringLiteral("Sales up to 29/06/2025 (demo data)."));
        QVERIFY(r.generatedUtc > 0);
        const auto lines = core::MonthlyReport(m_demo->db).build(req.scope, req.period);
        QCOMPARE(r.tables.size(), 1);
        QCOMPARE(r.tables.first().rows, core::MonthlyReport::table(lines).rows);
        // The chart: the whole scope's visitors, month by month.
        QCOMPARE(r.charts.size(), 1);
        QCOMPARE(r.charts.first().categories.size(), 6);
        QCOMPARE(r.charts.first().categories.first(), QStringLiteral("01/2025"));
        const auto trend
            = core::DashboardQueries(m_demo->db).trend({ 1, 2, 3, 4 }, req.period, core::Granularity::Month);
        QCOMPARE(trend.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(r.charts.first().series.first().values.at(i), double(trend.at(i).visitors));
        }
    }

    void refusesUnknownTypesAndPeriods()
    {
        try {
            core::ReportCatalogue::build(
                m_demo->db, QStringLiteral("weekly"),
                reporttest::request(QStringLiteral("all"), QDate(2025, 1, 1), QDate(2025, 1, 31)));
            QFAIL("an unknown type was accepted");
        } catch (const core::ReportError& e) {
            QVERIFY(e.message().startsWith(QStringLiteral("Unknown report type 'weekly': monthly, regional, mix")));
        }
        QVERIFY_THROWS_EXCEPTION(core::ReportError,
                                 core::ReportCatalogue::build(
                                     m_demo->db, QStringLiteral("mix"),
                                     reporttest::request(QStringLiteral("all"), QDate(2025, 2, 1), QDate(2025, 1, 1))));
    }

    void freshnessNamesTheLastSync()
    {
        {
            core::Database writer = core::Cache::openWriter(m_demo->dir.path());
            writer.exec("INSERT INTO meta (key, value) VALUES ('last_sync_utc', '1751277600') "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"); // 2025-06-30 10:00 UTC
        }
        QCOMPARE(core::ReportCatalogue::freshness(m_demo->db),
                 QStringLiteral("Sales up to 29/06/2025; last sync with the hub 30/06/2025 12:00 (Rome time)."));
    }
};

QTEST_GUILESS_MAIN(TestReportCatalogue)
#include "testreportcatalogue.moc"
