#include "core/conservationreport.h"

#include <cmath>

namespace core {

void ConservationReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    using reportsupport::percent;
    const ResolvedScope scope = request.scope.resolve(cache);
    report.scopeText = scope.description();
    const DashboardQueries queries(cache);
    const auto rounded
        = [](const std::optional<double>& v) { return v ? ReportCell(std::round(*v * 10.0) / 10.0) : ReportCell(); };
    ReportTable table;
    table.name = tr("Conservation and occupancy");
    table.header = { tr("Site"),
                     tr("Zone code"),
                     tr("Zone"),
                     tr("Indoor"),
                     tr("Capacity"),
                     tr("Peak occupancy"),
                     tr("Peak occupancy (% of capacity)"),
                     tr("Average occupancy"),
                     tr("Hours with readings"),
                     tr("Hours out of thresholds"),
                     tr("Hours out: temperature"),
                     tr("Hours out: humidity"),
                     tr("Hours out: light"),
                     tr("Hours within thresholds (%)"),
                     tr("Average temperature (°C)"),
                     tr("Average relative humidity (%)") };
    std::int64_t hours = 0;
    for (const Site& site : scope.sites) {
        for (const ZoneSummary& z : queries.zones(site.id, request.period)) {
            hours += z.hours;
            table.rows.append({ site.code, z.code, z.name, z.indoor ? tr("yes") : tr("no"), std::int64_t(z.capacity),
                                z.peakOccupancy, percent(double(z.peakOccupancy), double(z.capacity)),
                                rounded(z.averageOccupancy), z.hours, z.hoursOut, z.hoursTemperatureOut,
                                z.hoursHumidityOut, z.hoursLuxOut,
                                percent(double(z.hours - z.hoursOut), double(z.hours)), rounded(z.temperatureAvg),
                                rounded(z.humidityAvg) });
        }
    }
    if (hours == 0) {
        throw ReportError(tr("No climate or occupancy readings for this scope from %1 to %2.")
                              .arg(request.period.from.toString(Qt::ISODate), request.period.to.toString(Qt::ISODate)));
    }
    report.tables.append(table);
}

} // namespace core
