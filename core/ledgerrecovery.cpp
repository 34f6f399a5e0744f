#include "core/ledgerrecovery.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketcode.h"
#include "core/ticketproduct.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <stdexcept>

namespace core {

namespace {

QString moveAside(const QString& path)
{
    const QString target = moveDatabaseAside(path);
    if (target.isEmpty()) {
        throw std::runtime_error(
            QCoreApplication::translate("core::LedgerRecovery",
                                        "The damaged ledger %1 could not be moved aside: nothing was changed.")
                .arg(path)
                .toStdString());
    }
    return target;
}

std::int64_t number(const QJsonObject& o, const char* key)
{
    return std::int64_t(o.value(QLatin1String(key)).toDouble());
}

} // namespace

QString LedgerRecoveryReport::userMessage() const
{
    if (complete) {
        return QCoreApplication::translate(
                   "core::LedgerRecovery",
                   "The ledger was damaged. All %1 records were recovered into a new ledger and checked; "
                   "the damaged file is kept as %2.")
            .arg(recovered)
            .arg(damagedCopy);
    }
    return QCoreApplication::translate(
               "core::LedgerRecovery",
               "The ledger was damaged. Records 1 to %1 were recovered into a new ledger and checked; %2 "
               "The damaged file is kept as %3: do not delete it, and tell your supervisor, since sales after "
               "record %1 may be on it or on the hub only.")
        .arg(recovered)
        .arg(stoppedBecause, damagedCopy);
}

LedgerRecoveryReport LedgerRecovery::recover(const QString& path, bool training)
{
    LedgerRecoveryReport report;
    report.damagedCopy = moveAside(path);

    Database damaged = Database::open(report.damagedCopy, Database::Mode::ReadOnly);
    std::optional<DeviceIdentity> identity;
    try {
        Statement device = damaged.prepare("SELECT device_id, site_code, name, provisioned_utc, signing_key, "
                                           "public_key FROM device WHERE singleton = 1");
        if (device.step()) {
            identity = DeviceIdentity{ device.text(0),  device.text(1), device.text(2),
                                       device.int64(3), device.blob(4), device.blob(5) };
        }
    } catch (const DatabaseError&) { }
    if (!identity) {
        throw std::runtime_error(
            QCoreApplication::translate("core::LedgerRecovery",
                                        "The damaged ledger (kept as %1) no longer says which device it belongs "
                                        "to: it cannot be recovered here. Tell your supervisor.")
                .arg(report.damagedCopy)
                .toStdString());
    }

    Ledger fresh = Ledger::open(path, training);
    fresh.provision(*identity);
    Database& db = fresh.database();
    Transaction tx(db);
    try {
        Statement settings = damaged.prepare("SELECT key, value FROM settings WHERE key <> 'mode'");
        while (settings.step()) {
            if (settings.text(0) != QLatin1String("ticket_state_cursor")) { // the hub's state is fetched again
                fresh.setSetting(settings.text(0), settings.text(1));
            }
        }
    } catch (const DatabaseError&) {
        // Settings are the counter's preferences; the records are what matter.
    }
    std::int64_t uploaded = 0;
    try {
        uploaded = damaged.scalar("SELECT uploaded_through FROM upload_state WHERE singleton = 1");
    } catch (const DatabaseError&) { }
    try {
        Statement records = damaged.prepare(
            "SELECT seq, kind, created_utc, clerk, payload, prev_hash, hash FROM records ORDER BY seq");
        while (records.step()) {
            ++report.readable;
            LedgerRecord r;
            r.seq = records.int64(0);
            const auto kind = ledgerKindFromCode(records.text(1));
            r.createdUtc = records.int64(2);
            r.clerk = records.text(3);
            r.payload = records.text(4).toUtf8();
            r.prevHash = records.blob(5);
            r.hash = records.blob(6);
            if (!kind) {
                report.stoppedBecause
                    = QCoreApplication::translate("core::LedgerRecovery", "record %1 has an unknown kind.").arg(r.seq);
                break;
            }
            r.kind = *kind;
            try {
                fresh.restore(r);
            } catch (const std::runtime_error&) {
                report.stoppedBecause
                    = QCoreApplication::translate("core::LedgerRecovery",
                                                  "record %1 is missing or does not follow the one before.")
                          .arg(report.recovered + 1);
                break;
            }
            ++report.recovered;
        }
    } catch (const DatabaseError& e) {
        report.stoppedBecause = QCoreApplication::translate("core::LedgerRecovery",
                                                            "the damaged file could not be read past record %1 (%2).")
                                    .arg(report.recovered)
                                    .arg(e.message());
    }
    fresh.setUploadedThrough(std::min(uploaded, report.recovered));
    rebuildIndexes(fresh);
    tx.commit();
    const Ledger::Verification check = fresh.verify();
    if (!check.ok || check.records != report.recovered) {
        throw std::runtime_error(
            QCoreApplication::translate("core::LedgerRecovery",
                                        "The recovered ledger does not verify (%1); the damaged file is kept "
                                        "as %2. Tell your supervisor.")
                .arg(check.problem, report.damagedCopy)
                .toStdString());
    }
    report.complete = report.stoppedBecause.isEmpty();
    return report;
}

void LedgerRecovery::rebuildIndexes(Ledger& ledger)
{
    Database& db = ledger.database();
    const bool own = !db.inTransaction();
    std::optional<Transaction> tx;
    if (own) {
        tx.emplace(db);
    }
    for (const char* table : { "sessions", "receipts", "tickets", "ticket_uses", "scan_counts" }) {
        db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    const auto identity = ledger.identity();
    const QString shortId = identity ? TicketCode::deviceShortIdOf(identity->deviceId) : QString();
    Statement openSession
        = db.prepare("INSERT INTO sessions (number, open_seq, opened_utc, clerk, float_cents) VALUES (?,?,?,?,?)");
    Statement closeSession = db.prepare("UPDATE sessions SET close_seq = ?, closed_utc = ? WHERE number = ?");
    Statement receipt
        = db.prepare("INSERT INTO receipts (receipt, seq, session, sold_utc, day, total_cents) VALUES (?,?,?,?,?,?)");
    Statement ticket = db.prepare(
        "INSERT INTO tickets (ticket_key, sale_seq, receipt, product_id, valid_day, slot) VALUES (?,?,?,?,?,?)");
    Statement voided = db.prepare("UPDATE receipts SET voided_seq = ? WHERE receipt = ?");
    Statement revokeReceipt = db.prepare("UPDATE tickets SET revoked_seq = ? WHERE receipt = ?");
    Statement refunded = db.prepare("UPDATE receipts SET refunded_cents = refunded_cents + ? WHERE receipt = ?");
    Statement revokeTicket = db.prepare("UPDATE tickets SET revoked_seq = ? WHERE ticket_key = ?");
    Statement use = db.prepare("INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) "
                               "VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING");
    Statement count = db.prepare("INSERT INTO scan_counts (day, direction, scans) VALUES (?,?,1) "
                                 "ON CONFLICT (day, direction) DO UPDATE SET scans = scans + 1");
    std::int64_t after = 0;
    for (;;) {
        const QList<LedgerRecord> records = ledger.recordsAfter(after, 5000);
        if (records.isEmpty()) {
            break;
        }
        for (const LedgerRecord& r : records) {
            after = r.seq;
            const QJsonObject p = r.payloadObject();
            const std::int64_t day = RomeTime::localDay(r.createdUtc);
            switch (r.kind) {
            case LedgerKind::SessionOpen:
                openSession.bind(1, number(p, "session")).bind(2, r.seq).bind(3, r.createdUtc).bind(4, r.clerk);
                openSession.bind(5, number(p, "float_cents"));
                openSession.exec();
                break;
            case LedgerKind::SessionClose:
                closeSession.bind(1, r.seq).bind(2, r.createdUtc).bind(3, number(p, "session"));
                closeSession.exec();
                break;
            case LedgerKind::Sale: {
                const std::int64_t number_ = number(p, "receipt");
                receipt.bind(1, number_).bind(2, r.seq).bind(3, number(p, "session")).bind(4, r.createdUtc);
                receipt.bind(5, day).bind(6, number(p, "total_cents"));
                receipt.exec();
                const int slot = p.contains(QStringLiteral("slot")) ? p.value(QStringLiteral("slot")).toInt() : -1;
                const QJsonArray keys = p.value(QStringLiteral("tickets")).toArray();
                int index = 0;
                for (const QJsonValue& v : p.value(QStringLiteral("lines")).toArray()) {
                    const QJsonObject line = v.toObject();
                    const bool admits = productKindFromCode(line.value(QStringLiteral("kind")).toString())
                                            .value_or(ProductKind::Admission)
                        != ProductKind::Addon;
                    for (int i = 0; i < line.value(QStringLiteral("quantity")).toInt() && index < keys.size();
                         ++i, ++index) {
                        ticket.bind(1, keys.at(index).toString()).bind(2, r.seq).bind(3, number_);
                        ticket.bind(4, number(line, "product_id")).bind(5, day).bind(6, admits ? slot : -1);
                        ticket.exec();
                    }
                }
                break;
            }
            case LedgerKind::Void:
                voided.bind(1, r.seq).bind(2, number(p, "receipt"));
                voided.exec();
                revokeReceipt.bind(1, r.seq).bind(2, number(p, "receipt"));
                revokeReceipt.exec();
                break;
            case LedgerKind::Refund:
                refunded.bind(1, number(p, "amount_cents")).bind(2, number(p, "receipt"));
                refunded.exec();
                for (const QJsonValue& key : p.value(QStringLiteral("tickets")).toArray()) {
                    revokeTicket.bind(1, r.seq).bind(2, key.toString());
                    revokeTicket.exec();
                }
                break;
            case LedgerKind::Scan:
                if (p.value(QStringLiteral("result")).toString() == QLatin1String("valid")) {
                    const bool in = p.value(QStringLiteral("direction")).toString() == QLatin1String("in");
                    if (in) {
                        const QString key = p.contains(QStringLiteral("use"))
                            ? p.value(QStringLiteral("use")).toString()
                            : p.value(QStringLiteral("ticket")).toString();
                        use.bind(1, key).bind(2, r.createdUtc);
                        use.bind(3, shortId.toUpper()).bind(4, p.value(QStringLiteral("site")).toString());
                        use.bind(5, r.seq);
                        use.exec();
                    }
                    count.bind(1, day).bind(2, in ? QStringLiteral("in") : QStringLiteral("out"));
                    count.exec();
                }
                break;
            }
        }
    }
    if (tx) {
        tx->commit();
    }
}

} // namespace core
