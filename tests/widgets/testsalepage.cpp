// The counter's sale screen driven from the keyboard, as a clerk does, with the
// keystrokes counted; the ledger and the printed PDF checked afterwards.
#include "officefixture.h"

#include "widgets/office/salepage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <functional>

using widgets::SalePage;

class TestSalePage : public QObject
{
    Q_OBJECT

private slots:
    void fullTicketExactCashInThreeKeys();
    void familyOfFourInSevenKeys();
    void reducedTicketShowsTheDocumentToCheck();
    void cashTenderedShowsTheChange();
    void cardAndSplitPayments();
    void backspaceRemovesOneAndEscEmpties();
    void refusesToSellWithoutASession();
    void printsReceiptAndTicketsToPdf();
    void slotPreselectedAndSoldInThreeKeys();
    void slotSwitchingWithKeysAndTaps();
    void preselectionFollowsTheCartAndRefusesWhenNoSlotHasRoom();
    void offlineSellsTheAllotment();
    void nominativeTicketsAskANamePerVisitor();
    void addOnNeedsAnAdmission();
    void freeDayKeyOneSellsTheFreeAdmission();

private:
    using Prepare = std::function<void(officetest::OfficeFixture&)>;

    struct Screen
    {
        officetest::OfficeFixture fixture;
        SalePage page;
        int keys = 0;

        static officetest::OfficeFixture& prepared(officetest::OfficeFixture& fixture, const Prepare& prepare)
        {
            if (prepare) {
                prepare(fixture);
            }
            return fixture;
        }

        explicit Screen(bool openSession = true, const officetest::SiteSetup& setup = {}, const Prepare& prepare = {})
            : fixture(core::SalesChannel::Counter, false, 2, setup)
            , page(prepared(fixture, prepare).office(), fixture.printer)
        {
            if (openSession) {
                fixture.office().openSession(core::Money::fromCents(10000), fixture.now - 3600);
            }
            page.setClock([this] { return fixture.now; });
            page.resize(1280, 760);
            page.show();
            QApplication::setActiveWindow(&page);
            QVERIFY(QTest::qWaitForWindowActive(&page));
        }
        // One key, to whatever has the focus, as the keyboard would send it.
        void press(Qt::Key key)
        {
            QWidget* target = QApplication::focusWidget();
            QVERIFY2(target && target->window() == &page, "the sale screen lost the focus");
            QTest::keyClick(target, key);
            ++keys;
        }
        void type(const QString& text)
        {
            for (const QChar c : text) {
                QWidget* target = QApplication::focusWidget();
                QTest::keyClick(target, c.toLatin1());
                ++keys;
            }
        }
        core::Money price(int product) const { return fixture.products.at(product).price; }
        QPushButton* button(const QString& accessibleName)
        {
            for (QPushButton* b : page.findChildren<QPushButton*>()) {
                if (b->accessibleName() == accessibleName) {
                    return b;
                }
            }
            return nullptr;
        }
        QString text(const char* objectName) { return page.findChild<QLabel*>(QLatin1String(objectName))->text(); }
        // Renders the page; saved for a person to look at when CRUSCOTTO_SCREENSHOT_DIR is set.
        void screenshot(const QString& name)
        {
            const QPixmap shot = page.grab();
            QVERIFY(!shot.isNull());
            const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
            if (!dir.isEmpty()) {
                QVERIFY(shot.save(QStringLiteral("%1/%2.png").arg(dir, name)));
            }
        }
    };

    static void withSlots(officetest::OfficeFixture& f) { f.office().setSlotPolicy(officetest::hourlySlots()); }
};

