// A counter's sales count in the cache's dashboards at once, and once the hub's
// rows include them, once.
#include "core/cache.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/pendingsales.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>
#include <QUuid>

using namespace core;

class TestPendingSales : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;
    std::optional<Database> m_cache;
    std::optional<Ledger> m_ledger;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> m_signer;
    cruscotto::sync::Ed25519Keyring m_keyring;
    std::unique_ptr<TicketOffice> m_office;
    Site m_site;
    // Tuesday 1 July 2025, 10:20 in Rome: after the demo's last day, so no hub row yet.
    const std::int64_t m_at = RomeTime::utcOf(QDate(2025, 7, 1), 10) + 1200;
    const std::int64_t m_day = QDate(2025, 7, 1).toJulianDay();

    std::int64_t counterTickets()
    {
        Statement stmt = m_cache->prepare(
            "SELECT COALESCE(SUM(tickets), 0) FROM sales_hourly WHERE site_id = ? AND day = ? AND channel_id = 1");
        stmt.bind(1, m_site.id).bind(2, m_day);
        stmt.step();
        return stmt.int64(0);
    }
    std::int64_t dailyRevenue()
    {
        Statement stmt = m_cache->prepare("SELECT COALESCE(SUM(revenue_cents), 0) FROM sales_site_daily WHERE site_id = ? AND day = ?");
        stmt.bind(1, m_site.id).bind(2, m_day);
        stmt.step();
        return stmt.int64(0);
    }
    SaleReceipt sell(const QString& product, int quantity, std::int64_t at)
    {
        Cart cart;
        cart.add(*m_office->productByCode(product), quantity);
        cart.setIdChecked(0, true);
        const Money total = cart.total();
        QList<Payment> payments;
        if (total > Money()) {
            payments.append({ PaymentMethod::Card, total, {} });
        }
        return m_office->sell(cart, payments, at);
    }

