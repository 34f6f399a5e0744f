#include "core/regionalreport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace core {

void RegionalReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    using reportsupport::percent;
    const ResolvedScope scope = request.scope.resolve(cache);
    report.scopeText = scope.description();
    reportsupport::requireSales(cache, request.period);
    const DashboardQueries queries(cache);
    const QList<SiteRank> ranks = queries.ranking(scope.siteIds(), request.period);
    QHash<std::int64_t, Money> revenueLastYear;
    for (const SiteRank& r : queries.ranking(scope.siteIds(), request.period.lastYearAligned())) {
        revenueLastYear.insert(r.siteId, r.revenue);
    }
    std::int64_t visitors = 0;
    std::int64_t visitorsLastYear = 0;
    Money revenue;
    Money revenueBefore;
    for (const SiteRank& r : ranks) {
        visitors += r.visitors;
        visitorsLastYear += r.visitorsLastYear;
        revenue += r.revenue;
        revenueBefore += revenueLastYear.value(r.siteId);
    }
    QList<SiteRank> byRevenue = ranks;
    std::stable_sort(byRevenue.begin(), byRevenue.end(), [](const SiteRank& a, const SiteRank& b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.code < b.code;
    });
    QHash<std::int64_t, std::int64_t> revenueRank;
    for (qsizetype i = 0; i < byRevenue.size(); ++i) {
        revenueRank.insert(byRevenue.at(i).siteId, i + 1);
    }

    ReportTable table;
    table.name = tr("Regional comparison");
    table.header = { tr("Rank by visitors"),
                     tr("Code"),
                     tr("Site"),
                     tr("Visitors"),
                     tr("Visitors last year"),
                     tr("Change in visitors (%)"),
                     tr("Share of visitors (%)"),
                     tr("Gross revenue"),
                     tr("Gross revenue last year"),
                     tr("Change in revenue (%)"),
                     tr("Share of revenue (%)"),
                     tr("Rank by revenue") };
    const auto change = [](double now, double before) { return percent(now - before, before); };
    for (qsizetype i = 0; i < ranks.size(); ++i) {
        const SiteRank& r = ranks.at(i);
        const Money before = revenueLastYear.value(r.siteId);
        table.rows.append({ std::int64_t(i + 1), r.code, r.name, r.visitors, r.visitorsLastYear,
                            change(double(r.visitors), double(r.visitorsLastYear)),
                            percent(double(r.visitors), double(visitors)), r.revenue, before,
                            change(double(r.revenue.cents()), double(before.cents())),
                            percent(double(r.revenue.cents()), double(revenue.cents())), revenueRank.value(r.siteId) });
    }
    table.rows.append({ ReportCell(), ReportCell(), tr("Total"), visitors, visitorsLastYear,
                        change(double(visitors), double(visitorsLastYear)), percent(1, visitors > 0 ? 1 : 0), revenue,
                        revenueBefore, change(double(revenue.cents()), double(revenueBefore.cents())),
                        percent(1, revenue.isZero() ? 0 : 1), ReportCell() });
    report.tables.append(table);

    ReportChart chart;
    chart.kind = ReportChart::Kind::Bar;
    chart.title = tr("Visitors by site, against last year");
    chart.valueLabel = tr("Visitors");
    ReportChart::Series now{ tr("Visitors"), {} };
    ReportChart::Series before{ tr("Visitors last year"), {} };
    for (const SiteRank& r : ranks.mid(0, 15)) { // the chart's width holds fifteen sites
        chart.categories.append(r.code);
        now.values.append(double(r.visitors));
        before.values.append(double(r.visitorsLastYear));
    }
    chart.series = { now, before };
    report.charts.append(chart);
}

} // namespace core
