#include "sync/hubtariffs.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketproduct.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <boost/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

constexpr std::size_t kMaxNameBytes = 100;
constexpr std::size_t kMaxDocumentBytes = 200;
constexpr std::size_t kMaxNoteBytes = 200;
constexpr std::int64_t kMaxPosition = 999;
constexpr std::int64_t kMaxSlotCapacity = 100000;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubTariffs", text).toStdString();
}

HubTariffs::Outcome failure(int status, const char* code, const std::string& message, json::object extra = {})
{
    json::object root{ { "error", code }, { "message", message } };
    for (auto& field : extra) {
        root[field.key()] = std::move(field.value());
    }
    return { status, json::serialize(root) };
}

// The problems found in a body, each naming its field ("products[2].price_cents").
class Problems
{
public:
    void add(const std::string& field, const char* text) { m_list.push_back({ field, translated(text) }); }
    bool empty() const { return m_list.empty(); }
    HubTariffs::Outcome answer(const char* code) const
    {
        json::array list;
        for (const auto& [field, message] : m_list) {
            list.push_back(json::object{ { "field", field }, { "message", message } });
        }
        return failure(
            422, code,
            translated(QT_TRANSLATE_NOOP("sync::HubTariffs", "The request is not valid; nothing was changed.")),
            json::object{ { "problems", std::move(list) } });
    }

private:
    std::vector<std::pair<std::string, std::string>> m_list;
};

// Fields of `object` not in `known`, each a problem.
void unknownFields(const json::object& object, std::initializer_list<std::string_view> known, const std::string& prefix,
                   Problems& problems)
{
    for (const auto& field : object) {
        bool found = false;
        for (const std::string_view name : known) {
            found = found || field.key() == name;
        }
        if (!found) {
            problems.add(prefix + std::string(field.key()),
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "Unknown field: leave it out."));
        }
    }
}

HubTariffs::Outcome malformed()
{
    return failure(400, "bad_request",
                   translated(QT_TRANSLATE_NOOP("sync::HubTariffs", "The body must be a JSON object.")));
}

HubTariffs::Outcome notYours()
{
    return failure(403, "forbidden",
                   translated(QT_TRANSLATE_NOOP(
                       "sync::HubTariffs", "The site is not one of yours: directors change their own sites only.")));
}

// The id of the caller's site with that code, on the writer inside its transaction.
std::optional<std::int64_t> siteOf(core::Database& db, const HubCaller& caller, const std::string& code)
{
    core::Statement stmt = db.prepare(
        "SELECT s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
    stmt.bind(1, caller.userId).bind(2, qs(code));
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.int64(0);
}

struct ProductRow
{
    std::int64_t id = 0; // 0: new
    QString code;
    QString name;
    QString category;
    QString freeReason;
    std::int64_t priceCents = 0;
    QString kind = QStringLiteral("admission");
    QString document;
    QList<std::int64_t> admits;
    std::int64_t position = 0;
};

bool productUsed(core::Database& db, std::int64_t productId)
{
    core::Statement used = db.prepare("SELECT EXISTS (SELECT 1 FROM sales WHERE product_id = ?1) "
                                      "OR EXISTS (SELECT 1 FROM bookings WHERE product_id = ?1) "
                                      "OR EXISTS (SELECT 1 FROM sales_daily WHERE product_id = ?1) "
                                      "OR EXISTS (SELECT 1 FROM sales_hourly WHERE product_id = ?1)");
    used.bind(1, productId);
    used.step();
    return used.int64(0) != 0;
}

std::int64_t metaInteger(core::Database& db, const QString& key)
{
    core::Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0).toLongLong() : 0;
}

void setMeta(core::Database& db, const QString& key, const QString& value)
{
    core::Statement stmt = db.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, value);
    stmt.exec();
}

// Ids deleted products had, by site and code, so that a code added again gets its id
// back (a cache that still holds the old row then updates it instead of clashing on
// the code), and the highest id ever given, so that no id is reused for another product.
QString retiredKey(std::int64_t siteId, const QString& code)
{
    return QStringLiteral("retired_product/%1/%2").arg(siteId).arg(code);
}
const QString kLastProductId = QStringLiteral("last_product_id");

