// The counter's sales in the director's dashboards: counted the moment they are
// made (pending), and once the hub has them, once: after upload and sync, and even
// when an upload's answer was lost and the rows came back before the device knew.
#include "core/cache.h"
#include "core/cacheschema.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/pendingsales.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/hubclient.h"
#include "sync/ledgeruploader.h"
#include "sync/syncengine.h"
#include "sync/ticketkeys.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QDir>
#include <QTest>
#include <QUuid>

using namespace cruscotto::sync;

class TestPendingSync : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_local;
    synctest::HubProcess m_hub;
    std::optional<core::Database> m_cache;
    std::optional<core::Ledger> m_ledger;
    std::unique_ptr<Ed25519Signer> m_signer;
    Ed25519Keyring m_keyring;
    std::unique_ptr<core::TicketOffice> m_office;
    core::Site m_site;

    HubEndpoint endpoint() const
    {
        HubEndpoint e;
        e.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
        return e;
    }
    void sync(core::Ledger* ledger)
    {
        HubClient client(endpoint());
        SyncEngine::Options options;
        if (ledger) {
            options.hubHasLedgerThrough = [ledger] { return ledger->uploadedThrough(); };
        }
        SyncEngine engine(*m_cache, client, options);
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        engine.run();
    }
    LedgerUploadResult upload(core::Ledger& ledger)
    {
        HubClient client(endpoint());
        LedgerUploader uploader(client);
        uploader.login(QStringLiteral("director"), QStringLiteral("demo"));
        return uploader.upload(ledger);
    }
    std::int64_t todayTickets(core::Database& db)
    {
        core::Statement stmt = db.prepare("SELECT COALESCE(SUM(tickets), 0) FROM sales_hourly WHERE site_id = ? AND day = ?");
        stmt.bind(1, m_site.id).bind(2, core::RomeTime::localDay(QDateTime::currentSecsSinceEpoch()));
        stmt.step();
        return stmt.int64(0);
    }
    std::int64_t hubTodayTickets()
    {
        core::Database hub = core::Database::open(QDir(m_hubDir.path()).filePath(QStringLiteral("hub.sqlite")),
                                                  core::Database::Mode::ReadOnly);
        return todayTickets(hub);
    }
    std::int64_t dashboardToday()
    {
        core::Statement stmt = m_cache->prepare("SELECT COALESCE(SUM(tickets), 0) FROM sales_site_daily WHERE site_id = ? AND day = ?");
        stmt.bind(1, m_site.id).bind(2, core::RomeTime::localDay(QDateTime::currentSecsSinceEpoch()));
        stmt.step();
        return stmt.int64(0);
    }
    void sell(int tickets)
    {
        core::Cart cart;
        cart.add(*m_office->productByCode(QStringLiteral("INT")), tickets);
        const core::Money total = cart.total();
        m_office->sell(cart, { { core::PaymentMethod::Card, total, {} } }, QDateTime::currentSecsSinceEpoch());
    }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path(), 3);
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
        m_cache.emplace(core::Cache::openWriter(m_local.path()));
        sync(nullptr);
        m_site = *core::SiteCatalogue(*m_cache).siteByCode(QStringLiteral("BAS-MUS-01"));
        // The cache remembers the role it was synced with (a clerk's machine opens on the counter).
        QCOMPARE(SyncEngine::cacheRole(*m_cache), QStringLiteral("director"));
        {
            // A counter set up by its clerk: the catalogue only, no figures, and the role
            // that makes the app open the ticket office.
            testsupport::TestDataDir counter;
            core::Database clerkCache = core::Cache::openWriter(counter.path());
            HubClient client(endpoint());
            SyncEngine engine(clerkCache, client);
            engine.login(QStringLiteral("clerk"), QStringLiteral("demo"));
            engine.run();
            QCOMPARE(SyncEngine::cacheRole(clerkCache), QStringLiteral("clerk"));
            QVERIFY(core::SiteCatalogue(clerkCache).siteByCode(QStringLiteral("BAS-MUS-01")).has_value());
            QVERIFY(!core::SiteCatalogue(clerkCache).products(m_site.id).isEmpty());
            QCOMPARE(clerkCache.scalar("SELECT COUNT(*) FROM sales_hourly"), 0);
        }
        const auto keys = generateEd25519KeyPair();
        m_ledger.emplace(core::Ledger::open(core::Ledger::pathIn(m_local.path())));
        m_ledger->provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), m_site.code, QStringLiteral("Cassa 1"),
                              QDateTime::currentSecsSinceEpoch(), keys.privateKey, keys.publicKey });
        m_signer = std::make_unique<Ed25519Signer>(keys.privateKey);
        m_office = std::make_unique<core::TicketOffice>(*m_ledger, m_site, core::SiteCatalogue(*m_cache).products(m_site.id),
                                                        *m_signer, m_keyring);
        m_office->openSession(core::Money(), QDateTime::currentSecsSinceEpoch());
    }

    void countedAtOnceThenOnce()
    {
        const std::int64_t base = todayTickets(*m_cache);
        QCOMPARE(base, hubTodayTickets());
        sell(3);
        sell(2);
        QCOMPARE(core::PendingSales::add(*m_cache, *m_ledger), 2);
        QCOMPARE(todayTickets(*m_cache), base + 5);
        QCOMPARE(dashboardToday(), base + 5);
        // A sync before the upload keeps them (the hub's rows do not have them).
        sync(m_ledger.operator->());
        QCOMPARE(todayTickets(*m_cache), base + 5);
        QCOMPARE(upload(*m_ledger).stored, 3); // the session and two sales
        QCOMPARE(hubTodayTickets(), base + 5);
        sync(m_ledger.operator->());
        QCOMPARE(todayTickets(*m_cache), base + 5);
        QCOMPARE(dashboardToday(), base + 5);
        QCOMPARE(core::PendingSales::count(*m_cache), 0);
    }

    void lostAnswerStillOnce()
    {
        const std::int64_t base = todayTickets(*m_cache);
        sell(4);
        core::PendingSales::add(*m_cache, *m_ledger);
        QCOMPARE(todayTickets(*m_cache), base + 4);
        // The hub stores the sale but its answer never arrives: a copy of the ledger
        // uploads, the device's own ledger still says "not sent".
        const QString copyPath = m_local.file(QStringLiteral("copy.sqlite"));
        m_ledger->database().exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath));
        {
            core::Ledger copy = core::Ledger::open(copyPath);
            QCOMPARE(upload(copy).stored, 1);
        }
        QCOMPARE(hubTodayTickets(), base + 4);
        // The hub's row (with the sale) comes back while the device thinks it unsent:
        // for now it counts twice...
        sync(m_ledger.operator->());
        QCOMPARE(todayTickets(*m_cache), base + 8);
        // ...until the upload says the hub had it and the next sync settles it, once.
        const auto again = upload(*m_ledger);
        QCOMPARE(again.stored, 0);
        QCOMPARE(again.duplicates, 1);
        sync(m_ledger.operator->());
        QCOMPARE(todayTickets(*m_cache), base + 4);
        QCOMPARE(dashboardToday(), base + 4);
        QCOMPARE(todayTickets(*m_cache), hubTodayTickets());
        QCOMPARE(core::PendingSales::count(*m_cache), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestPendingSync)
#include "testpendingsync.moc"
