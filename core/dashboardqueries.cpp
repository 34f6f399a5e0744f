#include "core/dashboardqueries.h"

#include "core/database.h"
#include "core/rometime.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace core {

namespace {

// Binds ?1 = sites, ?2 = first day, ?3 = last day.
Statement scoped(Database& db, const char* sql, const QList<std::int64_t>& siteIds, const Period& period)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, siteIdArray(siteIds)).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
    return stmt;
}

// A period as whole months (read from the monthly rollups) and the ragged days at
// either end (from the daily ones). `first`/`last` are Julian days or yyyymm keys.
struct Part
{
    bool monthly;
    std::int64_t first;
    std::int64_t last;
};

QList<Part> split(const Period& period)
{
    QList<Part> parts;
    if (!period.isValid()) {
        return parts;
    }
    const QDate wholeFrom
        = period.from.day() == 1 ? period.from : QDate(period.from.year(), period.from.month(), 1).addMonths(1);
    const QDate wholeTo = period.to.day() == period.to.daysInMonth()
        ? period.to
        : QDate(period.to.year(), period.to.month(), 1).addDays(-1);
    if (wholeFrom > wholeTo) {
        parts.append({ false, period.from.toJulianDay(), period.to.toJulianDay() });
        return parts;
    }
    if (period.from < wholeFrom) {
        parts.append({ false, period.from.toJulianDay(), wholeFrom.addDays(-1).toJulianDay() });
    }
    parts.append({ true, wholeFrom.year() * 100 + wholeFrom.month(), wholeTo.year() * 100 + wholeTo.month() });
    if (wholeTo < period.to) {
        parts.append({ false, wholeTo.addDays(1).toJulianDay(), period.to.toJulianDay() });
    }
    return parts;
}

// Fills a query template for one part: %1 = table suffix ("daily"/"monthly"),
// %2 = key column ("day"/"month"); binds ?1 = sites, ?2/?3 = the part's bounds.
Statement partQuery(Database& db, const char* sqlTemplate, const QList<std::int64_t>& siteIds, const Part& part)
{
    const QString sql = QString::fromLatin1(sqlTemplate)
                            .arg(part.monthly ? QStringLiteral("monthly") : QStringLiteral("daily"),
                                 part.monthly ? QStringLiteral("month") : QStringLiteral("day"));
    Statement stmt = db.prepare(sql);
    stmt.bind(1, siteIdArray(siteIds)).bind(2, part.first).bind(3, part.last);
    return stmt;
}

QDate bucketStart(const QDate& day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    case Granularity::Hour:
    case Granularity::Day:
        break;
    }
    return day;
}

QStringList knownBuckets(const QString& dimension)
{
    if (dimension == QLatin1String("age_band")) {
        return { QStringLiteral("0-17"), QStringLiteral("18-25"), QStringLiteral("26-39"), QStringLiteral("40-64"),
                 QStringLiteral("65+") };
    }
    if (dimension == QLatin1String("group_type")) {
        return { QStringLiteral("individual"), QStringLiteral("family"), QStringLiteral("school"),
                 QStringLiteral("organised_tour") };
    }
    if (dimension == QLatin1String("origin")) {
        return { QStringLiteral("IT:other"), QStringLiteral("EU"), QStringLiteral("non-EU") };
    }
    return {};
}

} // namespace

Granularity granularityFor(const Period& period)
{
    const qint64 days = period.days();
    if (days <= 2) {
        return Granularity::Hour;
    }
    if (days <= 62) {
        return Granularity::Day;
    }
    if (days <= 366) {
        return Granularity::Week;
    }
    return Granularity::Month;
}

DashboardQueries::DashboardQueries(Database& db)
    : m_db(db)
{ }

