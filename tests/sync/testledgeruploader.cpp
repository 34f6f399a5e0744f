// LedgerUploader against the real hub: registration, the site's keys, a ledger
// sent in batches with its upload state moved only past acknowledged records, a
// 72-hour offline backlog sent completely and idempotently, conflicts that stop
// the upload, and a hub that does not answer.
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/ledgeruploader.h"
#include "sync/ticketkeys.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <utility>

using cruscotto::sync::LedgerUploader;
using cruscotto::sync::LedgerUploadError;
using synctest::HubProcess;

namespace {

const std::int64_t kMorning = core::RomeTime::utcOf(QDate(2025, 3, 12), 10) + 1800;

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
                                    QStringLiteral("Cassa 2"),
                                    kMorning - 86400,
                                    keys.privateKey,
                                    keys.publicKey };
        ledger->provision(identity);
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        keyring.add(core::TicketCode::deviceShortIdOf(identity.deviceId), keys.publicKey);
        office = std::make_unique<core::TicketOffice>(*ledger, site, products, *signer, keyring);
        office->setClerk(QStringLiteral("clerk-9"));
    }
    core::SaleReceipt sell(const char* code, int quantity, std::int64_t at)
    {
        const core::TicketProduct product = *office->productByCode(QString::fromLatin1(code));
        core::Cart cart;
        cart.add(product, quantity);
        cart.setIdChecked(0, true);
        QList<core::Payment> payments;
        if (cart.total() > core::Money()) {
            payments.append(core::Payment{ core::PaymentMethod::Cash, cart.total(), cart.total() });
        }
        return office->sell(cart, payments, at);
    }
};

} // namespace

class TestLedgerUploader : public QObject
{
    Q_OBJECT

private:
    cruscotto::sync::HubEndpoint endpoint() const
    {
        cruscotto::sync::HubEndpoint e;
        e.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
        e.connectTimeout = std::chrono::seconds(1);
        e.timeout = std::chrono::seconds(60);
        return e;
    }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t scalar(const QString& sql) const { return db().scalar(sql.toUtf8().constData()); }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;

private slots:
    void initTestCase();
    void registersUploadsAndFetchesKeys();
    void offlineBacklogUploadsCompletelyTwice();
    void conflictStopsWithoutSkipping();
    void absentHubIsReportedAtOnce();
    void commandLineUploads();
    void cleanupTestCase();
};

void TestLedgerUploader::initTestCase()
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
}

void TestLedgerUploader::registersUploadsAndFetchesKeys()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(5000), kMorning);
    const core::SaleReceipt sale = counter.sell("INT", 2, kMorning + 10);
    counter.sell("RID", 1, kMorning + 20);
    counter.office->checkIn(sale.tickets.at(0).text, core::ScanDirection::In, kMorning + 30);
    const std::int64_t last = counter.ledger->lastSeq();

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader::Options options;
    options.batchRecords = 2; // several batches from a small ledger
    LedgerUploader uploader(client, options);
    QVERIFY_THROWS_EXCEPTION(LedgerUploadError, uploader.login(QStringLiteral("clerk"), QStringLiteral("wrong")));
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    // Not registered yet: upload() registers the device itself.
    QList<std::int64_t> acknowledged;
    const auto result = uploader.upload(*counter.ledger, [&](std::int64_t through, std::int64_t) {
        acknowledged << through;
        QCOMPARE(counter.ledger->uploadedThrough(), through); // moved after each batch, not at the end
    });
    QCOMPARE(result.stored, last);
    QCOMPARE(result.duplicates, 0);
    QCOMPARE(result.through, last);
    QCOMPARE(result.batches, int((last + 1) / 2));
    QCOMPARE(acknowledged.last(), last);
    QCOMPARE(counter.ledger->uploadedThrough(), last);
    QCOMPARE(uploader.registerDevice(counter.identity), false); // known now

    // Nothing new: nothing sent.
    QCOMPARE(uploader.upload(*counter.ledger).batches, 0);
    counter.sell("INT", 1, kMorning + 40);
    const auto more = uploader.upload(*counter.ledger);
    QCOMPARE(more.stored, 1);
    QCOMPARE(counter.ledger->uploadedThrough(), last + 1);

    // Another counter of the site checks this one's tickets with the keys from the hub.
    const cruscotto::sync::Ed25519Keyring keyring = uploader.fetchDeviceKeys(QStringLiteral("BAS-MUS-01"));
    QVERIFY(keyring.knowsDevice(core::TicketCode::deviceShortIdOf(counter.identity.deviceId)));
    QCOMPARE(core::TicketCode::decode(sale.tickets.at(1).text, keyring).check, core::TicketCode::Check::Valid);
    QVERIFY_THROWS_EXCEPTION(LedgerUploadError, uploader.fetchDeviceKeys(QStringLiteral("BAS-MUS-02")));
}

