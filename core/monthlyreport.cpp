#include "core/monthlyreport.h"

#include "core/ministrystats.h"
#include "core/salesqueries.h"
#include "core/sitecatalogue.h"

#include <QCoreApplication>
#include <QSet>

#include <type_traits>

namespace core {

namespace {

struct Block
{
    QString label;
    QList<std::int64_t> siteIds;
    std::optional<QString> ministryRegion; // '' = the national row
};

} // namespace

MonthlyReport::MonthlyReport(Database& db)
    : m_db(db)
{ }

QList<MonthlyReport::Line> MonthlyReport::build(const ReportScope& scope, const Period& period) const
{
    if (!period.isValid()) {
        throw ReportError(QCoreApplication::translate("core::MonthlyReport",
                                                      "The period is not valid: the first day must be on or "
                                                      "before the last."));
    }
    const SiteCatalogue catalogue(m_db);
    const MinistryStats ministry(m_db);
    const QList<Site> sites = catalogue.sites();
    const QList<QString> ministryRegions = ministry.regions();

    const auto sitesOfRegion = [&sites](std::int64_t regionId) {
        QList<std::int64_t> ids;
        for (const Site& s : sites) {
            if (s.regionId == regionId) {
                ids.append(s.id);
            }
        }
        return ids;
    };

    QList<Block> blocks;
    switch (scope.kind) {
    case ReportScope::Kind::Site: {
        const auto site = catalogue.siteByCode(scope.name);
        if (!site) {
            throw ReportError(QCoreApplication::translate("core::MonthlyReport",
                                                          "Unknown site '%1': 'cruscotto-cli sites' lists the codes.")
                                  .arg(scope.name));
        }
        blocks.append({ site->code + QStringLiteral(" - ") + site->name, { site->id }, std::nullopt });
        break;
    }
    case ReportScope::Kind::Region: {
        std::optional<Region> region;
        for (const Region& r : catalogue.regions()) {
            if (ReportScope::matchKey(r.name) == ReportScope::matchKey(scope.name)
                || r.code.compare(scope.name, Qt::CaseInsensitive) == 0) {
                region = r;
            }
        }
        const auto published = ministry.findRegion(region ? region->name : scope.name);
        if (!region && !published) {
            throw ReportError(QCoreApplication::translate("core::MonthlyReport",
                                                          "Unknown region '%1': neither a region of the cache's "
                                                          "sites nor one of the imported ministry statistics.")
                                  .arg(scope.name));
        }
        QList<std::int64_t> all;
        if (region) {
            for (const Site& s : sites) {
                if (s.regionId == region->id) {
                    blocks.append({ s.code + QStringLiteral(" - ") + s.name, { s.id }, std::nullopt });
                    all.append(s.id);
                }
            }
        }
        blocks.append({ region ? region->name : *published, all, published });
        break;
    }
    case ReportScope::Kind::All: {
        QSet<QString> covered;
        QList<std::int64_t> all;
        for (const Region& r : catalogue.regions()) {
            const auto published = ministry.findRegion(r.name);
            const auto ids = sitesOfRegion(r.id);
            all.append(ids);
            if (published) {
                covered.insert(*published);
            }
            if (!ids.isEmpty() || published) {
                blocks.append({ r.name, ids, published });
            }
        }
        for (const QString& r : ministryRegions) {
            if (!covered.contains(r)) {
                blocks.append({ r, {}, r });
            }
        }
        blocks.append({ QCoreApplication::translate("core::MonthlyReport", "All sites"), all,
                        ministryRegions.isEmpty() ? std::nullopt : std::optional<QString>(QString()) });
        break;
    }
    }

    const auto [platformFirst, platformLast] = SalesQueries(m_db).dataRange();
    const DashboardQueries queries(m_db);
    QList<Line> lines;
    for (const Block& block : std::as_const(blocks)) {
        QList<TrendPoint> trend;
        if (!block.siteIds.isEmpty() && platformFirst.isValid()) {
            trend = queries.trend(block.siteIds, period, Granularity::Month);
        }
        QList<Line> blockLines;
        int year = 0;
        int ministryMonthsThisYear = 0;
        const auto closeYear = [&]() {
            if (year == 0) {
                return;
            }
            Line total;
            total.scope = block.label;
            total.year = year;
            total.month = 0;
            bool any = false;
            for (const Line& l : std::as_const(blockLines)) {
                if (l.year != year || l.month == 0) {
                    continue;
                }
                any = true;
                total.source = l.source;
                const auto add = [](auto& sum, const auto& value) {
                    if (value) {
                        sum = sum.value_or(std::remove_reference_t<decltype(*value)>()) + *value;
                    }
                };
                add(total.payingVisitors, l.payingVisitors);
                add(total.nonPayingVisitors, l.nonPayingVisitors);
                add(total.visitors, l.visitors);
                add(total.revenue, l.revenue);
            }
            if (ministryMonthsThisYear == 12 && block.ministryRegion) {
                // The published total, which can differ by cents from the sum of the rounded months.
                const auto published = ministry.yearTotal(*block.ministryRegion, year);
                if (published.visitors) {
                    total.visitors = published.visitors;
                }
                if (published.takingsCents) {
                    total.revenue = Money::fromCents(*published.takingsCents);
                }
            }
            if (any) {
                blockLines.append(total);
            }
        };
        for (QDate start(period.from.year(), period.from.month(), 1); start <= period.to; start = start.addMonths(1)) {
            if (start.year() != year) {
                closeYear();
                year = start.year();
                ministryMonthsThisYear = 0;
            }
            const QDate end = start.addMonths(1).addDays(-1);
            Line line;
            line.scope = block.label;
            line.year = start.year();
            line.month = start.month();
            const bool beforePlatform = !platformFirst.isValid() || end < platformFirst;
            const bool wholeMonth = start >= period.from && end <= period.to;
            if (block.ministryRegion && beforePlatform && wholeMonth) {
                const auto f = ministry.month(*block.ministryRegion, start.year(), start.month());
                if (f.visitors || f.takingsCents) {
                    line.source = Source::Ministry;
                    line.visitors = f.visitors;
                    if (f.takingsCents) {
                        line.revenue = Money::fromCents(*f.takingsCents);
                    }
                    ++ministryMonthsThisYear;
                    blockLines.append(line);
                }
                continue;
            }
            if (block.siteIds.isEmpty() || !platformFirst.isValid() || end < platformFirst || start > platformLast) {
                continue;
            }
            for (const TrendPoint& p : std::as_const(trend)) {
                if (p.start == start) {
                    line.visitors = p.visitors;
                    line.payingVisitors = p.payingVisitors;
                    line.nonPayingVisitors = p.visitors - p.payingVisitors;
                    line.revenue = p.revenue;
                    blockLines.append(line);
                    break;
                }
            }
        }
        closeYear();
        lines.append(blockLines);
    }
    if (lines.isEmpty()) {
        throw ReportError(QCoreApplication::translate("core::MonthlyReport",
                                                      "No figures for this scope from %1 to %2: the cache's sales "
                                                      "cover %3 to %4.")
                              .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                   platformFirst.isValid() ? platformFirst.toString(Qt::ISODate) : QStringLiteral("-"),
                                   platformLast.isValid() ? platformLast.toString(Qt::ISODate) : QStringLiteral("-")));
    }
    return lines;
}

