#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace core {

// When a site is open: regular hours, a weekly closing day, and dated exceptions
// (closed for works, extended evening openings). Public holidays the site closes
// on are listed as exceptions too, so the calendar alone answers "open on D?".
class OpeningCalendar
{
public:
    struct Exception
    {
        bool open = false;
        int openHour = 0;
        int closeHour = 0;
        QString note;
    };

    OpeningCalendar() = default;
    OpeningCalendar(int openHour, int closeHour, int closingWeekday);

    int openHour() const { return m_openHour; }
    int closeHour() const { return m_closeHour; }
    // Qt::DayOfWeek (1 = Monday .. 7 = Sunday), or 0 when open every day.
    int closingWeekday() const { return m_closingWeekday; }

    void addException(const QDate& day, const Exception& exception);
    const QMap<QDate, Exception>& exceptions() const { return m_exceptions; }

    bool isOpen(const QDate& day) const;
    // Local hours [open, close) on that day; open == close when closed.
    std::pair<int, int> hoursOn(const QDate& day) const;

private:
    int m_openHour = 9;
    int m_closeHour = 19;
    int m_closingWeekday = 1;
    QMap<QDate, Exception> m_exceptions;
};

} // namespace core
