#include "sync/ledgeringest.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "sync/hubsales.h"
#include "sync/hubslotsales.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

// Records older than this are not a ticket office catching up but a mistake.
constexpr std::int64_t kOldestRecordUtc = 946684800; // 2000-01-01
// A till's clock may run a little fast.
constexpr std::int64_t kClockSlackSeconds = 300;
constexpr std::int64_t kMaxQuantity = 10000;
constexpr std::int64_t kMaxUnitCents = 100'000'000;
constexpr std::size_t kMaxClerkBytes = 200;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::LedgerIngest", text).toStdString();
}

LedgerIngest::Outcome failure(int status, const char* code, const std::string& message, json::object extra = {})
{
    json::object root{ { "error", code }, { "message", message } };
    for (auto& field : extra) {
        root[field.key()] = std::move(field.value());
    }
    return { status, json::serialize(root) };
}

// 32 bytes from 64 hexadecimal digits; empty for anything else.
QByteArray hashFromHex(const json::string* text)
{
    if (!text || text->size() != 64) {
        return {};
    }
    for (const char c : *text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return {};
        }
    }
    return QByteArray::fromHex(QByteArray(text->data(), 64));
}

// The id of a sale's line in `sales`: the sale's own UUID for its first line, a
// UUID derived from it (SHA-256, version 8) for the others, the same on every upload.
std::string lineSaleId(const std::string& saleId, std::size_t line)
{
    if (line == 0) {
        return saleId;
    }
    QByteArray digest = QCryptographicHash::hash(QByteArray::fromStdString(saleId + "/line/" + std::to_string(line)),
                                                 QCryptographicHash::Sha256)
                            .left(16);
    digest[6] = static_cast<char>((digest[6] & 0x0f) | 0x80);
    digest[8] = static_cast<char>((digest[8] & 0x3f) | 0x80);
    const std::string hex = digest.toHex().toStdString();
    return hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' + hex.substr(16, 4) + '-'
        + hex.substr(20);
}

struct Incoming
{
    std::size_t index = 0;
    std::int64_t seq = 0;
    core::LedgerKind kind = core::LedgerKind::Sale;
    QString kindCode;
    std::int64_t createdUtc = 0;
    QString clerk;
    QByteArray payload;
    json::object body; // the payload, parsed
    QByteArray prevHash;
    QByteArray hash;
};

struct SaleLine
{
    std::int64_t productId = 0;
    std::int64_t quantity = 0;
    std::int64_t unitCents = 0;
    bool admits = true; // an admission or combined ticket lets a visitor in; an add-on does not
};

// Minutes after midnight of the last possible slot start.
constexpr std::int64_t kLastSlotStart = 24 * 60 - 1;

// A sale as voids and refunds need it: where its figures were counted and what
// of it is still counted.
struct SaleState
{
    std::int64_t soldUtc = 0;
    std::int64_t channelId = 0;
    std::vector<SaleLine> lines;
    QSet<QString> tickets;
    bool voided = false;
    // product -> (tickets, revenue) still counted after earlier refunds and voids
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> remaining;
    int slot = -1; // time slot start, minutes after midnight
    std::int64_t slotVisitors = 0; // visitors still counted in the slot
    std::map<std::int64_t, bool> admits; // product -> its line admits visitors
};

// What a valid sale payload says (checked before anything is written).
struct CheckedSale
{
    std::string saleId;
    std::int64_t channelId = 0;
    int slot = -1;
    std::vector<SaleLine> lines;
    QSet<QString> tickets;
};

struct Problems
{
    std::vector<std::string> texts;
    void add(const char* text) { texts.push_back(translated(text)); }
    void add(const QString& text) { texts.push_back(text.toStdString()); }
    bool empty() const { return texts.empty(); }
};

std::optional<QStringList> stringList(const json::object& body, const char* name)
{
    const json::value* value = body.if_contains(name);
    if (!value || !value->is_array()) {
        return std::nullopt;
    }
    QStringList list;
    for (const json::value& item : value->as_array()) {
        if (!item.is_string() || item.as_string().empty()) {
            return std::nullopt;
        }
        list << qs(item.as_string());
    }
    return list;
}

