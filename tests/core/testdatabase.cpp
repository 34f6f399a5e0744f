#include "core/database.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

using core::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void opensWithWalAndForeignKeys()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("a.sqlite")), Database::Mode::ReadWriteCreate);
        QCOMPARE(db.prepare("PRAGMA journal_mode").step(), true);
        auto mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QCOMPARE(db.scalar("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.scalar("PRAGMA synchronous"), 1); // NORMAL for the cache
        Database ledger = Database::open(dir.file(QStringLiteral("l.sqlite")), Database::Mode::ReadWriteCreate,
                                         Database::Durability::Ledger);
        QCOMPARE(ledger.scalar("PRAGMA synchronous"), 2); // FULL for the ledger
    }

    void bindsAndReadsEveryType()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("a.sqlite")), Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
        auto insert = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, std::int64_t(9007199254740993)).bind(2, 2.5).bind(3, QStringLiteral("Citta' d'Arte e più"));
        insert.bind(4, QByteArray("\x00\x01\x02", 3)).bindNull(5);
        insert.exec();
        auto select = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), std::int64_t(9007199254740993));
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.text(2), QStringLiteral("Citta' d'Arte e più"));
        QCOMPARE(select.blob(3), QByteArray("\x00\x01\x02", 3));
        QVERIFY(select.isNull(4));
        QVERIFY(!select.step());
    }

    void transactionRollsBackWhenNotCommitted()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("a.sqlite")), Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (v INTEGER NOT NULL)");
        try {
            core::Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
            db.exec("INSERT INTO t VALUES (NULL)"); // violates NOT NULL: throws
            tx.commit();
            QFAIL("the constraint should have thrown");
        } catch (const core::DatabaseError& e) {
            QCOMPARE(e.code() & 0xff, 19); // SQLITE_CONSTRAINT
        }
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM t"), 0);
        {
            core::Transaction tx(db);
            db.exec("INSERT INTO t VALUES (2)");
            tx.commit();
        }
        QCOMPARE(db.scalar("SELECT SUM(v) FROM t"), 2);
    }

    void errorsNameTheProblem()
    {
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("a.sqlite")), Database::Mode::ReadWriteCreate);
        try {
            db.prepare("SELECT * FROM no_such_table");
            QFAIL("prepare should throw");
        } catch (const core::DatabaseError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("no_such_table")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(
            core::DatabaseError,
            Database::open(dir.file(QStringLiteral("missing/x.sqlite")), Database::Mode::ReadWrite));
    }

    void readOnlyConnectionCannotWrite()
    {
        testsupport::TestDataDir dir;
        const QString path = dir.file(QStringLiteral("a.sqlite"));
        {
            Database db = Database::open(path, Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t (v INTEGER)");
        }
        Database reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(core::DatabaseError, reader.exec("INSERT INTO t VALUES (1)"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
