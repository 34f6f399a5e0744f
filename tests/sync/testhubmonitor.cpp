// Transaction monitoring on a real hub: two counters that did not know of each other
// admit the same ticket, the hub's monitor (on its own thread) raises the alert, a
// director acknowledges it over the API, and the alerts and acknowledgements travel
// both ways with the sync engine.
#include "core/cache.h"
#include "core/database.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/transactionmonitor.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/ledgeruploader.h"
#include "sync/syncengine.h"
#include "testcounter.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using synctest::Counter;
using synctest::HubProcess;

class TestHubMonitor : public QObject
{
    Q_OBJECT

private:
    cruscotto::sync::HubEndpoint endpoint() const { return m_hub.endpoint(); }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    // Waits (the monitor runs every second) for an alert whose title is `title`.
    std::int64_t waitForAlert(const QString& title)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            core::Database hub = db();
            core::Statement alert = hub.prepare("SELECT id FROM alerts WHERE kind = 'transaction' AND title = ? "
                                                "AND rev > 0");
            alert.bind(1, title);
            if (alert.step()) {
                return alert.int64(0);
            }
            QTest::qWait(200);
        }
        return 0;
    }
    QJsonObject post(cruscotto::sync::HubClient& client, const std::string& target, const QJsonObject& body,
                     int* status)
    {
        const auto reply = client.post(target, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
        *status = reply.status;
        return QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
    }
    void signIn(cruscotto::sync::HubClient& client, const char* user)
    {
        int status = 0;
        const QJsonObject answer = post(client, "/v1/auth/token",
                                        { { QStringLiteral("user"), QString::fromLatin1(user) },
                                          { QStringLiteral("password"), QStringLiteral("demo") } },
                                        &status);
        QCOMPARE(status, 200);
        client.setToken(answer.value(QStringLiteral("token")).toString().toStdString());
    }
    // A ticket sold and admitted by counter A `secondsAgo`, then admitted again by
    // counter B an hour later: B knew A's key but had not pulled A's check-ins. Both
    // ledgers are uploaded. Returns the ticket's key (empty when a check-in failed).
    QString admitTwiceAndUpload(const QString& nameA, const QString& nameB, std::int64_t secondsAgo)
    {
        using Outcome = core::CheckInResult::Outcome;
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        Counter a(m_site, m_products, {}, nameA, now - 86400);
        Counter b(m_site, m_products, {}, nameB, now - 86400);
        b.keyring.add(core::TicketCode::deviceShortIdOf(a.identity.deviceId), a.keys.publicKey);
        a.office->openSession(core::Money(), now - secondsAgo - 200);
        const std::int64_t at = now - secondsAgo;
        const core::SaleReceipt sale = a.sellCart({ { "INT", 1 } }, -1, at);
        const core::TicketCode::Decoded decoded = core::TicketCode::decode(sale.tickets.at(0).text, a.keyring);
        if (a.office->checkIn(sale.tickets.at(0).text, core::ScanDirection::In, at + 60).outcome != Outcome::Valid
            || b.office->checkIn(sale.tickets.at(0).text, core::ScanDirection::In, at + 3660).outcome
                != Outcome::Valid) {
            return {};
        }
        cruscotto::sync::HubClient client(endpoint());
        cruscotto::sync::LedgerUploader uploader(client);
        uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
        uploader.upload(*a.ledger);
        uploader.upload(*b.ledger);
        return decoded.code.key();
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;
    std::int64_t m_firstAlert = 0;

private slots:
    void initTestCase()
    {
        HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
        {
            core::Database hub = db();
            const core::SiteCatalogue catalogue(hub);
            m_site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
            m_products = catalogue.products(m_site.id);
        }
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo"), QStringLiteral("--monitor-interval"), QStringLiteral("1") }),
                 qPrintable(m_hub.errorText()));
    }

    void countersThatDidNotKnowRaiseAnAlert()
    {
        const QString key = admitTwiceAndUpload(QStringLiteral("Cassa 1"), QStringLiteral("Cassa 2"), 7000);
        QVERIFY(!key.isEmpty());
        m_firstAlert = waitForAlert(QStringLiteral("Ticket %1 checked in twice").arg(key));
        QVERIFY2(m_firstAlert > 0, m_hub.standardError().constData());
        core::Database hub = db();
        core::Statement alert = hub.prepare("SELECT site_id, severity, detail FROM alerts WHERE id = ?");
        alert.bind(1, m_firstAlert);
        QVERIFY(alert.step());
        QCOMPARE(alert.int64(0), m_site.id);
        QCOMPARE(alert.text(1), QStringLiteral("critical"));
        QVERIFY2(alert.text(2).startsWith(QStringLiteral("ticket %1 was admitted again at BAS-MUS-01 by counter Cassa "
                                                         "2 on ")
                                              .arg(key)),
                 qPrintable(alert.text(2)));
        QVERIFY(alert.text(2).contains(QStringLiteral("after its first entry there by counter Cassa 1 on")));
        // The monitor runs again and again: still one alert for it.
        QTest::qWait(2500);
        QCOMPARE(db().scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE title = 'Ticket %1 checked in twice'")
                                 .arg(key)
                                 .toUtf8()
                                 .constData()),
                 1);
    }

    void acknowledgedOverTheApi()
    {
        QVERIFY(m_firstAlert > 0);
        const std::string target = "/v1/alerts/" + std::to_string(m_firstAlert) + "/ack";
        cruscotto::sync::HubClient director(endpoint());
        signIn(director, "director");
        int status = 0;
        QJsonObject answer = post(director, target, { { QStringLiteral("comment"), QStringLiteral("  ") } }, &status);
        QCOMPARE(status, 422);
        answer = post(director, target,
                      { { QStringLiteral("comment"), QStringLiteral("Seen: counter 2 was offline all morning") } },
                      &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("changed")).toBool(), true);
        const std::int64_t firstUtc = answer.value(QStringLiteral("acknowledged_utc")).toInteger();
        QVERIFY(firstUtc > 0);
        // A second acknowledgement changes nothing: the first one stands.
        answer = post(director, target, { { QStringLiteral("comment"), QStringLiteral("again") } }, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(answer.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Seen: counter 2 was offline all morning"));
        QCOMPARE(answer.value(QStringLiteral("acknowledged_utc")).toInteger(), firstUtc);
        // No such alert, a time in the future, a clerk, a gateway.
        post(director, "/v1/alerts/999999/ack", { { QStringLiteral("comment"), QStringLiteral("x") } }, &status);
        QCOMPARE(status, 404);
        post(director, target,
             { { QStringLiteral("comment"), QStringLiteral("x") },
               { QStringLiteral("acknowledged_utc"), QDateTime::currentSecsSinceEpoch() + 86400 } },
             &status);
        QCOMPARE(status, 422);
        for (const char* user : { "clerk", "gateway" }) {
            cruscotto::sync::HubClient other(endpoint());
            signIn(other, user);
            post(other, target, { { QStringLiteral("comment"), QStringLiteral("x") } }, &status);
            QCOMPARE(status, 403);
        }
    }

    void alertsAndAcknowledgementsTravelBothWays()
    {
        QVERIFY(m_firstAlert > 0);
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        const auto sync = [&] {
            cruscotto::sync::HubClient client(endpoint());
            cruscotto::sync::SyncEngine engine(cache, client);
            engine.login(QStringLiteral("director"), QStringLiteral("demo"));
            engine.run();
        };
        sync();
        // The hub's alert came down with the director's acknowledgement.
        {
            core::Statement row = cache.prepare("SELECT ack_comment FROM alerts WHERE id = ?");
            row.bind(1, m_firstAlert);
            QVERIFY(row.step());
            QCOMPARE(row.text(0), QStringLiteral("Seen: counter 2 was offline all morning"));
        }
        // A second ticket admitted twice: a second alert, acknowledged on this machine.
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        const QString key = admitTwiceAndUpload(QStringLiteral("Cassa 3"), QStringLiteral("Cassa 4"), 6000);
        QVERIFY(!key.isEmpty());
        const std::int64_t second = waitForAlert(QStringLiteral("Ticket %1 checked in twice").arg(key));
        QVERIFY(second > 0);
        sync();
        core::TransactionMonitor monitor(cache);
        QVERIFY(monitor.acknowledge(second, QStringLiteral("Copied code, reported to the police"), now - 60));
        // The next sync sends it; the hub stores it and feeds it back unchanged.
        sync();
        {
            core::Database hub = db();
            core::Statement row = hub.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ?");
            row.bind(1, second);
            QVERIFY(row.step());
            QCOMPARE(row.int64(0), now - 60);
            QCOMPARE(row.text(1), QStringLiteral("Copied code, reported to the police"));
        }
        core::Statement mine = cache.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ?");
        mine.bind(1, second);
        QVERIFY(mine.step());
        QCOMPARE(mine.int64(0), now - 60);
        QCOMPARE(mine.text(1), QStringLiteral("Copied code, reported to the police"));
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestHubMonitor)
#include "testhubmonitor.moc"
