// POST /v1/ledger and /v1/devices against the real hub: a ticket office's ledger,
// made by core::TicketOffice, lands in the hub's aggregates exactly, once; altered
// records, gaps and forks are refused and nothing of their batch is stored.
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "hubprocess.h"
#include "sync/hubstore.h"
#include "sync/ticketkeys.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <boost/json.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

using synctest::HttpReply;
using synctest::HubProcess;
using synctest::TestHttpClient;
namespace json = boost::json;

namespace {

json::value parsed(const std::string& body)
{
    boost::system::error_code ec;
    json::value value = json::parse(body, ec);
    return ec ? json::value() : value;
}

// 2025-03-12 10:30 in Rome (a Wednesday), after the demo's last day.
const std::int64_t kMorning = core::RomeTime::utcOf(QDate(2025, 3, 12), 10) + 1800;

// A counter of a site of the hub, with its own ledger file and Ed25519 keys.
struct Counter
{
    QTemporaryDir dir;
    std::optional<core::Ledger> ledger;
    cruscotto::sync::Ed25519KeyPair keys;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> signer;
    cruscotto::sync::Ed25519Keyring keyring;
    std::unique_ptr<core::TicketOffice> office;
    core::DeviceIdentity identity;

    Counter(const core::Site& site, const QList<core::TicketProduct>& products, const QString& deviceId = {})
    {
        ledger.emplace(core::Ledger::open(core::Ledger::pathIn(dir.path())));
        keys = cruscotto::sync::generateEd25519KeyPair();
        identity
            = core::DeviceIdentity{ deviceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : deviceId,
                                    site.code,
                                    QStringLiteral("Cassa 1"),
                                    kMorning - 86400,
                                    keys.privateKey,
                                    keys.publicKey };
        ledger->provision(identity);
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        keyring.add(core::TicketCode::deviceShortIdOf(identity.deviceId), keys.publicKey);
        office = std::make_unique<core::TicketOffice>(*ledger, site, products, *signer, keyring);
        office->setClerk(QStringLiteral("clerk-7"));
        office->setSupervisorCheck([](const QString&, const QString&) { return true; });
    }
    core::TicketProduct product(const char* code) const { return *office->productByCode(QString::fromLatin1(code)); }
    core::SaleReceipt sell(const char* code, int quantity, std::int64_t at,
                           core::PaymentMethod method = core::PaymentMethod::Cash)
    {
        core::Cart cart;
        cart.add(product(code), quantity);
        if (core::needsCheck(product(code))) {
            cart.setIdChecked(0, true);
        }
        QList<core::Payment> payments;
        if (cart.total() > core::Money()) {
            payments.append(core::Payment{ method, cart.total(),
                                           method == core::PaymentMethod::Cash ? cart.total() : core::Money() });
        }
        return office->sell(cart, payments, at);
    }
};

json::object recordJson(const core::LedgerRecord& record)
{
    return json::object{ { "seq", record.seq },
                         { "kind", core::ledgerKindCode(record.kind).toStdString() },
                         { "created_utc", record.createdUtc },
                         { "clerk", record.clerk.toStdString() },
                         { "payload", record.payload.toStdString() },
                         { "prev_hash", record.prevHash.toHex().toStdString() },
                         { "hash", record.hash.toHex().toStdString() } };
}

std::string ledgerBody(const QString& deviceId, const QList<core::LedgerRecord>& records)
{
    json::array rows;
    for (const core::LedgerRecord& record : records) {
        rows.push_back(recordJson(record));
    }
    return json::serialize(json::object{ { "device", deviceId.toStdString() }, { "records", std::move(rows) } });
}

std::string deviceBody(const core::DeviceIdentity& identity, const QByteArray& key)
{
    return json::serialize(json::object{ { "device_id", identity.deviceId.toStdString() },
                                         { "site", identity.siteCode.toStdString() },
                                         { "name", identity.name.toStdString() },
                                         { "public_key", key.toBase64().toStdString() } });
}

} // namespace

