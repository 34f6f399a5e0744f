#include "core/cacherollups.h"

#include "core/database.h"

#include "core/rometime.h"
#include "core/zonedayaccumulator.h"

#include <QDate>

#include <map>
#include <tuple>

#include <vector>

namespace core {

namespace {
std::vector<std::int64_t> ids(Database& db, const char* sql)
{
    std::vector<std::int64_t> result;
    Statement stmt = db.prepare(sql);
    while (stmt.step()) {
        result.push_back(stmt.int64(0));
    }
    return result;
}

void run(Database& db, const char* sql, std::int64_t id, std::int64_t from, std::int64_t to)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, id).bind(2, from).bind(3, to);
    stmt.exec();
}

// Whole months around [from, to], as Julian day numbers.
std::pair<std::int64_t, std::int64_t> monthBounds(std::int64_t from, std::int64_t to)
{
    if (from <= 0 || to >= CacheRollups::AllDays) {
        return { 0, CacheRollups::AllDays };
    }
    const QDate first = QDate::fromJulianDay(from);
    const QDate last = QDate::fromJulianDay(to);
    return { QDate(first.year(), first.month(), 1).toJulianDay(),
             QDate(last.year(), last.month(), last.daysInMonth()).toJulianDay() };
}
// Runs a DELETE and an INSERT..SELECT for a monthly table over whole months:
// ?1 = id, ?2/?3 = first/last day of those months, ?4/?5 = their yyyymm keys.
void runMonthly(Database& db, const char* erase, const char* fill, std::int64_t id, std::int64_t fromDay,
                std::int64_t toDay)
{
    const auto [first, last] = monthBounds(fromDay, toDay);
    const auto key = [](std::int64_t day, std::int64_t fallback) {
        if (day <= 0 || day >= CacheRollups::AllDays) {
            return fallback;
        }
        const QDate d = QDate::fromJulianDay(day);
        return std::int64_t(d.year() * 100 + d.month());
    };
    for (const char* sql : { erase, fill }) {
        Statement stmt = db.prepare(sql);
        const std::int64_t values[] = { id, first, last, key(first, 0), key(last, 999999) };
        for (int i = 1; i <= stmt.parameterCount(); ++i) {
            stmt.bind(i, values[i - 1]);
        }
        stmt.exec();
    }
}
} // namespace

void CacheRollups::refreshSite(Database& db, std::int64_t siteId, std::int64_t fromDay, std::int64_t toDay)
{
    run(db, "DELETE FROM sales_daily WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3", siteId, fromDay, toDay);
    run(db,
        "INSERT INTO sales_daily (site_id, day, channel_id, product_id, tickets, visitors, revenue_cents) "
        "SELECT site_id, day, channel_id, product_id, SUM(tickets), SUM(visitors), SUM(revenue_cents) "
        "FROM sales_hourly WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day, channel_id, product_id",
        siteId, fromDay, toDay);
    run(db, "DELETE FROM sales_site_daily WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3", siteId, fromDay, toDay);
    run(db,
        "INSERT INTO sales_site_daily (site_id, day, tickets, visitors, paying_visitors, free_visitors, revenue_cents, "
        "counter_tickets, online_tickets, kiosk_tickets, b2b_tickets) "
        "SELECT d.site_id, d.day, SUM(d.tickets), SUM(d.visitors), "
        "SUM(CASE WHEN p.category <> 'free' THEN d.visitors ELSE 0 END), "
        "SUM(CASE WHEN p.category = 'free' THEN d.visitors ELSE 0 END), SUM(d.revenue_cents), "
        "SUM(CASE WHEN d.channel_id = 1 THEN d.tickets ELSE 0 END), "
        "SUM(CASE WHEN d.channel_id = 2 THEN d.tickets ELSE 0 END), "
        "SUM(CASE WHEN d.channel_id = 3 THEN d.tickets ELSE 0 END), "
        "SUM(CASE WHEN d.channel_id = 4 THEN d.tickets ELSE 0 END) "
        "FROM sales_daily d JOIN ticket_products p ON p.id = d.product_id "
        "WHERE d.site_id = ?1 AND d.day BETWEEN ?2 AND ?3 GROUP BY d.day",
        siteId, fromDay, toDay);
    runMonthly(db, "DELETE FROM sales_monthly WHERE site_id = ?1 AND month BETWEEN ?4 AND ?5",
               "INSERT INTO sales_monthly (site_id, month, channel_id, product_id, tickets, visitors, revenue_cents) "
               "SELECT site_id, CAST(strftime('%Y%m', day) AS INTEGER) AS m, channel_id, product_id, SUM(tickets), "
               "SUM(visitors), SUM(revenue_cents) FROM sales_daily WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3 "
               "GROUP BY m, channel_id, product_id",
               siteId, fromDay, toDay);
    // Derived from the daily cells where the cache has them (demo data); a cache
    // synced from a hub holds only the hub's k-anonymous monthly cells, kept as they came.
    runMonthly(db,
               "DELETE FROM visitor_profile_monthly WHERE site_id = ?1 AND month BETWEEN ?4 AND ?5 AND month IN "
               "(SELECT DISTINCT CAST(strftime('%Y%m', day) AS INTEGER) FROM visitor_profile_daily "
               "WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3)",
               "INSERT INTO visitor_profile_monthly (site_id, month, dimension, bucket, visitors) "
               "SELECT site_id, CAST(strftime('%Y%m', day) AS INTEGER) AS m, dimension, bucket, SUM(visitors) "
               "FROM visitor_profile_daily WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3 "
               "GROUP BY m, dimension, bucket",
               siteId, fromDay, toDay);
    // The heatmap (month x weekday x local hour) in one pass over the hourly rows:
    // SQLite's date functions per row cost more than the whole scan.
    const auto [monthFrom, monthTo] = monthBounds(fromDay, toDay);
    const auto monthKey = [](std::int64_t day) {
        const QDate d = QDate::fromJulianDay(day);
        return d.year() * 100 + d.month();
    };
    {
        Statement erase
            = db.prepare("DELETE FROM visits_heatmap_monthly WHERE site_id = ?1 AND month BETWEEN ?2 AND ?3");
        erase.bind(1, siteId)
            .bind(2, monthFrom <= 0 ? 0 : monthKey(monthFrom))
            .bind(3, monthTo >= AllDays ? 999999 : monthKey(monthTo));
        erase.exec();
    }
    std::map<std::tuple<int, int, int>, std::int64_t> cells;
    Statement rows = db.prepare("SELECT day, hour_utc, visitors FROM sales_hourly WHERE site_id = ?1 "
                                "AND day BETWEEN ?2 AND ?3 AND visitors > 0");
    rows.bind(1, siteId).bind(2, monthFrom).bind(3, monthTo);
    std::int64_t lastDay = -1;
    int month = 0;
    int weekday = 0;
    while (rows.step()) {
        const std::int64_t day = rows.int64(0);
        if (day != lastDay) {
            lastDay = day;
            month = monthKey(day);
            weekday = QDate::fromJulianDay(day).dayOfWeek();
        }
        cells[{ month, weekday, RomeTime::localHour(rows.int64(1)) }] += rows.int64(2);
    }
    Statement insert = db.prepare(
        "INSERT INTO visits_heatmap_monthly (site_id, month, weekday, hour, visitors) VALUES (?, ?, ?, ?, ?)");
    for (const auto& [key, visitors] : cells) {
        insert.bind(1, siteId).bind(2, std::get<0>(key)).bind(3, std::get<1>(key)).bind(4, std::get<2>(key));
        insert.bind(5, visitors);
        insert.exec();
    }
}