KpiSet DashboardQueries::kpis(const QList<std::int64_t>& siteIds, const Period& period) const
{
    KpiSet k;
    if (!period.isValid() || siteIds.isEmpty()) {
        return k;
    }
    Statement sales = scoped(m_db,
                             "SELECT COALESCE(SUM(d.tickets), 0), COALESCE(SUM(d.visitors), 0), "
                             "COALESCE(SUM(d.paying_visitors), 0), COALESCE(SUM(d.free_visitors), 0), "
                             "COALESCE(SUM(d.revenue_cents), 0), COALESCE(SUM(d.online_tickets), 0) "
                             "FROM json_each(?1) s JOIN sales_site_daily d ON d.site_id = s.value "
                             "AND d.day BETWEEN ?2 AND ?3",
                             siteIds, period);
    if (sales.step()) {
        k.sales.tickets = sales.int64(0);
        k.sales.visitors = sales.int64(1);
        k.sales.payingVisitors = sales.int64(2);
        k.sales.freeVisitors = sales.int64(3);
        k.sales.revenue = Money::fromCents(sales.int64(4));
        k.onlineTickets = sales.int64(5);
    }
    // The zone that came closest to (or went furthest over) its capacity, and the
    // indoor hours within the conservation thresholds.
    QHash<std::int64_t, std::pair<qsizetype, std::int64_t>> zonePeaks; // zone -> (index, peak)
    QList<std::pair<QString, std::int64_t>> zoneInfo; // name, capacity
    for (const Part& part : split(period)) {
        Statement zones = partQuery(m_db,
                                    "SELECT z.id, z.name, z.capacity, MAX(d.occupancy_max) FROM json_each(?1) s "
                                    "JOIN zones z ON z.site_id = s.value JOIN zone_%1 d ON d.zone_id = z.id "
                                    "AND d.%2 BETWEEN ?2 AND ?3 WHERE z.capacity > 0 GROUP BY z.id",
                                    siteIds, part);
        while (zones.step()) {
            auto it = zonePeaks.find(zones.int64(0));
            if (it == zonePeaks.end()) {
                it = zonePeaks.insert(zones.int64(0), { zoneInfo.size(), 0 });
                zoneInfo.append({ zones.text(1), zones.int64(2) });
            }
            it->second = std::max(it->second, zones.int64(3));
        }
        Statement climate
            = partQuery(m_db,
                        part.monthly ? "SELECT COALESCE(SUM(d.climate_hours), 0), COALESCE(SUM(d.climate_hours - "
                                       "d.climate_hours_out), 0) FROM json_each(?1) s JOIN zones z ON z.site_id "
                                       "= s.value AND z.indoor = 1 JOIN zone_%1 d ON d.zone_id = z.id AND d.%2 "
                                       "BETWEEN ?2 AND ?3"
                                     : "SELECT COALESCE(SUM(d.hours), 0), COALESCE(SUM(d.hours - d.hours_out), 0) "
                                       "FROM json_each(?1) s JOIN zones z ON z.site_id = s.value AND z.indoor = 1 "
                                       "JOIN zone_%1 d ON d.zone_id = z.id AND d.%2 BETWEEN ?2 AND ?3 "
                                       "WHERE d.temperature_avg IS NOT NULL",
                        siteIds, part);
        if (climate.step()) {
            k.climateHours += climate.int64(0);
            k.climateHoursInRange += climate.int64(1);
        }
    }
    double worst = -1;
    for (auto it = zonePeaks.cbegin(); it != zonePeaks.cend(); ++it) {
        const auto& [name, capacity] = zoneInfo[it->first];
        const double ratio = double(it->second) / double(capacity);
        if (ratio > worst || (ratio == worst && it->second > k.peakOccupancy)) {
            worst = ratio;
            k.peakZone = name;
            k.peakCapacity = capacity;
            k.peakOccupancy = it->second;
        }
    }
    return k;
}

