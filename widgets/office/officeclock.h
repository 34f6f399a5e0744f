#pragma once

#include <QDateTime>

#include <cstdint>
#include <functional>

namespace widgets {

// The counter's "now" in UTC seconds. Every ticket-office operation takes the time
// explicitly, so the screens ask this clock; tests hand in a fixed one.
using OfficeClock = std::function<std::int64_t()>;

inline OfficeClock systemOfficeClock()
{
    return [] { return static_cast<std::int64_t>(QDateTime::currentSecsSinceEpoch()); };
}

} // namespace widgets
