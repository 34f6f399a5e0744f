// A damaged ledger is moved aside, never deleted, and what it still holds is
// carried into a new ledger unchanged; the indexes are rebuilt from the records.
#include "core/ledger.h"
#include "core/ledgerrecovery.h"
#include "core/rometime.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace core;

namespace {

const std::int64_t kMorning = RomeTime::utcOf(QDate(2025, 3, 12), 10) + 600;

TicketProduct product(std::int64_t id, const char* code, TicketCategory category, FreeReason reason, std::int64_t cents)
{
    TicketProduct p;
    p.id = id;
    p.siteId = 7;
    p.code = QString::fromLatin1(code);
    p.name = p.code;
    p.category = category;
    p.freeReason = reason;
    p.price = Money::fromCents(cents);
    return p;
}

QStringList dump(Database& db)
{
    QStringList rows;
    for (const char* sql :
         { "SELECT receipt, seq, session, sold_utc, day, total_cents, voided_seq, refunded_cents FROM receipts "
           "ORDER BY receipt",
           "SELECT ticket_key, sale_seq, receipt, product_id, valid_day, slot, revoked_seq FROM tickets ORDER BY "
           "ticket_key",
           "SELECT number, open_seq, opened_utc, clerk, float_cents, close_seq, closed_utc FROM sessions ORDER BY number",
           "SELECT ticket_key, used_utc, device, site_code, seq FROM ticket_uses ORDER BY ticket_key",
           "SELECT day, direction, scans FROM scan_counts ORDER BY day, direction" }) {
        Statement stmt = db.prepare(sql);
        while (stmt.step()) {
            QStringList cells;
            for (int i = 0; i < stmt.columnCount(); ++i) {
                cells << (stmt.isNull(i) ? QStringLiteral("NULL") : stmt.text(i));
            }
            rows << cells.join(QLatin1Char('|'));
        }
        rows << QStringLiteral("--");
    }
    return rows;
}

// A day at the counter: sessions, sales with a slot, a void, a refund, scans of every kind.
void busyDay(const QString& path, int sales)
{
    Ledger ledger = Ledger::open(path);
    const auto keys = cruscotto::sync::generateEd25519KeyPair();
    ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                       QStringLiteral("Cassa"), kMorning, keys.privateKey, keys.publicKey });
    ledger.setSetting(QStringLiteral("supervisor_pin"), QStringLiteral("kept"));
    cruscotto::sync::Ed25519Signer signer(keys.privateKey);
    cruscotto::sync::Ed25519Keyring keyring;
    keyring.add(TicketCode::deviceShortIdOf(ledger.identity()->deviceId), keys.publicKey);
    Site site;
    site.id = 7;
    site.code = QStringLiteral("BAS-MUS-01");
    site.calendar = OpeningCalendar(9, 19, 1);
    TicketOffice office(ledger, site,
                        { product(1, "INT", TicketCategory::Full, FreeReason::None, 1000),
                          product(2, "GRU18", TicketCategory::Free, FreeReason::Under18, 0) },
                        signer, keyring);
    office.setSlotPolicy(SlotPolicy{ 60, 500, 100, 0, 0, 0 });
    office.openSession(Money::fromCents(5000), kMorning);
    QList<SaleReceipt> sold;
    for (int i = 0; i < sales; ++i) {
        Cart cart;
        cart.add(*office.productByCode(QStringLiteral("INT")), 1 + i % 2);
        if (i % 3 == 0) {
            cart.add(*office.productByCode(QStringLiteral("GRU18")), 1);
            cart.setIdChecked(1, true);
        }
        cart.setSlot((11 + i % 3) * 60);
        sold.append(office.sell(cart, { { PaymentMethod::Cash, cart.total(), cart.total() } }, kMorning + i));
    }
    office.voidSale(sold.at(1).receiptNumber, QStringLiteral("wrong"), std::nullopt, kMorning + 100);
    office.refund(sold.at(2).receiptNumber, { sold.at(2).tickets.at(0).code.key() }, PaymentMethod::Cash,
                  QStringLiteral("rain"), std::nullopt, kMorning + 200);
    const std::int64_t atEleven = RomeTime::utcOf(QDate(2025, 3, 12), 11) + 60;
    office.checkIn(sold.at(0).tickets.at(0).text, ScanDirection::In, atEleven);
    office.checkIn(sold.at(0).tickets.at(0).text, ScanDirection::In, atEleven + 10);
    office.checkIn(sold.at(0).tickets.at(0).text, ScanDirection::Out, atEleven + 3600);
    office.checkIn(QStringLiteral("rubbish"), ScanDirection::In, atEleven);
    office.closeSession(Money::fromCents(9000), kMorning + 8 * 3600);
    office.openSession(Money(), kMorning + 9 * 3600);
}

