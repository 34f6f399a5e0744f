// Times the dashboard's queries on the benchmark cache (250 sites x 3 years + this
// year), for one site and for the whole region, against the baseline of computing
// the same headline figures (totals and a daily series) from the raw hourly rows.
//
//   benchdashboardqueries [--cache DIR] [--rounds N]
// Without --cache it first builds the 250-site demo cache in a temporary folder.
#include "core/cache.h"
#include "core/dashboardqueries.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/sitecatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing measure(int rounds, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        ms.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)] };
}

QString idList(const QList<std::int64_t>& ids)
{
    QStringList s;
    for (auto id : ids) {
        s << QString::number(id);
    }
    return s.join(QLatin1Char(','));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto value = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rounds = value("--rounds", QStringLiteral("20")).toInt();
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/benchdash-XXXXXX"));
    QString dir = value("--cache", QString());
    if (dir.isEmpty()) {
        dir = temp.path();
        core::DemoGenerator::Options options;
        options.sites = 250;
        options.years = 3;
        options.until = QDate(2026, 11, 25);
        std::printf("building the 250-site cache in %s ...\n", qPrintable(dir));
        std::fflush(stdout);
        core::DemoGenerator(options).writeCache(core::Cache::pathIn(dir));
    }
    {
        QElapsedTimer clock;
        clock.start();
        core::Cache::openWriter(dir); // migrates a cache from an older version, once
        std::printf("cache opened (and migrated if needed) in %.1f s\n", clock.nsecsElapsed() / 1e9);
    }
    core::Database db = core::Cache::openReader(dir);
    db.exec("PRAGMA cache_size = -262144");
    const auto sites = core::SiteCatalogue(db).sites();
    QList<std::int64_t> all;
    for (const auto& s : sites) {
        all << s.id;
    }
    const QList<std::int64_t> one{ sites.at(sites.size() / 2).id };
    const core::Period month{ QDate(2026, 10, 1), QDate(2026, 10, 31) };
    const core::Period year{ QDate(2025, 1, 1), QDate(2025, 12, 31) };
    const core::DashboardQueries q(db);

    const auto siteRefresh = [&](const core::Period& p) {
        q.kpis(one, p);
        q.kpis(one, p.lastYearAligned());
        q.trend(one, p, core::granularityFor(p));
        q.trend(one, p.lastYearAligned(), core::granularityFor(p));
        q.channelMix(one, p);
        q.categoryMix(one, p);
        q.heatmap(one, p);
        q.zones(one.first(), p);
        for (const char* d : { "age_band", "origin", "group_type" }) {
            q.profile(one, p, QString::fromLatin1(d));
        }
        q.alerts(one, p, 100);
    };
    const auto regionRefresh = [&](const core::Period& p) {
        q.kpis(all, p);
        q.kpis(all, p.lastYearAligned());
        q.trend(all, p, core::granularityFor(p));
        q.trend(all, p.lastYearAligned(), core::granularityFor(p));
        q.channelMix(all, p);
        q.categoryMix(all, p);
        q.heatmap(all, p);
        for (const char* d : { "age_band", "origin", "group_type" }) {
            q.profile(all, p, QString::fromLatin1(d));
        }
        q.ranking(all, p);
        q.alerts(all, p, 100);
    };
    // Baseline: totals and a daily series straight from the hourly rows.
    const auto raw = [&](const QList<std::int64_t>& ids, const core::Period& p) {
        const QString where = QStringLiteral("site_id IN (%1) AND day BETWEEN %2 AND %3")
                                  .arg(idList(ids))
                                  .arg(p.from.toJulianDay())
                                  .arg(p.to.toJulianDay());
        auto totals = db.prepare(QStringLiteral("SELECT SUM(tickets), SUM(visitors), SUM(revenue_cents) FROM "
                                                "sales_hourly WHERE ")
                                 + where);
        totals.step();
        auto series = db.prepare(QStringLiteral("SELECT day, SUM(visitors) FROM sales_hourly WHERE ") + where
                                 + QStringLiteral(" GROUP BY day"));
        while (series.step()) { }
    };

    std::printf("dashboard queries on %lld sites, %d rounds each (median / p95 ms)\n",
                static_cast<long long>(all.size()), rounds);
    siteRefresh(month);
    regionRefresh(year);
    const Timing siteMonth = measure(rounds, [&] { siteRefresh(month); });
    const Timing siteYear = measure(rounds, [&] { siteRefresh(year); });
    const Timing regionMonth = measure(rounds, [&] { regionRefresh(month); });
    const Timing regionYear = measure(rounds, [&] { regionRefresh(year); });
    const Timing rawSite = measure(rounds, [&] { raw(one, year); });
    const Timing rawRegion = measure(std::max(3, rounds / 4), [&] { raw(all, year); });
    std::printf("  one site, month:  %7.2f / %7.2f   (whole dashboard: KPIs + last year, trend, mixes, heatmap, zones, "
                "profile, alerts)\n",
                siteMonth.median, siteMonth.p95);
    std::printf("  one site, year:   %7.2f / %7.2f\n", siteYear.median, siteYear.p95);
    std::printf("  region, month:    %7.2f / %7.2f   (KPIs + last year, trend, mixes, heatmap, profile, ranking, "
                "alerts)\n",
                regionMonth.median, regionMonth.p95);
    std::printf("  region, year:     %7.2f / %7.2f\n", regionYear.median, regionYear.p95);
    std::printf("  region, year, query by query (median ms):");
    const std::pair<const char*, std::function<void()>> parts[] = {
        { "kpis", [&] { q.kpis(all, year); } },
        { "trend", [&] { q.trend(all, year, core::granularityFor(year)); } },
        { "channels", [&] { q.channelMix(all, year); } },
        { "categories", [&] { q.categoryMix(all, year); } },
        { "heatmap", [&] { q.heatmap(all, year); } },
        { "profile", [&] { q.profile(all, year, QStringLiteral("origin")); } },
        { "ranking", [&] { q.ranking(all, year); } },
        { "alerts", [&] { q.alerts(all, year, 100); } },
    };
    for (const auto& [name, work] : parts) {
        std::printf(" %s %.1f", name, measure(rounds, work).median);
    }
    std::printf("\n");
    std::printf("baseline: totals + daily series from the raw hourly rows, one site, year: %7.2f ms; region, year: "
                "%7.2f ms\n",
                rawSite.median, rawRegion.median);
    std::printf("ratio (whole dashboard / raw headline figures): one site %.2f, region %.2f\n",
                siteYear.median / rawSite.median, regionYear.median / rawRegion.median);
    std::printf("targets (issue 4, queries part): one site under 30 ms -> %s; region under 100 ms -> %s\n",
                siteYear.median < 30 ? "met" : "NOT met", regionYear.median < 100 ? "met" : "NOT met");
    return 0;
}
