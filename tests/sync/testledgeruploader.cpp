// LedgerUploader against the real hub: registration, the site's keys, a ledger
// sent in batches with its upload state moved only past acknowledged records, a
// 72-hour offline backlog sent completely and idempotently, conflicts that stop
// the upload, and a hub that does not answer.
#include "core/cache.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/ledgeruploader.h"
#include "sync/syncengine.h"
#include "sync/ticketkeys.h"
#include "testcounter.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <utility>

using cruscotto::sync::LedgerUploader;
using cruscotto::sync::LedgerUploadError;
using synctest::Counter;
using synctest::HubProcess;
using synctest::kMorning;

class TestLedgerUploader : public QObject
{
    Q_OBJECT

private:
    cruscotto::sync::HubEndpoint endpoint() const { return m_hub.endpoint(); }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t scalar(const QString& sql) const { return db().scalar(sql.toUtf8().constData()); }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;

private slots:
    void initTestCase();
    void registersUploadsAndFetchesKeys();
    void offlineBacklogUploadsCompletelyTwice();
    void conflictStopsWithoutSkipping();
    void absentHubIsReportedAtOnce();
    void commandLineUploads();
    void overbookedSlotIsKeptAlertedAndReported();
    void counterChecksOtherDevicesTicketsOffline();
    void combinedTicketOfAnotherSiteIsUsedOnceHere();
    void cleanupTestCase();
};

void TestLedgerUploader::initTestCase()
{
    HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
    {
        core::Database hub = db();
        const core::SiteCatalogue catalogue(hub);
        m_site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        m_products = catalogue.products(m_site.id);
    }
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
}

void TestLedgerUploader::registersUploadsAndFetchesKeys()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(5000), kMorning);
    const core::SaleReceipt sale = counter.sell("INT", 2, kMorning + 10);
    counter.sell("RID", 1, kMorning + 20);
    counter.office->checkIn(sale.tickets.at(0).text, core::ScanDirection::In, kMorning + 30);
    const std::int64_t last = counter.ledger->lastSeq();

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader::Options options;
    options.batchRecords = 2; // several batches from a small ledger
    LedgerUploader uploader(client, options);
    QVERIFY_THROWS_EXCEPTION(LedgerUploadError, uploader.login(QStringLiteral("clerk"), QStringLiteral("wrong")));
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    // Not registered yet: upload() registers the device itself.
    QList<std::int64_t> acknowledged;
    const auto result = uploader.upload(*counter.ledger, [&](std::int64_t through, std::int64_t) {
        acknowledged << through;
        QCOMPARE(counter.ledger->uploadedThrough(), through); // moved after each batch, not at the end
    });
    QCOMPARE(result.stored, last);
    QCOMPARE(result.duplicates, 0);
    QCOMPARE(result.through, last);
    QCOMPARE(result.batches, int((last + 1) / 2));
    QCOMPARE(acknowledged.last(), last);
    QCOMPARE(counter.ledger->uploadedThrough(), last);
    QCOMPARE(uploader.registerDevice(counter.identity), false); // known now

    // Nothing new: nothing sent.
    QCOMPARE(uploader.upload(*counter.ledger).batches, 0);
    counter.sell("INT", 1, kMorning + 40);
    const auto more = uploader.upload(*counter.ledger);
    QCOMPARE(more.stored, 1);
    QCOMPARE(counter.ledger->uploadedThrough(), last + 1);

    // Another counter of the site checks this one's tickets with the keys from the hub.
    const cruscotto::sync::Ed25519Keyring keyring = uploader.fetchDeviceKeys(QStringLiteral("BAS-MUS-01"));
    QVERIFY(keyring.knowsDevice(core::TicketCode::deviceShortIdOf(counter.identity.deviceId)));
    QCOMPARE(core::TicketCode::decode(sale.tickets.at(1).text, keyring).check, core::TicketCode::Check::Valid);
    QVERIFY_THROWS_EXCEPTION(LedgerUploadError, uploader.fetchDeviceKeys(QStringLiteral("BAS-MUS-02")));
}

