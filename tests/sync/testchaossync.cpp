// Sync under chaos: a real hub over TLS, reached only through a fault-injecting
// proxy (tests/testsupport/faultproxy) that drops, delays, truncates, reorders and
// corrupts traffic. A counter sells and uploads its ledger round after round while
// a director's desktop syncs its cache on another thread, both through the proxy.
// Afterwards, with the faults off, one last upload and sync must prove: the hub has
// every sale exactly once (records, sales, tickets, revenue), and the cache equals
// the hub table by table (counts and checksums).
//
// CRUSCOTTO_CHAOS_ROUNDS sets the rounds (default 25, the quick variant of the
// default suite; ctest's testchaossync_long, label slow, runs 1000).
#include "core/cache.h"
#include "core/database.h"
#include "core/sitecatalogue.h"
#include "feedrows.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/ledgeruploader.h"
#include "sync/syncengine.h"
#include "testcounter.h"
#include "tests/testsupport/faultproxy.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>

using synctest::FeedRows;
using synctest::HubProcess;
using testsupport::FaultProxy;

class TestChaosSync : public QObject
{
    Q_OBJECT

private:
    bool openssl(const QStringList& arguments);
    QString file(const char* name) const { return m_certs.file(QLatin1String(name)); }
    cruscotto::sync::HubEndpoint endpoint(std::uint16_t port) const
    {
        cruscotto::sync::HubEndpoint e;
        e.url = "https://127.0.0.1:" + std::to_string(port);
        e.caFile = file("ca.pem").toStdString();
        e.connectTimeout = std::chrono::milliseconds(2000);
        e.timeout = std::chrono::milliseconds(3000);
        return e;
    }
    core::Database hubDb() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_hubDir.path()), core::Database::Mode::ReadOnly);
    }

    testsupport::TestDataDir m_certs;
    testsupport::TestDataDir m_hubDir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;

private slots:
    void initTestCase();
    void everySaleOnceAndCacheEqualsHub();
};

