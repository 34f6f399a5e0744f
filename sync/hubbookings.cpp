#include "sync/hubbookings.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketcode.h"
#include "core/ticketoffice.h"
#include "sync/hubsales.h"
#include "sync/hubslotsales.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"
#include "sync/ticketkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <boost/json.hpp>

#include <iterator>
#include <optional>
#include <utility>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

constexpr std::size_t kMaxVoucherBytes = 64;
constexpr std::size_t kMaxInvoiceNameBytes = 200;
constexpr std::size_t kMaxVatBytes = 20;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubBookings", text).toStdString();
}

HubBookings::Outcome failure(int status, const char* code, const std::string& message, json::object extra = {})
{
    json::object root{ { "error", code }, { "message", message } };
    for (auto& field : extra) {
        root[field.key()] = std::move(field.value());
    }
    return { status, json::serialize(root) };
}

const QSet<QString>& groupTypes()
{
    static const QSet<QString> types
        = { QStringLiteral("school"),   QStringLiteral("adults"),        QStringLiteral("seniors"),
            QStringLiteral("families"), QStringLiteral("tour_operator"), QStringLiteral("association"),
            QStringLiteral("other") };
    return types;
}

struct BookedTicket
{
    QString key;
    QString code;
};

struct Booking
{
    QString id;
    std::int64_t siteId = 0;
    QString siteCode;
    QDate day;
    int slot = -1;
    int slotMinutes = 60;
    std::int64_t channelId = 0;
    QString channel;
    std::int64_t productId = 0;
    QString productCode;
    bool combined = false;
    int groupSize = 0;
    QString groupType;
    QString voucher;
    QString invoiceName;
    QString vatNumber;
    std::int64_t createdUtc = 0;
    QList<BookedTicket> tickets;

    // What makes two requests with the same id the same booking.
    bool sameAs(const Booking& o) const
    {
        return siteId == o.siteId && day == o.day && slot == o.slot && channelId == o.channelId
            && productId == o.productId && groupSize == o.groupSize && groupType == o.groupType && voucher == o.voucher
            && invoiceName == o.invoiceName && vatNumber == o.vatNumber;
    }
};

QString slotLabel(int start, int minutes)
{
    if (start < 0) {
        return {};
    }
    core::SlotAvailability slot;
    slot.start = start;
    slot.minutes = minutes;
    return slot.label();
}

json::object bookingJson(const Booking& b)
{
    json::array tickets;
    for (const BookedTicket& t : b.tickets) {
        tickets.push_back(json::object{ { "key", jsonText(t.key) }, { "code", jsonText(t.code) } });
    }
    return json::object{ { "id", jsonText(b.id) },
                         { "site", jsonText(b.siteCode) },
                         { "day", jsonText(b.day.toString(Qt::ISODate)) },
                         { "slot_start", b.slot },
                         { "slot", jsonText(slotLabel(b.slot, b.slotMinutes)) },
                         { "channel", jsonText(b.channel) },
                         { "product", jsonText(b.productCode) },
                         { "group_size", b.groupSize },
                         { "group_type", jsonText(b.groupType) },
                         { "voucher", jsonText(b.voucher) },
                         { "invoice_name", jsonText(b.invoiceName) },
                         { "vat_number", jsonText(b.vatNumber) },
                         { "created_utc", b.createdUtc },
                         { "tickets", std::move(tickets) } };
}

