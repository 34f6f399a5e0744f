#include "sync/salesingest.h"

#include "core/cacherollups.h"
#include "core/database.h"
#include "core/rometime.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

// Sales older than this are not a ticket office catching up but a mistake.
constexpr std::int64_t kOldestSaleUtc = 946684800; // 2000-01-01
// A till's clock may run a little fast.
constexpr std::int64_t kClockSlackSeconds = 300;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::SalesIngest", text).toStdString();
}

struct Sale
{
    std::string id;
    std::int64_t siteId = 0;
    std::int64_t productId = 0;
    std::int64_t channelId = 0;
    std::int64_t soldUtc = 0;
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
    std::int64_t amountCents = 0;
    bool sameAs(const Sale& other) const
    {
        return siteId == other.siteId && productId == other.productId && channelId == other.channelId
            && soldUtc == other.soldUtc && tickets == other.tickets && visitors == other.visitors
            && amountCents == other.amountCents;
    }
};

// Canonical 8-4-4-4-12 hex, returned in lower case.
std::optional<std::string> canonicalUuid(std::string_view text)
{
    if (text.size() != 36) {
        return std::nullopt;
    }
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        char& c = out[i];
        if (dash) {
            if (c != '-') {
                return std::nullopt;
            }
            continue;
        }
        if (c >= 'A' && c <= 'F') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return std::nullopt;
        }
    }
    return out;
}

std::optional<std::int64_t> integerField(const json::object& row, const char* name)
{
    const json::value* value = row.if_contains(name);
    if (!value) {
        return std::nullopt;
    }
    if (value->is_int64()) {
        return value->as_int64();
    }
    if (value->is_uint64() && value->as_uint64() <= std::uint64_t(INT64_MAX)) {
        return static_cast<std::int64_t>(value->as_uint64());
    }
    return std::nullopt;
}

const json::string* stringField(const json::object& row, const char* name)
{
    const json::value* value = row.if_contains(name);
    return value ? value->if_string() : nullptr;
}

