#pragma once

#include "core/dashboardqueries.h"
#include "core/money.h"
#include "core/report.h"
#include "core/reportfile.h"
#include "core/reportscope.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

class Database;

// Report 1: monthly statistics in the shape of the ministry's survey: per site (and
// per region), by month, paying and non-paying visitors, total visitors and gross
// revenue, with a total per year. Months from the platform's first day of sales on
// come from the cache's rollups (through DashboardQueries, the dashboards' numbers);
// whole months before it come, for regions and the nation, from the ministry's
// published statistics (MinistryStats), where the split paying / non-paying is not
// published. A year that is wholly the ministry's totals to its published total.
class MonthlyReport
{
public:
    enum class Source
    {
        Platform,
        Ministry
    };

    struct Line
    {
        QString scope; // site code and name, region, or the nation
        int year = 0;
        int month = 0; // 1..12; 0 for the year's total
        std::optional<std::int64_t> payingVisitors;
        std::optional<std::int64_t> nonPayingVisitors;
        std::optional<std::int64_t> visitors;
        std::optional<Money> revenue;
        Source source = Source::Platform;
    };

    explicit MonthlyReport(Database& db);

    // Throws ReportError for an unknown site or region, a period that is not one, or
    // a period with no figures at all for the scope.
    QList<Line> build(const ReportScope& scope, const Period& period) const;

    // The lines as a table for the writers.
    static ReportTable table(const QList<Line>& lines);

    // The catalogue's entry: the table and a chart of the whole scope's visitors by month.
    static void fill(Database& cache, const ReportRequest& request, Report& report);

private:
    Database& m_db;
};

} // namespace core