void TestSalePage::fullTicketExactCashInThreeKeys()
{
    Screen s;
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Payment);
    s.press(Qt::Key_Return);
    QCOMPARE(s.keys, 3);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QVERIFY2(s.page.lastReceipt().has_value(), qPrintable(s.page.message()));

    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QVERIFY(receipt);
    QCOMPARE(receipt->receiptNumber, 1);
    QCOMPARE(receipt->lines.size(), 1);
    QCOMPARE(receipt->lines.first().product.code, QStringLiteral("INT"));
    QCOMPARE(receipt->lines.first().quantity, 1);
    QCOMPARE(receipt->tickets.size(), 1);
    QCOMPARE(receipt->total, s.price(0));
    QCOMPARE(receipt->payments.size(), 1);
    QCOMPARE(receipt->payments.first().method, core::PaymentMethod::Cash);
    QCOMPARE(receipt->payments.first().tendered, s.price(0));
    QCOMPARE(receipt->change, core::Money());
    QCOMPARE(s.fixture.office().xReport().totals.cashIn, s.price(0));
    QVERIFY(s.fixture.ledger().verify().ok);
    QCOMPARE(s.page.findChild<QLabel*>(QStringLiteral("doneReceipt"))->text(), QStringLiteral("Receipt no. 1"));
    QCOMPARE(s.page.findChild<QLabel*>(QStringLiteral("doneChange"))->text(), QStringLiteral("No change"));

    // The next sale starts with a product key straight from the receipt screen.
    s.press(Qt::Key_1);
    QCOMPARE(s.page.step(), SalePage::Step::Cart);
    QCOMPARE(s.page.cart().tickets(), 1);
}

void TestSalePage::familyOfFourInSevenKeys()
{
    Screen s;
    QCOMPARE(s.fixture.products.at(2).freeReason, core::FreeReason::Under18);
    for (Qt::Key key : { Qt::Key_1, Qt::Key_1, Qt::Key_3, Qt::Key_3 }) {
        s.press(key);
    }
    QCOMPARE(s.page.cart().tickets(), 4);
    s.press(Qt::Key_Enter); // the keypad's Enter works as well as Return
    QCOMPARE(s.page.step(), SalePage::Step::Check);
    const QString documents = s.page.findChild<QLabel*>(QStringLiteral("checkList"))->text();
    QVERIFY2(documents.contains(core::documentToCheck(s.fixture.products.at(2)).toHtmlEscaped()),
             qPrintable(documents));
    s.press(Qt::Key_Return); // ID checked
    QCOMPARE(s.page.step(), SalePage::Step::Payment);
    s.press(Qt::Key_Return); // exact cash
    QCOMPARE(s.keys, 7);
    QCOMPARE(s.page.step(), SalePage::Step::Done);

    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QVERIFY(receipt);
    QCOMPARE(receipt->tickets.size(), 4);
    QCOMPARE(receipt->total, s.price(0) * 2);
    QCOMPARE(receipt->lines.size(), 2);
    QCOMPARE(receipt->lines.at(0).product.code, QStringLiteral("INT"));
    QCOMPARE(receipt->lines.at(0).quantity, 2);
    QCOMPARE(receipt->lines.at(1).product.code, QStringLiteral("GRU18"));
    QCOMPARE(receipt->lines.at(1).quantity, 2);
    QVERIFY(receipt->lines.at(1).idChecked);
    QCOMPARE(s.fixture.office().xReport().totals.tickets, 4);
}

void TestSalePage::reducedTicketShowsTheDocumentToCheck()
{
    Screen s;
    s.press(Qt::Key_2);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Check);
    s.press(Qt::Key_Escape); // back to the cart: nothing confirmed
    QCOMPARE(s.page.step(), SalePage::Step::Cart);
    QCOMPARE(s.page.cart().uncheckedLines(), QList<int>{ 0 });
    // A second visitor on the line: still to check.
    s.press(Qt::Key_2);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Check);
    const QString documents = s.page.findChild<QLabel*>(QStringLiteral("checkList"))->text();
    QVERIFY(documents.contains(QStringLiteral("2 × ")));
    QVERIFY(documents.contains(core::documentToCheck(s.fixture.products.at(1)).toHtmlEscaped()));
    s.press(Qt::Key_Return);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->lines.size(), 1);
    QCOMPARE(receipt->lines.first().product.category, core::TicketCategory::Reduced);
    QCOMPARE(receipt->lines.first().quantity, 2);
    QVERIFY(receipt->lines.first().idChecked);
}