void TestLedgerUploader::offlineBacklogUploadsCompletelyTwice()
{
    // 72 hours without the hub: 10 000 sales and 50 000 scans.
    constexpr int kSales = 10000;
    constexpr int kScansPerSale = 5;
    Counter counter(m_site, m_products);
    core::Ledger& ledger = *counter.ledger;
    const QString shortId = core::TicketCode::deviceShortIdOf(counter.identity.deviceId);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    const std::int64_t start = now - 72 * 3600;
    std::int64_t tickets = 0;
    std::int64_t revenue = 0;
    QElapsedTimer clock;
    clock.start();
    ledger.append(core::LedgerKind::SessionOpen, QStringLiteral("clerk-9"),
                  QJsonObject{ { QStringLiteral("session"), 1 }, { QStringLiteral("float_cents"), 10000 } }, start);
    for (int batch = 0; batch < kSales / 1000; ++batch) {
        // One transaction per 1000 sales (and their scans): Ledger::append joins it.
        core::Transaction tx(ledger.database());
        for (int i = batch * 1000; i < (batch + 1) * 1000; ++i) {
            const core::TicketProduct& product = m_products.at(i % m_products.size());
            const int quantity = 1 + i % 4;
            const std::int64_t at = start + std::int64_t(i) * 25;
            const std::int64_t seq = ledger.lastSeq() + 1;
            QJsonArray keys;
            for (int k = 0; k < quantity; ++k) {
                keys.append(core::TicketCode::keyFor(shortId, seq, k));
            }
            const std::int64_t total = quantity * product.price.cents();
            const QJsonObject line{ { QStringLiteral("product"), product.code },
                                    { QStringLiteral("product_id"), double(product.id) },
                                    { QStringLiteral("category"), core::categoryCode(product.category) },
                                    { QStringLiteral("free_reason"), core::freeReasonCode(product.freeReason) },
                                    { QStringLiteral("quantity"), quantity },
                                    { QStringLiteral("unit_cents"), double(product.price.cents()) },
                                    { QStringLiteral("id_checked"), true } };
            const QJsonObject payment{ { QStringLiteral("method"), QStringLiteral("cash") },
                                       { QStringLiteral("cents"), double(total) },
                                       { QStringLiteral("tendered_cents"), double(total) } };
            ledger.append(
                core::LedgerKind::Sale, QStringLiteral("clerk-9"),
                QJsonObject{ { QStringLiteral("sale_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                             { QStringLiteral("receipt"), i + 1 },
                             { QStringLiteral("session"), 1 },
                             { QStringLiteral("site"), m_site.code },
                             { QStringLiteral("channel"), QStringLiteral("counter") },
                             { QStringLiteral("lines"), QJsonArray{ line } },
                             { QStringLiteral("tickets"), keys },
                             { QStringLiteral("total_cents"), double(total) },
                             { QStringLiteral("payments"), QJsonArray{ payment } },
                             { QStringLiteral("change_cents"), 0 } },
                at);
            tickets += quantity;
            revenue += total;
            for (int s = 0; s < kScansPerSale; ++s) {
                const QString key = keys.at(s % quantity).toString();
                ledger.append(core::LedgerKind::Scan, QStringLiteral("clerk-9"),
                              QJsonObject{ { QStringLiteral("code"), key },
                                           { QStringLiteral("ticket"), key },
                                           { QStringLiteral("result"),
                                             s < quantity ? QStringLiteral("valid") : QStringLiteral("already_used") },
                                           { QStringLiteral("direction"), QStringLiteral("in") },
                                           { QStringLiteral("site"), m_site.code } },
                              at + 1 + s);
            }
        }
        tx.commit();
    }
    const std::int64_t last = ledger.lastSeq();
    QCOMPARE(last, std::int64_t(1 + kSales * (1 + kScansPerSale)));
    qInfo("built a ledger of %lld records in %.1f s", static_cast<long long>(last), double(clock.elapsed()) / 1000);

    // A copy as it was before any upload: the same records, sent again later.
    QTemporaryDir copyDir;
    const QString copyPath = core::Ledger::pathIn(copyDir.path());
    core::Statement vacuum = ledger.database().prepare("VACUUM INTO ?");
    vacuum.bind(1, copyPath);
    vacuum.exec();

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    const std::int64_t fromDay = core::RomeTime::localDay(start);
    const std::int64_t toDay = core::RomeTime::localDay(now);
    const QString totals
        = QStringLiteral("SELECT COALESCE(SUM(tickets), 0) * 1000000000000 + COALESCE(SUM(revenue_cents), 0) "
                         "FROM sales_hourly WHERE site_id = %1 AND day BETWEEN %2 AND %3")
              .arg(m_site.id)
              .arg(fromDay)
              .arg(toDay);
    QCOMPARE(scalar(totals), 0);

    clock.restart();
    const auto first = uploader.upload(ledger);
    const double firstSeconds = double(clock.elapsed()) / 1000;
    qInfo("first upload: %lld records in %d batches, %.1f MB, %.1f s", static_cast<long long>(first.stored),
          first.batches, double(first.bytes) / 1e6, firstSeconds);
    QCOMPARE(first.stored, last);
    QCOMPARE(first.duplicates, 0);
    QCOMPARE(first.through, last);
    QCOMPARE(ledger.uploadedThrough(), last);
    QCOMPARE(scalar(totals), tickets * 1000000000000 + revenue);
    const QString device = QStringLiteral("'%1'").arg(counter.identity.deviceId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE device_id = %1").arg(device)), last);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_scans WHERE device_id = %1").arg(device)),
             kSales * kScansPerSale);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE sold_utc >= %1").arg(start)), kSales);

    // Twice: the up-to-date ledger sends nothing; the copy sends everything, which the hub already has.
    QCOMPARE(uploader.upload(ledger).batches, 0);
    core::Ledger copy = core::Ledger::open(copyPath);
    QCOMPARE(copy.uploadedThrough(), 0);
    clock.restart();
    const auto second = uploader.upload(copy);
    qInfo("second upload of the same records: %d batches, %.1f s", second.batches, double(clock.elapsed()) / 1000);
    QCOMPARE(second.stored, 0);
    QCOMPARE(second.duplicates, last);
    QCOMPARE(copy.uploadedThrough(), last);
    QCOMPARE(scalar(totals), tickets * 1000000000000 + revenue);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE device_id = %1").arg(device)), last);
}