void TestLedgerUploader::offlineBacklogUploadsCompletelyTwice()
{
    // 72 hours without the hub: 10 000 sales and 50 000 scans.
    constexpr int kSales = 10000;
    constexpr int kScansPerSale = 5;
    Counter counter(m_site, m_products);
    core::Ledger& ledger = *counter.ledger;
    const QString shortId = core::TicketCode::deviceShortIdOf(counter.identity.deviceId);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    const std::int64_t start = now - 72 * 3600;
    std::int64_t tickets = 0;
    std::int64_t revenue = 0;
    QElapsedTimer clock;
    clock.start();
    ledger.append(core::LedgerKind::SessionOpen, QStringLiteral("clerk-9"),
                  QJsonObject{ { QStringLiteral("session"), 1 }, { QStringLiteral("float_cents"), 10000 } }, start);
    for (int batch = 0; batch < kSales / 1000; ++batch) {
        // One transaction per 1000 sales (and their scans): Ledger::append joins it.
        core::Transaction tx(ledger.database());
        for (int i = batch * 1000; i < (batch + 1) * 1000; ++i) {
            const core::TicketProduct& product = m_products.at(i % m_products.size());
            const int quantity = 1 + i % 4;
            const std::int64_t at = start + std::int64_t(i) * 25;
            const std::int64_t seq = ledger.lastSeq() + 1;
            QJsonArray keys;
            for (int k = 0; k < quantity; ++k) {
                keys.append(core::TicketCode::keyFor(shortId, seq, k));
            }
            const std::int64_t total = quantity * product.price.cents();
            const QJsonObject line{ { QStringLiteral("product"), product.code },
                                    { QStringLiteral("product_id"), double(product.id) },
                                    { QStringLiteral("category"), core::categoryCode(product.category) },
                                    { QStringLiteral("free_reason"), core::freeReasonCode(product.freeReason) },
                                    { QStringLiteral("quantity"), quantity },
                                    { QStringLiteral("unit_cents"), double(product.price.cents()) },
                                    { QStringLiteral("id_checked"), true } };
            const QJsonObject payment{ { QStringLiteral("method"), QStringLiteral("cash") },
                                       { QStringLiteral("cents"), double(total) },
                                       { QStringLiteral("tendered_cents"), double(total) } };
            ledger.append(
                core::LedgerKind::Sale, QStringLiteral("clerk-9"),
                QJsonObject{ { QStringLiteral("sale_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                             { QStringLiteral("receipt"), i + 1 },
                             { QStringLiteral("session"), 1 },
                             { QStringLiteral("site"), m_site.code },
                             { QStringLiteral("channel"), QStringLiteral("counter") },
                             { QStringLiteral("lines"), QJsonArray{ line } },
                             { QStringLiteral("tickets"), keys },
                             { QStringLiteral("total_cents"), double(total) },
                             { QStringLiteral("payments"), QJsonArray{ payment } },
                             { QStringLiteral("change_cents"), 0 } },
                at);
            tickets += quantity;
            revenue += total;
            for (int s = 0; s < kScansPerSale; ++s) {
                const QString key = keys.at(s % quantity).toString();
                ledger.append(core::LedgerKind::Scan, QStringLiteral("clerk-9"),
                              QJsonObject{ { QStringLiteral("code"), key },
                                           { QStringLiteral("ticket"), key },
                                           { QStringLiteral("result"),
                                             s < quantity ? QStringLiteral("valid") : QStringLiteral("already_used") },
                                           { QStringLiteral("direction"), QStringLiteral("in") },
                                           { QStringLiteral("site"), m_site.code } },
                              at + 1 + s);
            }
        }
        tx.commit();
    }
    const std::int64_t last = ledger.lastSeq();
    QCOMPARE(last, std::int64_t(1 + kSales * (1 + kScansPerSale)));
    qInfo("built a ledger of %lld records in %.1f s", static_cast<long long>(last), double(clock.elapsed()) / 1000);

    // A copy as it was before any upload: the same records, sent again later.
    QTemporaryDir copyDir;
    const QString copyPath = core::Ledger::pathIn(copyDir.path());
    core::Statement vacuum = ledger.database().prepare("VACUUM INTO ?");
    vacuum.bind(1, copyPath);
    vacuum.exec();

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    const std::int64_t fromDay = core::RomeTime::localDay(start);
    const std::int64_t toDay = core::RomeTime::localDay(now);
    const QString totals
        = QStringLiteral("SELECT COALESCE(SUM(tickets), 0) * 1000000000000 + COALESCE(SUM(revenue_cents), 0) "
                         "FROM sales_hourly WHERE site_id = %1 AND day BETWEEN %2 AND %3")
              .arg(m_site.id)
              .arg(fromDay)
              .arg(toDay);
    QCOMPARE(scalar(totals), 0);

    clock.restart();
    const auto first = uploader.upload(ledger);
    const double firstSeconds = double(clock.elapsed()) / 1000;
    qInfo("first upload: %lld records in %d batches, %.1f MB, %.1f s", static_cast<long long>(first.stored),
          first.batches, double(first.bytes) / 1e6, firstSeconds);
    QCOMPARE(first.stored, last);
    QCOMPARE(first.duplicates, 0);
    QCOMPARE(first.through, last);
    QCOMPARE(ledger.uploadedThrough(), last);
    QCOMPARE(scalar(totals), tickets * 1000000000000 + revenue);
    const QString device = QStringLiteral("'%1'").arg(counter.identity.deviceId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE device_id = %1").arg(device)), last);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_scans WHERE device_id = %1").arg(device)),
             kSales * kScansPerSale);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE sold_utc >= %1").arg(start)), kSales);

    // Twice: the up-to-date ledger sends nothing; the copy sends everything, which the hub already has.
    QCOMPARE(uploader.upload(ledger).batches, 0);
    core::Ledger copy = core::Ledger::open(copyPath);
    QCOMPARE(copy.uploadedThrough(), 0);
    clock.restart();
    const auto second = uploader.upload(copy);
    qInfo("second upload of the same records: %d batches, %.1f s", second.batches, double(clock.elapsed()) / 1000);
    QCOMPARE(second.stored, 0);
    QCOMPARE(second.duplicates, last);
    QCOMPARE(copy.uploadedThrough(), last);
    QCOMPARE(scalar(totals), tickets * 1000000000000 + revenue);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE device_id = %1").arg(device)), last);
}

