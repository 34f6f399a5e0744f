// POST /v1/sales bodies (sync/salesingest.*) as a ticket office sends them.
#include "fuzzhub.h"
#include "sync/salesingest.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto& hub = fuzzsupport::FuzzHub::instance();
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const auto outcome
        = cruscotto::sync::SalesIngest::ingest(hub.store(), hub.caller("director"), body, fuzzsupport::kNowUtc);
    // Every answer is one of the documented ones, with a JSON body.
    if ((outcome.status != 200 && outcome.status != 400 && outcome.status != 422) || outcome.json.empty()) {
        __builtin_trap();
    }
    return 0;
}
