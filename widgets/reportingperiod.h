#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace widgets {

// The periods a manager asks about, anchored on the last day the cache has data
// for (not today): a cache synced last week still shows a full "last 30 days".
class ReportingPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriod)

public:
    enum class Preset
    {
        Last7Days,
        Last30Days,
        ThisMonth,
        YearToDate,
        LastYear,
        Custom
    };

    static QList<Preset> presets();
    static QString name(Preset preset);
    // The inclusive local-date range of a preset ending at `anchor`; for Custom, {anchor, anchor}.
    static std::pair<QDate, QDate> range(Preset preset, const QDate& anchor);
};

} // namespace widgets
