#include "core/forecastbacktest.h"

#include "core/site.h"
#include "core/visithistory.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace core {

namespace {

struct Accumulator
{
    double absolutePercent = 0;
    int percentDays = 0;
    double scaled = 0;
    int covered = 0;
    int days = 0;

    void add(double actual, double forecast, double scale)
    {
        const double error = std::abs(actual - forecast);
        if (actual > 0) {
            absolutePercent += error / actual;
            ++percentDays;
        }
        scaled += error / scale;
        ++days;
    }

    ForecastScore score(bool withCoverage) const
    {
        ForecastScore s;
        s.days = days;
        s.mape = percentDays > 0 ? absolutePercent / percentDays : 0.0;
        s.mase = days > 0 ? scaled / days : 0.0;
        if (withCoverage) {
            s.coverage = days > 0 ? double(covered) / days : 0.0;
        }
        return s;
    }
};

} // namespace

ForecastBacktest::ForecastBacktest(Options options)
    : m_options(options)
{ }

std::int64_t ForecastBacktest::seasonalNaive(const VisitSeries& series, const OpeningCalendar& calendar,
                                             const QDate& day, const QDate& origin)
{
    // Same weekday a year before, then the nearest same weekdays around it.
    for (const int back : { 364, 371, 357, 378, 350 }) {
        const QDate reference = day.addDays(-back);
        if (reference >= origin || !calendar.isOpen(reference)) {
            continue;
        }
        const std::int64_t v = series.on(reference);
        if (v != VisitSeries::Unknown) {
            return v;
        }
    }
    return VisitSeries::Unknown;
}

SiteBacktest ForecastBacktest::run(const Site& site, const VisitSeries& series) const
{
    SiteBacktest result;
    result.siteCode = site.code;
    const OpeningCalendar& calendar = site.calendar;
    if (series.isEmpty()) {
        throw InsufficientHistory(
            QCoreApplication::translate("core::ForecastBacktest", "No visitor history to backtest.").toStdString());
    }
    const int horizon = std::clamp(m_options.horizon, 1, VisitorForecast::MaxDays);
    const int step = std::max(1, m_options.originStep);
    const int origins = std::max(1, m_options.span / step);
    const QDate lastOrigin = series.last().addDays(1 - horizon);

    Accumulator model;
    Accumulator naive;
    QString lastProblem;
    for (int k = origins - 1; k >= 0; --k) {
        const QDate origin = lastOrigin.addDays(-static_cast<qint64>(step) * k);
        VisitorForecast forecast(calendar, m_options.model);
        try {
            forecast.fit(series, origin);
        } catch (const InsufficientHistory& e) {
            lastProblem = QString::fromUtf8(e.what());
            continue;
        }
        // The MASE scale: the seasonal-naive forecast's error in the training window.
        double naiveError = 0;
        int naiveDays = 0;
        const QDate start = std::max(series.first, origin.addDays(-m_options.model.trainingDays));
        for (QDate d = start; d < origin; d = d.addDays(1)) {
            const std::int64_t actual = series.on(d);
            if (actual == VisitSeries::Unknown || !calendar.isOpen(d)) {
                continue;
            }
            const std::int64_t reference = seasonalNaive(series, calendar, d, d);
            if (reference != VisitSeries::Unknown) {
                naiveError += static_cast<double>(std::abs(actual - reference));
                ++naiveDays;
            }
        }
        if (naiveDays < 28 || naiveError <= 0) {
            lastProblem = QCoreApplication::translate("core::ForecastBacktest",
                                                      "Less than a year and four weeks of history before %1.")
                              .arg(origin.toString(Qt::ISODate));
            continue;
        }
        const double scale = naiveError / naiveDays;
        ++result.origins;
        for (int h = 0; h < horizon; ++h) {
            const QDate d = origin.addDays(h);
            const std::int64_t actual = series.on(d);
            // Scored on the days the site turned out to be open and counted.
            if (actual == VisitSeries::Unknown || !calendar.isOpen(d)) {
                continue;
            }
            const std::int64_t reference = seasonalNaive(series, calendar, d, origin);
            if (reference == VisitSeries::Unknown) {
                continue;
            }
            const DayForecast f = forecast.forecast(d);
            const auto a = static_cast<double>(actual);
            model.add(a, f.visitors, scale);
            model.covered += a >= f.low && a <= f.high ? 1 : 0;
            naive.add(a, static_cast<double>(reference), scale);
        }
    }
    if (result.origins == 0) {
        throw InsufficientHistory(lastProblem.toStdString());
    }
    result.model = model.score(true);
    result.naive = naive.score(false);
    return result;
}

} // namespace core
