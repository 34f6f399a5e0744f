#pragma once

#include "core/money.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace core {

class Database;

// Totals over a set of sites and a range of local dates (inclusive).
struct PeriodTotals
{
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
    std::int64_t payingVisitors = 0;
    std::int64_t freeVisitors = 0;
    Money revenue;
    // Average revenue per paying visitor; zero when nobody paid.
    Money revenuePerPayingVisitor() const { return revenue.dividedBy(payingVisitors); }
};

struct DailyPoint
{
    QDate day;
    std::int64_t visitors = 0;
    std::int64_t payingVisitors = 0;
    Money revenue;
};

// Site ids as a JSON array ("[1,2,3]"), bound to one prepared statement and read
// with json_each(?), so the same statement serves any number of sites.
QString siteIdArray(const QList<std::int64_t>& siteIds);

// The sales figures the dashboards and reports show, read from the daily rollup.
// One query layer: every screen and export asks here.
class SalesQueries
{
public:
    explicit SalesQueries(Database& db);

    PeriodTotals totals(const QList<std::int64_t>& siteIds, const QDate& from, const QDate& to) const;
    // One point per day of the range, days without sales included (as zero).
    QList<DailyPoint> dailySeries(const QList<std::int64_t>& siteIds, const QDate& from, const QDate& to) const;
    // The first and last day with sales in the cache (null dates when empty).
    std::pair<QDate, QDate> dataRange() const;

private:
    Database& m_db;
};

} // namespace core
