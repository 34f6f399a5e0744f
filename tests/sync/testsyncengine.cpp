// The client's sync engine against the real cruscotto-hub on 127.0.0.1.
#include "core/cache.h"
#include "core/dashboardqueries.h"
#include "core/database.h"
#include "feedrows.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/syncengine.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

using cruscotto::sync::HubClient;
using cruscotto::sync::HubEndpoint;
using cruscotto::sync::SyncEngine;
using cruscotto::sync::SyncError;
using synctest::FeedRows;
using synctest::HubProcess;

namespace {
const QStringList kDirectorSites
    = { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") };

SyncEngine::Options fastOptions(int pageLimit)
{
    SyncEngine::Options options;
    options.pageLimit = pageLimit;
    options.maxAttempts = 3;
    options.firstBackoff = std::chrono::milliseconds(20);
    options.maxBackoff = std::chrono::milliseconds(200);
    return options;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    HubProcess m_hub;
    std::uint16_t m_port = 0;

    HubEndpoint endpoint() const
    {
        HubEndpoint e;
        e.url = "http://127.0.0.1:" + std::to_string(m_port);
        e.timeout = std::chrono::milliseconds(5000);
        return e;
    }

    core::Database hubDb() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_hubDir.path()), core::Database::Mode::ReadOnly);
    }

    // The director's rows as the hub holds them and as the cache holds them.
    void compareWithHub(core::Database& cache, const QStringList& codes, int k = 10)
    {
        core::Database hub = hubDb();
        const auto hubSites = synctest::siteIdsByCode(hub, codes);
        QCOMPARE(hubSites.size(), codes.size());
        const FeedRows expected = FeedRows::fromDatabase(hub, hubSites, k);
        const FeedRows actual = FeedRows::fromDatabase(cache, hubSites, k);
        QVERIFY(expected.count() > 1000);
        for (const QString& table : FeedRows::expectedColumns().keys()) {
            QCOMPARE(actual.count(table), expected.count(table));
        }
        QCOMPARE(actual.checksum(), expected.checksum());
        // Nothing outside the scope reached the cache.
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sites"), codes.size());
        QCOMPARE(cache.scalar("SELECT COUNT(DISTINCT site_id) FROM sales_hourly"), codes.size());
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sales_hourly WHERE site_id NOT IN (SELECT id FROM sites)"), 0);
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id NOT IN (SELECT id FROM zones)"),
                 0);
    }

