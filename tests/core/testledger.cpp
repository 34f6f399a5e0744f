// The ledger's derived tables that the hub fills: today's group bookings
// (schema step 3), stored a day at a time and read back with their entries.
#include "core/database.h"
#include "core/ledger.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

namespace {

core::HubBooking school(const QDate& day)
{
    core::HubBooking b;
    b.id = QStringLiteral("6f1c2a10-0000-8000-a000-000000000001");
    b.day = day;
    b.slotStart = 600;
    b.slot = QStringLiteral("10:00-11:00");
    b.channel = QStringLiteral("online");
    b.groupSize = 3;
    b.groupType = QStringLiteral("school");
    b.product = QStringLiteral("INT");
    b.voucher = QStringLiteral("SCUOLA-MT-2025");
    b.ticketKeys = { QStringLiteral("A1B2C3D4E5F60718-000001-00"), QStringLiteral("A1B2C3D4E5F60718-000001-01"),
                     QStringLiteral("A1B2C3D4E5F60718-000001-02") };
    return b;
}

core::HubBooking tourOperator(const QDate& day)
{
    core::HubBooking b;
    b.id = QStringLiteral("6f1c2a10-0000-8000-a000-000000000002");
    b.day = day;
    b.slotStart = 660;
    b.slot = QStringLiteral("11:00-12:00");
    b.channel = QStringLiteral("b2b");
    b.groupSize = 2;
    b.groupType = QStringLiteral("tour_operator");
    b.product = QStringLiteral("INT");
    b.invoiceName = QStringLiteral("Lucania Viaggi S.r.l.");
    b.vatNumber = QStringLiteral("IT01234567897");
    b.ticketKeys = { QStringLiteral("A1B2C3D4E5F60718-000002-00"), QStringLiteral("A1B2C3D4E5F60718-000002-01") };
    return b;
}

void enter(core::Ledger& ledger, const QString& key)
{
    core::Statement use = ledger.database().prepare(
        "INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) VALUES (?, 1750000000, "
        "'0123456789ABCDEF', 'BAS-MUS-01', 0)");
    use.bind(1, key);
    use.exec();
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void bookingsRoundTrip();
    void bookingsCountTheirEntries();
    void stepThreeComesAfterTwo();
};

void TestLedger::bookingsRoundTrip()
{
    testsupport::TestDataDir dir;
    core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(dir.path()));
    QCOMPARE(ledger.database().userVersion(), 3);
    const QDate day(2025, 6, 11);
    const QDate tomorrow = day.addDays(1);
    QVERIFY(ledger.bookings(day).isEmpty());

    const QList<core::HubBooking> given = { school(day), tourOperator(day) };
    QVERIFY(ledger.replaceBookings(day, given));
    QCOMPARE(ledger.bookings(day), given);
    // The same list again changes nothing.
    QVERIFY(!ledger.replaceBookings(day, given));

    // Another day's list is its own.
    core::HubBooking later = school(tomorrow);
    later.id = QStringLiteral("6f1c2a10-0000-8000-a000-000000000003");
    later.ticketKeys = { QStringLiteral("A1B2C3D4E5F60718-000003-00") };
    later.groupSize = 1;
    QVERIFY(ledger.replaceBookings(tomorrow, { later }));

    // The hub's new word for the day replaces the old one whole: one booking gone, one changed.
    core::HubBooking moved = tourOperator(day);
    moved.slotStart = 720;
    moved.slot = QStringLiteral("12:00-13:00");
    QVERIFY(ledger.replaceBookings(day, { moved }));
    QCOMPARE(ledger.bookings(day), QList<core::HubBooking>{ moved });
    QCOMPARE(ledger.database().scalar("SELECT COUNT(*) FROM hub_booking_tickets"), 3);
    QCOMPARE(ledger.bookings(tomorrow), QList<core::HubBooking>{ later });

    // Survives closing and opening again.
    ledger = core::Ledger::open(core::Ledger::pathIn(dir.path()));
    QCOMPARE(ledger.bookings(day), QList<core::HubBooking>{ moved });

    // A booking of another day is refused, nothing written.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ledger.replaceBookings(day, { school(tomorrow) }));
    QCOMPARE(ledger.bookings(day), QList<core::HubBooking>{ moved });

    // An empty list empties the day; older days are forgotten on request.
    QVERIFY(ledger.replaceBookings(day, {}));
    QVERIFY(ledger.bookings(day).isEmpty());
    QVERIFY(ledger.replaceBookings(day, given));
    ledger.forgetBookingsBefore(tomorrow);
    QVERIFY(ledger.bookings(day).isEmpty());
    QCOMPARE(ledger.bookings(tomorrow).size(), 1);
    QCOMPARE(ledger.database().scalar("SELECT COUNT(*) FROM hub_booking_tickets"), 1);
}

void TestLedger::bookingsCountTheirEntries()
{
    testsupport::TestDataDir dir;
    core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(dir.path()));
    const QDate day(2025, 6, 11);
    ledger.replaceBookings(day, { school(day), tourOperator(day) });
    enter(ledger, school(day).ticketKeys.at(0));
    enter(ledger, school(day).ticketKeys.at(2));
    enter(ledger, QStringLiteral("FFFFFFFFFFFFFFFF-000009-00")); // a ticket of no booking
    const QList<core::HubBooking> read = ledger.bookings(day);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).entered, 2);
    QCOMPARE(read.at(1).entered, 0);
    // Entries are not the hub's data: the same list is no change.
    QVERIFY(!ledger.replaceBookings(day, read));
    QCOMPARE(ledger.bookings(day).at(0).entered, 2);
}

void TestLedger::stepThreeComesAfterTwo()
{
    // A ledger of schema 2 (before bookings) gets the tables and keeps its data.
    testsupport::TestDataDir dir;
    const QString path = core::Ledger::pathIn(dir.path());
    {
        core::Ledger ledger = core::Ledger::open(path);
        ledger.setSetting(QStringLiteral("printer"), QStringLiteral("pdf:/tmp"));
        ledger.database().exec("DROP TABLE hub_booking_tickets; DROP TABLE hub_bookings;");
        ledger.database().setUserVersion(2);
    }
    core::Ledger ledger = core::Ledger::open(path);
    QCOMPARE(ledger.database().userVersion(), 3);
    QCOMPARE(ledger.setting(QStringLiteral("printer")), QStringLiteral("pdf:/tmp"));
    const QDate day(2025, 6, 11);
    QVERIFY(ledger.replaceBookings(day, { school(day) }));
    QCOMPARE(ledger.bookings(day).size(), 1);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "testledger.moc"
