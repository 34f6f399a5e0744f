// cruscotto-cli sync against a real hub on 127.0.0.1, as a script would run it.
#include "core/cache.h"
#include "core/database.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}
} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_files;
    synctest::HubProcess m_hub;

    QString passwordFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_files.file(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()); }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path());
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void syncThenListTheSites()
    {
        testsupport::TestDataDir cache;
        const QStringList args{ QStringLiteral("sync"),
                                QStringLiteral("--hub"),
                                url(),
                                QStringLiteral("--user"),
                                QStringLiteral("director"),
                                QStringLiteral("--password-file"),
                                passwordFile(QStringLiteral("ok"), "demo\n"),
                                QStringLiteral("--data-dir"),
                                cache.path() };
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.startsWith(QStringLiteral("Up to date: ")));
        QVERIFY(!first.out.startsWith(QStringLiteral("Up to date: 0 rows")));
        QVERIFY(!first.out.contains(QStringLiteral("demo\n")) && !first.err.contains(QStringLiteral("demo\n")));
        const Run sites = cli({ QStringLiteral("sites"), QStringLiteral("--data-dir"), cache.path() });
        QCOMPARE(sites.exitCode, 0);
        const QStringList lines = sites.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString& line : lines) {
            QVERIFY(line.startsWith(QStringLiteral("BAS-MUS-0")));
        }
        const Run again = cli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("Up to date: 0 rows")), qPrintable(again.out));
    }

    void exitCodesScriptsCanTrust_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QString() << QStringLiteral("nope") << 5 << QStringLiteral("password");
        QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("demo") << 3
                                     << QStringLiteral("127.0.0.1");
        QTest::newRow("not https") << QStringLiteral("http://hub.example.it") << QStringLiteral("demo") << 2
                                   << QStringLiteral("https://");
    }

    void exitCodesScriptsCanTrust()
    {
        QFETCH(QString, hub);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        testsupport::TestDataDir cache;
        const Run r = cli({ QStringLiteral("sync"), QStringLiteral("--hub"), hub.isEmpty() ? url() : hub,
                            QStringLiteral("--user"), QStringLiteral("director"), QStringLiteral("--password-file"),
                            passwordFile(QStringLiteral("pw"), password.toUtf8()), QStringLiteral("--data-dir"),
                            cache.path() });
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badArgumentsAreRefusedBeforeConnecting()
    {
        testsupport::TestDataDir cache;
        const Run missing = cli(
            { QStringLiteral("sync"), QStringLiteral("--hub"), url(), QStringLiteral("--data-dir"), cache.path() });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--user")));
        const Run empty
            = cli({ QStringLiteral("sync"), QStringLiteral("--hub"), url(), QStringLiteral("--user"),
                    QStringLiteral("director"), QStringLiteral("--password-file"),
                    passwordFile(QStringLiteral("empty"), ""), QStringLiteral("--data-dir"), cache.path() });
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains(QStringLiteral("empty")));
        const Run noFile = cli({ QStringLiteral("sync"), QStringLiteral("--hub"), url(), QStringLiteral("--user"),
                                 QStringLiteral("director"), QStringLiteral("--password-file"),
                                 m_files.file(QStringLiteral("absent")), QStringLiteral("--data-dir"), cache.path() });
        QCOMPARE(noFile.exitCode, 2);
    }

    void cleanupTestCase() { m_hub.terminate(); }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "testclisync.moc"
