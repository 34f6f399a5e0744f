#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

namespace core {

class Database;
class Statement;

// A missing reading (a sensor that did not report): NaN, ignored like SQL NULL.
inline constexpr double kNoReading = std::numeric_limits<double>::quiet_NaN();

// Conservation limits of a room. Outdoor zones have none: nothing counts as out of range.
struct ZoneThresholds
{
    bool indoor = true;
    double temperatureMin = 18.0;
    double temperatureMax = 25.0;
    double humidityMin = 40.0;
    double humidityMax = 65.0;
    double luxMax = 200.0;
};

// One hour of a zone, as zone_sensor_hourly stores it.
struct ZoneHour
{
    std::int64_t day = 0;
    std::int64_t peopleIn = 0;
    double occupancyAvg = 0;
    std::int64_t occupancyMax = 0;
    double temperature = kNoReading;
    double temperatureMin = kNoReading;
    double temperatureMax = kNoReading;
    double humidity = kNoReading;
    double humidityMin = kNoReading;
    double humidityMax = kNoReading;
    double lux = kNoReading;
};

// Folds a day's hours into one zone_daily row: the demo generator and the
// rollup refresh both go through here, so they cannot disagree.
class ZoneDayAccumulator
{
public:
    explicit ZoneDayAccumulator(const ZoneThresholds& thresholds)
        : m_limits(thresholds)
    { }

    void add(const ZoneHour& hour);
    bool isEmpty() const { return m_hours == 0; }
    std::int64_t day() const { return m_day; }
    // Inserts the day's row with a statement from prepareZoneDayInsert(), then starts afresh.
    void writeTo(Statement& insert, std::int64_t zoneId);

private:
    struct Stat
    {
        double sum = 0;
        int count = 0;
        double min = std::numeric_limits<double>::infinity();
        double max = -std::numeric_limits<double>::infinity();
        void add(double v)
        {
            if (!std::isnan(v)) {
                sum += v;
                ++count;
            }
        }
        void low(double v)
        {
            if (!std::isnan(v) && v < min) {
                min = v;
            }
        }
        void high(double v)
        {
            if (!std::isnan(v) && v > max) {
                max = v;
            }
        }
    };

    ZoneThresholds m_limits;
    std::int64_t m_day = 0;
    int m_hours = 0;
    std::int64_t m_peopleIn = 0;
    std::int64_t m_occupancyMax = 0;
    double m_occupancySum = 0;
    Stat m_temperature;
    Stat m_humidity;
    Stat m_lux;
    int m_temperatureOut = 0;
    int m_humidityOut = 0;
    int m_luxOut = 0;
    int m_anyOut = 0;
};

Statement prepareZoneDayInsert(Database& db);

} // namespace core
