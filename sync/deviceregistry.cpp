#include "sync/deviceregistry.h"

#include "sync/jsonfields.h"

#include "core/database.h"
#include "core/ticketcode.h"
#include "sync/hubsales.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QByteArray>
#include <QCoreApplication>

#include <boost/json.hpp>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

constexpr std::size_t kMaxNameBytes = 100;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::DeviceRegistry", text).toStdString();
}

DeviceRegistry::Outcome failure(int status, const char* code, const std::string& message)
{
    return { status, json::serialize(json::object{ { "error", code }, { "message", message } }) };
}

} // namespace

DeviceRegistry::Outcome DeviceRegistry::registerDevice(HubStore& store, const HubCaller& caller, std::string_view body,
                                                       std::int64_t nowUtc)
{
    const Outcome malformed = failure(
        400, "bad_request",
        translated(QT_TRANSLATE_NOOP("sync::DeviceRegistry",
                                     "The body must be a JSON object with the strings \"device_id\" (a UUID), "
                                     "\"site\", \"name\" and \"public_key\" (base64 of a 32-byte Ed25519 key).")));
    boost::system::error_code ec;
    const json::value document = json::parse(body, ec);
    if (ec || !document.is_object() || document.as_object().size() != 4) {
        return malformed;
    }
    const json::object& root = document.as_object();
    const json::string* idText = stringField(root, "device_id");
    const json::string* site = stringField(root, "site");
    const json::string* name = stringField(root, "name");
    const json::string* keyText = stringField(root, "public_key");
    const auto deviceId = idText ? canonicalUuid(*idText) : std::nullopt;
    if (!deviceId || !site || !name || !keyText || name->empty() || name->size() > kMaxNameBytes) {
        return malformed;
    }
    const auto key = QByteArray::fromBase64Encoding(QByteArray(keyText->data(), qsizetype(keyText->size())),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 32) {
        return malformed;
    }
    const QString id = QString::fromStdString(*deviceId);
    const QString shortId = core::TicketCode::deviceShortIdOf(id);

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        core::Statement siteOf = db.prepare(
            "SELECT s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
        siteOf.bind(1, caller.userId).bind(2, qs(*site));
        if (!siteOf.step()) {
            return failure(403, "forbidden",
                           translated(QT_TRANSLATE_NOOP("sync::DeviceRegistry",
                                                        "\"site\" must be the code of a site you sell for.")));
        }
        const std::int64_t siteId = siteOf.int64(0);
        core::Statement existing
            = db.prepare("SELECT device_id, site_id, public_key FROM devices WHERE device_id = ? OR short_id = ?");
        existing.bind(1, id).bind(2, shortId);
        while (existing.step()) {
            if (existing.text(0) != id) {
                return failure(409, "device_conflict",
                               translated(QT_TRANSLATE_NOOP("sync::DeviceRegistry",
                                                            "Another device already has this device's short id (the "
                                                            "first 16 digits of its UUID); provision it again.")));
            }
            if (existing.int64(1) != siteId || existing.blob(2) != key.decoded) {
                return failure(409, "device_conflict",
                               translated(QT_TRANSLATE_NOOP(
                                   "sync::DeviceRegistry",
                                   "This device is registered with another key or for another site; a device's "
                                   "key never changes.")));
            }
            core::Statement rename = db.prepare("UPDATE devices SET name = ? WHERE device_id = ?");
            rename.bind(1, qs(*name)).bind(2, id);
            rename.exec();
            tx.commit();
            return { 200,
                     json::serialize(json::object{ { "device_id", *deviceId },
                                                   { "short_id", shortId.toStdString() },
                                                   { "registered", false } }) };
        }
        core::Statement insert = db.prepare("INSERT INTO devices (device_id, short_id, site_id, name, public_key, "
                                            "provisioned_by, provisioned_utc) VALUES (?,?,?,?,?,?,?)");
        insert.bind(1, id).bind(2, shortId).bind(3, siteId).bind(4, qs(*name)).bind(5, key.decoded);
        insert.bind(6, caller.userId).bind(7, nowUtc);
        insert.exec();
        tx.commit();
        return { 201,
                 json::serialize(json::object{
                     { "device_id", *deviceId }, { "short_id", shortId.toStdString() }, { "registered", true } }) };
    });
}

DeviceRegistry::Outcome DeviceRegistry::list(core::Database& reader, const HubCaller& caller,
                                             const std::optional<std::string>& siteCode)
{
    std::int64_t onlySite = 0;
    if (siteCode) {
        core::Statement siteOf = reader.prepare(
            "SELECT s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ? AND s.code = ?");
        siteOf.bind(1, caller.userId).bind(2, qs(*siteCode));
        if (!siteOf.step()) {
            return failure(
                404, "not_found",
                translated(QT_TRANSLATE_NOOP("sync::DeviceRegistry", "There is no site with that code among yours.")));
        }
        onlySite = siteOf.int64(0);
    }
    core::Statement stmt = reader.prepare(
        "SELECT d.device_id, d.short_id, s.code, d.name, d.public_key, d.provisioned_utc FROM devices d "
        "JOIN sites s ON s.id = d.site_id JOIN user_sites us ON us.site_id = d.site_id AND us.user_id = ? "
        "WHERE ? = 0 OR d.site_id = ? ORDER BY s.code, d.device_id");
    stmt.bind(1, caller.userId).bind(2, onlySite).bind(3, onlySite);
    json::array devices;
    while (stmt.step()) {
        devices.push_back(json::object{ { "device_id", stmt.text(0).toStdString() },
                                        { "short_id", stmt.text(1).toStdString() },
                                        { "site", stmt.text(2).toStdString() },
                                        { "name", stmt.text(3).toStdString() },
                                        { "public_key", stmt.blob(4).toBase64().toStdString() },
                                        { "provisioned_utc", stmt.int64(5) } });
    }
    return { 200, json::serialize(json::object{ { "devices", std::move(devices) } }) };
}

} // namespace cruscotto::sync
