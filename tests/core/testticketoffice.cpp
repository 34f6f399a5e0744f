// The ticket office's domain logic on a real ledger file, with real Ed25519 keys.
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#include <memory>

using namespace core;

namespace {

Site testSite(std::int64_t id = 7, const QString& code = QStringLiteral("BAS-MUS-01"))
{
    Site site;
    site.id = id;
    site.code = code;
    site.name = QStringLiteral("Museo di prova");
    site.capacity = 200;
    return site;
}

QList<TicketProduct> testProducts(std::int64_t siteId = 7)
{
    const auto product = [&](std::int64_t id, const char* code, const char* name, TicketCategory category,
                             FreeReason reason, std::int64_t cents) {
        TicketProduct p;
        p.id = id;
        p.siteId = siteId;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromLatin1(name);
        p.category = category;
        p.freeReason = reason;
        p.price = Money::fromCents(cents);
        return p;
    };
    TicketProduct tour = product(4, "VISGUI", "Visita guidata", TicketCategory::Full, FreeReason::None, 500);
    tour.kind = ProductKind::Addon;
    TicketProduct sunday = product(5, "GRDOM", "Domenica al museo", TicketCategory::Free, FreeReason::FirstSunday, 0);
    return { product(1, "INT", "Intero", TicketCategory::Full, FreeReason::None, 1000),
             product(2, "RID", "Ridotto", TicketCategory::Reduced, FreeReason::None, 200),
             product(3, "GRU18", "Under 18", TicketCategory::Free, FreeReason::Under18, 0), tour, sunday };
}

// 2025-03-12 10:30 in Rome (a Wednesday).
const std::int64_t kMorning = RomeTime::utcOf(QDate(2025, 3, 12), 10) + 1800;

struct Counter
{
    QTemporaryDir dir;
    std::optional<Ledger> ledger;
    cruscotto::sync::Ed25519KeyPair keys;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> signer;
    cruscotto::sync::Ed25519Keyring keyring;
    std::unique_ptr<TicketOffice> office;
    DeviceIdentity identity;

    explicit Counter(bool training = false)
    {
        ledger.emplace(Ledger::open(Ledger::pathIn(dir.path(), training), training));
        keys = cruscotto::sync::generateEd25519KeyPair();
        identity = DeviceIdentity{ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                                   QStringLiteral("Cassa 1"), kMorning - 86400, keys.privateKey, keys.publicKey };
        ledger->provision(identity);
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        keyring.add(TicketCode::deviceShortIdOf(identity.deviceId), keys.publicKey);
        office = std::make_unique<TicketOffice>(*ledger, testSite(), testProducts(), *signer, keyring);
        office->setClerk(QStringLiteral("clerk-7"));
        office->setSupervisorCheck([](const QString& name, const QString& pin) {
            return name == QLatin1String("Anna") && pin == QLatin1String("2468");
        });
    }
    TicketProduct product(const char* code) const { return *office->productByCode(QString::fromLatin1(code)); }
    SaleReceipt sellCash(const char* code, int quantity, std::int64_t at = kMorning)
    {
        Cart cart;
        cart.add(product(code), quantity);
        if (needsCheck(product(code))) {
            cart.setIdChecked(0, true);
        }
        QList<Payment> payments;
        if (cart.total() > Money()) {
            payments.append(Payment{ PaymentMethod::Cash, cart.total(), cart.total() });
        }
        return office->sell(cart, payments, at);
    }
};

} // namespace

class TestTicketOffice : public QObject
{
    Q_OBJECT

private slots:
    void ledgerIsAppendOnlyAndChained();
    void editedRowIsDetected();
    void trainingLedgerIsSeparate();
    void sellNeedsSessionAndChecks();
    void saleWithChangeAndSplit();
    void receiptNumbersAreGapFree();
    void voidNeedsReasonAndSupervisor();
    void refundSomeTickets();
    void checkInEveryOutcome();
    void sessionXAndZ();
    void dayTotalsNetOfVoidsAndRefunds();
    void ticketCodeRoundTrip();
    void freeDaysAddonsAndNominative();
    void slotsOnlineAndOffline();
    void slotAndCombinedCheckIn();
};

