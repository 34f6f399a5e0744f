#pragma once

#include "core/report.h"

#include <QCoreApplication>

namespace core {

class Database;

// Report 4: conservation and occupancy, per zone of every site in the scope: the
// hours with readings, the hours outside the climate thresholds (temperature,
// humidity, light, any), the zone's average climate, and its peak occupancy against
// its capacity. Figures from DashboardQueries::zones, the dashboards' own query.
class ConservationReport
{
    Q_DECLARE_TR_FUNCTIONS(ConservationReport)

public:
    static void fill(Database& cache, const ReportRequest& request, Report& report);
};

} // namespace core
