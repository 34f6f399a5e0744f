// The hub administrator's accounts: `cruscotto-hub users add|list|remove|password`
// on a seeded hub database, then the real hub signing the new user in (or not).
#include "core/database.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/hubuseradmin.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using cruscotto::sync::HubRole;
using synctest::HubProcess;

class TestHubUserAdmin : public QObject
{
    Q_OBJECT

    testsupport::TestDataDir m_dir;

    // Runs `cruscotto-hub users ARGS --data-dir DIR`; returns the exit code.
    int hubUsers(const QStringList& arguments, QByteArray* output = nullptr)
    {
        QProcess process;
        process.start(HubProcess::binary(),
                      QStringList{ QStringLiteral("users") } + arguments
                          + QStringList{ QStringLiteral("--data-dir"), m_dir.path() });
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        if (output) {
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        }
        return process.exitCode();
    }
    QString passwordFile(const QByteArray& password)
    {
        const QString path = m_dir.path() + QStringLiteral("/pw-") + QString::number(qHash(password));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(password + '\n');
        return path;
    }
    static int signIn(HubProcess& hub, const char* user, const char* password)
    {
        cruscotto::sync::HubEndpoint e;
        e.url = QStringLiteral("http://127.0.0.1:%1").arg(hub.port()).toStdString();
        cruscotto::sync::HubClient client(e);
        const auto reply = client.post("/v1/auth/token",
                                       QJsonDocument(QJsonObject{ { QStringLiteral("user"), QLatin1String(user) },
                                                                  { QStringLiteral("password"),
                                                                    QLatin1String(password) } })
                                           .toJson(QJsonDocument::Compact)
                                           .toStdString());
        return reply.status;
    }

private slots:
    void initTestCase() { HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15)); }

    void refusesWhatDoesNotFit()
    {
        core::Database db = core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()),
                                                 core::Database::Mode::ReadWrite);
        cruscotto::sync::HubUserAdmin admin(db);
        const QByteArray good("a-long-enough-password");
        const auto refused = [&](const QString& name, HubRole role, const QByteArray& password, const QStringList& scope,
                                 const char* message) {
            try {
                admin.add(name, role, password, scope);
            } catch (const cruscotto::sync::HubUserError& e) {
                return QString::fromUtf8(e.what()) == QLatin1String(message);
            }
            return false;
        };
        QVERIFY(refused(QStringLiteral("x y"), HubRole::Director, good, { QStringLiteral("BAS-MUS-01") },
                        "A user name is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a "
                        "letter or digit."));
        QVERIFY(refused(QStringLiteral("anna"), HubRole::Director, "short", { QStringLiteral("BAS-MUS-01") },
                        "A password needs at least 10 characters."));
        QVERIFY(refused(QStringLiteral("anna"), HubRole::Director, good, {},
                        "A user needs a scope: the sites (or, for a regional manager, the regions) it sees."));
        QVERIFY(refused(QStringLiteral("anna"), HubRole::Clerk, good,
                        { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02") },
                        "A clerk works at exactly one site."));
        QVERIFY(refused(QStringLiteral("anna"), HubRole::Director, good, { QStringLiteral("NOPE-01") },
                        "The hub has no site NOPE-01."));
        QVERIFY(refused(QStringLiteral("anna"), HubRole::Regional, good, { QStringLiteral("BAS-MUS-01") },
                        "The hub has no region BAS-MUS-01."));
        QVERIFY(admin.list().isEmpty());
    }

    void addSignInChangeAndRemove()
    {
        QByteArray output;
        QCOMPARE(hubUsers({ QStringLiteral("add"), QStringLiteral("anna"), QStringLiteral("--role"),
                            QStringLiteral("director"), QStringLiteral("--scope"), QStringLiteral("BAS-MUS-02,BAS-MUS-01"),
                            QStringLiteral("--password-file"), passwordFile("first-password-1") },
                          &output),
                 0);
        QCOMPARE(hubUsers({ QStringLiteral("add"), QStringLiteral("anna"), QStringLiteral("--role"),
                            QStringLiteral("director"), QStringLiteral("--scope"), QStringLiteral("BAS-MUS-01"),
                            QStringLiteral("--password-file"), passwordFile("first-password-1") },
                          &output),
                 1);
        QVERIFY(output.contains("There is already a user anna."));
        QCOMPARE(hubUsers({ QStringLiteral("list") }, &output), 0);
        QCOMPARE(output, QByteArray("anna\tdirector\tBAS-MUS-01,BAS-MUS-02\n"));

        HubProcess hub;
        QVERIFY2(hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback") }),
                 qPrintable(hub.errorText()));
        QCOMPARE(signIn(hub, "anna", "first-password-1"), 200);
        QCOMPARE(hubUsers({ QStringLiteral("password"), QStringLiteral("anna"), QStringLiteral("--password-file"),
                            passwordFile("second-password-2") }),
                 0);
        QCOMPARE(signIn(hub, "anna", "first-password-1"), 401);
        QCOMPARE(signIn(hub, "anna", "second-password-2"), 200);
        QCOMPARE(hubUsers({ QStringLiteral("remove"), QStringLiteral("anna") }), 0);
        QCOMPARE(signIn(hub, "anna", "second-password-2"), 401);
        QCOMPARE(hubUsers({ QStringLiteral("remove"), QStringLiteral("anna") }, &output), 1);
        QVERIFY(output.contains("There is no user anna."));
        QCOMPARE(hub.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubUserAdmin)
#include "testhubuseradmin.moc"
