#pragma once

#include <QDate>
#include <QList>

#include <cstdint>

namespace core {

// Europe/Rome civil time, the time every site works in. Storage is UTC seconds;
// this converts both ways quickly (the demo generator and the rollups call it
// millions of times), using the transitions of the system time-zone database
// (tzdata through QTimeZone), read once.
class RomeTime
{
public:
    // UTC offset in seconds (3600 in winter, 7200 in summer) at a UTC instant.
    static int offsetAt(std::int64_t utcSeconds);
    static QDate localDate(std::int64_t utcSeconds);
    static int localHour(std::int64_t utcSeconds);
    // Julian day number of the local date: the key the rollup tables use.
    static std::int64_t localDay(std::int64_t utcSeconds) { return localDate(utcSeconds).toJulianDay(); }
    // The UTC start of every local hour of a day: 24 on most days, 23 on the
    // last Sunday of March, 25 on the last Sunday of October.
    static QList<std::int64_t> hourStarts(const QDate& localDate);
    // UTC instant of local midnight (start of the day).
    static std::int64_t startOfDay(const QDate& localDate);
    // UTC instant for a local wall-clock hour on a day; a skipped hour (02:00 on the
    // spring-forward day) maps to the next existing one, a repeated hour to its first.
    static std::int64_t utcOf(const QDate& localDate, int localHour);
};

} // namespace core
