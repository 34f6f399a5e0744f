#include "sync/salesingest.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "sync/hubsales.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <boost/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

// Sales older than this are not a ticket office catching up but a mistake.
constexpr std::int64_t kOldestSaleUtc = 946684800; // 2000-01-01
// A till's clock may run a little fast.
constexpr std::int64_t kClockSlackSeconds = 300;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::SalesIngest", text).toStdString();
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
        HubSalesWriter writer(db, caller.userId, nowUtc);
        static const QSet<QString> known
            = { QStringLiteral("id"),       QStringLiteral("site"),        QStringLiteral("product"),
                QStringLiteral("channel"),  QStringLiteral("sold_utc"),    QStringLiteral("tickets"),
                QStringLiteral("visitors"), QStringLiteral("amount_cents") };

        std::vector<HubSale> fresh;
        json::array duplicates;
        json::array badRows;
        std::map<std::string, HubSale> inBatch;
        for (std::size_t index = 0; index < sales->size(); ++index) {
            std::vector<std::string> problems;
            const auto problem = [&](const char* text) { problems.push_back(translated(text)); };
            HubSale sale;
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
                    if (const auto stored = writer.stored(sale.id)) {
                        if (!stored->sameAs(sale)) {
                            problem(QT_TRANSLATE_NOOP("sync::SalesIngest",
                                                      "This id was already stored for a different sale."));
                        } else {
                            inBatch.emplace(sale.id, sale);
                            duplicates.push_back(json::string(sale.id));
                            continue;
                        }
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

        for (const HubSale& sale : fresh) {
            writer.insert(sale);
        }
        writer.finish();
        store.numberPendingRevisions(db);
        tx.commit();
        return Outcome{ 200,
                        json::serialize(json::object{ { "stored", fresh.size() },
                                                      { "duplicates", duplicates.size() },
                                                      { "duplicate_ids", std::move(duplicates) } }) };
    });
}

} // namespace cruscotto::sync
