#include "sync/ledgeruploader.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/ticketcode.h"
#include "core/ticketoffice.h"
#include "sync/hubclient.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <boost/json.hpp>

#include <algorithm>
#include <optional>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

QString translated(const char* text)
{
    return QCoreApplication::translate("sync::LedgerUploader", text);
}

// The hub's own words for a refusal, when it gave some.
QString hubMessage(const std::string& body)
{
    const auto answer = parseObject(body);
    const json::value* message = answer ? answer->if_contains("message") : nullptr;
    if (message && message->is_string()) {
        return QString::fromUtf8(message->as_string().data(), qsizetype(message->as_string().size()));
    }
    return {};
}

const json::string* stringOf(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    return v ? v->if_string() : nullptr;
}

// The "overbooked" list of a /v1/ledger answer; entries that are not what the
// protocol says are left out (the batch was stored all the same).
QList<SlotOverbooked> overbookedIn(const json::object& answer)
{
    QList<SlotOverbooked> list;
    const json::value* items = answer.if_contains("overbooked");
    if (!items || !items->is_array()) {
        return list;
    }
    for (const json::value& item : items->as_array()) {
        const json::object* o = item.if_object();
        const json::string* site = o ? stringOf(*o, "site") : nullptr;
        const json::string* day = o ? stringOf(*o, "day") : nullptr;
        const json::string* slot = o ? stringOf(*o, "slot") : nullptr;
        const json::string* channel = o ? stringOf(*o, "channel") : nullptr;
        const auto start = o ? integerOf(*o, "slot_start") : std::nullopt;
        const auto quota = o ? integerOf(*o, "quota") : std::nullopt;
        const auto sold = o ? integerOf(*o, "sold") : std::nullopt;
        if (!site || !day || !slot || !channel || !start || !quota || !sold) {
            continue;
        }
        SlotOverbooked over;
        over.site = qs(*site);
        over.day = QDate::fromString(qs(*day), Qt::ISODate);
        over.slot = qs(*slot);
        over.slotStart = int(*start);
        over.channel = qs(*channel);
        over.quota = int(*quota);
        over.sold = *sold;
        if (over.day.isValid()) {
            list.append(over);
        }
    }
    return list;
}

std::string recordJson(const core::LedgerRecord& record)
{
    // The payload travels as a string: exactly the bytes the device hashed.
    return json::serialize(
        json::object{ { "seq", record.seq },
                      { "kind", core::ledgerKindCode(record.kind).toStdString() },
                      { "created_utc", record.createdUtc },
                      { "clerk", record.clerk.toStdString() },
                      { "payload", json::string(record.payload.constData(), std::size_t(record.payload.size())) },
                      { "prev_hash", record.prevHash.toHex().toStdString() },
                      { "hash", record.hash.toHex().toStdString() } });
}

} // namespace

QString SlotOverbooked::describe() const
{
    return QCoreApplication::translate("sync::LedgerUploader", "%1 %2 %3, %4: %5 sold, quota %6")
        .arg(site, day.toString(Qt::ISODate), slot, channel)
        .arg(sold)
        .arg(quota);
}

LedgerUploader::LedgerUploader(HubClient& client, Options options)
    : m_client(client)
    , m_options(options)
{
    m_options.batchRecords = std::clamp(m_options.batchRecords, 1, 5000);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

LedgerUploader::LedgerUploader(HubClient& client)
    : LedgerUploader(client, Options())
{ }

void LedgerUploader::throwIfCancelled() const
{
    if (m_cancelled) {
        throw LedgerUploadError(LedgerUploadError::Kind::Cancelled,
                                translated(QT_TRANSLATE_NOOP("sync::LedgerUploader",
                                                             "The upload was cancelled; what the hub acknowledged "
                                                             "is marked as sent.")));
    }
}

void LedgerUploader::login(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
    m_client.setToken({});
    const std::string body
        = json::serialize(json::object{ { "user", user.toStdString() }, { "password", password.toStdString() } });
    const Reply reply = send("POST", "/v1/auth/token", body);
    if (reply.status == 401) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::WrongPassword,
            translated(QT_TRANSLATE_NOOP("sync::LedgerUploader", "The hub did not accept the user name or password.")));
    }
    const auto answer = parseObject(reply.body);
    const json::value* token = answer ? answer->if_contains("token") : nullptr;
    if (reply.status != 200 || !token || !token->is_string()) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::BadReply,
            QCoreApplication::translate("sync::LedgerUploader", "The hub answered the sign-in with status %1.")
                .arg(reply.status));
    }
    m_client.setToken(std::string(token->as_string()));
}