private slots:
    void initTestCase()
    {
        HubProcess::seed(m_hubDir.path());
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
        m_port = m_hub.port();
    }

    void fullThenIncrementalSyncEqualsTheHub()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(4000));
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        int progressCalls = 0;
        std::int64_t lastRows = 0;
        double lastFraction = 0;
        bool sawTimeLeft = false;
        const auto first = engine.run([&](const cruscotto::sync::SyncProgress& p) {
            ++progressCalls;
            QVERIFY(p.rows > lastRows);
            lastRows = p.rows;
            // The hub says how far the feed goes: progress only moves forward.
            QVERIFY(p.fraction.has_value());
            QVERIFY(*p.fraction >= lastFraction);
            lastFraction = *p.fraction;
            sawTimeLeft = sawTimeLeft || (p.secondsLeft && *p.secondsLeft > 0);
        });
        QCOMPARE(lastFraction, 1.0);
        QVERIFY(sawTimeLeft);
        QVERIFY(first.pages > 2);
        QCOMPARE(progressCalls, first.pages);
        QVERIFY(first.bytes > 0);
        QVERIFY(!first.cursor.empty());
        QCOMPARE(SyncEngine::storedCursor(cache), first.cursor);
        compareWithHub(cache, kDirectorSites);

        // The dashboards read the rollups the engine refreshed: they match the hourly rows.
        QCOMPARE(cache.scalar("SELECT SUM(visitors) FROM sales_site_daily"),
                 cache.scalar("SELECT SUM(visitors) FROM sales_hourly"));
        QCOMPARE(cache.scalar("SELECT SUM(hours) FROM zone_daily"),
                 cache.scalar("SELECT COUNT(*) FROM zone_sensor_hourly"));

        // Again: nothing new, the catalogue is unchanged (ETag), the cursor stays.
        const auto second = engine.run();
        QCOMPARE(second.rows, 0);
        QVERIFY(!second.catalogueChanged);
        QCOMPARE(second.cursor, first.cursor);
        compareWithHub(cache, kDirectorSites);
    }

    void regionalManagerGetsTheRegion()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(20000));
        engine.login(QStringLiteral("regional"), QStringLiteral("demo"));
        engine.run();
        core::Database hub = hubDb();
        const auto region = synctest::siteIdsInRegion(hub, QStringLiteral("BAS"));
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sites"), region.size());
        QCOMPARE(FeedRows::fromDatabase(cache, region).checksum(), FeedRows::fromDatabase(hub, region).checksum());
    }

    void aDemoCacheIsReplacedByTheHubsData()
    {
        testsupport::TestDataDir cacheDir;
        cacheDir.writeDemo(5, 0, QDate(2025, 1, 31));
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sites"), 5);
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(20000));
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        engine.run();
        compareWithHub(cache, kDirectorSites);
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM demo_anomalies"), 0);
    }

    void wrongPasswordAndForbiddenRoleAreNamed()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(1000));
        try {
            engine.login(QStringLiteral("director"), QStringLiteral("wrong"));
            QFAIL("a wrong password must not sign in");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::WrongPassword);
        }
        engine.login(QStringLiteral("gateway"), QStringLiteral("demo"));
        try {
            engine.run();
            QFAIL("a gateway may not read");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::NoPermission);
        }
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sales_hourly"), 0);
    }

    void unreachableHubIsAClearErrorAfterRetries()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubEndpoint nowhere;
        nowhere.url = "http://127.0.0.1:1"; // nothing listens on port 1
        nowhere.timeout = std::chrono::milliseconds(1000);
        HubClient client(nowhere);
        SyncEngine engine(cache, client, fastOptions(1000));
        try {
            engine.login(QStringLiteral("director"), QStringLiteral("demo"));
            QFAIL("nothing listens there");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QStringLiteral("127.0.0.1")), qPrintable(e.message()));
        }
    }

    void plainHttpOnlyOnLoopback()
    {
        HubEndpoint remote;
        remote.url = "http://192.0.2.10:8080"; // never contacted: refused before connecting
        QVERIFY_THROWS_EXCEPTION(cruscotto::sync::HubError, HubClient{ remote });
        HubEndpoint bad;
        bad.url = "ftp://127.0.0.1";
        QVERIFY_THROWS_EXCEPTION(cruscotto::sync::HubError, HubClient{ bad });
    }

    // The hub goes away in the middle of a sync: what was committed stays, the run
    // fails cleanly, and the next run, with the hub back, finishes the job exactly.
    void hubKilledMidSyncResumes()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(2000));
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        int pages = 0;
        try {
            engine.run([&](const cruscotto::sync::SyncProgress&) {
                if (++pages == 2) {
                    QCOMPARE(m_hub.terminate(), 0);
                }
            });
            QFAIL("the sync should fail once the hub is gone");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::Unreachable);
        }
        const std::string cursor = SyncEngine::storedCursor(cache);
        QVERIFY(!cursor.empty());
        const auto partial = cache.scalar("SELECT COUNT(*) FROM sales_hourly");
        QVERIFY(partial > 0);

        // The hub comes back on the same port; the sync resumes from the stored cursor.
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(m_port) }),
                 qPrintable(m_hub.errorText()));
        const auto rest = engine.run();
        QVERIFY(rest.rows > 0);
        compareWithHub(cache, kDirectorSites);
    }

    void cancelStopsBetweenPagesKeepingWhatWasCommitted()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, fastOptions(1500));
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        try {
            engine.run([&](const cruscotto::sync::SyncProgress& p) {
                if (p.pages == 1) {
                    engine.cancel();
                }
            });
            QFAIL("cancel should stop the run");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::Cancelled);
        }
        QVERIFY(!SyncEngine::storedCursor(cache).empty());
        QVERIFY(cache.scalar("SELECT COUNT(*) FROM sales_hourly") > 0);
    }

    // The hub restarted with a larger k: the next incremental sync takes every cell now
    // under k off the client's cache (and back again when k returns to 10).
    void aNewKReachesEveryCache()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        const auto sync = [&] {
            HubClient client(endpoint());
            SyncEngine engine(cache, client, fastOptions(20000));
            engine.login(QStringLiteral("director"), QStringLiteral("demo"));
            return engine.run();
        };
        sync();
        compareWithHub(cache, kDirectorSites);
        const std::int64_t cellsAtTen = cache.scalar("SELECT COUNT(*) FROM visitor_profile_monthly");
        const auto restart = [&](const char* k) {
            QCOMPARE(m_hub.terminate(), 0);
            QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                                   QStringLiteral("--demo"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--profile-k"),
                                   QString::fromLatin1(k) }),
                     qPrintable(m_hub.errorText()));
        };
        restart("40");
        QVERIFY(m_hub.standardError().contains("suppressed under 40 visitors"));
        const auto again = sync();
        QVERIFY(again.rows > 0); // incremental: only the profile cells came again
        compareWithHub(cache, kDirectorSites, 40);
        QVERIFY(cache.scalar("SELECT COUNT(*) FROM visitor_profile_monthly") < cellsAtTen);
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM visitor_profile_monthly WHERE visitors < 40"), 0);
        restart("10");
        sync();
        compareWithHub(cache, kDirectorSites);
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM visitor_profile_monthly"), cellsAtTen);
    }

    void cleanupTestCase() { m_hub.terminate(); }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "testsyncengine.moc"
