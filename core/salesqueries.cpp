#include "core/salesqueries.h"

#include "core/database.h"

#include <QStringList>

namespace core {

QString siteIdArray(const QList<std::int64_t>& siteIds)
{
    QStringList ids;
    ids.reserve(siteIds.size());
    for (const auto id : siteIds) {
        ids << QString::number(id);
    }
    return QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
}

SalesQueries::SalesQueries(Database& db)
    : m_db(db)
{ }

PeriodTotals SalesQueries::totals(const QList<std::int64_t>& siteIds, const QDate& from, const QDate& to) const
{
    Statement stmt = m_db.prepare(
        "SELECT COALESCE(SUM(d.tickets), 0), COALESCE(SUM(d.visitors), 0), "
        "COALESCE(SUM(CASE WHEN p.category <> 'free' THEN d.visitors END), 0), "
        "COALESCE(SUM(CASE WHEN p.category = 'free' THEN d.visitors END), 0), COALESCE(SUM(d.revenue_cents), 0) "
        "FROM json_each(?1) s JOIN sales_daily d ON d.site_id = s.value AND d.day BETWEEN ?2 AND ?3 "
        "JOIN ticket_products p ON p.id = d.product_id");
    stmt.bind(1, siteIdArray(siteIds)).bind(2, from.toJulianDay()).bind(3, to.toJulianDay());
    PeriodTotals t;
    if (stmt.step()) {
        t.tickets = stmt.int64(0);
        t.visitors = stmt.int64(1);
        t.payingVisitors = stmt.int64(2);
        t.freeVisitors = stmt.int64(3);
        t.revenue = Money::fromCents(stmt.int64(4));
    }
    return t;
}

QList<DailyPoint> SalesQueries::dailySeries(const QList<std::int64_t>& siteIds, const QDate& from,
                                            const QDate& to) const
{
    QList<DailyPoint> series;
    if (!from.isValid() || !to.isValid() || to < from) {
        return series;
    }
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        series.append({ d, 0, 0, Money() });
    }
    Statement stmt
        = m_db.prepare("SELECT d.day, SUM(d.visitors), SUM(CASE WHEN p.category <> 'free' THEN d.visitors ELSE 0 END), "
                       "SUM(d.revenue_cents) "
                       "FROM json_each(?1) s JOIN sales_daily d ON d.site_id = s.value AND d.day BETWEEN ?2 AND ?3 "
                       "JOIN ticket_products p ON p.id = d.product_id GROUP BY d.day");
    const std::int64_t first = from.toJulianDay();
    stmt.bind(1, siteIdArray(siteIds)).bind(2, first).bind(3, to.toJulianDay());
    while (stmt.step()) {
        DailyPoint& p = series[stmt.int64(0) - first];
        p.visitors = stmt.int64(1);
        p.payingVisitors = stmt.int64(2);
        p.revenue = Money::fromCents(stmt.int64(3));
    }
    return series;
}

std::pair<QDate, QDate> SalesQueries::dataRange() const
{
    Statement stmt = m_db.prepare("SELECT MIN(day), MAX(day) FROM sales_daily");
    if (stmt.step() && !stmt.isNull(0)) {
        return { QDate::fromJulianDay(stmt.int64(0)), QDate::fromJulianDay(stmt.int64(1)) };
    }
    return {};
}

} // namespace core
