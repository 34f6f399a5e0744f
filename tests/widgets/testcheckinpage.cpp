// The entrance screen: every outcome a scanner can meet, each shown its own way.
#include "officefixture.h"

#include "widgets/office/checkinpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QTest>

using Outcome = core::CheckInResult::Outcome;
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

QTEST_MAIN(TestCheckInPage)
#include "testcheckinpage.moc"
