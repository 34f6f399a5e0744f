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
        "SELECT id, code, name, type, region_id, capacity, open_hour, close_hour, closing_weekday FROM sites "
        "WHERE id IN (SELECT site_id FROM user_sites WHERE user_id = ?1) ORDER BY id");
    core::Statement exception = db.prepare("SELECT day, open, open_hour, close_hour, note "
                                           "FROM site_calendar_exceptions WHERE site_id = ? ORDER BY day");
    site.bind(1, userId);
    while (site.step()) {
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
                                      { "calendar_exceptions", std::move(exceptions) } });
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
        = db.prepare("SELECT id, site_id, code, name, category, free_reason, price_cents FROM ticket_products "
                     "WHERE site_id IN (SELECT site_id FROM user_sites WHERE user_id = ?1) ORDER BY id");
    product.bind(1, userId);
    while (product.step()) {
        products.push_back(json::object{ { "id", product.int64(0) },
                                         { "site_id", product.int64(1) },
                                         { "code", text(product, 2) },
                                         { "name", text(product, 3) },
                                         { "category", text(product, 4) },
                                         { "free_reason", text(product, 5) },
                                         { "price_cents", product.int64(6) } });
    }
    root["products"] = std::move(products);

    return json::serialize(root);
}

} // namespace cruscotto::sync