json::value productsJson(core::Database& db, std::int64_t siteId)
{
    json::array products;
    core::Statement stmt = db.prepare("SELECT id, code, name, category, free_reason, price_cents, kind, document, "
                                      "admits, position FROM ticket_products WHERE site_id = ? ORDER BY position, id");
    core::Statement siteCode = db.prepare("SELECT code FROM sites WHERE id = ?");
    stmt.bind(1, siteId);
    while (stmt.step()) {
        json::array admits;
        for (const QString& id : stmt.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            siteCode.bind(1, id.trimmed().toLongLong());
            if (siteCode.step()) {
                admits.push_back(jsonText(siteCode.text(0)));
            }
            siteCode.reset();
        }
        products.push_back(json::object{ { "id", stmt.int64(0) },
                                         { "code", jsonText(stmt.text(1)) },
                                         { "name", jsonText(stmt.text(2)) },
                                         { "category", jsonText(stmt.text(3)) },
                                         { "free_reason", jsonText(stmt.text(4)) },
                                         { "price_cents", stmt.int64(5) },
                                         { "kind", jsonText(stmt.text(6)) },
                                         { "document", jsonText(stmt.text(7)) },
                                         { "admits", std::move(admits) },
                                         { "position", stmt.int64(9) } });
    }
    return products;
}

json::value freeDaysJson(core::Database& db, std::int64_t siteId)
{
    json::array days;
    core::Statement stmt = db.prepare("SELECT day, note FROM site_free_days WHERE site_id = ? ORDER BY day");
    stmt.bind(1, siteId);
    while (stmt.step()) {
        days.push_back(json::object{ { "day", jsonText(QDate::fromJulianDay(stmt.int64(0)).toString(Qt::ISODate)) },
                                     { "note", jsonText(stmt.text(1)) } });
    }
    return days;
}

json::value slotsJson(core::Database& db, std::int64_t siteId)
{
    core::Statement stmt = db.prepare("SELECT slot_minutes, slot_capacity, counter_pct, online_pct, kiosk_pct, b2b_pct "
                                      "FROM site_slot_policy WHERE site_id = ?");
    stmt.bind(1, siteId);
    if (!stmt.step()) {
        return nullptr;
    }
    return json::object{ { "slot_minutes", stmt.int64(0) }, { "slot_capacity", stmt.int64(1) },
                         { "counter_pct", stmt.int64(2) },  { "online_pct", stmt.int64(3) },
                         { "kiosk_pct", stmt.int64(4) },    { "b2b_pct", stmt.int64(5) } };
}

} // namespace