void TestSalePage::cashTenderedShowsTheChange()
{
    Screen s;
    s.press(Qt::Key_1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    const core::Money due = s.price(0) * 2;
    // Too little: refused, nothing written.
    s.type(QStringLiteral("1"));
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Payment);
    QVERIFY(s.page.message().contains(QStringLiteral("less than")));
    QCOMPARE(s.fixture.ledger().lastSeq(), 1);
    auto* cash = s.page.findChild<QLineEdit*>(QStringLiteral("cashTendered"));
    cash->clear();
    s.type(QStringLiteral("100"));
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    const core::Money change = core::Money::fromCents(10000) - due;
    QCOMPARE(s.page.lastReceipt()->change, change);
    QCOMPARE(s.page.findChild<QLabel*>(QStringLiteral("doneChange"))->text(),
             QStringLiteral("Change due: %1").arg(change.toString(QLocale())));
    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->payments.first().tendered, core::Money::fromCents(10000));
    QCOMPARE(receipt->change, change);
    QCOMPARE(s.fixture.office().xReport().totals.cashIn, due);
}

void TestSalePage::cardAndSplitPayments()
{
    Screen s;
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    s.press(Qt::Key_C);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->payments.size(), 1);
    QCOMPARE(receipt->payments.first().method, core::PaymentMethod::Card);

    s.press(Qt::Key_1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    s.press(Qt::Key_S);
    QVERIFY(s.page.isSplitPayment());
    s.type(QStringLiteral("5"));
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->receiptNumber, 2);
    QCOMPARE(receipt->payments.size(), 2);
    QCOMPARE(receipt->payments.at(0).method, core::PaymentMethod::Cash);
    QCOMPARE(receipt->payments.at(0).amount, core::Money::fromCents(500));
    QCOMPARE(receipt->payments.at(1).method, core::PaymentMethod::Card);
    QCOMPARE(receipt->payments.at(1).amount, s.price(0) * 2 - core::Money::fromCents(500));
    const core::OfficeTotals totals = s.fixture.office().xReport().totals;
    QCOMPARE(totals.cashIn, core::Money::fromCents(500));
    QCOMPARE(totals.cardIn, s.price(0) * 3 - core::Money::fromCents(500));
}

void TestSalePage::backspaceRemovesOneAndEscEmpties()
{
    Screen s;
    s.press(Qt::Key_1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_2);
    auto* table = s.page.findChild<QTableWidget*>(QStringLiteral("cartTable"));
    QCOMPARE(table->rowCount(), 2);
    s.press(Qt::Key_Backspace); // the last line touched: the reduced one goes
    QCOMPARE(table->rowCount(), 1);
    s.press(Qt::Key_Delete);
    QCOMPARE(s.page.cart().tickets(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
    s.press(Qt::Key_Escape);
    QVERIFY(s.page.cart().isEmpty());
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(s.fixture.ledger().lastSeq(), 1); // the session only
}

void TestSalePage::refusesToSellWithoutASession()
{
    Screen s(false);
    QVERIFY(s.page.findChild<QLabel*>(QStringLiteral("sessionBanner"))->isVisible());
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Cart);
    QVERIFY(s.page.message().contains(QStringLiteral("cash session")));
    QCOMPARE(s.fixture.ledger().lastSeq(), 0);
}

void TestSalePage::printsReceiptAndTicketsToPdf()
{
    Screen s;
    for (Qt::Key key : { Qt::Key_1, Qt::Key_1, Qt::Key_3, Qt::Key_Return, Qt::Key_Return, Qt::Key_Return }) {
        s.press(key);
    }
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    const QString file = s.fixture.printer.lastFile();
    QCOMPARE(QFileInfo(file).fileName(), QStringLiteral("receipt-1.pdf"));
    QVERIFY(QFileInfo(file).size() > 2000);
    QCOMPARE(officetest::pdfPages(file), 4); // the receipt, then one page per ticket
    const QString text = officetest::pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("Receipt no. 1")), qPrintable(text));
    QVERIFY(text.contains(s.fixture.site.name.left(20)));
    for (const core::IssuedTicket& ticket : s.page.lastReceipt()->tickets) {
        QVERIFY2(text.contains(ticket.code.key()), qPrintable(ticket.code.key()));
    }
    QVERIFY(s.page.findChild<QLabel*>(QStringLiteral("donePrint"))->text().endsWith(QStringLiteral("printed.")));

    // The QR holds the signed code: at least version 5 (37 modules) with its quiet zone.
    const QImage qr = widgets::TicketPrinter::qrImage(s.page.lastReceipt()->tickets.first().text, 1);
    QVERIFY(!qr.isNull());
    QVERIFY(qr.width() >= 37 + 8);
}