ReportTable MonthlyReport::table(const QList<Line>& lines)
{
    ReportTable t;
    t.name = QCoreApplication::translate("core::MonthlyReport", "Monthly statistics");
    t.header = { QCoreApplication::translate("core::MonthlyReport", "Scope"),
                 QCoreApplication::translate("core::MonthlyReport", "Year"),
                 QCoreApplication::translate("core::MonthlyReport", "Month"),
                 QCoreApplication::translate("core::MonthlyReport", "Paying visitors"),
                 QCoreApplication::translate("core::MonthlyReport", "Non-paying visitors"),
                 QCoreApplication::translate("core::MonthlyReport", "Total visitors"),
                 QCoreApplication::translate("core::MonthlyReport", "Gross revenue"),
                 QCoreApplication::translate("core::MonthlyReport", "Source") };
    const auto number = [](const std::optional<std::int64_t>& v) { return v ? ReportCell(*v) : ReportCell(); };
    for (const Line& l : lines) {
        ReportRow row;
        row << l.scope << std::int64_t(l.year);
        if (l.month == 0) {
            row << QCoreApplication::translate("core::MonthlyReport", "Year total");
        } else {
            row << QDate(l.year, l.month, 1);
        }
        row << number(l.payingVisitors) << number(l.nonPayingVisitors) << number(l.visitors)
            << (l.revenue ? ReportCell(*l.revenue) : ReportCell())
            << (l.source == Source::Ministry ? QCoreApplication::translate("core::MonthlyReport", "Ministry statistics")
                                             : QCoreApplication::translate("core::MonthlyReport", "Platform"));
        t.rows.append(row);
    }
    return t;
}

void MonthlyReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    const QList<Line> lines = MonthlyReport(cache).build(request.scope, request.period);
    try {
        report.scopeText = request.scope.resolve(cache).description();
    } catch (const ReportError&) {
        report.scopeText = request.scope.name; // a region known only from the ministry's statistics
    }
    report.tables.append(table(lines));
    report.plainColumns.insert(report.tables.last().name, { 1 }); // the year
    // The chart follows the widest block, the last one: the site, the region or every site.
    ReportChart chart;
    chart.kind = ReportChart::Kind::Line;
    chart.title = QCoreApplication::translate("core::MonthlyReport", "Visitors by month: %1").arg(lines.last().scope);
    chart.valueLabel = QCoreApplication::translate("core::MonthlyReport", "Total visitors");
    ReportChart::Series series;
    series.name = chart.valueLabel;
    for (const Line& l : lines) {
        if (l.scope == lines.last().scope && l.month != 0 && l.visitors) {
            chart.categories.append(QDate(l.year, l.month, 1).toString(QStringLiteral("MM/yyyy")));
            series.values.append(double(*l.visitors));
        }
    }
    chart.series.append(series);
    if (!chart.categories.isEmpty()) {
        report.charts.append(chart);
    }
}

} // namespace core