HubTariffs::Outcome HubTariffs::putTariffs(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                                           std::string_view body)
{
    const auto root = parseObject(body);
    if (!root) {
        return malformed();
    }
    Problems problems;
    unknownFields(*root, { "products", "nominative_tickets" }, {}, problems);
    std::optional<bool> nominative;
    if (const json::value* value = root->if_contains("nominative_tickets")) {
        if (value->is_bool()) {
            nominative = value->as_bool();
        } else {
            problems.add("nominative_tickets",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "\"nominative_tickets\" must be true or false."));
        }
    }
    const json::value* list = root->if_contains("products");
    if (!list || !list->is_array() || list->as_array().empty() || list->as_array().size() > std::size_t(MaxProducts)) {
        problems.add("products",
                     QT_TRANSLATE_NOOP("sync::HubTariffs", "\"products\" must be a list of 1 to 200 products."));
        return problems.answer("invalid_tariffs");
    }

    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,15}$"));
    std::vector<ProductRow> rows;
    std::vector<std::vector<QString>> admitCodes; // per row, checked against the sites below
    QSet<QString> codes;
    bool someAdmission = false;
    const json::array& products = list->as_array();
    for (std::size_t i = 0; i < products.size(); ++i) {
        const std::string at = "products[" + std::to_string(i) + "]";
        ProductRow row;
        row.position = std::int64_t(i);
        admitCodes.emplace_back();
        const json::object* p = products[i].if_object();
        if (!p) {
            problems.add(at, QT_TRANSLATE_NOOP("sync::HubTariffs", "A product must be a JSON object."));
            rows.push_back(row);
            continue;
        }
        unknownFields(
            *p, { "code", "name", "category", "free_reason", "price_cents", "kind", "document", "admits", "position" },
            at + ".", problems);
        const auto text = [&](const char* name) -> const json::string* {
            const json::value* v = p->if_contains(name);
            return v ? v->if_string() : nullptr;
        };
        const json::string* code = text("code");
        if (!code || !codePattern.match(qs(*code)).hasMatch()) {
            problems.add(at + ".code",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "\"code\" must be 1 to 16 capital letters, digits, - or _, starting with "
                                           "a letter or digit."));
        } else if (codes.contains(qs(*code))) {
            problems.add(at + ".code",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "Another product in the list has this code."));
        } else {
            row.code = qs(*code);
            codes.insert(row.code);
        }
        const json::string* name = text("name");
        if (!name || name->size() > kMaxNameBytes || qs(*name).trimmed().isEmpty()) {
            problems.add(at + ".name",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "\"name\" must be a text of 1 to 100 bytes."));
        } else {
            row.name = qs(*name).trimmed();
        }
        const json::string* category = text("category");
        const auto categoryValue = category ? core::categoryFromCode(qs(*category)) : std::nullopt;
        // Plain flags rather than comparisons of the optional: GCC 12 at -O2 warns
        // (-Wmaybe-uninitialized, a false positive) on `optional == value`.
        const bool knownCategory = categoryValue.has_value();
        const bool isFree = knownCategory && *categoryValue == core::TicketCategory::Free;
        if (!knownCategory) {
            problems.add(at + ".category",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "\"category\" must be full, reduced or free."));
        } else {
            row.category = qs(*category);
        }
        bool reasonValid = true;
        if (const json::value* reason = p->if_contains("free_reason")) {
            const auto reasonValue
                = reason->is_string() ? core::freeReasonFromCode(qs(reason->as_string())) : std::nullopt;
            reasonValid = reasonValue.has_value();
            if (!reasonValue) {
                problems.add(at + ".free_reason",
                             QT_TRANSLATE_NOOP("sync::HubTariffs",
                                               "\"free_reason\" must be one of under18, first_sunday, disabled, icom, "
                                               "teacher, guide, school, free_admission (or empty)."));
            } else {
                row.freeReason = core::freeReasonCode(*reasonValue);
            }
        }
        if (reasonValid && isFree && row.freeReason.isEmpty()) {
            problems.add(at + ".free_reason",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "A free product needs its legal \"free_reason\"."));
        } else if (knownCategory && !isFree && !row.freeReason.isEmpty()) {
            problems.add(at + ".free_reason",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "Only a free product carries a \"free_reason\": leave it empty."));
        }
        const json::value* price = p->if_contains("price_cents");
        const auto priceValue = price ? integerOf(*price) : std::nullopt;
        if (!priceValue || *priceValue < 0 || *priceValue > MaxPriceCents) {
            problems.add(at + ".price_cents",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "\"price_cents\" must be a whole number of cents from 0 to 100000."));
        } else if (isFree && *priceValue != 0) {
            problems.add(at + ".price_cents", QT_TRANSLATE_NOOP("sync::HubTariffs", "A free product must cost 0."));
        } else {
            row.priceCents = *priceValue;
        }
        if (const json::value* kind = p->if_contains("kind")) {
            const auto kindValue = kind->is_string() ? core::productKindFromCode(qs(kind->as_string())) : std::nullopt;
            if (!kindValue) {
                problems.add(at + ".kind",
                             QT_TRANSLATE_NOOP("sync::HubTariffs", "\"kind\" must be admission, combined or addon."));
            } else {
                row.kind = core::productKindCode(*kindValue);
            }
        }
        someAdmission = someAdmission || row.kind == QLatin1String("admission");
        if (const json::value* document = p->if_contains("document")) {
            if (!document->is_string() || document->as_string().size() > kMaxDocumentBytes) {
                problems.add(at + ".document",
                             QT_TRANSLATE_NOOP("sync::HubTariffs", "\"document\" must be a text of up to 200 bytes."));
            } else {
                row.document = qs(document->as_string()).trimmed();
            }
        }
        bool admitsValid = true;
        if (const json::value* admits = p->if_contains("admits")) {
            admitsValid = admits->is_array();
            for (const json::value& site : admitsValid ? admits->as_array() : json::array()) {
                if (!site.is_string() || site.as_string().empty() || site.as_string().size() > 32) {
                    admitsValid = false;
                    break;
                }
                admitCodes.back().push_back(qs(site.as_string()));
            }
            if (!admitsValid) {
                problems.add(at + ".admits",
                             QT_TRANSLATE_NOOP("sync::HubTariffs", "\"admits\" must be a list of site codes."));
            }
        }
        if (admitsValid && row.kind == QLatin1String("combined") && admitCodes.back().empty()) {
            problems.add(at + ".admits",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "A combined ticket must list in \"admits\" the other sites it admits to."));
        } else if (admitsValid && row.kind != QLatin1String("combined") && !admitCodes.back().empty()) {
            problems.add(at + ".admits",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "Only a combined ticket admits to other sites."));
        }
        if (const json::value* position = p->if_contains("position")) {
            const auto value = integerOf(*position);
            if (!value || *value < 0 || *value > kMaxPosition) {
                problems.add(
                    at + ".position",
                    QT_TRANSLATE_NOOP("sync::HubTariffs", "\"position\" must be a whole number from 0 to 999."));
            } else {
                row.position = *value;
            }
        }
        rows.push_back(row);
    }
    if (!someAdmission) {
        problems.add("products",
                     QT_TRANSLATE_NOOP("sync::HubTariffs", "A site needs at least one product of kind admission."));
    }

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        const auto siteId = siteOf(db, caller, siteCode);
        if (!siteId) {
            return notYours();
        }
        // Combined tickets: the sites they admit to must exist and be others.
        core::Statement siteByCode = db.prepare("SELECT id FROM sites WHERE code = ?");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QSet<std::int64_t> seen;
            for (const QString& code : admitCodes[i]) {
                siteByCode.bind(1, code);
                const bool found = siteByCode.step();
                const std::int64_t id = found ? siteByCode.int64(0) : 0;
                siteByCode.reset();
                const std::string at = "products[" + std::to_string(i) + "].admits";
                if (!found) {
                    problems.add(at,
                                 QT_TRANSLATE_NOOP("sync::HubTariffs", "\"admits\" names a site that does not exist."));
                } else if (id == *siteId) {
                    problems.add(at,
                                 QT_TRANSLATE_NOOP("sync::HubTariffs",
                                                   "\"admits\" lists the other sites, not the product's own."));
                } else if (seen.contains(id)) {
                    problems.add(at, QT_TRANSLATE_NOOP("sync::HubTariffs", "\"admits\" names a site twice."));
                } else {
                    seen.insert(id);
                    rows[i].admits.append(id);
                }
            }
        }
        // The products the site has now, by code.
        struct Existing
        {
            std::int64_t id;
            QString category;
            QString kind;
        };
        std::map<QString, Existing> existing;
        core::Statement current = db.prepare("SELECT id, code, category, kind FROM ticket_products WHERE site_id = ?");
        current.bind(1, *siteId);
        while (current.step()) {
            existing.emplace(current.text(1), Existing{ current.int64(0), current.text(2), current.text(3) });
        }
        current.reset();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto it = existing.find(rows[i].code);
            if (rows[i].code.isEmpty() || it == existing.end()) {
                continue;
            }
            rows[i].id = it->second.id;
            const bool changesMeaning = it->second.category != rows[i].category || it->second.kind != rows[i].kind;
            if (changesMeaning && !rows[i].category.isEmpty() && productUsed(db, rows[i].id)) {
                problems.add("products[" + std::to_string(i) + "].category",
                             QT_TRANSLATE_NOOP("sync::HubTariffs",
                                               "This product has sales: its category and kind cannot change (the "
                                               "figures already counted depend on them). Add a product with a new "
                                               "code instead."));
            }
        }
        if (!problems.empty()) {
            return problems.answer("invalid_tariffs");
        }
        std::vector<std::pair<QString, std::int64_t>> gone;
        json::array inUse;
        for (const auto& [code, product] : existing) {
            if (codes.contains(code)) {
                continue;
            }
            if (productUsed(db, product.id)) {
                inUse.push_back(jsonText(code));
            } else {
                gone.emplace_back(code, product.id);
            }
        }
        if (!inUse.empty()) {
            return failure(409, "product_in_use",
                           translated(QT_TRANSLATE_NOOP("sync::HubTariffs",
                                                        "Products left out of the list have sales and cannot be "
                                                        "deleted; keep them in the list. Nothing was changed.")),
                           json::object{ { "products", std::move(inUse) } });
        }

        std::int64_t lastId
            = std::max(metaInteger(db, kLastProductId), db.scalar("SELECT COALESCE(MAX(id), 0) FROM ticket_products"));
        core::Statement remove = db.prepare("DELETE FROM ticket_products WHERE id = ?");
        for (const auto& [code, id] : gone) {
            remove.bind(1, id);
            remove.exec();
            setMeta(db, retiredKey(*siteId, code), QString::number(id));
        }
        core::Statement update = db.prepare(
            "UPDATE ticket_products SET name = ?, category = ?, free_reason = ?, price_cents = ?, kind = ?, "
            "document = ?, admits = ?, position = ? WHERE id = ?");
        core::Statement insert = db.prepare(
            "INSERT INTO ticket_products (id, site_id, code, name, category, free_reason, price_cents, kind, document, "
            "admits, position) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        core::Statement dropRetired = db.prepare("DELETE FROM meta WHERE key = ?");
        for (ProductRow& row : rows) {
            QStringList admits;
            for (const std::int64_t id : std::as_const(row.admits)) {
                admits.append(QString::number(id));
            }
            if (row.id != 0) {
                update.bind(1, row.name).bind(2, row.category).bind(3, row.freeReason).bind(4, row.priceCents);
                update.bind(5, row.kind).bind(6, row.document).bind(7, admits.join(QLatin1Char(',')));
                update.bind(8, row.position).bind(9, row.id);
                update.exec();
                continue;
            }
            const QString key = retiredKey(*siteId, row.code);
            const std::int64_t retired = metaInteger(db, key);
            core::Statement taken = db.prepare("SELECT COUNT(*) FROM ticket_products WHERE id = ?");
            taken.bind(1, retired);
            taken.step();
            if (retired > 0 && taken.int64(0) == 0) {
                row.id = retired;
            } else {
                row.id = ++lastId;
            }
            dropRetired.bind(1, key);
            dropRetired.exec();
            insert.bind(1, row.id).bind(2, *siteId).bind(3, row.code).bind(4, row.name).bind(5, row.category);
            insert.bind(6, row.freeReason).bind(7, row.priceCents).bind(8, row.kind).bind(9, row.document);
            insert.bind(10, admits.join(QLatin1Char(','))).bind(11, row.position);
            insert.exec();
        }
        setMeta(db, kLastProductId, QString::number(lastId));
        if (nominative) {
            core::Statement set = db.prepare("UPDATE sites SET nominative_tickets = ? WHERE id = ?");
            set.bind(1, *nominative ? 1 : 0).bind(2, *siteId);
            set.exec();
        }
        json::array deleted;
        for (const auto& entry : gone) {
            deleted.push_back(jsonText(entry.first));
        }
        core::Statement nominativeNow = db.prepare("SELECT nominative_tickets FROM sites WHERE id = ?");
        nominativeNow.bind(1, *siteId);
        nominativeNow.step();
        json::object answer{ { "site", siteCode },
                             { "products", productsJson(db, *siteId) },
                             { "nominative_tickets", nominativeNow.int64(0) != 0 },
                             { "deleted", std::move(deleted) } };
        nominativeNow.reset();
        tx.commit();
        return { 200, json::serialize(answer) };
    });
}