void TestSalePage::slotPreselectedAndSoldInThreeKeys()
{
    Screen s(true, officetest::morningHours, withSlots);
    // 10:00: the 9:00 slot is over; the next one with room is preselected.
    QCOMPARE(s.page.timeSlots().size(), 4);
    QVERIFY(s.page.timeSlots().at(0).past);
    QCOMPARE(s.page.timeSlots().at(1).remaining, 10); // the counter's share of 20
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
    QVERIFY2(s.page.slotStatus().startsWith(QStringLiteral("Entry 10:00-11:00 · 10 place")),
             qPrintable(s.page.slotStatus()));
    QVERIFY(s.text("slotTitle").contains(QStringLiteral("places left for this counter")));
    QPushButton* over = s.button(QStringLiteral("Slot 09:00-10:00, over"));
    QVERIFY(over);
    QVERIFY(over->isVisible());
    QVERIFY(!over->isEnabled());
    s.press(Qt::Key_1);
    s.screenshot(QStringLiteral("salepage-slots"));
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Payment);
    s.press(Qt::Key_Return);
    QCOMPARE(s.keys, 3);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QVERIFY2(s.page.lastReceipt().has_value(), qPrintable(s.page.message()));

    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->slot, 10 * 60);
    QCOMPARE(receipt->tickets.size(), 1);
    // The slot is in the signed code the entrance scans.
    const auto decoded = core::TicketCode::decode(s.page.lastReceipt()->tickets.first().text, s.fixture.keyring);
    QCOMPARE(decoded.check, core::TicketCode::Check::Valid);
    QCOMPARE(decoded.code.slotMinutes, 10 * 60);
    QVERIFY(s.text("doneReceipt").contains(QStringLiteral("entry 10:00-11:00")));
    const QString printed = officetest::pdfText(s.fixture.printer.lastFile());
    QVERIFY2(printed.count(QStringLiteral("Entry 10:00-11:00")) == 2, qPrintable(printed)); // receipt and ticket
    if (const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR"); !dir.isEmpty()) { // to look at
        QFile::remove(dir + QStringLiteral("/salepage-slot-receipt.pdf"));
        QFile::copy(s.fixture.printer.lastFile(), dir + QStringLiteral("/salepage-slot-receipt.pdf"));
    }
    // The places left, read again after the sale.
    QCOMPARE(s.page.timeSlots().at(1).remaining, 9);
    QVERIFY(s.button(QStringLiteral("Slot 10:00-11:00, 9 place(s) left")));
}

