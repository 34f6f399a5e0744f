// Voids and refunds from the counter: a reason always, a supervisor's PIN above the limit.
#include "officefixture.h"

#include "widgets/office/salecorrectiondialog.h"
#include "widgets/office/salepage.h"

#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using widgets::SaleCorrectionDialog;

class TestSaleCorrectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void voidNeedsAReason();
    void refundAboveTheLimitNeedsTheSupervisor();
    void f8OpensTheDialogFromTheSaleScreen();
};

namespace {
void setText(SaleCorrectionDialog& dialog, const char* name, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY(edit);
    edit->setText(text);
}
void click(SaleCorrectionDialog& dialog, const char* name)
{
    auto* button = dialog.findChild<QPushButton*>(QLatin1String(name));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

void TestSaleCorrectionDialog::voidNeedsAReason()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money::fromCents(5000), f.now - 600);
    const core::SaleReceipt first = f.sell(0, 1);
    const core::SaleReceipt second = f.sell(0, 2, core::PaymentMethod::Card);
    SaleCorrectionDialog dialog(f.office(), [&f] { return f.now + 60; });
    dialog.show();
    QVERIFY(dialog.selectReceipt(first.receiptNumber));
    QVERIFY(!dialog.needsSupervisor());

    click(dialog, "voidButton");
    QCOMPARE(dialog.message(), QStringLiteral("Give the reason first."));
    QVERIFY(!f.office().receipt(first.receiptNumber)->voided);

    setText(dialog, "reason", QStringLiteral("wrong ticket"));
    click(dialog, "voidButton");
    QCOMPARE(dialog.message(),
             QStringLiteral("Sale no. %1 voided: its tickets are no longer valid.").arg(first.receiptNumber));
    QVERIFY(f.office().receipt(first.receiptNumber)->voided);
    QVERIFY(!f.office().receipt(second.receiptNumber)->voided);
    const core::OfficeTotals totals = f.office().xReport().totals;
    QCOMPARE(totals.voids, 1);
    QCOMPARE(totals.voided, f.products.at(0).price);
    QCOMPARE(totals.cashIn, core::Money());
    // The list says so, and a second void is not offered.
    QVERIFY(dialog.selectReceipt(first.receiptNumber));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("voidButton"))->isEnabled());
    QVERIFY(f.ledger().verify().ok);
}

void TestSaleCorrectionDialog::refundAboveTheLimitNeedsTheSupervisor()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money::fromCents(5000), f.now - 600);
    const core::Money price = f.products.at(0).price;
    f.office().setSupervisorLimit(price); // one ticket is fine, two need a supervisor
    const core::SaleReceipt sale = f.sell(0, 3);
    SaleCorrectionDialog dialog(f.office(), [&f] { return f.now + 60; });
    dialog.show();
    QVERIFY(dialog.selectReceipt(sale.receiptNumber));
    QVERIFY(dialog.needsSupervisor()); // voiding the whole sale would need one
    const QStringList two = { sale.tickets.at(0).code.key(), sale.tickets.at(1).code.key() };
    dialog.setTicketsToRefund(two);
    setText(dialog, "reason", QStringLiteral("visitors left early"));

    click(dialog, "refundButton");
    QVERIFY2(dialog.message().contains(QStringLiteral("supervisor")), qPrintable(dialog.message()));
    setText(dialog, "supervisorName", QStringLiteral("Rossi"));
    setText(dialog, "supervisorPin", QStringLiteral("1111"));
    click(dialog, "refundButton");
    QVERIFY2(dialog.message().contains(QStringLiteral("PIN")), qPrintable(dialog.message()));
    QCOMPARE(f.office().receipt(sale.receiptNumber)->refunded, core::Money());

    setText(dialog, "supervisorPin", officetest::kPin);
    click(dialog, "refundButton");
    QVERIFY2(dialog.message().contains(QStringLiteral("refunded")), qPrintable(dialog.message()));
    const auto after = f.office().receipt(sale.receiptNumber);
    QCOMPARE(after->refunded, price * 2);
    QVERIFY(!after->voided);
    const core::OfficeTotals totals = f.office().xReport().totals;
    QCOMPARE(totals.refunds, 1);
    QCOMPARE(totals.refunded, price * 2);
    QCOMPARE(totals.cashIn, price); // three paid in cash, two given back
    // The refunded tickets no longer open the door; the third does.
    QCOMPARE(f.office().checkIn(sale.tickets.at(0).text, core::ScanDirection::In, f.now + 120).outcome,
             core::CheckInResult::Outcome::Revoked);
    QCOMPARE(f.office().checkIn(sale.tickets.at(2).text, core::ScanDirection::In, f.now + 120).outcome,
             core::CheckInResult::Outcome::Valid);
}

void TestSaleCorrectionDialog::f8OpensTheDialogFromTheSaleScreen()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money(), f.now - 600);
    f.sell(0, 1);
    widgets::SalePage page(f.office(), f.printer);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    auto* dialog = page.findChild<SaleCorrectionDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->selectedReceipt()->receiptNumber, 1);
    dialog->reject();
}

QTEST_MAIN(TestSaleCorrectionDialog)
#include "testsalecorrectiondialog.moc"
