#pragma once

#include "core/openingcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <stdexcept>
#include <vector>

namespace core {

struct VisitSeries;

// Thrown when a site's history is too short to learn a year's pattern from.
class InsufficientHistory : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct DayForecast
{
    QDate day;
    bool open = false;
    double visitors = 0; // the median forecast; 0 on a closed day
    double low = 0; // the prediction interval (80% by default); [0, 0] on a closed day
    double high = 0;
};

// Daily visitors of one site for the next 1 to 90 days, with a prediction interval.
//
// The model is a regression on log(1 + visitors) over the site's open days: a level,
// the weekday, the month, national holidays (Easter Monday on its own, as the day out
// it is), the free first Sunday of state museums, the week around Ferragosto, the
// Christmas school break, the hours open against the regular ones, and a linear trend.
// Effects are fitted by ridge-regularised weighted least squares (Eigen's
// column-pivoting QR on the augmented system), with recent years weighted more and
// outlying days (an unrecorded closure, a one-off event) down-weighted by a few
// Huber iterations. Every weekday and month has its own term and the ridge penalty
// pulls terms without data to zero, so a weekday the site never opened on is
// forecast at the average weekday rather than extrapolated.
// The interval comes from the quantiles of the last year's residuals, widened for
// the parameters estimated, and is transformed back with the point forecast.
// Closed days (the calendar's closing weekday and exceptions) forecast exactly 0. A
// public holiday without an exception yet follows the earlier years' exceptions for
// it when they agree (closed every Christmas; open every Easter Monday although
// Monday is the closing day).
class VisitorForecast
{
public:
    static constexpr int MaxDays = 90;

    struct Options
    {
        // Days of history before the origin the model learns from (the most recent).
        int trainingDays = 3 * 365;
        // At least this span of history (first known day to the origin) and this
        // many open days with figures are needed, so every month has been seen.
        int minimumHistoryDays = 365;
        int minimumOpenDays = 150;
        double coverage = 0.8;
        // Weight of a day halves every this many days back from the origin.
        double halfLifeDays = 730;
        double ridge = 0.3;
    };

    explicit VisitorForecast(OpeningCalendar calendar);
    VisitorForecast(OpeningCalendar calendar, Options options);

    // Learns from the series' open days before `origin` (the day after the series
    // ends when invalid). Throws InsufficientHistory when there is too little.
    void fit(const VisitSeries& series, QDate origin = {});
    bool isFitted() const { return !m_coefficients.empty(); }
    // The first day after the history the model learnt from.
    QDate origin() const { return m_origin; }

    // The forecast for one day on or after the origin.
    DayForecast forecast(const QDate& day) const;
    // `days` days from `from` (the origin when invalid); throws std::out_of_range
    // unless 1 <= days <= MaxDays.
    QList<DayForecast> forecast(int days, QDate from = {}) const;

    // Whether the site opens on the day, by its calendar (with the recurring holiday
    // closures described above).
    bool isOpen(const QDate& day) const;

    // Fitted multiplicative effects against an ordinary day of the same weekday and
    // month: the free first Sunday, and Easter Monday (the holiday and its own term).
    double firstSundayFactor() const;
    double easterMondayFactor() const;
    // Open days the model learnt from.
    int trainingDaysUsed() const { return m_trainingDaysUsed; }

private:
    std::vector<double> features(const QDate& day) const;
    double logMean(const QDate& day) const;

    OpeningCalendar m_calendar;
    Options m_options;
    QDate m_origin;
    std::vector<double> m_coefficients;
    double m_residualLow = 0; // quantiles of log residuals
    double m_residualHigh = 0;
    int m_trainingDaysUsed = 0;
};

} // namespace core