void TestSalePage::slotSwitchingWithKeysAndTaps()
{
    Screen s(true, officetest::morningHours, withSlots);
    s.press(Qt::Key_1);
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
    s.press(Qt::Key_PageDown);
    QCOMPARE(s.page.selectedSlot(), 11 * 60);
    s.press(Qt::Key_PageDown);
    s.press(Qt::Key_PageDown); // the last slot: stays
    QCOMPARE(s.page.selectedSlot(), 12 * 60);
    s.press(Qt::Key_PageUp);
    s.press(Qt::Key_PageUp);
    s.press(Qt::Key_PageUp); // 9:00 is over: skipped
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
    s.press(Qt::Key_PageDown);
    QCOMPARE(s.page.selectedSlot(), 11 * 60);
    // The clerk's choice stays as the cart grows.
    s.press(Qt::Key_1);
    QCOMPARE(s.page.selectedSlot(), 11 * 60);
    QVERIFY(s.page.slotStatus().startsWith(QStringLiteral("Entry 11:00-12:00")));
    // A tap on a slot chooses it, and the keys keep working.
    QTest::mouseClick(s.button(QStringLiteral("Slot 12:00-13:00, 10 place(s) left")), Qt::LeftButton);
    QCOMPARE(s.page.selectedSlot(), 12 * 60);
    QTest::mouseClick(s.button(QStringLiteral("Slot 09:00-10:00, over")), Qt::LeftButton);
    QCOMPARE(s.page.selectedSlot(), 12 * 60);
    s.press(Qt::Key_Return);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QCOMPARE(s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber)->slot, 12 * 60);
    QCOMPARE(s.page.lastReceipt()->tickets.size(), 2);
    // The next sale starts from the next slot with room again.
    s.press(Qt::Key_1);
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
}

void TestSalePage::preselectionFollowsTheCartAndRefusesWhenNoSlotHasRoom()
{
    // 4 places per slot: the counter 3, online 1.
    Screen s(true, officetest::morningHours,
             [](officetest::OfficeFixture& f) { f.office().setSlotPolicy(officetest::hourlySlots(4)); });
    s.fixture.sell(0, 2, core::PaymentMethod::Cash, 10 * 60);
    s.page.refreshAvailability();
    QCOMPARE(s.page.timeSlots().at(1).remaining, 1);
    s.press(Qt::Key_1);
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
    s.press(Qt::Key_1); // two visitors: 10:00 has one place, the next slot is chosen
    QCOMPARE(s.page.selectedSlot(), 11 * 60);
    s.press(Qt::Key_1);
    QCOMPARE(s.page.selectedSlot(), 11 * 60);
    s.press(Qt::Key_1); // four: no slot has room
    QCOMPARE(s.page.selectedSlot(), -1);
    QVERIFY2(s.page.slotStatus().contains(QStringLiteral("No time slot today has room for 4")),
             qPrintable(s.page.slotStatus()));
    const std::int64_t before = s.fixture.ledger().lastSeq();
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Cart); // refused before payment
    QVERIFY2(s.page.message().contains(QStringLiteral("No time slot today has room")), qPrintable(s.page.message()));
    // The clerk asks for 10:00 anyway: the full part is refused there too.
    s.press(Qt::Key_Backspace);
    s.press(Qt::Key_PageUp);
    QCOMPARE(s.page.selectedSlot(), 10 * 60);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Cart);
    QVERIFY2(s.page.message().contains(QStringLiteral("The slot 10:00-11:00 has only 1 place")),
             qPrintable(s.page.message()));
    QCOMPARE(s.fixture.ledger().lastSeq(), before);
    // The last place of 10:00 goes elsewhere: the slot is full, and off.
    s.fixture.sell(0, 1, core::PaymentMethod::Cash, 10 * 60);
    s.page.refreshAvailability();
    QPushButton* full = s.button(QStringLiteral("Slot 10:00-11:00, full"));
    QVERIFY(full);
    QVERIFY(!full->isEnabled());
    QCOMPARE(s.page.selectedSlot(), 11 * 60); // the clerk's choice is gone with it
    s.press(Qt::Key_Return);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QCOMPARE(s.page.lastReceipt()->slot, 11 * 60);
    QCOMPARE(s.page.lastReceipt()->tickets.size(), 3);
    QCOMPARE(s.page.timeSlots().at(2).remaining, 0);
}