class TestLedgerIngest : public QObject
{
    Q_OBJECT

private:
    HttpReply post(const std::string& token, const char* target, const std::string& body) const
    {
        synctest::HttpRequest request;
        request.method = "POST";
        request.target = target;
        request.body = body;
        request.headers = { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } };
        auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
        return replies.empty() ? HttpReply() : replies.front();
    }
    HttpReply get(const std::string& token, const std::string& target) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).get(target, token);
    }
    std::string token(const char* user) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).token(user, "demo");
    }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t scalar(const QString& sql) const { return db().scalar(sql.toUtf8().constData()); }
    // tickets, visitors, revenue of the site's hourly aggregates, for a day (and an hour, a product).
    QList<std::int64_t> hourly(std::int64_t day, std::int64_t hour = 0, std::int64_t product = 0) const
    {
        core::Database hub = db();
        core::Statement stmt = hub.prepare(
            "SELECT COALESCE(SUM(tickets), 0), COALESCE(SUM(visitors), 0), COALESCE(SUM(revenue_cents), 0) "
            "FROM sales_hourly WHERE site_id = ? AND day = ? AND (? = 0 OR hour_utc = ?) AND (? = 0 OR product_id = "
            "?)");
        stmt.bind(1, m_site.id).bind(2, day).bind(3, hour).bind(4, hour).bind(5, product).bind(6, product);
        stmt.step();
        return { stmt.int64(0), stmt.int64(1), stmt.int64(2) };
    }
    QList<std::int64_t> daily(std::int64_t day) const
    {
        core::Database hub = db();
        core::Statement stmt = hub.prepare("SELECT COALESCE(SUM(tickets), 0), COALESCE(SUM(visitors), 0), "
                                           "COALESCE(SUM(revenue_cents), 0) FROM sales_daily WHERE site_id = ? AND "
                                           "day = ?");
        stmt.bind(1, m_site.id).bind(2, day);
        stmt.step();
        return { stmt.int64(0), stmt.int64(1), stmt.int64(2) };
    }
    std::unique_ptr<Counter> registeredCounter()
    {
        auto counter = std::make_unique<Counter>(m_site, m_products);
        const HttpReply reply = post(m_clerk, "/v1/devices", deviceBody(counter->identity, counter->keys.publicKey));
        if (reply.status != 201) {
            qWarning("registration: %d %s", reply.status, reply.body.c_str());
            return nullptr;
        }
        return counter;
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;
    std::string m_clerk;

private slots:
    void initTestCase();
    void devicesRegisterOnceWithOneKey();
    void ledgerLandsInTheAggregatesExactlyOnce();
    void alteredRecordIsRefusedAndNothingStored();
    void gapAndForkAre409();
    void deviceMustBeRegisteredAndInScope();
    void malformedBatchIsBadRequest();
    void slotVisitorsAreCountedAndChecked();
    void ticketStatePagesNeverSplitARecord();
    void cleanupTestCase();
};

void TestLedgerIngest::initTestCase()
{
    HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
    {
        core::Database hub = db();
        const core::SiteCatalogue catalogue(hub);
        m_site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        m_products = catalogue.products(m_site.id);
    }
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
    m_clerk = token("clerk");
    QVERIFY(!m_clerk.empty());
}

