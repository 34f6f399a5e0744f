#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace widgets {

// The periods a manager asks about, anchored on the last day the cache has data
// for ("today" of the cache, not of the clock): a cache synced last week still
// shows a full "last 7 days". "This month" and a year run to their last day: the
// days after the data are where the forecast goes.
class ReportingPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriod)

public:
    enum class Preset
    {
        Today,
        Last7Days,
        Last30Days,
        ThisMonth,
        YearToDate,
        Year,
        Custom
    };

    static QList<Preset> presets();
    static QString name(Preset preset);
    // The inclusive local-date range of a preset for the data's last day `anchor`;
    // `year` is the year of Preset::Year. For Custom, {anchor, anchor}.
    static std::pair<QDate, QDate> range(Preset preset, const QDate& anchor, int year = 0);
};

} // namespace widgets