void TestTicketOffice::ledgerIsAppendOnlyAndChained()
{
    Counter c;
    c.office->openSession(Money::fromCents(10000), kMorning);
    c.sellCash("INT", 2);
    QCOMPARE(c.ledger->lastSeq(), 2);
    const auto check = c.ledger->verify();
    QVERIFY2(check.ok, qPrintable(check.problem));
    QCOMPARE(check.records, 2);
    // The triggers refuse edits and deletions through SQL.
    QVERIFY_THROWS_EXCEPTION(DatabaseError, c.ledger->database().exec("UPDATE records SET clerk = 'x' WHERE seq = 2"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, c.ledger->database().exec("DELETE FROM records WHERE seq = 2"));
    QVERIFY_THROWS_EXCEPTION(DatabaseError,
                             c.ledger->database().exec("INSERT INTO records VALUES (9,'sale',0,'',"
                                                       "'{}',zeroblob(32),zeroblob(32))"));
    const auto record = c.ledger->record(2);
    QCOMPARE(record->prevHash, c.ledger->record(1)->hash);
    QCOMPARE(record->hash, Ledger::computeHash(c.identity.deviceId, 2, QStringLiteral("sale"), kMorning,
                                               QStringLiteral("clerk-7"), record->payload, record->prevHash));
}

void TestTicketOffice::editedRowIsDetected()
{
    Counter c;
    c.office->openSession(Money::fromCents(0), kMorning);
    for (int i = 0; i < 5; ++i) {
        c.sellCash("INT", 1, kMorning + i);
    }
    const QString path = c.ledger->path();
    c.ledger.reset();
    // Someone with a SQLite shell drops the triggers and lowers a sale's total.
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "DROP TRIGGER records_append_only;"
                              "UPDATE records SET payload = replace(payload, '\"total_cents\":1000', "
                              "'\"total_cents\":100') WHERE seq = 4;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_changes(raw), 1);
        sqlite3_close(raw);
    }
    Ledger reopened = Ledger::open(path);
    const auto check = reopened.verify();
    QVERIFY(!check.ok);
    QCOMPARE(check.firstBadSeq, 4);
    QVERIFY(check.problem.contains(QLatin1String("changed")));
}

void TestTicketOffice::trainingLedgerIsSeparate()
{
    Counter training(true);
    QVERIFY(training.office->isTraining());
    QVERIFY(training.ledger->path().endsWith(QLatin1String("ledger-training.sqlite")));
    const QString path = training.ledger->path();
    training.ledger.reset();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Ledger::open(path, false));
}

void TestTicketOffice::sellNeedsSessionAndChecks()
{
    Counter c;
    Cart cart;
    cart.add(c.product("INT"));
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->sell(cart, { { PaymentMethod::Cash, Money::fromCents(1000), Money::fromCents(1000) } }, kMorning));
    QCOMPARE(c.ledger->lastSeq(), 0);
    c.office->openSession(Money::fromCents(5000), kMorning);
    cart.add(c.product("RID"));
    const QList<Payment> exact{ { PaymentMethod::Cash, Money::fromCents(1200), Money::fromCents(1200) } };
    try {
        c.office->sell(cart, exact, kMorning);
        QFAIL("a reduced ticket sold without the document check");
    } catch (const OfficeError& e) {
        QVERIFY(e.message().contains(QLatin1String("18 to 25")));
    }
    cart.setIdChecked(1, true);
    QVERIFY_THROWS_EXCEPTION(OfficeError,
                             c.office->sell(cart, { { PaymentMethod::Cash, Money::fromCents(1200), Money::fromCents(1100) } }, kMorning));
    QVERIFY_THROWS_EXCEPTION(OfficeError,
                             c.office->sell(cart, { { PaymentMethod::Card, Money::fromCents(1000), {} } }, kMorning));
    QCOMPARE(c.ledger->lastSeq(), 1); // only the session
    const SaleReceipt receipt = c.office->sell(cart, exact, kMorning);
    QCOMPARE(receipt.receiptNumber, 1);
    const QJsonObject payload = c.ledger->record(receipt.seq)->payloadObject();
    QCOMPARE(payload.value(QStringLiteral("lines")).toArray().at(1).toObject().value(QStringLiteral("id_checked")).toBool(), true);
}

