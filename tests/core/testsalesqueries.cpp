#include "core/cache.h"
#include "core/database.h"
#include "core/salesqueries.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <memory>

using core::Database;

class TestSalesQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    Database m_db;

    // The same figures straight from the hourly rows, the way a person would check them.
    core::PeriodTotals direct(const QString& siteFilter, const QDate& from, const QDate& to)
    {
        auto stmt = m_db.prepare(
            QStringLiteral(
                "SELECT SUM(h.tickets), SUM(h.visitors), SUM(CASE WHEN p.category <> 'free' THEN h.visitors ELSE 0 "
                "END), "
                "SUM(CASE WHEN p.category = 'free' THEN h.visitors ELSE 0 END), SUM(h.revenue_cents) FROM sales_hourly "
                "h "
                "JOIN ticket_products p ON p.id = h.product_id WHERE h.day BETWEEN ? AND ? AND h.site_id IN (%1)")
                .arg(siteFilter));
        stmt.bind(1, from.toJulianDay()).bind(2, to.toJulianDay());
        stmt.step();
        core::PeriodTotals t;
        t.tickets = stmt.int64(0);
        t.visitors = stmt.int64(1);
        t.payingVisitors = stmt.int64(2);
        t.freeVisitors = stmt.int64(3);
        t.revenue = core::Money::fromCents(stmt.int64(4));
        return t;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(5, 1, QDate(2025, 3, 31), 3);
        m_db = core::Cache::openReader(m_dir->path());
    }

    void totalsEqualTheHourlyRows_data()
    {
        QTest::addColumn<QList<std::int64_t>>("sites");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("one site, a month") << QList<std::int64_t>{ 1 } << QDate(2024, 5, 1) << QDate(2024, 5, 31);
        QTest::newRow("two sites, DST week")
            << QList<std::int64_t>{ 2, 4 } << QDate(2024, 10, 21) << QDate(2024, 10, 27);
        QTest::newRow("all, leap day") << QList<std::int64_t>{ 1, 2, 3, 4, 5 } << QDate(2024, 2, 29)
                                       << QDate(2024, 2, 29);
        QTest::newRow("all, everything") << QList<std::int64_t>{ 1, 2, 3, 4, 5 } << QDate(2024, 1, 1)
                                         << QDate(2025, 3, 31);
    }

    void totalsEqualTheHourlyRows()
    {
        QFETCH(QList<std::int64_t>, sites);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QStringList ids;
        for (auto id : sites) {
            ids << QString::number(id);
        }
        const auto expected = direct(ids.join(QLatin1Char(',')), from, to);
        const auto actual = core::SalesQueries(m_db).totals(sites, from, to);
        QVERIFY(expected.visitors > 0);
        QCOMPARE(actual.tickets, expected.tickets);
        QCOMPARE(actual.visitors, expected.visitors);
        QCOMPARE(actual.payingVisitors, expected.payingVisitors);
        QCOMPARE(actual.freeVisitors, expected.freeVisitors);
        QCOMPARE(actual.revenue, expected.revenue);
        QCOMPARE(actual.payingVisitors + actual.freeVisitors, actual.visitors);
    }

    void dailySeriesHasEveryDay()
    {
        const QDate from(2024, 12, 20);
        const QDate to(2025, 1, 5);
        const auto series = core::SalesQueries(m_db).dailySeries({ 1, 2, 3 }, from, to);
        QCOMPARE(series.size(), 17);
        std::int64_t sum = 0;
        for (qsizetype i = 0; i < series.size(); ++i) {
            QCOMPARE(series[i].day, from.addDays(i));
            sum += series[i].visitors;
        }
        // Christmas Day and New Year's Day: closed, so zero, but present.
        QCOMPARE(series[5].day, QDate(2024, 12, 25));
        QCOMPARE(series[5].visitors, 0);
        QCOMPARE(series[12].visitors, 0);
        QCOMPARE(sum, core::SalesQueries(m_db).totals({ 1, 2, 3 }, from, to).visitors);
    }

    void emptyInputsGiveEmptyAnswers()
    {
        const core::SalesQueries q(m_db);
        QCOMPARE(q.totals({}, QDate(2024, 1, 1), QDate(2024, 12, 31)).visitors, 0);
        QCOMPARE(q.totals({ 1 }, QDate(2030, 1, 1), QDate(2030, 12, 31)).revenue.cents(), 0);
        QVERIFY(q.dailySeries({ 1 }, QDate(2024, 2, 1), QDate(2024, 1, 1)).isEmpty());
        QCOMPARE(q.totals({ 1 }, QDate(2030, 1, 1), QDate(2030, 12, 31)).revenuePerPayingVisitor().cents(), 0);
    }

    void dataRangeIsThePeriodGenerated()
    {
        const auto range = core::SalesQueries(m_db).dataRange();
        QVERIFY(range.first >= QDate(2024, 1, 1));
        QVERIFY(range.first <= QDate(2024, 1, 5));
        QCOMPARE(range.second, QDate(2025, 3, 31));
    }
};

QTEST_GUILESS_MAIN(TestSalesQueries)
#include "testsalesqueries.moc"