void TestLedgerUploader::conflictStopsWithoutSkipping()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    counter.sell("INT", 1, kMorning + 1);
    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    uploader.upload(*counter.ledger);

    // A second ledger claiming the same device: its records are not the hub's.
    Counter fork(m_site, m_products, counter.identity.deviceId);
    fork.office->openSession(core::Money::fromCents(100), kMorning);
    fork.sell("RID", 1, kMorning + 2);
    fork.sell("RID", 1, kMorning + 3);
    try {
        uploader.upload(*fork.ledger);
        QFAIL("the fork was accepted");
    } catch (const LedgerUploadError& e) {
        QCOMPARE(e.kind(), LedgerUploadError::Kind::Conflict);
        QVERIFY2(e.message().contains(QLatin1String("record 1")), qPrintable(e.message()));
    }
    QCOMPARE(fork.ledger->uploadedThrough(), 0);
    // Registering it with another key is refused too.
    try {
        uploader.registerDevice(fork.identity);
        QFAIL("another key was accepted");
    } catch (const LedgerUploadError& e) {
        QCOMPARE(e.kind(), LedgerUploadError::Kind::Conflict);
    }
}

void TestLedgerUploader::absentHubIsReportedAtOnce()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    for (const char* url : { "http://127.0.0.1:9", "https://192.0.2.1:8443" }) {
        cruscotto::sync::HubEndpoint e;
        e.url = url;
        e.connectTimeout = std::chrono::seconds(1);
        cruscotto::sync::HubClient client(e);
        LedgerUploader::Options options;
        options.maxAttempts = 1;
        LedgerUploader uploader(client, options);
        QElapsedTimer clock;
        clock.start();
        try {
            uploader.upload(*counter.ledger);
            QFAIL("uploaded to no hub");
        } catch (const LedgerUploadError& error) {
            QCOMPARE(error.kind(), LedgerUploadError::Kind::Unreachable);
        }
        QVERIFY2(clock.elapsed() < 2500,
                 qPrintable(QStringLiteral("%1: %2 ms").arg(QLatin1String(url)).arg(clock.elapsed())));
        QCOMPARE(counter.ledger->uploadedThrough(), 0);
    }
}