LedgerUploader::Reply LedgerUploader::send(const char* method, const std::string& target, const std::string& body)
{
    std::chrono::milliseconds backoff = m_options.firstBackoff;
    bool reloggedIn = false;
    QString lastProblem;
    const bool signingIn = target == "/v1/auth/token";
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        throwIfCancelled();
        std::chrono::milliseconds wait = backoff;
        try {
            const HubReply reply
                = std::string_view(method) == "POST" ? m_client.post(target, body) : m_client.get(target);
            if (reply.status == 401 && !signingIn && !reloggedIn && !m_user.isEmpty()) {
                // The token expired during a long upload: sign in again, once.
                reloggedIn = true;
                login(m_user, m_password);
                --attempt;
                continue;
            }
            if (reply.status == 401 && !signingIn) {
                throw LedgerUploadError(
                    LedgerUploadError::Kind::WrongPassword,
                    translated(QT_TRANSLATE_NOOP("sync::LedgerUploader", "The hub no longer accepts this sign-in.")));
            }
            if (reply.status == 403) {
                const QString why = hubMessage(reply.body);
                throw LedgerUploadError(
                    LedgerUploadError::Kind::NoPermission,
                    why.isEmpty() ? translated(
                        QT_TRANSLATE_NOOP("sync::LedgerUploader", "This user may not do this for this device's site."))
                                  : why);
            }
            if (reply.status == 429 || reply.status >= 500) {
                lastProblem = QCoreApplication::translate("sync::LedgerUploader", "the hub answered with status %1")
                                  .arg(reply.status);
                const std::string retryAfter = reply.header("retry-after");
                if (!retryAfter.empty() && retryAfter.size() < 7
                    && std::all_of(retryAfter.begin(), retryAfter.end(), ::isdigit)) {
                    wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(std::stoll(retryAfter)),
                                                               m_options.maxBackoff);
                }
            } else {
                return { reply.status, reply.body };
            }
        } catch (const HubError& e) {
            if (e.kind() == HubError::Kind::Certificate) {
                throw LedgerUploadError(LedgerUploadError::Kind::Certificate, QString::fromUtf8(e.what()));
            }
            if (e.kind() == HubError::Kind::BadAddress || e.kind() == HubError::Kind::Cancelled) {
                throw LedgerUploadError(LedgerUploadError::Kind::Unreachable, QString::fromUtf8(e.what()));
            }
            lastProblem = QString::fromUtf8(e.what());
        }
        if (attempt == m_options.maxAttempts) {
            break;
        }
        backoffWait(wait, [this] { throwIfCancelled(); });
        backoff = std::min(backoff * 2, m_options.maxBackoff);
    }
    throw LedgerUploadError(
        LedgerUploadError::Kind::Unreachable,
        m_options.maxAttempts == 1
            ? QCoreApplication::translate("sync::LedgerUploader", "The hub is not reachable: %1").arg(lastProblem)
            : QCoreApplication::translate("sync::LedgerUploader", "The hub could not be reached after %1 attempts: %2")
                  .arg(m_options.maxAttempts)
                  .arg(lastProblem));
}

bool LedgerUploader::registerDevice(const core::DeviceIdentity& identity)
{
    const std::string body
        = json::serialize(json::object{ { "device_id", identity.deviceId.toStdString() },
                                        { "site", identity.siteCode.toStdString() },
                                        { "name", identity.name.toStdString() },
                                        { "public_key", identity.publicKey.toBase64().toStdString() } });
    const Reply reply = send("POST", "/v1/devices", body);
    if (reply.status == 200 || reply.status == 201) {
        return reply.status == 201;
    }
    const QString why = hubMessage(reply.body);
    if (reply.status == 409) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::Conflict,
            QCoreApplication::translate("sync::LedgerUploader", "The hub refused to register this device: %1")
                .arg(why));
    }
    throw LedgerUploadError(LedgerUploadError::Kind::BadReply,
                            QCoreApplication::translate("sync::LedgerUploader",
                                                        "The hub answered the device registration with status %1: %2")
                                .arg(reply.status)
                                .arg(why));
}

