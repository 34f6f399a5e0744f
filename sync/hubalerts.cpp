#include "sync/hubalerts.h"

#include "core/database.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"
#include "sync/jsonfields.h"

#include <QCoreApplication>

#include <boost/json.hpp>

#include <charconv>

namespace cruscotto::sync {

namespace json = boost::json;
using namespace jsonfields;

namespace {

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubAlerts", text).toStdString();
}

HubAlerts::Outcome problem(int status, const char* code, const char* message)
{
    return { status, json::serialize(json::object{ { "error", code }, { "message", translated(message) } }) };
}

} // namespace

HubAlerts::Outcome HubAlerts::acknowledge(HubStore& store, const HubCaller& caller, std::string_view alertId,
                                          const std::string& body, std::int64_t nowUtc)
{
    if (caller.role != HubRole::Director && caller.role != HubRole::Regional) {
        return problem(403, "forbidden",
                       QT_TRANSLATE_NOOP("sync::HubAlerts", "Only directors and regional managers acknowledge alerts."));
    }
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(alertId.data(), alertId.data() + alertId.size(), id);
    const Outcome notFound = problem(404, "not_found", QT_TRANSLATE_NOOP("sync::HubAlerts", "There is no such alert."));
    if (ec != std::errc() || end != alertId.data() + alertId.size() || id <= 0) {
        return notFound;
    }
    const auto request = parseObject(body);
    const json::string* comment = request ? stringField(*request, "comment") : nullptr;
    const QString text = comment ? qs(*comment).trimmed() : QString();
    if (text.isEmpty() || text.size() > 2000) {
        return problem(422, "invalid_comment",
                       QT_TRANSLATE_NOOP("sync::HubAlerts",
                                         "An alert is acknowledged with a \"comment\" of 1 to 2000 characters."));
    }
    std::int64_t when = nowUtc;
    if (request && request->contains("acknowledged_utc")) {
        const auto given = integerField(*request, "acknowledged_utc");
        if (!given || *given <= 0 || *given > nowUtc + 300) {
            return problem(422, "invalid_time",
                           QT_TRANSLATE_NOOP("sync::HubAlerts",
                                             "\"acknowledged_utc\" must be a time in seconds, not in the future."));
        }
        when = *given;
    }
    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        core::Statement alert = db.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ? AND site_id IN "
                                           "(SELECT site_id FROM user_sites WHERE user_id = ?)");
        alert.bind(1, id).bind(2, caller.userId);
        if (!alert.step()) {
            return notFound;
        }
        bool changed = false;
        std::int64_t storedUtc = when;
        QString storedComment = text;
        if (alert.isNull(0)) {
            alert.reset();
            core::Statement ack = db.prepare(
                "UPDATE alerts SET acknowledged_utc = ?, ack_comment = ?, rev = 0 WHERE id = ?");
            ack.bind(1, when).bind(2, text).bind(3, id);
            ack.exec();
            store.numberPendingRevisions(db);
            changed = true;
        } else {
            storedUtc = alert.int64(0);
            storedComment = alert.text(1);
            alert.reset();
        }
        tx.commit();
        return { 200, json::serialize(json::object{ { "id", id },
                                                    { "acknowledged_utc", storedUtc },
                                                    { "comment", jsonText(storedComment) },
                                                    { "changed", changed } }) };
    });
}

} // namespace cruscotto::sync
