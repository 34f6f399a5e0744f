#pragma once

#include "core/dashboardqueries.h"
#include "core/zonedayaccumulator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

class Database;

// One hour of a zone: people present and the climate readings (missing readings empty).
struct ZoneReading
{
    std::int64_t hourUtc = 0;
    double occupancyAvg = 0;
    std::int64_t occupancyMax = 0;
    std::optional<double> temperature;
    std::optional<double> humidity;
    std::optional<double> lux;
};

// One local day of a zone, from the zone_daily rollup.
struct ZoneDayFigures
{
    QDate day;
    std::int64_t hours = 0;
    std::int64_t occupancyMax = 0;
    double occupancyAvg = 0;
    std::optional<double> temperatureAvg;
    std::optional<double> humidityAvg;
    std::optional<double> luxAvg;
    std::int64_t hoursOut = 0;
};

// The rooms of a site as a conservator sees them: the latest hour in the cache, the
// hourly and daily series of one zone, average light, and the conservation thresholds
// that decide which hours count as out of range.
class ZoneClimate
{
    Q_DECLARE_TR_FUNCTIONS(ZoneClimate)

public:
    explicit ZoneClimate(Database& db);

    // Plausible limits for a room: -20..50 C, 0..100 %RH, a light limit over 0 and at
    // most 10000 lux; each minimum under its maximum. Returns why not, or an empty string.
    static QString validate(const ZoneThresholds& thresholds);

    // The zone's thresholds (with `indoor`), or nothing when there is no such zone.
    std::optional<ZoneThresholds> thresholds(std::int64_t zoneId) const;
    // Writes the zone's thresholds (its `indoor` flag is kept) and recomputes its daily
    // and monthly figures (hours out of range) over all its days, in one transaction.
    // Throws std::invalid_argument when validate() refuses them (nothing written);
    // returns false when there is no such zone.
    bool setThresholds(std::int64_t zoneId, const ZoneThresholds& thresholds);

    // The latest hour with readings of each zone of the site, by zone id (zones with no
    // readings are missing).
    QHash<std::int64_t, ZoneReading> latestHours(std::int64_t siteId) const;
    // Every hour of the zone with readings in the period (Rome dates), oldest first.
    QList<ZoneReading> hourly(std::int64_t zoneId, const Period& period) const;
    // Every day of the zone with readings in the period, oldest first.
    QList<ZoneDayFigures> daily(std::int64_t zoneId, const Period& period) const;
    // Average light over the period by zone id (weighted by hours), zones with lux readings only.
    QHash<std::int64_t, double> luxAverages(std::int64_t siteId, const Period& period) const;

private:
    Database& m_db;
};

} // namespace core