// Checks and applies the records after the stored chain, in the writer's transaction.
class LedgerApplier
{
public:
    LedgerApplier(core::Database& db, const QString& deviceId, std::int64_t siteId, const QString& siteCode,
                  const HubCaller& caller, std::int64_t nowUtc)
        : m_db(db)
        , m_deviceId(deviceId)
        , m_siteId(siteId)
        , m_siteCode(siteCode)
        , m_userId(caller.userId)
        , m_nowUtc(nowUtc)
        , m_sales(db, caller.userId, nowUtc)
        , m_slots(db)
    {
        core::Statement channels = db.prepare("SELECT code, id FROM channels");
        while (channels.step()) {
            m_channels.insert(channels.text(0), channels.int64(1));
        }
        core::Statement products = db.prepare("SELECT id, category, kind FROM ticket_products WHERE site_id = ?");
        products.bind(1, siteId);
        while (products.step()) {
            m_products.insert(products.int64(0), products.text(1) == QLatin1String("free"));
            m_productAdmits.insert(products.int64(0), products.text(2) != QLatin1String("addon"));
        }
        m_storedSale = db.prepare(
            "SELECT created_utc, payload FROM ledger_records WHERE device_id = ? AND seq = ? AND kind = 'sale'");
        m_laterReturns = db.prepare("SELECT kind, payload FROM ledger_records WHERE device_id = ? AND seq > ? AND "
                                    "kind IN ('void','refund') ORDER BY seq");
        m_revoked = db.prepare("SELECT 1 FROM revoked_tickets WHERE ticket_key = ?");
    }

