#pragma once

#include "core/dashboardqueries.h"
#include "core/money.h"
#include "core/reportfile.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace core {

class Database;

// What a report covers: every site, the sites of one region, or one site.
struct ReportScope
{
    enum class Kind
    {
        All,
        Region,
        Site
    };
    Kind kind = Kind::All;
    QString name; // region name or code, or site code

    // "all", "region:NAME", "site:CODE"; nullopt for anything else.
    static std::optional<ReportScope> parse(const QString& text);
};

// A report that cannot be made as asked (unknown site or region, nothing in the
// period); the message is for a person.
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
};

// Report 1: monthly statistics in the shape of the ministry's survey: per site (and
// per region), by month, paying and non-paying visitors, total visitors and gross
// revenue, with a total per year. Months from the platform's first day of sales on
// come from the cache's rollups (through DashboardQueries, the dashboards' numbers);
// whole months before it come, for regions and the nation, from the ministry's
// published statistics (MinistryStats), where the split paying / non-paying is not
// published. A year that is wholly the ministry's totals to its published total.
class MonthlyReport
{
public:
    enum class Source
    {
        Platform,
        Ministry
    };

    struct Line
    {
        QString scope; // site code and name, region, or the nation
        int year = 0;
        int month = 0; // 1..12; 0 for the year's total
        std::optional<std::int64_t> payingVisitors;
        std::optional<std::int64_t> nonPayingVisitors;
        std::optional<std::int64_t> visitors;
        std::optional<Money> revenue;
        Source source = Source::Platform;
    };

    explicit MonthlyReport(Database& db);

    // Throws ReportError for an unknown site or region, a period that is not one, or
    // a period with no figures at all for the scope.
    QList<Line> build(const ReportScope& scope, const Period& period) const;

    // The lines as a table for the writers.
    static ReportTable table(const QList<Line>& lines);

private:
    Database& m_db;
};

} // namespace core
