#include "core/rometime.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace core {

namespace {

struct Transition
{
    std::int64_t atUtc;
    int offsetAfter;
};

struct Table
{
    std::vector<Transition> transitions;
    int initialOffset = 3600;
};

const Table& table()
{
    static const Table t = [] {
        Table result;
        const QTimeZone zone("Europe/Rome");
        if (!zone.isValid()) {
            // No tzdata: fall back to the EU rule in force since 1996.
            for (int year = 1970; year <= 2200; ++year) {
                auto lastSunday = [year](int month) {
                    QDate d(year, month, QDate(year, month, 1).daysInMonth());
                    return d.addDays(-(d.dayOfWeek() % 7));
                };
                const auto spring = QDateTime(lastSunday(3), QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch();
                const auto autumn = QDateTime(lastSunday(10), QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch();
                result.transitions.push_back({ spring, 7200 });
                result.transitions.push_back({ autumn, 3600 });
            }
            return result;
        }
        const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
        result.initialOffset = zone.offsetFromUtc(from);
        for (const auto& tr : zone.transitions(from, to)) {
            result.transitions.push_back({ tr.atUtc.toSecsSinceEpoch(), tr.offsetFromUtc });
        }
        return result;
    }();
    return t;
}

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kUnixEpochJulianDay = 2440588;

} // namespace

int RomeTime::offsetAt(std::int64_t utcSeconds)
{
    const Table& t = table();
    auto it = std::upper_bound(t.transitions.begin(), t.transitions.end(), utcSeconds,
                               [](std::int64_t value, const Transition& tr) { return value < tr.atUtc; });
    if (it == t.transitions.begin()) {
        return t.initialOffset;
    }
    return std::prev(it)->offsetAfter;
}

QDate RomeTime::localDate(std::int64_t utcSeconds)
{
    const std::int64_t local = utcSeconds + offsetAt(utcSeconds);
    std::int64_t days = local / kSecondsPerDay;
    if (local % kSecondsPerDay < 0) {
        --days;
    }
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

int RomeTime::localHour(std::int64_t utcSeconds)
{
    const std::int64_t local = utcSeconds + offsetAt(utcSeconds);
    std::int64_t secondOfDay = local % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
    }
    return static_cast<int>(secondOfDay / 3600);
}

std::int64_t RomeTime::startOfDay(const QDate& localDate)
{
    return utcOf(localDate, 0);
}

std::int64_t RomeTime::utcOf(const QDate& localDate, int localHour)
{
    const std::int64_t wall = (localDate.toJulianDay() - kUnixEpochJulianDay) * kSecondsPerDay + localHour * 3600;
    // Try the offsets in force around this wall time; the earliest consistent one wins.
    for (const int offset : { 7200, 3600 }) {
        const std::int64_t candidate = wall - offset;
        if (offsetAt(candidate) == offset) {
            return candidate;
        }
    }
    // Skipped hour (spring forward): the instant the clocks jumped over it.
    return wall - 3600;
}

QList<std::int64_t> RomeTime::hourStarts(const QDate& localDate)
{
    QList<std::int64_t> hours;
    const std::int64_t begin = startOfDay(localDate);
    const std::int64_t end = startOfDay(localDate.addDays(1));
    for (std::int64_t t = begin; t < end; t += 3600) {
        hours.append(t);
    }
    return hours;
}

} // namespace core
