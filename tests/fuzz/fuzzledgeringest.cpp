// POST /v1/ledger bodies (sync/ledgeringest.*) as a ticket office's uploader sends them.
#include "fuzzhub.h"
#include "sync/ledgeringest.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto& hub = fuzzsupport::FuzzHub::instance();
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const auto outcome
        = cruscotto::sync::LedgerIngest::ingest(hub.store(), hub.caller("clerk"), body, fuzzsupport::kNowUtc);
    if (outcome.status < 200 || outcome.status >= 500 || outcome.json.empty()) {
        __builtin_trap();
    }
    return 0;
}
