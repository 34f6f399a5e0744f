#include "core/openingcalendar.h"

#include <QTest>

using core::OpeningCalendar;

class TestOpeningCalendar : public QObject
{
    Q_OBJECT

private slots:
    void weeklyClosingDay()
    {
        const OpeningCalendar c(9, 19, Qt::Monday);
        QVERIFY(!c.isOpen(QDate(2025, 6, 9))); // a Monday
        QVERIFY(c.isOpen(QDate(2025, 6, 10)));
        QCOMPARE(c.hoursOn(QDate(2025, 6, 10)), std::make_pair(9, 19));
        QCOMPARE(c.hoursOn(QDate(2025, 6, 9)), std::make_pair(0, 0));
    }

    void exceptionsWinOverTheWeek()
    {
        OpeningCalendar c(9, 19, Qt::Monday);
        c.addException(QDate(2025, 4, 21), { true, 9, 19, QStringLiteral("Easter Monday") });
        c.addException(QDate(2025, 12, 25), { false, 0, 0, QStringLiteral("Christmas") });
        c.addException(QDate(2025, 7, 4), { true, 9, 23, QStringLiteral("Evening opening") });
        QVERIFY(c.isOpen(QDate(2025, 4, 21)));
        QVERIFY(!c.isOpen(QDate(2025, 12, 25)));
        QCOMPARE(c.hoursOn(QDate(2025, 7, 4)), std::make_pair(9, 23));
    }

    void openEveryDay()
    {
        const OpeningCalendar c(8, 20, 0);
        for (QDate d(2025, 1, 1); d < QDate(2025, 1, 15); d = d.addDays(1)) {
            QVERIFY(c.isOpen(d));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpeningCalendar)
#include "testopeningcalendar.moc"
