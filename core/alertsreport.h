#pragma once

#include "core/report.h"

#include <QCoreApplication>

namespace core {

class Database;

// Report 6: the alerts raised over a period for the scope's sites (capacity,
// climate, transaction monitoring, system), oldest first, each with its
// explanation and whether, when and why it was acknowledged. The rows are those of
// DashboardQueries::alerts, the dashboards' alerts list; the detectors write them
// (TransactionMonitor::record, `cruscotto-cli alerts`), the report only reads.
class AlertsReport
{
    Q_DECLARE_TR_FUNCTIONS(AlertsReport)

public:
    static void fill(Database& cache, const ReportRequest& request, Report& report);
    // The words for an alert's kind and severity codes.
    static QString kindName(const QString& kind);
    static QString severityName(const QString& severity);
};

} // namespace core
