#include "widgets/reportingperiod.h"

namespace widgets {

QList<ReportingPeriod::Preset> ReportingPeriod::presets()
{
    return { Preset::Last7Days,  Preset::Last30Days, Preset::ThisMonth,
             Preset::YearToDate, Preset::LastYear,   Preset::Custom };
}

QString ReportingPeriod::name(Preset preset)
{
    switch (preset) {
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::YearToDate:
        return tr("Year to date");
    case Preset::LastYear:
        return tr("Last year");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

std::pair<QDate, QDate> ReportingPeriod::range(Preset preset, const QDate& anchor)
{
    switch (preset) {
    case Preset::Last7Days:
        return { anchor.addDays(-6), anchor };
    case Preset::Last30Days:
        return { anchor.addDays(-29), anchor };
    case Preset::ThisMonth:
        return { QDate(anchor.year(), anchor.month(), 1), anchor };
    case Preset::YearToDate:
        return { QDate(anchor.year(), 1, 1), anchor };
    case Preset::LastYear:
        return { QDate(anchor.year() - 1, 1, 1), QDate(anchor.year() - 1, 12, 31) };
    case Preset::Custom:
        break;
    }
    return { anchor, anchor };
}

} // namespace widgets
