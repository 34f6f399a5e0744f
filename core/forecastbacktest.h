#pragma once

#include "core/visitorforecast.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

struct Site;
struct VisitSeries;

// How well one model forecast one site over the backtest's days.
struct ForecastScore
{
    // Mean absolute percentage error, as a fraction, over the days with visitors.
    double mape = 0;
    // Mean absolute error scaled by the in-sample seasonal-naive error at each origin.
    double mase = 0;
    // Share of days inside the prediction interval (models with an interval only).
    std::optional<double> coverage;
    int days = 0; // days scored
};

struct SiteBacktest
{
    QString siteCode;
    int origins = 0;
    ForecastScore model; // VisitorForecast
    ForecastScore naive; // seasonal naive: the same weekday 52 weeks earlier
};

// A rolling-origin backtest: at each origin the model learns from the history before
// it only, forecasts the next `horizon` days, and is scored on the open days that
// have figures, against the seasonal-naive forecast on the very same days.
// The seasonal-naive forecast of day d is the visitors of d - 364 (same weekday);
// when the site was closed or the figure is missing that day, the nearest open
// same-weekday day of a year before with a figure (d - 371, d - 357, d - 378, d - 350).
class ForecastBacktest
{
public:
    static constexpr const char* ModelName = "regression";
    static constexpr const char* NaiveName = "seasonal-naive";

    struct Options
    {
        int horizon = 28;
        int originStep = 28;
        // Origins are spread over the last `span` days of the history.
        int span = 364;
        VisitorForecast::Options model;
    };

    ForecastBacktest() = default;
    explicit ForecastBacktest(Options options);

    // Throws InsufficientHistory when no origin has enough history before it.
    SiteBacktest run(const Site& site, const VisitSeries& series) const;

    // The seasonal-naive forecast of `day` from what was known before `origin`
    // (VisitSeries::Unknown when there is none).
    static std::int64_t seasonalNaive(const VisitSeries& series, const OpeningCalendar& calendar, const QDate& day,
                                      const QDate& origin);

private:
    Options m_options;
};

} // namespace core
