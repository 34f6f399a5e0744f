// The self-service kiosk: card only, back to the start when left alone, out of
// service when it cannot sell, and no way out without the supervisor's PIN.
#include "officefixture.h"

#include "widgets/office/kioskwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using widgets::KioskWindow;

class TestKioskWindow : public QObject
{
    Q_OBJECT

private slots:
    void outOfServiceWithoutASession();
    void outOfServiceWithoutAPrinter();
    void sellsByCardWithLargeTouchButtons();
    void goesBackToTheStartWhenLeftAlone();
    void refusesToCloseWithoutThePin();
    void choosesTheTimeOfEntryByTouch();
    void freeDaySellsTheFreeAdmission();
    void nominativeSitesSellAtTheCounter();
};

namespace {
QPushButton* buttonNamed(QWidget& window, const QString& accessibleName)
{
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        if (button->accessibleName() == accessibleName && button->isVisible()) {
            return button;
        }
    }
    return nullptr;
}

void tap(QWidget& window, const QString& accessibleName)
{
    QPushButton* button = buttonNamed(window, accessibleName);
    QVERIFY2(button, qPrintable(accessibleName));
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

void TestKioskWindow::outOfServiceWithoutASession()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.show();
    QCOMPARE(kiosk.page(), KioskWindow::Page::OutOfService);
    QVERIFY(kiosk.statusText().startsWith(QStringLiteral("Out of service")));
    QVERIFY(kiosk.statusText().contains(QStringLiteral("The sales session is not open.")));
}

void TestKioskWindow::outOfServiceWithoutAPrinter()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    f.office().openSession(core::Money(), f.now);
    widgets::TicketPrinter missing = widgets::TicketPrinter::systemPrinter(QStringLiteral("No such printer 42"));
    KioskWindow kiosk(f.office(), missing);
    kiosk.show();
    QCOMPARE(kiosk.page(), KioskWindow::Page::OutOfService);
    QVERIFY2(kiosk.statusText().contains(QStringLiteral("No such printer 42")), qPrintable(kiosk.statusText()));
}

void TestKioskWindow::sellsByCardWithLargeTouchButtons()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.setClock([&f] { return f.now; });
    kiosk.show();
    QCOMPARE(kiosk.page(), KioskWindow::Page::Choose);
    QCOMPARE(kiosk.kioskProducts().size(), 3);
    QCOMPARE(kiosk.kioskProducts().at(0).category, core::TicketCategory::Full);
    QCOMPARE(kiosk.kioskProducts().at(1).category, core::TicketCategory::Reduced);
    QCOMPARE(kiosk.kioskProducts().at(2).freeReason, core::FreeReason::Under18);
    const QString full = kiosk.kioskProducts().at(0).name;
    const QString under18 = kiosk.kioskProducts().at(2).name;
    QPushButton* plus = buttonNamed(kiosk, QStringLiteral("One %1 more").arg(full));
    QVERIFY(plus);
    QVERIFY(plus->width() >= 96 && plus->height() >= 96); // a finger, not a mouse pointer
    tap(kiosk, QStringLiteral("One %1 more").arg(full));
    tap(kiosk, QStringLiteral("One %1 more").arg(full));
    tap(kiosk, QStringLiteral("One %1 more").arg(under18));
    tap(kiosk, QStringLiteral("One %1 less").arg(full));
    QCOMPARE(kiosk.cart().tickets(), 2);
    tap(kiosk, QStringLiteral("Continue to payment"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Confirm);
    tap(kiosk, QStringLiteral("Pay by card"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Done);
    QVERIFY(kiosk.lastReceipt());
    const auto receipt = f.office().receipt(kiosk.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->tickets.size(), 2);
    QCOMPARE(receipt->payments.size(), 1);
    QCOMPARE(receipt->payments.first().method, core::PaymentMethod::Card);
    QCOMPARE(receipt->total, f.products.at(0).price);
    QVERIFY(kiosk.statusText().contains(QStringLiteral("Receipt no. 1")));
    QCOMPARE(officetest::pdfPages(f.printer.lastFile()), 3);
}

void TestKioskWindow::goesBackToTheStartWhenLeftAlone()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.setIdleTimeout(std::chrono::milliseconds(300));
    kiosk.show();
    tap(kiosk, QStringLiteral("One %1 more").arg(kiosk.kioskProducts().at(0).name));
    tap(kiosk, QStringLiteral("Continue to payment"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Confirm);
    // Touches keep it where it is...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::mouseClick(&kiosk, Qt::LeftButton, {}, QPoint(600, 400));
    }
    QCOMPARE(kiosk.page(), KioskWindow::Page::Confirm);
    // ...and left alone it forgets the visitor.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.page(), KioskWindow::Page::Choose, 3000);
    QVERIFY(kiosk.cart().isEmpty());
    QCOMPARE(f.ledger().lastSeq(), 1); // nothing sold
}

