#include "core/italianholidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

QDate ItalianHolidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<QDate> ItalianHolidays::holidays(int year)
{
    QList<QDate> days = {
        QDate(year, 1, 1),  QDate(year, 1, 6),  easterSunday(year),  easterMonday(year),
        QDate(year, 4, 25), QDate(year, 5, 1),  QDate(year, 6, 2),   QDate(year, 8, 15),
        QDate(year, 11, 1), QDate(year, 12, 8), QDate(year, 12, 25), QDate(year, 12, 26),
    };
    std::sort(days.begin(), days.end());
    return days;
}

bool ItalianHolidays::isHoliday(const QDate& day)
{
    return !holidayName(day).isEmpty();
}

QString ItalianHolidays::holidayName(const QDate& day)
{
    const auto translated = [](const char* text) { return QCoreApplication::translate("core::ItalianHolidays", text); };
    const int m = day.month();
    const int d = day.day();
    if (day == easterSunday(day.year())) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Easter Sunday"));
    }
    if (day == easterMonday(day.year())) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Easter Monday"));
    }
    if (m == 1 && d == 1) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "New Year's Day"));
    }
    if (m == 1 && d == 6) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Epiphany"));
    }
    if (m == 4 && d == 25) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Liberation Day"));
    }
    if (m == 5 && d == 1) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Labour Day"));
    }
    if (m == 6 && d == 2) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Republic Day"));
    }
    if (m == 8 && d == 15) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Ferragosto"));
    }
    if (m == 11 && d == 1) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "All Saints' Day"));
    }
    if (m == 12 && d == 8) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Immaculate Conception"));
    }
    if (m == 12 && d == 25) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "Christmas Day"));
    }
    if (m == 12 && d == 26) {
        return translated(QT_TRANSLATE_NOOP("core::ItalianHolidays", "St Stephen's Day"));
    }
    return {};
}

} // namespace core