void TestLedgerUploader::commandLineUploads()
{
    Counter counter(m_site, m_products);
    counter.office->openSession(core::Money::fromCents(0), kMorning);
    counter.sell("INT", 2, kMorning + 5);
    counter.sell("RID", 1, kMorning + 6);
    const std::int64_t last = counter.ledger->lastSeq();
    QTemporaryDir secrets;
    const QString passwordFile = secrets.filePath(QStringLiteral("password"));
    const QString wrongFile = secrets.filePath(QStringLiteral("wrong"));
    for (const auto& [path, text] : { std::pair{ passwordFile, "demo\n" }, std::pair{ wrongFile, "nope\n" } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString hub = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port());
    const auto upload = [&](const QString& url, const QString& password, const QString& dataDir) {
        return testsupport::runApp(QStringLiteral("cruscotto-cli"),
                                   { QStringLiteral("upload-ledger"), QStringLiteral("--hub"), url,
                                     QStringLiteral("--user"), QStringLiteral("clerk"),
                                     QStringLiteral("--password-file"), password, QStringLiteral("--data-dir"),
                                     dataDir });
    };

    const auto first = upload(hub, passwordFile, counter.dir.path());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("Registered this device")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("through %1; %1 sent now, 0 it already had").arg(last)),
             qPrintable(first.out));
    QCOMPARE(counter.ledger->uploadedThrough(), last);
    const auto again = upload(hub, passwordFile, counter.dir.path());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("through %1; 0 sent now").arg(last)), qPrintable(again.out));
    QVERIFY(!again.out.contains(QLatin1String("Registered")));

    QCOMPARE(upload(hub, wrongFile, counter.dir.path()).exitCode, 5);
    QCOMPARE(upload(QStringLiteral("http://127.0.0.1:9"), passwordFile, counter.dir.path()).exitCode, 3);
    QCOMPARE(upload(QString(), passwordFile, counter.dir.path()).exitCode, 2);
    QTemporaryDir empty;
    QCOMPARE(upload(hub, passwordFile, empty.path()).exitCode, 1);

    // Another ledger under the same device id with another key: the hub refuses it.
    Counter fork(m_site, m_products, counter.identity.deviceId);
    fork.office->openSession(core::Money::fromCents(0), kMorning);
    const auto refused = upload(hub, passwordFile, fork.dir.path());
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains(QLatin1String("another key")), qPrintable(refused.err));
}