LedgerUploadResult LedgerUploader::upload(core::Ledger& ledger, const ProgressCallback& progress)
{
    const auto started = std::chrono::steady_clock::now();
    m_cancelled = false;
    LedgerUploadResult result;
    if (ledger.isTraining()) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::Ledger,
            translated(QT_TRANSLATE_NOOP("sync::LedgerUploader", "A training ledger never leaves the device.")));
    }
    std::optional<core::DeviceIdentity> identity;
    std::int64_t after = 0;
    std::int64_t last = 0;
    try {
        identity = ledger.identity();
        after = ledger.uploadedThrough();
        last = ledger.lastSeq();
    } catch (const core::DatabaseError& e) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::Ledger,
            QCoreApplication::translate("sync::LedgerUploader", "The ledger could not be read: %1").arg(e.message()));
    }
    if (!identity) {
        throw LedgerUploadError(LedgerUploadError::Kind::NotProvisioned,
                                translated(QT_TRANSLATE_NOOP("sync::LedgerUploader",
                                                             "This device is not provisioned: it has no ledger "
                                                             "identity to upload under.")));
    }
    result.through = after;
    bool registered = false;
    bool rewound = false;
    while (after < last) {
        throwIfCancelled();
        QList<core::LedgerRecord> records;
        try {
            records = ledger.recordsAfter(after, m_options.batchRecords);
        } catch (const core::DatabaseError& e) {
            throw LedgerUploadError(
                LedgerUploadError::Kind::Ledger,
                QCoreApplication::translate("sync::LedgerUploader", "The ledger could not be read: %1")
                    .arg(e.message()));
        }
        if (records.isEmpty() || records.front().seq != after + 1) {
            throw LedgerUploadError(
                LedgerUploadError::Kind::Ledger,
                QCoreApplication::translate("sync::LedgerUploader", "Record %1 is missing from the ledger.")
                    .arg(after + 1));
        }
        std::string body
            = "{\"device\":" + json::serialize(json::string(identity->deviceId.toStdString())) + ",\"records\":[";
        std::int64_t batchLast = after;
        for (const core::LedgerRecord& record : std::as_const(records)) {
            std::string row = recordJson(record);
            if (batchLast > after && body.size() + row.size() + 2 > m_options.batchBytes) {
                break;
            }
            if (record.seq != batchLast + 1) {
                throw LedgerUploadError(
                    LedgerUploadError::Kind::Ledger,
                    QCoreApplication::translate("sync::LedgerUploader", "Record %1 is missing from the ledger.")
                        .arg(batchLast + 1));
            }
            body += batchLast > after ? "," : "";
            body += row;
            batchLast = record.seq;
        }
        body += "]}";

        const Reply reply = send("POST", "/v1/ledger", body);
        result.bytes += body.size();
        const auto answer = parseObject(reply.body);
        if (reply.status == 404 && !registered) {
            // The hub does not know the device (yet): register it, then send the batch again.
            registerDevice(*identity);
            registered = true;
            continue;
        }
        if (reply.status == 409 && answer && !rewound) {
            const json::value* error = answer->if_contains("error");
            const auto hubThrough = integerOf(*answer, "through");
            if (error && error->is_string() && error->as_string() == "ledger_gap" && hubThrough && *hubThrough >= 0
                && *hubThrough < after) {
                // The hub lost records it had acknowledged (restored from a backup): give them again.
                rewound = true;
                after = *hubThrough;
                continue;
            }
        }
        if (reply.status == 409) {
            throw LedgerUploadError(
                LedgerUploadError::Kind::Conflict,
                QCoreApplication::translate("sync::LedgerUploader",
                                            "The hub refused the ledger from record %1 on: %2 Nothing more was sent; "
                                            "the ledger and the hub need a person to look at them.")
                    .arg(answer ? integerOf(*answer, "seq").value_or(after + 1) : after + 1)
                    .arg(hubMessage(reply.body)));
        }
        if (reply.status == 422) {
            QString rows;
            const json::value* bad = answer ? answer->if_contains("rows") : nullptr;
            if (bad && bad->is_array()) {
                for (const json::value& row : bad->as_array()) {
                    const json::value* seq = row.is_object() ? row.as_object().if_contains("seq") : nullptr;
                    const json::value* problems = row.is_object() ? row.as_object().if_contains("problems") : nullptr;
                    if (seq && (seq->is_int64() || seq->is_uint64())) {
                        rows += QStringLiteral("\n  %1: ").arg(seq->to_number<std::int64_t>());
                    }
                    if (problems && problems->is_array()) {
                        for (const json::value& p : problems->as_array()) {
                            if (p.is_string()) {
                                rows += QString::fromUtf8(p.as_string().data(), qsizetype(p.as_string().size()))
                                    + QLatin1Char(' ');
                            }
                        }
                    }
                }
            }
            throw LedgerUploadError(LedgerUploadError::Kind::Refused,
                                    QCoreApplication::translate("sync::LedgerUploader",
                                                                "The hub refused records %1 to %2 as not valid: %3%4")
                                        .arg(after + 1)
                                        .arg(batchLast)
                                        .arg(hubMessage(reply.body), rows));
        }
        const auto stored = answer ? integerOf(*answer, "stored") : std::nullopt;
        const auto duplicates = answer ? integerOf(*answer, "duplicates") : std::nullopt;
        const auto through = answer ? integerOf(*answer, "through") : std::nullopt;
        if (reply.status != 200 || !stored || !duplicates || !through || *through < batchLast) {
            throw LedgerUploadError(LedgerUploadError::Kind::BadReply,
                                    QCoreApplication::translate("sync::LedgerUploader",
                                                                "The hub answered an upload with status %1 and not "
                                                                "the acknowledgement expected: %2")
                                        .arg(reply.status)
                                        .arg(QString::fromStdString(reply.body.substr(0, 300))));
        }
        result.stored += *stored;
        result.duplicates += *duplicates;
        for (const SlotOverbooked& over : overbookedIn(*answer)) {
            // A later batch's count of the same slot replaces the earlier one.
            const auto same
                = std::find_if(result.overbooked.begin(), result.overbooked.end(), [&over](const SlotOverbooked& o) {
                      return o.site == over.site && o.day == over.day && o.slotStart == over.slotStart
                          && o.channel == over.channel;
                  });
            if (same != result.overbooked.end()) {
                *same = over;
            } else {
                result.overbooked.append(over);
            }
        }
        ++result.batches;
        after = batchLast;
        try {
            // Only what this batch carried: never past a record the hub was not sent.
            if (batchLast > ledger.uploadedThrough()) {
                ledger.setUploadedThrough(batchLast);
            }
        } catch (const core::DatabaseError& e) {
            throw LedgerUploadError(LedgerUploadError::Kind::Ledger,
                                    QCoreApplication::translate("sync::LedgerUploader",
                                                                "The upload state could not be written to the "
                                                                "ledger: %1")
                                        .arg(e.message()));
        }
        result.through = std::max(result.through, batchLast);
        if (progress) {
            progress(result.through, last);
        }
        if (after >= last) {
            last = ledger.lastSeq(); // records written meanwhile go too
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Ed25519Keyring LedgerUploader::fetchDeviceKeys(const QString& siteCode)
{
    const Reply reply
        = send("GET", "/v1/devices?site=" + QString::fromUtf8(QUrl::toPercentEncoding(siteCode)).toStdString(), {});
    const auto answer = parseObject(reply.body);
    const json::value* devices = answer ? answer->if_contains("devices") : nullptr;
    if (reply.status != 200 || !devices || !devices->is_array()) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::BadReply,
            QCoreApplication::translate("sync::LedgerUploader", "The hub answered the device list with status %1: %2")
                .arg(reply.status)
                .arg(hubMessage(reply.body)));
    }
    Ed25519Keyring keyring;
    for (const json::value& item : devices->as_array()) {
        const json::object* device = item.if_object();
        const json::value* id = device ? device->if_contains("device_id") : nullptr;
        const json::value* key = device ? device->if_contains("public_key") : nullptr;
        if (!id || !id->is_string() || !key || !key->is_string()) {
            throw LedgerUploadError(
                LedgerUploadError::Kind::BadReply,
                translated(QT_TRANSLATE_NOOP("sync::LedgerUploader", "The hub's device list has a malformed entry.")));
        }
        // The short id is derived here, not taken on trust.
        const QString shortId = core::TicketCode::deviceShortIdOf(
            QString::fromUtf8(id->as_string().data(), qsizetype(id->as_string().size())));
        const auto raw
            = QByteArray::fromBase64Encoding(QByteArray(key->as_string().data(), qsizetype(key->as_string().size())),
                                             QByteArray::AbortOnBase64DecodingErrors);
        if (!raw || !keyring.add(shortId, raw.decoded)) {
            throw LedgerUploadError(LedgerUploadError::Kind::BadReply,
                                    translated(QT_TRANSLATE_NOOP("sync::LedgerUploader",
                                                                 "The hub's device list has a key that is not a "
                                                                 "32-byte Ed25519 public key.")));
        }
    }
    return keyring;
}

