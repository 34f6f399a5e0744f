#include "core/cacheschema.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "sync/changesfeed.h"
#include "sync/hubschema.h"
#include "sync/hubstore.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

using cruscotto::sync::HubSchema;
using cruscotto::sync::HubStore;

class TestHubSchema : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseReachesCurrentVersion();
    void aFilledCacheBecomesAHubDatabase();
    void revisionsComeBackAfterACacheStepRecreatesATable();
    void migratesStepByStepFromAnOlderHub();
    void refusesANewerDatabase();
    void storeNumbersBulkRowsUniquelyAndOnce();
    void feedQueriesWalkTheRevisionIndexWithoutSorting();
};

namespace {
bool hasRevisionIndex(core::Database& db, const char* table)
{
    core::Statement stmt = db.prepare("SELECT COUNT(*) FROM pragma_index_info(?) WHERE name = 'rev'");
    stmt.bind(1, QStringLiteral("%1_rev").arg(QLatin1String(table)));
    return stmt.step() && stmt.int64(0) == 1;
}
} // namespace

void TestHubSchema::freshDatabaseReachesCurrentVersion()
{
    testsupport::TestDataDir dir;
    core::Database db
        = core::Database::open(dir.file(QStringLiteral("hub.sqlite")), core::Database::Mode::ReadWriteCreate);
    QCOMPARE(HubSchema::version(db), 0);
    HubSchema::migrate(db);
    QCOMPARE(HubSchema::version(db), HubSchema::CurrentVersion);
    // The cache's part is at core's current version: user_version is core's.
    QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
    for (const char* table : { "sites", "zones", "sales_hourly", "sales_daily", "users", "user_scopes", "tokens",
                               "hub_revision", "hub_schema", "user_sites" }) {
        core::Statement stmt = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = ?");
        stmt.bind(1, QString::fromLatin1(table));
        QVERIFY(stmt.step());
        QVERIFY2(stmt.int64(0) == 1, table);
    }
    for (const char* table : HubSchema::RevisedTables) {
        QVERIFY2(hasRevisionIndex(db, table), table);
    }
    // Migrating again is a no-op.
    HubSchema::migrate(db);
    QCOMPARE(HubSchema::version(db), HubSchema::CurrentVersion);
    // Role and password rules are in the schema, not only in code.
    QVERIFY_THROWS_EXCEPTION(
        core::DatabaseError,
        db.exec("INSERT INTO users (name, role, password_salt, password_hash, password_iterations, "
                "created_utc) VALUES ('x', 'admin', zeroblob(16), zeroblob(32), 100000, 0)"));
    QVERIFY_THROWS_EXCEPTION(
        core::DatabaseError,
        db.exec("INSERT INTO users (name, role, password_salt, password_hash, password_iterations, "
                "created_utc) VALUES ('x', 'clerk', zeroblob(16), zeroblob(32), 1000, 0)"));
}

void TestHubSchema::aFilledCacheBecomesAHubDatabase()
{
    // A cache with rows (the demo generator's): the hub steps keep them and leave
    // them unnumbered (rev 0) for the store to number.
    testsupport::TestDataDir dir;
    const QString path = dir.file(QStringLiteral("hub.sqlite"));
    core::DemoGenerator::Options options;
    options.sites = 2;
    options.years = 0;
    options.until = QDate(2025, 1, 20);
    {
        core::Database db = core::Database::open(path, core::Database::Mode::ReadWriteCreate);
        core::CacheSchema::migrate(db);
        core::DemoGenerator(options).writeInto(db);
    }
    core::Database db = core::Database::open(path, core::Database::Mode::ReadWrite);
    const std::int64_t sales = db.scalar("SELECT COUNT(*) FROM sales_hourly");
    QVERIFY(sales > 0);
    HubSchema::migrate(db);
    QCOMPARE(HubSchema::version(db), HubSchema::CurrentVersion);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM sales_hourly WHERE rev = 0"), sales);
}

void TestHubSchema::revisionsComeBackAfterACacheStepRecreatesATable()
{
    // What a cache step like core's version 3 does to a table (new key, copy, drop,
    // rename) loses the hub's column; the next migrate() restores it.
    testsupport::TestDataDir dir;
    core::Database db
        = core::Database::open(dir.file(QStringLiteral("hub.sqlite")), core::Database::Mode::ReadWriteCreate);
    HubSchema::migrate(db);
    db.exec("INSERT INTO microcell_hourly (site_id, hour_utc, day, devices_avg, devices_max, rev) "
            "VALUES (1, 3600, 2440588, 1.5, 2, 7)");
    db.exec(
        "CREATE TABLE microcell_rebuilt (site_id INTEGER NOT NULL, day INTEGER NOT NULL, hour_utc INTEGER NOT NULL, "
        "devices_avg REAL NOT NULL, devices_max INTEGER NOT NULL, PRIMARY KEY (site_id, day, hour_utc)) WITHOUT ROWID;"
        "INSERT INTO microcell_rebuilt SELECT site_id, day, hour_utc, devices_avg, devices_max FROM microcell_hourly;"
        "DROP TABLE microcell_hourly; ALTER TABLE microcell_rebuilt RENAME TO microcell_hourly;");
    QVERIFY(!hasRevisionIndex(db, "microcell_hourly"));
    HubSchema::migrate(db);
    QVERIFY(hasRevisionIndex(db, "microcell_hourly"));
    QCOMPARE(db.scalar("SELECT rev FROM microcell_hourly"), std::int64_t(0));
}

