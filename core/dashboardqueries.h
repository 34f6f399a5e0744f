#pragma once

#include "core/money.h"
#include "core/salesqueries.h"
#include "core/ticketproduct.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace core {

class Database;

// A range of local (Europe/Rome) dates, both ends included.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The same stretch a year before, moved by 52 weeks so weekdays line up
    // (a Saturday is compared with a Saturday, a first Sunday with a Sunday).
    Period lastYearAligned() const { return { from.addDays(-364), to.addDays(-364) }; }
    bool operator==(const Period&) const = default;
};

enum class Granularity
{
    Hour,
    Day,
    Week,
    Month
};
// Hours up to two days, days up to two months, weeks up to a year, then months.
Granularity granularityFor(const Period& period);

// The headline figures of a scope over a period.
struct KpiSet
{
    PeriodTotals sales;
    std::int64_t onlineTickets = 0;
    // Share of tickets sold online, 0..1 (0 when nothing was sold).
    double onlineShare() const { return sales.tickets > 0 ? double(onlineTickets) / double(sales.tickets) : 0.0; }
    // The fullest any zone got against its capacity: people and capacity of that zone.
    std::int64_t peakOccupancy = 0;
    std::int64_t peakCapacity = 0;
    QString peakZone;
    // Indoor zone-hours with readings, and those within the conservation thresholds.
    std::int64_t climateHours = 0;
    std::int64_t climateHoursInRange = 0;
    std::optional<double> climateCompliance() const
    {
        return climateHours > 0 ? std::optional(double(climateHoursInRange) / double(climateHours)) : std::nullopt;
    }
};

struct TrendPoint
{
    QDate start; // first day of the bucket (for hours: the day)
    int hour = -1; // local hour, for Granularity::Hour
    std::int64_t visitors = 0;
    std::int64_t payingVisitors = 0;
    Money revenue;
};

struct MixSlice
{
    QString code; // channel code, or category code ("free:<reason>" for free tickets)
    QString label; // translated name
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
    Money revenue;
};

// Visitors by weekday (0 = Monday) and local hour.
using Heatmap = std::array<std::array<std::int64_t, 24>, 7>;

struct ZoneSummary
{
    std::int64_t zoneId = 0;
    QString code;
    QString name;
    bool indoor = true;
    int capacity = 0;
    std::int64_t peakOccupancy = 0;
    double averageOccupancy = 0; // people present, averaged over the hours with readings
    std::int64_t hours = 0;
    std::int64_t hoursTemperatureOut = 0;
    std::int64_t hoursHumidityOut = 0;
    std::int64_t hoursLuxOut = 0;
    std::int64_t hoursOut = 0;
    std::optional<double> temperatureAvg;
    std::optional<double> humidityAvg;
};

// One cell of a visitor-profile table. Cells under k visitors are never shown as
// numbers: `suppressed` is set and `visitors` is empty.
struct ProfileCell
{
    QString bucket;
    std::optional<std::int64_t> visitors;
    bool suppressed = false;
};

struct SiteRank
{
    std::int64_t siteId = 0;
    QString code;
    QString name;
    std::int64_t visitors = 0;
    Money revenue;
    std::int64_t visitorsLastYear = 0;
    // Visitors per month over the period, for a sparkline.
    QList<std::int64_t> monthly;
};

struct AlertRow
{
    std::int64_t id = 0;
    QString siteCode;
    QString zoneName;
    std::int64_t raisedUtc = 0;
    QString kind;
    QString severity;
    QString title;
    QString detail;
    bool acknowledged = false;
};

// Everything the directors' dashboards show, read from the cache's rollups.
// Each call is one or two indexed queries; a Database is used from one thread.
class DashboardQueries
{
public:
    explicit DashboardQueries(Database& db);

    KpiSet kpis(const QList<std::int64_t>& siteIds, const Period& period) const;
    QList<TrendPoint> trend(const QList<std::int64_t>& siteIds, const Period& period, Granularity granularity) const;
    QList<MixSlice> channelMix(const QList<std::int64_t>& siteIds, const Period& period) const;
    QList<MixSlice> categoryMix(const QList<std::int64_t>& siteIds, const Period& period) const;
    Heatmap heatmap(const QList<std::int64_t>& siteIds, const Period& period) const;
    QList<ZoneSummary> zones(std::int64_t siteId, const Period& period) const;
    // One dimension ("age_band", "origin", "group_type") of the visitor profile, with
    // cells under k suppressed, plus secondary suppression: when only one cell would
    // be hidden, the next smallest goes too, so the total cannot give it away.
    QList<ProfileCell> profile(const QList<std::int64_t>& siteIds, const Period& period, const QString& dimension,
                               int k = 10) const;
    // Sites ranked by visitors (most first), with last year's aligned figure.
    QList<SiteRank> ranking(const QList<std::int64_t>& siteIds, const Period& period) const;
    // Newest first.
    QList<AlertRow> alerts(const QList<std::int64_t>& siteIds, const Period& period, int limit = 500) const;

private:
    Database& m_db;
};

} // namespace core