TicketStateResult LedgerUploader::pullTicketState(core::Ledger& ledger)
{
    m_cancelled = false;
    TicketStateResult result;
    std::optional<core::DeviceIdentity> identity;
    QString cursor;
    try {
        identity = ledger.identity();
        cursor = ledger.setting(QStringLiteral("ticket_state_cursor"));
    } catch (const core::DatabaseError& e) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::Ledger,
            QCoreApplication::translate("sync::LedgerUploader", "The ledger could not be read: %1").arg(e.message()));
    }
    if (!identity) {
        throw LedgerUploadError(LedgerUploadError::Kind::NotProvisioned,
                                translated(QT_TRANSLATE_NOOP("sync::LedgerUploader",
                                                             "This device is not provisioned: it has no site to "
                                                             "check tickets for.")));
    }
    const auto malformed = [](const char* what) {
        return LedgerUploadError(LedgerUploadError::Kind::BadReply,
                                 QCoreApplication::translate("sync::LedgerUploader",
                                                             "The hub's ticket state is malformed (%1); nothing of "
                                                             "that page was stored.")
                                     .arg(QLatin1String(what)));
    };
    const std::string site = QString::fromUtf8(QUrl::toPercentEncoding(identity->siteCode)).toStdString();
    for (;;) {
        throwIfCancelled();
        const Reply reply = send("GET",
                                 "/v1/tickets/state?site=" + site
                                     + "&since=" + QString::fromUtf8(QUrl::toPercentEncoding(cursor)).toStdString(),
                                 {});
        const auto page = parseObject(reply.body);
        if (reply.status != 200 || !page) {
            throw LedgerUploadError(LedgerUploadError::Kind::BadReply,
                                    QCoreApplication::translate("sync::LedgerUploader",
                                                                "The hub answered the ticket state with status %1: %2")
                                        .arg(reply.status)
                                        .arg(hubMessage(reply.body)));
        }
        // The whole page is checked before anything of it is written.
        const json::string* next = stringOf(*page, "next");
        const json::value* more = page->if_contains("has_more");
        const json::value* devices = page->if_contains("devices");
        const json::value* revoked = page->if_contains("revoked");
        const json::value* uses = page->if_contains("uses");
        if (!next || !more || !more->is_bool() || !devices || !devices->is_array() || !revoked || !revoked->is_array()
            || !uses || !uses->is_array()) {
            throw malformed("fields");
        }
        QList<core::DeviceKey> keys;
        for (const json::value& item : devices->as_array()) {
            const json::object* o = item.if_object();
            const json::string* id = o ? stringOf(*o, "device_id") : nullptr;
            const json::string* key = o ? stringOf(*o, "public_key") : nullptr;
            const json::string* keySite = o ? stringOf(*o, "site") : nullptr;
            const json::string* name = o ? stringOf(*o, "name") : nullptr;
            if (!id || !key || !keySite || !name) {
                throw malformed("devices");
            }
            const auto raw = QByteArray::fromBase64Encoding(QByteArray(key->data(), qsizetype(key->size())),
                                                            QByteArray::AbortOnBase64DecodingErrors);
            const QString shortId = core::TicketCode::deviceShortIdOf(qs(*id)); // derived here, not taken on trust
            if (!raw || raw.decoded.size() != 32 || shortId.size() != 16) {
                throw malformed("devices");
            }
            keys.append(core::DeviceKey{ shortId, raw.decoded, qs(*keySite), qs(*name) });
        }
        struct Revocation
        {
            QString ticket;
            std::int64_t at = 0;
        };
        QList<Revocation> revocations;
        for (const json::value& item : revoked->as_array()) {
            const json::object* o = item.if_object();
            const json::string* ticket = o ? stringOf(*o, "ticket") : nullptr;
            const auto at = o ? integerOf(*o, "revoked_utc") : std::nullopt;
            if (!ticket || ticket->empty() || !at) {
                throw malformed("revoked");
            }
            revocations.append({ qs(*ticket), *at });
        }
        struct Use
        {
            QString key;
            std::int64_t at = 0;
            QString device;
            QString site;
        };
        QList<Use> entries;
        for (const json::value& item : uses->as_array()) {
            const json::object* o = item.if_object();
            const json::string* key = o ? stringOf(*o, "key") : nullptr;
            const json::string* device = o ? stringOf(*o, "device") : nullptr;
            const json::string* useSite = o ? stringOf(*o, "site") : nullptr;
            const auto at = o ? integerOf(*o, "used_utc") : std::nullopt;
            if (!key || key->empty() || !device || !useSite || !at) {
                throw malformed("uses");
            }
            entries.append({ qs(*key), *at, qs(*device).toUpper(), qs(*useSite) });
        }
        const json::value* slotPart = page->if_contains("slots");
        const json::object* slotObject = slotPart ? slotPart->if_object() : nullptr;
        const auto fromDay = slotObject ? integerOf(*slotObject, "from_day") : std::nullopt;
        const json::value* slotRows = slotObject ? slotObject->if_contains("rows") : nullptr;
        if (!fromDay || !slotRows || !slotRows->is_array()) {
            throw malformed("slots");
        }
        QList<core::HubSlotCount> counts;
        for (const json::value& item : slotRows->as_array()) {
            const json::array* cells = item.if_array();
            if (!cells || cells->size() != 4) {
                throw malformed("slots");
            }
            std::int64_t numbers[4] = {};
            for (std::size_t i = 0; i < 4; ++i) {
                const json::value& cell = (*cells)[i];
                if (!cell.is_int64() && !cell.is_uint64()) {
                    throw malformed("slots");
                }
                numbers[i] = cell.to_number<std::int64_t>();
            }
            if (numbers[0] < *fromDay || numbers[1] < 0 || numbers[1] >= 24 * 60 || numbers[3] < 0) {
                throw malformed("slots");
            }
            counts.append(core::HubSlotCount{ numbers[0], int(numbers[1]), int(numbers[2]), int(numbers[3]) });
        }
        try {
            core::Database& db = ledger.database();
            core::Transaction tx(db);
            ledger.replaceHubSlotSales(*fromDay, counts);
            for (const core::DeviceKey& key : std::as_const(keys)) {
                ledger.storeDeviceKey(key);
            }
            core::Statement revoke = db.prepare("INSERT INTO revoked_tickets (ticket_key, revoked_utc) VALUES (?,?) ON "
                                                "CONFLICT (ticket_key) DO NOTHING");
            for (const Revocation& r : std::as_const(revocations)) {
                revoke.bind(1, r.ticket).bind(2, r.at);
                revoke.exec();
            }
            // seq 0: the entry is another device's, not a record of this ledger. A
            // first entry seen here already stays the first.
            core::Statement use = db.prepare("INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) "
                                             "VALUES (?,?,?,?,0) ON CONFLICT (ticket_key) DO NOTHING");
            for (const Use& u : std::as_const(entries)) {
                use.bind(1, u.key).bind(2, u.at).bind(3, u.device).bind(4, u.site);
                use.exec();
            }
            cursor = qs(*next);
            ledger.setSetting(QStringLiteral("ticket_state_cursor"), cursor);
            tx.commit();
            result.devices = int(ledger.deviceKeys().size());
        } catch (const core::DatabaseError& e) {
            throw LedgerUploadError(LedgerUploadError::Kind::Ledger,
                                    QCoreApplication::translate("sync::LedgerUploader",
                                                                "The ticket state could not be written to the ledger: "
                                                                "%1")
                                        .arg(e.message()));
        }
        result.revoked += revocations.size();
        result.uses += entries.size();
        ++result.pages;
        if (!more->as_bool()) {
            break;
        }
    }
    return result;
}

