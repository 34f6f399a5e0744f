// The visitor forecasts' rolling-origin backtest over a demo cache: per site, MAPE,
// MASE and interval coverage for our model and for the seasonal-naive baseline
// (same weekday 52 weeks earlier), then the means over the sites and the ratio
// model / naive. Also times the fits.
//
//   benchforecast [--cache DIR] [--sites N] [--years Y] [--horizon H] [--ridge R] [--half-life D]
// When DIR (or, without --cache, a temporary folder) holds no cache, it first builds a
// demo cache there: 24 sites x 3 years + 2026 to 25 November by default.
#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/forecastbacktest.h"
#include "core/sitecatalogue.h"
#include "core/visithistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {
struct Mean
{
    double sum = 0;
    int n = 0;
    void add(double v)
    {
        sum += v;
        ++n;
    }
    double value() const { return n > 0 ? sum / n : 0.0; }
};

struct Summary
{
    Mean mapeModel, mapeNaive, maseModel, maseNaive, coverage;
    int wins = 0; // sites where the model's MAPE is below naive's
    int sites = 0;

    void add(const core::SiteBacktest& b)
    {
        mapeModel.add(b.model.mape);
        mapeNaive.add(b.naive.mape);
        maseModel.add(b.model.mase);
        maseNaive.add(b.naive.mase);
        coverage.add(b.model.coverage.value_or(0));
        wins += b.model.mape < b.naive.mape ? 1 : 0;
        ++sites;
    }

    void print(const char* label) const
    {
        if (sites == 0) {
            return;
        }
        std::printf("%-22s sites %3d | MAPE model %5.1f%% naive %5.1f%% ratio %.3f | MASE model %.3f naive %.3f "
                    "ratio %.3f | coverage %.3f | model better on %d of %d\n",
                    label, sites, 100 * mapeModel.value(), 100 * mapeNaive.value(),
                    mapeModel.value() / mapeNaive.value(), maseModel.value(), maseNaive.value(),
                    maseModel.value() / maseNaive.value(), coverage.value(), wins, sites);
    }
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto value = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/benchforecast-XXXXXX"));
    const QString dir = value("--cache", temp.path());
    if (!core::Cache::exists(dir)) {
        QDir().mkpath(dir);
        core::DemoGenerator::Options options;
        options.sites = value("--sites", QStringLiteral("24")).toInt();
        options.years = value("--years", QStringLiteral("3")).toInt();
        options.until = QDate(2026, 11, 25);
        std::printf("building a %d-site, %d-year demo cache in %s ...\n", options.sites, options.years,
                    qPrintable(dir));
        std::fflush(stdout);
        core::DemoGenerator(options).writeCache(core::Cache::pathIn(dir));
    }
    core::Database db = core::Cache::openWriter(dir);
    core::ForecastBacktest::Options options;
    options.horizon = value("--horizon", QStringLiteral("28")).toInt();
    options.model.ridge = value("--ridge", QString::number(options.model.ridge)).toDouble();
    options.model.halfLifeDays = value("--half-life", QString::number(options.model.halfLifeDays)).toDouble();
    const core::ForecastBacktest backtest(options);
    const core::VisitHistory history(db);

    std::printf("\nrolling origin: every %d days over the last %d days, horizon %d days, %.0f%% interval "
                "(ridge %g, half-life %g days)\n\n",
                options.originStep, options.span, options.horizon, 100 * options.model.coverage, options.model.ridge,
                options.model.halfLifeDays);
    std::printf("%-12s %-19s %-15s %8s %7s %9s %6s\n", "site", "type", "model", "MAPE %", "MASE", "coverage", "days");
    Summary all;
    Summary paid;
    Summary free;
    QElapsedTimer clock;
    clock.start();
    int origins = 0;
    const auto sites = core::SiteCatalogue(db).sites();
    for (const core::Site& site : sites) {
        // Sites with a full-price ticket (the free first Sunday applies to them).
        bool sells = false;
        for (const auto& product : core::SiteCatalogue(db).products(site.id)) {
            sells = sells || product.price.cents() > 0;
        }
        core::SiteBacktest b;
        try {
            b = backtest.run(site, history.series(site.id));
        } catch (const core::InsufficientHistory& e) {
            std::printf("%-12s skipped: %s\n", qPrintable(site.code), e.what());
            continue;
        }
        origins += b.origins;
        const QString type = core::siteTypeCode(site.type);
        std::printf("%-12s %-19s %-15s %8.1f %7.3f %9.3f %6d\n", qPrintable(site.code), qPrintable(type),
                    core::ForecastBacktest::ModelName, 100 * b.model.mape, b.model.mase, b.model.coverage.value_or(0),
                    b.model.days);
        std::printf("%-12s %-19s %-15s %8.1f %7.3f %9s %6d\n", qPrintable(site.code), qPrintable(type),
                    core::ForecastBacktest::NaiveName, 100 * b.naive.mape, b.naive.mase, "-", b.naive.days);
        all.add(b);
        (sells ? paid : free).add(b);
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::printf("\n");
    all.print("all sites");
    paid.print("ticketed sites");
    free.print("free sites");
    std::printf("\n%d sites, %d origins (model fits) in %.2f s: %.1f ms per fit and its 28-day scoring\n", all.sites,
                origins, seconds, origins > 0 ? 1000 * seconds / origins : 0.0);
    return 0;
}
