// The ministry's published Tavola 5 CSV files (core/ministrystats.*), as imported.
#include "core/ministrystats.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = core::MinistryStats::parse(bytes);
    (void)result;
    return 0;
}
