// The cash drawer: float, X report, blind count, Z report with the discrepancy, printed.
#include "officefixture.h"

#include "widgets/office/cashsessionpage.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using widgets::CashSessionPage;

class TestCashSessionPage : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTheFloat();
    void xReportShowsTheSessionSoFar();
    void blindCountThenZWithTheDiscrepancy();
};

namespace {
QStringList visibleTexts(QWidget& page)
{
    QStringList texts;
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            texts << label->text();
        }
    }
    return texts;
}
} // namespace

void TestCashSessionPage::opensWithTheFloat()
{
    officetest::OfficeFixture f;
    CashSessionPage page(f.office(), f.printer);
    page.setClock([&f] { return f.now; });
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QCOMPARE(page.state(), CashSessionPage::State::NoSession);
    QWidget* input = QApplication::focusWidget();
    QCOMPARE(input, page.findChild<QLineEdit*>(QStringLiteral("openingFloat")));
    QTest::keyClicks(input, QStringLiteral("150"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(page.state(), CashSessionPage::State::Open);
    const auto session = f.office().openSession();
    QVERIFY(session);
    QCOMPARE(session->number, 1);
    QCOMPARE(session->openingFloat, core::Money::fromCents(15000));
    QCOMPARE(session->clerk, QStringLiteral("clerk-7"));
    QVERIFY(page.reportText().startsWith(QStringLiteral("Session 1 open since 11/06/2025 10:00 (clerk-7)")));
}

void TestCashSessionPage::xReportShowsTheSessionSoFar()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money::fromCents(10000), f.now - 600);
    f.sell(0, 2);
    f.sell(0, 1, core::PaymentMethod::Card);
    CashSessionPage page(f.office(), f.printer);
    page.show();
    QCOMPARE(page.state(), CashSessionPage::State::Open);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("xReportButton")), Qt::LeftButton);
    const QString text = page.reportText();
    const QLocale locale;
    QVERIFY2(text.contains(QStringLiteral("X report (preview) – session 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nSales\n2\nTickets\n3\n")), qPrintable(text));
    QVERIFY(text.contains((f.products.at(0).price * 3).toString(locale)));
    // The preview never shows what the drawer should hold: the count stays blind.
    QVERIFY(!text.contains(QStringLiteral("Expected")));
    QCOMPARE(f.ledger().lastSeq(), 3); // an X report writes nothing
}

void TestCashSessionPage::blindCountThenZWithTheDiscrepancy()
{
    officetest::OfficeFixture f;
    f.office().openSession(core::Money::fromCents(10000), f.now - 600);
    f.sell(0, 2);
    f.sell(0, 1, core::PaymentMethod::Card);
    const core::Money expected = core::Money::fromCents(10000) + f.products.at(0).price * 2;
    CashSessionPage page(f.office(), f.printer);
    page.setClock([&f] { return f.now + 8 * 3600; });
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));

    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("closeSessionButton")), Qt::LeftButton);
    QCOMPARE(page.state(), CashSessionPage::State::Counting);
    for (const QString& text : visibleTexts(page)) {
        QVERIFY2(!text.contains(expected.toString(QLocale())), qPrintable(text));
    }
    QWidget* count = QApplication::focusWidget();
    QCOMPARE(count, page.findChild<QLineEdit*>(QStringLiteral("countedCash")));
    // One euro short.
    const core::Money counted = expected - core::Money::fromCents(100);
    QTest::keyClicks(count, QString::number(counted.cents() / 100));
    QTest::keyClick(count, Qt::Key_Return);
    QCOMPARE(page.state(), CashSessionPage::State::Closed);
    QVERIFY2(page.lastZReport().has_value(), qPrintable(page.message()));
    QCOMPARE(page.lastZReport()->expectedCash, expected);
    QCOMPARE(page.lastZReport()->countedCash, counted);
    QCOMPARE(page.lastZReport()->discrepancy, core::Money::fromCents(-100));
    QVERIFY(!f.office().openSession());
    const QString discrepancy = page.findChild<QLabel*>(QStringLiteral("discrepancy"))->text();
    QCOMPARE(discrepancy,
             QStringLiteral("Short by %1 (expected %2, counted %3)")
                 .arg(core::Money::fromCents(100).toString(QLocale()), expected.toString(QLocale()),
                      counted.toString(QLocale())));
    // The Z report, printed.
    const QString pdf = f.printer.lastFile();
    QCOMPARE(QFileInfo(pdf).fileName(), QStringLiteral("z-report-1.pdf"));
    QVERIFY(officetest::pdfPages(pdf) >= 1);
    const QString text = officetest::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Z report")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Discrepancy")), qPrintable(text));
    QVERIFY(text.contains(expected.toString(QLocale())));
    // And it can be rebuilt from the ledger.
    QCOMPARE(f.office().zReport(1)->discrepancy, core::Money::fromCents(-100));
}

QTEST_MAIN(TestCashSessionPage)
#include "testcashsessionpage.moc"
