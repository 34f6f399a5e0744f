#include "sync/sensoringest.h"

#include "sync/jsonfields.h"

#include "core/cacherollups.h"
#include "core/database.h"
#include "core/rometime.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

constexpr std::int64_t kOldestReadingUtc = 946684800; // 2000-01-01
constexpr std::int64_t kClockSlackSeconds = 300;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::SensorIngest", text).toStdString();
}

struct ZoneReading
{
    std::int64_t zoneId = 0;
    std::int64_t atUtc = 0;
    std::int64_t peopleIn = 0;
    std::int64_t peopleOut = 0;
    std::int64_t occupancy = 0;
    std::optional<double> climate[4]; // temperature_c, humidity_pct, lux, co2_ppm
    bool operator==(const ZoneReading&) const = default;
};

struct DeviceCount
{
    std::int64_t siteId = 0;
    std::int64_t atUtc = 0;
    std::int64_t devices = 0;
    bool operator==(const DeviceCount&) const = default;
};

const char* const kClimateFields[] = { "temperature_c", "humidity_pct", "lux", "co2_ppm" };
// Plausible ranges: beyond them a sensor is broken, and its reading is refused.
const std::pair<double, double> kClimateRanges[]
    = { { -50.0, 80.0 }, { 0.0, 100.0 }, { 0.0, 200000.0 }, { 0.0, 20000.0 } };

QString textField(const json::object& row, const char* name)
{
    const json::value* value = row.if_contains(name);
    return value && value->is_string() ? qs(value->as_string()) : QString();
}

} // namespace