std::optional<Booking> storedBooking(core::Database& db, const QString& id)
{
    core::Statement stmt = db.prepare(
        "SELECT b.site_id, s.code, b.day, b.slot_start, b.channel_id, c.code, b.product_id, p.code, b.group_size, "
        "b.group_type, b.voucher, b.invoice_name, b.vat_number, b.created_utc, COALESCE(sp.slot_minutes, 60) "
        "FROM bookings b JOIN sites s ON s.id = b.site_id JOIN channels c ON c.id = b.channel_id "
        "JOIN ticket_products p ON p.id = b.product_id LEFT JOIN site_slot_policy sp ON sp.site_id = b.site_id "
        "WHERE b.id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    Booking b;
    b.id = id;
    b.siteId = stmt.int64(0);
    b.siteCode = stmt.text(1);
    b.day = QDate::fromJulianDay(stmt.int64(2));
    b.slot = stmt.integer(3);
    b.channelId = stmt.int64(4);
    b.channel = stmt.text(5);
    b.productId = stmt.int64(6);
    b.productCode = stmt.text(7);
    b.groupSize = stmt.integer(8);
    b.groupType = stmt.text(9);
    b.voucher = stmt.text(10);
    b.invoiceName = stmt.text(11);
    b.vatNumber = stmt.text(12);
    b.createdUtc = stmt.int64(13);
    b.slotMinutes = stmt.integer(14);
    core::Statement tickets
        = db.prepare("SELECT ticket_key, code FROM booking_tickets WHERE booking_id = ? ORDER BY position");
    tickets.bind(1, id);
    while (tickets.step()) {
        b.tickets.append({ tickets.text(0), tickets.text(1) });
    }
    return b;
}

// The hub's own Ed25519 key for the tickets of bookings, made the first time.
Ed25519KeyPair hubKey(core::Database& db, std::int64_t nowUtc)
{
    core::Statement stored = db.prepare("SELECT private_key, public_key FROM hub_signing_key WHERE id = 1");
    if (stored.step()) {
        return { stored.blob(0), stored.blob(1) };
    }
    stored.reset();
    const Ed25519KeyPair pair = generateEd25519KeyPair();
    core::Statement insert
        = db.prepare("INSERT INTO hub_signing_key (id, private_key, public_key, created_utc) VALUES (1,?,?,?)");
    insert.bind(1, pair.privateKey).bind(2, pair.publicKey).bind(3, nowUtc);
    insert.exec();
    return pair;
}

// The hub's key registered as a device of the site (one device per site, since a
// device sells for one site; its UUID derived from the key and the site, version 8).
QString hubDevice(core::Database& db, const Ed25519KeyPair& key, std::int64_t siteId, std::int64_t userId,
                  std::int64_t nowUtc)
{
    QByteArray digest = QCryptographicHash::hash(key.publicKey + QByteArrayLiteral("/cruscotto-hub-bookings/")
                                                     + QByteArray::number(siteId),
                                                 QCryptographicHash::Sha256)
                            .left(16);
    digest[6] = static_cast<char>((digest[6] & 0x0f) | 0x80);
    digest[8] = static_cast<char>((digest[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(digest.toHex());
    const QString id = hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
    core::Statement insert = db.prepare(
        "INSERT INTO devices (device_id, short_id, site_id, name, public_key, provisioned_by, provisioned_utc) "
        "VALUES (?,?,?,'Hub bookings',?,?,?) ON CONFLICT (device_id) DO NOTHING");
    insert.bind(1, id).bind(2, core::TicketCode::deviceShortIdOf(id)).bind(3, siteId).bind(4, key.publicKey);
    insert.bind(5, userId).bind(6, nowUtc);
    insert.exec();
    return id;
}

// Stores a checked booking, signs its tickets and counts its visitors in the
// slot, in the caller's transaction.
void storeBooking(core::Database& db, Booking& b, std::int64_t userId, std::int64_t nowUtc)
{
    const Ed25519KeyPair key = hubKey(db, nowUtc);
    const QString device = hubDevice(db, key, b.siteId, userId, nowUtc);
    core::Statement next = db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM bookings WHERE device_id = ?");
    next.bind(1, device);
    next.step();
    const std::int64_t seq = next.int64(0);
    next.reset();
    b.createdUtc = nowUtc;
    core::Statement insert = db.prepare(
        "INSERT INTO bookings (id, site_id, device_id, seq, day, slot_start, channel_id, product_id, group_size, "
        "group_type, voucher, invoice_name, vat_number, created_by, created_utc) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, b.id).bind(2, b.siteId).bind(3, device).bind(4, seq).bind(5, b.day.toJulianDay());
    insert.bind(6, b.slot).bind(7, b.channelId).bind(8, b.productId).bind(9, b.groupSize).bind(10, b.groupType);
    insert.bind(11, b.voucher).bind(12, b.invoiceName).bind(13, b.vatNumber).bind(14, userId).bind(15, nowUtc);
    insert.exec();
    const Ed25519Signer signer(key.privateKey);
    core::Statement ticket
        = db.prepare("INSERT INTO booking_tickets (ticket_key, booking_id, position, code) VALUES (?,?,?,?)");
    b.tickets.clear();
    for (int i = 0; i < b.groupSize; ++i) {
        core::TicketCode code;
        code.deviceShortId = core::TicketCode::deviceShortIdOf(device);
        code.saleSeq = seq;
        code.index = i;
        code.siteId = b.siteId;
        code.validDay = b.day;
        code.productId = b.productId;
        code.slotMinutes = b.slot;
        code.combined = b.combined;
        const BookedTicket t{ code.key(), code.encode(signer) };
        ticket.bind(1, t.key).bind(2, b.id).bind(3, i).bind(4, t.code);
        ticket.exec();
        b.tickets.append(t);
    }
    HubSlotSales(db).add(b.siteId, b.day.toJulianDay(), b.slot, b.channelId, b.groupSize);
}

// The slots a site sells on a day (starts, minutes after midnight).
QList<int> slotStarts(const core::Site& site, const core::SlotPolicy& policy, const QDate& day)
{
    QList<int> starts;
    const auto [open, close] = site.calendar.hoursOn(day);
    for (int start = open * 60; policy.slotMinutes > 0 && start + policy.slotMinutes <= close * 60;
         start += policy.slotMinutes) {
        starts.append(start);
    }
    return starts;
}

int minutesNow(std::int64_t nowUtc)
{
    return core::RomeTime::localHour(nowUtc) * 60 + int((nowUtc % 3600) / 60);
}

} // namespace

bool HubBookings::validVatNumber(const QString& text)
{
    static const QRegularExpression italian(QStringLiteral("^(IT)?([0-9]{11})$"));
    static const QRegularExpression european(QStringLiteral("^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|LT|LU|LV|"
                                                            "MT|NL|PL|PT|RO|SE|SI|SK)[0-9A-Z]{2,12}$"));
    const QRegularExpressionMatch match = italian.match(text);
    if (match.hasMatch()) {
        // Partita IVA: digits in odd places as they are, in even places doubled
        // (less 9 past 9); the sum with the check digit is a multiple of 10.
        const QString digits = match.captured(2);
        int sum = 0;
        for (int i = 0; i < 11; ++i) {
            int d = digits.at(i).digitValue();
            if (i % 2 == 1) {
                d *= 2;
                d -= d > 9 ? 9 : 0;
            }
            sum += d;
        }
        return sum % 10 == 0 && digits != QStringLiteral("00000000000");
    }
    return european.match(text).hasMatch();
}

HubBookings::Outcome HubBookings::create(HubStore& store, const HubCaller& caller, std::string_view body,
                                         std::int64_t nowUtc)
{
    boost::system::error_code ec;
    const json::value document = json::parse(body, ec);
    if (ec || !document.is_object()) {
        return failure(400, "bad_request",
                       translated(QT_TRANSLATE_NOOP("sync::HubBookings", "The body must be a JSON object.")));
    }
    const json::object& root = document.as_object();
    std::vector<std::string> problems;
    const auto problem = [&problems](const char* text) { problems.push_back(translated(text)); };
    static const QSet<QString> known
        = { QStringLiteral("id"),           QStringLiteral("site"),      QStringLiteral("day"),
            QStringLiteral("slot_start"),   QStringLiteral("channel"),   QStringLiteral("group_size"),
            QStringLiteral("group_type"),   QStringLiteral("product"),   QStringLiteral("voucher"),
            QStringLiteral("invoice_name"), QStringLiteral("vat_number") };
    for (const auto& field : root) {
        if (!known.contains(qs(field.key()))) {
            problems.push_back(QCoreApplication::translate("sync::HubBookings", "Unknown field \"%1\".")
                                   .arg(qs(field.key()))
                                   .toStdString());
        }
    }
    const auto text = [&root](const char* name) -> const json::string* {
        const json::value* v = root.if_contains(name);
        return v ? v->if_string() : nullptr;
    };
    const auto integer = [&root](const char* name) -> std::optional<std::int64_t> {
        const json::value* v = root.if_contains(name);
        if (v && v->is_int64()) {
            return v->as_int64();
        }
        if (v && v->is_uint64() && v->as_uint64() <= 1000000u) {
            return std::int64_t(v->as_uint64());
        }
        return std::nullopt;
    };
    // Optional texts: absent is empty; present must be a text of bounded size.
    const auto optionalText = [&](const char* name, std::size_t maxBytes, const char* complaint) -> QString {
        const json::value* v = root.if_contains(name);
        if (!v) {
            return {};
        }
        if (!v->is_string() || v->as_string().size() > maxBytes) {
            problem(complaint);
            return {};
        }
        return qs(v->as_string()).trimmed();
    };

    Booking b;
    const json::string* idText = text("id");
    const auto id = idText ? canonicalUuid(*idText) : std::nullopt;
    if (!id) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                  "\"id\" must be a UUID (the same one when a booking is sent again)."));
    } else {
        b.id = QString::fromStdString(*id);
    }
    const json::string* site = text("site");
    if (!site || site->empty()) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"site\" must be a site's code."));
    }
    const json::string* day = text("day");
    if (day && day->size() == 10) {
        b.day = QDate::fromString(qs(*day), Qt::ISODate);
    }
    if (!b.day.isValid()) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"day\" must be a date, YYYY-MM-DD."));
    }
    const auto slot = integer("slot_start");
    if (!slot || *slot < -1 || *slot > 24 * 60 - 1) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                  "\"slot_start\" must be the slot's start in minutes after midnight, or -1 for a "
                                  "site without time slots."));
    } else {
        b.slot = int(*slot);
    }
    const json::string* channel = text("channel");
    if (!channel || (*channel != "online" && *channel != "b2b")) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"channel\" must be online or b2b."));
    } else {
        b.channel = qs(*channel);
        b.channelId = *channel == "online" ? 2 : 4;
    }
    const auto size = integer("group_size");
    if (!size || *size < 1 || *size > MaxGroupSize) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"group_size\" must be a whole number from 1 to 99."));
    } else {
        b.groupSize = int(*size);
    }
    const json::string* type = text("group_type");
    if (!type || !groupTypes().contains(qs(*type))) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                  "\"group_type\" must be school, adults, seniors, families, tour_operator, "
                                  "association or other."));
    } else {
        b.groupType = qs(*type);
    }
    const QString product
        = optionalText("product", 32, QT_TRANSLATE_NOOP("sync::HubBookings", "\"product\" must be a product's code."));
    b.voucher = optionalText("voucher", kMaxVoucherBytes,
                             QT_TRANSLATE_NOOP("sync::HubBookings", "\"voucher\" must be a text of up to 64 bytes."));
    b.invoiceName
        = optionalText("invoice_name", kMaxInvoiceNameBytes,
                       QT_TRANSLATE_NOOP("sync::HubBookings", "\"invoice_name\" must be a text of up to 200 bytes."));
    b.vatNumber
        = optionalText("vat_number", kMaxVatBytes,
                       QT_TRANSLATE_NOOP("sync::HubBookings", "\"vat_number\" must be a text of up to 20 bytes."))
              .toUpper()
              .remove(QLatin1Char(' '));
    if (b.channel == QLatin1String("b2b") && b.invoiceName.isEmpty()) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings", "A b2b booking needs \"invoice_name\", whom to invoice."));
    }
    if ((b.channel == QLatin1String("b2b") || !b.vatNumber.isEmpty()) && !validVatNumber(b.vatNumber)) {
        problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                  "\"vat_number\" must be a valid VAT number (an Italian partita IVA, 11 digits with "
                                  "its check digit, or an EU country's); a b2b booking needs one."));
    }

    const auto invalid = [&problems] {
        json::array list;
        for (const std::string& p : problems) {
            list.push_back(json::string(p));
        }
        return failure(422, "invalid_booking",
                       QCoreApplication::translate("sync::HubBookings", "The booking is not valid; nothing was stored.")
                           .toStdString(),
                       json::object{ { "problems", std::move(list) } });
    };
    if (!problems.empty() && (!site || !id)) {
        return invalid();
    }

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        core::Statement siteOf = db.prepare(
            "SELECT s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
        siteOf.bind(1, caller.userId).bind(2, qs(*site));
        if (!siteOf.step()) {
            return failure(
                403, "forbidden",
                translated(QT_TRANSLATE_NOOP("sync::HubBookings", "\"site\" must be the code of a site of yours.")));
        }
        b.siteId = siteOf.int64(0);
        siteOf.reset();
        const core::SiteCatalogue catalogue(db);
        const core::Site siteInfo = *catalogue.siteByCode(qs(*site));
        b.siteCode = siteInfo.code;
        // The product: one that admits visitors; by default the site's full admission.
        core::Statement products = db.prepare("SELECT id, code, kind, category FROM ticket_products WHERE site_id = ? "
                                              "ORDER BY position, id");
        products.bind(1, b.siteId);
        while (products.step()) {
            const bool admits = products.text(2) != QLatin1String("addon");
            const bool wanted = product.isEmpty() ? (admits && products.text(2) == QLatin1String("admission")
                                                     && products.text(3) == QLatin1String("full"))
                                                  : products.text(1) == product;
            if (wanted && b.productId == 0) {
                if (!admits) {
                    problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                              "\"product\" must admit visitors: an admission or combined ticket, not "
                                              "an add-on."));
                    break;
                }
                b.productId = products.int64(0);
                b.productCode = products.text(1);
                b.combined = products.text(2) == QLatin1String("combined");
            }
        }
        products.reset();
        if (b.productId == 0 && problems.empty()) {
            problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"product\" is not a ticket product of the site."));
        }
        const std::int64_t today = core::RomeTime::localDay(nowUtc);
        const auto policy = catalogue.slotPolicy(b.siteId);
        b.slotMinutes = policy ? policy->slotMinutes : 60;
        if (b.day.isValid()) {
            const auto [open, close] = siteInfo.calendar.hoursOn(b.day);
            if (b.day.toJulianDay() < today || b.day.toJulianDay() > today + MaxDaysAhead) {
                problem(QT_TRANSLATE_NOOP("sync::HubBookings", "\"day\" must be today or a day within a year."));
            } else if (open >= close) {
                problem(QT_TRANSLATE_NOOP("sync::HubBookings", "The site is closed that day."));
            } else if (policy && !slotStarts(siteInfo, *policy, b.day).contains(b.slot)) {
                problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                          "\"slot_start\" is not one of the site's time slots that day."));
            } else if (!policy && b.slot != -1) {
                problem(QT_TRANSLATE_NOOP("sync::HubBookings",
                                          "The site does not sell by time slot: \"slot_start\" must be -1."));
            } else if (policy && b.day.toJulianDay() == today && b.slot + policy->slotMinutes <= minutesNow(nowUtc)) {
                problem(QT_TRANSLATE_NOOP("sync::HubBookings", "That slot is over."));
            }
        }
        if (!problems.empty()) {
            return invalid();
        }
        // Sent again: the same booking is answered again; another under its id is refused.
        if (const auto stored = storedBooking(db, b.id)) {
            if (!stored->sameAs(b)) {
                return failure(
                    409, "booking_conflict",
                    translated(QT_TRANSLATE_NOOP("sync::HubBookings", "Another booking is stored under this id.")));
            }
            return { 200, json::serialize(bookingJson(*stored)) };
        }
        HubSlotSales slotCounts(db);
        if (policy) {
            const int quota = policy->quota(int(b.channelId));
            const std::int64_t sold = slotCounts.sold(b.siteId, b.day.toJulianDay(), b.slot, b.channelId);
            const std::int64_t remaining = std::max<std::int64_t>(0, quota - sold);
            if (b.groupSize > remaining) {
                return failure(409, "slot_full",
                               QCoreApplication::translate("sync::HubBookings",
                                                           "The %1 slot has %2 place(s) left for %3 bookings, "
                                                           "fewer than the group's %4.")
                                   .arg(slotLabel(b.slot, b.slotMinutes))
                                   .arg(remaining)
                                   .arg(b.channel)
                                   .arg(b.groupSize)
                                   .toStdString(),
                               json::object{ { "remaining", remaining }, { "quota", quota } });
            }
        }
        storeBooking(db, b, caller.userId, nowUtc);
        store.numberPendingRevisions(db);
        tx.commit();
        return { 201, json::serialize(bookingJson(b)) };
    });
}

