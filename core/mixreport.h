#pragma once

#include "core/report.h"

#include <QCoreApplication>

namespace core {

class Database;

// Report 3: how a scope's tickets were sold over a period: by channel (counter,
// kiosk, online, B2B) and by ticket category (full, reduced, free by reason), with
// tickets, visitors, gross revenue and shares. Figures from
// DashboardQueries::channelMix and categoryMix, the dashboards' own queries.
class MixReport
{
    Q_DECLARE_TR_FUNCTIONS(MixReport)

public:
    static void fill(Database& cache, const ReportRequest& request, Report& report);
};

} // namespace core
