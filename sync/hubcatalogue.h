#pragma once

#include <cstdint>
#include <string>

namespace core {
class Database;
}

namespace cruscotto::sync {

// GET /v1/sites: the part of the catalogue a user may see, as JSON. Only the
// user's sites (from user_sites, filtered in SQL), the regions they lie in, their
// opening calendars, zones and ticket products, and the fixed sales channels.
//
// {"regions":[{"id","code","name"}],
//  "channels":[{"id","code","name"}],
//  "sites":[{"id","code","name","type","region_id","capacity","open_hour","close_hour","closing_weekday",
//            "calendar_exceptions":[[day, open(0|1), open_hour, close_hour, note], ...]}],
//  "zones":[{"id","site_id","code","name","capacity","indoor",
//            "temp_min","temp_max","rh_min","rh_max","lux_max"}],   (conservation thresholds)
//  "products":[{"id","site_id","code","name","category","free_reason","price_cents"}]}
class HubCatalogue
{
public:
    static std::string json(core::Database& db, std::int64_t userId);
};

} // namespace cruscotto::sync
