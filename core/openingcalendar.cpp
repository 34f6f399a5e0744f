#include "core/openingcalendar.h"

namespace core {

OpeningCalendar::OpeningCalendar(int openHour, int closeHour, int closingWeekday)
    : m_openHour(openHour)
    , m_closeHour(closeHour)
    , m_closingWeekday(closingWeekday)
{ }

void OpeningCalendar::addException(const QDate& day, const Exception& exception)
{
    m_exceptions.insert(day, exception);
}

bool OpeningCalendar::isOpen(const QDate& day) const
{
    const auto hours = hoursOn(day);
    return hours.second > hours.first;
}

std::pair<int, int> OpeningCalendar::hoursOn(const QDate& day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd()) {
        return it->open ? std::pair{ it->openHour, it->closeHour } : std::pair{ 0, 0 };
    }
    if (m_closingWeekday != 0 && day.dayOfWeek() == m_closingWeekday) {
        return { 0, 0 };
    }
    return { m_openHour, m_closeHour };
}

} // namespace core
