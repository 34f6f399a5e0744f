#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace core {

// The Italian national public holidays, and the dates the state museums' calendar
// turns on (Easter, the free first Sunday of the month).
class ItalianHolidays
{
public:
    // Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
    static QDate easterSunday(int year);
    static QDate easterMonday(int year) { return easterSunday(year).addDays(1); }
    // The twelve national holidays of a year, in date order.
    static QList<QDate> holidays(int year);
    static bool isHoliday(const QDate& day);
    // Name of the holiday in English (translated with tr), empty when not one.
    static QString holidayName(const QDate& day);
    // "Domenica al museo": state museums are free on the first Sunday of each month.
    static bool isFirstSundayOfMonth(const QDate& day) { return day.dayOfWeek() == 7 && day.day() <= 7; }
};

} // namespace core
