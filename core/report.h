#pragma once

#include "core/dashboardqueries.h"
#include "core/reportfile.h"
#include "core/reportscope.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace core {

class Database;

// A chart of a report, as data: the PDF draws it as vector paths.
struct ReportChart
{
    enum class Kind
    {
        Line, // one point per category, joined
        Bar // grouped bars per category
    };
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };
    Kind kind = Kind::Line;
    QString title;
    QString valueLabel; // what the values are: "Visitors", "Tickets"
    QStringList categories; // the x axis: months, channels, sites
    QList<Series> series;
};

// What a report asks for: the scope, the period and, for the ticket office's
// report, where the device's ledger is.
struct ReportRequest
{
    ReportScope scope;
    Period period;
    QString dataDir; // the data directory holding the cache and (on a counter) the ledger
    bool training = false; // office: the training ledger
};

// A report made, ready for any format: what it covers, how fresh its data is, its
// tables and its charts.
struct Report
{
    QString type; // the catalogue's id: "monthly", "regional", ...
    QString title; // translated
    QString scopeText; // translated: "Basilicata (12 sites)"
    Period period;
    QString freshness; // translated: "Sales up to 28/02/2025; last sync ..."
    std::int64_t generatedUtc = 0;
    QList<ReportTable> tables;
    QList<ReportChart> charts;
    // By table name: integer columns shown without thousands separators on paper and
    // screen (a year, an id), numbers still in the spreadsheets.
    QHash<QString, QList<int>> plainColumns;

    qint64 rowCount() const
    {
        qint64 n = 0;
        for (const ReportTable& t : tables) {
            n += t.rows.size();
        }
        return n;
    }
};

// Shared by the report types.
namespace reportsupport {
// Throws ReportError when the cache has no sales at all in the period.
void requireSales(Database& cache, const Period& period);
// A percentage rounded to one decimal (12.345 -> 12.3); nullopt when `of` is zero.
ReportCell percent(double part, double of);
// A UTC time as Rome's wall clock, "2025-02-28 17:05".
QString romeDateTime(std::int64_t utc);
} // namespace reportsupport

} // namespace core