HubTariffs::Outcome HubTariffs::putFreeDays(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                                            std::string_view body, std::int64_t nowUtc)
{
    const auto root = parseObject(body);
    if (!root) {
        return malformed();
    }
    Problems problems;
    unknownFields(*root, { "days" }, {}, problems);
    const json::value* list = root->if_contains("days");
    if (!list || !list->is_array() || list->as_array().size() > std::size_t(MaxFreeDays)) {
        problems.add("days", QT_TRANSLATE_NOOP("sync::HubTariffs", "\"days\" must be a list of up to 400 days."));
        return problems.answer("invalid_free_days");
    }
    const std::int64_t today = core::RomeTime::localDay(nowUtc);
    std::map<std::int64_t, QString> days;
    const json::array& entries = list->as_array();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string at = "days[" + std::to_string(i) + "]";
        const json::object* entry = entries[i].if_object();
        if (!entry) {
            problems.add(at, QT_TRANSLATE_NOOP("sync::HubTariffs", "A free day must be a JSON object."));
            continue;
        }
        unknownFields(*entry, { "day", "note" }, at + ".", problems);
        const json::value* dayValue = entry->if_contains("day");
        QDate day;
        if (dayValue && dayValue->is_string() && dayValue->as_string().size() == 10) {
            day = QDate::fromString(qs(dayValue->as_string()), Qt::ISODate);
        }
        QString note;
        if (const json::value* noteValue = entry->if_contains("note")) {
            if (!noteValue->is_string() || noteValue->as_string().size() > kMaxNoteBytes) {
                problems.add(at + ".note",
                             QT_TRANSLATE_NOOP("sync::HubTariffs", "\"note\" must be a text of up to 200 bytes."));
            } else {
                note = qs(noteValue->as_string()).trimmed();
            }
        }
        if (!day.isValid()) {
            problems.add(at + ".day", QT_TRANSLATE_NOOP("sync::HubTariffs", "\"day\" must be a date, YYYY-MM-DD."));
        } else if (day.toJulianDay() < today) {
            problems.add(
                at + ".day",
                QT_TRANSLATE_NOOP("sync::HubTariffs",
                                  "\"day\" is past: free days from today on only (past ones stay as they were)."));
        } else if (day.toJulianDay() > today + MaxDaysAhead) {
            problems.add(at + ".day",
                         QT_TRANSLATE_NOOP("sync::HubTariffs", "\"day\" must be within two years from today."));
        } else if (!days.emplace(day.toJulianDay(), note).second) {
            problems.add(at + ".day", QT_TRANSLATE_NOOP("sync::HubTariffs", "This day is in the list twice."));
        }
    }
    if (!problems.empty()) {
        return problems.answer("invalid_free_days");
    }
    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        const auto siteId = siteOf(db, caller, siteCode);
        if (!siteId) {
            return notYours();
        }
        core::Statement clear = db.prepare("DELETE FROM site_free_days WHERE site_id = ? AND day >= ?");
        clear.bind(1, *siteId).bind(2, today);
        clear.exec();
        core::Statement insert = db.prepare("INSERT INTO site_free_days (site_id, day, note) VALUES (?,?,?)");
        for (const auto& [day, note] : days) {
            insert.bind(1, *siteId).bind(2, day).bind(3, note);
            insert.exec();
        }
        json::object answer{ { "site", siteCode }, { "free_days", freeDaysJson(db, *siteId) } };
        tx.commit();
        return { 200, json::serialize(answer) };
    });
}