private slots:
    void initTestCase()
    {
        m_dir.writeDemo(2, 0, QDate(2025, 6, 30));
        m_cache.emplace(Cache::openWriter(m_dir.path()));
        m_site = SiteCatalogue(*m_cache).sites().first();
        const auto keys = cruscotto::sync::generateEd25519KeyPair();
        m_ledger.emplace(Ledger::open(Ledger::pathIn(m_dir.path())));
        m_ledger->provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), m_site.code, QStringLiteral("Cassa"),
                              m_at - 3600, keys.privateKey, keys.publicKey });
        m_signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        m_office = std::make_unique<TicketOffice>(*m_ledger, m_site, SiteCatalogue(*m_cache).products(m_site.id),
                                                  *m_signer, m_keyring);
        m_office->openSession(Money(), m_at - 600);
    }

    void salesCountAtOnce()
    {
        QCOMPARE(counterTickets(), 0);
        QCOMPARE(PendingSales::add(*m_cache, *m_ledger), 0);
        sell(QStringLiteral("INT"), 3, m_at);
        sell(QStringLiteral("GRU18"), 2, m_at + 60);
        QCOMPARE(PendingSales::add(*m_cache, *m_ledger), 2);
        QCOMPARE(counterTickets(), 5);
        const std::int64_t price = m_office->productByCode(QStringLiteral("INT"))->price.cents();
        QCOMPARE(dailyRevenue(), 3 * price);
        QCOMPARE(PendingSales::count(*m_cache), 2);
        // Nothing twice.
        QCOMPARE(PendingSales::add(*m_cache, *m_ledger), 0);
        QCOMPARE(counterTickets(), 5);
    }

    void voidsTakeOff()
    {
        const SaleReceipt sale = sell(QStringLiteral("INT"), 1, m_at + 120);
        m_office->voidSale(sale.receiptNumber, QStringLiteral("wrong"), std::nullopt, m_at + 4000); // the next hour
        QCOMPARE(PendingSales::add(*m_cache, *m_ledger), 2);
        QCOMPARE(counterTickets(), 5);
        QCOMPARE(m_cache->scalar("SELECT COUNT(*) FROM sales_hourly WHERE hour_utc > 1751364000 AND hour_utc < 1751450000 "
                                 "AND tickets < 0"),
                 0);
    }

    void hubRowsSettleOnce()
    {
        // The hub got the first two sales (seq 2 and 3) and sent its row for the 10:00
        // hour of the full ticket, then a third full ticket was sold before the sync.
        const std::int64_t full = m_office->productByCode(QStringLiteral("INT"))->id;
        const std::int64_t price = m_office->productByCode(QStringLiteral("INT"))->price.cents();
        sell(QStringLiteral("INT"), 4, m_at + 300);
        PendingSales::add(*m_cache, *m_ledger);
        QCOMPARE(counterTickets(), 9);
        const std::int64_t hour = m_at - m_at % 3600;
        Transaction tx(*m_cache);
        // The hub's row: its 3 tickets of seq 2 and one full ticket another counter sold.
        Statement replace = m_cache->prepare(
            "INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents) "
            "VALUES (?,?,1,?,?,4,4,?) ON CONFLICT (site_id, day, channel_id, product_id, hour_utc) DO UPDATE SET "
            "tickets = excluded.tickets, visitors = excluded.visitors, revenue_cents = excluded.revenue_cents");
        replace.bind(1, m_site.id).bind(2, m_day).bind(3, full).bind(4, hour).bind(5, 4 * price);
        replace.exec();
        PendingSales::settle(*m_cache, { { m_site.id, m_day, 1, full, hour } }, 3);
        tx.commit();
        // 4 from the hub (seq 2 inside) + the voided sale (+1, and -1: a void comes off the
        // sale's own hour) + the 4 sold since.
        Statement fullTickets = m_cache->prepare(
            "SELECT tickets FROM sales_hourly WHERE site_id = ? AND day = ? AND channel_id = 1 AND product_id = ? AND hour_utc = ?");
        fullTickets.bind(1, m_site.id).bind(2, m_day).bind(3, full).bind(4, hour);
        QVERIFY(fullTickets.step());
        QCOMPARE(fullTickets.int64(0), 8);
        QCOMPARE(m_cache->scalar("SELECT COUNT(*) FROM pending_sales WHERE seq <= 3 AND product_id = " + QByteArray::number(full)),
                 0);
        // Settling again with the same row changes nothing.
        Transaction again(*m_cache);
        replace.exec();
        PendingSales::settle(*m_cache, { { m_site.id, m_day, 1, full, hour } }, 3);
        again.commit();
        fullTickets.reset();
        QVERIFY(fullTickets.step());
        QCOMPARE(fullTickets.int64(0), 8);
        QCOMPARE(counterTickets(), 10); // and the 2 free tickets of seq 3, still pending
    }

    void settleUploadedTakesOffWhatTheRowsHold()
    {
        // Left pending after hubRowsSettleOnce: the free tickets of seq 3, the voided
        // sale (seq 4, 5) and the sale of seq 6. Their rows came from the hub in an
        // earlier run, so they are in the cache twice until the end of a sync that
        // knows the hub has everything up to seq 5.
        const std::int64_t before = counterTickets();
        core::PendingSales::settleUploaded(*m_cache, 5);
        QCOMPARE(counterTickets(), before - 2); // seq 3's two free tickets; seq 4 and 5 cancel out
        QCOMPARE(m_cache->scalar("SELECT COUNT(*) FROM pending_sales WHERE seq <= 5"), 0);
        QCOMPARE(m_cache->scalar("SELECT COUNT(*) FROM pending_sales WHERE seq = 6"), 1);
        // The rollups follow.
        Statement daily = m_cache->prepare("SELECT counter_tickets FROM sales_site_daily WHERE site_id = ? AND day = ?");
        daily.bind(1, m_site.id).bind(2, m_day);
        QVERIFY(daily.step());
        QCOMPARE(daily.int64(0), counterTickets());
        core::PendingSales::settleUploaded(*m_cache, 5);
        QCOMPARE(counterTickets(), before - 2);
    }

    void resetForgets()
    {
        PendingSales::reset(*m_cache);
        QCOMPARE(PendingSales::count(*m_cache), 0);
    }

    void trainingNeverCounts()
    {
        testsupport::TestDataDir dir;
        Ledger training = Ledger::open(Ledger::pathIn(dir.path(), true), true);
        const auto keys = cruscotto::sync::generateEd25519KeyPair();
        training.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), m_site.code, QStringLiteral("Prova"),
                             m_at, keys.privateKey, keys.publicKey });
        cruscotto::sync::Ed25519Signer signer(keys.privateKey);
        TicketOffice office(training, m_site, SiteCatalogue(*m_cache).products(m_site.id), signer, m_keyring);
        office.openSession(Money(), m_at);
        Cart cart;
        cart.add(*office.productByCode(QStringLiteral("INT")), 10);
        office.sell(cart, { { PaymentMethod::Card, cart.total(), {} } }, m_at);
        const std::int64_t before = counterTickets();
        QCOMPARE(PendingSales::add(*m_cache, training), 0);
        QCOMPARE(counterTickets(), before);
    }
};

QTEST_GUILESS_MAIN(TestPendingSales)
#include "testpendingsales.moc"