void TestTicketOffice::saleWithChangeAndSplit()
{
    Counter c;
    c.office->openSession(Money::fromCents(5000), kMorning);
    Cart cart;
    cart.add(c.product("INT"), 2);
    cart.add(c.product("GRU18"), 2);
    cart.setIdChecked(1, true);
    const SaleReceipt cash = c.office->sell(cart, { { PaymentMethod::Cash, Money::fromCents(2000), Money::fromCents(5000) } }, kMorning);
    QCOMPARE(cash.change, Money::fromCents(3000));
    QCOMPARE(cash.tickets.size(), 4);
    QCOMPARE(cash.total, Money::fromCents(2000));
    const SaleReceipt split = c.office->sell(
        cart,
        { { PaymentMethod::Cash, Money::fromCents(500), Money::fromCents(500) }, { PaymentMethod::Card, Money::fromCents(1500), {} } },
        kMorning + 60);
    QCOMPARE(split.change, Money());
    const auto again = c.office->receipt(split.receiptNumber);
    QVERIFY(again);
    QCOMPARE(again->payments.size(), 2);
    QCOMPARE(again->tickets.at(3).text, split.tickets.at(3).text); // a reprint carries the same codes
    const SessionReport x = c.office->xReport();
    QCOMPARE(x.totals.cashIn, Money::fromCents(2500));
    QCOMPARE(x.totals.cardIn, Money::fromCents(1500));
    QCOMPARE(x.expectedCash, Money::fromCents(7500));
}

void TestTicketOffice::receiptNumbersAreGapFree()
{
    Counter c;
    c.office->openSession(Money(), kMorning);
    QList<std::int64_t> numbers;
    for (int i = 0; i < 10; ++i) {
        numbers.append(c.sellCash("INT", 1, kMorning + i).receiptNumber);
        if (i == 4) {
            c.office->checkIn(QStringLiteral("garbage"), ScanDirection::In, kMorning + i); // other records between
            Cart empty;
            QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->sell(empty, {}, kMorning));
        }
    }
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(numbers[i], i + 1);
    }
}

void TestTicketOffice::voidNeedsReasonAndSupervisor()
{
    Counter c;
    c.office->openSession(Money::fromCents(10000), kMorning);
    const SaleReceipt small = c.sellCash("INT", 2);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->voidSale(small.receiptNumber, QStringLiteral("  "), std::nullopt, kMorning));
    c.office->voidSale(small.receiptNumber, QStringLiteral("wrong product"), std::nullopt, kMorning + 5);
    QVERIFY(c.office->receipt(small.receiptNumber)->voided);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->voidSale(small.receiptNumber, QStringLiteral("again"), std::nullopt, kMorning));
    const SaleReceipt big = c.sellCash("INT", 8); // 80 EUR: above the 50 EUR limit
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->voidSale(big.receiptNumber, QStringLiteral("group left"), std::nullopt, kMorning));
    QVERIFY_THROWS_EXCEPTION(OfficeError,
                             c.office->voidSale(big.receiptNumber, QStringLiteral("group left"),
                                                TicketOffice::Approval{ QStringLiteral("Anna"), QStringLiteral("0000") }, kMorning));
    const auto seq = c.office->voidSale(big.receiptNumber, QStringLiteral("group left"),
                                        TicketOffice::Approval{ QStringLiteral("Anna"), QStringLiteral("2468") }, kMorning + 9);
    QCOMPARE(c.ledger->record(seq)->payloadObject().value(QStringLiteral("supervisor")).toString(), QStringLiteral("Anna"));
    // Its tickets are revoked.
    const CheckInResult scan = c.office->checkIn(big.tickets.first().text, ScanDirection::In, kMorning + 20);
    QCOMPARE(scan.outcome, CheckInResult::Outcome::Revoked);
    const SessionReport x = c.office->xReport();
    QCOMPARE(x.totals.net, Money());
    QCOMPARE(x.expectedCash, Money::fromCents(10000));
}