void TestLedgerIngest::devicesRegisterOnceWithOneKey()
{
    Counter counter(m_site, m_products);
    const std::string body = deviceBody(counter.identity, counter.keys.publicKey);
    const HttpReply first = post(m_clerk, "/v1/devices", body);
    QCOMPARE(first.status, 201);
    const QString shortId = core::TicketCode::deviceShortIdOf(counter.identity.deviceId);
    QCOMPARE(QString::fromStdString(std::string(parsed(first.body).at("short_id").as_string())), shortId);
    // The same registration again: 200, nothing new.
    const HttpReply again = post(m_clerk, "/v1/devices", body);
    QCOMPARE(again.status, 200);
    QCOMPARE(parsed(again.body).at("registered").as_bool(), false);
    // Another key for the same device: refused.
    const HttpReply otherKey = post(m_clerk, "/v1/devices",
                                    deviceBody(counter.identity, cruscotto::sync::generateEd25519KeyPair().publicKey));
    QCOMPARE(otherKey.status, 409);
    QCOMPARE(parsed(otherKey.body).at("error").as_string(), "device_conflict");
    // Another site: the clerk sells for BAS-MUS-01 only.
    core::DeviceIdentity elsewhere = counter.identity;
    elsewhere.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    elsewhere.siteCode = QStringLiteral("BAS-MUS-02");
    QCOMPARE(post(m_clerk, "/v1/devices", deviceBody(elsewhere, counter.keys.publicKey)).status, 403);
    QCOMPARE(post(token("regional"), "/v1/devices", deviceBody(elsewhere, counter.keys.publicKey)).status, 403);
    // A key that is not 32 bytes, a device id that is not a UUID.
    QCOMPARE(post(m_clerk, "/v1/devices", deviceBody(counter.identity, QByteArray(31, 'k'))).status, 400);
    core::DeviceIdentity badId = counter.identity;
    badId.deviceId = QStringLiteral("cassa-1");
    QCOMPARE(post(m_clerk, "/v1/devices", deviceBody(badId, counter.keys.publicKey)).status, 400);

    // Every counter and scanner of the site can fetch the keys; regional managers see them too.
    for (const char* user : { "clerk", "director", "regional" }) {
        const HttpReply list = get(token(user), "/v1/devices?site=BAS-MUS-01");
        QCOMPARE(list.status, 200);
        bool found = false;
        const json::value answer = parsed(list.body);
        for (const json::value& device : answer.at("devices").as_array()) {
            if (device.at("device_id").as_string() == counter.identity.deviceId.toStdString()) {
                found = true;
                QCOMPARE(device.at("short_id").as_string(), shortId.toStdString());
                QCOMPARE(device.at("site").as_string(), "BAS-MUS-01");
                QCOMPARE(
                    QByteArray::fromBase64(QByteArray::fromStdString(std::string(device.at("public_key").as_string()))),
                    counter.keys.publicKey);
            }
        }
        QVERIFY2(found, user);
    }
    QCOMPARE(get(token("gateway"), "/v1/devices?site=BAS-MUS-01").status, 403);
    QCOMPARE(get(m_clerk, "/v1/devices?site=BAS-MUS-02").status, 404);
    QCOMPARE(get(m_clerk, "/v1/devices?sight=BAS-MUS-01").status, 400);
    QCOMPARE(get(m_clerk, "/v1/devices").status, 200);
}

