#include "core/cacheschema.h"
#include "core/database.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

using core::Database;

class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void createsTheCurrentSchemaFromNothing()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("c.sqlite")), Database::Mode::ReadWriteCreate);
        QCOMPARE(db.userVersion(), 0);
        core::CacheSchema::migrate(db);
        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM channels"), 4);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sales_daily'"), 1);
        // Migrating again is a no-op.
        core::CacheSchema::migrate(db);
        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
    }

    // A cache written by schema version 1 (fixture dumped from that version) migrates
    // forward, keeps every row, and gets its daily rollup filled from the hourly rows.
    void migratesAVersion1Cache()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("v1.sqlite")), Database::Mode::ReadWriteCreate);
        QFile fixture(testsupport::sourcePath(QStringLiteral("tests/core/data/cache_v1.sql")));
        QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
        db.exec(QString::fromUtf8(fixture.readAll()));
        db.exec("PRAGMA foreign_keys = ON");
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sales_daily'"), 0);

        core::CacheSchema::migrate(db);

        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sales_hourly"), 6);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sites"), 1);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM alerts"), 1);
        // 2024-10-26: full 5+3 tickets (4000+2400 cents), 4 free, 2 reduced (400); 2024-10-27: 7 full + 1 free.
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sales_daily"), 6);
        QCOMPARE(db.scalar("SELECT SUM(revenue_cents) FROM sales_daily WHERE day = 2460610"), 6800);
        QCOMPARE(db.scalar("SELECT SUM(visitors) FROM sales_daily WHERE day = 2460610"), 13);
        QCOMPARE(db.scalar("SELECT SUM(revenue_cents) FROM sales_daily WHERE day = 2460611"), 5600);
        QCOMPARE(db.scalar("SELECT SUM(tickets) FROM sales_daily"), 22);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
        // Version 3's rollups are filled from the old rows too.
        QCOMPARE(db.scalar("SELECT visitors FROM sales_site_daily WHERE day = 2460610"), 13);
        QCOMPARE(db.scalar("SELECT paying_visitors FROM sales_site_daily WHERE day = 2460610"), 9);
        QCOMPARE(db.scalar("SELECT online_tickets FROM sales_site_daily WHERE day = 2460610"), 3);
        // Saturday 26 October 2024 10:00 and 11:00, Sunday 27 October (25 hours long) 10:00.
        QCOMPARE(db.scalar("SELECT visitors FROM visits_heatmap_monthly WHERE month = 202410 AND weekday = 6 "
                           "AND hour = 10"),
                 11);
        QCOMPARE(db.scalar("SELECT visitors FROM visits_heatmap_monthly WHERE month = 202410 AND weekday = 6 "
                           "AND hour = 11"),
                 2);
        QCOMPARE(db.scalar("SELECT visitors FROM visits_heatmap_monthly WHERE month = 202410 AND weekday = 7 "
                           "AND hour = 10"),
                 8);
        QCOMPARE(db.scalar("SELECT hours FROM zone_daily WHERE zone_id = 1 AND day = 2460610"), 1);
        QCOMPARE(db.scalar("SELECT hours_out FROM zone_daily WHERE zone_id = 1 AND day = 2460610"), 0);
        QCOMPARE(db.scalar("SELECT temp_max * 10 FROM zones WHERE id = 1"), 250); // museum default
    }

    // Every earlier version has a fixture (adding a schema step means adding the
    // previous version's fixture), and each migrates to the current version with
    // its rows intact and the rollups filled.
    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < core::CacheSchema::CurrentVersion; ++v) {
            QTest::addRow("v%d", v) << v;
        }
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(int, version);
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("old.sqlite")), Database::Mode::ReadWriteCreate);
        QFile fixture(testsupport::sourcePath(QStringLiteral("tests/core/data/cache_v%1.sql").arg(version)));
        QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName() + QStringLiteral(" is missing")));
        db.exec(QString::fromUtf8(fixture.readAll()));
        db.exec("PRAGMA foreign_keys = ON");
        QCOMPARE(db.userVersion(), version);

        core::CacheSchema::migrate(db);

        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sales_hourly"), 6);
        QCOMPARE(db.scalar("SELECT SUM(revenue_cents) FROM sales_hourly"), 12400);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM zone_sensor_hourly"), 1);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM alerts"), 1);
        QCOMPARE(db.scalar("SELECT SUM(visitors) FROM sales_site_daily"), 21);
        QCOMPARE(db.scalar("SELECT SUM(visitors) FROM sales_monthly"), 21);
        QCOMPARE(db.scalar("SELECT SUM(visitors) FROM visits_heatmap_monthly"), 21);
        QCOMPARE(db.scalar("SELECT SUM(hours) FROM zone_monthly"), 1);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM meta WHERE key = 'rollups_stale'"), 0);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
        // Version 9: the funding tables, empty, and a line that can be stored in them.
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('funding_tables', 'funding_lines', "
                           "'digitisation_progress')"),
                 3);
        db.exec("INSERT INTO funding_lines (table_code, position, code, funded_cents, committed_cents, "
                "in_progress_cents, spent_cents) VALUES ('M1C3 1.1', 0, 'M1C3 1.1', 50000000000, 0, 0, 0)");
        db.exec("INSERT INTO digitisation_progress (site_id, planned, active, concluded, resources_produced, "
                "resources_target) VALUES (1, 3, 2, 1, 1500, 4000)");
        QCOMPARE(db.scalar("SELECT SUM(funded_cents) FROM funding_lines"), Q_INT64_C(50000000000));
    }

    void refusesACacheFromTheFuture()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("f.sqlite")), Database::Mode::ReadWriteCreate);
        db.setUserVersion(core::CacheSchema::CurrentVersion + 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, core::CacheSchema::migrate(db));
        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion + 1);
    }

    void aFailedStepLeavesTheLastGoodVersion()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("x.sqlite")), Database::Mode::ReadWriteCreate);
        core::CacheSchema::migrate(db, 1);
        // Something in the way of step 2: its CREATE TABLE fails, nothing of it stays.
        db.exec("CREATE TABLE sales_daily (x)");
        QVERIFY_THROWS_EXCEPTION(core::DatabaseError, core::CacheSchema::migrate(db));
        QCOMPARE(db.userVersion(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "testcacheschema.moc"
