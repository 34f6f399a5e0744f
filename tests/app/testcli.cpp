#include "core/cache.h"
#include "tests/testsupport/testdatadir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {
using Run = testsupport::AppRun;

Run run(const QString& program, const QStringList& arguments)
{
    return testsupport::runApp(program, arguments);
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const Run help = run(QStringLiteral("cruscotto-cli"), { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("sites")));
        QVERIFY(help.out.contains(QStringLiteral("demo")));
        const Run version = run(QStringLiteral("cruscotto-cli"), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("cruscotto-cli " CRUSCOTTO_VERSION));
        const Run gui = run(QStringLiteral("cruscotto"), { QStringLiteral("--version") });
        QCOMPARE(gui.exitCode, 0);
        QVERIFY2(gui.out.contains(QStringLiteral(CRUSCOTTO_VERSION)), qPrintable(gui.out));
        const Run hub = run(QStringLiteral("cruscotto-hub"), { QStringLiteral("--help") });
        QCOMPARE(hub.exitCode, 0);
        QVERIFY(hub.out.contains(QStringLiteral("--listen")));
        // Every command's own --help prints its options and does nothing else.
        for (const char* command : { "sites", "sync", "upload-ledger", "ingest-sensors", "tariffs", "report",
                                     "office-report", "verify-ledger", "recover-ledger", "alerts" }) {
            const Run own = run(QStringLiteral("cruscotto-cli"), { QString::fromLatin1(command), QStringLiteral("--help") });
            QVERIFY2(own.exitCode == 0, command);
            QVERIFY2(own.out.contains(QStringLiteral("--data-dir")), command);
            QVERIFY2(own.err.isEmpty(), qPrintable(own.err));
        }
    }

    void sitesListsTheCatalogueTabSeparated()
    {
        testsupport::TestDataDir dir;
        const Run demo = run(QStringLiteral("cruscotto-cli"),
                             { QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("3"),
                               QStringLiteral("--years"), QStringLiteral("0"), QStringLiteral("--until"),
                               QStringLiteral("2025-02-28"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QStringLiteral("3 sites")));
        const Run sites = run(QStringLiteral("cruscotto-cli"),
                              { QStringLiteral("sites"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(sites.exitCode, 0);
        const QStringList lines = sites.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines,
                 QStringList({ QStringLiteral("BAS-MUS-01\tMuseo Archeologico Nazionale \"Domenico Ridola\" - Matera\t"
                                              "museum\tBasilicata"),
                               QStringLiteral("BAS-MUS-03\tMuseo Archeologico Nazionale della Siritide - Policoro\t"
                                              "museum\tBasilicata"),
                               QStringLiteral("BAS-MUS-02\tMuseo Nazionale di Matera - Palazzo Lanfranchi\tmuseum\t"
                                              "Basilicata") }));
    }

    void sitesWithoutACacheSaysWhatToDo()
    {
        testsupport::TestDataDir dir;
        const Run sites = run(QStringLiteral("cruscotto-cli"),
                              { QStringLiteral("sites"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(sites.exitCode, 1);
        QVERIFY(sites.err.contains(dir.path()));
        QVERIFY(sites.err.contains(QStringLiteral("demo")));
        QVERIFY(!core::Cache::exists(dir.path())); // asking does not create an empty cache
    }

    void demoNeverOverwritesWithoutForce()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 1, 31));
        const QString path = core::Cache::pathIn(dir.path());
        const QByteArray before = hashOf(path);
        const QStringList args{ QStringLiteral("demo"),       QStringLiteral("--sites"),    QStringLiteral("2"),
                                QStringLiteral("--years"),    QStringLiteral("0"),          QStringLiteral("--until"),
                                QStringLiteral("2025-01-31"), QStringLiteral("--data-dir"), dir.path() };
        const Run refused = run(QStringLiteral("cruscotto-cli"), args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QCOMPARE(hashOf(path), before);
        const Run forced = run(QStringLiteral("cruscotto-cli"), args + QStringList{ QStringLiteral("--force") });
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(hashOf(path) != before);
    }

    void badArgumentsAreClearErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{ QStringLiteral("fly") } << 2 << QStringLiteral("fly");
        QTest::newRow("sites not a number")
            << QStringList{ QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("many") } << 2
            << QStringLiteral("--sites");
        QTest::newRow("too many sites") << QStringList{ QStringLiteral("demo"), QStringLiteral("--sites"),
                                                        QStringLiteral("9000") }
                                        << 2 << QStringLiteral("--sites");
        QTest::newRow("bad date") << QStringList{ QStringLiteral("demo"), QStringLiteral("--until"),
                                                  QStringLiteral("2025-13-01") }
                                  << 2 << QStringLiteral("--until");
        QTest::newRow("unknown option") << QStringList{ QStringLiteral("sites"), QStringLiteral("--colour") } << 2
                                        << QStringLiteral("colour");
    }

    void badArgumentsAreClearErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        testsupport::TestDataDir dir;
        if (!arguments.isEmpty()) {
            arguments << QStringLiteral("--data-dir") << dir.path();
        }
        const Run r = run(QStringLiteral("cruscotto-cli"), arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!core::Cache::exists(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