void TestLedgerIngest::ledgerLandsInTheAggregatesExactlyOnce()
{
    auto counter = registeredCounter();
    QVERIFY(counter);
    const std::int64_t day = core::RomeTime::localDay(kMorning);
    const std::int64_t firstHour = kMorning - kMorning % 3600;
    const std::int64_t secondHour = firstHour + 3600;
    const std::int64_t intero = counter->product("INT").id;
    const std::int64_t price = counter->product("INT").price.cents();
    const std::int64_t reduced = counter->product("RID").price.cents();
    QCOMPARE(hourly(day), (QList<std::int64_t>{ 0, 0, 0 }));
    const std::int64_t revisionBefore = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));

    core::TicketOffice& office = *counter->office;
    office.openSession(core::Money::fromCents(10000), kMorning - 600);
    counter->sell("INT", 2, kMorning);
    counter->sell("RID", 1, kMorning + 60, core::PaymentMethod::Card);
    counter->sell("GRU18", 3, kMorning + 120);
    const core::SaleReceipt wrong = counter->sell("INT", 1, kMorning + 180);
    const std::int64_t firstBatchLast = counter->ledger->lastSeq();
    office.voidSale(wrong.receiptNumber, QStringLiteral("wrong product"),
                    core::TicketOffice::Approval{ QStringLiteral("Anna"), QStringLiteral("1") }, kMorning + 240);
    const core::SaleReceipt family = counter->sell("INT", 3, kMorning + 3600 + 300);
    office.refund(family.receiptNumber, { family.tickets.at(2).code.key() }, core::PaymentMethod::Cash,
                  QStringLiteral("one child stayed home"),
                  core::TicketOffice::Approval{ QStringLiteral("Anna"), QStringLiteral("1") }, kMorning + 7200 + 600);
    QCOMPARE(office.checkIn(family.tickets.at(0).text, core::ScanDirection::In, kMorning + 7200 + 700).outcome,
             core::CheckInResult::Outcome::Valid);
    QCOMPARE(office.checkIn(QStringLiteral("garbage"), core::ScanDirection::In, kMorning + 7200 + 710).outcome,
             core::CheckInResult::Outcome::Invalid);
    office.closeSession(core::Money::fromCents(10000 + 2 * price + 2 * price), kMorning + 8 * 3600);
    const std::int64_t last = counter->ledger->lastSeq();
    QVERIFY(counter->ledger->verify().ok);

    // Two batches: the void refers to a sale of the first, already stored.
    const HttpReply first
        = post(m_clerk, "/v1/ledger",
               ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, int(firstBatchLast))));
    QCOMPARE(first.status, 200);
    QCOMPARE(parsed(first.body).at("stored").as_int64(), firstBatchLast);
    QCOMPARE(parsed(first.body).at("through").as_int64(), firstBatchLast);
    const HttpReply second
        = post(m_clerk, "/v1/ledger",
               ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(firstBatchLast, 1000)));
    QVERIFY2(second.status == 200, (second.body + m_hub.standardError().toStdString()).c_str());
    QCOMPARE(parsed(second.body).at("stored").as_int64(), last - firstBatchLast);
    QCOMPARE(parsed(second.body).at("duplicates").as_int64(), 0);
    QCOMPARE(parsed(second.body).at("through").as_int64(), last);

    // Sold: INT 2 + 1 + 3, RID 1, GRU18 3; voided INT 1, refunded INT 1 (of the 11:35 sale).
    const QList<std::int64_t> expected{ 4 + 1 + 3, 4 + 1 + 3, 4 * price + reduced };
    QCOMPARE(hourly(day), expected);
    QCOMPARE(daily(day), expected);
    QCOMPARE(hourly(day, firstHour, intero), (QList<std::int64_t>{ 2, 2, 2 * price }));
    // The refund comes off the hour of the sale, not the hour it was given.
    QCOMPARE(hourly(day, secondHour, intero), (QList<std::int64_t>{ 2, 2, 2 * price }));
    QCOMPARE(hourly(day, secondHour + 3600), (QList<std::int64_t>{ 0, 0, 0 }));
    const QString device = QStringLiteral("'%1'").arg(counter->identity.deviceId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE device_id = %1").arg(device)), last);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM revoked_tickets WHERE device_id = %1").arg(device)), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_scans WHERE device_id = %1").arg(device)), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_scans WHERE device_id = %1 AND result = 'valid' AND "
                                   "ticket_key = '%2'")
                        .arg(device, family.tickets.at(0).code.key())),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE sold_utc BETWEEN %1 AND %2")
                        .arg(kMorning)
                        .arg(kMorning + 7200)),
             5);

    // The director's changes feed carries the rewritten rows with the new figures.
    TestHttpClient c(m_hub.host().toStdString(), m_hub.port());
    const json::value page
        = parsed(c.get("/v1/changes?since=" + std::to_string(revisionBefore), c.token("director", "demo")).body);
    std::int64_t fedTickets = 0;
    QVERIFY(page.is_object());
    for (const json::value& row : page.at("tables").at("sales_hourly").at("rows").as_array()) {
        if (row.as_array().at(0).as_int64() == m_site.id && row.as_array().at(4).as_int64() == day) {
            fedTickets += row.as_array().at(5).as_int64();
        }
    }
    QCOMPARE(fedTickets, expected.at(0));

    // The same records again, in one batch: all duplicates, nothing changes.
    const std::int64_t revisionAfter = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    const HttpReply again
        = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, 1000)));
    QCOMPARE(again.status, 200);
    QCOMPARE(parsed(again.body).at("stored").as_int64(), 0);
    QCOMPARE(parsed(again.body).at("duplicates").as_int64(), last);
    QCOMPARE(parsed(again.body).at("through").as_int64(), last);
    QCOMPARE(hourly(day), expected);
    QCOMPARE(scalar(QStringLiteral("SELECT last_rev FROM hub_revision")), revisionAfter);
}

