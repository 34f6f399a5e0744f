#include "core/report.h"

#include "core/rometime.h"
#include "core/salesqueries.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace core::reportsupport {

void requireSales(Database& cache, const Period& period)
{
    const auto [first, last] = SalesQueries(cache).dataRange();
    if (!first.isValid() || period.to < first || period.from > last) {
        throw ReportError(QCoreApplication::translate("core::Report",
                                                      "No figures for this scope from %1 to %2: the cache's sales "
                                                      "cover %3 to %4.")
                              .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                   first.isValid() ? first.toString(Qt::ISODate) : QStringLiteral("-"),
                                   last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("-")));
    }
}

ReportCell percent(double part, double of)
{
    if (of == 0) {
        return {};
    }
    return std::round(part * 1000.0 / of) / 10.0;
}

QString romeDateTime(std::int64_t utc)
{
    return QDateTime::fromSecsSinceEpoch(utc + RomeTime::offsetAt(utc), Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace core::reportsupport