SensorIngest::Outcome SensorIngest::ingest(HubStore& store, const HubCaller& caller, std::string_view body,
                                           std::int64_t nowUtc)
{
    const auto fail = [](int status, const char* code, const std::string& message, json::array rows = {}) {
        json::object root{ { "error", code }, { "message", message } };
        if (!rows.empty()) {
            root["rows"] = std::move(rows);
        }
        return Outcome{ status, json::serialize(root) };
    };

    boost::system::error_code ec;
    const json::value document = json::parse(body, ec);
    const json::array* zoneRows = nullptr;
    const json::array* deviceRows = nullptr;
    bool wellFormed = !ec && document.is_object() && !document.as_object().empty();
    if (wellFormed) {
        for (const auto& field : document.as_object()) {
            if (field.key() == "zone_readings" && field.value().is_array()) {
                zoneRows = &field.value().as_array();
            } else if (field.key() == "device_counts" && field.value().is_array()) {
                deviceRows = &field.value().as_array();
            } else {
                wellFormed = false;
            }
        }
    }
    if (!wellFormed) {
        return fail(400, "bad_request",
                    translated(QT_TRANSLATE_NOOP("sync::SensorIngest",
                                         "The body must be a JSON object with the arrays \"zone_readings\" and/or "
                                         "\"device_counts\".")));
    }
    const std::size_t total = (zoneRows ? zoneRows->size() : 0) + (deviceRows ? deviceRows->size() : 0);
    if (total == 0 || total > std::size_t(MaxReadingsPerBatch)) {
        return fail(400, "bad_request",
                    QCoreApplication::translate("sync::SensorIngest", "A batch holds from 1 to %1 readings.")
                        .arg(MaxReadingsPerBatch)
                        .toStdString());
    }

    return store.write([&](core::Database& db) -> Outcome {
        core::Transaction tx(db);
        QHash<QString, std::int64_t> sites;
        {
            core::Statement stmt = db.prepare(
                "SELECT s.code, s.id FROM sites s JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ?");
            stmt.bind(1, caller.userId);
            while (stmt.step()) {
                sites.insert(stmt.text(0), stmt.int64(1));
            }
        }
        core::Statement zoneOf = db.prepare("SELECT id FROM zones WHERE site_id = ? AND code = ?");
        core::Statement storedZone = db.prepare("SELECT people_in, people_out, occupancy, temperature_c, humidity_pct, "
                                                "lux, co2_ppm FROM zone_readings WHERE zone_id = ? AND at_utc = ?");
        core::Statement storedDevices
            = db.prepare("SELECT devices FROM device_counts WHERE site_id = ? AND at_utc = ?");

        json::array badRows;
        std::int64_t duplicates = 0;
        std::map<std::pair<std::int64_t, std::int64_t>, ZoneReading> zoneBatch; // (zone, at) -> reading
        std::map<std::pair<std::int64_t, std::int64_t>, DeviceCount> deviceBatch; // (site, at) -> count
        std::vector<ZoneReading> zoneWrites;
        std::vector<DeviceCount> deviceWrites;
        std::int64_t corrected = 0;

        const auto report = [&](const char* list, std::size_t index, std::vector<std::string> problems) {
            json::array reasons;
            for (std::string& text : problems) {
                reasons.push_back(json::string(text));
            }
            badRows.push_back(json::object{ { "list", list }, { "index", index }, { "problems", std::move(reasons) } });
        };
        const auto checkTime = [&](const json::object& row, std::int64_t* at, std::vector<std::string>& problems) {
            const auto value = integerField(row, "at_utc");
            if (!value || *value < kOldestReadingUtc || *value > nowUtc + kClockSlackSeconds) {
                problems.push_back(translated(QT_TRANSLATE_NOOP(
                    "sync::SensorIngest", "\"at_utc\" must be a time in Unix seconds, not in the future.")));
            } else {
                *at = *value;
            }
        };
        const auto checkCount
            = [&](const json::object& row, const char* name, std::int64_t* out, std::vector<std::string>& problems) {
                  const auto value = integerField(row, name);
                  if (!value || *value < 0 || *value > 100000) {
                      problems.push_back(QCoreApplication::translate("sync::SensorIngest",
                                                                     "\"%1\" must be a whole number from 0 to 100000.")
                                             .arg(QLatin1String(name))
                                             .toStdString());
                  } else {
                      *out = *value;
                  }
              };
        const auto checkFields
            = [&](const json::object& row, const QSet<QString>& known, std::vector<std::string>& problems) {
                  for (const auto& field : row) {
                      const QString key = QString::fromUtf8(field.key().data(), qsizetype(field.key().size()));
                      if (!known.contains(key)) {
                          problems.push_back(QCoreApplication::translate("sync::SensorIngest", "Unknown field \"%1\".")
                                                 .arg(key)
                                                 .toStdString());
                      }
                  }
              };
        const auto siteOf = [&](const json::object& row, std::vector<std::string>& problems) -> std::int64_t {
            const auto it = sites.constFind(textField(row, "site"));
            if (it == sites.constEnd()) {
                problems.push_back(translated(QT_TRANSLATE_NOOP("sync::SensorIngest",
                                                        "\"site\" must be the code of a site this gateway serves.")));
                return 0;
            }
            return *it;
        };

        static const QSet<QString> zoneFields
            = { QStringLiteral("site"),          QStringLiteral("zone"),         QStringLiteral("at_utc"),
                QStringLiteral("people_in"),     QStringLiteral("people_out"),   QStringLiteral("occupancy"),
                QStringLiteral("temperature_c"), QStringLiteral("humidity_pct"), QStringLiteral("lux"),
                QStringLiteral("co2_ppm") };
        for (std::size_t index = 0; zoneRows && index < zoneRows->size(); ++index) {
            std::vector<std::string> problems;
            const json::object* row = (*zoneRows)[index].if_object();
            ZoneReading reading;
            if (!row) {
                report("zone_readings", index,
                       { translated(QT_TRANSLATE_NOOP("sync::SensorIngest", "A reading must be a JSON object.")) });
                continue;
            }
            checkFields(*row, zoneFields, problems);
            if (const std::int64_t site = siteOf(*row, problems); site != 0) {
                zoneOf.bind(1, site).bind(2, textField(*row, "zone"));
                if (zoneOf.step()) {
                    reading.zoneId = zoneOf.int64(0);
                } else {
                    problems.push_back(translated(QT_TRANSLATE_NOOP("sync::SensorIngest",
                                                            "\"zone\" must be the code of one of the site's zones.")));
                }
                zoneOf.reset();
            }
            checkTime(*row, &reading.atUtc, problems);
            checkCount(*row, "people_in", &reading.peopleIn, problems);
            checkCount(*row, "people_out", &reading.peopleOut, problems);
            checkCount(*row, "occupancy", &reading.occupancy, problems);
            for (int i = 0; i < 4; ++i) {
                const json::value* value = row->if_contains(kClimateFields[i]);
                if (!value || value->is_null()) {
                    continue;
                }
                const double number = value->is_number() ? value->to_number<double>() : -1e300;
                if (number < kClimateRanges[i].first || number > kClimateRanges[i].second) {
                    problems.push_back(QCoreApplication::translate("sync::SensorIngest",
                                                                   "\"%1\" must be a number from %2 to %3, or null.")
                                           .arg(QLatin1String(kClimateFields[i]))
                                           .arg(kClimateRanges[i].first)
                                           .arg(kClimateRanges[i].second)
                                           .toStdString());
                } else {
                    reading.climate[i] = number;
                }
            }
            const std::pair key{ reading.zoneId, reading.atUtc };
            if (problems.empty()) {
                if (const auto seen = zoneBatch.find(key); seen != zoneBatch.end()) {
                    if (seen->second == reading) {
                        ++duplicates;
                        continue;
                    }
                    problems.push_back(translated(QT_TRANSLATE_NOOP(
                        "sync::SensorIngest", "The batch holds two different readings for this zone and time.")));
                }
            }
            if (!problems.empty()) {
                report("zone_readings", index, std::move(problems));
                continue;
            }
            zoneBatch.emplace(key, reading);
            storedZone.bind(1, reading.zoneId).bind(2, reading.atUtc);
            if (storedZone.step()) {
                ZoneReading stored = reading;
                stored.peopleIn = storedZone.int64(0);
                stored.peopleOut = storedZone.int64(1);
                stored.occupancy = storedZone.int64(2);
                for (int i = 0; i < 4; ++i) {
                    stored.climate[i]
                        = storedZone.isNull(3 + i) ? std::nullopt : std::optional<double>(storedZone.real(3 + i));
                }
                storedZone.reset();
                if (stored == reading) {
                    ++duplicates;
                    continue;
                }
                ++corrected;
            } else {
                storedZone.reset();
            }
            zoneWrites.push_back(reading);
        }

        static const QSet<QString> deviceFields
            = { QStringLiteral("site"), QStringLiteral("at_utc"), QStringLiteral("devices") };
        for (std::size_t index = 0; deviceRows && index < deviceRows->size(); ++index) {
            std::vector<std::string> problems;
            const json::object* row = (*deviceRows)[index].if_object();
            if (!row) {
                report("device_counts", index,
                       { translated(QT_TRANSLATE_NOOP("sync::SensorIngest", "A reading must be a JSON object.")) });
                continue;
            }
            DeviceCount count;
            checkFields(*row, deviceFields, problems);
            count.siteId = siteOf(*row, problems);
            checkTime(*row, &count.atUtc, problems);
            checkCount(*row, "devices", &count.devices, problems);
            const std::pair key{ count.siteId, count.atUtc };
            if (problems.empty()) {
                if (const auto seen = deviceBatch.find(key); seen != deviceBatch.end()) {
                    if (seen->second == count) {
                        ++duplicates;
                        continue;
                    }
                    problems.push_back(translated(QT_TRANSLATE_NOOP(
                        "sync::SensorIngest", "The batch holds two different counts for this site and time.")));
                }
            }
            if (!problems.empty()) {
                report("device_counts", index, std::move(problems));
                continue;
            }
            deviceBatch.emplace(key, count);
            storedDevices.bind(1, count.siteId).bind(2, count.atUtc);
            if (storedDevices.step()) {
                const bool same = storedDevices.int64(0) == count.devices;
                storedDevices.reset();
                if (same) {
                    ++duplicates;
                    continue;
                }
                ++corrected;
            } else {
                storedDevices.reset();
            }
            deviceWrites.push_back(count);
        }

        if (!badRows.empty()) {
            return fail(422, "invalid_batch",
                        QCoreApplication::translate("sync::SensorIngest",
                                                    "%n reading(s) of the batch are not valid; nothing was stored.", "",
                                                    int(badRows.size()))
                            .toStdString(),
                        std::move(badRows));
        }

        // The raw readings (a correction replaces what was there)...
        core::Statement writeZone = db.prepare(
            "INSERT INTO zone_readings (zone_id, at_utc, people_in, people_out, occupancy, temperature_c, "
            "humidity_pct, "
            "lux, co2_ppm, received_utc) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (zone_id, at_utc) DO UPDATE SET "
            "people_in = excluded.people_in, people_out = excluded.people_out, occupancy = excluded.occupancy, "
            "temperature_c = excluded.temperature_c, humidity_pct = excluded.humidity_pct, lux = excluded.lux, "
            "co2_ppm = excluded.co2_ppm, received_utc = excluded.received_utc");
        std::set<std::pair<std::int64_t, std::int64_t>> zoneHours;
        for (const ZoneReading& r : zoneWrites) {
            writeZone.bind(1, r.zoneId).bind(2, r.atUtc).bind(3, r.peopleIn).bind(4, r.peopleOut).bind(5, r.occupancy);
            for (int i = 0; i < 4; ++i) {
                if (r.climate[i]) {
                    writeZone.bind(6 + i, *r.climate[i]);
                } else {
                    writeZone.bindNull(6 + i);
                }
            }
            writeZone.bind(10, nowUtc);
            writeZone.exec();
            zoneHours.emplace(r.zoneId, r.atUtc - r.atUtc % 3600);
        }
        core::Statement writeDevices
            = db.prepare("INSERT INTO device_counts (site_id, at_utc, devices, received_utc) VALUES (?,?,?,?) "
                         "ON CONFLICT (site_id, at_utc) DO UPDATE SET devices = excluded.devices, received_utc = "
                         "excluded.received_utc");
        std::set<std::pair<std::int64_t, std::int64_t>> siteHours;
        for (const DeviceCount& c : deviceWrites) {
            writeDevices.bind(1, c.siteId).bind(2, c.atUtc).bind(3, c.devices).bind(4, nowUtc);
            writeDevices.exec();
            siteHours.emplace(c.siteId, c.atUtc - c.atUtc % 3600);
        }

        // ...then every hour they touch, recomputed from them (rev 0: numbered below).
        core::Statement zoneBucket = db.prepare(
            "INSERT INTO zone_sensor_hourly (zone_id, day, hour_utc, people_in, people_out, occupancy_avg, "
            "occupancy_max, temperature_c, temperature_min, temperature_max, humidity_pct, humidity_min, humidity_max, "
            "lux, co2_ppm, rev) "
            "SELECT ?1, ?3, ?2, SUM(people_in), SUM(people_out), AVG(occupancy), MAX(occupancy), AVG(temperature_c), "
            "MIN(temperature_c), MAX(temperature_c), AVG(humidity_pct), MIN(humidity_pct), MAX(humidity_pct), "
            "AVG(lux), "
            "AVG(co2_ppm), 0 FROM zone_readings WHERE zone_id = ?1 AND at_utc >= ?2 AND at_utc < ?2 + 3600 "
            "ON CONFLICT (zone_id, day, hour_utc) DO UPDATE SET people_in = excluded.people_in, "
            "people_out = excluded.people_out, occupancy_avg = excluded.occupancy_avg, "
            "occupancy_max = excluded.occupancy_max, temperature_c = excluded.temperature_c, "
            "temperature_min = excluded.temperature_min, temperature_max = excluded.temperature_max, "
            "humidity_pct = excluded.humidity_pct, humidity_min = excluded.humidity_min, "
            "humidity_max = excluded.humidity_max, lux = excluded.lux, co2_ppm = excluded.co2_ppm, rev = 0");
        std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> zoneDays;
        for (const auto& [zone, hour] : zoneHours) {
            const std::int64_t day = core::RomeTime::localDay(hour);
            zoneBucket.bind(1, zone).bind(2, hour).bind(3, day);
            zoneBucket.exec();
            auto [it, added] = zoneDays.emplace(zone, std::make_pair(day, day));
            it->second = { std::min(it->second.first, day), std::max(it->second.second, day) };
        }
        core::Statement siteBucket
            = db.prepare("INSERT INTO microcell_hourly (site_id, hour_utc, day, devices_avg, devices_max, rev) "
                         "SELECT ?1, ?2, ?3, AVG(devices), MAX(devices), 0 FROM device_counts "
                         "WHERE site_id = ?1 AND at_utc >= ?2 AND at_utc < ?2 + 3600 "
                         "ON CONFLICT DO UPDATE SET devices_avg = excluded.devices_avg, devices_max = "
                         "excluded.devices_max, rev = 0");
        for (const auto& [site, hour] : siteHours) {
            siteBucket.bind(1, site).bind(2, hour).bind(3, core::RomeTime::localDay(hour));
            siteBucket.exec();
        }
        for (const auto& [zone, days] : zoneDays) {
            core::CacheRollups::refreshZone(db, zone, days.first, days.second);
        }
        store.numberPendingRevisions(db);
        tx.commit();
        const std::int64_t stored = std::int64_t(zoneWrites.size() + deviceWrites.size()) - corrected;
        return Outcome{ 200,
                        json::serialize(json::object{ { "stored", stored },
                                                      { "corrected", corrected },
                                                      { "duplicates", duplicates },
                                                      { "hours_rewritten", zoneHours.size() + siteHours.size() } }) };
    });
}

} // namespace cruscotto::sync
