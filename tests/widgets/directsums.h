#pragma once

// Sums straight from the hourly sales table, the ground truth the dashboard's
// figures (read from the daily rollup) must equal.
#include "core/cache.h"
#include "core/database.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <cstdint>

namespace testsupport {

struct DirectSums
{
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
    std::int64_t paying = 0;
    std::int64_t free = 0;
    std::int64_t revenueCents = 0;
    QMap<QDate, std::int64_t> visitorsByDay; // days with sales only
};

inline DirectSums directSums(const QString& dataDir, const QList<std::int64_t>& siteIds, const QDate& from,
                             const QDate& to)
{
    QStringList ids;
    for (const auto id : siteIds) {
        ids << QString::number(id);
    }
    core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadOnly);
    const QString where = QStringLiteral("FROM sales_hourly h JOIN ticket_products p ON p.id = h.product_id "
                                         "WHERE h.site_id IN (%1) AND h.day BETWEEN ?1 AND ?2")
                              .arg(ids.join(QLatin1Char(',')));
    DirectSums sums;
    core::Statement total
        = db.prepare(QStringLiteral("SELECT COALESCE(SUM(h.tickets), 0), COALESCE(SUM(h.visitors), 0), "
                                    "COALESCE(SUM(CASE WHEN p.category <> 'free' THEN h.visitors ELSE 0 END), 0), "
                                    "COALESCE(SUM(CASE WHEN p.category = 'free' THEN h.visitors ELSE 0 END), 0), "
                                    "COALESCE(SUM(h.revenue_cents), 0) ")
                     + where);
    total.bind(1, from.toJulianDay()).bind(2, to.toJulianDay());
    if (total.step()) {
        sums.tickets = total.int64(0);
        sums.visitors = total.int64(1);
        sums.paying = total.int64(2);
        sums.free = total.int64(3);
        sums.revenueCents = total.int64(4);
    }
    core::Statement daily
        = db.prepare(QStringLiteral("SELECT h.day, SUM(h.visitors) ") + where + QStringLiteral(" GROUP BY h.day"));
    daily.bind(1, from.toJulianDay()).bind(2, to.toJulianDay());
    while (daily.step()) {
        sums.visitorsByDay.insert(QDate::fromJulianDay(daily.int64(0)), daily.int64(1));
    }
    return sums;
}

inline QDate lastSalesDay(const QString& dataDir)
{
    core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadOnly);
    return QDate::fromJulianDay(db.scalar("SELECT MAX(day) FROM sales_hourly"));
}

inline QList<std::int64_t> allSiteIds(const QString& dataDir)
{
    core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadOnly);
    core::Statement stmt = db.prepare("SELECT id FROM sites ORDER BY id");
    QList<std::int64_t> ids;
    while (stmt.step()) {
        ids << stmt.int64(0);
    }
    return ids;
}

} // namespace testsupport