void TestLedgerUploader::overbookedSlotIsKeptAlertedAndReported()
{
    std::optional<core::SlotPolicy> policy;
    {
        core::Database hub = db();
        policy = core::SiteCatalogue(hub).slotPolicy(m_site.id);
    }
    QVERIFY(policy);
    const int quota = policy->quota(1); // the counter's
    QVERIFY(quota > 10);
    // Two counters of the site, both offline: each may sell the counter's whole quota.
    Counter a(m_site, m_products);
    Counter b(m_site, m_products);
    for (Counter* counter : { &a, &b }) {
        counter->office->setSlotPolicy(policy);
        counter->office->setOnline(false);
        counter->office->setDevicesSharingQuota(1);
        counter->office->openSession(core::Money::fromCents(0), kMorning);
    }
    const QDate day = core::RomeTime::localDate(kMorning);
    const QList<core::SlotAvailability> available = a.office->slotsOn(day, kMorning);
    const auto slot
        = std::find_if(available.cbegin(), available.cend(), [](const auto& s) { return s.start >= 11 * 60; });
    QVERIFY(slot != available.cend());
    const int start = slot->start;
    QCOMPARE(slot->remaining, quota);

    // A: quota - 5, then 2 with 2 guided tours (add-ons admit nobody), one tour refunded.
    a.sellCart({ { "INT", quota - 5 } }, start, kMorning + 10);
    const core::SaleReceipt withTours = a.sellCart({ { "INT", 2 }, { "VISGUI", 2 } }, start, kMorning + 20);
    QCOMPARE(withTours.tickets.size(), 4);
    a.office->refund(withTours.receiptNumber, { withTours.tickets.at(3).code.key() }, core::PaymentMethod::Card,
                     QStringLiteral("tour cancelled"), core::TicketOffice::Approval{ QStringLiteral("Anna"), {} },
                     kMorning + 30);
    // B: 4, then 3 voided.
    const core::SaleReceipt four = b.sellCart({ { "INT", 4 } }, start, kMorning + 15);
    const core::SaleReceipt three = b.sellCart({ { "RID", 3 } }, start, kMorning + 25);
    b.office->voidSale(three.receiptNumber, QStringLiteral("wrong slot"),
                       core::TicketOffice::Approval{ QStringLiteral("Anna"), {} }, kMorning + 35);

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    const auto first = uploader.upload(*a.ledger);
    QVERIFY(first.overbooked.isEmpty()); // quota - 3
    const auto second = uploader.upload(*b.ledger);
    QCOMPARE(second.overbooked.size(), 1); // quota - 3 + 4
    const cruscotto::sync::SlotOverbooked& over = second.overbooked.first();
    core::SlotAvailability expectedSlot = *slot;
    QCOMPARE(over.site, m_site.code);
    QCOMPARE(over.day, day);
    QCOMPARE(over.slot, expectedSlot.label());
    QCOMPARE(over.slotStart, start);
    QCOMPARE(over.channel, QStringLiteral("counter"));
    QCOMPARE(over.quota, quota);
    QCOMPARE(over.sold, std::int64_t(quota + 1));
    QVERIFY2(over.describe().contains(expectedSlot.label()), qPrintable(over.describe()));

    // The hub kept every sale, and counts the slot as it stands.
    const QString slotCount = QStringLiteral("SELECT COALESCE(SUM(tickets), 0) FROM slot_sales WHERE site_id = %1 AND "
                                             "day = %2 AND slot_start = %3 AND channel_id = 1")
                                  .arg(m_site.id)
                                  .arg(day.toJulianDay())
                                  .arg(start);
    QCOMPARE(scalar(slotCount), quota + 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE id IN ('%1','%2')").arg(withTours.saleId, four.saleId)),
        2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_records WHERE kind = 'sale' AND device_id IN "
                                   "('%1','%2')")
                        .arg(a.identity.deviceId, b.identity.deviceId)),
             4);
    // One alert, naming the slot, the day, the channel, the quota and the count.
    const QString alertWhere = QStringLiteral("FROM alerts WHERE site_id = %1 AND kind = 'capacity' AND title LIKE "
                                              "'%%2%' AND title LIKE '%%3%'")
                                   .arg(m_site.id)
                                   .arg(expectedSlot.label(), day.toString(Qt::ISODate));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) ") + alertWhere), 1);
    {
        core::Database hub = db();
        core::Statement alert
            = hub.prepare((QStringLiteral("SELECT title, detail, rev ") + alertWhere).toUtf8().constData());
        QVERIFY(alert.step());
        QVERIFY2(alert.text(0).contains(QLatin1String("counter")), qPrintable(alert.text(0)));
        QVERIFY2(alert.text(1).contains(QStringLiteral("sold %1 tickets").arg(quota + 1)), qPrintable(alert.text(1)));
        QVERIFY2(alert.text(1).contains(QStringLiteral("quota is %1").arg(quota)), qPrintable(alert.text(1)));
        QVERIFY(alert.int64(2) > 0); // numbered for the changes feed
    }

    // Sent again: nothing new, nothing reported; one more sale: the same alert, updated.
    QCOMPARE(uploader.upload(*b.ledger).overbooked.size(), 0);
    b.sellCart({ { "INT", 1 } }, start, kMorning + 45);
    const auto third = uploader.upload(*b.ledger);
    QCOMPARE(third.overbooked.size(), 1);
    QCOMPARE(third.overbooked.first().sold, std::int64_t(quota + 2));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) ") + alertWhere), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) ") + alertWhere
                    + QStringLiteral(" AND detail LIKE '%sold %1 tickets%'").arg(quota + 2)),
             1);

    // The director's cache gets the hub's slot counts and the alert from the changes feed.
    testsupport::TestDataDir cacheDir;
    core::Database cache = core::Cache::openWriter(cacheDir.path());
    cruscotto::sync::HubClient director(endpoint());
    cruscotto::sync::SyncEngine engine(cache, director);
    engine.login(QStringLiteral("director"), QStringLiteral("demo"));
    engine.run();
    const core::SiteCatalogue catalogue(cache);
    QCOMPARE(catalogue.slotSales(m_site.id, day).value(start).value(1), quota + 2);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT COUNT(*) ").append(alertWhere).toUtf8().constData()), 1);
    {
        core::Database hub = db();
        core::Statement rows = hub.prepare(
            "SELECT site_id, day, slot_start, channel_id, tickets FROM slot_sales "
            "WHERE site_id IN (SELECT id FROM sites WHERE code IN ('BAS-MUS-01','BAS-MUS-02','BAS-MUS-03')) "
            "ORDER BY 1, 2, 3, 4");
        core::Statement cached
            = cache.prepare("SELECT site_id, day, slot_start, channel_id, tickets FROM slot_sales ORDER BY 1, 2, 3, 4");
        while (rows.step()) {
            QVERIFY(cached.step());
            for (int c = 0; c < 5; ++c) {
                QCOMPARE(cached.int64(c), rows.int64(c));
            }
        }
        QVERIFY(!cached.step());
    }
}

