// The entrance screen: every outcome a scanner can meet, each shown its own way.
#include "officefixture.h"

#include "widgets/office/bookingspanel.h"
#include "widgets/office/checkinpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using Outcome = core::CheckInResult::Outcome;
using widgets::BookingsPanel;
using widgets::CheckInPage;

class TestCheckInPage : public QObject
{
    Q_OBJECT

private slots:
    void everyOutcomeHasItsOwnLook();
    void scannerTypesTheCodeAndEnter();
    void alreadyUsedSaysWhenAndWhere();
    void wrongDayRevokedUnknownAndInvalid();
    void ticketOfAnotherSite();
    void exitLowersTheOccupancy();
    void groupBookingsShowTheirEntries();
};

namespace {
struct Entrance
{
    officetest::OfficeFixture fixture;
    CheckInPage page;
    Entrance()
        : page(fixture.office())
    {
        fixture.office().openSession(core::Money(), fixture.now - 3600);
        page.setClock([this] { return fixture.now; });
        page.resize(1100, 760);
        page.show();
        QApplication::setActiveWindow(&page);
    }
    // As a keyboard-wedge scanner: the characters, then Enter, into the focused field.
    void scanWithKeys(const QString& code)
    {
        QWidget* input = QApplication::focusWidget();
        QCOMPARE(input, page.findChild<QLineEdit*>(QStringLiteral("scanInput")));
        QTest::keyClicks(input, code);
        QTest::keyClick(input, Qt::Key_Return);
    }
    Outcome outcome() const { return page.lastResult()->outcome; }
};
} // namespace

void TestCheckInPage::everyOutcomeHasItsOwnLook()
{
    QSet<QString> colours;
    QSet<QString> symbols;
    QSet<QString> titles;
    for (Outcome o : { Outcome::Valid, Outcome::AlreadyUsed, Outcome::WrongDay, Outcome::WrongSite, Outcome::Revoked,
                       Outcome::Unknown, Outcome::Invalid }) {
        colours.insert(CheckInPage::outcomeColour(o).name());
        symbols.insert(CheckInPage::outcomeSymbol(o));
        titles.insert(CheckInPage::outcomeTitle(o, core::ScanDirection::In));
    }
    QCOMPARE(colours.size(), 7);
    QCOMPARE(symbols.size(), 7);
    QCOMPARE(titles.size(), 7);
}

void TestCheckInPage::scannerTypesTheCodeAndEnter()
{
    Entrance e;
    QVERIFY(QTest::qWaitForWindowActive(&e.page));
    const core::SaleReceipt sale = e.fixture.sell(0, 2);
    e.scanWithKeys(sale.tickets.at(0).text);
    QCOMPARE(e.outcome(), Outcome::Valid);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("VALID – come in"));
    QVERIFY(e.page.resultDetail().contains(sale.tickets.at(0).code.key()));
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 1"));
    QVERIFY(e.page.findChild<QLineEdit*>(QStringLiteral("scanInput"))->text().isEmpty());
    // The ticket's key typed by hand works as well.
    e.scanWithKeys(sale.tickets.at(1).code.key().toLower());
    QCOMPARE(e.outcome(), Outcome::Valid);
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 2"));
    // Every scan is in the ledger: session, sale, two scans.
    QCOMPARE(e.fixture.ledger().lastSeq(), 4);
}

void TestCheckInPage::alreadyUsedSaysWhenAndWhere()
{
    Entrance e;
    const core::SaleReceipt sale = e.fixture.sell(0, 1);
    e.page.scan(sale.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::Valid);
    e.fixture.now += 25 * 60;
    e.page.scan(sale.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::AlreadyUsed);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("ALREADY USED"));
    const QString detail = e.page.resultDetail();
    QVERIFY2(detail.contains(QStringLiteral("11/06/2025 10:00")), qPrintable(detail));
    QVERIFY2(detail.contains(e.fixture.site.code), qPrintable(detail));
    QVERIFY2(detail.contains(e.fixture.device->shortId.toUpper()), qPrintable(detail));
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 1"));
}

void TestCheckInPage::wrongDayRevokedUnknownAndInvalid()
{
    Entrance e;
    const core::SaleReceipt today = e.fixture.sell(0, 1);
    const core::SaleReceipt voided = e.fixture.sell(0, 1);
    e.fixture.office().voidSale(voided.receiptNumber, QStringLiteral("mistake"), std::nullopt, e.fixture.now + 30);

    e.page.scan(voided.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::Revoked);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("CANCELLED TICKET"));

    e.page.scan(QStringLiteral("%1-000099-01").arg(e.fixture.device->shortId.toUpper()));
    QCOMPARE(e.outcome(), Outcome::Unknown);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("UNKNOWN TICKET"));

    e.page.scan(QStringLiteral("HELLO WORLD"));
    QCOMPARE(e.outcome(), Outcome::Invalid);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("NOT A VALID CODE"));

    // A forged code: the right shape, a wrong signature.
    QString forged = today.tickets.first().text;
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    e.page.scan(forged);
    QCOMPARE(e.outcome(), Outcome::Invalid);

    e.fixture.now += 24 * 3600; // tomorrow
    e.page.scan(today.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::WrongDay);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("WRONG DAY"));
    QVERIFY(e.page.resultDetail().contains(QLocale().toString(QDate(2025, 6, 11), QLocale::LongFormat)));
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 0"));
}

