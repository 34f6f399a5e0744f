#include "core/zoneclimate.h"

#include "core/cacherollups.h"
#include "core/database.h"

#include <cmath>
#include <stdexcept>

namespace core {

namespace {
std::optional<double> optionalReal(const Statement& stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional(stmt.real(column));
}
} // namespace

ZoneClimate::ZoneClimate(Database& db)
    : m_db(db)
{ }

QString ZoneClimate::validate(const ZoneThresholds& t)
{
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!finite(t.temperatureMin) || !finite(t.temperatureMax) || !finite(t.humidityMin) || !finite(t.humidityMax)
        || !finite(t.luxMax)) {
        return tr("Every threshold must be a number.");
    }
    if (t.temperatureMin < -20.0 || t.temperatureMax > 50.0) {
        return tr("Temperatures must be between -20 and 50 °C.");
    }
    if (t.temperatureMin >= t.temperatureMax) {
        return tr("The lowest temperature must be under the highest.");
    }
    if (t.humidityMin < 0.0 || t.humidityMax > 100.0) {
        return tr("Relative humidity must be between 0 and 100 %.");
    }
    if (t.humidityMin >= t.humidityMax) {
        return tr("The lowest relative humidity must be under the highest.");
    }
    if (t.luxMax <= 0.0 || t.luxMax > 10000.0) {
        return tr("The light limit must be over 0 and at most 10000 lux.");
    }
    return QString();
}

std::optional<ZoneThresholds> ZoneClimate::thresholds(std::int64_t zoneId) const
{
    Statement stmt = m_db.prepare("SELECT indoor, temp_min, temp_max, rh_min, rh_max, lux_max FROM zones WHERE id = ?");
    stmt.bind(1, zoneId);
    if (!stmt.step()) {
        return std::nullopt;
    }
    ZoneThresholds t;
    t.indoor = stmt.integer(0) != 0;
    t.temperatureMin = stmt.real(1);
    t.temperatureMax = stmt.real(2);
    t.humidityMin = stmt.real(3);
    t.humidityMax = stmt.real(4);
    t.luxMax = stmt.real(5);
    return t;
}

bool ZoneClimate::setThresholds(std::int64_t zoneId, const ZoneThresholds& t)
{
    const QString problem = validate(t);
    if (!problem.isEmpty()) {
        throw std::invalid_argument(problem.toStdString());
    }
    Transaction transaction(m_db);
    Statement update = m_db.prepare(
        "UPDATE zones SET temp_min = ?2, temp_max = ?3, rh_min = ?4, rh_max = ?5, lux_max = ?6 WHERE id = ?1");
    update.bind(1, zoneId).bind(2, t.temperatureMin).bind(3, t.temperatureMax).bind(4, t.humidityMin);
    update.bind(5, t.humidityMax).bind(6, t.luxMax);
    update.exec();
    if (m_db.changes() == 0) {
        return false;
    }
    // Hours out of range depend on the thresholds: every day of the zone is counted again.
    CacheRollups::refreshZone(m_db, zoneId);
    transaction.commit();
    return true;
}

QHash<std::int64_t, ZoneReading> ZoneClimate::latestHours(std::int64_t siteId) const
{
    QHash<std::int64_t, ZoneReading> result;
    // One primary-key probe per zone: its newest (day, hour) row.
    Statement zones = m_db.prepare("SELECT id FROM zones WHERE site_id = ?1");
    zones.bind(1, siteId);
    Statement stmt = m_db.prepare(
        "SELECT hour_utc, occupancy_avg, occupancy_max, temperature_c, humidity_pct, lux FROM zone_sensor_hourly "
        "WHERE zone_id = ?1 ORDER BY day DESC, hour_utc DESC LIMIT 1");
    while (zones.step()) {
        stmt.reset();
        stmt.bind(1, zones.int64(0));
        if (!stmt.step()) {
            continue;
        }
        ZoneReading r;
        r.hourUtc = stmt.int64(0);
        r.occupancyAvg = stmt.real(1);
        r.occupancyMax = stmt.int64(2);
        r.temperature = optionalReal(stmt, 3);
        r.humidity = optionalReal(stmt, 4);
        r.lux = optionalReal(stmt, 5);
        result.insert(zones.int64(0), r);
    }
    return result;
}

QList<ZoneReading> ZoneClimate::hourly(std::int64_t zoneId, const Period& period) const
{
    QList<ZoneReading> result;
    if (!period.isValid()) {
        return result;
    }
    Statement stmt = m_db.prepare("SELECT hour_utc, occupancy_avg, occupancy_max, temperature_c, humidity_pct, lux "
                                  "FROM zone_sensor_hourly WHERE zone_id = ?1 AND day BETWEEN ?2 AND ?3 "
                                  "ORDER BY day, hour_utc");
    stmt.bind(1, zoneId).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
    while (stmt.step()) {
        ZoneReading r;
        r.hourUtc = stmt.int64(0);
        r.occupancyAvg = stmt.real(1);
        r.occupancyMax = stmt.int64(2);
        r.temperature = optionalReal(stmt, 3);
        r.humidity = optionalReal(stmt, 4);
        r.lux = optionalReal(stmt, 5);
        result.append(r);
    }
    return result;
}

QList<ZoneDayFigures> ZoneClimate::daily(std::int64_t zoneId, const Period& period) const
{
    QList<ZoneDayFigures> result;
    if (!period.isValid()) {
        return result;
    }
    Statement stmt = m_db.prepare("SELECT day, hours, occupancy_max, occupancy_avg, temperature_avg, humidity_avg, "
                                  "lux_avg, hours_out FROM zone_daily WHERE zone_id = ?1 AND day BETWEEN ?2 AND ?3 "
                                  "ORDER BY day");
    stmt.bind(1, zoneId).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
    while (stmt.step()) {
        ZoneDayFigures d;
        d.day = QDate::fromJulianDay(stmt.int64(0));
        d.hours = stmt.int64(1);
        d.occupancyMax = stmt.int64(2);
        d.occupancyAvg = stmt.real(3);
        d.temperatureAvg = optionalReal(stmt, 4);
        d.humidityAvg = optionalReal(stmt, 5);
        d.luxAvg = optionalReal(stmt, 6);
        d.hoursOut = stmt.int64(7);
        result.append(d);
    }
    return result;
}

QHash<std::int64_t, double> ZoneClimate::luxAverages(std::int64_t siteId, const Period& period) const
{
    QHash<std::int64_t, double> result;
    if (!period.isValid()) {
        return result;
    }
    Statement stmt = m_db.prepare("SELECT z.id, SUM(d.lux_avg * d.hours) / SUM(d.hours) FROM zones z "
                                  "JOIN zone_daily d ON d.zone_id = z.id AND d.day BETWEEN ?2 AND ?3 "
                                  "WHERE z.site_id = ?1 AND d.lux_avg IS NOT NULL GROUP BY z.id");
    stmt.bind(1, siteId).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
    while (stmt.step()) {
        if (!stmt.isNull(1)) {
            result.insert(stmt.int64(0), stmt.real(1));
        }
    }
    return result;
}

} // namespace core
