// POST /v1/sensors bodies (sync/sensoringest.*) as a gateway sends them.
#include "fuzzhub.h"
#include "sync/sensoringest.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto& hub = fuzzsupport::FuzzHub::instance();
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const auto outcome
        = cruscotto::sync::SensorIngest::ingest(hub.store(), hub.caller("gateway"), body, fuzzsupport::kNowUtc);
    if ((outcome.status != 200 && outcome.status != 400 && outcome.status != 422) || outcome.json.empty()) {
        __builtin_trap();
    }
    return 0;
}