void CacheRollups::refreshZone(Database& db, std::int64_t zoneId, std::int64_t fromDay, std::int64_t toDay)
{
    run(db, "DELETE FROM zone_daily WHERE zone_id = ?1 AND day BETWEEN ?2 AND ?3", zoneId, fromDay, toDay);
    Statement thresholds
        = db.prepare("SELECT indoor, temp_min, temp_max, rh_min, rh_max, lux_max FROM zones WHERE id = ?");
    thresholds.bind(1, zoneId);
    if (!thresholds.step()) {
        return;
    }
    const ZoneThresholds limits{ thresholds.integer(0) != 0, thresholds.real(1), thresholds.real(2),
                                 thresholds.real(3),         thresholds.real(4), thresholds.real(5) };
    Statement insert = prepareZoneDayInsert(db);
    ZoneDayAccumulator day(limits);
    // Key order (zone, day, hour): each day's hours arrive together.
    Statement rows
        = db.prepare("SELECT day, people_in, occupancy_avg, occupancy_max, temperature_c, temperature_min, "
                     "temperature_max, humidity_pct, humidity_min, humidity_max, lux FROM zone_sensor_hourly "
                     "WHERE zone_id = ?1 AND day BETWEEN ?2 AND ?3");
    rows.bind(1, zoneId).bind(2, fromDay).bind(3, toDay);
    const auto value = [&rows](int column) { return rows.isNull(column) ? kNoReading : rows.real(column); };
    while (rows.step()) {
        const std::int64_t d = rows.int64(0);
        if (!day.isEmpty() && d != day.day()) {
            day.writeTo(insert, zoneId);
        }
        day.add({ d, rows.int64(1), rows.real(2), rows.int64(3), value(4), value(5), value(6), value(7), value(8),
                  value(9), value(10) });
    }
    if (!day.isEmpty()) {
        day.writeTo(insert, zoneId);
    }
    refreshZoneMonths(db, zoneId, fromDay, toDay);
}

void CacheRollups::refreshZoneMonths(Database& db, std::int64_t zoneId, std::int64_t fromDay, std::int64_t toDay)
{
    runMonthly(db, "DELETE FROM zone_monthly WHERE zone_id = ?1 AND month BETWEEN ?4 AND ?5",
               "INSERT INTO zone_monthly (zone_id, month, hours, people_in, occupancy_max, occupancy_hours, "
               "climate_hours, climate_hours_out, temperature_hours, humidity_hours, humidity_weight, hours_temp_out, "
               "hours_rh_out, hours_lux_out, hours_out) "
               "SELECT zone_id, CAST(strftime('%Y%m', day) AS INTEGER) AS m, SUM(hours), SUM(people_in), "
               "MAX(occupancy_max), SUM(occupancy_avg * hours), "
               "COALESCE(SUM(CASE WHEN temperature_avg IS NOT NULL THEN hours END), 0), "
               "COALESCE(SUM(CASE WHEN temperature_avg IS NOT NULL THEN hours_out END), 0), "
               "COALESCE(SUM(temperature_avg * hours), 0), COALESCE(SUM(humidity_avg * hours), 0), "
               "COALESCE(SUM(CASE WHEN humidity_avg IS NOT NULL THEN hours END), 0), "
               "SUM(hours_temp_out), SUM(hours_rh_out), SUM(hours_lux_out), SUM(hours_out) "
               "FROM zone_daily WHERE zone_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY m",
               zoneId, fromDay, toDay);
}

void CacheRollups::refreshAll(Database& db)
{
    for (const auto site : ids(db, "SELECT id FROM sites ORDER BY id")) {
        refreshSite(db, site);
    }
    for (const auto zone : ids(db, "SELECT id FROM zones ORDER BY id")) {
        refreshZone(db, zone);
    }
}

} // namespace core