void TestTicketOffice::refundSomeTickets()
{
    Counter c;
    c.office->openSession(Money::fromCents(0), kMorning);
    const SaleReceipt sale = c.sellCash("INT", 3);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->refund(sale.receiptNumber, { QStringLiteral("NOPE") }, PaymentMethod::Cash,
                                                           QStringLiteral("ill"), std::nullopt, kMorning));
    QCOMPARE(c.office->checkIn(sale.tickets.at(0).text, ScanDirection::In, kMorning + 10).outcome,
             CheckInResult::Outcome::Valid);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->refund(sale.receiptNumber, { sale.tickets.at(0).code.key() },
                                                           PaymentMethod::Cash, QStringLiteral("ill"), std::nullopt, kMorning));
    c.office->refund(sale.receiptNumber, { sale.tickets.at(1).code.key(), sale.tickets.at(2).code.key().toLower() },
                     PaymentMethod::Cash, QStringLiteral("rain"), std::nullopt, kMorning + 30);
    QCOMPARE(c.office->receipt(sale.receiptNumber)->refunded, Money::fromCents(2000));
    QCOMPARE(c.office->checkIn(sale.tickets.at(2).text, ScanDirection::In, kMorning + 40).outcome,
             CheckInResult::Outcome::Revoked);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->voidSale(sale.receiptNumber, QStringLiteral("x"), std::nullopt, kMorning));
    const SessionReport x = c.office->xReport();
    QCOMPARE(x.totals.net, Money::fromCents(1000));
    QCOMPARE(x.totals.cashIn, Money::fromCents(1000));
    QCOMPARE(x.totals.tickets, 1);
}

void TestTicketOffice::checkInEveryOutcome()
{
    Counter c;
    c.office->openSession(Money(), kMorning);
    const SaleReceipt sale = c.sellCash("INT", 2);
    using O = CheckInResult::Outcome;
    const auto first = c.office->checkIn(sale.tickets.at(0).text, ScanDirection::In, kMorning + 60);
    QCOMPARE(first.outcome, O::Valid);
    QCOMPARE(first.occupancy, 1);
    const auto again = c.office->checkIn(sale.tickets.at(0).text, ScanDirection::In, kMorning + 120);
    QCOMPARE(again.outcome, O::AlreadyUsed);
    QCOMPARE(again.firstUsedUtc, kMorning + 60);
    QCOMPARE(again.firstUsedSite, QStringLiteral("BAS-MUS-01"));
    QVERIFY(!again.firstUsedDevice.isEmpty());
    // Typed key, the next day.
    const auto tomorrow = c.office->checkIn(sale.tickets.at(1).code.key(), ScanDirection::In, kMorning + 86400);
    QCOMPARE(tomorrow.outcome, O::WrongDay);
    QCOMPARE(c.office->checkIn(QStringLiteral("0123456789ABCDEF-000001-01"), ScanDirection::In, kMorning).outcome, O::Unknown);
    QCOMPARE(c.office->checkIn(QStringLiteral("hello"), ScanDirection::In, kMorning).outcome, O::Invalid);
    // A forged code: one character of the signature changed.
    QString forged = sale.tickets.at(1).text;
    forged[forged.size() - 5] = forged[forged.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(c.office->checkIn(forged, ScanDirection::In, kMorning).outcome, O::Invalid);
    // Another site's ticket, signed by another device the keyring knows.
    Counter other;
    other.keyring.add(TicketCode::deviceShortIdOf(c.identity.deviceId), c.keys.publicKey);
    TicketCode elsewhere = sale.tickets.at(1).code;
    elsewhere.siteId = 99;
    elsewhere.deviceShortId = TicketCode::deviceShortIdOf(other.identity.deviceId);
    c.keyring.add(elsewhere.deviceShortId, other.keys.publicKey);
    QCOMPARE(c.office->checkIn(elsewhere.encode(*other.signer), ScanDirection::In, kMorning).outcome, O::WrongSite);
    // An unknown device's code.
    Counter stranger;
    TicketCode strange = sale.tickets.at(1).code;
    strange.deviceShortId = TicketCode::deviceShortIdOf(stranger.identity.deviceId);
    QCOMPARE(c.office->checkIn(strange.encode(*stranger.signer), ScanDirection::In, kMorning).outcome, O::Invalid);
    // Exit keeps occupancy.
    const auto out = c.office->checkIn(sale.tickets.at(0).text, ScanDirection::Out, kMorning + 3600);
    QCOMPARE(out.outcome, O::Valid);
    QCOMPARE(out.occupancy, 0);
    // Every scan, failed ones too, is in the ledger.
    QCOMPARE(c.ledger->database().scalar("SELECT COUNT(*) FROM records WHERE kind = 'scan'"), 9);
    QCOMPARE(c.ledger->database().scalar("SELECT COUNT(*) FROM records WHERE kind = 'scan' AND payload LIKE "
                                         "'%\"result\":\"invalid\"%'"),
             3);
}

void TestTicketOffice::sessionXAndZ()
{
    Counter c;
    QVERIFY(!c.office->openSession());
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->xReport());
    const CashSession s = c.office->openSession(Money::fromCents(15000), kMorning);
    QCOMPARE(s.number, 1);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->openSession(Money(), kMorning));
    c.sellCash("INT", 3);
    c.sellCash("RID", 1);
    c.sellCash("GRU18", 2);
    const SessionReport z = c.office->closeSession(Money::fromCents(18150), kMorning + 8 * 3600);
    QCOMPARE(z.expectedCash, Money::fromCents(18200));
    QCOMPARE(z.discrepancy, Money::fromCents(-50));
    QCOMPARE(z.totals.tickets, 6);
    QCOMPARE(z.totals.byCategory.size(), 3);
    QVERIFY(!c.office->openSession());
    const auto rebuilt = c.office->zReport(1);
    QVERIFY(rebuilt);
    QCOMPARE(rebuilt->discrepancy, Money::fromCents(-50));
    QCOMPARE(rebuilt->totals.gross, Money::fromCents(3200));
    Cart cart;
    cart.add(c.product("INT"));
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.office->sell(cart, { { PaymentMethod::Card, Money::fromCents(1000), {} } }, kMorning));
    QCOMPARE(c.office->openSession(Money(), kMorning + 86400).number, 2);
}