BookingsPullResult LedgerUploader::pullBookings(core::Ledger& ledger, const QString& siteCode, const QDate& day)
{
    m_cancelled = false;
    const auto malformed = [](const char* what) {
        return LedgerUploadError(LedgerUploadError::Kind::BadReply,
                                 QCoreApplication::translate("sync::LedgerUploader",
                                                             "The hub's bookings are malformed (%1); none of them "
                                                             "was stored.")
                                     .arg(QLatin1String(what)));
    };
    const Reply reply = send("GET",
                             "/v1/bookings?site=" + QString::fromUtf8(QUrl::toPercentEncoding(siteCode)).toStdString()
                                 + "&day=" + day.toString(Qt::ISODate).toStdString(),
                             {});
    const auto answer = parseObject(reply.body);
    const json::value* items = answer ? answer->if_contains("bookings") : nullptr;
    if (reply.status != 200 || !items) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::BadReply,
            QCoreApplication::translate("sync::LedgerUploader", "The hub answered the bookings with status %1: %2")
                .arg(reply.status)
                .arg(hubMessage(reply.body)));
    }
    if (!items->is_array()) {
        throw malformed("bookings");
    }
    BookingsPullResult result;
    QList<core::HubBooking> bookings;
    QSet<QString> ids;
    for (const json::value& item : items->as_array()) {
        const json::object* o = item.if_object();
        if (!o) {
            throw malformed("bookings");
        }
        const json::string* id = stringOf(*o, "id");
        const json::string* site = stringOf(*o, "site");
        const json::string* bookedDay = stringOf(*o, "day");
        const json::string* channel = stringOf(*o, "channel");
        const json::string* groupType = stringOf(*o, "group_type");
        const auto slotStart = integerOf(*o, "slot_start");
        const auto groupSize = integerOf(*o, "group_size");
        const json::value* tickets = o->if_contains("tickets");
        if (!id || id->empty() || !site || qs(*site) != siteCode || !bookedDay
            || QDate::fromString(qs(*bookedDay), Qt::ISODate) != day) {
            throw malformed("id, site or day");
        }
        if (!channel || (*channel != "online" && *channel != "b2b") || !groupType || groupType->empty()) {
            throw malformed("channel or group_type");
        }
        if (!slotStart || *slotStart < -1 || *slotStart >= 24 * 60 || !groupSize || *groupSize < 1
            || *groupSize > 999) {
            throw malformed("slot_start or group_size");
        }
        if (!tickets || !tickets->is_array()) {
            throw malformed("tickets");
        }
        core::HubBooking b;
        b.id = qs(*id);
        b.day = day;
        b.slotStart = int(*slotStart);
        b.channel = qs(*channel);
        b.groupSize = int(*groupSize);
        b.groupType = qs(*groupType);
        // Optional texts: the hub sends them empty, an older one might leave them out.
        const auto optional = [o, &malformed](const char* key) {
            const json::value* v = o->if_contains(key);
            if (v && !v->is_string()) {
                throw malformed(key);
            }
            return v ? qs(v->as_string()) : QString();
        };
        b.slot = optional("slot");
        b.product = optional("product");
        b.voucher = optional("voucher");
        b.invoiceName = optional("invoice_name");
        b.vatNumber = optional("vat_number");
        for (const json::value& t : tickets->as_array()) {
            const json::object* ticket = t.if_object();
            const json::string* key = ticket ? stringOf(*ticket, "key") : nullptr;
            if (!key || key->empty()) {
                throw malformed("tickets");
            }
            b.ticketKeys.append(qs(*key).toUpper());
        }
        if (ids.contains(b.id)) {
            throw malformed("id");
        }
        ids.insert(b.id);
        result.tickets += int(b.ticketKeys.size());
        bookings.append(b);
    }
    try {
        result.changed = ledger.replaceBookings(day, bookings);
    } catch (const core::DatabaseError& e) {
        throw LedgerUploadError(
            LedgerUploadError::Kind::Ledger,
            QCoreApplication::translate("sync::LedgerUploader", "The bookings could not be written to the ledger: %1")
                .arg(e.message()));
    }
    result.bookings = int(bookings.size());
    return result;
}

} // namespace cruscotto::sync