QList<TrendPoint> DashboardQueries::trend(const QList<std::int64_t>& siteIds, const Period& period,
                                          Granularity granularity) const
{
    QList<TrendPoint> points;
    if (!period.isValid()) {
        return points;
    }
    if (granularity == Granularity::Hour) {
        // Every local hour of every day (23 or 25 on DST days), empty ones included.
        QHash<std::int64_t, qsizetype> index;
        for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
            for (const auto utc : RomeTime::hourStarts(d)) {
                index.insert(utc, points.size());
                points.append({ d, RomeTime::localHour(utc), 0, 0, Money() });
            }
        }
        Statement stmt = scoped(m_db,
                                "SELECT h.hour_utc, SUM(h.visitors), "
                                "SUM(CASE WHEN p.category <> 'free' THEN h.visitors ELSE 0 END), "
                                "SUM(h.revenue_cents) FROM json_each(?1) s JOIN sales_hourly h "
                                "ON h.site_id = s.value AND h.day BETWEEN ?2 AND ?3 "
                                "JOIN ticket_products p ON p.id = h.product_id GROUP BY h.hour_utc",
                                siteIds, period);
        while (stmt.step()) {
            const auto it = index.constFind(stmt.int64(0));
            if (it != index.constEnd()) {
                TrendPoint& p = points[*it];
                p.visitors = stmt.int64(1);
                p.payingVisitors = stmt.int64(2);
                p.revenue = Money::fromCents(stmt.int64(3));
            }
        }
        return points;
    }
    // Days, weeks and months: one pass over the site-day rollup, bucketed here.
    QMap<QDate, qsizetype> index;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        const QDate start = bucketStart(d, granularity);
        if (!index.contains(start)) {
            index.insert(start, points.size());
            points.append({ start, -1, 0, 0, Money() });
        }
    }
    // Bucket positions by day offset, so the scan needs neither GROUP BY nor a date per row.
    QList<qsizetype> slotOfDay;
    slotOfDay.reserve(period.days());
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        slotOfDay.append(index.value(bucketStart(d, granularity)));
    }
    const std::int64_t first = period.from.toJulianDay();
    Statement stmt = scoped(m_db,
                            "SELECT d.day, d.visitors, d.paying_visitors, d.revenue_cents "
                            "FROM json_each(?1) s JOIN sales_site_daily d ON d.site_id = s.value "
                            "AND d.day BETWEEN ?2 AND ?3",
                            siteIds, period);
    while (stmt.step()) {
        TrendPoint& p = points[slotOfDay[stmt.int64(0) - first]];
        p.visitors += stmt.int64(1);
        p.payingVisitors += stmt.int64(2);
        p.revenue += Money::fromCents(stmt.int64(3));
    }
    return points;
}

QList<MixSlice> DashboardQueries::channelMix(const QList<std::int64_t>& siteIds, const Period& period) const
{
    QList<MixSlice> slices;
    for (const SalesChannel channel : kAllChannels) {
        slices.append({ channelCode(channel), channelName(channel), 0, 0, Money() });
    }
    if (!period.isValid()) {
        return slices;
    }
    for (const Part& part : split(period)) {
        Statement stmt = partQuery(m_db,
                                   "SELECT d.channel_id, SUM(d.tickets), SUM(d.visitors), SUM(d.revenue_cents) "
                                   "FROM json_each(?1) s JOIN sales_%1 d ON d.site_id = s.value "
                                   "AND d.%2 BETWEEN ?2 AND ?3 GROUP BY d.channel_id",
                                   siteIds, part);
        while (stmt.step()) {
            const auto index = stmt.int64(0) - 1;
            if (index >= 0 && index < slices.size()) {
                slices[index].tickets += stmt.int64(1);
                slices[index].visitors += stmt.int64(2);
                slices[index].revenue += Money::fromCents(stmt.int64(3));
            }
        }
    }
    return slices;
}

