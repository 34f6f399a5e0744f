#include "sync/hubcatalogue.h"

#include "core/database.h"

#include <boost/json.hpp>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {
json::string_view view(const QByteArray& utf8)
{
    return { utf8.constData(), static_cast<std::size_t>(utf8.size()) };
}

json::value text(const core::Statement& stmt, int column)
{
    const QByteArray utf8 = stmt.text(column).toUtf8();
    return json::string(view(utf8));
}
} // namespace

std::string HubCatalogue::json(core::Database& db, std::int64_t userId)
{
    json::object root;

    json::array regions;
    core::Statement region = db.prepare(
        "SELECT id, code, name FROM regions WHERE id IN "
        "(SELECT s.region_id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ?1) ORDER BY id");
    region.bind(1, userId);
    while (region.step()) {
        regions.push_back(
            json::object{ { "id", region.int64(0) }, { "code", text(region, 1) }, { "name", text(region, 2) } });
    }
    root["regions"] = std::move(regions);

    json::array channels;
    core::Statement channel = db.prepare("SELECT id, code, name FROM channels ORDER BY id");
    while (channel.step()) {
        channels.push_back(
            json::object{ { "id", channel.int64(0) }, { "code", text(channel, 1) }, { "name", text(channel, 2) } });
    }
    root["channels"] = std::move(channels);

    json::array sites;
    core::Statement site = db.prepare(
        "SELECT id, code, name, type, region_id, capacity, open_hour, close_hour, closing_weekday, nominative_tickets "
        "FROM sites "
        "WHERE id IN (SELECT site_id FROM user_sites WHERE user_id = ?1) ORDER BY id");
    core::Statement exception = db.prepare("SELECT day, open, open_hour, close_hour, note "
                                           "FROM site_calendar_exceptions WHERE site_id = ? ORDER BY day");
    core::Statement freeDay = db.prepare("SELECT day, note FROM site_free_days WHERE site_id = ? ORDER BY day");
    core::Statement slotPolicy = db.prepare("SELECT slot_minutes, slot_capacity, counter_pct, online_pct, kiosk_pct, "
                                            "b2b_pct FROM site_slot_policy WHERE site_id = ?");
    site.bind(1, userId);
    while (site.step()) {
        json::array freeDays;
        freeDay.bind(1, site.int64(0));
        while (freeDay.step()) {
            freeDays.push_back(json::array{ freeDay.int64(0), text(freeDay, 1) });
        }
        freeDay.reset();
        json::value slotPolicyJson = nullptr;
        slotPolicy.bind(1, site.int64(0));
        if (slotPolicy.step()) {
            slotPolicyJson = json::object{ { "slot_minutes", slotPolicy.int64(0) }, { "slot_capacity", slotPolicy.int64(1) },
                                  { "counter_pct", slotPolicy.int64(2) },  { "online_pct", slotPolicy.int64(3) },
                                  { "kiosk_pct", slotPolicy.int64(4) },    { "b2b_pct", slotPolicy.int64(5) } };
        }
        slotPolicy.reset();
        json::array exceptions;
        exception.bind(1, site.int64(0));
        while (exception.step()) {
            exceptions.push_back(json::array{ exception.int64(0), exception.int64(1), exception.int64(2),
                                              exception.int64(3), text(exception, 4) });
        }
        exception.reset();
        sites.push_back(json::object{ { "id", site.int64(0) },
                                      { "code", text(site, 1) },
                                      { "name", text(site, 2) },
                                      { "type", text(site, 3) },
                                      { "region_id", site.int64(4) },
                                      { "capacity", site.int64(5) },
                                      { "open_hour", site.int64(6) },
                                      { "close_hour", site.int64(7) },
                                      { "closing_weekday", site.int64(8) },
                                      { "calendar_exceptions", std::move(exceptions) },
                                      { "nominative_tickets", site.int64(9) != 0 },
                                      { "free_days", std::move(freeDays) },
                                      { "slot_policy", std::move(slotPolicyJson) } });
    }
    root["sites"] = std::move(sites);

    json::array zones;
    core::Statement zone
        = db.prepare("SELECT id, site_id, code, name, capacity, indoor, temp_min, temp_max, rh_min, "
                     "rh_max, lux_max FROM zones "
                     "WHERE site_id IN (SELECT site_id FROM user_sites WHERE user_id = ?1) ORDER BY id");
    zone.bind(1, userId);
    while (zone.step()) {
        zones.push_back(json::object{ { "id", zone.int64(0) },
                                      { "site_id", zone.int64(1) },
                                      { "code", text(zone, 2) },
                                      { "name", text(zone, 3) },
                                      { "capacity", zone.int64(4) },
                                      { "indoor", zone.int64(5) != 0 },
                                      { "temp_min", zone.real(6) },
                                      { "temp_max", zone.real(7) },
                                      { "rh_min", zone.real(8) },
                                      { "rh_max", zone.real(9) },
                                      { "lux_max", zone.real(10) } });
    }
    root["zones"] = std::move(zones);

    json::array products;
    core::Statement product
        = db.prepare("SELECT id, site_id, code, name, category, free_reason, price_cents, kind, document, admits, "
                     "position FROM ticket_products "
                     "WHERE site_id IN (SELECT site_id FROM user_sites WHERE user_id = ?1) ORDER BY id");
    product.bind(1, userId);
    while (product.step()) {
        products.push_back(json::object{ { "id", product.int64(0) },
                                         { "site_id", product.int64(1) },
                                         { "code", text(product, 2) },
                                         { "name", text(product, 3) },
                                         { "category", text(product, 4) },
                                         { "free_reason", text(product, 5) },
                                         { "price_cents", product.int64(6) },
                                         { "kind", text(product, 7) },
                                         { "document", text(product, 8) },
                                         { "admits", text(product, 9) },
                                         { "position", product.int64(10) } });
    }
    root["products"] = std::move(products);

    return json::serialize(root);
}

} // namespace cruscotto::sync
