#include "core/rometime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using core::RomeTime;

class TestRomeTime : public QObject
{
    Q_OBJECT

private slots:
    void springForwardDayHas23Hours()
    {
        // 2025-03-30: 02:00 CET jumps to 03:00 CEST.
        const auto hours = RomeTime::hourStarts(QDate(2025, 3, 30));
        QCOMPARE(hours.size(), 23);
        QCOMPARE(RomeTime::localHour(hours.at(1)), 1);
        QCOMPARE(RomeTime::localHour(hours.at(2)), 3);
        QCOMPARE(RomeTime::offsetAt(hours.first()), 3600);
        QCOMPARE(RomeTime::offsetAt(hours.last()), 7200);
    }

    void fallBackDayHas25Hours()
    {
        // 2025-10-26: 03:00 CEST falls back to 02:00 CET; 02:00 happens twice.
        const auto hours = RomeTime::hourStarts(QDate(2025, 10, 26));
        QCOMPARE(hours.size(), 25);
        QCOMPARE(RomeTime::localHour(hours.at(2)), 2);
        QCOMPARE(RomeTime::localHour(hours.at(3)), 2);
        QCOMPARE(RomeTime::offsetAt(hours.at(2)), 7200);
        QCOMPARE(RomeTime::offsetAt(hours.at(3)), 3600);
        for (const auto h : hours) {
            QCOMPARE(RomeTime::localDate(h), QDate(2025, 10, 26));
        }
    }

    void ordinaryDayHas24Hours()
    {
        QCOMPARE(RomeTime::hourStarts(QDate(2024, 2, 29)).size(), 24);
        QCOMPARE(RomeTime::hourStarts(QDate(2025, 7, 15)).size(), 24);
    }

    void agreesWithQtTimeZone_data()
    {
        QTest::addColumn<qint64>("utc");
        for (qint64 t = 1704067200; t < 1767225600; t += 7919) { // 2024-2025, an odd stride
            QTest::addRow("%lld", t) << t;
        }
    }

    void agreesWithQtTimeZone()
    {
        QFETCH(qint64, utc);
        const QDateTime rome = QDateTime::fromSecsSinceEpoch(utc, QTimeZone("Europe/Rome"));
        QCOMPARE(RomeTime::localDate(utc), rome.date());
        QCOMPARE(RomeTime::localHour(utc), rome.time().hour());
    }

    void utcOfLocalHours()
    {
        // Winter: 10:00 Rome = 09:00 UTC; summer: 10:00 Rome = 08:00 UTC.
        QCOMPARE(RomeTime::utcOf(QDate(2025, 1, 15), 10),
                 QDateTime(QDate(2025, 1, 15), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(RomeTime::utcOf(QDate(2025, 7, 15), 10),
                 QDateTime(QDate(2025, 7, 15), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch());
        // The skipped 02:00 of the spring day maps to the first hour that exists (03:00 CEST).
        const auto skipped = RomeTime::utcOf(QDate(2025, 3, 30), 2);
        QCOMPARE(RomeTime::localHour(skipped), 3);
        // The repeated 02:00 of the autumn day maps to its first occurrence (CEST).
        QCOMPARE(RomeTime::offsetAt(RomeTime::utcOf(QDate(2025, 10, 26), 2)), 7200);
        QCOMPARE(RomeTime::startOfDay(QDate(2025, 1, 1)),
                 QDateTime(QDate(2024, 12, 31), QTime(23, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void localDayIsAJulianDayNumber()
    {
        QCOMPARE(RomeTime::localDay(RomeTime::utcOf(QDate(2024, 10, 26), 10)), std::int64_t(2460610));
        // 23:30 UTC on 31 December is already New Year's Day in Rome.
        const qint64 t = QDateTime(QDate(2024, 12, 31), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(RomeTime::localDate(t), QDate(2025, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestRomeTime)
#include "testrometime.moc"
