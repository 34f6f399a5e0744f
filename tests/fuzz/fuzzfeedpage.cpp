// A page of GET /v1/changes as the desktop's sync engine receives it
// (sync::SyncEngine::pageProblem, what run() checks before applying a page).
#include "sync/syncengine.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString problem
        = cruscotto::sync::SyncEngine::pageProblem(std::string_view(reinterpret_cast<const char*>(data), size));
    // Deterministic: the same bytes, the same verdict.
    if (problem != cruscotto::sync::SyncEngine::pageProblem(std::string_view(reinterpret_cast<const char*>(data), size))) {
        __builtin_trap();
    }
    return 0;
}