void TestLedgerUploader::counterChecksOtherDevicesTicketsOffline()
{
    using Outcome = core::CheckInResult::Outcome;
    Counter a(m_site, m_products);
    Counter b(m_site, m_products);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    a.office->openSession(core::Money::fromCents(0), now - 600);
    const core::SaleReceipt family = a.sellCart({ { "INT", 3 } }, -1, now - 500);
    const core::SaleReceipt single = a.sellCart({ { "RID", 1 } }, -1, now - 490);

    cruscotto::sync::HubClient client(endpoint());
    LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    uploader.upload(*a.ledger);
    uploader.registerDevice(b.identity);

    // B does not know A: A's ticket is refused until B pulls the site's state.
    QCOMPARE(b.office->checkIn(family.tickets.at(0).text, core::ScanDirection::In, now - 400).outcome,
             Outcome::Invalid);
    const auto pulled = uploader.pullTicketState(*b.ledger);
    QVERIFY(pulled.devices >= 2);
    QVERIFY(pulled.pages >= 1);
    const QString aShort = core::TicketCode::deviceShortIdOf(a.identity.deviceId);
    const QList<core::DeviceKey> keys = b.ledger->deviceKeys();
    const auto aKey = std::find_if(keys.cbegin(), keys.cend(), [&](const auto& k) { return k.shortId == aShort; });
    QVERIFY(aKey != keys.cend());
    QCOMPARE(aKey->publicKey, a.keys.publicKey);
    QCOMPARE(aKey->siteCode, m_site.code);
    QVERIFY(!b.ledger->setting(QStringLiteral("ticket_state_cursor")).isEmpty());
    // Offline from here: B's keyring comes from its own ledger.
    b.keyring = cruscotto::sync::Ed25519Keyring::fromLedger(*b.ledger);
    QCOMPARE(b.office->checkIn(family.tickets.at(0).text, core::ScanDirection::In, now - 390).outcome, Outcome::Valid);

    // A admits the second ticket and voids the single one; B pulls again.
    const std::int64_t scannedAt = now - 300;
    QCOMPARE(a.office->checkIn(family.tickets.at(1).text, core::ScanDirection::In, scannedAt).outcome, Outcome::Valid);
    a.office->voidSale(single.receiptNumber, QStringLiteral("changed their mind"),
                       core::TicketOffice::Approval{ QStringLiteral("Anna"), {} }, now - 290);
    uploader.upload(*a.ledger);
    const auto again = uploader.pullTicketState(*b.ledger);
    QCOMPARE(again.revoked, 1); // only what is new since the cursor
    QCOMPARE(again.uses, 1);

    const core::CheckInResult used = b.office->checkIn(family.tickets.at(1).text, core::ScanDirection::In, now - 200);
    QCOMPARE(used.outcome, Outcome::AlreadyUsed);
    QCOMPARE(used.firstUsedDevice, aShort.toUpper());
    QCOMPARE(used.firstUsedUtc, scannedAt);
    QCOMPARE(used.firstUsedSite, m_site.code);
    QCOMPARE(b.office->checkIn(single.tickets.at(0).text, core::ScanDirection::In, now - 190).outcome,
             Outcome::Revoked);
    // The third ticket was neither used nor revoked.
    QCOMPARE(b.office->checkIn(family.tickets.at(2).text, core::ScanDirection::In, now - 180).outcome, Outcome::Valid);
    // Pulled again with nothing new: nothing received, nothing changes.
    const auto idle = uploader.pullTicketState(*b.ledger);
    QCOMPARE(idle.revoked + idle.uses, 0);
    // A's tickets were entered twice by B and once by A.
    QCOMPARE(b.ledger->database().scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_uses WHERE ticket_key LIKE '%1-%'")
                                             .arg(aShort.toUpper())
                                             .toUtf8()
                                             .constData()),
             3);
}