void TestSalePage::offlineSellsTheAllotment()
{
    Screen s(true, officetest::morningHours, [](officetest::OfficeFixture& f) {
        withSlots(f);
        f.office().setOnline(false);
        f.office().setDevicesSharingQuota(2);
    });
    QVERIFY2(s.text("slotTitle").contains(QStringLiteral("offline allotment")), qPrintable(s.text("slotTitle")));
    QCOMPARE(s.page.timeSlots().at(1).remaining, 5); // half the counter's 10
    QVERIFY(s.page.slotStatus().startsWith(QStringLiteral("Entry 10:00-11:00 · 5 place")));
    for (Qt::Key key : { Qt::Key_1, Qt::Key_1, Qt::Key_Return, Qt::Key_Return }) {
        s.press(key);
    }
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QCOMPARE(s.page.timeSlots().at(1).remaining, 3);
    // Back online: the counter's whole share, less what this device has not uploaded.
    s.fixture.office().setOnline(true);
    s.page.refreshAvailability();
    QVERIFY(s.text("slotTitle").contains(QStringLiteral("places left for this counter")));
    QCOMPARE(s.page.timeSlots().at(1).remaining, 8);
}

void TestSalePage::nominativeTicketsAskANamePerVisitor()
{
    Screen s(true, officetest::nominative);
    s.press(Qt::Key_1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Names);
    const QList<QLineEdit*> names = s.page.findChildren<QLineEdit*>(QStringLiteral("holderName"));
    QCOMPARE(names.size(), 2); // one per visitor
    QVERIFY(names.at(0)->hasFocus());
    QCOMPARE(names.at(0)->accessibleName(),
             QStringLiteral("Name of visitor 1 (%1)").arg(s.fixture.products.at(0).name));
    s.press(Qt::Key_Return); // no name: refused
    QCOMPARE(s.page.step(), SalePage::Step::Names);
    QVERIFY(s.page.message().contains(QStringLiteral("Type the name of visitor 1")));
    s.type(QStringLiteral("Maria Rossi"));
    s.press(Qt::Key_Return);
    QVERIFY(names.at(1)->hasFocus());
    s.type(QStringLiteral("Luca Bianchi"));
    s.screenshot(QStringLiteral("salepage-names"));
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Payment);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QVERIFY2(s.page.lastReceipt().has_value(), qPrintable(s.page.message()));

    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->lines.size(), 2); // one line per visitor
    QCOMPARE(receipt->lines.at(0).quantity, 1);
    QCOMPARE(receipt->tickets.size(), 2);
    QCOMPARE(receipt->tickets.at(0).holder, QStringLiteral("Maria Rossi"));
    QCOMPARE(receipt->tickets.at(1).holder, QStringLiteral("Luca Bianchi"));
    QCOMPARE(receipt->total, s.price(0) * 2);
    // The names stay on the device: not in the record the hub gets.
    const auto record = s.fixture.ledger().record(receipt->seq);
    QVERIFY(!record->payload.contains("Rossi"));
    QVERIFY(!record->payload.contains("Bianchi"));
    QVERIFY(s.fixture.ledger().verify().ok);
    const QString printed = officetest::pdfText(s.fixture.printer.lastFile());
    QVERIFY2(printed.contains(QStringLiteral("Name: Maria Rossi")), qPrintable(printed));
    if (const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR"); !dir.isEmpty()) { // to look at
        QFile::remove(dir + QStringLiteral("/salepage-names-receipt.pdf"));
        QFile::copy(s.fixture.printer.lastFile(), dir + QStringLiteral("/salepage-names-receipt.pdf"));
    }
    QVERIFY(printed.contains(QStringLiteral("Name: Luca Bianchi")));
    QVERIFY(s.page.findChild<QListWidget*>(QStringLiteral("doneTickets"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("Maria Rossi")));
    // The next sale asks for new names.
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Names);
    QCOMPARE(s.page.findChildren<QLineEdit*>(QStringLiteral("holderName")).size(), 1);
    QVERIFY(s.page.findChild<QLineEdit*>(QStringLiteral("holderName"))->text().isEmpty());
}