void checkpoint(const QString& path)
{
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
}

} // namespace

class TestLedgerRecovery : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsTheSameIndexes()
    {
        QTemporaryDir dir;
        const QString path = Ledger::pathIn(dir.path());
        busyDay(path, 30);
        Ledger ledger = Ledger::open(path);
        const QStringList before = dump(ledger.database());
        QVERIFY(before.size() > 60);
        LedgerRecovery::rebuildIndexes(ledger);
        QCOMPARE(dump(ledger.database()), before);
    }

    void intactFileIsCarriedWhole()
    {
        QTemporaryDir dir;
        const QString path = Ledger::pathIn(dir.path());
        busyDay(path, 40);
        std::int64_t records = 0;
        QStringList before;
        QString deviceId;
        {
            Ledger ledger = Ledger::open(path);
            records = ledger.lastSeq();
            before = dump(ledger.database());
            deviceId = ledger.identity()->deviceId;
        }
        const LedgerRecoveryReport report = LedgerRecovery::recover(path);
        QVERIFY(report.complete);
        QCOMPARE(report.recovered, records);
        QVERIFY(QFile::exists(report.damagedCopy));
        Ledger recovered = Ledger::open(path);
        QVERIFY(recovered.verify().ok);
        QCOMPARE(recovered.identity()->deviceId, deviceId);
        QCOMPARE(recovered.setting(QStringLiteral("supervisor_pin")), QStringLiteral("kept"));
        QCOMPARE(dump(recovered.database()), before);
        QVERIFY(report.userMessage().contains(report.damagedCopy));
    }

    void removedRecordStopsTheCopyThere()
    {
        QTemporaryDir dir;
        const QString path = Ledger::pathIn(dir.path());
        busyDay(path, 20);
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "DROP TRIGGER records_kept; DELETE FROM records WHERE seq = 12;", nullptr,
                                  nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const LedgerRecoveryReport report = LedgerRecovery::recover(path);
        QVERIFY(!report.complete);
        QCOMPARE(report.recovered, 11);
        QVERIFY(report.stoppedBecause.contains(QLatin1String("12")));
        QVERIFY(report.userMessage().contains(QLatin1String("supervisor")));
        Ledger recovered = Ledger::open(path);
        const auto check = recovered.verify();
        QVERIFY(check.ok);
        QCOMPARE(check.records, 11);
        // The damaged file is kept, with what it had.
        Database damaged = Database::open(report.damagedCopy, Database::Mode::ReadOnly);
        QVERIFY(damaged.scalar("SELECT COUNT(*) FROM records") > 11);
    }

    void damagedPagesLoseOnlyTheTail()
    {
        QTemporaryDir dir;
        const QString path = Ledger::pathIn(dir.path());
        busyDay(path, 400);
        checkpoint(path);
        std::int64_t records = 0;
        {
            Ledger ledger = Ledger::open(path);
            records = ledger.lastSeq();
        }
        checkpoint(path);
        // A disk fault zeroes the last pages of the file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.seek(size - 3 * 4096));
        file.write(QByteArray(3 * 4096, '\0'));
        file.close();
        try {
            const LedgerRecoveryReport report = LedgerRecovery::recover(path);
            QVERIFY(report.recovered <= records);
            QVERIFY(QFile::exists(report.damagedCopy));
            Ledger recovered = Ledger::open(path);
            const auto check = recovered.verify();
            QVERIFY(check.ok);
            QCOMPARE(check.records, report.recovered);
            qInfo("%lld of %lld records recovered: %s", static_cast<long long>(report.recovered),
                  static_cast<long long>(records), qPrintable(report.stoppedBecause));
        } catch (const std::runtime_error& e) {
            // Only when the identity itself was lost; the message says where the file is.
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String(".damaged-")), e.what());
        }
    }

    void garbageIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = Ledger::pathIn(dir.path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'x'));
        file.close();
        QVERIFY_THROWS_EXCEPTION(std::exception, LedgerRecovery::recover(path));
        const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral("ledger.sqlite.damaged-*") });
        QCOMPARE(kept.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRecovery)
#include "testledgerrecovery.moc"