void TestLedgerUploader::combinedTicketOfAnotherSiteIsUsedOnceHere()
{
    using Outcome = core::CheckInResult::Outcome;
    core::Site other;
    QList<core::TicketProduct> otherProducts;
    {
        core::Database hub = db();
        const core::SiteCatalogue catalogue(hub);
        other = *catalogue.siteByCode(QStringLiteral("BAS-MUS-02"));
        otherProducts = catalogue.products(other.id);
    }
    const auto combined = std::find_if(otherProducts.cbegin(), otherProducts.cend(), [this](const auto& p) {
        return p.kind == core::ProductKind::Combined && p.admits.contains(m_site.id);
    });
    QVERIFY2(combined != otherProducts.cend(), "the demo sells a combined ticket of BAS-MUS-02 and BAS-MUS-01");

    // Sold at BAS-MUS-02 (by the director, whose scope has both sites), one voided.
    Counter seller(other, otherProducts);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    seller.office->openSession(core::Money::fromCents(0), now - 600);
    const core::SaleReceipt pair = seller.sellCart({ { combined->code.toLatin1().constData(), 2 } }, -1, now - 500);
    const core::SaleReceipt lone = seller.sellCart({ { combined->code.toLatin1().constData(), 1 } }, -1, now - 490);
    seller.office->voidSale(lone.receiptNumber, QStringLiteral("changed their mind"),
                            core::TicketOffice::Approval{ QStringLiteral("Anna"), {} }, now - 480);
    cruscotto::sync::HubClient directorClient(endpoint());
    LedgerUploader director(directorClient);
    director.login(QStringLiteral("director"), QStringLiteral("demo"));
    director.upload(*seller.ledger);

    // Two counters of BAS-MUS-01: A admits the first ticket; B, offline with what it
    // pulled, knows the other site's key, that use and the void.
    Counter a(m_site, m_products);
    Counter b(m_site, m_products);
    cruscotto::sync::HubClient clerkClient(endpoint());
    LedgerUploader clerk(clerkClient);
    clerk.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    for (Counter* counter : { &a, &b }) {
        counter->office->openSession(core::Money::fromCents(0), now - 400);
        clerk.pullTicketState(*counter->ledger);
        counter->keyring = cruscotto::sync::Ed25519Keyring::fromLedger(*counter->ledger);
    }
    QCOMPARE(a.office->checkIn(pair.tickets.at(0).text, core::ScanDirection::In, now - 300).outcome, Outcome::Valid);
    clerk.upload(*a.ledger);
    clerk.pullTicketState(*b.ledger);
    const core::CheckInResult again = b.office->checkIn(pair.tickets.at(0).text, core::ScanDirection::In, now - 200);
    QCOMPARE(again.outcome, Outcome::AlreadyUsed);
    QCOMPARE(again.firstUsedDevice, core::TicketCode::deviceShortIdOf(a.identity.deviceId).toUpper());
    QCOMPARE(again.firstUsedSite, m_site.code);
    QCOMPARE(b.office->checkIn(pair.tickets.at(1).text, core::ScanDirection::In, now - 190).outcome, Outcome::Valid);
    QCOMPARE(b.office->checkIn(lone.tickets.at(0).text, core::ScanDirection::In, now - 180).outcome, Outcome::Revoked);
    // Used here, the ticket is still unused at its own site: the use is keyed "KEY@BAS-MUS-01".
    QCOMPARE(b.ledger->database().scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_uses WHERE ticket_key = '%1@%2'")
                                             .arg(pair.tickets.at(0).code.key(), m_site.code)
                                             .toUtf8()
                                             .constData()),
             1);
}

void TestLedgerUploader::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestLedgerUploader)
#include "testledgeruploader.moc"