void TestHubSchema::migratesStepByStepFromAnOlderHub()
{
    // A hub database of version 1 (users and tokens, no sales yet) with a user in it.
    testsupport::TestDataDir dir;
    core::Database db
        = core::Database::open(dir.file(QStringLiteral("hub.sqlite")), core::Database::Mode::ReadWriteCreate);
    HubSchema::migrate(db, 1);
    QCOMPARE(HubSchema::version(db), 1);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('sales', 'zone_readings')"), std::int64_t(0));
    db.exec("INSERT INTO users (name, role, password_salt, password_hash, password_iterations, created_utc) "
            "VALUES ('anna', 'clerk', zeroblob(16), zeroblob(32), 100000, 0)");
    HubSchema::migrate(db);
    QCOMPARE(HubSchema::version(db), HubSchema::CurrentVersion);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('sales', 'zone_readings', 'device_counts')"),
             std::int64_t(3));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users"), std::int64_t(1));
}

void TestHubSchema::refusesANewerDatabase()
{
    testsupport::TestDataDir dir;
    core::Database db
        = core::Database::open(dir.file(QStringLiteral("hub.sqlite")), core::Database::Mode::ReadWriteCreate);
    HubSchema::migrate(db);
    db.exec(QStringLiteral("UPDATE hub_schema SET version = %1").arg(HubSchema::CurrentVersion + 1));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, HubSchema::migrate(db));
}

void TestHubSchema::storeNumbersBulkRowsUniquelyAndOnce()
{
    testsupport::TestDataDir dir;
    HubStore store(dir.path());
    core::DemoGenerator::Options options;
    options.sites = 3;
    options.years = 0;
    options.until = QDate(2025, 1, 31);
    const auto summary = store.write([&](core::Database& db) { return core::DemoGenerator(options).writeInto(db); });
    // The visitor profile is fed as monthly cells, not daily ones.
    std::int64_t rows = summary.totalRows() - summary.profileRows + summary.alerts;
    // sales_daily and the monthly profile are written besides the hourly rows: count them too.
    rows += store.write([](core::Database& db) {
        return db.scalar("SELECT (SELECT COUNT(*) FROM sales_daily) + (SELECT COUNT(*) FROM visitor_profile_monthly)");
    });
    QCOMPARE(store.numberPendingRevisions(), rows);
    QCOMPARE(store.lastRevision(), rows);
    QCOMPARE(store.numberPendingRevisions(), std::int64_t(0));
    QCOMPARE(store.lastRevision(), rows);
    // 1..rows, each once, across all tables.
    store.write([&](core::Database& db) {
        const char* sql = "SELECT COUNT(*), COUNT(DISTINCT rev), MIN(rev), MAX(rev) FROM ("
                          "SELECT rev FROM sales_hourly UNION ALL SELECT rev FROM sales_daily UNION ALL "
                          "SELECT rev FROM zone_sensor_hourly UNION ALL SELECT rev FROM microcell_hourly UNION ALL "
                          "SELECT rev FROM visitor_profile_monthly UNION ALL SELECT rev FROM alerts)";
        core::Statement stmt = db.prepare(sql);
        QVERIFY(stmt.step());
        QCOMPARE(stmt.int64(0), rows);
        QCOMPARE(stmt.int64(1), rows);
        QCOMPARE(stmt.int64(2), std::int64_t(1));
        QCOMPARE(stmt.int64(3), rows);
    });
    // A rewritten row (rev back to 0) gets a number after every other.
    store.write([](core::Database& db) {
        db.exec("UPDATE sales_hourly SET tickets = tickets + 1, rev = 0 WHERE rev = "
                "(SELECT MIN(rev) FROM sales_hourly)");
    });
    QCOMPARE(store.numberPendingRevisions(), std::int64_t(1));
    QCOMPARE(store.lastRevision(), rows + 1);
}

void TestHubSchema::feedQueriesWalkTheRevisionIndexWithoutSorting()
{
    // Each table's scan steps through its rev index in order: a page of N rows reads
    // about N rows, never the caller's whole scope sorted.
    testsupport::TestDataDir dir;
    HubStore store(dir.path());
    const std::vector<std::string> queries = cruscotto::sync::ChangesFeed::scanQueries();
    QCOMPARE(queries.size(), std::size(HubSchema::RevisedTables));
    store.write([&](core::Database& db) {
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const QString table = QLatin1String(HubSchema::RevisedTables[i]);
            core::Statement plan = db.prepare(("EXPLAIN QUERY PLAN " + queries[i]).c_str());
            QString details;
            while (plan.step()) {
                details += plan.text(3) + QLatin1Char('\n');
            }
            QVERIFY2(details.startsWith(QStringLiteral("SEARCH %1 USING ").arg(table)), qPrintable(details));
            QVERIFY2(details.contains(QStringLiteral("INDEX %1_rev (rev>?)").arg(table)), qPrintable(details));
            QVERIFY2(!details.contains(QLatin1String("ORDER BY")), qPrintable(details));
        }
    });
}

QTEST_GUILESS_MAIN(TestHubSchema)
#include "testhubschema.moc"
