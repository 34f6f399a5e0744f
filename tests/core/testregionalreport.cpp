#include "core/regionalreport.h"
#include "core/sitecatalogue.h"
#include "tests/core/reportfixture.h"

#include <QHash>

#include <cmath>

using reporttest::cell;

class TestRegionalReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

    std::pair<std::int64_t, std::int64_t> sqlSums(std::int64_t siteId, const core::Period& p)
    {
        core::Statement s = m_demo->db.prepare(
            "SELECT COALESCE(SUM(visitors), 0), COALESCE(SUM(revenue_cents), 0) FROM sales_site_daily "
            "WHERE site_id = ? AND day BETWEEN ? AND ?");
        s.bind(1, siteId).bind(2, p.from.toJulianDay()).bind(3, p.to.toJulianDay());
        s.step();
        return { s.int64(0), s.int64(1) };
    }

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void ranksTheSitesAsTheDashboardAndTheRows()
    {
        const core::Period may{ QDate(2025, 5, 1), QDate(2025, 5, 31) };
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("regional"), reporttest::request(QStringLiteral("all"), may.from, may.to));
        QCOMPARE(r.type, QStringLiteral("regional"));
        QCOMPARE(r.title, QStringLiteral("Regional comparison"));
        QCOMPARE(r.tables.size(), 1);
        const core::ReportTable& t = r.tables.first();
        QCOMPARE(t.header.size(), 12);

        const core::SiteCatalogue catalogue(m_demo->db);
        QList<std::int64_t> ids;
        for (const auto& s : catalogue.sites()) {
            ids << s.id;
        }
        const auto ranks = core::DashboardQueries(m_demo->db).ranking(ids, may);
        QCOMPARE(t.rows.size(), ranks.size() + 1);
        std::int64_t visitors = 0;
        std::int64_t cents = 0;
        std::int64_t centsBefore = 0;
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            QCOMPARE(cell<std::int64_t>(t, i, 0), std::int64_t(i + 1));
            QCOMPARE(cell<QString>(t, i, 1), ranks.at(i).code);
            QCOMPARE(cell<std::int64_t>(t, i, 3), ranks.at(i).visitors);
            QCOMPARE(cell<std::int64_t>(t, i, 4), ranks.at(i).visitorsLastYear);
            QCOMPARE(cell<core::Money>(t, i, 7), ranks.at(i).revenue);
            // Straight from the rollup rows: this year and the same weeks last year.
            const auto [v, c] = sqlSums(ranks.at(i).siteId, may);
            const auto [vBefore, cBefore] = sqlSums(ranks.at(i).siteId, may.lastYearAligned());
            QVERIFY(v > 0 && vBefore > 0);
            QCOMPARE(cell<std::int64_t>(t, i, 3), v);
            QCOMPARE(cell<std::int64_t>(t, i, 4), vBefore);
            QCOMPARE(cell<core::Money>(t, i, 7).cents(), c);
            QCOMPARE(cell<core::Money>(t, i, 8).cents(), cBefore);
            QCOMPARE(cell<double>(t, i, 5), std::round(double(v - vBefore) * 1000.0 / double(vBefore)) / 10.0);
            QCOMPARE(cell<double>(t, i, 9), std::round(double(c - cBefore) * 1000.0 / double(cBefore)) / 10.0);
            visitors += v;
            cents += c;
            centsBefore += cBefore;
        }
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            const auto [v, c] = sqlSums(ranks.at(i).siteId, may);
            QCOMPARE(cell<double>(t, i, 6), std::round(double(v) * 1000.0 / double(visitors)) / 10.0);
            QCOMPARE(cell<double>(t, i, 10), std::round(double(c) * 1000.0 / double(cents)) / 10.0);
            // Rank by revenue: one more than the sites with more revenue.
            std::int64_t above = 0;
            for (const auto& other : ranks) {
                above += other.revenue.cents() > c ? 1 : 0;
            }
            QCOMPARE(cell<std::int64_t>(t, i, 11), above + 1);
        }
        const qsizetype total = t.rows.size() - 1;
        QCOMPARE(cell<QString>(t, total, 2), QStringLiteral("Total"));
        QCOMPARE(cell<std::int64_t>(t, total, 3), visitors);
        QCOMPARE(cell<core::Money>(t, total, 7).cents(), cents);
        QCOMPARE(cell<core::Money>(t, total, 8).cents(), centsBefore);
        QCOMPARE(cell<double>(t, total, 6), 100.0);
        QCOMPARE(r.charts.size(), 1);
        QCOMPARE(r.charts.first().categories.size(), ranks.size());
        QCOMPARE(r.charts.first().series.first().values.first(), double(ranks.first().visitors));
    }

    void aRegionHoldsItsSitesOnly()
    {
        const auto sites = core::SiteCatalogue(m_demo->db).sites();
        const QString region = sites.first().regionName;
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("regional"),
            reporttest::request(QStringLiteral("region:") + region.toUpper(), QDate(2025, 6, 1), QDate(2025, 6, 30)));
        qsizetype inRegion = 0;
        for (const auto& s : sites) {
            inRegion += s.regionName == region ? 1 : 0;
        }
        QCOMPARE(r.tables.first().rows.size(), inRegion + 1);
        QVERIFY2(r.scopeText.startsWith(QStringLiteral("%1 (%2 site").arg(region).arg(inRegion)),
                 qPrintable(r.scopeText));
    }

    void unknownScopesAndEmptyPeriodsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            core::ReportError,
            core::ReportCatalogue::build(
                m_demo->db, QStringLiteral("regional"),
                reporttest::request(QStringLiteral("region:Atlantide"), QDate(2025, 6, 1), QDate(2025, 6, 30))));
        try {
            core::ReportCatalogue::build(
                m_demo->db, QStringLiteral("regional"),
                reporttest::request(QStringLiteral("all"), QDate(2010, 1, 1), QDate(2010, 1, 31)));
            QFAIL("no error for a period without figures");
        } catch (const core::ReportError& e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("No figures for this scope from 2010-01-01 to 2010-01-31")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegionalReport)
#include "testregionalreport.moc"
