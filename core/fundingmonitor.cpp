#include "core/fundingmonitor.h"

namespace core {

std::optional<double> FundingMonitor::ratio(Money numerator, Money denominator)
{
    if (denominator.isZero()) {
        return std::nullopt;
    }
    return double(numerator.cents()) / double(denominator.cents());
}

FundingMonitor::Ratios FundingMonitor::ratios(Money funded, Money committed, Money inProgress, Money spent)
{
    Ratios r;
    r.committedOfFunded = ratio(committed, funded);
    r.spentOfCommitted = ratio(spent, committed);
    r.spentOfFunded = ratio(spent, funded);
    r.engagedOfFunded = ratio(committed + inProgress, funded);
    return r;
}

FundingMonitor::Evaluation FundingMonitor::evaluate(const FundingTable& table, const QDate& day)
{
    return evaluate(table, day, Thresholds());
}

int FundingMonitor::monthsBetween(const QDate& from, const QDate& to)
{
    if (to < from) {
        return -monthsBetween(to, from);
    }
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // Not yet a whole month when `to` falls earlier in its month than `from`, unless
    // `to` is its month's last day (31 May to 30 June is one month).
    if (to.day() < from.day() && to.day() != to.daysInMonth()) {
        --months;
    }
    return months;
}

FundingMonitor::Evaluation FundingMonitor::evaluate(const FundingTable& table, const QDate& day,
                                                    const Thresholds& thresholds)
{
    Evaluation e;
    e.day = day;
    for (const FundingLine& line : table.lines) {
        LineStatus s;
        s.position = line.position;
        s.ratios = ratios(line.funded, line.committed, line.inProgress, line.spent);
        if (line.deadline.isValid()) {
            s.monthsLeft = monthsBetween(day, line.deadline);
            if (!line.achieved()) {
                if (day > line.deadline) {
                    s.pastDeadline = true;
                } else if (*s.monthsLeft <= thresholds.riskMonths && s.ratios.spentOfFunded
                           && *s.ratios.spentOfFunded < thresholds.minSpentOfFunded) {
                    s.atRisk = true;
                }
            }
        }
        e.atRisk += s.atRisk ? 1 : 0;
        e.pastDeadline += s.pastDeadline ? 1 : 0;
        e.lines.append(s);
        if (line.parent < 0) {
            e.funded += line.funded;
            e.committed += line.committed;
            e.inProgress += line.inProgress;
            e.spent += line.spent;
        }
    }
    e.total = ratios(e.funded, e.committed, e.inProgress, e.spent);

    for (const FundingLine& parent : table.lines) {
        const QList<int> children = table.children(parent.position);
        if (children.isEmpty()) {
            continue;
        }
        Money sums[4];
        for (const int c : children) {
            const FundingLine& child = table.lines[c];
            sums[0] += child.funded;
            sums[1] += child.committed;
            sums[2] += child.inProgress;
            sums[3] += child.spent;
        }
        const Money own[4] = { parent.funded, parent.committed, parent.inProgress, parent.spent };
        const char* const names[4] = { "funded", "committed", "in_progress", "spent" };
        for (int i = 0; i < 4; ++i) {
            if (sums[i] != own[i]) {
                Mismatch m;
                m.parent = parent.position;
                m.field = QLatin1String(names[i]);
                m.parentAmount = own[i];
                m.childrenSum = sums[i];
                e.mismatches.append(m);
            }
        }
    }
    return e;
}

} // namespace core
