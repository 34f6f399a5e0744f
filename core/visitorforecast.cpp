#include "core/visitorforecast.h"

#include "core/italianholidays.h"
#include "core/visithistory.h"

#include <Eigen/Dense>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace core {

namespace {

// The columns of the design matrix.
enum Feature
{
    Level = 0,
    Weekday = 1, // 7 columns, Monday first
    Month = Weekday + 7, // 12 columns, January first
    Holiday = Month + 12,
    EasterMonday,
    FirstSunday,
    FerragostoWeek,
    ChristmasBreak,
    HoursOpen,
    Trend,
    FeatureCount
};

// The same public holiday in another year (Easter moves; the others keep their date).
QDate sameHolidayIn(const QDate& day, int year)
{
    if (day == ItalianHolidays::easterSunday(day.year())) {
        return ItalianHolidays::easterSunday(year);
    }
    if (day == ItalianHolidays::easterMonday(day.year())) {
        return ItalianHolidays::easterMonday(year);
    }
    return QDate(year, day.month(), day.day());
}

// Linear interpolation between order statistics; `sorted` is not empty.
double quantile(const std::vector<double>& sorted, double p)
{
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<size_t>(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return quantile(values, 0.5);
}

} // namespace

VisitorForecast::VisitorForecast(OpeningCalendar calendar)
    : VisitorForecast(std::move(calendar), Options())
{ }

VisitorForecast::VisitorForecast(OpeningCalendar calendar, Options options)
    : m_calendar(std::move(calendar))
    , m_options(options)
{ }

bool VisitorForecast::isOpen(const QDate& day) const
{
    if (m_calendar.exceptions().contains(day) || !ItalianHolidays::isHoliday(day)) {
        return m_calendar.isOpen(day);
    }
    // A calendar is often filled in only as far as the data goes, so next Christmas
    // (or next Easter Monday, open on a closing Monday) is not there yet: a holiday
    // the site treated the same way in every earlier year recorded keeps that way.
    int closed = 0;
    int opened = 0;
    for (int year = day.year() - 1; year >= day.year() - 10; --year) {
        const auto it = m_calendar.exceptions().constFind(sameHolidayIn(day, year));
        if (it != m_calendar.exceptions().constEnd()) {
            ++(it->open ? opened : closed);
        }
    }
    if (closed > 0 && opened == 0) {
        return false;
    }
    if (opened > 0 && closed == 0) {
        return true;
    }
    return m_calendar.isOpen(day);
}

std::vector<double> VisitorForecast::features(const QDate& day) const
{
    std::vector<double> x(FeatureCount, 0.0);
    x[Level] = 1.0;
    x[Weekday + day.dayOfWeek() - 1] = 1.0;
    x[Month + day.month() - 1] = 1.0;
    const bool firstSunday = ItalianHolidays::isFirstSundayOfMonth(day);
    // A free first Sunday is the year's busiest kind of day already: a holiday on
    // it does not multiply the crowd again.
    x[Holiday] = ItalianHolidays::isHoliday(day) && !firstSunday ? 1.0 : 0.0;
    x[EasterMonday] = day == ItalianHolidays::easterMonday(day.year()) ? 1.0 : 0.0;
    x[FirstSunday] = firstSunday ? 1.0 : 0.0;
    x[FerragostoWeek] = day.month() == 8 && day.day() >= 10 && day.day() <= 20 ? 1.0 : 0.0;
    const bool christmasBreak = (day.month() == 12 && day.day() >= 24) || (day.month() == 1 && day.day() <= 6);
    x[ChristmasBreak] = christmasBreak && !ItalianHolidays::isHoliday(day) ? 1.0 : 0.0;
    // Extended (evening) or shortened hours; an inferred opening counts as regular hours.
    const auto [openHour, closeHour] = m_calendar.hoursOn(day);
    const int regular = m_calendar.closeHour() - m_calendar.openHour();
    x[HoursOpen] = closeHour > openHour && regular > 0 ? std::log(double(closeHour - openHour) / regular) : 0.0;
    x[Trend] = static_cast<double>(m_origin.daysTo(day)) / 365.25;
    return x;
}

void VisitorForecast::fit(const VisitSeries& series, QDate origin)
{
    m_coefficients.clear();
    if (!origin.isValid()) {
        origin = series.isEmpty() ? QDate() : series.last().addDays(1);
    }
    m_origin = origin;
    const qint64 span = series.isEmpty() || !origin.isValid() ? 0 : std::max<qint64>(0, series.first.daysTo(origin));

    std::vector<QDate> days;
    std::vector<double> y;
    if (span > 0) {
        const QDate start = std::max(series.first, origin.addDays(-m_options.trainingDays));
        for (QDate d = start; d < origin; d = d.addDays(1)) {
            const std::int64_t v = series.on(d);
            if (v != VisitSeries::Unknown && isOpen(d)) {
                days.push_back(d);
                y.push_back(std::log1p(static_cast<double>(v)));
            }
        }
    }
    const int n = static_cast<int>(days.size());
    if (span < m_options.minimumHistoryDays || n < m_options.minimumOpenDays) {
        throw InsufficientHistory(QCoreApplication::translate("core::VisitorForecast",
                                                              "%1 days of visitor history (%2 open days with figures); "
                                                              "a forecast needs at least %3 days and %4 open days.")
                                      .arg(span)
                                      .arg(n)
                                      .arg(m_options.minimumHistoryDays)
                                      .arg(m_options.minimumOpenDays)
                                      .toStdString());
    }

    constexpr int p = FeatureCount;
    Eigen::MatrixXd X(n, p);
    Eigen::VectorXd target(n);
    Eigen::VectorXd decay(n);
    for (int i = 0; i < n; ++i) {
        const std::vector<double> x = features(days[static_cast<size_t>(i)]);
        for (int j = 0; j < p; ++j) {
            X(i, j) = x[static_cast<size_t>(j)];
        }
        target(i) = y[static_cast<size_t>(i)];
        decay(i)
            = std::exp2(-static_cast<double>(days[static_cast<size_t>(i)].daysTo(origin)) / m_options.halfLifeDays);
    }

    // Ridge as extra rows: minimise |sqrt(W)(y - Xb)|^2 + ridge |b without the level|^2.
    const double root = std::sqrt(m_options.ridge);
    Eigen::VectorXd robust = Eigen::VectorXd::Ones(n);
    Eigen::VectorXd b;
    Eigen::VectorXd residuals;
    for (int iteration = 0; iteration < 4; ++iteration) {
        Eigen::MatrixXd A = Eigen::MatrixXd::Zero(n + p, p);
        Eigen::VectorXd rhs = Eigen::VectorXd::Zero(n + p);
        const Eigen::VectorXd w = (decay.array() * robust.array()).sqrt();
        A.topRows(n) = w.asDiagonal() * X;
        rhs.head(n) = w.cwiseProduct(target);
        for (int j = 1; j < p; ++j) {
            A(n + j, j) = root;
        }
        b = A.colPivHouseholderQr().solve(rhs);
        residuals = target - X * b;
        // Huber weights around a robust scale (the median absolute deviation).
        std::vector<double> r(residuals.data(), residuals.data() + n);
        const double centre = median(r);
        for (double& v : r) {
            v = std::abs(v - centre);
        }
        // Below 1% the day-to-day noise is immaterial: no point down-weighting for it.
        const double scale = std::max(0.01, 1.4826 * median(r));
        constexpr double k = 2.0;
        for (int i = 0; i < n; ++i) {
            const double z = std::abs(residuals(i)) / scale;
            robust(i) = z <= k ? 1.0 : k / z;
        }
    }
    m_coefficients.assign(b.data(), b.data() + p);
    m_trainingDaysUsed = n;

    // The interval: the last year's residuals, widened for the parameters estimated.
    std::vector<double> recent;
    for (int i = 0; i < n; ++i) {
        if (days[static_cast<size_t>(i)].daysTo(origin) <= 365) {
            recent.push_back(residuals(i));
        }
    }
    if (recent.size() < 60) {
        // Closed most of the last year (works, a long closure): all the residuals, then.
        recent.assign(residuals.data(), residuals.data() + n);
    }
    std::sort(recent.begin(), recent.end());
    const double inflation = std::sqrt(double(n) / std::max(1, n - p));
    const double tail = (1.0 - m_options.coverage) / 2.0;
    m_residualLow = quantile(recent, tail) * inflation;
    m_residualHigh = quantile(recent, 1.0 - tail) * inflation;
}

double VisitorForecast::logMean(const QDate& day) const
{
    const std::vector<double> x = features(day);
    double mu = 0;
    for (size_t j = 0; j < x.size(); ++j) {
        mu += x[j] * m_coefficients[j];
    }
    return mu;
}

DayForecast VisitorForecast::forecast(const QDate& day) const
{
    DayForecast f;
    f.day = day;
    f.open = isOpen(day);
    if (!f.open || !isFitted()) {
        return f;
    }
    const double mu = logMean(day);
    f.visitors = std::max(0.0, std::expm1(mu));
    f.low = std::max(0.0, std::expm1(mu + m_residualLow));
    f.high = std::max(0.0, std::expm1(mu + m_residualHigh));
    return f;
}

QList<DayForecast> VisitorForecast::forecast(int days, QDate from) const
{
    if (days < 1 || days > MaxDays) {
        throw std::out_of_range(
            QCoreApplication::translate("core::VisitorForecast", "A forecast covers 1 to %1 days, not %2.")
                .arg(MaxDays)
                .arg(days)
                .toStdString());
    }
    if (!from.isValid()) {
        from = m_origin;
    }
    QList<DayForecast> result;
    result.reserve(days);
    for (int i = 0; i < days; ++i) {
        result.append(forecast(from.addDays(i)));
    }
    return result;
}

double VisitorForecast::firstSundayFactor() const
{
    return isFitted() ? std::exp(m_coefficients[FirstSunday]) : 1.0;
}

double VisitorForecast::easterMondayFactor() const
{
    return isFitted() ? std::exp(m_coefficients[Holiday] + m_coefficients[EasterMonday]) : 1.0;
}

} // namespace core
