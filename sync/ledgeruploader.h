#pragma once

#include "sync/ticketkeys.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace core {
class Ledger;
struct DeviceIdentity;
} // namespace core

namespace cruscotto::sync {

class HubClient;

// Why an upload stopped, in plain words, with a kind scripts and screens can branch on.
class LedgerUploadError : public std::runtime_error
{
public:
    enum class Kind
    {
        Unreachable, // no answer (within the connect timeout), or the hub kept failing after the retries
        Certificate, // the hub's certificate is not trusted
        WrongPassword, // 401
        NoPermission, // 403: the user may not register or upload for this device's site
        NotProvisioned, // the ledger has no device identity yet
        Refused, // 422: the hub found records that are not valid (altered?); nothing of that batch was stored
        Conflict, // 409: the hub holds other records under these numbers; uploading stops
        BadReply, // the hub's answer was not what the protocol says
        Cancelled,
        Ledger // the local ledger could not be read or its upload state written
    };
    LedgerUploadError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

// A time slot where a channel sold past its quota, as the hub counted it after a
// batch (sales made offline on several counters): the hub kept every sale, and a
// person must make room or move visitors.
struct SlotOverbooked
{
    QString site; // site code
    QDate day;
    QString slot; // "10:00-11:00"
    int slotStart = 0; // minutes after midnight
    QString channel; // "counter", "online", "kiosk", "b2b"
    int quota = 0;
    std::int64_t sold = 0;
    // One line for a person: "2025-03-12 10:00-11:00 counter: 14 sold, quota 12".
    QString describe() const;
};

struct LedgerUploadResult
{
    std::int64_t stored = 0; // records the hub stored now
    std::int64_t duplicates = 0; // records it already had (an earlier answer was lost)
    std::int64_t through = 0; // every record up to this seq is on the hub
    int batches = 0;
    std::uint64_t bytes = 0; // request bodies sent
    double seconds = 0;
    // Slots the uploaded sales left past a channel's quota (the latest count of each).
    QList<SlotOverbooked> overbooked;
};

// What pullTicketState() brought into the ledger.
struct TicketStateResult
{
    std::int64_t revoked = 0; // revocations received (new or already known)
    std::int64_t uses = 0; // first entries received
    int devices = 0; // device keys the ledger now holds
    int pages = 0;
};

// What pullBookings() brought into the ledger.
struct BookingsPullResult
{
    int bookings = 0; // the day's bookings on the hub
    int tickets = 0; // their tickets
    bool changed = false; // they differ from those the ledger held
};

// Sends a ticket office's ledger to the hub (POST /v1/ledger), and registers the
// device and fetches the site's device keys (/v1/devices).
//
// upload() sends the records after ledger.uploadedThrough(), in seq order, in
// batches; after each batch the hub acknowledged it moves uploadedThrough to the
// batch's last record, never further, so a record is never skipped. Batches are
// idempotent on the hub, so a batch whose answer was lost is simply sent again:
// connection errors, 5xx and 429 are retried with exponential backoff and jitter.
// A 409 (the hub holds other records under these numbers) or 422 (records the hub
// finds altered or invalid) stops the upload with a LedgerUploadError saying so;
// a hub that lost records the device had already sent (a restored backup) is
// given them again from where it stands. Blocking: run it on a worker thread.
// For a counter, set the client's HubEndpoint::connectTimeout to 1 s and
// maxAttempts to 1: a hub that does not answer is then absent at once.
class LedgerUploader
{
public:
    struct Options
    {
        int batchRecords = 2000; // at most 5000 (the hub's limit)
        std::size_t batchBytes = std::size_t(4) << 20; // request body, well under the hub's 8 MiB
        int maxAttempts = 6; // per request
        std::chrono::milliseconds firstBackoff{ 250 }; // doubles each time
        std::chrono::milliseconds maxBackoff{ 30000 };
    };
    // After each acknowledged batch: the seq uploaded through and the ledger's last seq.
    using ProgressCallback = std::function<void(std::int64_t through, std::int64_t last)>;

    LedgerUploader(HubClient& client, Options options);
    explicit LedgerUploader(HubClient& client);

    // Signs in and keeps the bearer token in the client. Throws LedgerUploadError.
    void login(const QString& user, const QString& password);
    // Registers the device with its public key (idempotent). True when the hub
    // did not know it yet. Throws LedgerUploadError (Conflict: the hub knows
    // the device with another key or site).
    bool registerDevice(const core::DeviceIdentity& identity);
    // Uploads every record not yet on the hub, registering the device first if
    // the hub does not know it. Throws LedgerUploadError; what was acknowledged stays so.
    LedgerUploadResult upload(core::Ledger& ledger, const ProgressCallback& progress = {});
    // The public keys of the site's devices (GET /v1/devices?site=CODE), by
    // short id, to check their ticket codes offline. Throws LedgerUploadError.
    Ed25519Keyring fetchDeviceKeys(const QString& siteCode);
    // Brings the site's ticket state into the ledger (GET /v1/tickets/state), for
    // checking tickets offline: the public keys of every device whose tickets the
    // site admits (Ledger::deviceKeys), the tickets they revoked (revoked_tickets)
    // and the first entries the site's other devices recorded (ticket_uses); and
    // the hub's slot counts from today on (Ledger::hubSlotSales, for
    // TicketOffice::setSlotSales when online). Each page and the cursor (ledger
    // setting "ticket_state_cursor") commit together, so an interrupted pull
    // resumes. Throws LedgerUploadError.
    TicketStateResult pullTicketState(core::Ledger& ledger);

    // Brings the site's group bookings of `day` into the ledger (GET /v1/bookings),
    // replacing what it held for that day (Ledger::replaceBookings): the whole answer
    // is checked first, so a malformed one leaves the ledger as it was. Throws
    // LedgerUploadError.
    BookingsPullResult pullBookings(core::Ledger& ledger, const QString& siteCode, const QDate& day);

    // Asks a running upload to stop at the next safe point (between batches or retries).
    void cancel() { m_cancelled = true; }

private:
    struct Reply
    {
        int status = 0;
        std::string body;
    };
    Reply send(const char* method, const std::string& target, const std::string& body);
    void throwIfCancelled() const;

    HubClient& m_client;
    Options m_options;
    QString m_user;
    QString m_password;
    std::atomic<bool> m_cancelled{ false };
};

} // namespace cruscotto::sync