QString qs(const json::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

SalesIngest::Outcome SalesIngest::ingest(HubStore& store, const HubCaller& caller, std::string_view body,
                                         std::int64_t nowUtc)
{
    const auto fail = [](int status, const char* code, const std::string& message, json::array rows = {}) {
        json::object root{ { "error", code }, { "message", message } };
        if (!rows.empty()) {
            root["rows"] = std::move(rows);
        }
        return Outcome{ status, json::serialize(root) };
    };

    boost::system::error_code ec;
    const json::value document = json::parse(body, ec);
    const json::array* sales = nullptr;
    if (!ec && document.is_object() && document.as_object().size() == 1 && document.as_object().contains("sales")) {
        sales = document.at("sales").if_array();
    }
    if (!sales) {
        return fail(
            400, "bad_request",
            translated(QT_TRANSLATE_NOOP("sync::SalesIngest", "The body must be a JSON object with one array, \"sales\".")));
    }
    if (sales->empty() || sales->size() > std::size_t(MaxSalesPerBatch)) {
        return fail(400, "bad_request",
                    QCoreApplication::translate("sync::SalesIngest", "A batch holds from 1 to %1 sales.")
                        .arg(MaxSalesPerBatch)
                        .toStdString());
    }

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        // What the caller may sell for: its sites, their products, the channels.
        QHash<QString, std::int64_t> sites;
        {
            core::Statement stmt = db.prepare(
                "SELECT s.code, s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ?");
            stmt.bind(1, caller.userId);
            while (stmt.step()) {
                sites.insert(stmt.text(0), stmt.int64(1));
            }
        }
        core::Statement productOf
            = db.prepare("SELECT id, category, price_cents FROM ticket_products WHERE site_id = ? AND code = ?");
        core::Statement channelOf = db.prepare("SELECT id FROM channels WHERE code = ?");
        core::Statement storedSale = db.prepare("SELECT site_id, product_id, channel_id, sold_utc, tickets, visitors, "
                                                "revenue_cents FROM sales WHERE id = ?");
        static const QSet<QString> known
            = { QStringLiteral("id"),       QStringLiteral("site"),        QStringLiteral("product"),
                QStringLiteral("channel"),  QStringLiteral("sold_utc"),    QStringLiteral("tickets"),
                QStringLiteral("visitors"), QStringLiteral("amount_cents") };

        std::vector<Sale> fresh;
        json::array duplicates;
        json::array badRows;
        std::map<std::string, Sale> inBatch;
        for (std::size_t index = 0; index < sales->size(); ++index) {
            std::vector<std::string> problems;
            const auto problem = [&](const char* text) { problems.push_back(translated(text)); };
            Sale sale;
            const json::object* row = (*sales)[index].if_object();
            json::value idEcho = nullptr;
            if (!row) {
                problem(QT_TRANSLATE_NOOP("sync::SalesIngest", "A sale must be a JSON object."));
            } else {
                for (const auto& field : *row) {
                    if (!known.contains(QString::fromUtf8(field.key().data(), qsizetype(field.key().size())))) {
                        problems.push_back(
                            QCoreApplication::translate("sync::SalesIngest", "Unknown field \"%1\".")
                                .arg(QString::fromUtf8(field.key().data(), qsizetype(field.key().size())))
                                .toStdString());
                    }
                }
                const json::string* id = stringField(*row, "id");
                const auto uuid = id ? canonicalUuid(*id) : std::nullopt;
                if (id) {
                    idEcho = *id;
                }
                if (!uuid) {
                    problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                              "\"id\" must be a UUID (8-4-4-4-12 hexadecimal digits)."));
                } else {
                    sale.id = *uuid;
                }
                const json::string* site = stringField(*row, "site");
                const auto siteIt = site ? sites.constFind(qs(*site)) : sites.constEnd();
                if (siteIt == sites.constEnd()) {
                    problem(
                        QT_TRANSLATE_NOOP("sync::SalesIngest", "\"site\" must be the code of a site you sell for."));
                } else {
                    sale.siteId = *siteIt;
                    const json::string* product = stringField(*row, "product");
                    if (product) {
                        productOf.bind(1, sale.siteId).bind(2, qs(*product));
                    }
                    if (!product || !productOf.step()) {
                        problem(QT_TRANSLATE_NOOP(
                            "sync::SalesIngest", "\"product\" must be the code of one of the site's ticket products."));
                    } else {
                        sale.productId = productOf.int64(0);
                        const bool free = productOf.text(1) == QLatin1String("free");
                        const auto amount = integerField(*row, "amount_cents");
                        if (!amount || *amount < 0 || *amount > 100'000'000) {
                            problem(QT_TRANSLATE_NOOP(
                                "sync::SalesIngest",
                                "\"amount_cents\" must be a whole number of cents from 0 to 100000000."));
                        } else if (free && *amount != 0) {
                            problem(QT_TRANSLATE_NOOP("sync::SalesIngest", "A free ticket cannot cost anything."));
                        } else {
                            sale.amountCents = *amount;
                        }
                    }
                    productOf.reset();
                }
                const json::string* channel = stringField(*row, "channel");
                if (channel) {
                    channelOf.bind(1, qs(*channel));
                }
                if (!channel || !channelOf.step()) {
                    problem(
                        QT_TRANSLATE_NOOP("sync::SalesIngest", "\"channel\" must be counter, online, kiosk or b2b."));
                } else {
                    sale.channelId = channelOf.int64(0);
                }
                channelOf.reset();
                const auto sold = integerField(*row, "sold_utc");
                if (!sold || *sold < kOldestSaleUtc || *sold > nowUtc + kClockSlackSeconds) {
                    problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                              "\"sold_utc\" must be a time in Unix seconds, not in the future."));
                } else {
                    sale.soldUtc = *sold;
                }
                const auto tickets = integerField(*row, "tickets");
                if (!tickets || *tickets < 1 || *tickets > 10000) {
                    problem(
                        QT_TRANSLATE_NOOP("sync::SalesIngest", "\"tickets\" must be a whole number from 1 to 10000."));
                } else {
                    sale.tickets = *tickets;
                }
                const bool visitorsGiven = row->contains("visitors");
                const auto visitors = visitorsGiven ? integerField(*row, "visitors") : tickets;
                if (visitorsGiven && (!visitors || *visitors < 0 || *visitors > 100000)) {
                    problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                              "\"visitors\" must be a whole number from 0 to 100000."));
                } else if (visitors) {
                    sale.visitors = *visitors;
                }
            }
            if (problems.empty()) {
                // The same id twice: a resend of the same sale is harmless, another sale under it is not.
                if (const auto seen = inBatch.find(sale.id); seen != inBatch.end()) {
                    if (!seen->second.sameAs(sale)) {
                        problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                                  "This id is used twice in the batch for different sales."));
                    } else {
                        duplicates.push_back(json::string(sale.id));
                        continue;
                    }
                } else {
                    storedSale.bind(1, QString::fromStdString(sale.id));
                    if (storedSale.step()) {
                        const Sale stored{ sale.id,
                                           storedSale.int64(0),
                                           storedSale.int64(1),
                                           storedSale.int64(2),
                                           storedSale.int64(3),
                                           storedSale.int64(4),
                                           storedSale.int64(5),
                                           storedSale.int64(6) };
                        storedSale.reset();
                        if (!stored.sameAs(sale)) {
                            problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                                      "This id was already stored for a different sale."));
                        } else {
                            inBatch.emplace(sale.id, sale);
                            duplicates.push_back(json::string(sale.id));
                            continue;
                        }
                    } else {
                        storedSale.reset();
                    }
                }
            }
            if (!problems.empty()) {
                json::array reasons;
                for (const std::string& text : problems) {
                    reasons.push_back(json::string(text));
                }
                badRows.push_back(
                    json::object{ { "index", index }, { "id", idEcho }, { "problems", std::move(reasons) } });
                continue;
            }
            inBatch.emplace(sale.id, sale);
            fresh.push_back(sale);
        }
        if (!badRows.empty()) {
            return fail(422, "invalid_batch",
                        QCoreApplication::translate("sync::SalesIngest",
                                                    "%n sale(s) of the batch are not valid; nothing was stored.", "",
                                                    int(badRows.size()))
                            .toStdString(),
                        std::move(badRows));
        }

        core::Statement insert = db.prepare(
            "INSERT INTO sales (id, site_id, product_id, channel_id, sold_utc, tickets, visitors, revenue_cents, "
            "user_id, received_utc) VALUES (?,?,?,?,?,?,?,?,?,?)");
        // rev = 0: numbered below, in this transaction, like every rewritten aggregate row.
        core::Statement hourly
            = db.prepare("INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, "
                         "revenue_cents, "
                         "rev) VALUES (?,?,?,?,?,?,?,?,0) ON CONFLICT (site_id, day, channel_id, product_id, hour_utc) "
                         "DO UPDATE SET "
                         "tickets = tickets + excluded.tickets, visitors = visitors + excluded.visitors, "
                         "revenue_cents = revenue_cents + excluded.revenue_cents, rev = 0");
        std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> touchedDays; // site -> first, last day
        for (const Sale& sale : fresh) {
            insert.bind(1, QString::fromStdString(sale.id)).bind(2, sale.siteId).bind(3, sale.productId);
            insert.bind(4, sale.channelId).bind(5, sale.soldUtc).bind(6, sale.tickets).bind(7, sale.visitors);
            insert.bind(8, sale.amountCents).bind(9, caller.userId).bind(10, nowUtc);
            insert.exec();
            const std::int64_t day = core::RomeTime::localDay(sale.soldUtc);
            const std::int64_t hour = sale.soldUtc - sale.soldUtc % 3600; // Rome's offsets are whole hours
            hourly.bind(1, sale.siteId).bind(2, day).bind(3, sale.channelId).bind(4, sale.productId).bind(5, hour);
            hourly.bind(6, sale.tickets).bind(7, sale.visitors).bind(8, sale.amountCents);
            hourly.exec();
            auto [it, added] = touchedDays.emplace(sale.siteId, std::make_pair(day, day));
            if (!added) {
                it->second.first = std::min(it->second.first, day);
                it->second.second = std::max(it->second.second, day);
            }
        }
        for (const auto& [site, days] : touchedDays) {
            core::CacheRollups::refreshSite(db, site, days.first, days.second);
        }
        store.numberPendingRevisions(db);
        tx.commit();
        return Outcome{ 200,
                        json::serialize(json::object{ { "stored", fresh.size() },
                                                      { "duplicates", duplicates.size() },
                                                      { "duplicate_ids", std::move(duplicates) } }) };
    });
}

} // namespace cruscotto::sync