void TestLedgerUploader::conflictStopsWithoutSkipping()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    counter.sell("INT", 1, kMorning + 1);
    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    uploader.upload(*counter.ledger);

    // A second ledger claiming the same device: its records are not the hub's.
    Counter fork(m_site, m_products, counter.identity.deviceId);
    fork.office->openSession(core::Money::fromCents(100), kMorning);
    fork.sell("RID", 1, kMorning + 2);
    fork.sell("RID", 1, kMorning + 3);
    try {
        uploader.upload(*fork.ledger);
        QFAIL("the fork was accepted");
    } catch (const LedgerUploadError& e) {
        QCOMPARE(e.kind(), LedgerUploadError::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("record 1")), qPrintable(e.message()));
    }
    QCOMPARE(fork.ledger->uploadedThrough(), 0);
    // Registering it with another key is refused too.
    try {
        uploader.registerDevice(fork.identity);
        QFAIL("another key was accepted");
    } catch (const LedgerUploadError& e) {
        QCOMPARE(e.kind(), LedgerUploadError::Kind::Conflict);
    }
}

void TestLedgerUploader::absentHubIsReportedAtOnce()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    for (const char* url : { "http://127.0.0.1:9", "https://192.0.2.1:8443" }) {
        cruscotto::sync::HubEndpoint e;
        e.url = url;
        e.connectTimeout = std::chrono::seconds(1);
        cruscotto::sync::HubClient client(e);
        LedgerUploader::Options options;
        options.maxAttempts = 1;
        LedgerUploader uploader(client, options);
        QElapsedTimer clock;
        clock.start();
        try {
            uploader.upload(*counter.ledger);
            QFAIL("uploaded to no hub");
        } catch (const LedgerUploadError& error) {
            QCOMPARE(error.kind(), LedgerUploadError::Kind::Unreachable);
        }
        QVERIFY2(clock.elapsed() < 2500,
                 qPrintable(QStringLiteral("%1: %2 ms").arg(QLatin1String(url)).arg(clock.elapsed())));
        QCOMPARE(counter.ledger->uploadedThrough(), 0);
    }
}

