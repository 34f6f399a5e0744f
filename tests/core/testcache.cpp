#include "core/cache.h"
#include "core/cacheschema.h"
#include "tests/testsupport/testdatadir.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void createsAFreshCache()
    {
        testsupport::TestDataDir dir;
        core::Cache::OpenReport report;
        QVERIFY(!core::Cache::exists(dir.path()));
        core::Database db = core::Cache::openWriter(dir.path(), &report);
        QVERIFY(report.created);
        QVERIFY(!report.movedAside);
        QVERIFY(report.userMessage().isEmpty());
        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
        QVERIFY(core::Cache::exists(dir.path()));
    }

    void movesADamagedCacheAsideAndRebuilds()
    {
        testsupport::TestDataDir dir;
        const QString path = core::Cache::pathIn(dir.path());
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is not a database, it is a damaged file ").repeated(200);
        garbage.write(junk);
        garbage.close();

        core::Cache::OpenReport report;
        core::Database db = core::Cache::openWriter(dir.path(), &report);
        QVERIFY(report.movedAside);
        QVERIFY(!report.problem.isEmpty());
        QVERIFY(report.userMessage().contains(report.movedAsideTo));
        // Nothing was deleted: the damaged bytes are intact beside the new cache.
        QFile aside(report.movedAsideTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), junk);
        QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
    }

    void detectsCorruptPagesInARealDatabase()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 2, 28));
        const QString path = core::Cache::pathIn(dir.path());
        // Overwrite a stretch in the middle of the file (B-tree pages), keep the header valid.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 200000);
        file.seek(size / 2);
        file.write(QByteArray(8192, '\x5a'));
        file.close();

        core::Cache::OpenReport report;
        core::Database db = core::Cache::openWriter(dir.path(), &report);
        QVERIFY2(report.movedAside, qPrintable(report.problem));
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sales_hourly"), 0);
        QVERIFY(QFile::exists(report.movedAsideTo));
    }

    void keepsAHealthyCache()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 1, 31));
        core::Cache::OpenReport report;
        core::Database db = core::Cache::openWriter(dir.path(), &report);
        QVERIFY(!report.created);
        QVERIFY(!report.movedAside);
        QVERIFY(db.scalar("SELECT COUNT(*) FROM sales_hourly") > 0);
    }

    void dataDirOverrideIsCreated()
    {
        testsupport::TestDataDir dir;
        const QString nested = dir.file(QStringLiteral("a/b/c"));
        QCOMPARE(core::Cache::dataDir(nested), QDir(nested).absolutePath());
        QVERIFY(QDir(nested).exists());
    }

    void unusableDataDirIsAClearError()
    {
        testsupport::TestDataDir dir;
        QFile blocker(dir.file(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A path below a regular file can never be a directory.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, core::Cache::dataDir(dir.file(QStringLiteral("file/sub"))));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "testcache.moc"
