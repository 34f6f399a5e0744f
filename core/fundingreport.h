#pragma once

#include "core/fundingmonitor.h"
#include "core/report.h"

namespace core {

class Database;

// The funded-projects report (--type funding): for each funding table in the cache,
// its lines with target, deadline, months left, status, the four amounts, the three
// ratios and the flag (at risk, past the deadline with the target not met), with
// the table's total; the checks of sub-lines against their parent line; and the
// digitisation progress per site. Figures as on the period's last day.
class FundingReport
{
public:
    static void fill(Database& cache, const ReportRequest& request, Report& report);
    // The same with explicit thresholds (the command line's --risk-months, --risk-spent).
    static QList<ReportTable> tables(Database& cache, const QDate& day,
                                     const FundingMonitor::Thresholds& thresholds = {});
    // "At risk", "Past deadline, target not met", "Target met" or empty: the flag in words.
    // "Funded", "Committed", "Commitments in progress", "Spent" for a Mismatch's field.
    static QString amountName(const QString& field);
    static QString flagText(const FundingLine& line, const FundingMonitor::LineStatus& status);
};

} // namespace core
