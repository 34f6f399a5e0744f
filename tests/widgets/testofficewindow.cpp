// The clerk's window: F5/F6/F7, the hub's status, the clerk, the training banner;
// and, with CRUSCOTTO_SCREENSHOT_DIR set, screenshots of every screen to look at.
#include "officefixture.h"

#include "widgets/office/cashsessionpage.h"
#include "widgets/office/checkinpage.h"
#include "widgets/office/devicesetupdialog.h"
#include "widgets/office/kioskwindow.h"
#include "widgets/office/officewindow.h"
#include "widgets/office/salepage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using widgets::OfficeWindow;

class TestOfficeWindow : public QObject
{
    Q_OBJECT

private slots:
    void functionKeysSwitchScreens();
    void statusLineSaysOnlineOrOffline();
    void trainingLedgerShowsTheBanner();
    void everyControlHasAnAccessibleName();
    void deviceSetupAsksForSiteNameAndPin();
    void screenshots();
};

namespace {
void snap(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QTest::qWait(50); // let the layouts settle after the last change
        QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}
} // namespace

void TestOfficeWindow::functionKeysSwitchScreens()
{
    officetest::OfficeFixture f;
    OfficeWindow window(f.office(), f.printer);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentScreen(), OfficeWindow::Screen::Sale);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(window.currentScreen(), OfficeWindow::Screen::CheckIn);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scanInput"));
    // F9: today's group bookings on the check-in screen; F9 again, back to the scan field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QCOMPARE(window.currentScreen(), OfficeWindow::Screen::CheckIn);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("bookingsList"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scanInput"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
    QCOMPARE(window.currentScreen(), OfficeWindow::Screen::Cash);
    // Open the session from the cash screen, then sell from the sale screen.
    QWidget* floatEdit = QApplication::focusWidget();
    QCOMPARE(floatEdit->objectName(), QStringLiteral("openingFloat"));
    QTest::keyClicks(floatEdit, QStringLiteral("100"));
    QTest::keyClick(floatEdit, Qt::Key_Return);
    QCOMPARE(window.cashPage()->state(), widgets::CashSessionPage::State::Open);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QCOMPARE(window.currentScreen(), OfficeWindow::Screen::Sale);
    QVERIFY(!window.salePage()->findChild<QLabel*>(QStringLiteral("sessionBanner"))->isVisible());
    for (Qt::Key key : { Qt::Key_1, Qt::Key_Return, Qt::Key_Return }) {
        QTest::keyClick(QApplication::focusWidget(), key);
    }
    QCOMPARE(window.salePage()->step(), widgets::SalePage::Step::Done);
    QCOMPARE(f.office().xReport().totals.sales, 1);
}

void TestOfficeWindow::statusLineSaysOnlineOrOffline()
{
    officetest::OfficeFixture f;
    OfficeWindow window(f.office(), f.printer);
    QVERIFY(window.connectionText().contains(QStringLiteral("Offline")));
    window.setHubOnline(true);
    QVERIFY(window.connectionText().contains(QStringLiteral("Online")));
    window.setHubOnline(false);
    QVERIFY(window.connectionText().contains(QStringLiteral("Offline")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("clerkStatus"))->text(), QStringLiteral("Clerk: clerk-7"));
    QVERIFY(!window.isTrainingBannerShown());
}

void TestOfficeWindow::trainingLedgerShowsTheBanner()
{
    officetest::OfficeFixture f(core::SalesChannel::Counter, true);
    QVERIFY(f.office().isTraining());
    OfficeWindow window(f.office(), f.printer);
    QVERIFY(window.isTrainingBannerShown());
}

void TestOfficeWindow::everyControlHasAnAccessibleName()
{
    officetest::OfficeFixture f;
    OfficeWindow window(f.office(), f.printer);
    widgets::KioskWindow kiosk(f.office(), f.printer);
    for (QWidget* top : { static_cast<QWidget*>(&window), static_cast<QWidget*>(&kiosk) }) {
        for (QWidget* w : top->findChildren<QWidget*>()) {
            if (qobject_cast<QPushButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QTreeWidget*>(w)) {
                QVERIFY2(
                    !w->accessibleName().isEmpty(),
                    qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
            }
        }
    }
}

void TestOfficeWindow::deviceSetupAsksForSiteNameAndPin()
{
    officetest::OfficeFixture f;
    widgets::DeviceSetupDialog dialog(f.sites_);
    QCOMPARE(dialog.siteCode(), f.sites_.first().code);
    QCOMPARE(dialog.deviceName(), QStringLiteral("Cassa 1"));
    QCOMPARE(dialog.problem(), QStringLiteral("The PIN needs at least 4 digits."));
    dialog.findChild<QLineEdit*>(QStringLiteral("supervisorPin"))->setText(QStringLiteral("2468"));
    dialog.findChild<QLineEdit*>(QStringLiteral("supervisorPinAgain"))->setText(QStringLiteral("2469"));
    QCOMPARE(dialog.problem(), QStringLiteral("The two PINs differ."));
    dialog.findChild<QLineEdit*>(QStringLiteral("supervisorPinAgain"))->setText(QStringLiteral("2468"));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.supervisorPin(), QStringLiteral("2468"));
}

void TestOfficeWindow::screenshots()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money::fromCents(10000), f.now - 3600);
    OfficeWindow window(f.office(), f.printer);
    window.setClock([&f] { return f.now; });
    window.setHubOnline(true);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (Qt::Key key : { Qt::Key_1, Qt::Key_1, Qt::Key_3, Qt::Key_2 }) {
        QTest::keyClick(QApplication::focusWidget(), key);
    }
    snap(window, QStringLiteral("office-1-cart"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    snap(window, QStringLiteral("office-2-check"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
    snap(window, QStringLiteral("office-3-payment"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window.salePage()->step(), widgets::SalePage::Step::Done);
    snap(window, QStringLiteral("office-4-done"));
    const core::SaleReceipt sale = *window.salePage()->lastReceipt();
    window.showScreen(OfficeWindow::Screen::CheckIn);
    window.checkInPage()->scan(sale.tickets.first().text);
    snap(window, QStringLiteral("office-5-checkin-valid"));
    window.checkInPage()->scan(sale.tickets.first().text);
    snap(window, QStringLiteral("office-6-checkin-used"));
    window.showScreen(OfficeWindow::Screen::Cash);
    window.cashPage()->showXReport();
    snap(window, QStringLiteral("office-7-cash-x"));
    window.cashPage()->startClosing();
    snap(window, QStringLiteral("office-8-cash-count"));
    window.findChild<QLineEdit*>(QStringLiteral("countedCash"))->setText(QStringLiteral("120"));
    window.cashPage()->closeWithCount();
    snap(window, QStringLiteral("office-9-cash-z"));

    f.office().openSession(core::Money(), f.now);
    widgets::KioskWindow kiosk(f.office(), f.printer);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.addProduct(0);
    kiosk.addProduct(2);
    snap(kiosk, QStringLiteral("kiosk-1-choose"));
    kiosk.toConfirm();
    snap(kiosk, QStringLiteral("kiosk-2-confirm"));
    kiosk.askSupervisor();
    snap(kiosk, QStringLiteral("kiosk-3-pin"));
}

QTEST_MAIN(TestOfficeWindow)
#include "testofficewindow.moc"