    // Checks a new record's payload against its kind and what came before it;
    // remembers what later records of the batch need. Writes nothing.
    void check(const Incoming& record, Problems& problems)
    {
        switch (record.kind) {
        case core::LedgerKind::Sale:
            checkSale(record, problems);
            break;
        case core::LedgerKind::Void:
        case core::LedgerKind::Refund:
            checkReturn(record, problems);
            break;
        case core::LedgerKind::Scan:
            checkScan(record, problems);
            break;
        case core::LedgerKind::SessionOpen:
        case core::LedgerKind::SessionClose:
            if (!integerField(record.body, "session")) {
                problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A session record needs its \"session\" number."));
            }
            break;
        }
    }

    // Stores the checked records (in the order checked) and their effects.
    void apply(const std::vector<const Incoming*>& records)
    {
        core::Statement insert = m_db.prepare(
            "INSERT INTO ledger_records (device_id, seq, kind, created_utc, clerk, payload, hash, prev_hash, "
            "received_utc, user_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
        core::Statement revoke
            = m_db.prepare("INSERT INTO revoked_tickets (ticket_key, device_id, seq, revoked_utc) VALUES (?,?,?,?)");
        core::Statement scan = m_db.prepare("INSERT INTO ticket_scans (device_id, seq, ticket_key, result, direction, "
                                            "at_utc) VALUES (?,?,?,?,?,?)");
        for (const Incoming* record : records) {
            insert.bind(1, m_deviceId).bind(2, record->seq).bind(3, record->kindCode).bind(4, record->createdUtc);
            insert.bind(5, record->clerk).bind(6, QString::fromUtf8(record->payload)).bind(7, record->hash);
            insert.bind(8, record->prevHash).bind(9, m_nowUtc).bind(10, m_userId);
            insert.exec();
            switch (record->kind) {
            case core::LedgerKind::Sale: {
                const CheckedSale& sale = m_checkedSales.at(record->seq);
                for (std::size_t i = 0; i < sale.lines.size(); ++i) {
                    const SaleLine& line = sale.lines[i];
                    m_sales.insert(HubSale{ lineSaleId(sale.saleId, i), m_siteId, line.productId, sale.channelId,
                                            record->createdUtc, line.quantity, line.quantity,
                                            line.quantity * line.unitCents });
                }
                std::int64_t visitors = 0;
                for (const SaleLine& line : sale.lines) {
                    visitors += line.admits ? line.quantity : 0;
                }
                m_slots.add(m_siteId, core::RomeTime::localDay(record->createdUtc), sale.slot, sale.channelId,
                            visitors);
                break;
            }
            case core::LedgerKind::Void:
            case core::LedgerKind::Refund: {
                const Effect& effect = m_effects.at(record->seq);
                for (const auto& [product, figures] : effect.taken) {
                    m_sales.adjust(m_siteId, effect.channelId, product, effect.soldUtc, -figures.first, -figures.first,
                                   -figures.second);
                }
                m_slots.add(m_siteId, core::RomeTime::localDay(effect.soldUtc), effect.slot, effect.channelId,
                            -effect.slotVisitors);
                for (const QString& key : effect.revoked) {
                    revoke.bind(1, key).bind(2, m_deviceId).bind(3, record->seq).bind(4, record->createdUtc);
                    revoke.exec();
                }
                break;
            }
            case core::LedgerKind::Scan:
                scan.bind(1, m_deviceId).bind(2, record->seq);
                scan.bind(3, qs(*stringField(record->body, "ticket")));
                scan.bind(4, qs(*stringField(record->body, "result")));
                scan.bind(5, qs(*stringField(record->body, "direction")));
                scan.bind(6, record->createdUtc);
                scan.exec();
                break;
            case core::LedgerKind::SessionOpen:
            case core::LedgerKind::SessionClose:
                break;
            }
        }
        m_sales.finish();
    }

    // After apply(): the slots the batch touched that a channel now sells past its quota.
    std::vector<SlotOverbooking> overbookings() { return m_slots.overbookings(m_nowUtc); }

private:
    struct Effect
    {
        std::int64_t soldUtc = 0;
        std::int64_t channelId = 0;
        std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> taken; // product -> tickets, revenue
        QStringList revoked;
        int slot = -1;
        std::int64_t slotVisitors = 0; // taken off the sale's slot
    };

    void checkSale(const Incoming& record, Problems& problems)
    {
        const json::object& body = record.body;
        CheckedSale sale;
        const json::string* id = stringField(body, "sale_id");
        const auto uuid = id ? canonicalUuid(*id) : std::nullopt;
        if (!uuid) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"sale_id\" must be a UUID."));
        } else {
            sale.saleId = *uuid;
            if (m_saleIds.contains(*uuid) || m_sales.stored(*uuid)) {
                problems.add(
                    QT_TRANSLATE_NOOP("sync::LedgerIngest", "This sale_id is already stored for another sale."));
            }
        }
        const json::string* site = stringField(body, "site");
        if (!site || qs(*site) != m_siteCode) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"site\" must be the device's site."));
        }
        const json::string* channel = stringField(body, "channel");
        const auto channelIt = channel ? m_channels.constFind(qs(*channel)) : m_channels.constEnd();
        if (channelIt == m_channels.constEnd()) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"channel\" must be counter, online, kiosk or b2b."));
        } else {
            sale.channelId = *channelIt;
        }
        if (const json::value* slot = body.if_contains("slot")) {
            const auto start = integerOf(slot);
            if (!start || *start < -1 || *start > kLastSlotStart) {
                problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                               "\"slot\" must be minutes after midnight (0 to 1439), or -1 for none."));
            } else {
                sale.slot = int(*start);
            }
        }
        const json::value* lines = body.if_contains("lines");
        std::int64_t total = 0;
        if (!lines || !lines->is_array() || lines->as_array().empty()) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A sale needs at least one line."));
        } else {
            for (const json::value& item : lines->as_array()) {
                const json::object* line = item.if_object();
                const auto product = line ? integerField(*line, "product_id") : std::nullopt;
                const auto quantity = line ? integerField(*line, "quantity") : std::nullopt;
                const auto unit = line ? integerField(*line, "unit_cents") : std::nullopt;
                const auto free = product ? m_products.constFind(*product) : m_products.constEnd();
                if (free == m_products.constEnd()) {
                    problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                   "A line's \"product_id\" is not a ticket product of the site."));
                    continue;
                }
                if (!quantity || *quantity < 1 || *quantity > kMaxQuantity) {
                    problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                   "A line's \"quantity\" must be a whole number from 1 to 10000."));
                    continue;
                }
                if (!unit || *unit < 0 || *unit > kMaxUnitCents || (*free && *unit != 0)) {
                    problems.add(QT_TRANSLATE_NOOP(
                        "sync::LedgerIngest",
                        "A line's \"unit_cents\" must be from 0 to 100000000, and 0 for a free ticket."));
                    continue;
                }
                const auto admits = lineAdmits(*line, *product);
                if (!admits) {
                    problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                   "A line's \"kind\" must be admission, combined or addon."));
                    continue;
                }
                sale.lines.push_back({ *product, *quantity, *unit, *admits });
                total += *quantity * *unit;
            }
        }
        const auto tickets = stringList(body, "tickets");
        if (!tickets) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"tickets\" must be a list of ticket keys."));
        } else {
            sale.tickets = QSet<QString>(tickets->begin(), tickets->end());
        }
        const auto totalCents = integerField(body, "total_cents");
        if (problems.empty() && (!totalCents || *totalCents != total)) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "\"total_cents\" is not the sum of the lines' quantities and prices."));
        }
        if (!problems.empty()) {
            return;
        }
        SaleState state;
        state.soldUtc = record.createdUtc;
        state.channelId = sale.channelId;
        state.lines = sale.lines;
        state.tickets = sale.tickets;
        state.slot = sale.slot;
        for (const SaleLine& line : sale.lines) {
            auto& figures = state.remaining[line.productId];
            figures.first += line.quantity;
            figures.second += line.quantity * line.unitCents;
            state.admits[line.productId] = line.admits;
            state.slotVisitors += line.admits ? line.quantity : 0;
        }
        m_saleStates.emplace(record.seq, std::move(state));
        for (std::size_t i = 0; i < sale.lines.size(); ++i) {
            m_saleIds.insert(lineSaleId(sale.saleId, i));
        }
        m_checkedSales.emplace(record.seq, std::move(sale));
    }

    // Whether a sale line lets a visitor in: its "kind" (admission, combined or
    // addon) as the device sold it, else the product's kind here; nullopt for an
    // unknown kind.
    std::optional<bool> lineAdmits(const json::object& line, std::int64_t productId) const
    {
        const json::value* kind = line.if_contains("kind");
        if (!kind) {
            return m_productAdmits.value(productId, true);
        }
        const json::string* text = kind->if_string();
        if (!text || (*text != "admission" && *text != "combined" && *text != "addon")) {
            return std::nullopt;
        }
        return *text != "addon";
    }

    // The sale record `seq` of this device: from the batch, or stored (with the
    // voids and refunds stored after it taken off).
    SaleState* saleState(std::int64_t seq)
    {
        if (auto it = m_saleStates.find(seq); it != m_saleStates.end()) {
            return &it->second;
        }
        m_storedSale.bind(1, m_deviceId).bind(2, seq);
        if (!m_storedSale.step()) {
            m_storedSale.reset();
            return nullptr;
        }
        SaleState state;
        state.soldUtc = m_storedSale.int64(0);
        const QByteArray payload = m_storedSale.text(1).toUtf8();
        m_storedSale.reset();
        // Stored payloads were checked on their way in.
        const json::object sale
            = json::parse(std::string_view(payload.constData(), std::size_t(payload.size()))).as_object();
        state.channelId = m_channels.value(qs(sale.at("channel").as_string()));
        state.slot = int(integerField(sale, "slot").value_or(-1));
        for (const json::value& item : sale.at("lines").as_array()) {
            const json::object& line = item.as_object();
            const std::int64_t product = *integerField(line, "product_id");
            const SaleLine l{ product, *integerField(line, "quantity"), *integerField(line, "unit_cents"),
                              lineAdmits(line, product).value_or(true) };
            state.lines.push_back(l);
            auto& figures = state.remaining[l.productId];
            figures.first += l.quantity;
            figures.second += l.quantity * l.unitCents;
            state.admits[l.productId] = l.admits;
            state.slotVisitors += l.admits ? l.quantity : 0;
        }
        for (const json::value& key : sale.at("tickets").as_array()) {
            state.tickets.insert(qs(key.as_string()));
        }
        m_laterReturns.bind(1, m_deviceId).bind(2, seq);
        while (m_laterReturns.step()) {
            const QByteArray text = m_laterReturns.text(1).toUtf8();
            const json::object earlier
                = json::parse(std::string_view(text.constData(), std::size_t(text.size()))).as_object();
            if (integerField(earlier, "sale_seq") != seq) {
                continue;
            }
            if (m_laterReturns.text(0) == QLatin1String("void")) {
                state.voided = true;
                state.remaining.clear();
                state.slotVisitors = 0;
            } else {
                for (const json::value& item : earlier.at("lines").as_array()) {
                    const json::object& line = item.as_object();
                    const std::int64_t product = *integerField(line, "product_id");
                    if (state.admits[product]) {
                        state.slotVisitors -= *integerField(line, "quantity");
                    }
                    auto& figures = state.remaining[product];
                    figures.first -= *integerField(line, "quantity");
                    figures.second -= *integerField(line, "quantity") * *integerField(line, "unit_cents");
                }
            }
        }
        m_laterReturns.reset();
        return &m_saleStates.emplace(seq, std::move(state)).first->second;
    }

    bool isRevoked(const QString& key)
    {
        if (m_revokedInBatch.contains(key)) {
            return true;
        }
        m_revoked.bind(1, key);
        const bool revoked = m_revoked.step();
        m_revoked.reset();
        return revoked;
    }

    void checkReturn(const Incoming& record, Problems& problems)
    {
        const json::object& body = record.body;
        const bool isVoid = record.kind == core::LedgerKind::Void;
        const auto saleSeq = integerField(body, "sale_seq");
        SaleState* sale = saleSeq && *saleSeq < record.seq ? saleState(*saleSeq) : nullptr;
        if (!sale) {
            problems.add(
                QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"sale_seq\" must be an earlier sale record of this device."));
            return;
        }
        if (sale->voided) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "That sale was already voided."));
            return;
        }
        const auto tickets = stringList(body, "tickets");
        if (!tickets) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"tickets\" must be a list of ticket keys."));
            return;
        }
        for (const QString& key : *tickets) {
            if (!sale->tickets.contains(key)) {
                problems.add(
                    QCoreApplication::translate("sync::LedgerIngest", "Ticket %1 is not one of the sale's.").arg(key));
            } else if (isRevoked(key)) {
                problems.add(
                    QCoreApplication::translate("sync::LedgerIngest", "Ticket %1 was already revoked.").arg(key));
            }
        }
        Effect effect;
        effect.soldUtc = sale->soldUtc;
        effect.channelId = sale->channelId;
        effect.revoked = *tickets;
        effect.slot = sale->slot;
        if (isVoid) {
            effect.taken = sale->remaining;
            effect.slotVisitors = sale->slotVisitors;
        } else {
            const json::value* lines = body.if_contains("lines");
            const auto amount = integerField(body, "amount_cents");
            std::int64_t total = 0;
            if (!lines || !lines->is_array() || lines->as_array().empty()) {
                problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A refund needs the lines it gives back."));
                return;
            }
            for (const json::value& item : lines->as_array()) {
                const json::object* line = item.if_object();
                const auto product = line ? integerField(*line, "product_id") : std::nullopt;
                const auto quantity = line ? integerField(*line, "quantity") : std::nullopt;
                const auto unit = line ? integerField(*line, "unit_cents") : std::nullopt;
                if (!product || !quantity || !unit || *quantity < 1 || *unit < 0 || *unit > kMaxUnitCents) {
                    problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                   "A refund line needs \"product_id\", \"quantity\" (1 or more) "
                                                   "and \"unit_cents\"."));
                    continue;
                }
                auto& taken = effect.taken[*product];
                taken.first += *quantity;
                taken.second += *quantity * *unit;
                total += *quantity * *unit;
                // A refunded add-on (a guided tour) frees no place in the slot.
                const auto admits = sale->admits.find(*product);
                if (admits != sale->admits.end() && admits->second) {
                    effect.slotVisitors += *quantity;
                }
            }
            for (const auto& [product, figures] : effect.taken) {
                const auto left = sale->remaining.find(product);
                if (left == sale->remaining.end() || left->second.first < figures.first
                    || left->second.second < figures.second) {
                    problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                   "The refund gives back more than the sale still counts."));
                    break;
                }
            }
            if (!amount || *amount != total) {
                problems.add(
                    QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"amount_cents\" is not the sum of the refunded lines."));
            }
        }
        if (!problems.empty()) {
            return;
        }
        for (const QString& key : std::as_const(effect.revoked)) {
            m_revokedInBatch.insert(key);
        }
        if (isVoid) {
            sale->voided = true;
            sale->remaining.clear();
        } else {
            for (const auto& [product, figures] : effect.taken) {
                sale->remaining[product].first -= figures.first;
                sale->remaining[product].second -= figures.second;
            }
        }
        sale->slotVisitors -= effect.slotVisitors;
        m_effects.emplace(record.seq, std::move(effect));
    }

    void checkScan(const Incoming& record, Problems& problems)
    {
        static const QSet<QString> results
            = { QStringLiteral("valid"),      QStringLiteral("already_used"), QStringLiteral("wrong_day"),
                QStringLiteral("wrong_site"), QStringLiteral("revoked"),      QStringLiteral("unknown"),
                QStringLiteral("invalid") };
        const json::string* result = stringField(record.body, "result");
        const json::string* direction = stringField(record.body, "direction");
        if (!stringField(record.body, "ticket") || !stringField(record.body, "code")) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A scan needs \"code\" and \"ticket\" texts."));
        }
        if (!result || !results.contains(qs(*result))) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "A scan's \"result\" must be valid, already_used, wrong_day, wrong_site, "
                                           "revoked, unknown or invalid."));
        }
        if (!direction || (*direction != "in" && *direction != "out")) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A scan's \"direction\" must be in or out."));
        }
    }

    core::Database& m_db;
    QString m_deviceId;
    std::int64_t m_siteId;
    QString m_siteCode;
    std::int64_t m_userId;
    std::int64_t m_nowUtc;
    HubSalesWriter m_sales;
    HubSlotSales m_slots;
    QHash<QString, std::int64_t> m_channels;
    QHash<std::int64_t, bool> m_products; // id -> free
    QHash<std::int64_t, bool> m_productAdmits; // id -> admits a visitor (not an add-on)
    core::Statement m_storedSale;
    core::Statement m_laterReturns;
    core::Statement m_revoked;
    std::map<std::int64_t, SaleState> m_saleStates;
    std::map<std::int64_t, CheckedSale> m_checkedSales;
    std::map<std::int64_t, Effect> m_effects;
    std::set<std::string> m_saleIds;
    QSet<QString> m_revokedInBatch;
};

} // namespace

