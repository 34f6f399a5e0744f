#include "core/ledger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

#include <optional>
#include <stdexcept>

namespace core {

namespace {

struct KindName
{
    LedgerKind kind;
    const char* code;
};
constexpr KindName kKinds[] = {
    { LedgerKind::SessionOpen, "session_open" },
    { LedgerKind::Sale, "sale" },
    { LedgerKind::Void, "void" },
    { LedgerKind::Refund, "refund" },
    { LedgerKind::Scan, "scan" },
    { LedgerKind::SessionClose, "session_close" },
};

// Version 1. `records` is the ledger proper: append-only (triggers refuse UPDATE and
// DELETE, and an INSERT that is not the next sequence number), each row chained to
// the previous one by its hash. The other tables are derived from the records in the
// same transaction (indexes for receipts, tickets, sessions and scans) and could be
// rebuilt from them; `upload_state` and `settings` are the device's own state.
const char* const kVersion1 = R"SQL(
CREATE TABLE device (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id       TEXT NOT NULL CHECK (length(device_id) = 36),
    site_code       TEXT NOT NULL,
    name            TEXT NOT NULL,
    provisioned_utc INTEGER NOT NULL,
    signing_key     BLOB NOT NULL,
    public_key      BLOB NOT NULL
);
CREATE TRIGGER device_fixed BEFORE UPDATE ON device
BEGIN SELECT RAISE(ABORT, 'the device identity cannot be changed'); END;
CREATE TRIGGER device_kept BEFORE DELETE ON device
BEGIN SELECT RAISE(ABORT, 'the device identity cannot be deleted'); END;

CREATE TABLE records (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    kind        TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    clerk       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash        BLOB NOT NULL CHECK (length(hash) = 32)
);
CREATE TRIGGER records_next BEFORE INSERT ON records
WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM records), 0) + 1
BEGIN SELECT RAISE(ABORT, 'ledger records are appended in sequence'); END;
CREATE TRIGGER records_append_only BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'ledger records cannot be changed'); END;
CREATE TRIGGER records_kept BEFORE DELETE ON records
BEGIN SELECT RAISE(ABORT, 'ledger records cannot be deleted'); END;

