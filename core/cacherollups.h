#pragma once

#include <cstdint>
#include <limits>

namespace core {

class Database;

// Keeps the rollup tables the dashboards read (sales_daily, sales_site_daily,
// sales_monthly, visitor_profile_monthly, visits_heatmap_monthly, zone_daily, zone_monthly) equal to what the base rows
// say. Whoever writes base rows (the demo generator, the sync engine) refreshes the range of local days it touched,
// inside the same transaction.
class CacheRollups
{
public:
    static constexpr std::int64_t AllDays = std::numeric_limits<std::int32_t>::max();

    // Recomputes the site's sales rollups for local days [fromDay, toDay] (Julian
    // day numbers); the heatmap is recomputed for the whole months they touch.
    static void refreshSite(Database& db, std::int64_t siteId, std::int64_t fromDay = 0, std::int64_t toDay = AllDays);
    // Recomputes the zone's daily occupancy and climate figures, counting hours out
    // of the zone's current conservation thresholds (outdoor zones have none).
    static void refreshZone(Database& db, std::int64_t zoneId, std::int64_t fromDay = 0, std::int64_t toDay = AllDays);
    // The zone's monthly figures from its daily rows (refreshZone calls it; so does
    // whoever writes zone_daily rows itself).
    static void refreshZoneMonths(Database& db, std::int64_t zoneId, std::int64_t fromDay = 0,
                                  std::int64_t toDay = AllDays);
    // Every site and zone, all days (migrations, repairs).
    static void refreshAll(Database& db);
};

} // namespace core