QList<MixSlice> DashboardQueries::categoryMix(const QList<std::int64_t>& siteIds, const Period& period) const
{
    QList<MixSlice> slices;
    if (!period.isValid()) {
        return slices;
    }
    QMap<std::pair<int, QString>, MixSlice> byKey; // (category order, free reason) -> slice
    for (const Part& part : split(period)) {
        Statement stmt = partQuery(m_db,
                                   "SELECT p.category, p.free_reason, SUM(d.tickets), SUM(d.visitors), "
                                   "SUM(d.revenue_cents) FROM json_each(?1) s JOIN sales_%1 d ON d.site_id = s.value "
                                   "AND d.%2 BETWEEN ?2 AND ?3 JOIN ticket_products p ON p.id = d.product_id "
                                   "GROUP BY p.category, p.free_reason",
                                   siteIds, part);
        while (stmt.step()) {
            const auto category = categoryFromCode(stmt.text(0)).value_or(TicketCategory::Full);
            const auto reason = freeReasonFromCode(stmt.text(1)).value_or(FreeReason::None);
            MixSlice& slice = byKey[{ static_cast<int>(category), stmt.text(1) }];
            if (slice.code.isEmpty()) {
                if (category == TicketCategory::Free) {
                    slice.code = QStringLiteral("free:") + freeReasonCode(reason);
                    slice.label
                        = QCoreApplication::translate("core::DashboardQueries", "Free: %1").arg(freeReasonName(reason));
                } else {
                    slice.code = categoryCode(category);
                    slice.label = categoryName(category);
                }
            }
            slice.tickets += stmt.int64(2);
            slice.visitors += stmt.int64(3);
            slice.revenue += Money::fromCents(stmt.int64(4));
        }
    }
    slices = byKey.values();
    // Full, reduced, then the free reasons by how many visitors they covered.
    std::stable_sort(slices.begin(), slices.end(), [](const MixSlice& a, const MixSlice& b) {
        const bool freeA = a.code.startsWith(QLatin1String("free:"));
        const bool freeB = b.code.startsWith(QLatin1String("free:"));
        if (freeA != freeB) {
            return !freeA;
        }
        return freeA ? a.visitors > b.visitors : a.code == QLatin1String("full");
    });
    return slices;
}

Heatmap DashboardQueries::heatmap(const QList<std::int64_t>& siteIds, const Period& period) const
{
    Heatmap map{};
    // Whole months from the monthly rollup; the ragged days from the hourly rows.
    // Summed here rather than with GROUP BY: SQLite would sort every cell first.
    for (const Part& part : split(period)) {
        if (part.monthly) {
            Statement stmt = partQuery(m_db,
                                       "SELECT m.weekday, m.hour, m.visitors FROM json_each(?1) s "
                                       "JOIN visits_heatmap_%1 m ON m.site_id = s.value AND m.%2 BETWEEN ?2 AND ?3",
                                       siteIds, part);
            while (stmt.step()) {
                map[static_cast<size_t>(stmt.int64(0) - 1)][static_cast<size_t>(stmt.int64(1))] += stmt.int64(2);
            }
            continue;
        }
        Statement stmt = scoped(m_db,
                                "SELECT h.day, h.hour_utc, h.visitors FROM json_each(?1) s JOIN sales_hourly h "
                                "ON h.site_id = s.value AND h.day BETWEEN ?2 AND ?3 WHERE h.visitors > 0",
                                siteIds, { QDate::fromJulianDay(part.first), QDate::fromJulianDay(part.last) });
        while (stmt.step()) {
            // A Julian day number modulo 7 is 0 on Mondays.
            map[static_cast<size_t>(stmt.int64(0) % 7)][static_cast<size_t>(RomeTime::localHour(stmt.int64(1)))]
                += stmt.int64(2);
        }
    }
    return map;
}