HubBookings::Outcome HubBookings::list(core::Database& reader, const HubCaller& caller, const std::string& siteCode,
                                       const QDate& day)
{
    core::Statement siteOf = reader.prepare(
        "SELECT s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
    siteOf.bind(1, caller.userId).bind(2, QString::fromStdString(siteCode));
    if (!siteOf.step()) {
        return failure(
            404, "not_found",
            translated(QT_TRANSLATE_NOOP("sync::HubBookings", "There is no site with that code among yours.")));
    }
    const std::int64_t siteId = siteOf.int64(0);
    siteOf.reset();
    core::Statement ids
        = reader.prepare("SELECT id FROM bookings WHERE site_id = ? AND day = ? ORDER BY slot_start, created_utc, id");
    ids.bind(1, siteId).bind(2, day.toJulianDay());
    json::array bookings;
    while (ids.step()) {
        if (const auto booking = storedBooking(reader, ids.text(0))) {
            bookings.push_back(bookingJson(*booking));
        }
    }
    return { 200, json::serialize(json::object{ { "bookings", std::move(bookings) } }) };
}

int HubBookings::seedDemo(HubStore& store, std::int64_t nowUtc)
{
    return store.write([&](core::Database& db) -> int {
        core::Transaction tx(db);
        const core::SiteCatalogue catalogue(db);
        const auto site = catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        const std::int64_t director = db.scalar("SELECT COALESCE(MAX(id), 0) FROM users WHERE name = 'director'");
        if (!site || director == 0) {
            return 0;
        }
        const auto policy = catalogue.slotPolicy(site->id);
        const QDate today = core::RomeTime::localDate(nowUtc);
        core::Statement booked = db.prepare("SELECT COUNT(*) FROM bookings WHERE site_id = ? AND day = ?");
        booked.bind(1, site->id).bind(2, today.toJulianDay());
        booked.step();
        const auto [open, close] = site->calendar.hoursOn(today);
        if (booked.int64(0) > 0 || open >= close) {
            return 0;
        }
        booked.reset();
        core::Statement full = db.prepare("SELECT id, code, kind FROM ticket_products WHERE site_id = ? AND "
                                          "kind = 'admission' AND category = 'full' ORDER BY position, id LIMIT 1");
        full.bind(1, site->id);
        if (!full.step()) {
            return 0;
        }
        QList<int> starts;
        if (policy) {
            for (const int start : slotStarts(*site, *policy, today)) {
                if (start + policy->slotMinutes > minutesNow(nowUtc)) {
                    starts.append(start);
                }
            }
        } else {
            starts = { -1, -1 };
        }
        struct Demo
        {
            const char* id;
            const char* channel;
            int size;
            const char* type;
            const char* voucher;
            const char* invoiceName;
            const char* vat;
        };
        // Ids derived from the day, so a restart the same day books nothing twice.
        const Demo demos[] = { { "school", "online", 25, "school", "SCUOLA-MT-2025", "", "" },
                               { "tour", "b2b", 18, "tour_operator", "", "Lucania Viaggi S.r.l.", "IT01234567897" } };
        HubSlotSales slotCounts(db);
        int made = 0;
        for (std::size_t i = 0; i < std::size(demos) && i < std::size_t(starts.size()); ++i) {
            const Demo& demo = demos[i];
            Booking b;
            const QByteArray digest
                = QCryptographicHash::hash(QByteArray(demo.id) + today.toString(Qt::ISODate).toLatin1(),
                                           QCryptographicHash::Sha256)
                      .toHex();
            b.id = QString::fromLatin1(digest.left(8) + '-' + digest.mid(8, 4) + "-8" + digest.mid(13, 3) + "-a"
                                       + digest.mid(17, 3) + '-' + digest.mid(20, 12));
            b.siteId = site->id;
            b.siteCode = site->code;
            b.day = today;
            b.slot = starts.at(qsizetype(i));
            b.slotMinutes = policy ? policy->slotMinutes : 60;
            b.channel = QLatin1String(demo.channel);
            b.channelId = b.channel == QLatin1String("online") ? 2 : 4;
            b.productId = full.int64(0);
            b.productCode = full.text(1);
            b.groupType = QLatin1String(demo.type);
            b.voucher = QString::fromUtf8(demo.voucher);
            b.invoiceName = QString::fromUtf8(demo.invoiceName);
            b.vatNumber = QLatin1String(demo.vat);
            b.groupSize = demo.size;
            if (policy) {
                const std::int64_t left = policy->quota(int(b.channelId))
                    - slotCounts.sold(b.siteId, today.toJulianDay(), b.slot, b.channelId);
                b.groupSize = int(std::min<std::int64_t>(demo.size, left));
            }
            if (b.groupSize < 1) {
                continue;
            }
            storeBooking(db, b, director, nowUtc);
            ++made;
        }
        store.numberPendingRevisions(db);
        tx.commit();
        return made;
    });
}

} // namespace cruscotto::sync
