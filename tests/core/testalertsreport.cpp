#include "core/alertsreport.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/transactionmonitor.h"
#include "tests/core/reportfixture.h"

using reporttest::cell;

class TestAlertsReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<reporttest::DemoCache> m_demo;

private slots:
    void initTestCase() { m_demo = std::make_unique<reporttest::DemoCache>(); }

    void listsTheAlertsWithTheirAcknowledgement()
    {
        const core::Period spring{ QDate(2025, 3, 1), QDate(2025, 5, 31) };
        const std::int64_t from = core::RomeTime::startOfDay(spring.from);
        const std::int64_t to = core::RomeTime::startOfDay(spring.to.addDays(1));
        std::int64_t firstId = 0;
        {
            core::Database writer = core::Cache::openWriter(m_demo->dir.path());
            core::Statement first = writer.prepare(
                "SELECT id FROM alerts WHERE raised_utc >= ? AND raised_utc < ? ORDER BY raised_utc, id LIMIT 1");
            first.bind(1, from).bind(2, to);
            QVERIFY(first.step());
            firstId = first.int64(0);
            QVERIFY(core::TransactionMonitor(writer).acknowledge(firstId, QStringLiteral("Checked, sensor moved"),
                                                                 core::RomeTime::utcOf(QDate(2025, 6, 2), 9)));
        }
        const core::Report r = core::ReportCatalogue::build(
            m_demo->db, QStringLiteral("alerts"), reporttest::request(QStringLiteral("all"), spring.from, spring.to));
        QCOMPARE(r.tables.size(), 2);
        const core::ReportTable& summary = r.tables.at(0);
        const core::ReportTable& list = r.tables.at(1);

        core::Statement count = m_demo->db.prepare(
            "SELECT COUNT(*), SUM(severity = 'critical'), SUM(severity = 'warning'), SUM(severity = 'info') "
            "FROM alerts WHERE raised_utc >= ? AND raised_utc < ?");
        count.bind(1, from).bind(2, to);
        QVERIFY(count.step());
        QVERIFY(count.int64(0) > 0);
        QCOMPARE(std::int64_t(list.rows.size()), count.int64(0));
        QCOMPARE(cell<std::int64_t>(summary, 0, 1), count.int64(1));
        QCOMPARE(cell<std::int64_t>(summary, 1, 1), count.int64(2));
        QCOMPARE(cell<std::int64_t>(summary, 2, 1), count.int64(3));
        QCOMPARE(cell<std::int64_t>(summary, 3, 1), std::int64_t(1)); // acknowledged
        QCOMPARE(cell<std::int64_t>(summary, 4, 1), count.int64(0));

        // The dashboards' list, oldest first, with the comment.
        QList<std::int64_t> ids;
        for (const auto& s : core::SiteCatalogue(m_demo->db).sites()) {
            ids << s.id;
        }
        const auto rows = core::DashboardQueries(m_demo->db).alerts(ids, spring, 100000);
        QCOMPARE(rows.size(), list.rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const core::AlertRow& a = rows.at(rows.size() - 1 - i);
            QCOMPARE(cell<std::int64_t>(list, i, 0), a.id);
            QCOMPARE(cell<QString>(list, i, 2), a.siteCode);
            QCOMPARE(cell<QString>(list, i, 6), a.title);
            QCOMPARE(cell<QString>(list, i, 7), a.detail);
        }
        QCOMPARE(cell<std::int64_t>(list, 0, 0), firstId);
        QCOMPARE(cell<QString>(list, 0, 8), QStringLiteral("yes"));
        QCOMPARE(cell<QString>(list, 0, 9), QStringLiteral("2025-06-02 09:00"));
        QCOMPARE(cell<QString>(list, 0, 10), QStringLiteral("Checked, sensor moved"));
        QCOMPARE(cell<QString>(list, 1, 8), QStringLiteral("no"));
        QVERIFY(std::holds_alternative<std::monostate>(list.rows.at(1).at(9)));
    }

    void namesTheCodes()
    {
        QCOMPARE(core::AlertsReport::kindName(QStringLiteral("transaction")), QStringLiteral("Transactions"));
        QCOMPARE(core::AlertsReport::severityName(QStringLiteral("critical")), QStringLiteral("Critical"));
    }
};

QTEST_GUILESS_MAIN(TestAlertsReport)
#include "testalertsreport.moc"
