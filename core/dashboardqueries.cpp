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

// Site ids travel as one JSON array so a single prepared statement serves any scope.
QString siteArray(const QList<std::int64_t>& siteIds)
{
    QStringList ids;
    ids.reserve(siteIds.size());
    for (const auto id : siteIds) {
        ids << QString::number(id);
    }
    return QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Binds ?1 = sites, ?2 = first day, ?3 = last day.
Statement scoped(Database& db, const char* sql, const QList<std::int64_t>& siteIds, const Period& period)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, siteArray(siteIds)).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
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
        return {QStringLiteral("0-17"), QStringLiteral("18-25"), QStringLiteral("26-39"), QStringLiteral("40-64"),
                QStringLiteral("65+")};
    }
    if (dimension == QLatin1String("group_type")) {
        return {QStringLiteral("individual"), QStringLiteral("family"), QStringLiteral("school"),
                QStringLiteral("organised_tour")};
    }
    if (dimension == QLatin1String("origin")) {
        return {QStringLiteral("IT:other"), QStringLiteral("EU"), QStringLiteral("non-EU")};
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
{
}

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
    // The zone that came closest to (or went furthest over) its capacity.
    Statement peak = scoped(m_db,
                            "SELECT z.name, z.capacity, MAX(d.occupancy_max) AS peak FROM json_each(?1) s "
                            "JOIN zones z ON z.site_id = s.value JOIN zone_daily d ON d.zone_id = z.id "
                            "AND d.day BETWEEN ?2 AND ?3 WHERE z.capacity > 0 GROUP BY z.id "
                            "ORDER BY peak * 1.0 / z.capacity DESC, peak DESC LIMIT 1",
                            siteIds, period);
    if (peak.step()) {
        k.peakZone = peak.text(0);
        k.peakCapacity = peak.int64(1);
        k.peakOccupancy = peak.int64(2);
    }
    Statement climate = scoped(m_db,
                               "SELECT COALESCE(SUM(d.hours), 0), COALESCE(SUM(d.hours - d.hours_out), 0) "
                               "FROM json_each(?1) s JOIN zones z ON z.site_id = s.value AND z.indoor = 1 "
                               "JOIN zone_daily d ON d.zone_id = z.id AND d.day BETWEEN ?2 AND ?3 "
                               "WHERE d.temperature_avg IS NOT NULL",
                               siteIds, period);
    if (climate.step()) {
        k.climateHours = climate.int64(0);
        k.climateHoursInRange = climate.int64(1);
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
                points.append({d, RomeTime::localHour(utc), 0, 0, Money()});
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
            points.append({start, -1, 0, 0, Money()});
        }
    }
    Statement stmt = scoped(m_db,
                            "SELECT d.day, SUM(d.visitors), SUM(d.paying_visitors), SUM(d.revenue_cents) "
                            "FROM json_each(?1) s JOIN sales_site_daily d ON d.site_id = s.value "
                            "AND d.day BETWEEN ?2 AND ?3 GROUP BY d.day",
                            siteIds, period);
    while (stmt.step()) {
        TrendPoint& p = points[index.value(bucketStart(QDate::fromJulianDay(stmt.int64(0)), granularity))];
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
        slices.append({channelCode(channel), channelName(channel), 0, 0, Money()});
    }
    if (!period.isValid()) {
        return slices;
    }
    Statement stmt = scoped(m_db,
                            "SELECT d.channel_id, SUM(d.tickets), SUM(d.visitors), SUM(d.revenue_cents) "
                            "FROM json_each(?1) s JOIN sales_daily d ON d.site_id = s.value "
                            "AND d.day BETWEEN ?2 AND ?3 GROUP BY d.channel_id",
                            siteIds, period);
    while (stmt.step()) {
        const auto index = stmt.int64(0) - 1;
        if (index >= 0 && index < slices.size()) {
            slices[index].tickets = stmt.int64(1);
            slices[index].visitors = stmt.int64(2);
            slices[index].revenue = Money::fromCents(stmt.int64(3));
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
    Statement stmt = scoped(m_db,
                            "SELECT p.category, p.free_reason, SUM(d.tickets), SUM(d.visitors), SUM(d.revenue_cents) "
                            "FROM json_each(?1) s JOIN sales_daily d ON d.site_id = s.value "
                            "AND d.day BETWEEN ?2 AND ?3 JOIN ticket_products p ON p.id = d.product_id "
                            "GROUP BY p.category, p.free_reason "
                            "ORDER BY CASE p.category WHEN 'full' THEN 0 WHEN 'reduced' THEN 1 ELSE 2 END, "
                            "SUM(d.visitors) DESC",
                            siteIds, period);
    while (stmt.step()) {
        const auto category = categoryFromCode(stmt.text(0)).value_or(TicketCategory::Full);
        const auto reason = freeReasonFromCode(stmt.text(1)).value_or(FreeReason::None);
        MixSlice slice;
        if (category == TicketCategory::Free) {
            slice.code = QStringLiteral("free:") + freeReasonCode(reason);
            slice.label = QCoreApplication::translate("core::DashboardQueries", "Free: %1").arg(freeReasonName(reason));
        } else {
            slice.code = categoryCode(category);
            slice.label = categoryName(category);
        }
        slice.tickets = stmt.int64(2);
        slice.visitors = stmt.int64(3);
        slice.revenue = Money::fromCents(stmt.int64(4));
        slices.append(slice);
    }
    return slices;
}

Heatmap DashboardQueries::heatmap(const QList<std::int64_t>& siteIds, const Period& period) const
{
    Heatmap map{};
    if (!period.isValid()) {
        return map;
    }
    // Whole months come from the monthly rollup; the ragged ends from the hourly rows.
    QDate wholeFrom = period.from.day() == 1 ? period.from : QDate(period.from.year(), period.from.month(), 1).addMonths(1);
    QDate wholeTo = period.to.day() == period.to.daysInMonth() ? period.to : QDate(period.to.year(), period.to.month(), 1).addDays(-1);
    const auto addHourly = [&](const Period& part) {
        if (!part.isValid()) {
            return;
        }
        Statement stmt = scoped(m_db,
                                "SELECT h.day % 7, rome_hour(h.hour_utc), SUM(h.visitors) FROM json_each(?1) s "
                                "JOIN sales_hourly h ON h.site_id = s.value AND h.day BETWEEN ?2 AND ?3 "
                                "GROUP BY 1, 2",
                                siteIds, part);
        while (stmt.step()) {
            map[static_cast<size_t>(stmt.int64(0))][static_cast<size_t>(stmt.int64(1))] += stmt.int64(2);
        }
    };
    if (wholeFrom > wholeTo) {
        addHourly(period);
        return map;
    }
    addHourly({period.from, wholeFrom.addDays(-1)});
    addHourly({wholeTo.addDays(1), period.to});
    Statement stmt = m_db.prepare("SELECT m.weekday, m.hour, SUM(m.visitors) FROM json_each(?1) s "
                                  "JOIN visits_heatmap_monthly m ON m.site_id = s.value AND m.month BETWEEN ?2 AND ?3 "
                                  "GROUP BY 1, 2");
    stmt.bind(1, siteArray(siteIds))
        .bind(2, wholeFrom.year() * 100 + wholeFrom.month())
        .bind(3, wholeTo.year() * 100 + wholeTo.month());
    while (stmt.step()) {
        map[static_cast<size_t>(stmt.int64(0) - 1)][static_cast<size_t>(stmt.int64(1))] += stmt.int64(2);
    }
    return map;
}

QList<ZoneSummary> DashboardQueries::zones(std::int64_t siteId, const Period& period) const
{
    QList<ZoneSummary> result;
    Statement stmt = m_db.prepare(
        "SELECT z.id, z.code, z.name, z.indoor, z.capacity, COALESCE(MAX(d.occupancy_max), 0), "
        "COALESCE(SUM(d.occupancy_avg * d.hours), 0), COALESCE(SUM(d.hours), 0), COALESCE(SUM(d.hours_temp_out), 0), "
        "COALESCE(SUM(d.hours_rh_out), 0), COALESCE(SUM(d.hours_lux_out), 0), COALESCE(SUM(d.hours_out), 0), "
        "SUM(d.temperature_avg * d.hours) / SUM(CASE WHEN d.temperature_avg IS NOT NULL THEN d.hours END), "
        "SUM(d.humidity_avg * d.hours) / SUM(CASE WHEN d.humidity_avg IS NOT NULL THEN d.hours END) "
        "FROM zones z LEFT JOIN zone_daily d ON d.zone_id = z.id AND d.day BETWEEN ?2 AND ?3 "
        "WHERE z.site_id = ?1 GROUP BY z.id ORDER BY z.id");
    stmt.bind(1, siteId).bind(2, period.from.toJulianDay()).bind(3, period.to.toJulianDay());
    while (stmt.step()) {
        ZoneSummary z;
        z.zoneId = stmt.int64(0);
        z.code = stmt.text(1);
        z.name = stmt.text(2);
        z.indoor = stmt.integer(3) != 0;
        z.capacity = stmt.integer(4);
        z.peakOccupancy = stmt.int64(5);
        z.hours = stmt.int64(7);
        z.averageOccupancy = z.hours > 0 ? stmt.real(6) / double(z.hours) : 0.0;
        z.hoursTemperatureOut = stmt.int64(8);
        z.hoursHumidityOut = stmt.int64(9);
        z.hoursLuxOut = stmt.int64(10);
        z.hoursOut = stmt.int64(11);
        if (!stmt.isNull(12)) {
            z.temperatureAvg = stmt.real(12);
        }
        if (!stmt.isNull(13)) {
            z.humidityAvg = stmt.real(13);
        }
        result.append(z);
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
    if (period.isValid()) {
        Statement stmt = scoped(m_db,
                                "SELECT p.bucket, SUM(p.visitors) FROM json_each(?1) s "
                                "JOIN visitor_profile_daily p ON p.site_id = s.value AND p.day BETWEEN ?2 AND ?3 "
                                "AND p.dimension = ?4 GROUP BY p.bucket",
                                siteIds, period);
        stmt.bind(4, dimension);
        while (stmt.step()) {
            counts[stmt.text(0)] += stmt.int64(1);
        }
    }
    QList<ProfileCell> cells;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        cells.append({it.key(), it.value(), it.value() < k});
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
    names.bind(1, siteArray(siteIds));
    QList<QDate> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1)) {
        months.append(m);
    }
    while (names.step()) {
        index.insert(names.int64(0), ranks.size());
        ranks.append({names.int64(0), names.text(1), names.text(2), 0, Money(), 0,
                      QList<std::int64_t>(months.size(), 0)});
    }
    const QDate firstMonth = months.isEmpty() ? period.from : months.first();
    Statement stmt = scoped(m_db,
                            "SELECT d.site_id, d.day, d.visitors, d.revenue_cents FROM json_each(?1) s "
                            "JOIN sales_site_daily d ON d.site_id = s.value AND d.day BETWEEN ?2 AND ?3",
                            siteIds, period);
    while (stmt.step()) {
        SiteRank& r = ranks[index.value(stmt.int64(0))];
        r.visitors += stmt.int64(2);
        r.revenue += Money::fromCents(stmt.int64(3));
        const QDate day = QDate::fromJulianDay(stmt.int64(1));
        const int month = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
        r.monthly[month] += stmt.int64(2);
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
    stmt.bind(1, siteArray(siteIds))
        .bind(2, RomeTime::startOfDay(period.from))
        .bind(3, RomeTime::startOfDay(period.to.addDays(1)))
        .bind(4, limit);
    while (stmt.step()) {
        rows.append({stmt.int64(0), stmt.text(1), stmt.text(2), stmt.int64(3), stmt.text(4), stmt.text(5),
                     stmt.text(6), stmt.text(7), stmt.integer(8) != 0});
    }
    return rows;
}

} // namespace core
