#include "core/alertsreport.h"

#include "core/database.h"
#include "core/rometime.h"
#include "core/salesqueries.h"

#include <QHash>

#include <limits>

namespace core {

QString AlertsReport::kindName(const QString& kind)
{
    if (kind == QLatin1String("capacity")) {
        return tr("Capacity");
    }
    if (kind == QLatin1String("climate")) {
        return tr("Climate");
    }
    if (kind == QLatin1String("transaction")) {
        return tr("Transactions");
    }
    if (kind == QLatin1String("system")) {
        return tr("System");
    }
    return kind;
}

QString AlertsReport::severityName(const QString& severity)
{
    if (severity == QLatin1String("info")) {
        return tr("Information");
    }
    if (severity == QLatin1String("warning")) {
        return tr("Warning");
    }
    if (severity == QLatin1String("critical")) {
        return tr("Critical");
    }
    return severity;
}

void AlertsReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    const ResolvedScope scope = request.scope.resolve(cache);
    report.scopeText = scope.description();
    reportsupport::requireSales(cache, request.period);
    const QList<AlertRow> alerts
        = DashboardQueries(cache).alerts(scope.siteIds(), request.period, std::numeric_limits<int>::max());
    // The acknowledgement's time and comment, which the dashboards' list does not carry.
    struct Acknowledgement
    {
        std::int64_t utc = 0;
        QString comment;
    };
    QHash<std::int64_t, Acknowledgement> acks;
    Statement stmt = cache.prepare("SELECT a.id, a.acknowledged_utc, COALESCE(a.ack_comment, '') FROM json_each(?1) s "
                                   "JOIN alerts a ON a.site_id = s.value AND a.raised_utc >= ?2 AND a.raised_utc < ?3 "
                                   "WHERE a.acknowledged_utc IS NOT NULL");
    stmt.bind(1, siteIdArray(scope.siteIds()))
        .bind(2, RomeTime::startOfDay(request.period.from))
        .bind(3, RomeTime::startOfDay(request.period.to.addDays(1)));
    while (stmt.step()) {
        acks.insert(stmt.int64(0), { stmt.int64(1), stmt.text(2) });
    }

    ReportTable table;
    table.name = tr("Alerts");
    table.header = { tr("Id"),           tr("Raised (Rome time)"),
                     tr("Site"),         tr("Zone"),
                     tr("Kind"),         tr("Severity"),
                     tr("Alert"),        tr("Explanation"),
                     tr("Acknowledged"), tr("Acknowledged on (Rome time)"),
                     tr("Comment") };
    std::int64_t acknowledged = 0;
    QHash<QString, std::int64_t> bySeverity;
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) { // oldest first
        const AlertRow& a = *it;
        const Acknowledgement ack = acks.value(a.id);
        table.rows.append(
            { a.id, reportsupport::romeDateTime(a.raisedUtc), a.siteCode, a.zoneName, kindName(a.kind),
              severityName(a.severity), a.title, a.detail, a.acknowledged ? tr("yes") : tr("no"),
              a.acknowledged && ack.utc > 0 ? ReportCell(reportsupport::romeDateTime(ack.utc)) : ReportCell(),
              ack.comment });
        acknowledged += a.acknowledged ? 1 : 0;
        bySeverity[a.severity] += 1;
    }
    ReportTable summary;
    summary.name = tr("Alerts by severity");
    summary.header = { tr("Severity"), tr("Alerts") };
    for (const char* code : { "critical", "warning", "info" }) {
        summary.rows.append({ severityName(QLatin1String(code)), bySeverity.value(QLatin1String(code)) });
    }
    summary.rows.append({ tr("Acknowledged"), acknowledged });
    summary.rows.append({ tr("Total"), std::int64_t(alerts.size()) });
    report.tables.append(summary);
    report.tables.append(table);
    report.plainColumns.insert(table.name, { 0 }); // the alert's id
}

} // namespace core