void TestCheckInPage::ticketOfAnotherSite()
{
    Entrance e;
    QVERIFY(e.fixture.sites_.size() >= 2);
    // A counter of the second site, whose key this one knows (the hub shares the keys).
    officetest::Device other(e.fixture.dir.file(QStringLiteral("other-ledger.sqlite")), e.fixture.sites_.at(1),
                             e.fixture.productsBySite.at(1), e.fixture.keyring, core::SalesChannel::Counter, false,
                             e.fixture.now);
    e.fixture.keyring.add(other.shortId, other.publicKey);
    other.office->openSession(core::Money(), e.fixture.now - 60);
    core::Cart cart;
    cart.add(e.fixture.productsBySite.at(1).first());
    const core::Money total = cart.total();
    const core::SaleReceipt sale
        = other.office->sell(cart, { { core::PaymentMethod::Card, total, {} } }, e.fixture.now);
    e.page.scan(sale.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::WrongSite);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("OTHER SITE"));
}

void TestCheckInPage::exitLowersTheOccupancy()
{
    Entrance e;
    QVERIFY(QTest::qWaitForWindowActive(&e.page));
    const core::SaleReceipt sale = e.fixture.sell(0, 1);
    e.scanWithKeys(sale.tickets.first().text);
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QCOMPARE(e.page.direction(), core::ScanDirection::Out);
    e.fixture.now += 3600;
    e.scanWithKeys(sale.tickets.first().text);
    QCOMPARE(e.outcome(), Outcome::Valid);
    QCOMPARE(e.page.resultTitle(), QStringLiteral("EXIT recorded"));
    QCOMPARE(e.page.occupancyText(), QStringLiteral("Inside now: 0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QCOMPARE(e.page.direction(), core::ScanDirection::In);
}

void TestCheckInPage::groupBookingsShowTheirEntries()
{
    Entrance e;
    QVERIFY(QTest::qWaitForWindowActive(&e.page));
    BookingsPanel* panel = e.page.bookingsPanel();
    QCOMPARE(panel->bookingCount(), 0);
    QCOMPARE(panel->headingText(), QStringLiteral("Group bookings today: none"));

    // The hub's own key signs the groups' tickets; the counter knows it (from the ticket state).
    const cruscotto::sync::Ed25519KeyPair hubKey = cruscotto::sync::generateEd25519KeyPair();
    const cruscotto::sync::Ed25519Signer hubSigner(hubKey.privateKey);
    const QString hubDevice = core::TicketCode::deviceShortIdOf(QUuid::createUuid().toString(QUuid::WithoutBraces));
    e.fixture.keyring.add(hubDevice, hubKey.publicKey);
    const QDate today(2025, 6, 11);
    const auto booked = [&](std::int64_t seq, const QString& channel, int size, int slot, const QString& type) {
        core::HubBooking b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.day = today;
        b.slotStart = slot;
        b.slot = QStringLiteral("%1:00-%2:00").arg(slot / 60).arg(slot / 60 + 1);
        b.channel = channel;
        b.groupSize = size;
        b.groupType = type;
        b.product = e.fixture.products.at(0).code;
        QStringList codes;
        for (int i = 0; i < size; ++i) {
            core::TicketCode code;
            code.deviceShortId = hubDevice;
            code.saleSeq = seq;
            code.index = i;
            code.siteId = e.fixture.site.id;
            code.validDay = today;
            code.productId = e.fixture.products.at(0).id;
            code.slotMinutes = slot;
            b.ticketKeys.append(code.key());
            codes.append(code.encode(hubSigner));
        }
        return std::make_pair(b, codes);
    };
    auto [school, schoolCodes] = booked(1, QStringLiteral("online"), 3, 600, QStringLiteral("school"));
    school.voucher = QStringLiteral("SCUOLA-MT-2025");
    auto [tour, tourCodes] = booked(2, QStringLiteral("b2b"), 2, 660, QStringLiteral("tour_operator"));
    tour.invoiceName = QStringLiteral("Lucania Viaggi S.r.l.");
    tour.vatNumber = QStringLiteral("IT01234567897");
    e.fixture.ledger().replaceBookings(today, { school, tour });
    // Another day's groups are not today's.
    auto [tomorrow, tomorrowCodes] = booked(3, QStringLiteral("online"), 4, 600, QStringLiteral("adults"));
    tomorrow.day = today.addDays(1);
    e.fixture.ledger().replaceBookings(tomorrow.day, { tomorrow });
    e.page.refreshBookings();

    QCOMPARE(panel->bookingCount(), 2);
    QCOMPARE(panel->headingText(), QStringLiteral("Group bookings today: 2 group(s), 0 of 5 visitors entered"));
    QCOMPARE(panel->cellText(0, BookingsPanel::SlotColumn), QStringLiteral("10:00-11:00"));
    QCOMPARE(panel->cellText(0, BookingsPanel::ChannelColumn), QStringLiteral("Online"));
    QCOMPARE(panel->cellText(0, BookingsPanel::GroupColumn), QStringLiteral("School, 3 visitor(s)"));
    QCOMPARE(panel->cellText(0, BookingsPanel::VoucherColumn), QStringLiteral("SCUOLA-MT-2025"));
    QCOMPARE(panel->cellText(0, BookingsPanel::InvoiceColumn), QString());
    QCOMPARE(panel->cellText(0, BookingsPanel::EnteredColumn), QStringLiteral("0 of 3"));
    QCOMPARE(panel->cellText(1, BookingsPanel::SlotColumn), QStringLiteral("11:00-12:00"));
    QCOMPARE(panel->cellText(1, BookingsPanel::ChannelColumn), QStringLiteral("B2B"));
    QCOMPARE(panel->cellText(1, BookingsPanel::GroupColumn), QStringLiteral("Tour operator, 2 visitor(s)"));
    QCOMPARE(panel->cellText(1, BookingsPanel::VoucherColumn), QString());
    QCOMPARE(panel->cellText(1, BookingsPanel::InvoiceColumn),
             QStringLiteral("Lucania Viaggi S.r.l., VAT IT01234567897"));
    QCOMPARE(panel->cellText(1, BookingsPanel::EnteredColumn), QStringLiteral("0 of 2"));
    QVERIFY(!panel->list()->accessibleName().isEmpty());
    QCOMPARE(panel->list()->topLevelItem(1)->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("11:00-12:00, B2B, Tour operator, 2 visitor(s), invoice to Lucania Viaggi S.r.l., VAT "
                            "IT01234567897, 0 of 2 entered"));

    // A pupil's ticket scanned at 10:00: the school's row counts it; the same ticket again does not.
    e.scanWithKeys(schoolCodes.at(1));
    QCOMPARE(e.outcome(), Outcome::Valid);
    QCOMPARE(panel->cellText(0, BookingsPanel::EnteredColumn), QStringLiteral("1 of 3"));
    e.scanWithKeys(schoolCodes.at(1));
    QCOMPARE(e.outcome(), Outcome::AlreadyUsed);
    QCOMPARE(panel->cellText(0, BookingsPanel::EnteredColumn), QStringLiteral("1 of 3"));
    QCOMPARE(panel->cellText(1, BookingsPanel::EnteredColumn), QStringLiteral("0 of 2"));

    // Entries at another counter arrive with the ticket state: the row follows when refreshed.
    core::Statement use = e.fixture.ledger().database().prepare(
        "INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) VALUES (?,?,'0123456789ABCDEF',?,0)");
    use.bind(1, school.ticketKeys.at(0)).bind(2, e.fixture.now).bind(3, e.fixture.site.code);
    use.exec();
    e.page.refreshBookings();
    QCOMPARE(panel->cellText(0, BookingsPanel::EnteredColumn), QStringLiteral("2 of 3"));
    QCOMPARE(panel->headingText(), QStringLiteral("Group bookings today: 2 group(s), 2 of 5 visitors entered"));

    // F9 reaches the list from the scan field, and back; a scan typed in the list still lands in the scan field.
    auto* input = e.page.findChild<QLineEdit*>(QStringLiteral("scanInput"));
    QTest::keyClick(input, Qt::Key_F9);
    QCOMPARE(QApplication::focusWidget(), panel->list());
    QTest::keyClick(panel->list(), Qt::Key_Down);
    QTest::keyClick(panel->list(), Qt::Key_F9);
    QCOMPARE(QApplication::focusWidget(), input);
    QTest::keyClick(input, Qt::Key_F9);
    QCOMPARE(QApplication::focusWidget(), panel->list());
    QTest::keyClicks(panel->list(), schoolCodes.at(2));
    QCOMPARE(QApplication::focusWidget(), input);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(e.outcome(), Outcome::Valid);
    QCOMPARE(panel->cellText(0, BookingsPanel::EnteredColumn), QStringLiteral("3 of 3"));
}

QTEST_MAIN(TestCheckInPage)
#include "testcheckinpage.moc"