QList<ZoneSummary> DashboardQueries::zones(std::int64_t siteId, const Period& period) const
{
    QList<ZoneSummary> result;
    QHash<std::int64_t, qsizetype> index;
    Statement list = m_db.prepare("SELECT id, code, name, indoor, capacity FROM zones WHERE site_id = ? ORDER BY id");
    list.bind(1, siteId);
    while (list.step()) {
        index.insert(list.int64(0), result.size());
        ZoneSummary z;
        z.zoneId = list.int64(0);
        z.code = list.text(1);
        z.name = list.text(2);
        z.indoor = list.integer(3) != 0;
        z.capacity = list.integer(4);
        result.append(z);
    }
    // Weighted sums first; averages at the end.
    QList<std::array<double, 4>> sums(result.size(), { 0, 0, 0, 0 }); // occupancy, temp, temp weight, rh, (rh w)
    QList<double> humidityWeight(result.size(), 0);
    for (const Part& part : split(period)) {
        Statement stmt = partQuery(
            m_db,
            part.monthly
                ? "SELECT d.zone_id, MAX(d.occupancy_max), SUM(d.occupancy_hours), SUM(d.hours), "
                  "SUM(d.hours_temp_out), "
                  "SUM(d.hours_rh_out), SUM(d.hours_lux_out), SUM(d.hours_out), SUM(d.temperature_hours), "
                  "SUM(d.climate_hours), SUM(d.humidity_hours), SUM(d.humidity_weight) FROM json_each(?1) s "
                  "JOIN zones z ON z.site_id = s.value JOIN zone_%1 d ON d.zone_id = z.id AND d.%2 BETWEEN ?2 AND ?3 "
                  "GROUP BY d.zone_id"
                : "SELECT d.zone_id, MAX(d.occupancy_max), SUM(d.occupancy_avg * d.hours), SUM(d.hours), "
                  "SUM(d.hours_temp_out), SUM(d.hours_rh_out), SUM(d.hours_lux_out), SUM(d.hours_out), "
                  "COALESCE(SUM(d.temperature_avg * d.hours), 0), "
                  "COALESCE(SUM(CASE WHEN d.temperature_avg IS NOT NULL THEN d.hours END), 0), "
                  "COALESCE(SUM(d.humidity_avg * d.hours), 0), "
                  "COALESCE(SUM(CASE WHEN d.humidity_avg IS NOT NULL THEN d.hours END), 0) FROM json_each(?1) s "
                  "JOIN zones z ON z.site_id = s.value JOIN zone_%1 d ON d.zone_id = z.id AND d.%2 BETWEEN ?2 AND ?3 "
                  "GROUP BY d.zone_id",
            { siteId }, part);
        while (stmt.step()) {
            const auto it = index.constFind(stmt.int64(0));
            if (it == index.constEnd()) {
                continue;
            }
            ZoneSummary& z = result[*it];
            z.peakOccupancy = std::max(z.peakOccupancy, stmt.int64(1));
            sums[*it][0] += stmt.real(2);
            z.hours += stmt.int64(3);
            z.hoursTemperatureOut += stmt.int64(4);
            z.hoursHumidityOut += stmt.int64(5);
            z.hoursLuxOut += stmt.int64(6);
            z.hoursOut += stmt.int64(7);
            sums[*it][1] += stmt.real(8);
            sums[*it][2] += stmt.real(9);
            sums[*it][3] += stmt.real(10);
            humidityWeight[*it] += stmt.real(11);
        }
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        ZoneSummary& z = result[i];
        z.averageOccupancy = z.hours > 0 ? sums[i][0] / double(z.hours) : 0.0;
        if (sums[i][2] > 0) {
            z.temperatureAvg = sums[i][1] / sums[i][2];
        }
        if (humidityWeight[i] > 0) {
            z.humidityAvg = sums[i][3] / humidityWeight[i];
        }
    }
    return result;
}

QList<ProfileCell> DashboardQueries::profile(const QList<std::int64_t>& siteIds, const Period& period,
                                             const QString& dimension, int k) const
{
    QMap<QString, std::int64_t> counts;
    for (const QString& bucket : knownBuckets(dimension)) {
        counts.insert(bucket, 0);
    }
    for (const Part& part : split(period)) {
        Statement stmt = partQuery(m_db,
                                   "SELECT p.bucket, SUM(p.visitors) FROM json_each(?1) s "
                                   "JOIN visitor_profile_%1 p ON p.site_id = s.value AND p.%2 BETWEEN ?2 AND ?3 "
                                   "AND p.dimension = ?4 GROUP BY p.bucket",
                                   siteIds, part);
        stmt.bind(4, dimension);
        while (stmt.step()) {
            counts[stmt.text(0)] += stmt.int64(1);
        }
    }
    QList<ProfileCell> cells;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        cells.append({ it.key(), it.value(), it.value() < k });
    }
    // Secondary suppression: a lone hidden cell could be recovered from the total.
    const auto hidden = std::count_if(cells.cbegin(), cells.cend(), [](const ProfileCell& c) { return c.suppressed; });
    if (hidden == 1 && cells.size() > 1) {
        qsizetype smallest = -1;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!cells[i].suppressed && (smallest < 0 || *cells[i].visitors < *cells[smallest].visitors)) {
                smallest = i;
            }
        }
        cells[smallest].suppressed = true;
    }
    for (ProfileCell& c : cells) {
        if (c.suppressed) {
            c.visitors.reset();
        }
    }
    return cells;
}