void TestTicketOffice::dayTotalsNetOfVoidsAndRefunds()
{
    Counter c;
    c.office->openSession(Money(), kMorning);
    c.sellCash("INT", 2);
    const SaleReceipt voided = c.sellCash("INT", 1, kMorning + 10);
    c.office->voidSale(voided.receiptNumber, QStringLiteral("mistake"), std::nullopt, kMorning + 20);
    const SaleReceipt partly = c.sellCash("RID", 2, kMorning + 30);
    c.office->refund(partly.receiptNumber, { partly.tickets.at(0).code.key() }, PaymentMethod::Cash, QStringLiteral("x"),
                     std::nullopt, kMorning + 40);
    c.sellCash("INT", 1, kMorning + 86400); // the next day
    const OfficeTotals day = TicketOffice::dayTotals(*c.ledger, QDate(2025, 3, 12));
    QCOMPARE(day.sales, 3);
    QCOMPARE(day.gross, Money::fromCents(3400));
    QCOMPARE(day.net, Money::fromCents(2200));
    QCOMPARE(day.tickets, 3);
    QCOMPARE(day.byProduct.size(), 2);
    QCOMPARE(day.byProduct.at(0).key, QStringLiteral("INT"));
    QCOMPARE(day.byProduct.at(0).tickets, 2);
    QCOMPARE(day.byProduct.at(1).amount, Money::fromCents(200));
    QCOMPARE(day.cashIn, Money::fromCents(2200));
}

void TestTicketOffice::ticketCodeRoundTrip()
{
    Counter c;
    TicketCode code;
    code.deviceShortId = TicketCode::deviceShortIdOf(c.identity.deviceId);
    code.saleSeq = 123456;
    code.index = 3;
    code.siteId = 250;
    code.validDay = QDate(2026, 11, 25);
    code.productId = 1999;
    code.slotMinutes = 10 * 60 + 30;
    const QString text = code.encode(*c.signer);
    QVERIFY(text.size() < 160);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]+$")).match(text).hasMatch());
    const auto decoded = TicketCode::decode(text.toLower(), c.keyring);
    QCOMPARE(decoded.check, TicketCode::Check::Valid);
    QCOMPARE(decoded.code.key(), code.key());
    QCOMPARE(decoded.code.validDay, code.validDay);
    QCOMPARE(decoded.code.productId, code.productId);
    QCOMPARE(decoded.code.slotMinutes, code.slotMinutes);
    QCOMPARE(decoded.code.siteId, code.siteId);
}

