#pragma once

#include "core/database.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace core {

// What a ledger record is. The codes are stored and sent to the hub; never renumber.
enum class LedgerKind
{
    SessionOpen, // "session_open": a cash session opens with a float
    Sale, // "sale": a confirmed sale, with its lines, tickets and payments
    Void, // "void": a sale cancelled whole, its codes revoked
    Refund, // "refund": some tickets of a sale given back, their codes revoked
    Scan, // "scan": a check-in or exit scan, valid or not
    SessionClose // "session_close": the Z report of a cash session (blind count)
};
QString ledgerKindCode(LedgerKind kind);
std::optional<LedgerKind> ledgerKindFromCode(const QString& code);

// Who this device is: provisioned once, then carried by every record, so the hub
// can key uploads by (device, sequence) forever.
struct DeviceIdentity
{
    QString deviceId; // UUID, lower case
    QString siteCode; // the site the device sells for
    QString name; // "Cassa 1"
    std::int64_t provisionedUtc = 0;
    QByteArray signingKey; // the device's private key (PKCS#8 DER), for ticket codes
    QByteArray publicKey; // its public key (raw 32 bytes for Ed25519)
};

// Another device's public key, as the hub gave it: its tickets are checked with it offline.
struct DeviceKey
{
    QString shortId; // first 16 hex digits of its UUID, lower case
    QByteArray publicKey; // raw 32 bytes (Ed25519)
    QString siteCode;
    QString name;
};

// Visitors the hub counts in a time slot for a channel (slot_sales).
struct HubSlotCount
{
    std::int64_t day = 0; // Julian day of the Rome date
    int slotStart = 0; // minutes after midnight
    int channelId = 0;
    int tickets = 0;
};

// A group booked ahead through the hub (online or by a business: schools, tour
// operators), as the hub last gave it (GET /v1/bookings), with its tickets' keys:
// the hub signs the tickets, the counter admits them like any other.
struct HubBooking
{
    QString id; // the booking's UUID
    QDate day;
    int slotStart = -1; // minutes after midnight, -1 for a site without slots
    QString slot; // "10:00-11:00", as the hub labels it; empty without slots
    QString channel; // "online" or "b2b"
    int groupSize = 0;
    QString groupType; // "school", "adults", "seniors", "families", "tour_operator", "association", "other"
    QString product; // the ticket product's code
    QString voucher;
    QString invoiceName; // whom to invoice (b2b)
    QString vatNumber;
    QStringList ticketKeys; // in the hub's order
    int entered = 0; // tickets with a first entry here or at another counter (ticket_uses); read only

    bool operator==(const HubBooking&) const = default;
};

struct LedgerRecord
{
    std::int64_t seq = 0; // 1, 2, 3, ... per device, gap-free
    LedgerKind kind = LedgerKind::Sale;
    std::int64_t createdUtc = 0;
    QString clerk; // pseudonymous clerk id
    QByteArray payload; // compact JSON, exactly as hashed
    QByteArray prevHash; // hash of record seq-1 (32 zero bytes for the first)
    QByteArray hash; // SHA-256 over deviceId, seq, kind, time, clerk, payload, prevHash

    QJsonObject payloadObject() const;
};

// The ticket office's ledger: the only copy of unsent sales, scans and closings.
// A SQLite file of its own beside the cache (synchronous=FULL, WAL). Records are
// append-only (triggers refuse UPDATE and DELETE) and each is chained to the
// previous one by a SHA-256 hash, so an edited, removed or inserted row is
// detected by verify(). Never deleted or rebuilt automatically.
//
// A training ledger is a separate file ("ledger-training.sqlite"): its sales
// never count anywhere and never leave the device.
class Ledger
{
public:
    static constexpr int SchemaVersion = 3;

    // Opens (creating) the ledger at `path`. A training ledger is marked so when
    // created, and opening it as the other kind throws std::runtime_error (as does a
    // file from a newer version). Throws DatabaseError on SQLite failures.
    static Ledger open(const QString& path, bool training = false);
    // The ledger's file name in a data directory.
    static QString pathIn(const QString& dataDir, bool training = false);

    Ledger(Ledger&&) noexcept = default;
    Ledger& operator=(Ledger&&) noexcept = default;

    Database& database() { return m_db; }
    bool isTraining() const { return m_training; }
    QString path() const { return m_db.path(); }

    std::optional<DeviceIdentity> identity();
    // Stores the identity (once; throws std::logic_error if the device already has one).
    void provision(const DeviceIdentity& identity);

    // Appends a record in the caller's transaction when one is open (so derived
    // rows commit with it), else in its own. Throws std::logic_error when the
    // device is not provisioned. Returns the stored record.
    LedgerRecord append(LedgerKind kind, const QString& clerk, const QJsonObject& payload, std::int64_t nowUtc);

    std::int64_t lastSeq();
    std::optional<LedgerRecord> record(std::int64_t seq);
    // Records with seq > after, in order, at most `limit`.
    QList<LedgerRecord> recordsAfter(std::int64_t after, int limit);

    struct Verification
    {
        bool ok = true;
        std::int64_t records = 0;
        std::int64_t firstBadSeq = 0; // 0 when ok
        QString problem; // in words, when not ok
    };
    // Recomputes the whole chain.
    Verification verify();

    // Recovery only: appends a record read from a damaged copy of this device's ledger,
    // exactly as it was (seq, time, payload, hashes), after checking that it follows
    // the last record and that its hash is right. Throws std::runtime_error otherwise.
    void restore(const LedgerRecord& record);

    // Upload state: every record with seq <= uploadedThrough() is on the hub.
    std::int64_t uploadedThrough();
    void setUploadedThrough(std::int64_t seq);

    // The public keys of other devices whose tickets this counter admits (schema 2).
    QList<DeviceKey> deviceKeys();
    // Adds or replaces a key, in the caller's transaction when one is open.
    void storeDeviceKey(const DeviceKey& key);
    // The hub's slot counts for a day, by slot start and channel id (the shape of
    // TicketOffice::SlotSalesSource), as last pulled (schema 2).
    QMap<int, QMap<int, int>> hubSlotSales(const QDate& day);
    // Replaces the counts of `fromDay` and later with `counts` (in the caller's
    // transaction when one is open).
    void replaceHubSlotSales(std::int64_t fromDay, const QList<HubSlotCount>& counts);

    // The bookings of a day as the hub last gave them, in its order (slot, then
    // creation), each with how many of its tickets have entered (schema 3).
    QList<HubBooking> bookings(const QDate& day);
    // Replaces the day's bookings with `bookings` (whose day must be `day`), in the
    // caller's transaction when one is open. True when they differ from those stored.
    bool replaceBookings(const QDate& day, const QList<HubBooking>& bookings);
    // Forgets the bookings of the days before `day` (derived data: the hub keeps them).
    void forgetBookingsBefore(const QDate& day);

    // Small key/value settings of the counter (receipt header, void limit, ...).
    QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);

    static QByteArray computeHash(const QString& deviceId, std::int64_t seq, const QString& kindCode,
                                  std::int64_t createdUtc, const QString& clerk, const QByteArray& payload,
                                  const QByteArray& prevHash);

private:
    Ledger(Database db, bool training);
    Database m_db;
    QString m_deviceId;
    bool m_training = false;
};

} // namespace core