void TestLedgerUploader::commandLineUploads()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    counter.sell("INT", 2, kMorning + 5);
    counter.sell("RID", 1, kMorning + 6);
    const std::int64_t last = counter.ledger->lastSeq();
    QTemporaryDir secrets;
    const QString passwordFile = secrets.filePath(QStringLiteral("password"));
    const QString wrongFile = secrets.filePath(QStringLiteral("wrong"));
    for (const auto& [path, text] : { std::pair{ passwordFile, "demo\n" }, std::pair{ wrongFile, "nope\n" } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString hub = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port());
    const auto upload = [&](const QString& url, const QString& password, const QString& dataDir) {
        return testsupport::runApp(QStringLiteral("cruscotto-cli"),
                                   { QStringLiteral("upload-ledger"), QStringLiteral("--hub"), url,
                                     QStringLiteral("--user"), QStringLiteral("clerk"),
                                     QStringLiteral("--password-file"), password, QStringLiteral("--data-dir"),
                                     dataDir });
    };

    const auto first = upload(hub, passwordFile, counter.dir.path());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("Registered this device")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("through %1; %1 sent now, 0 it already had").arg(last)),
             qPrintable(first.out));
    QCOMPARE(counter.ledger->uploadedThrough(), last);
    const auto again = upload(hub, passwordFile, counter.dir.path());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("through %1; 0 sent now").arg(last)), qPrintable(again.out));
    QVERIFY(!again.out.contains(QLatin1String("Registered")));

    QCOMPARE(upload(hub, wrongFile, counter.dir.path()).exitCode, 5);
    QCOMPARE(upload(QStringLiteral("http://127.0.0.1:9"), passwordFile, counter.dir.path()).exitCode, 3);
    QCOMPARE(upload(QString(), passwordFile, counter.dir.path()).exitCode, 2);
    QTemporaryDir empty;
    QCOMPARE(upload(hub, passwordFile, empty.path()).exitCode, 1);

    // Another ledger under the same device id with another key: the hub refuses it.
    Counter fork(m_site, m_products, counter.identity.deviceId);
    fork.office->openSession(core::Money::fromCents(0), kMorning);
    const auto refused = upload(hub, passwordFile, fork.dir.path());
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains(QLatin1String("another key")), qPrintable(refused.err));
}

void TestLedgerUploader::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestLedgerUploader)
#include "testledgeruploader.moc"
