// Ticket office latencies (issue 5), each next to its baseline measured in the
// same run on the same disk:
//  - sale commit: TicketOffice::sell() (one durable transaction with the ledger
//    record, receipt and ticket rows, Ed25519-signed codes) vs a bare SQLite
//    single-row INSERT commit with WAL and synchronous=FULL;
//  - cart update: Cart::add + total, what the sale screen does on each key;
//  - check-in on a ledger holding 1 000 000 tickets: the whole checkIn() (decode,
//    verify the signature, look up, record the scan durably) and the lookup alone.
// Usage: benchoffice [--sales N] [--tickets N] [--dir DIR]
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Figures figuresOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.empty()) {
        return f;
    }
    f.p50 = ms[ms.size() / 2];
    f.p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    f.max = ms.back();
    double sum = 0;
    for (double v : ms) {
        sum += v;
    }
    f.mean = sum / double(ms.size());
    return f;
}

void print(const char* what, const Figures& f, const char* unit = "ms")
{
    std::printf("%-44s p50 %8.3f %s  p99 %8.3f %s  max %8.3f %s  mean %8.3f %s\n", what, f.p50, unit, f.p99, unit,
                f.max, unit, f.mean, unit);
}

QString argValue(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int sales = argValue(args, QStringLiteral("--sales"), QStringLiteral("10000")).toInt();
    const int tickets = argValue(args, QStringLiteral("--tickets"), QStringLiteral("1000000")).toInt();
    QTemporaryDir tmp(argValue(args, QStringLiteral("--dir"), QDir::currentPath()) + QStringLiteral("/benchoffice-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot make a temporary directory\n");
        return 1;
    }
    std::printf("benchoffice: %d sales, %d tickets, files in %s\n", sales, tickets, qPrintable(tmp.path()));

    // Baseline: a bare single-row commit, WAL + synchronous=FULL, same disk.
    std::vector<double> bare;
    {
        core::Database db = core::Database::open(tmp.filePath(QStringLiteral("bare.sqlite")),
                                                 core::Database::Mode::ReadWriteCreate, core::Database::Durability::Ledger);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
        core::Statement insert = db.prepare("INSERT INTO t (payload) VALUES (?)");
        const QString payload(600, QLatin1Char('x')); // about a sale record's size
        QElapsedTimer timer;
        for (int i = 0; i < sales; ++i) {
            timer.start();
            insert.bind(1, payload);
            insert.exec();
            bare.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const Figures bareFigures = figuresOf(bare);

    // The office.
    core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(tmp.path()));
    const auto keys = cruscotto::sync::generateEd25519KeyPair();
    const std::int64_t start = core::RomeTime::utcOf(QDate(2026, 7, 15), 9);
    ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                       QStringLiteral("Bench"), start, keys.privateKey, keys.publicKey });
    const QString shortId = core::TicketCode::deviceShortIdOf(ledger.identity()->deviceId);
    cruscotto::sync::Ed25519Signer signer(keys.privateKey);
    cruscotto::sync::Ed25519Keyring keyring;
    keyring.add(shortId, keys.publicKey);
    core::Site site;
    site.id = 1;
    site.code = QStringLiteral("BAS-MUS-01");
    core::TicketProduct full;
    full.id = 1;
    full.siteId = 1;
    full.code = QStringLiteral("INT");
    full.name = QStringLiteral("Intero");
    full.category = core::TicketCategory::Full;
    full.freeReason = core::FreeReason::None;
    full.price = core::Money::fromCents(1000);
    core::TicketProduct young;
    young.id = 2;
    young.siteId = 1;
    young.code = QStringLiteral("GRU18");
    young.name = QStringLiteral("Under 18");
    young.category = core::TicketCategory::Free;
    young.freeReason = core::FreeReason::Under18;
    young.price = core::Money();
    core::TicketOffice office(ledger, site, { full, young }, signer, keyring);
    office.setClerk(QStringLiteral("bench"));
    office.openSession(core::Money::fromCents(10000), start);

    std::vector<double> saleMs;
    std::vector<core::SaleReceipt> sold;
    sold.reserve(std::size_t(sales));
    QElapsedTimer timer;
    for (int i = 0; i < sales; ++i) {
        core::Cart cart;
        cart.add(full, 2);
        if (i % 3 == 0) {
            cart.add(young, 2);
            cart.setIdChecked(1, true);
        }
        const core::Money total = cart.total();
        timer.start();
        sold.push_back(office.sell(cart, { { core::PaymentMethod::Cash, total, total } }, start + i));
        saleMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Figures saleFigures = figuresOf(saleMs);

    // Cart updates: a key adds a product, the screen shows the total.
    std::vector<double> cartUs;
    {
        core::Cart cart;
        for (int i = 0; i < 100000; ++i) {
            if (i % 20 == 0) {
                cart.clear();
            }
            timer.start();
            cart.add(i % 2 ? full : young);
            volatile auto cents = cart.total().cents();
            (void)cents;
            cartUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
    }
    const Figures cartFigures = figuresOf(cartUs);

    // Fill the ticket index to `tickets` rows, as a busy site's ledger would hold after
    // years (the rows sold above are real; the rest are the same shape).
    {
        core::Database& db = ledger.database();
        const std::int64_t have = db.scalar("SELECT COUNT(*) FROM tickets");
        core::Transaction tx(db);
        core::Statement insert = db.prepare(
            "INSERT INTO tickets (ticket_key, sale_seq, receipt, product_id, valid_day) VALUES (?,?,?,?,?)");
        const std::int64_t day = QDate(2026, 7, 15).toJulianDay();
        for (std::int64_t i = have; i < tickets; ++i) {
            const std::int64_t seq = 1000000 + i / 4;
            insert.bind(1, core::TicketCode::keyFor(QStringLiteral("00ff00ff00ff00ff"), seq, int(i % 4)));
            insert.bind(2, seq).bind(3, 1000000 + i / 4).bind(4, 1).bind(5, day - i / 3000);
            insert.exec();
        }
        tx.commit();
    }
    std::vector<double> checkMs;
    std::vector<double> lookupMs;
    {
        core::Statement lookup = ledger.database().prepare(
            "SELECT sale_seq, product_id, valid_day, revoked_seq FROM tickets WHERE ticket_key = ?");
        auto* random = QRandomGenerator::global();
        const int scans = std::min<int>(5000, int(sold.size()));
        for (int i = 0; i < scans; ++i) {
            const auto& receipt = sold[std::size_t(random->bounded(int(sold.size())))];
            const auto& ticket = receipt.tickets.at(random->bounded(int(receipt.tickets.size())));
            timer.start();
            lookup.bind(1, ticket.code.key());
            lookup.step();
            lookup.reset();
            lookupMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            office.checkIn(ticket.text, core::ScanDirection::In, start + 3600);
            checkMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const Figures checkFigures = figuresOf(checkMs);
    const Figures lookupFigures = figuresOf(lookupMs);
    const std::int64_t ticketRows = ledger.database().scalar("SELECT COUNT(*) FROM tickets");

    std::printf("\n");
    print("bare SQLite single-row commit (FULL, WAL)", bareFigures);
    print("sale commit: TicketOffice::sell()", saleFigures);
    std::printf("  ratio sale/bare: p50 %.2f  p99 %.2f   (targets: p99 < 20 ms and ratio <= 3)\n",
                saleFigures.p50 / bareFigures.p50, saleFigures.p99 / bareFigures.p99);
    print("cart update: Cart::add + total", cartFigures, "us");
    std::printf("ticket index: %lld rows\n", static_cast<long long>(ticketRows));
    print("check-in lookup by key (SELECT)", lookupFigures);
    print("check-in: TicketOffice::checkIn() whole", checkFigures);
    std::printf("  (target: under 10 ms on 1 million tickets)\n");
    const auto check = ledger.verify();
    std::printf("ledger: %lld records, chain %s\n", static_cast<long long>(check.records), check.ok ? "intact" : "BROKEN");
    return check.ok ? 0 : 1;
}
