#include "widgets/reportingperiod.h"

namespace widgets {

QList<ReportingPeriod::Preset> ReportingPeriod::presets()
{
    return { Preset::Today,      Preset::Last7Days, Preset::Last30Days, Preset::ThisMonth,
             Preset::YearToDate, Preset::Year,      Preset::Custom };
}

QString ReportingPeriod::name(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Latest day");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::YearToDate:
        return tr("Year to date");
    case Preset::Year:
        return tr("A year");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

std::pair<QDate, QDate> ReportingPeriod::range(Preset preset, const QDate& anchor, int year)
{
    switch (preset) {
    case Preset::Today:
        return { anchor, anchor };
    case Preset::Last7Days:
        return { anchor.addDays(-6), anchor };
    case Preset::Last30Days:
        return { anchor.addDays(-29), anchor };
    case Preset::ThisMonth:
        return { QDate(anchor.year(), anchor.month(), 1),
                 QDate(anchor.year(), anchor.month(), anchor.daysInMonth()) };
    case Preset::YearToDate:
        return { QDate(anchor.year(), 1, 1), anchor };
    case Preset::Year: {
        const int y = year > 0 ? year : anchor.year();
        return { QDate(y, 1, 1), QDate(y, 12, 31) };
    }
    case Preset::Custom:
        break;
    }
    return { anchor, anchor };
}

} // namespace widgets