void TestLedgerIngest::alteredRecordIsRefusedAndNothingStored()
{
    auto counter = registeredCounter();
    QVERIFY(counter);
    const std::int64_t day = core::RomeTime::localDay(kMorning + 86400);
    counter->office->openSession(core::Money::fromCents(0), kMorning + 86400);
    for (int i = 0; i < 4; ++i) {
        counter->sell("INT", 2, kMorning + 86400 + 60 * i);
    }
    QList<core::LedgerRecord> records = counter->ledger->recordsAfter(0, 100);
    QCOMPARE(records.size(), 5);
    const std::int64_t stored = scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records"));
    const QList<std::int64_t> before = hourly(day);

    // Two tickets become twenty, the hash stays: the hub recomputes it.
    core::LedgerRecord& altered = records[3];
    const QByteArray original = altered.payload;
    altered.payload.replace("\"quantity\":2", "\"quantity\":20");
    QVERIFY(altered.payload != original);
    const HttpReply reply = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, records));
    QCOMPARE(reply.status, 422);
    const json::value answer = parsed(reply.body);
    QCOMPARE(answer.at("error").as_string(), "invalid_batch");
    QCOMPARE(answer.at("rows").as_array().size(), std::size_t(1));
    QCOMPARE(answer.at("rows").at(0).at("index").as_int64(), 3);
    QCOMPARE(answer.at("rows").at(0).at("seq").as_int64(), 4);
    QVERIFY(json::serialize(answer.at("rows").at(0).at("problems")).find("hash") != std::string::npos);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records")), stored);
    QCOMPARE(hourly(day), before);

    // A hash recomputed over the altered payload breaks the chain to the next record.
    altered.hash = core::Ledger::computeHash(counter->identity.deviceId, altered.seq, QStringLiteral("sale"),
                                             altered.createdUtc, altered.clerk, altered.payload, altered.prevHash);
    const HttpReply rechained = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, records));
    QCOMPARE(rechained.status, 422);
    // Record 4 no longer adds up; record 5 no longer follows it.
    const json::value rechainedAnswer = parsed(rechained.body);
    const json::array& rows = rechainedAnswer.at("rows").as_array();
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows.at(0).at("seq").as_int64(), 4);
    QVERIFY(json::serialize(rows.at(0).at("problems")).find("total_cents") != std::string::npos);
    QCOMPARE(rows.at(1).at("seq").as_int64(), 5);
    QVERIFY(json::serialize(rows.at(1).at("problems")).find("prev_hash") != std::string::npos);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records")), stored);

    // The true records go in.
    const HttpReply good
        = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, 100)));
    QCOMPARE(good.status, 200);
    QCOMPARE(hourly(day).at(0), before.at(0) + 8);
}

