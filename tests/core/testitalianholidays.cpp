#include "core/italianholidays.h"

#include <QTest>

using core::ItalianHolidays;

class TestItalianHolidays : public QObject
{
    Q_OBJECT

private slots:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2011 late") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2038 latest") << 2038 << QDate(2038, 4, 25);
    }

    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(ItalianHolidays::easterSunday(year), sunday);
        QCOMPARE(ItalianHolidays::easterMonday(year), sunday.addDays(1));
        QCOMPARE(ItalianHolidays::easterMonday(year).dayOfWeek(), 1);
    }

    void nationalHolidays()
    {
        const auto days = ItalianHolidays::holidays(2025);
        QCOMPARE(days.size(), 12);
        QVERIFY(days.contains(QDate(2025, 4, 21))); // Easter Monday
        QVERIFY(days.contains(QDate(2025, 6, 2)));
        QVERIFY(days.contains(QDate(2025, 8, 15)));
        QVERIFY(std::is_sorted(days.begin(), days.end()));
        QVERIFY(ItalianHolidays::isHoliday(QDate(2025, 12, 26)));
        QVERIFY(!ItalianHolidays::isHoliday(QDate(2025, 12, 27)));
        QCOMPARE(ItalianHolidays::holidayName(QDate(2026, 4, 6)), QStringLiteral("Easter Monday"));
    }

    void firstSundayOfTheMonth()
    {
        QVERIFY(ItalianHolidays::isFirstSundayOfMonth(QDate(2025, 6, 1)));
        QVERIFY(ItalianHolidays::isFirstSundayOfMonth(QDate(2025, 9, 7)));
        QVERIFY(!ItalianHolidays::isFirstSundayOfMonth(QDate(2025, 9, 14)));
        QVERIFY(!ItalianHolidays::isFirstSundayOfMonth(QDate(2025, 9, 6))); // a Saturday
    }
};

QTEST_GUILESS_MAIN(TestItalianHolidays)
#include "testitalianholidays.moc"
