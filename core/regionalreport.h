#pragma once

#include "core/report.h"

#include <QCoreApplication>

namespace core {

class Database;

// Report 2: the sites of a scope ranked by visitors (and by revenue), each against
// the same stretch a year before (moved by 52 weeks so weekdays line up, as the
// dashboards compare), with its share of the scope's visitors and revenue.
// Figures from DashboardQueries::ranking, the dashboards' own query.
class RegionalReport
{
    Q_DECLARE_TR_FUNCTIONS(RegionalReport)

public:
    static void fill(Database& cache, const ReportRequest& request, Report& report);
};

} // namespace core