void TestTicketOffice::freeDaysAddonsAndNominative()
{
    Counter c;
    c.office->openSession(Money(), kMorning);
    // Sunday 2 March 2025 is the first Sunday of the month: admission is free.
    const std::int64_t firstSunday = RomeTime::utcOf(QDate(2025, 3, 2), 11);
    QVERIFY(c.office->isFreeDay(QDate(2025, 3, 2)));
    QVERIFY(!c.office->isFreeDay(QDate(2025, 3, 9)));
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.sellCash("INT", 1, firstSunday));
    QCOMPARE(c.sellCash("GRDOM", 2, firstSunday).tickets.size(), 2);
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.sellCash("GRDOM", 1, kMorning));
    // A day the director added.
    c.office->setFreeDays({ QDate(2025, 3, 12) });
    QVERIFY(c.office->isFreeDay(QDate(2025, 3, 12)));
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.sellCash("INT", 1, kMorning));
    c.office->setFreeDays({});
    // A guided tour goes with admissions, and lets nobody in by itself.
    QVERIFY_THROWS_EXCEPTION(OfficeError, c.sellCash("VISGUI", 1, kMorning));
    Cart withTour;
    withTour.add(c.product("INT"), 2);
    withTour.add(c.product("VISGUI"), 2);
    QCOMPARE(withTour.visitors(), 2);
    const auto toured = c.office->sell(withTour, { { PaymentMethod::Card, Money::fromCents(3000), {} } }, kMorning);
    QCOMPARE(toured.tickets.size(), 4);
    QCOMPARE(c.ledger->record(toured.seq)->payloadObject().value(QStringLiteral("lines")).toArray().at(1).toObject()
                 .value(QStringLiteral("kind")).toString(),
             QStringLiteral("addon"));
    // Nominative: one line per visitor with a name; the name stays on the device.
    Site nominative = testSite();
    nominative.nominativeTickets = true;
    TicketOffice named(*c.ledger, nominative, testProducts(), *c.signer, c.keyring);
    Cart two;
    two.add(c.product("INT"), 2);
    QVERIFY_THROWS_EXCEPTION(OfficeError, named.sell(two, { { PaymentMethod::Card, Money::fromCents(2000), {} } }, kMorning));
    Cart one;
    one.add(c.product("INT"), 1);
    one.setHolder(0, QStringLiteral("Maria Rossi"));
    const auto sold = named.sell(one, { { PaymentMethod::Card, Money::fromCents(1000), {} } }, kMorning);
    QCOMPARE(named.receipt(sold.receiptNumber)->tickets.first().holder, QStringLiteral("Maria Rossi"));
    QVERIFY(!c.ledger->record(sold.seq)->payload.contains("Rossi"));
}

void TestTicketOffice::slotsOnlineAndOffline()
{
    Counter c;
    Site site = testSite();
    site.calendar = OpeningCalendar(9, 13, 1); // four hourly slots, closed on Mondays
    TicketOffice office(*c.ledger, site, testProducts(), *c.signer, c.keyring);
    office.openSession(Money(), kMorning);
    // 20 per slot: counter 50 %, online 30 %, kiosk 10 %, B2B 10 %.
    office.setSlotPolicy(SlotPolicy{ 60, 20, 50, 30, 10, 10 });
    office.setSlotSales([](const QDate&) { return QMap<int, QMap<int, int>>{ { 11 * 60, { { 1, 6 }, { 2, 6 } } } }; });
    office.setDevicesSharingQuota(2);
    const QDate day(2025, 3, 12);
    auto available = office.slotsOn(day, kMorning); // 10:30
    QCOMPARE(available.size(), 4);
    QCOMPARE(available.at(0).label(), QStringLiteral("09:00-10:00"));
    QVERIFY(available.at(0).past);
    QVERIFY(!available.at(1).past);
    QCOMPARE(available.at(2).quota, 10);
    QCOMPARE(available.at(2).remaining, 4); // the hub counted 6 at the counters
    Cart cart;
    cart.add(c.product("INT"), 3);
    QVERIFY_THROWS_EXCEPTION(OfficeError, office.sell(cart, { { PaymentMethod::Card, Money::fromCents(3000), {} } }, kMorning));
    cart.setSlot(9 * 60);
    QVERIFY_THROWS_EXCEPTION(OfficeError, office.sell(cart, { { PaymentMethod::Card, Money::fromCents(3000), {} } }, kMorning));
    cart.setSlot(11 * 60);
    const auto sold = office.sell(cart, { { PaymentMethod::Card, Money::fromCents(3000), {} } }, kMorning);
    QCOMPARE(sold.tickets.first().code.slotMinutes, 11 * 60);
    QCOMPARE(office.slotsOn(day, kMorning).at(2).remaining, 1);
    cart.setQuantity(0, 2);
    try {
        office.sell(cart, { { PaymentMethod::Card, Money::fromCents(2000), {} } }, kMorning);
        QFAIL("sold past the slot's quota");
    } catch (const OfficeError& e) {
        QVERIFY2(e.message().contains(QLatin1String("has 1 place")), qPrintable(e.message()));
    }
    // Offline: this device's allotment, half the counter quota (two counters).
    office.setOnline(false);
    available = office.slotsOn(day, kMorning);
    QCOMPARE(available.at(2).quota, 5);
    QCOMPARE(available.at(2).remaining, 2);
    QCOMPARE(available.at(3).remaining, 5);
}