void TestKioskWindow::refusesToCloseWithoutThePin()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.setSupervisorCheck(f.supervisorCheck());
    kiosk.show();
    QApplication::setActiveWindow(&kiosk);
    QVERIFY(QTest::qWaitForWindowActive(&kiosk));

    QVERIFY(!kiosk.close());
    QVERIFY(kiosk.isVisible());
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    QTest::keyClick(&kiosk, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(&kiosk, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(kiosk.isVisible());
    QCOMPARE(kiosk.page(), KioskWindow::Page::Choose);

    // The hidden corner asks for the PIN; a wrong one keeps the kiosk shut.
    tap(kiosk, QStringLiteral("Supervisor"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::SupervisorPin);
    for (const char* digit : { "1", "2", "3", "4" }) {
        tap(kiosk, QLatin1String(digit));
    }
    tap(kiosk, QStringLiteral("Confirm the PIN"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::SupervisorPin);
    QCOMPARE(kiosk.statusText(), QStringLiteral("Wrong PIN."));
    QVERIFY(kiosk.isVisible());

    for (const QChar digit : officetest::kPin) {
        tap(kiosk, QString(digit));
    }
    tap(kiosk, QStringLiteral("Confirm the PIN"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Supervisor);
    tap(kiosk, QStringLiteral("Close the sales session"));
    QVERIFY(!f.office().openSession());
    QVERIFY(kiosk.statusText().contains(QStringLiteral("Z report printed")));
    tap(kiosk, QStringLiteral("Leave the kiosk"));
    QVERIFY(!kiosk.isVisible());
}

void TestKioskWindow::choosesTheTimeOfEntryByTouch()
{
    // 20 places per slot, 2 of them for the kiosk.
    officetest::OfficeFixture f(core::SalesChannel::Kiosk, false, 2, officetest::morningHours);
    f.office().setSlotPolicy(officetest::hourlySlots());
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.setClock([&f] { return f.now; });
    kiosk.resetToStart();
    kiosk.show();
    const QString full = kiosk.kioskProducts().at(0).name;
    tap(kiosk, QStringLiteral("One %1 more").arg(full));
    tap(kiosk, QStringLiteral("Continue to payment"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Confirm);
    QCOMPARE(kiosk.selectedSlot(), 10 * 60); // the next with room, preselected
    QPushButton* eleven = buttonNamed(kiosk, QStringLiteral("Entry at 11:00-12:00"));
    QVERIFY(eleven);
    QVERIFY(eleven->width() >= 96 && eleven->height() >= 96);
    QPushButton* nine = buttonNamed(kiosk, QStringLiteral("Entry at 09:00-10:00, over"));
    QVERIFY(nine && !nine->isEnabled());
    tap(kiosk, QStringLiteral("Entry at 11:00-12:00"));
    QCOMPARE(kiosk.selectedSlot(), 11 * 60);
    const QPixmap shot = kiosk.grab();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(shot.save(dir + QStringLiteral("/kiosk-slots.png")));
    }
    // Meanwhile the kiosk's two places at 11:00 go (a sale on another screen of the
    // same channel): the payment is not taken, the visitor chooses again.
    f.sell(0, 2, core::PaymentMethod::Card, 11 * 60);
    tap(kiosk, QStringLiteral("Pay by card"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Confirm);
    QVERIFY2(kiosk.findChild<QLabel*>(QStringLiteral("kioskSlotNote"))->text().contains(QStringLiteral("filled up")),
             qPrintable(kiosk.findChild<QLabel*>(QStringLiteral("kioskSlotNote"))->text()));
    QCOMPARE(kiosk.selectedSlot(), 10 * 60); // the next with room, preselected again
    QVERIFY(!buttonNamed(kiosk, QStringLiteral("Entry at 11:00-12:00, full"))->isEnabled());
    tap(kiosk, QStringLiteral("Entry at 12:00-13:00"));
    tap(kiosk, QStringLiteral("Pay by card"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Done);
    QCOMPARE(f.office().receipt(kiosk.lastReceipt()->receiptNumber)->slot, 12 * 60);
    QVERIFY(officetest::pdfText(f.printer.lastFile()).contains(QStringLiteral("Entry 12:00-13:00")));

    // Three visitors: no slot has the kiosk's room for them; the kiosk says so and takes no payment.
    kiosk.resetToStart();
    for (int i = 0; i < 3; ++i) {
        tap(kiosk, QStringLiteral("One %1 more").arg(full));
    }
    tap(kiosk, QStringLiteral("Continue to payment"));
    QCOMPARE(kiosk.selectedSlot(), -1);
    QVERIFY(!buttonNamed(kiosk, QStringLiteral("Pay by card"))->isEnabled());
    const QString note = kiosk.findChild<QLabel*>(QStringLiteral("kioskSlotNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("no entry time today has room for 3")), qPrintable(note));
}

void TestKioskWindow::freeDaySellsTheFreeAdmission()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk);
    f.now = officetest::saleDayAt(10, 0, officetest::kFreeSunday);
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.setClock([&f] { return f.now; });
    kiosk.resetToStart();
    kiosk.show();
    QCOMPARE(kiosk.kioskProducts().size(), 1);
    QCOMPARE(kiosk.kioskProducts().first().freeReason, core::FreeReason::FirstSunday);
    QVERIFY(!buttonNamed(kiosk, QStringLiteral("One %1 more").arg(f.products.at(0).name)));
    tap(kiosk, QStringLiteral("One %1 more").arg(kiosk.kioskProducts().first().name));
    tap(kiosk, QStringLiteral("Continue to payment"));
    tap(kiosk, QStringLiteral("Pay by card"));
    QCOMPARE(kiosk.page(), KioskWindow::Page::Done);
    const auto receipt = f.office().receipt(kiosk.lastReceipt()->receiptNumber);
    QCOMPARE(receipt->total, core::Money());
    QCOMPARE(receipt->lines.first().product.code, QStringLiteral("GRDOM"));
}

void TestKioskWindow::nominativeSitesSellAtTheCounter()
{
    officetest::OfficeFixture f(core::SalesChannel::Kiosk, false, 2, officetest::nominative);
    f.office().openSession(core::Money(), f.now - 60);
    KioskWindow kiosk(f.office(), f.printer);
    kiosk.show();
    QCOMPARE(kiosk.page(), KioskWindow::Page::OutOfService);
    QVERIFY2(kiosk.statusText().contains(QStringLiteral("visitor's name")), qPrintable(kiosk.statusText()));
}

QTEST_MAIN(TestKioskWindow)
#include "testkioskwindow.moc"
