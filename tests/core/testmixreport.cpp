#include "core/mixreport.h"
#include "core/sitecatalogue.h"
#include "tests/core/reportfixture.h"

#include <cmath>

using reporttest::cell;

class TestMixReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void channelsAndCategoriesAreTheDashboards()
    {
        const auto site = core::SiteCatalogue(m_demo->db).sites().first();
        const core::Period spring{ QDate(2025, 3, 1), QDate(2025, 5, 31) };
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("mix"),
            reporttest::request(QStringLiteral("site:") + site.code, spring.from, spring.to));
        QCOMPARE(r.tables.size(), 2);
        QCOMPARE(r.charts.size(), 2);
        const core::DashboardQueries queries(m_demo->db);
        const auto kpis = queries.kpis({ site.id }, spring);
        QVERIFY(kpis.sales.tickets > 0);
        const QList<QList<core::MixSlice>> slices
            = { queries.channelMix({ site.id }, spring), queries.categoryMix({ site.id }, spring) };
        for (int t = 0; t < 2; ++t) {
            const core::ReportTable& table = r.tables.at(t);
            const auto& mix = slices.at(t);
            QCOMPARE(table.rows.size(), mix.size() + 1);
            std::int64_t tickets = 0;
            for (qsizetype i = 0; i < mix.size(); ++i) {
                QCOMPARE(cell<QString>(table, i, 0), mix.at(i).code);
                QCOMPARE(cell<QString>(table, i, 1), mix.at(i).label);
                QCOMPARE(cell<std::int64_t>(table, i, 2), mix.at(i).tickets);
                QCOMPARE(cell<double>(table, i, 3),
                         std::round(double(mix.at(i).tickets) * 1000.0 / double(kpis.sales.tickets)) / 10.0);
                QCOMPARE(cell<std::int64_t>(table, i, 4), mix.at(i).visitors);
                QCOMPARE(cell<core::Money>(table, i, 5), mix.at(i).revenue);
                QCOMPARE(r.charts.at(t).series.first().values.at(i), double(mix.at(i).tickets));
                tickets += mix.at(i).tickets;
            }
            // Every ticket in exactly one channel and one category: the totals are the KPIs'.
            const qsizetype total = table.rows.size() - 1;
            QCOMPARE(tickets, kpis.sales.tickets);
            QCOMPARE(cell<std::int64_t>(table, total, 2), kpis.sales.tickets);
            QCOMPARE(cell<std::int64_t>(table, total, 4), kpis.sales.visitors);
            QCOMPARE(cell<core::Money>(table, total, 5), kpis.sales.revenue);
        }
        // And the KPIs are the rollup rows.
        core::Statement s = m_demo->db.prepare(
            "SELECT SUM(visitors), SUM(revenue_cents) FROM sales_site_daily WHERE site_id = ? AND day BETWEEN ? AND ?");
        s.bind(1, site.id).bind(2, spring.from.toJulianDay()).bind(3, spring.to.toJulianDay());
        QVERIFY(s.step());
        QCOMPARE(kpis.sales.visitors, s.int64(0));
        QCOMPARE(kpis.sales.revenue.cents(), s.int64(1));
    }
};

QTEST_GUILESS_MAIN(TestMixReport)
#include "testmixreport.moc"
