// The counter's link to the hub, as the app runs it: pending sales into the local
// dashboards, upload, ticket state and cache sync; an absent hub is "offline" fast.
#include "app/gui/officehublink.h"
#include "core/cache.h"
#include "core/pendingsales.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/hubclient.h"
#include "sync/syncengine.h"
#include "sync/ticketkeys.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace cruscotto;

class TestOfficeHubLink : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_local;
    synctest::HubProcess m_hub;
    core::Site m_site;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()); }
    std::int64_t todayTickets(core::Database& db)
    {
        core::Statement stmt
            = db.prepare("SELECT COALESCE(SUM(tickets), 0) FROM sales_hourly WHERE site_id = ? AND day = ?");
        stmt.bind(1, m_site.id).bind(2, core::RomeTime::localDay(QDateTime::currentSecsSinceEpoch()));
        stmt.step();
        return stmt.int64(0);
    }
    std::int64_t hubTodayTickets()
    {
        core::Database hub = core::Database::open(QDir(m_hubDir.path()).filePath(QStringLiteral("hub.sqlite")),
                                                  core::Database::Mode::ReadOnly);
        return todayTickets(hub);
    }
    std::int64_t cacheTodayTickets()
    {
        core::Database cache = core::Cache::openReader(m_local.path());
        return todayTickets(cache);
    }
    void sellThree()
    {
        core::Database cache = core::Cache::openReader(m_local.path());
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_local.path()));
        const auto identity = ledger.identity();
        sync::Ed25519Signer signer(identity->signingKey);
        auto keyring = sync::Ed25519Keyring::fromLedger(ledger);
        core::TicketOffice office(ledger, m_site, core::SiteCatalogue(cache).products(m_site.id), signer, keyring);
        if (!office.openSession()) {
            office.openSession(core::Money(), QDateTime::currentSecsSinceEpoch());
        }
        core::Cart cart;
        cart.add(*office.productByCode(QStringLiteral("INT")), 3);
        office.sell(cart, { { core::PaymentMethod::Card, cart.total(), {} } }, QDateTime::currentSecsSinceEpoch());
    }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path(), 3);
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
        {
            core::Database cache = core::Cache::openWriter(m_local.path());
            sync::HubEndpoint endpoint;
            endpoint.url = url().toStdString();
            sync::HubClient client(endpoint);
            sync::SyncEngine engine(cache, client);
            engine.login(QStringLiteral("director"), QStringLiteral("demo"));
            engine.run();
            m_site = *core::SiteCatalogue(cache).siteByCode(QStringLiteral("BAS-MUS-01"));
        }
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_local.path()));
        const auto keys = sync::generateEd25519KeyPair();
        ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), m_site.code, QStringLiteral("Cassa 1"),
                           QDateTime::currentSecsSinceEpoch(), keys.privateKey, keys.publicKey });
    }

    void aloneItCountsLocally()
    {
        const std::int64_t before = cacheTodayTickets();
        sellThree();
        OfficeHubLink link(m_local.path(), false, {});
        QSignalSpy reachable(&link, &OfficeHubLink::hubReachable);
        QSignalSpy problems(&link, &OfficeHubLink::problem);
        link.runRound();
        QCOMPARE(cacheTodayTickets(), before + 3);
        QCOMPARE(reachable.count(), 0);
        QCOMPARE(problems.count(), 0);
    }

    void absentHubIsOfflineFast()
    {
        const int port = 9; // discard: nothing listens there on a test machine
        OfficeHubLink link(m_local.path(), false,
                           { QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("director"),
                             QStringLiteral("demo"), {} });
        QSignalSpy reachable(&link, &OfficeHubLink::hubReachable);
        QSignalSpy problems(&link, &OfficeHubLink::problem);
        QElapsedTimer timer;
        timer.start();
        link.runRound();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reachable.count(), 1);
        QCOMPARE(reachable.first().first().toBool(), false);
        QCOMPARE(problems.count(), 0);
    }

    void onlineItUploadsAndSettlesOnce()
    {
        sellThree();
        const std::int64_t local = cacheTodayTickets();
        OfficeHubLink link(m_local.path(), false,
                           { url(), QStringLiteral("director"), QStringLiteral("demo"), {} });
        QSignalSpy reachable(&link, &OfficeHubLink::hubReachable);
        QSignalSpy problems(&link, &OfficeHubLink::problem);
        QSignalSpy state(&link, &OfficeHubLink::ticketStateChanged);
        link.runRound();
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));
        QCOMPARE(reachable.count(), 1);
        QCOMPARE(reachable.first().first().toBool(), true);
        QCOMPARE(state.count(), 1); // the device's own key came back from the hub
        {
            core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_local.path()));
            QCOMPARE(ledger.uploadedThrough(), ledger.lastSeq());
        }
        // Sold 6 tickets in all: the hub has them, and the cache counts them once.
        QCOMPARE(cacheTodayTickets(), local + 3);
        QCOMPARE(cacheTodayTickets(), hubTodayTickets());
        {
            core::Database cache = core::Cache::openReader(m_local.path());
            QCOMPARE(core::PendingSales::count(cache), 0);
        }
        link.runRound();
        QCOMPARE(cacheTodayTickets(), hubTodayTickets());
    }

    void todaysBookingsArrive()
    {
        // What the ledger held for today is not the hub's list (a booking the hub does not
        // have): the round replaces it with the hub's (the demo's groups, if any are left
        // today) and says so; the next round finds nothing new.
        const QDate today = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
        {
            core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_local.path()));
            core::HubBooking stale;
            stale.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            stale.day = today;
            stale.channel = QStringLiteral("online");
            stale.groupSize = 1;
            stale.groupType = QStringLiteral("other");
            stale.ticketKeys = { QStringLiteral("0123456789ABCDEF-000001-01") };
            ledger.replaceBookings(today, { stale });
            core::HubBooking yesterday = stale;
            yesterday.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            yesterday.day = today.addDays(-1);
            yesterday.ticketKeys = { QStringLiteral("0123456789ABCDEF-000002-01") };
            ledger.replaceBookings(yesterday.day, { yesterday });
        }
        OfficeHubLink link(m_local.path(), false, { url(), QStringLiteral("director"), QStringLiteral("demo"), {} });
        QSignalSpy problems(&link, &OfficeHubLink::problem);
        QSignalSpy changed(&link, &OfficeHubLink::bookingsChanged);
        link.runRound();
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));
        QCOMPARE(changed.count(), 1);
        std::int64_t onHub = 0;
        {
            core::Database hub = core::Database::open(QDir(m_hubDir.path()).filePath(QStringLiteral("hub.sqlite")),
                                                      core::Database::Mode::ReadOnly);
            core::Statement stmt = hub.prepare("SELECT COUNT(*) FROM bookings WHERE site_id = ? AND day = ?");
            stmt.bind(1, m_site.id).bind(2, today.toJulianDay());
            stmt.step();
            onHub = stmt.int64(0);
        }
        {
            core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_local.path()));
            const QList<core::HubBooking> bookings = ledger.bookings(today);
            QCOMPARE(bookings.size(), onHub);
            for (const core::HubBooking& b : bookings) {
                QCOMPARE(b.ticketKeys.size(), b.groupSize);
            }
            QVERIFY(ledger.bookings(today.addDays(-1)).isEmpty()); // days gone are forgotten
        }
        link.runRound();
        QCOMPARE(changed.count(), 1);
    }

    void trainingNeverLeaves()
    {
        OfficeHubLink link(m_local.path(), true, { url(), QStringLiteral("director"), QStringLiteral("demo"), {} });
        QSignalSpy reachable(&link, &OfficeHubLink::hubReachable);
        link.runRound();
        QCOMPARE(reachable.count(), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestOfficeHubLink)
#include "testofficehublink.moc"
