#include "core/fundingimport.h"
#include "core/fundingmonitor.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

using core::FundingMonitor;

namespace {

core::FundingTable seedTable()
{
    QFile file(testsupport::sourcePath(QStringLiteral("tests/core/data/funding_m1c3.csv")));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("funding_m1c3.csv is missing");
    }
    return core::FundingImport::parseCsv(file.readAll()).table;
}

} // namespace

class TestFundingMonitor : public QObject
{
    Q_OBJECT

private slots:
    void monthsBetween()
    {
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2023, 4, 30), QDate(2025, 12, 31)), 32);
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2023, 4, 30), QDate(2023, 6, 30)), 2);
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2026, 5, 31), QDate(2026, 6, 30)), 1); // month's last day
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2026, 5, 15), QDate(2026, 6, 14)), 0);
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2026, 5, 15), QDate(2026, 6, 15)), 1);
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2026, 11, 25), QDate(2026, 6, 30)), -4);
        QCOMPARE(FundingMonitor::monthsBetween(QDate(2026, 1, 15), QDate(2025, 12, 31)), 0);
    }

    // On the day the ministry's figures refer to (30 April 2023), with the default
    // thresholds (6 months, 50% spent): 1.1.7 "Supporto operativo" is due at the end
    // of June 2023 with 5,3% of its funding spent: at risk. 1.1.4 is due in 8 months:
    // not yet. 1.1.1 and 1.1.2 are past their deadlines but achieved ("conseguito").
    void flagsOnThePublishedDay()
    {
        const core::FundingTable t = seedTable();
        const auto e = FundingMonitor::evaluate(t, QDate(2023, 4, 30));
        QCOMPARE(e.atRisk, 1);
        QCOMPARE(e.pastDeadline, 0);
        QVERIFY(e.lines[8].atRisk);
        QCOMPARE(t.lines[8].code, QStringLiteral("M1C3 1.1.7"));
        QCOMPARE(*e.lines[8].monthsLeft, 2);
        QCOMPARE(qRound(*e.lines[8].ratios.spentOfFunded * 1000), 53);
        QCOMPARE(*e.lines[4].monthsLeft, 8);
        QVERIFY(!e.lines[4].atRisk);
        QCOMPARE(*e.lines[1].monthsLeft, -10); // 1.1.1, due June 2022, achieved
        QVERIFY(!e.lines[1].pastDeadline);
        QCOMPARE(*e.lines[0].monthsLeft, 32);
        // Lines with nothing committed have no spent/committed ratio.
        QVERIFY(!e.lines[11].ratios.spentOfCommitted);
        QCOMPARE(*e.lines[11].ratios.committedOfFunded, 0.0);
    }

    void thresholdsAreConfigurable()
    {
        const core::FundingTable t = seedTable();
        FundingMonitor::Thresholds wider;
        wider.riskMonths = 12;
        wider.minSpentOfFunded = 0.10;
        const auto e = FundingMonitor::evaluate(t, QDate(2023, 4, 30), wider);
        // 1.1.4 (8 months, 3,2% spent) joins 1.1.7 (2 months, 5,3%).
        QCOMPARE(e.atRisk, 2);
        QVERIFY(e.lines[4].atRisk);
        QVERIFY(e.lines[8].atRisk);
    }

    // Later, past every deadline: all the lines not achieved are flagged, the two
    // achieved ones are not.
    void flagsPastDeadlines()
    {
        const core::FundingTable t = seedTable();
        const auto e = FundingMonitor::evaluate(t, QDate(2026, 11, 25));
        QCOMPARE(e.pastDeadline, 12);
        QCOMPARE(e.atRisk, 0);
        QVERIFY(!e.lines[1].pastDeadline);
        QVERIFY(!e.lines[2].pastDeadline);
        QVERIFY(e.lines[3].pastDeadline);
        QCOMPARE(*e.lines[3].monthsLeft, -4);
        // On the deadline day itself the line is not yet late.
        const auto onTheDay = FundingMonitor::evaluate(t, QDate(2026, 6, 30));
        QVERIFY(!onTheDay.lines[3].pastDeadline);
        QVERIFY(onTheDay.lines[3].atRisk); // 0 months left, 7,4% spent
    }

    void reportsSubLinesThatDoNotAddUp()
    {
        core::FundingTable t = seedTable();
        t.lines[3].committed = t.lines[3].committed + core::Money::fromCents(1);
        const auto e = FundingMonitor::evaluate(t, QDate(2023, 4, 30));
        QCOMPARE(e.mismatches.size(), 1);
        QCOMPARE(e.mismatches[0].parent, 0);
        QCOMPARE(e.mismatches[0].field, QStringLiteral("committed"));
        QCOMPARE(e.mismatches[0].parentAmount.cents(), Q_INT64_C(9080476991));
        QCOMPARE(e.mismatches[0].childrenSum.cents(), Q_INT64_C(9080476992));
    }
};

QTEST_GUILESS_MAIN(TestFundingMonitor)
#include "testfundingmonitor.moc"