void TestSalePage::addOnNeedsAnAdmission()
{
    Screen s;
    const int tour = s.fixture.productIndex(QStringLiteral("VISGUI"));
    QVERIFY2(tour >= 1 && tour < 9, "the demo museum sells guided tours on a key");
    QCOMPARE(s.fixture.products.at(tour).kind, core::ProductKind::Addon);
    const auto tourKey = Qt::Key(Qt::Key_1 + tour);
    s.press(tourKey);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Cart);
    QVERIFY2(s.page.message().contains(QStringLiteral("add-on")), qPrintable(s.page.message()));
    QCOMPARE(s.fixture.ledger().lastSeq(), 1);
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    s.press(Qt::Key_Return);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->lines.size(), 2);
    QCOMPARE(receipt->lines.at(0).product.code, QStringLiteral("VISGUI"));
    QCOMPARE(receipt->lines.at(0).product.kind, core::ProductKind::Addon);
    QCOMPARE(receipt->total, s.price(0) + s.price(tour));
}

void TestSalePage::freeDayKeyOneSellsTheFreeAdmission()
{
    Screen s(true, {},
             [](officetest::OfficeFixture& f) { f.now = officetest::saleDayAt(10, 0, officetest::kFreeSunday); });
    QVERIFY(s.page.isFreeDay());
    auto* banner = s.page.findChild<QLabel*>(QStringLiteral("freeDayBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("Free admission today")));
    const int free = s.fixture.productIndex(QStringLiteral("GRDOM"));
    QCOMPARE(s.page.productOnKey(0), free);
    QCOMPARE(s.page.productOnKey(free), 0); // the full ticket takes its key, switched off
    QVERIFY(
        !s.button(QStringLiteral("Add one %1 (key %2)").arg(s.fixture.products.at(0).name).arg(free + 1))->isEnabled());
    QVERIFY(!s.button(QStringLiteral("Add one %1 (key 2)").arg(s.fixture.products.at(1).name))->isEnabled());
    s.screenshot(QStringLiteral("salepage-freeday"));
    s.press(Qt::Key_1);
    s.press(Qt::Key_Return);
    s.press(Qt::Key_Return);
    QCOMPARE(s.keys, 3);
    QCOMPARE(s.page.step(), SalePage::Step::Done);
    QVERIFY2(s.page.lastReceipt().has_value(), qPrintable(s.page.message()));
    const auto receipt = s.fixture.office().receipt(s.page.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->lines.first().product.code, QStringLiteral("GRDOM"));
    QCOMPARE(receipt->total, core::Money());
    QVERIFY(receipt->payments.isEmpty());
    // The paid admission's key says why it is off.
    s.press(Qt::Key(Qt::Key_1 + free));
    QVERIFY(s.page.cart().isEmpty());
    QVERIFY2(s.page.message().startsWith(QStringLiteral("Admission is free today")), qPrintable(s.page.message()));

    // The next day is an ordinary Monday: key 1 is the full ticket again.
    s.fixture.now = officetest::saleDayAt(10, 0, officetest::kFreeSunday.addDays(1));
    s.page.refreshAvailability();
    QVERIFY(!s.page.isFreeDay());
    QVERIFY(!banner->isVisible());
    QCOMPARE(s.page.productOnKey(0), 0);
}

QTEST_MAIN(TestSalePage)
#include "testsalepage.moc"