QList<SiteRank> DashboardQueries::ranking(const QList<std::int64_t>& siteIds, const Period& period) const
{
    QList<SiteRank> ranks;
    if (!period.isValid()) {
        return ranks;
    }
    QHash<std::int64_t, qsizetype> index;
    Statement names = m_db.prepare("SELECT s.id, s.code, s.name FROM json_each(?1) j JOIN sites s ON s.id = j.value");
    names.bind(1, siteIdArray(siteIds));
    QList<QDate> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1)) {
        months.append(m);
    }
    while (names.step()) {
        index.insert(names.int64(0), ranks.size());
        ranks.append(
            { names.int64(0), names.text(1), names.text(2), 0, Money(), 0, QList<std::int64_t>(months.size(), 0) });
    }
    const QDate firstMonth = months.isEmpty() ? period.from : months.first();
    QList<int> monthOfDay; // sparkline slot of each day of the period
    monthOfDay.reserve(period.days());
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        monthOfDay.append((d.year() - firstMonth.year()) * 12 + d.month() - firstMonth.month());
    }
    const std::int64_t first = period.from.toJulianDay();
    SiteRank* current = nullptr;
    std::int64_t currentId = -1;
    Statement stmt = scoped(m_db,
                            "SELECT d.site_id, d.day, d.visitors, d.revenue_cents FROM json_each(?1) s "
                            "JOIN sales_site_daily d ON d.site_id = s.value AND d.day BETWEEN ?2 AND ?3",
                            siteIds, period);
    while (stmt.step()) {
        if (stmt.int64(0) != currentId) { // rows come site by site
            currentId = stmt.int64(0);
            current = &ranks[index.value(currentId)];
        }
        current->visitors += stmt.int64(2);
        current->revenue += Money::fromCents(stmt.int64(3));
        current->monthly[monthOfDay[stmt.int64(1) - first]] += stmt.int64(2);
    }
    Statement before = scoped(m_db,
                              "SELECT d.site_id, SUM(d.visitors) FROM json_each(?1) s JOIN sales_site_daily d "
                              "ON d.site_id = s.value AND d.day BETWEEN ?2 AND ?3 GROUP BY d.site_id",
                              siteIds, period.lastYearAligned());
    while (before.step()) {
        ranks[index.value(before.int64(0))].visitorsLastYear = before.int64(1);
    }
    std::stable_sort(ranks.begin(), ranks.end(), [](const SiteRank& a, const SiteRank& b) {
        return a.visitors != b.visitors ? a.visitors > b.visitors : a.code < b.code;
    });
    return ranks;
}

QList<AlertRow> DashboardQueries::alerts(const QList<std::int64_t>& siteIds, const Period& period, int limit) const
{
    QList<AlertRow> rows;
    if (!period.isValid()) {
        return rows;
    }
    Statement stmt = m_db.prepare(
        "SELECT a.id, s.code, COALESCE(z.name, ''), a.raised_utc, a.kind, a.severity, a.title, a.detail, "
        "a.acknowledged_utc IS NOT NULL FROM json_each(?1) j JOIN alerts a ON a.site_id = j.value "
        "AND a.raised_utc >= ?2 AND a.raised_utc < ?3 JOIN sites s ON s.id = a.site_id "
        "LEFT JOIN zones z ON z.id = a.zone_id ORDER BY a.raised_utc DESC, a.id DESC LIMIT ?4");
    stmt.bind(1, siteIdArray(siteIds))
        .bind(2, RomeTime::startOfDay(period.from))
        .bind(3, RomeTime::startOfDay(period.to.addDays(1)))
        .bind(4, limit);
    while (stmt.step()) {
        rows.append({ stmt.int64(0), stmt.text(1), stmt.text(2), stmt.int64(3), stmt.text(4), stmt.text(5),
                      stmt.text(6), stmt.text(7), stmt.integer(8) != 0 });
    }
    return rows;
}

} // namespace core
