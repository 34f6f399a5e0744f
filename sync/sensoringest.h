#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// POST /v1/sensors: readings from a site's IoT gateway, in batches.
//
// {"zone_readings":[{"site":"BAS-MUS-01","zone":"SALA1","at_utc":1736500000,
//                    "people_in":3,"people_out":1,"occupancy":25,
//                    "temperature_c":21.4,"humidity_pct":48,"lux":150,"co2_ppm":620}, ...],
//  "device_counts":[{"site":"BAS-MUS-01","at_utc":1736500000,"devices":31}, ...]}
// (either list may be absent; the climate fields may be null or absent).
//
// A reading is keyed by its zone (or site) and timestamp: the same reading sent
// again is a duplicate and changes nothing; a different one under the same key is
// a correction (a recount) and replaces it. The hourly buckets the batch touches
// (zone_sensor_hourly, microcell_hourly) are recomputed from the raw readings, so
// late and corrected data rewrite past hours and the changes feed carries the
// rewrites; raw readings never leave the hub. Validation is strict and all or
// nothing, like SalesIngest: 422 naming each bad row (list and index) and why.
class SensorIngest
{
public:
    static constexpr int MaxReadingsPerBatch = 20000;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome ingest(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