CREATE TABLE upload_state (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    uploaded_through INTEGER NOT NULL
);
INSERT INTO upload_state VALUES (1, 0);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sessions (
    number      INTEGER PRIMARY KEY,
    open_seq    INTEGER NOT NULL,
    opened_utc  INTEGER NOT NULL,
    clerk       TEXT NOT NULL,
    float_cents INTEGER NOT NULL,
    close_seq   INTEGER,
    closed_utc  INTEGER
);
CREATE TABLE receipts (
    receipt        INTEGER PRIMARY KEY,
    seq            INTEGER NOT NULL UNIQUE,
    session        INTEGER NOT NULL,
    sold_utc       INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    total_cents    INTEGER NOT NULL,
    voided_seq     INTEGER,
    refunded_cents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX receipts_day ON receipts(day);
CREATE TABLE tickets (
    ticket_key  TEXT PRIMARY KEY,
    sale_seq    INTEGER NOT NULL,
    receipt     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL,
    valid_day   INTEGER NOT NULL,
    slot        INTEGER NOT NULL DEFAULT -1,
    holder      TEXT NOT NULL DEFAULT '',
    revoked_seq INTEGER
) WITHOUT ROWID;
CREATE INDEX tickets_slot ON tickets(valid_day, slot);
CREATE INDEX tickets_receipt ON tickets(receipt);
-- First entry of every ticket seen here, ours or another device's; and tickets
-- other devices revoked (from the hub).
CREATE TABLE ticket_uses (
    ticket_key TEXT PRIMARY KEY,
    used_utc   INTEGER NOT NULL,
    device     TEXT NOT NULL,
    site_code  TEXT NOT NULL,
    seq        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE revoked_tickets (
    ticket_key  TEXT PRIMARY KEY,
    revoked_utc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE scan_counts (
    day       INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in','out')),
    scans     INTEGER NOT NULL,
    PRIMARY KEY (day, direction)
) WITHOUT ROWID;
)SQL";

// Version 2: the public keys of the site's other devices (and of whoever else
// signs tickets the site admits), from the hub, so the counter checks their ticket
// codes offline; and the hub's slot counts. Derived like ticket_uses and
// revoked_tickets: pulled again when lost.
const char* const kVersion2 = R"SQL(
CREATE TABLE device_keys (
    short_id   TEXT PRIMARY KEY CHECK (length(short_id) = 16),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    site_code  TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
-- The hub's visitors per time slot and channel of the site, today and ahead, as
-- last pulled: what an online counter's slots have left.
CREATE TABLE hub_slot_sales (
    day        INTEGER NOT NULL,
    slot_start INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    tickets    INTEGER NOT NULL CHECK (tickets >= 0),
    PRIMARY KEY (day, slot_start, channel_id)
) WITHOUT ROWID;
)SQL";

// Version 3: today's and upcoming group bookings of the site, from the hub (GET
// /v1/bookings), and their tickets' keys, so the entrance sees how much of each
// group came in (joined with ticket_uses). Derived like the tables of version 2:
// a day's rows are replaced by each pull, and pulled again when lost.
const char* const kVersion3 = R"SQL(
CREATE TABLE hub_bookings (
    id           TEXT PRIMARY KEY,
    day          INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    slot_start   INTEGER NOT NULL,
    slot         TEXT NOT NULL DEFAULT '',
    channel      TEXT NOT NULL,
    group_size   INTEGER NOT NULL CHECK (group_size >= 1),
    group_type   TEXT NOT NULL,
    product      TEXT NOT NULL DEFAULT '',
    voucher      TEXT NOT NULL DEFAULT '',
    invoice_name TEXT NOT NULL DEFAULT '',
    vat_number   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX hub_bookings_day ON hub_bookings(day, position);
CREATE TABLE hub_booking_tickets (
    ticket_key TEXT PRIMARY KEY,
    booking_id TEXT NOT NULL,
    position   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX hub_booking_tickets_booking ON hub_booking_tickets(booking_id, position);
)SQL";

QByteArray int64Bytes(std::int64_t value)
{
    QByteArray out(8, '\0');
    for (int i = 7; i >= 0; --i) {
        out[i] = char(value & 0xff);
        value >>= 8;
    }
    return out;
}

void addField(QCryptographicHash& hash, const QByteArray& field)
{
    // Length-prefixed, so no two different records hash the same bytes.
    hash.addData(int64Bytes(field.size()));
    hash.addData(field);
}

} // namespace

QString ledgerKindCode(LedgerKind kind)
{
    for (const auto& k : kKinds) {
        if (k.kind == kind) {
            return QString::fromLatin1(k.code);
        }
    }
    return {};
}

std::optional<LedgerKind> ledgerKindFromCode(const QString& code)
{
    for (const auto& k : kKinds) {
        if (code == QLatin1String(k.code)) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QJsonObject LedgerRecord::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

Ledger::Ledger(Database db, bool training)
    : m_db(std::move(db))
    , m_training(training)
{ }

QString Ledger::pathIn(const QString& dataDir, bool training)
{
    return QDir(dataDir).filePath(training ? QStringLiteral("ledger-training.sqlite")
                                           : QStringLiteral("ledger.sqlite"));
}

Ledger Ledger::open(const QString& path, bool training)
{
    Database db = Database::open(path, Database::Mode::ReadWriteCreate, Database::Durability::Ledger);
    const int version = db.userVersion();
    if (version > SchemaVersion) {
        throw std::runtime_error(
            QCoreApplication::translate("core::Ledger", "The ledger %1 was written by a newer version of Cruscotto.")
                .arg(path)
                .toStdString());
    }
    if (version == 0) {
        Transaction tx(db);
        db.exec(kVersion1);
        Statement mode = db.prepare("INSERT INTO settings (key, value) VALUES ('mode', ?)");
        mode.bind(1, training ? QStringLiteral("training") : QStringLiteral("live"));
        mode.exec();
        db.setUserVersion(1);
        tx.commit();
    }
    if (db.userVersion() < 2) {
        Transaction tx(db);
        db.exec(kVersion2);
        db.setUserVersion(2);
        tx.commit();
    }
    if (db.userVersion() < 3) {
        Transaction tx(db);
        db.exec(kVersion3);
        db.setUserVersion(3);
        tx.commit();
    }
    Ledger ledger(std::move(db), training);
    const bool storedTraining = ledger.setting(QStringLiteral("mode")) == QLatin1String("training");
    if (storedTraining != training) {
        throw std::runtime_error(
            (training ? QCoreApplication::translate("core::Ledger", "%1 is the live ledger, not a training one.")
                      : QCoreApplication::translate("core::Ledger", "%1 is a training ledger: its sales never count."))
                .arg(path)
                .toStdString());
    }
    if (const auto id = ledger.identity()) {
        ledger.m_deviceId = id->deviceId;
    }
    return ledger;
}

std::optional<DeviceIdentity> Ledger::identity()
{
    Statement stmt = m_db.prepare(
        "SELECT device_id, site_code, name, provisioned_utc, signing_key, public_key FROM device WHERE singleton = 1");
    if (!stmt.step()) {
        return std::nullopt;
    }
    return DeviceIdentity{ stmt.text(0), stmt.text(1), stmt.text(2), stmt.int64(3), stmt.blob(4), stmt.blob(5) };
}

void Ledger::provision(const DeviceIdentity& identity)
{
    if (this->identity()) {
        throw std::logic_error("the device is already provisioned");
    }
    Statement stmt = m_db.prepare("INSERT INTO device (singleton, device_id, site_code, name, provisioned_utc, "
                                  "signing_key, public_key) VALUES (1,?,?,?,?,?,?)");
    stmt.bind(1, identity.deviceId.toLower()).bind(2, identity.siteCode).bind(3, identity.name);
    stmt.bind(4, identity.provisionedUtc).bind(5, identity.signingKey).bind(6, identity.publicKey);
    stmt.exec();
    m_deviceId = identity.deviceId.toLower();
}

QByteArray Ledger::computeHash(const QString& deviceId, std::int64_t seq, const QString& kindCode,
                               std::int64_t createdUtc, const QString& clerk, const QByteArray& payload,
                               const QByteArray& prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("cruscotto-ledger-1"));
    addField(hash, deviceId.toUtf8());
    addField(hash, int64Bytes(seq));
    addField(hash, kindCode.toUtf8());
    addField(hash, int64Bytes(createdUtc));
    addField(hash, clerk.toUtf8());
    addField(hash, payload);
    addField(hash, prevHash);
    return hash.result();
}

LedgerRecord Ledger::append(LedgerKind kind, const QString& clerk, const QJsonObject& payload, std::int64_t nowUtc)
{
    if (m_deviceId.isEmpty()) {
        throw std::logic_error("the ledger's device is not provisioned");
    }
    LedgerRecord record;
    record.kind = kind;
    record.createdUtc = nowUtc;
    record.clerk = clerk;
    record.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    {
        Statement& last = m_db.cached("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            record.seq = last.int64(0) + 1;
            record.prevHash = last.blob(1);
        } else {
            record.seq = 1;
            record.prevHash = QByteArray(32, '\0');
        }
        last.reset();
    }
    record.hash
        = computeHash(m_deviceId, record.seq, ledgerKindCode(kind), nowUtc, clerk, record.payload, record.prevHash);
    Statement& insert = m_db.cached(
        "INSERT INTO records (seq, kind, created_utc, clerk, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, record.seq).bind(2, ledgerKindCode(kind)).bind(3, nowUtc).bind(4, clerk);
    insert.bind(5, QString::fromUtf8(record.payload)).bind(6, record.prevHash).bind(7, record.hash);
    insert.exec();
    return record;
}

void Ledger::restore(const LedgerRecord& record)
{
    if (m_deviceId.isEmpty()) {
        throw std::logic_error("the ledger's device is not provisioned");
    }
    QByteArray prev(32, '\0');
    {
        Statement last = m_db.prepare("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            if (record.seq != last.int64(0) + 1) {
                throw std::runtime_error("record out of sequence");
            }
            prev = last.blob(1);
        } else if (record.seq != 1) {
            throw std::runtime_error("record out of sequence");
        }
    }
    const QString kind = ledgerKindCode(record.kind);
    if (record.prevHash != prev
        || computeHash(m_deviceId, record.seq, kind, record.createdUtc, record.clerk, record.payload, record.prevHash)
            != record.hash) {
        throw std::runtime_error("the record does not belong to the chain");
    }
    Statement insert = m_db.prepare(
        "INSERT INTO records (seq, kind, created_utc, clerk, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, record.seq).bind(2, kind).bind(3, record.createdUtc).bind(4, record.clerk);
    insert.bind(5, QString::fromUtf8(record.payload)).bind(6, record.prevHash).bind(7, record.hash);
    insert.exec();
}

std::int64_t Ledger::lastSeq()
{
    Statement& stmt = m_db.cached("SELECT COALESCE(MAX(seq), 0) FROM records");
    stmt.step();
    const std::int64_t seq = stmt.int64(0);
    stmt.reset();
    return seq;
}

namespace {
LedgerRecord readRecord(const Statement& stmt)
{
    LedgerRecord r;
    r.seq = stmt.int64(0);
    r.kind = ledgerKindFromCode(stmt.text(1)).value_or(LedgerKind::Sale);
    r.createdUtc = stmt.int64(2);
    r.clerk = stmt.text(3);
    r.payload = stmt.text(4).toUtf8();
    r.prevHash = stmt.blob(5);
    r.hash = stmt.blob(6);
    return r;
}
} // namespace

std::optional<LedgerRecord> Ledger::record(std::int64_t seq)
{
    Statement stmt
        = m_db.prepare("SELECT seq, kind, created_utc, clerk, payload, prev_hash, hash FROM records WHERE seq = ?");
    stmt.bind(1, seq);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return readRecord(stmt);
}

QList<LedgerRecord> Ledger::recordsAfter(std::int64_t after, int limit)
{
    QList<LedgerRecord> result;
    Statement stmt = m_db.prepare("SELECT seq, kind, created_utc, clerk, payload, prev_hash, hash FROM records "
                                  "WHERE seq > ? ORDER BY seq LIMIT ?");
    stmt.bind(1, after).bind(2, limit);
    while (stmt.step()) {
        result.append(readRecord(stmt));
    }
    return result;
}

Ledger::Verification Ledger::verify()
{
    Verification result;
    const auto id = identity();
    const QString deviceId = id ? id->deviceId : QString();
    Statement stmt
        = m_db.prepare("SELECT seq, kind, created_utc, clerk, payload, prev_hash, hash FROM records ORDER BY seq");
    QByteArray expectedPrev(32, '\0');
    std::int64_t expectedSeq = 1;
    const auto fail = [&](std::int64_t seq, const QString& problem) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.problem = problem;
    };
    while (stmt.step()) {
        const LedgerRecord r = readRecord(stmt);
        if (!id) {
            fail(r.seq, QCoreApplication::translate("core::Ledger", "The ledger has records but no device identity."));
            break;
        }
        if (r.seq != expectedSeq) {
            fail(expectedSeq, QCoreApplication::translate("core::Ledger", "Record %1 is missing.").arg(expectedSeq));
            break;
        }
        if (!ledgerKindFromCode(stmt.text(1))) {
            fail(r.seq,
                 QCoreApplication::translate("core::Ledger", "Record %1 has an unknown kind \"%2\".")
                     .arg(r.seq)
                     .arg(stmt.text(1)));
            break;
        }
        if (r.prevHash != expectedPrev) {
            fail(r.seq,
                 QCoreApplication::translate(
                     "core::Ledger", "Record %1 does not follow record %2: a record was removed, inserted or changed.")
                     .arg(r.seq)
                     .arg(r.seq - 1));
            break;
        }
        const QByteArray hash
            = computeHash(deviceId, r.seq, stmt.text(1), r.createdUtc, r.clerk, r.payload, r.prevHash);
        if (hash != r.hash) {
            fail(r.seq,
                 QCoreApplication::translate("core::Ledger", "Record %1 was changed after it was written.").arg(r.seq));
            break;
        }
        expectedPrev = r.hash;
        ++expectedSeq;
        ++result.records;
    }
    return result;
}

std::int64_t Ledger::uploadedThrough()
{
    return m_db.scalar("SELECT uploaded_through FROM upload_state WHERE singleton = 1");
}

void Ledger::setUploadedThrough(std::int64_t seq)
{
    Statement stmt = m_db.prepare("UPDATE upload_state SET uploaded_through = MAX(uploaded_through, ?)");
    stmt.bind(1, seq);
    stmt.exec();
}

QList<DeviceKey> Ledger::deviceKeys()
{
    QList<DeviceKey> keys;
    Statement stmt = m_db.prepare("SELECT short_id, public_key, site_code, name FROM device_keys ORDER BY short_id");
    while (stmt.step()) {
        keys.append(DeviceKey{ stmt.text(0), stmt.blob(1), stmt.text(2), stmt.text(3) });
    }
    return keys;
}

void Ledger::storeDeviceKey(const DeviceKey& key)
{
    Statement stmt = m_db.prepare(
        "INSERT INTO device_keys (short_id, public_key, site_code, name) VALUES (?,?,?,?) ON CONFLICT (short_id) "
        "DO UPDATE SET public_key = excluded.public_key, site_code = excluded.site_code, name = excluded.name");
    stmt.bind(1, key.shortId.toLower()).bind(2, key.publicKey).bind(3, key.siteCode).bind(4, key.name);
    stmt.exec();
}

QMap<int, QMap<int, int>> Ledger::hubSlotSales(const QDate& day)
{
    QMap<int, QMap<int, int>> result;
    Statement stmt = m_db.prepare("SELECT slot_start, channel_id, tickets FROM hub_slot_sales WHERE day = ?");
    stmt.bind(1, day.toJulianDay());
    while (stmt.step()) {
        result[stmt.integer(0)][stmt.integer(1)] = stmt.integer(2);
    }
    return result;
}

void Ledger::replaceHubSlotSales(std::int64_t fromDay, const QList<HubSlotCount>& counts)
{
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    Statement clear = m_db.prepare("DELETE FROM hub_slot_sales WHERE day >= ?");
    clear.bind(1, fromDay);
    clear.exec();
    Statement insert
        = m_db.prepare("INSERT INTO hub_slot_sales (day, slot_start, channel_id, tickets) VALUES (?,?,?,?) "
                       "ON CONFLICT (day, slot_start, channel_id) DO UPDATE SET tickets = excluded.tickets");
    for (const HubSlotCount& count : counts) {
        insert.bind(1, count.day).bind(2, count.slotStart).bind(3, count.channelId).bind(4, count.tickets);
        insert.exec();
    }
    if (tx) {
        tx->commit();
    }
}

QList<HubBooking> Ledger::bookings(const QDate& day)
{
    QList<HubBooking> result;
    Statement stmt = m_db.prepare(
        "SELECT id, slot_start, slot, channel, group_size, group_type, product, voucher, invoice_name, vat_number "
        "FROM hub_bookings WHERE day = ? ORDER BY position");
    stmt.bind(1, day.toJulianDay());
    Statement tickets
        = m_db.prepare("SELECT t.ticket_key, EXISTS (SELECT 1 FROM ticket_uses u WHERE u.ticket_key = t.ticket_key) "
                       "FROM hub_booking_tickets t WHERE t.booking_id = ? ORDER BY t.position");
    while (stmt.step()) {
        HubBooking b;
        b.id = stmt.text(0);
        b.day = day;
        b.slotStart = stmt.integer(1);
        b.slot = stmt.text(2);
        b.channel = stmt.text(3);
        b.groupSize = stmt.integer(4);
        b.groupType = stmt.text(5);
        b.product = stmt.text(6);
        b.voucher = stmt.text(7);
        b.invoiceName = stmt.text(8);
        b.vatNumber = stmt.text(9);
        tickets.bind(1, b.id);
        while (tickets.step()) {
            b.ticketKeys.append(tickets.text(0));
            b.entered += tickets.integer(1);
        }
        tickets.reset();
        result.append(b);
    }
    return result;
}

bool Ledger::replaceBookings(const QDate& day, const QList<HubBooking>& bookings)
{
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    QList<HubBooking> stored = this->bookings(day);
    for (HubBooking& b : stored) {
        b.entered = 0;
    }
    QList<HubBooking> given = bookings;
    for (HubBooking& b : given) {
        if (b.day != day) {
            throw std::invalid_argument("a booking of another day");
        }
        b.entered = 0;
    }
    if (stored == given) {
        return false;
    }
    Statement clearTickets = m_db.prepare(
        "DELETE FROM hub_booking_tickets WHERE booking_id IN (SELECT id FROM hub_bookings WHERE day = ?)");
    clearTickets.bind(1, day.toJulianDay());
    clearTickets.exec();
    Statement clear = m_db.prepare("DELETE FROM hub_bookings WHERE day = ?");
    clear.bind(1, day.toJulianDay());
    clear.exec();
    // A booking id or ticket key stored under another day is the hub's latest word.
    Statement insert = m_db.prepare(
        "INSERT INTO hub_bookings (id, day, position, slot_start, slot, channel, group_size, group_type, product, "
        "voucher, invoice_name, vat_number) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
        "day = excluded.day, position = excluded.position, slot_start = excluded.slot_start, slot = excluded.slot, "
        "channel = excluded.channel, group_size = excluded.group_size, group_type = excluded.group_type, "
        "product = excluded.product, voucher = excluded.voucher, invoice_name = excluded.invoice_name, "
        "vat_number = excluded.vat_number");
    Statement ticket = m_db.prepare("INSERT INTO hub_booking_tickets (ticket_key, booking_id, position) VALUES "
                                    "(?,?,?) ON CONFLICT (ticket_key) DO UPDATE SET booking_id = excluded.booking_id, "
                                    "position = excluded.position");
    int position = 0;
    for (const HubBooking& b : std::as_const(given)) {
        insert.bind(1, b.id).bind(2, day.toJulianDay()).bind(3, position++).bind(4, b.slotStart).bind(5, b.slot);
        insert.bind(6, b.channel).bind(7, b.groupSize).bind(8, b.groupType).bind(9, b.product).bind(10, b.voucher);
        insert.bind(11, b.invoiceName).bind(12, b.vatNumber);
        insert.exec();
        for (int i = 0; i < b.ticketKeys.size(); ++i) {
            ticket.bind(1, b.ticketKeys.at(i)).bind(2, b.id).bind(3, i);
            ticket.exec();
        }
    }
    if (tx) {
        tx->commit();
    }
    return true;
}

void Ledger::forgetBookingsBefore(const QDate& day)
{
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    Statement tickets = m_db.prepare(
        "DELETE FROM hub_booking_tickets WHERE booking_id IN (SELECT id FROM hub_bookings WHERE day < ?)");
    tickets.bind(1, day.toJulianDay());
    tickets.exec();
    Statement bookings = m_db.prepare("DELETE FROM hub_bookings WHERE day < ?");
    bookings.bind(1, day.toJulianDay());
    bookings.exec();
    if (tx) {
        tx->commit();
    }
}

QString Ledger::setting(const QString& key, const QString& fallback)
{
    Statement stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

void Ledger::setSetting(const QString& key, const QString& value)
{
    Statement stmt = m_db.prepare(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, value);
    stmt.exec();
}

} // namespace core