void TestLedgerIngest::gapAndForkAre409()
{
    auto counter = registeredCounter();
    QVERIFY(counter);
    counter->office->openSession(core::Money::fromCents(0), kMorning + 2 * 86400);
    for (int i = 0; i < 6; ++i) {
        counter->sell("RID", 1, kMorning + 2 * 86400 + 60 * i);
    }
    const QString id = counter->identity.deviceId;
    QCOMPARE(post(m_clerk, "/v1/ledger", ledgerBody(id, counter->ledger->recordsAfter(0, 3))).status, 200);
    const std::int64_t stored = scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records"));

    // Records 5..7 while the hub has up to 3: record 4 is missing.
    const HttpReply gap = post(m_clerk, "/v1/ledger", ledgerBody(id, counter->ledger->recordsAfter(4, 3)));
    QCOMPARE(gap.status, 409);
    QCOMPARE(parsed(gap.body).at("error").as_string(), "ledger_gap");
    QCOMPARE(parsed(gap.body).at("seq").as_int64(), 4);
    QCOMPARE(parsed(gap.body).at("through").as_int64(), 3);
    // A hole inside the batch.
    QList<core::LedgerRecord> holed = counter->ledger->recordsAfter(3, 4);
    holed.removeAt(1);
    const HttpReply inside = post(m_clerk, "/v1/ledger", ledgerBody(id, holed));
    QCOMPARE(inside.status, 409);
    QCOMPARE(parsed(inside.body).at("seq").as_int64(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records")), stored);

    // Another ledger under the same device id (a restored copy that sold on): valid
    // hashes, but not the records the hub has.
    Counter fork(m_site, m_products, id);
    fork.office->openSession(core::Money::fromCents(500), kMorning + 2 * 86400);
    for (int i = 0; i < 4; ++i) {
        fork.sell("INT", 1, kMorning + 2 * 86400 + 30 * i);
    }
    const HttpReply forked = post(m_clerk, "/v1/ledger", ledgerBody(id, fork.ledger->recordsAfter(0, 10)));
    QCOMPARE(forked.status, 409);
    QCOMPARE(parsed(forked.body).at("error").as_string(), "ledger_conflict");
    QCOMPARE(parsed(forked.body).at("seq").as_int64(), 1);
    const HttpReply forkedOn = post(m_clerk, "/v1/ledger", ledgerBody(id, fork.ledger->recordsAfter(3, 10)));
    QCOMPARE(forkedOn.status, 409);
    QCOMPARE(parsed(forkedOn.body).at("seq").as_int64(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records")), stored);

    // The rest of the true ledger continues the chain.
    const HttpReply rest = post(m_clerk, "/v1/ledger", ledgerBody(id, counter->ledger->recordsAfter(2, 10)));
    QCOMPARE(rest.status, 200);
    QCOMPARE(parsed(rest.body).at("stored").as_int64(), 4);
    QCOMPARE(parsed(rest.body).at("duplicates").as_int64(), 1);
    QCOMPARE(parsed(rest.body).at("through").as_int64(), 7);
}

void TestLedgerIngest::deviceMustBeRegisteredAndInScope()
{
    Counter unknown(m_site, m_products);
    unknown.office->openSession(core::Money::fromCents(0), kMorning);
    const std::string body = ledgerBody(unknown.identity.deviceId, unknown.ledger->recordsAfter(0, 10));
    const HttpReply reply = post(m_clerk, "/v1/ledger", body);
    QCOMPARE(reply.status, 404);
    QCOMPARE(parsed(reply.body).at("error").as_string(), "unknown_device");

    // A device of BAS-MUS-02, registered by the director: not the clerk's.
    core::Database hub = db();
    const core::SiteCatalogue catalogue(hub);
    const core::Site other = *catalogue.siteByCode(QStringLiteral("BAS-MUS-02"));
    Counter elsewhere(other, catalogue.products(other.id));
    const std::string director = token("director");
    QCOMPARE(post(director, "/v1/devices", deviceBody(elsewhere.identity, elsewhere.keys.publicKey)).status, 201);
    elsewhere.office->openSession(core::Money::fromCents(0), kMorning);
    const std::string records = ledgerBody(elsewhere.identity.deviceId, elsewhere.ledger->recordsAfter(0, 10));
    QCOMPARE(post(m_clerk, "/v1/ledger", records).status, 403);
    QCOMPARE(post(token("regional"), "/v1/ledger", records).status, 403);
    QCOMPARE(post(director, "/v1/ledger", records).status, 200);
}

void TestLedgerIngest::malformedBatchIsBadRequest()
{
    const std::string device = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    for (const std::string& body :
         { std::string("{"), std::string("[]"), std::string(R"({"device":")") + device + R"(","records":[]})",
           std::string(R"({"device":"cassa","records":[{}]})"), std::string(R"({"records":[{}]})"),
           std::string(R"({"device":")") + device + R"(","records":[{}],"more":1})" }) {
        const HttpReply reply = post(m_clerk, "/v1/ledger", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "bad_request");
    }
    QCOMPARE(post("", "/v1/ledger", "{}").status, 401);
}

void TestLedgerIngest::slotVisitorsAreCountedAndChecked()
{
    // A sale record as a device writes it: lines with product, quantity and kind
    // ("" leaves the kind out: the hub takes the product's).
    const auto appendSale = [this](Counter& counter, const QJsonValue& slot,
                                   const QList<std::tuple<const char*, int, QString>>& lines, std::int64_t at) {
        QJsonArray linesJson;
        QJsonArray keys;
        std::int64_t total = 0;
        const std::int64_t seq = counter.ledger->lastSeq() + 1;
        int index = 0;
        for (const auto& [code, quantity, kind] : lines) {
            const core::TicketProduct product = counter.product(code);
            QJsonObject line{ { QStringLiteral("product_id"), double(product.id) },
                              { QStringLiteral("quantity"), quantity },
                              { QStringLiteral("unit_cents"), double(product.price.cents()) } };
            if (!kind.isEmpty()) {
                line.insert(QStringLiteral("kind"), kind);
            }
            linesJson.append(line);
            total += quantity * product.price.cents();
            for (int i = 0; i < quantity; ++i) {
                keys.append(core::TicketCode::keyFor(core::TicketCode::deviceShortIdOf(counter.identity.deviceId), seq,
                                                     index++));
            }
        }
        QJsonObject payload{ { QStringLiteral("sale_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                             { QStringLiteral("site"), m_site.code },
                             { QStringLiteral("channel"), QStringLiteral("counter") },
                             { QStringLiteral("lines"), linesJson },
                             { QStringLiteral("tickets"), keys },
                             { QStringLiteral("total_cents"), double(total) } };
        if (!slot.isUndefined()) {
            payload.insert(QStringLiteral("slot"), slot);
        }
        return counter.ledger->append(core::LedgerKind::Sale, QStringLiteral("clerk-7"), payload, at);
    };
    const std::int64_t at = kMorning + 5 * 86400;
    const std::int64_t day = core::RomeTime::localDay(at);
    const auto slotCount = [&](int start) {
        return scalar(QStringLiteral("SELECT COALESCE(SUM(tickets), 0) FROM slot_sales WHERE site_id = %1 AND day = %2 "
                                     "AND slot_start = %3 AND channel_id = 1")
                          .arg(m_site.id)
                          .arg(day)
                          .arg(start));
    };

    // A slot that is no time of day, a kind that is not one: refused, nothing stored.
    for (const auto& [slot, kind, problem] :
         { std::tuple{ QJsonValue(1440), QStringLiteral("admission"), "minutes after midnight" },
           std::tuple{ QJsonValue(QStringLiteral("10:00")), QStringLiteral("admission"), "minutes after midnight" },
           std::tuple{ QJsonValue(600), QStringLiteral("tour"), "admission, combined or addon" } }) {
        auto counter = registeredCounter();
        QVERIFY(counter);
        appendSale(*counter, slot, { { "INT", 2, kind } }, at);
        const HttpReply reply
            = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, 10)));
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.body.find(problem) != std::string::npos, reply.body.c_str());
    }
    QCOMPARE(slotCount(600), 0);

    // Admissions count in the slot, add-ons do not (by the line's kind, or the
    // product's when the line has none); no slot counts nowhere.
    auto counter = registeredCounter();
    QVERIFY(counter);
    appendSale(*counter, 600, { { "INT", 3, QStringLiteral("admission") }, { "VISGUI", 2, QStringLiteral("addon") } },
               at);
    appendSale(*counter, 600, { { "RID", 2, QString() }, { "VISGUI", 1, QString() } }, at + 10);
    appendSale(*counter, 660, { { "INT", 1, QStringLiteral("combined") } }, at + 20);
    appendSale(*counter, -1, { { "INT", 4, QStringLiteral("admission") } }, at + 30);
    appendSale(*counter, QJsonValue(QJsonValue::Undefined), { { "INT", 4, QString() } }, at + 40);
    const HttpReply stored
        = post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, 10)));
    QVERIFY2(stored.status == 200, stored.body.c_str());
    QCOMPARE(parsed(stored.body).at("overbooked").as_array().size(), std::size_t(0));
    QCOMPARE(slotCount(600), 5);
    QCOMPARE(slotCount(660), 1);
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT COUNT(*) FROM slot_sales WHERE site_id = %1 AND day = %2").arg(m_site.id).arg(day)),
        2);
}

