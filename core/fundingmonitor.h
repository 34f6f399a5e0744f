#pragma once

#include "core/fundingtable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// How a funded programme is doing on a given day: per line and in total, the shares
// committed of the funding, spent of the commitments and spent of the funding; the
// months left to each deadline; the lines at risk and those past their deadline
// with the target not met; and whether the sub-lines add up to their parent line.
class FundingMonitor
{
public:
    // A line is at risk when its deadline is at most `riskMonths` whole months away
    // (and not yet past), its target is not met, and it has spent less than
    // `minSpentOfFunded` of its funding. Defaults: 6 months, 50%: a line with half a
    // year left and less than half its money spent rarely makes its deadline (PNRR
    // milestones are checked at the quarter's end and cannot slip).
    struct Thresholds
    {
        int riskMonths = 6;
        double minSpentOfFunded = 0.5;
    };

    struct Ratios
    {
        std::optional<double> committedOfFunded; // impegnato / finanziato
        std::optional<double> spentOfCommitted; // speso / impegnato
        std::optional<double> spentOfFunded; // speso / finanziato
        // (impegnato + impegni in itinere) / finanziato: where commitments under way take it
        std::optional<double> engagedOfFunded;
    };

    struct LineStatus
    {
        int position = 0;
        Ratios ratios;
        std::optional<int> monthsLeft; // whole months from the day to the deadline; negative once past
        bool atRisk = false;
        bool pastDeadline = false; // past the deadline, target not met
    };

    // A parent line whose sub-lines do not add up to it in one of the amounts.
    struct Mismatch
    {
        int parent = 0;
        QString field; // "funded", "committed", "in_progress", "spent"
        Money parentAmount;
        Money childrenSum;
    };

    struct Evaluation
    {
        QDate day;
        QList<LineStatus> lines; // in the table's order
        // The table's total: its top lines (for one investment, the parent line's figures).
        Money funded, committed, inProgress, spent;
        Ratios total;
        QList<Mismatch> mismatches;
        int atRisk = 0;
        int pastDeadline = 0;
    };

    static Evaluation evaluate(const FundingTable& table, const QDate& day, const Thresholds& thresholds);
    static Evaluation evaluate(const FundingTable& table, const QDate& day);

    static Ratios ratios(Money funded, Money committed, Money inProgress, Money spent);
    // numerator / denominator; nullopt when the denominator is zero.
    static std::optional<double> ratio(Money numerator, Money denominator);
    // Whole months from `from` to `to` (negative when `to` is earlier); a month ends on
    // the same day of the month, or on the month's last day when it has no such day.
    static int monthsBetween(const QDate& from, const QDate& to);
};

} // namespace core
