#include "core/zonedayaccumulator.h"

#include "core/database.h"

namespace core {

namespace {
// NaN compares false both ways: a missing reading is never "out of range".
bool outside(double value, double low, double high)
{
    return value < low || value > high;
}
} // namespace

void ZoneDayAccumulator::add(const ZoneHour& hour)
{
    m_day = hour.day;
    ++m_hours;
    m_peopleIn += hour.peopleIn;
    m_occupancySum += hour.occupancyAvg;
    if (hour.occupancyMax > m_occupancyMax) {
        m_occupancyMax = hour.occupancyMax;
    }
    m_temperature.add(hour.temperature);
    m_temperature.low(hour.temperatureMin);
    m_temperature.high(hour.temperatureMax);
    m_humidity.add(hour.humidity);
    m_humidity.low(hour.humidityMin);
    m_humidity.high(hour.humidityMax);
    m_lux.add(hour.lux);
    if (m_limits.indoor) {
        const bool t = outside(hour.temperature, m_limits.temperatureMin, m_limits.temperatureMax);
        const bool h = outside(hour.humidity, m_limits.humidityMin, m_limits.humidityMax);
        const bool l = hour.lux > m_limits.luxMax;
        m_temperatureOut += t;
        m_humidityOut += h;
        m_luxOut += l;
        m_anyOut += (t || h || l);
    }
}

Statement prepareZoneDayInsert(Database& db)
{
    return db.prepare("INSERT INTO zone_daily (zone_id, day, hours, people_in, occupancy_max, occupancy_avg, "
                      "temperature_avg, temperature_min, temperature_max, humidity_avg, humidity_min, humidity_max, "
                      "lux_avg, hours_temp_out, hours_rh_out, hours_lux_out, hours_out) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
}

void ZoneDayAccumulator::writeTo(Statement& insert, std::int64_t zoneId)
{
    const auto bindAverage = [&insert](int index, const Stat& s) {
        if (s.count > 0) {
            insert.bind(index, s.sum / s.count);
        } else {
            insert.bindNull(index);
        }
    };
    const auto bindExtreme = [&insert](int index, double v) {
        if (std::isfinite(v)) {
            insert.bind(index, v);
        } else {
            insert.bindNull(index);
        }
    };
    insert.bind(1, zoneId).bind(2, m_day).bind(3, m_hours).bind(4, m_peopleIn).bind(5, m_occupancyMax);
    insert.bind(6, m_occupancySum / m_hours);
    bindAverage(7, m_temperature);
    bindExtreme(8, m_temperature.min);
    bindExtreme(9, m_temperature.max);
    bindAverage(10, m_humidity);
    bindExtreme(11, m_humidity.min);
    bindExtreme(12, m_humidity.max);
    bindAverage(13, m_lux);
    insert.bind(14, m_temperatureOut).bind(15, m_humidityOut).bind(16, m_luxOut).bind(17, m_anyOut);
    insert.exec();
    *this = ZoneDayAccumulator(m_limits);
}

} // namespace core
