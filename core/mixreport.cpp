#include "core/mixreport.h"

namespace core {

void MixReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    using reportsupport::percent;
    const ResolvedScope scope = request.scope.resolve(cache);
    report.scopeText = scope.description();
    reportsupport::requireSales(cache, request.period);
    const DashboardQueries queries(cache);
    const auto add = [&report](const QString& name, const QString& what, const QList<MixSlice>& slices) {
        std::int64_t tickets = 0;
        std::int64_t visitors = 0;
        Money revenue;
        for (const MixSlice& s : slices) {
            tickets += s.tickets;
            visitors += s.visitors;
            revenue += s.revenue;
        }
        ReportTable table;
        table.name = name;
        table.header = { tr("Code"),
                         what,
                         tr("Tickets"),
                         tr("Share of tickets (%)"),
                         tr("Visitors"),
                         tr("Gross revenue"),
                         tr("Share of revenue (%)") };
        ReportChart chart;
        chart.kind = ReportChart::Kind::Bar;
        chart.title = tr("Tickets by %1").arg(what.toLower());
        chart.valueLabel = tr("Tickets");
        ReportChart::Series series{ tr("Tickets"), {} };
        for (const MixSlice& s : slices) {
            table.rows.append({ s.code, s.label, s.tickets, percent(double(s.tickets), double(tickets)), s.visitors,
                                s.revenue, percent(double(s.revenue.cents()), double(revenue.cents())) });
            chart.categories.append(s.label);
            series.values.append(double(s.tickets));
        }
        table.rows.append({ ReportCell(), tr("Total"), tickets, percent(1, tickets > 0 ? 1 : 0), visitors, revenue,
                            percent(1, revenue.isZero() ? 0 : 1) });
        chart.series.append(series);
        report.tables.append(table);
        report.charts.append(chart);
    };
    add(tr("Channels"), tr("Channel"), queries.channelMix(scope.siteIds(), request.period));
    add(tr("Ticket categories"), tr("Category"), queries.categoryMix(scope.siteIds(), request.period));
}

} // namespace core