void TestLedgerIngest::ticketStatePagesNeverSplitARecord()
{
    auto counter = registeredCounter();
    QVERIFY(counter);
    const std::int64_t at = kMorning + 6 * 86400;
    core::TicketOffice& office = *counter->office;
    office.openSession(core::Money::fromCents(0), at);
    const core::SaleReceipt three = counter->sell("INT", 3, at + 10);
    const core::SaleReceipt two = counter->sell("INT", 2, at + 20);
    QCOMPARE(office.checkIn(two.tickets.at(0).text, core::ScanDirection::In, at + 30).outcome,
             core::CheckInResult::Outcome::Valid);
    QCOMPARE(office.checkIn(two.tickets.at(0).text, core::ScanDirection::In, at + 40).outcome,
             core::CheckInResult::Outcome::AlreadyUsed);
    office.voidSale(three.receiptNumber, QStringLiteral("wrong day"),
                    core::TicketOffice::Approval{ QStringLiteral("Anna"), QStringLiteral("1") }, at + 50);
    QCOMPARE(post(m_clerk, "/v1/ledger", ledgerBody(counter->identity.deviceId, counter->ledger->recordsAfter(0, 20)))
                 .status,
             200);

    // The whole state in one page, then one entry a page: the same entries, and
    // the void's three revocations always together.
    const HttpReply whole = get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&limit=20000");
    QCOMPARE(whole.status, 200);
    const json::value all = parsed(whole.body);
    QCOMPARE(all.at("has_more").as_bool(), false);
    const json::array& devices = all.at("devices").as_array();
    const std::string shortId = core::TicketCode::deviceShortIdOf(counter->identity.deviceId).toStdString();
    QVERIFY(std::any_of(devices.begin(), devices.end(),
                        [&](const json::value& d) { return d.at("short_id").as_string() == shortId; }));
    std::string cursor;
    json::array revoked;
    json::array uses;
    int pages = 0;
    bool sawVoid = false;
    for (bool more = true; more; ++pages) {
        const HttpReply reply = get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&limit=1&since=" + cursor);
        QCOMPARE(reply.status, 200);
        const json::value page = parsed(reply.body);
        const json::array& pageRevoked = page.at("revoked").as_array();
        for (const json::value& r : pageRevoked) {
            revoked.push_back(r);
        }
        for (const json::value& u : page.at("uses").as_array()) {
            uses.push_back(u);
        }
        QVERIFY(pageRevoked.size() + page.at("uses").as_array().size() >= 1 || !page.at("has_more").as_bool());
        const bool ours = std::any_of(pageRevoked.begin(), pageRevoked.end(), [&](const json::value& r) {
            return r.at("ticket").as_string() == three.tickets.at(0).code.key().toStdString();
        });
        if (ours) {
            QCOMPARE(pageRevoked.size(), std::size_t(3));
            sawVoid = true;
        }
        cursor = std::string(page.at("next").as_string());
        more = page.at("has_more").as_bool();
    }
    QVERIFY(pages > 2);
    QVERIFY(sawVoid);
    QCOMPARE(json::value(revoked), all.at("revoked"));
    QCOMPARE(json::value(uses), all.at("uses"));
    // Our first entry, once (the second scan was not valid), with its device and time.
    int ourUses = 0;
    for (const json::value& u : uses) {
        if (u.at("ticket").as_string() == two.tickets.at(0).code.key().toStdString()) {
            ++ourUses;
            QCOMPARE(u.at("key"), u.at("ticket"));
            QCOMPARE(u.at("used_utc").as_int64(), at + 30);
            QCOMPARE(u.at("device").as_string(), shortId);
            QCOMPARE(u.at("site").as_string(), "BAS-MUS-01");
        }
    }
    QCOMPARE(ourUses, 1);
    // Past the end: nothing, the same cursor.
    const json::value end = parsed(get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&since=" + cursor).body);
    QCOMPARE(end.at("revoked").as_array().size() + end.at("uses").as_array().size(), std::size_t(0));
    QCOMPARE(std::string(end.at("next").as_string()), cursor);

    QCOMPARE(get(m_clerk, "/v1/tickets/state?site=BAS-MUS-02").status, 404);
    QCOMPARE(get(m_clerk, "/v1/tickets/state").status, 400);
    QCOMPARE(get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&since=x").status, 400);
    QCOMPARE(get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&limit=0").status, 400);
    QCOMPARE(get(m_clerk, "/v1/tickets/state?site=BAS-MUS-01&colour=blue").status, 400);
    QCOMPARE(get(token("gateway"), "/v1/tickets/state?site=BAS-MUS-01").status, 403);
    QCOMPARE(get(token("director"), "/v1/tickets/state?site=BAS-MUS-01").status, 200);
}

void TestLedgerIngest::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestLedgerIngest)
#include "testledgeringest.moc"
