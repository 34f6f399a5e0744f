#include "sync/ticketstatefeed.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/rometime.h"
#include "sync/changesfeed.h"
#include "sync/hubusers.h"

#include <QCoreApplication>

#include <boost/json.hpp>

#include <algorithm>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::TicketStateFeed", text).toStdString();
}

// The sites whose devices' tickets site ?1 admits: itself and those selling a
// combined ticket that admits to it (ticket_products.admits: ids, comma-separated).
const char* const kIssuingSites = "SELECT ?1 UNION SELECT site_id FROM ticket_products WHERE kind = 'combined' AND "
                                  "(',' || admits || ',') LIKE ('%,' || ?1 || ',%')";

} // namespace

TicketStateFeed::Outcome TicketStateFeed::read(core::Database& reader, const HubCaller& caller,
                                               const std::string& siteCode, std::int64_t since, int limit,
                                               std::int64_t nowUtc)
{
    limit = std::clamp(limit, 1, MaxLimit);
    // One snapshot for the whole page.
    reader.exec("BEGIN");
    struct EndRead
    {
        core::Database& db;
        ~EndRead()
        {
            try {
                db.exec("COMMIT");
            } catch (const core::DatabaseError&) { }
        }
    } endRead{ reader };

    core::Statement siteOf = reader.prepare(
        "SELECT s.id, s.code FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
    siteOf.bind(1, caller.userId).bind(2, QString::fromStdString(siteCode));
    if (!siteOf.step()) {
        return { 404,
                 json::serialize(json::object{
                     { "error", "not_found" },
                     { "message",
                       translated(QT_TRANSLATE_NOOP("sync::TicketStateFeed",
                                                    "There is no site with that code among yours.")) } }) };
    }
    const std::int64_t siteId = siteOf.int64(0);
    const QString code = siteOf.text(1);
    siteOf.reset();

    json::array devices;
    {
        core::Statement stmt = reader.prepare(
            QStringLiteral(
                "SELECT d.device_id, d.short_id, s.code, d.name, d.public_key FROM devices d JOIN sites s ON "
                "s.id = d.site_id WHERE d.site_id IN (%1) ORDER BY d.short_id")
                .arg(QLatin1String(kIssuingSites)));
        stmt.bind(1, siteId);
        while (stmt.step()) {
            devices.push_back(json::object{ { "device_id", jsonText(stmt.text(0)) },
                                            { "short_id", jsonText(stmt.text(1)) },
                                            { "site", jsonText(stmt.text(2)) },
                                            { "name", jsonText(stmt.text(3)) },
                                            { "public_key", stmt.blob(4).toBase64().toStdString() } });
        }
    }

    // Two scans in the order the records were stored (ledger_records' rowid: records
    // are never deleted, and one writer numbers them), merged.
    core::Statement revoked = reader.prepare(
        QStringLiteral("SELECT lr.rowid, rt.ticket_key, rt.revoked_utc, d.short_id FROM ledger_records lr "
                       "JOIN devices d ON d.device_id = lr.device_id "
                       "JOIN revoked_tickets rt ON rt.device_id = lr.device_id AND rt.seq = lr.seq "
                       "WHERE lr.rowid > ?2 AND lr.kind IN ('void','refund') AND d.site_id IN (%1) "
                       "ORDER BY lr.rowid, rt.ticket_key")
            .arg(QLatin1String(kIssuingSites)));
    revoked.bind(1, siteId).bind(2, since);
    core::Statement uses = reader.prepare(
        "SELECT lr.rowid, ts.ticket_key, ts.at_utc, d.short_id, COALESCE(issuer.site_id, d.site_id) "
        "FROM ledger_records lr JOIN devices d ON d.device_id = lr.device_id "
        "JOIN ticket_scans ts ON ts.device_id = lr.device_id AND ts.seq = lr.seq "
        "LEFT JOIN devices issuer ON issuer.short_id = lower(substr(ts.ticket_key, 1, 16)) "
        "WHERE lr.rowid > ?2 AND lr.kind = 'scan' AND d.site_id = ?1 AND ts.result = 'valid' AND ts.direction = 'in' "
        "ORDER BY lr.rowid");
    uses.bind(1, siteId).bind(2, since);

    json::array revokedRows;
    json::array useRows;
    bool hasRevoked = revoked.step();
    bool hasUse = uses.step();
    std::int64_t next = since;
    int count = 0;
    while (hasRevoked || hasUse) {
        const bool takeRevoked = hasRevoked && (!hasUse || revoked.int64(0) <= uses.int64(0));
        core::Statement& stmt = takeRevoked ? revoked : uses;
        const std::int64_t position = stmt.int64(0);
        // Full page: stop, but never inside a record (a void revokes several tickets).
        if (count >= limit && position != next) {
            break;
        }
        next = position;
        ++count;
        if (takeRevoked) {
            revokedRows.push_back(json::object{ { "ticket", jsonText(revoked.text(1)) },
                                                { "revoked_utc", revoked.int64(2) },
                                                { "device", jsonText(revoked.text(3)) } });
            hasRevoked = revoked.step();
        } else {
            const QString ticket = uses.text(1);
            const bool issuedHere = uses.int64(4) == siteId;
            useRows.push_back(json::object{ { "key", jsonText(issuedHere ? ticket : ticket + QLatin1Char('@') + code) },
                                            { "ticket", jsonText(ticket) },
                                            { "used_utc", uses.int64(2) },
                                            { "device", jsonText(uses.text(3)) },
                                            { "site", jsonText(code) } });
            hasUse = uses.step();
        }
    }
    json::array slotRows;
    const std::int64_t today = core::RomeTime::localDay(nowUtc);
    {
        core::Statement stmt = reader.prepare("SELECT day, slot_start, channel_id, tickets FROM slot_sales WHERE "
                                              "site_id = ? AND day >= ? ORDER BY day, slot_start, channel_id");
        stmt.bind(1, siteId).bind(2, today);
        while (stmt.step()) {
            slotRows.push_back(json::array{ stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3) });
        }
    }
    json::object page{ { "site", jsonText(code) },
                       { "since", ChangesFeed::cursorText(since) },
                       { "next", ChangesFeed::cursorText(next) },
                       { "has_more", hasRevoked || hasUse },
                       { "devices", std::move(devices) },
                       { "revoked", std::move(revokedRows) },
                       { "uses", std::move(useRows) },
                       { "slots", json::object{ { "from_day", today }, { "rows", std::move(slotRows) } } } };
    revoked = core::Statement();
    uses = core::Statement();
    return { 200, json::serialize(page) };
}

} // namespace cruscotto::sync