bool TestChaosSync::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_certs.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestChaosSync::initTestCase()
{
    // A CA and a certificate for 127.0.0.1: corruption on the wire is then what TLS
    // makes of it in the field, a failed connection, never silently wrong data.
    const QStringList ec = { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    QVERIFY(openssl(QStringList{ QStringLiteral("req"), QStringLiteral("-x509") } + ec
                    + QStringList{ QStringLiteral("-keyout"), file("ca.key"), QStringLiteral("-out"), file("ca.pem"),
                                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=Cruscotto Chaos CA"), QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(openssl(QStringList{ QStringLiteral("req") } + ec
                    + QStringList{ QStringLiteral("-keyout"), file("server.key"), QStringLiteral("-out"),
                                   file("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") }));
    QFile extensions(file("server.ext"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                     "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    extensions.close();
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("server.csr"),
                      QStringLiteral("-CA"), file("ca.pem"), QStringLiteral("-CAkey"), file("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), file("server.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), file("server.ext") }));

    HubProcess::seed(m_hubDir.path(), 4, QDate(2025, 1, 15));
    {
        core::Database hub = hubDb();
        const core::SiteCatalogue catalogue(hub);
        m_site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        m_products = catalogue.products(m_site.id);
    }
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--tls-cert"),
                           file("server.pem"), QStringLiteral("--tls-key"), file("server.key"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
}

void TestChaosSync::everySaleOnceAndCacheEqualsHub()
{
    const int rounds = qEnvironmentVariableIsSet("CRUSCOTTO_CHAOS_ROUNDS")
        ? qEnvironmentVariableIntValue("CRUSCOTTO_CHAOS_ROUNDS")
        : 25;
    const std::uint64_t seed = qEnvironmentVariableIsSet("CRUSCOTTO_CHAOS_SEED")
        ? std::uint64_t(qEnvironmentVariableIntValue("CRUSCOTTO_CHAOS_SEED"))
        : 20260601;
    qInfo("chaos: %d rounds, seed %llu", rounds, static_cast<unsigned long long>(seed));

    FaultProxy::Faults faults;
    faults.drop = 0.03;
    faults.truncate = 0.03;
    faults.corrupt = 0.03;
    faults.reorder = 0.05;
    faults.delay = 0.10;
    faults.maxDelayMs = 40;
    FaultProxy proxy("127.0.0.1", m_hub.port(), seed, faults);

    synctest::Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(10000), synctest::kMorning - 60);

    // The director's desktop, syncing on its own thread for as long as the counter sells.
    testsupport::TestDataDir cacheDir;
    std::atomic<bool> selling = true;
    std::atomic<int> syncRuns = 0;
    std::atomic<int> syncFailures = 0;
    std::thread desktop([&] {
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        cruscotto::sync::SyncEngine::Options options;
        options.pageLimit = 5000;
        options.maxAttempts = 2;
        options.firstBackoff = std::chrono::milliseconds(10);
        options.maxBackoff = std::chrono::milliseconds(50);
        while (selling) {
            try {
                cruscotto::sync::HubClient client(endpoint(proxy.port()));
                cruscotto::sync::SyncEngine engine(cache, client, options);
                engine.login(QStringLiteral("director"), QStringLiteral("demo"));
                engine.run();
            } catch (const cruscotto::sync::SyncError&) {
                ++syncFailures; // expected under chaos: the next run resumes from the cursor
            }
            ++syncRuns;
        }
    });

    std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
    std::int64_t sales = 0;
    std::int64_t tickets = 0;
    std::int64_t revenue = 0;
    int uploadFailures = 0;
    cruscotto::sync::LedgerUploader::Options uploadOptions;
    uploadOptions.batchRecords = 3;
    uploadOptions.maxAttempts = 2;
    uploadOptions.firstBackoff = std::chrono::milliseconds(10);
    uploadOptions.maxBackoff = std::chrono::milliseconds(50);
    std::int64_t at = synctest::kMorning;
    for (int round = 0; round < rounds; ++round) {
        const int count = 1 + int(rng() % 3);
        for (int i = 0; i < count; ++i) {
            const char* product = rng() % 2 ? "INT" : "RID";
            const int quantity = 1 + int(rng() % 4);
            const core::SaleReceipt receipt = counter.sell(product, quantity, at += 7);
            ++sales;
            tickets += quantity;
            revenue += receipt.total.cents();
        }
        try {
            cruscotto::sync::HubClient client(endpoint(proxy.port()));
            cruscotto::sync::LedgerUploader uploader(client, uploadOptions);
            uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
            uploader.upload(*counter.ledger);
        } catch (const cruscotto::sync::LedgerUploadError&) {
            ++uploadFailures; // the next round sends what was not acknowledged
        }
    }
    selling = false;
    desktop.join();

    // The storm is over: one clean upload and one clean sync settle everything.
    proxy.setFaults({});
    {
        cruscotto::sync::HubClient client(endpoint(proxy.port()));
        cruscotto::sync::LedgerUploader uploader(client);
        uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
        uploader.upload(*counter.ledger);
    }
    core::Database cache = core::Cache::openWriter(cacheDir.path());
    {
        cruscotto::sync::HubClient client(endpoint(proxy.port()));
        cruscotto::sync::SyncEngine engine(cache, client);
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        engine.run();
    }
    const FaultProxy::Stats stats = proxy.stats();
    qInfo("chaos: %lld sales; %d upload and %d of %d sync runs failed; proxy: %llu connections, %llu chunks, "
          "%llu dropped, %llu truncated, %llu corrupted, %llu reordered, %llu delayed",
          static_cast<long long>(sales), uploadFailures, int(syncFailures), int(syncRuns),
          static_cast<unsigned long long>(stats.connections), static_cast<unsigned long long>(stats.chunks),
          static_cast<unsigned long long>(stats.dropped), static_cast<unsigned long long>(stats.truncated),
          static_cast<unsigned long long>(stats.corrupted), static_cast<unsigned long long>(stats.reordered),
          static_cast<unsigned long long>(stats.delayed));
    QVERIFY(stats.dropped + stats.truncated + stats.corrupted > 0);

    // Every record of the ledger on the hub, exactly once.
    QCOMPARE(counter.ledger->uploadedThrough(), counter.ledger->lastSeq());
    core::Database hub = hubDb();
    {
        core::Statement records = hub.prepare("SELECT COUNT(*), MIN(seq), MAX(seq) FROM ledger_records WHERE device_id = ?");
        records.bind(1, counter.identity.deviceId);
        QVERIFY(records.step());
        QCOMPARE(records.int64(0), counter.ledger->lastSeq());
        QCOMPARE(records.int64(1), std::int64_t(1));
        QCOMPARE(records.int64(2), counter.ledger->lastSeq());
    }
    // Every sale once: rows, tickets and revenue of the chaos window at the site.
    {
        core::Statement sold = hub.prepare("SELECT COUNT(*), COALESCE(SUM(tickets), 0), COALESCE(SUM(revenue_cents), 0) "
                                           "FROM sales WHERE site_id = ? AND sold_utc >= ? AND sold_utc <= ?");
        sold.bind(1, m_site.id).bind(2, synctest::kMorning).bind(3, at);
        QVERIFY(sold.step());
        QCOMPARE(sold.int64(0), sales);
        QCOMPARE(sold.int64(1), tickets);
        QCOMPARE(sold.int64(2), revenue);
    }
    // The cache equals the hub, table by table.
    const auto sites = synctest::siteIdsByCode(
        hub, { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") });
    const FeedRows expected = FeedRows::fromDatabase(hub, sites);
    const FeedRows actual = FeedRows::fromDatabase(cache, sites);
    for (const QString& table : FeedRows::expectedColumns().keys()) {
        QCOMPARE(actual.count(table), expected.count(table));
    }
    QCOMPARE(actual.checksum(), expected.checksum());
}

QTEST_GUILESS_MAIN(TestChaosSync)
#include "testchaossync.moc"
