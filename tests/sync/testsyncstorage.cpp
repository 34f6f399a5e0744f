// The sync engine when the cache's disk fills up, or its data directory is
// read-only: the run stops with a clear error (SyncError::Cache), keeps every page
// it had committed, its cursor never moves past what is stored, and the next run
// once there is room finishes the job so the cache equals the hub.
#include "core/cache.h"
#include "core/database.h"
#include "feedrows.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/syncengine.h"
#include "tests/testsupport/testdatadir.h"

#include <QProcess>
#include <QTest>

#include <unistd.h>

using cruscotto::sync::HubClient;
using cruscotto::sync::HubEndpoint;
using cruscotto::sync::SyncEngine;
using cruscotto::sync::SyncError;
using synctest::FeedRows;
using synctest::HubProcess;

class TestSyncStorage : public QObject
{
    Q_OBJECT

private:
    HubEndpoint endpoint() const
    {
        HubEndpoint e;
        e.url = "http://127.0.0.1:" + std::to_string(m_hub.port());
        e.timeout = std::chrono::milliseconds(10000);
        return e;
    }
    SyncEngine::Options options() const
    {
        SyncEngine::Options o;
        o.pageLimit = 2000; // many pages: the disk fills up in the middle of the feed
        o.maxAttempts = 2;
        o.firstBackoff = std::chrono::milliseconds(10);
        return o;
    }
    void compareWithHub(core::Database& cache)
    {
        core::Database hub = core::Database::open(cruscotto::sync::HubStore::pathIn(m_hubDir.path()),
                                                  core::Database::Mode::ReadOnly);
        const auto sites = synctest::siteIdsByCode(
            hub, { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") });
        const FeedRows expected = FeedRows::fromDatabase(hub, sites);
        const FeedRows actual = FeedRows::fromDatabase(cache, sites);
        for (const QString& table : FeedRows::expectedColumns().keys()) {
            QCOMPARE(actual.count(table), expected.count(table));
        }
        QCOMPARE(actual.checksum(), expected.checksum());
    }

    testsupport::TestDataDir m_hubDir;
    HubProcess m_hub;

private slots:
    void initTestCase()
    {
        HubProcess::seed(m_hubDir.path(), 4, QDate(2025, 2, 28));
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void fullDiskStopsTheSyncCleanly()
    {
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        HubClient client(endpoint());
        SyncEngine engine(cache, client, options());
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        // Room for the catalogue and a few pages, not for the whole feed.
        const std::int64_t pages = cache.scalar("PRAGMA page_count");
        cache.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 150));
        try {
            engine.run();
            QFAIL("the sync filled the disk and said nothing");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::Cache);
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QLatin1String("full")), qPrintable(message));
        }
        // What was committed is whole: the stored cursor is that of the last stored page.
        const std::string cursor = SyncEngine::storedCursor(cache);
        QCOMPARE(cache.quickCheck(), QStringLiteral("ok"));
        // Room again: the next run resumes from the cursor and the cache equals the hub.
        cache.exec("PRAGMA max_page_count = 1073741823");
        const auto result = engine.run();
        QVERIFY(result.rows > 0);
        QVERIFY(result.cursor != cursor);
        compareWithHub(cache);
    }

    void readOnlyCacheStopsTheSyncCleanly()
    {
        testsupport::TestDataDir cacheDir;
        {
            core::Database cache = core::Cache::openWriter(cacheDir.path());
        }
        // SQLite's own read-only mode (root ignores file permissions): writes are refused.
        core::Database cache = core::Database::open(core::Cache::pathIn(cacheDir.path()),
                                                    core::Database::Mode::ReadOnly);
        HubClient client(endpoint());
        SyncEngine engine(cache, client, options());
        engine.login(QStringLiteral("director"), QStringLiteral("demo"));
        try {
            engine.run();
            QFAIL("a sync into a read-only cache reported success");
        } catch (const SyncError& e) {
            QCOMPARE(e.kind(), SyncError::Kind::Cache);
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("cache")), e.what());
        }
        QCOMPARE(SyncEngine::storedCursor(cache), std::string());
    }
};

QTEST_GUILESS_MAIN(TestSyncStorage)
#include "testsyncstorage.moc"