HubTariffs::Outcome HubTariffs::putSlots(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                                         std::string_view body, std::int64_t nowUtc)
{
    const auto root = parseObject(body);
    if (!root) {
        return malformed();
    }
    Problems problems;
    std::optional<core::SlotPolicy> policy;
    if (root->contains("slots")) {
        unknownFields(*root, { "slots" }, {}, problems);
        if (!root->at("slots").is_null()) {
            problems.add("slots",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "\"slots\" may only be null (open entry); a slot policy is given by its "
                                           "fields."));
        }
    } else {
        unknownFields(*root, { "slot_minutes", "slot_capacity", "counter_pct", "online_pct", "kiosk_pct", "b2b_pct" },
                      {}, problems);
        const auto field = [&](const char* name, std::int64_t low, std::int64_t high, const char* complaint) {
            const json::value* v = root->if_contains(name);
            const auto value = v ? integerOf(*v) : std::nullopt;
            if (!value || *value < low || *value > high) {
                problems.add(name, complaint);
                return 0;
            }
            return int(*value);
        };
        core::SlotPolicy p;
        p.slotMinutes = field("slot_minutes", 15, 240,
                              QT_TRANSLATE_NOOP("sync::HubTariffs",
                                                "\"slot_minutes\" must be a whole number of minutes from 15 to 240."));
        p.slotCapacity = field("slot_capacity", 1, kMaxSlotCapacity,
                               QT_TRANSLATE_NOOP("sync::HubTariffs",
                                                 "\"slot_capacity\" must be a whole number of visitors from 1 to "
                                                 "100000."));
        const char* percent
            = QT_TRANSLATE_NOOP("sync::HubTariffs", "A percentage must be a whole number from 0 to 100.");
        p.counterPercent = field("counter_pct", 0, 100, percent);
        p.onlinePercent = field("online_pct", 0, 100, percent);
        p.kioskPercent = field("kiosk_pct", 0, 100, percent);
        p.b2bPercent = field("b2b_pct", 0, 100, percent);
        if (problems.empty() && p.counterPercent + p.onlinePercent + p.kioskPercent + p.b2bPercent != 100) {
            problems.add("counter_pct",
                         QT_TRANSLATE_NOOP("sync::HubTariffs",
                                           "counter_pct, online_pct, kiosk_pct and b2b_pct must add up to 100."));
        }
        policy = p;
    }
    if (!problems.empty()) {
        return problems.answer("invalid_slots");
    }
    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        const auto siteId = siteOf(db, caller, siteCode);
        if (!siteId) {
            return notYours();
        }
        // Bookings already taken must still fall on a slot.
        const core::Site site = *core::SiteCatalogue(db).siteByCode(qs(siteCode));
        core::Statement bookings = db.prepare(
            "SELECT DISTINCT day, slot_start FROM bookings WHERE site_id = ? AND day >= ? ORDER BY day, slot_start");
        bookings.bind(1, *siteId).bind(2, core::RomeTime::localDay(nowUtc));
        json::array affected;
        while (bookings.step()) {
            const QDate day = QDate::fromJulianDay(bookings.int64(0));
            const int start = bookings.integer(1);
            bool fits = start == -1 && !policy;
            if (policy && start >= 0) {
                const auto [open, close] = site.calendar.hoursOn(day);
                fits = start >= open * 60 && (start - open * 60) % policy->slotMinutes == 0
                    && start + policy->slotMinutes <= close * 60;
            }
            if (!fits) {
                affected.push_back(
                    json::object{ { "day", jsonText(day.toString(Qt::ISODate)) }, { "slot_start", start } });
            }
        }
        bookings.reset();
        if (!affected.empty()) {
            return failure(409, "bookings_affected",
                           translated(QT_TRANSLATE_NOOP("sync::HubTariffs",
                                                        "Bookings from today on would no longer fall on a slot of "
                                                        "this policy; nothing was changed.")),
                           json::object{ { "bookings", std::move(affected) } });
        }
        core::Statement clear = db.prepare("DELETE FROM site_slot_policy WHERE site_id = ?");
        clear.bind(1, *siteId);
        clear.exec();
        if (policy) {
            core::Statement insert = db.prepare("INSERT INTO site_slot_policy (site_id, slot_minutes, slot_capacity, "
                                                "counter_pct, online_pct, kiosk_pct, b2b_pct) VALUES (?,?,?,?,?,?,?)");
            insert.bind(1, *siteId).bind(2, policy->slotMinutes).bind(3, policy->slotCapacity);
            insert.bind(4, policy->counterPercent).bind(5, policy->onlinePercent).bind(6, policy->kioskPercent);
            insert.bind(7, policy->b2bPercent);
            insert.exec();
        }
        json::object answer{ { "site", siteCode }, { "slot_policy", slotsJson(db, *siteId) } };
        tx.commit();
        return { 200, json::serialize(answer) };
    });
}

} // namespace cruscotto::sync