void TestTicketOffice::slotAndCombinedCheckIn()
{
    Counter c;
    Site site = testSite();
    site.calendar = OpeningCalendar(9, 13, 1);
    TicketOffice office(*c.ledger, site, testProducts(), *c.signer, c.keyring);
    office.openSession(Money(), kMorning);
    office.setSlotPolicy(SlotPolicy{ 60, 20, 100, 0, 0, 0 });
    Cart cart;
    cart.add(c.product("INT"), 1);
    cart.setSlot(12 * 60);
    const auto sold = office.sell(cart, { { PaymentMethod::Card, Money::fromCents(1000), {} } }, kMorning);
    using O = CheckInResult::Outcome;
    const auto early = office.checkIn(sold.tickets.first().text, ScanDirection::In, kMorning); // 10:30
    QCOMPARE(early.outcome, O::WrongDay);
    QVERIFY(early.explanation.contains(QLatin1String("12:00-13:00")));
    QCOMPARE(office.checkIn(sold.tickets.first().text, ScanDirection::In, kMorning + 3600 + 20 * 60).outcome, O::Valid);

    // A combined ticket of site 7 admits to site 8 too, once there.
    TicketProduct combined;
    combined.id = 40;
    combined.siteId = 7;
    combined.code = QStringLiteral("CUM");
    combined.name = QStringLiteral("Cumulativo");
    combined.category = TicketCategory::Full;
    combined.freeReason = FreeReason::None;
    combined.price = Money::fromCents(1500);
    combined.kind = ProductKind::Combined;
    combined.admits = { 8 };
    QList<TicketProduct> products = testProducts();
    products.append(combined);
    TicketOffice issuer(*c.ledger, testSite(), products, *c.signer, c.keyring);
    Cart both;
    both.add(combined);
    both.add(c.product("INT"));
    const auto pair = issuer.sell(both, { { PaymentMethod::Card, Money::fromCents(2500), {} } }, kMorning);
    Counter other;
    other.keyring.add(TicketCode::deviceShortIdOf(c.identity.deviceId), c.keys.publicKey);
    TicketOffice neighbour(*other.ledger, testSite(8, QStringLiteral("BAS-MUS-02")), testProducts(8), *other.signer,
                           other.keyring);
    QCOMPARE(neighbour.checkIn(pair.tickets.at(0).text, ScanDirection::In, kMorning).outcome, O::WrongSite);
    // Site 8 sells the same combined ticket, admitting to site 7: it now accepts site 7's.
    TicketProduct partner = combined;
    partner.id = 41;
    partner.siteId = 8;
    partner.admits = { 7 };
    QList<TicketProduct> neighbourProducts = testProducts(8);
    neighbourProducts.append(partner);
    TicketOffice neighbour2(*other.ledger, testSite(8, QStringLiteral("BAS-MUS-02")), neighbourProducts, *other.signer,
                            other.keyring);
    auto& neighbour2ref = neighbour2;
    QCOMPARE(neighbour2ref.checkIn(pair.tickets.at(0).text, ScanDirection::In, kMorning).outcome, O::Valid);
    QCOMPARE(neighbour2ref.checkIn(pair.tickets.at(0).text, ScanDirection::In, kMorning + 60).outcome, O::AlreadyUsed);
    QCOMPARE(neighbour2ref.checkIn(pair.tickets.at(1).text, ScanDirection::In, kMorning).outcome, O::WrongSite);
    // And at home it is still unused.
    QCOMPARE(issuer.checkIn(pair.tickets.at(0).text, ScanDirection::In, kMorning).outcome, O::Valid);
}

QTEST_GUILESS_MAIN(TestTicketOffice)
#include "testticketoffice.moc"