LedgerIngest::Outcome LedgerIngest::ingest(HubStore& store, const HubCaller& caller, std::string_view body,
                                           std::int64_t nowUtc)
{
    boost::system::error_code ec;
    const json::value document = json::parse(body, ec);
    const json::array* rows = nullptr;
    const json::string* deviceText = nullptr;
    if (!ec && document.is_object() && document.as_object().size() == 2) {
        const json::object& root = document.as_object();
        deviceText = stringField(root, "device");
        rows = root.contains("records") ? root.at("records").if_array() : nullptr;
    }
    const auto deviceUuid = deviceText ? canonicalUuid(*deviceText) : std::nullopt;
    if (!rows || !deviceUuid) {
        return failure(400, "bad_request",
                       translated(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                    "The body must be a JSON object with \"device\" (the device's "
                                                    "UUID) and an array, \"records\".")));
    }
    if (rows->empty() || rows->size() > std::size_t(MaxRecordsPerBatch)) {
        return failure(400, "bad_request",
                       QCoreApplication::translate("sync::LedgerIngest", "A batch holds from 1 to %1 records.")
                           .arg(MaxRecordsPerBatch)
                           .toStdString());
    }
    const QString deviceId = QString::fromStdString(*deviceUuid);

    // Each record on its own, outside the writer's lock: fields, payload, hash.
    static const QSet<QString> known
        = { QStringLiteral("seq"),   QStringLiteral("kind"),    QStringLiteral("created_utc"),
            QStringLiteral("clerk"), QStringLiteral("payload"), QStringLiteral("prev_hash"),
            QStringLiteral("hash") };
    std::vector<Incoming> records;
    records.reserve(rows->size());
    json::array badRows;
    const auto reportBad = [&badRows](std::size_t index, const json::value& seq, const Problems& problems) {
        json::array reasons;
        for (const std::string& text : problems.texts) {
            reasons.push_back(json::string(text));
        }
        badRows.push_back(json::object{ { "index", index }, { "seq", seq }, { "problems", std::move(reasons) } });
    };
    for (std::size_t index = 0; index < rows->size(); ++index) {
        Problems problems;
        Incoming record;
        record.index = index;
        const json::object* row = (*rows)[index].if_object();
        json::value seqEcho = nullptr;
        if (!row) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "A record must be a JSON object."));
            reportBad(index, seqEcho, problems);
            continue;
        }
        for (const auto& field : *row) {
            if (!known.contains(qs(field.key()))) {
                problems.add(
                    QCoreApplication::translate("sync::LedgerIngest", "Unknown field \"%1\".").arg(qs(field.key())));
            }
        }
        if (const json::value* seq = row->if_contains("seq")) {
            seqEcho = *seq;
        }
        const auto seq = integerField(*row, "seq");
        if (!seq || *seq < 1) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"seq\" must be a whole number from 1."));
        } else {
            record.seq = *seq;
        }
        const json::string* kind = stringField(*row, "kind");
        const auto ledgerKind = kind ? core::ledgerKindFromCode(qs(*kind)) : std::nullopt;
        if (!ledgerKind) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "\"kind\" must be session_open, sale, void, refund, scan or "
                                           "session_close."));
        } else {
            record.kind = *ledgerKind;
            record.kindCode = qs(*kind);
        }
        const auto created = integerField(*row, "created_utc");
        if (!created || *created < kOldestRecordUtc || *created > nowUtc + kClockSlackSeconds) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "\"created_utc\" must be a time in Unix seconds, not in the future."));
        } else {
            record.createdUtc = *created;
        }
        const json::string* clerk = stringField(*row, "clerk");
        if (!clerk || clerk->size() > kMaxClerkBytes) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"clerk\" must be a text of up to 200 bytes."));
        } else {
            record.clerk = qs(*clerk);
        }
        const json::string* payload = stringField(*row, "payload");
        if (!payload || payload->size() > std::size_t(MaxPayloadBytes)) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "\"payload\" must be the record's JSON as a string, as hashed."));
        } else {
            record.payload = QByteArray(payload->data(), qsizetype(payload->size()));
            boost::system::error_code payloadError;
            json::value parsed = json::parse(*payload, payloadError);
            if (payloadError || !parsed.is_object()) {
                problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"payload\" does not hold a JSON object."));
            } else {
                record.body = std::move(parsed.as_object());
            }
        }
        record.prevHash = hashFromHex(stringField(*row, "prev_hash"));
        record.hash = hashFromHex(stringField(*row, "hash"));
        if (record.prevHash.isEmpty() || record.hash.isEmpty()) {
            problems.add(
                QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"prev_hash\" and \"hash\" must be 64 hexadecimal digits."));
        }
        if (problems.empty()
            && core::Ledger::computeHash(deviceId, record.seq, record.kindCode, record.createdUtc, record.clerk,
                                         record.payload, record.prevHash)
                != record.hash) {
            problems.add(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                           "The hash does not match the record: it was altered after it was "
                                           "written."));
        }
        if (!problems.empty()) {
            reportBad(index, seqEcho, problems);
            continue;
        }
        records.push_back(std::move(record));
    }

    return store.write([&](core::Database& db) -> Outcome {
        core::Statement device = db.prepare(
            "SELECT d.site_id, s.code, EXISTS (SELECT 1 FROM user_sites us WHERE us.user_id = ? AND us.site_id = "
            "d.site_id) FROM devices d JOIN sites s ON s.id = d.site_id WHERE d.device_id = ?");
        device.bind(1, caller.userId).bind(2, deviceId);
        if (!device.step()) {
            return failure(404, "unknown_device",
                           translated(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                        "This device is not registered; register it with POST "
                                                        "/v1/devices first.")));
        }
        if (device.int64(2) == 0) {
            return failure(403, "forbidden",
                           translated(QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                        "This device sells for a site outside your scope.")));
        }
        const std::int64_t siteId = device.int64(0);
        const QString siteCode = device.text(1);
        device.reset();
        const auto invalid = [&badRows] {
            return failure(422, "invalid_batch",
                           QCoreApplication::translate("sync::LedgerIngest",
                                                       "%n record(s) of the batch are not valid; nothing was stored.",
                                                       "", int(badRows.size()))
                               .toStdString(),
                           json::object{ { "rows", badRows } });
        };
        if (!badRows.empty()) {
            return invalid();
        }

        core::Transaction tx(db);
        std::int64_t through = 0;
        QByteArray lastHash(32, '\0');
        {
            core::Statement last
                = db.prepare("SELECT seq, hash FROM ledger_records WHERE device_id = ? ORDER BY seq DESC LIMIT 1");
            last.bind(1, deviceId);
            if (last.step()) {
                through = last.int64(0);
                lastHash = last.blob(1);
            }
        }
        const auto conflict = [&through](const char* code, const char* text, std::int64_t seq) {
            return failure(409, code, QCoreApplication::translate("sync::LedgerIngest", text).arg(seq).toStdString(),
                           json::object{ { "seq", seq }, { "through", through } });
        };
        // In order, without gaps, after what is stored or overlapping it.
        for (std::size_t i = 1; i < records.size(); ++i) {
            if (records[i].seq != records[i - 1].seq + 1) {
                return conflict("ledger_gap",
                                QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                  "The records must follow each other without gaps: record %1 is "
                                                  "missing or out of order; nothing was stored."),
                                records[i - 1].seq + 1);
            }
        }
        if (records.front().seq > through + 1) {
            return conflict("ledger_gap",
                            QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                              "Record %1 is missing: the hub has this device's records up to the one "
                                              "before it; nothing was stored."),
                            through + 1);
        }
        core::Statement storedHash = db.prepare("SELECT hash FROM ledger_records WHERE device_id = ? AND seq = ?");
        std::vector<const Incoming*> fresh;
        std::int64_t duplicates = 0;
        LedgerApplier applier(db, deviceId, siteId, siteCode, caller, nowUtc);
        const Incoming* previous = nullptr;
        for (const Incoming& record : records) {
            Problems problems;
            if (previous && record.prevHash != previous->hash) {
                problems.add(
                    QT_TRANSLATE_NOOP("sync::LedgerIngest", "\"prev_hash\" is not the hash of the record before it."));
            }
            previous = &record;
            if (record.seq <= through) {
                storedHash.bind(1, deviceId).bind(2, record.seq);
                const QByteArray stored = storedHash.step() ? storedHash.blob(0) : QByteArray();
                storedHash.reset();
                if (stored != record.hash) {
                    return conflict("ledger_conflict",
                                    QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                      "Record %1 differs from the one the hub stored with that "
                                                      "number: this ledger is not the one the hub knows for the "
                                                      "device; nothing was stored."),
                                    record.seq);
                }
                if (problems.empty()) {
                    ++duplicates;
                    continue;
                }
            } else if (record.seq == through + 1 && record.prevHash != lastHash) {
                return conflict("ledger_conflict",
                                QT_TRANSLATE_NOOP("sync::LedgerIngest",
                                                  "Record %1 does not continue the chain the hub stored for the "
                                                  "device; nothing was stored."),
                                record.seq);
            }
            if (problems.empty()) {
                applier.check(record, problems);
            }
            if (!problems.empty()) {
                reportBad(record.index, json::value(record.seq), problems);
                continue;
            }
            fresh.push_back(&record);
        }
        if (!badRows.empty()) {
            return invalid();
        }
        applier.apply(fresh);
        json::array overbooked;
        for (const SlotOverbooking& over : applier.overbookings()) {
            overbooked.push_back(json::object{ { "site", over.siteCode.toStdString() },
                                               { "day", over.dayText().toStdString() },
                                               { "slot", over.slotLabel().toStdString() },
                                               { "slot_start", over.slotStart },
                                               { "channel", over.channelCode.toStdString() },
                                               { "quota", over.quota },
                                               { "sold", over.sold } });
        }
        store.numberPendingRevisions(db);
        tx.commit();
        const std::int64_t newThrough = fresh.empty() ? through : std::max(through, fresh.back()->seq);
        return Outcome{ 200,
                        json::serialize(json::object{ { "stored", fresh.size() },
                                                      { "duplicates", duplicates },
                                                      { "through", newThrough },
                                                      { "overbooked", std::move(overbooked) } }) };
    });
}

} // namespace cruscotto::sync
