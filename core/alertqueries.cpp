#include "core/alertqueries.h"

#include "core/database.h"
#include "core/rometime.h"

#include <QStringList>

namespace core {

namespace {
const char* const kColumns
    = "SELECT a.id, a.site_id, s.code, s.name, COALESCE(z.name, ''), a.raised_utc, a.kind, a.severity, a.title, "
      "a.detail, a.acknowledged_utc, COALESCE(a.ack_comment, '') ";

AlertEntry entryOf(const Statement& stmt)
{
    AlertEntry e;
    e.id = stmt.int64(0);
    e.siteId = stmt.int64(1);
    e.siteCode = stmt.text(2);
    e.siteName = stmt.text(3);
    e.zoneName = stmt.text(4);
    e.raisedUtc = stmt.int64(5);
    e.kind = stmt.text(6);
    e.severity = stmt.text(7);
    e.title = stmt.text(8);
    e.detail = stmt.text(9);
    if (!stmt.isNull(10)) {
        e.acknowledgedUtc = stmt.int64(10);
    }
    e.ackComment = stmt.text(11);
    return e;
}

QString siteArray(const QList<std::int64_t>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const auto id : ids) {
        parts << QString::number(id);
    }
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}
} // namespace

AlertQueries::AlertQueries(Database& db)
    : m_db(db)
{ }

QList<AlertEntry> AlertQueries::list(const AlertFilter& filter) const
{
    QList<AlertEntry> rows;
    if (!filter.period.isValid() || filter.siteIds.isEmpty()) {
        return rows;
    }
    // The alerts_site_time index answers each site's stretch of time.
    QString sql = QString::fromLatin1(kColumns)
        + QStringLiteral("FROM json_each(?1) j JOIN alerts a ON a.site_id = j.value "
                         "AND a.raised_utc >= ?2 AND a.raised_utc < ?3 JOIN sites s ON s.id = a.site_id "
                         "LEFT JOIN zones z ON z.id = a.zone_id WHERE (?4 = '' OR a.kind = ?4) "
                         "AND (?5 = '' OR a.severity = ?5)");
    if (!filter.includeAcknowledged) {
        sql += QStringLiteral(" AND a.acknowledged_utc IS NULL");
    }
    sql += QStringLiteral(" ORDER BY a.raised_utc DESC, a.id DESC LIMIT ?6");
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, siteArray(filter.siteIds))
        .bind(2, RomeTime::startOfDay(filter.period.from))
        .bind(3, RomeTime::startOfDay(filter.period.to.addDays(1)))
        .bind(4, filter.kind)
        .bind(5, filter.severity)
        .bind(6, filter.limit);
    while (stmt.step()) {
        rows.append(entryOf(stmt));
    }
    return rows;
}

std::optional<AlertEntry> AlertQueries::alert(std::int64_t alertId) const
{
    Statement stmt = m_db.prepare(QString::fromLatin1(kColumns)
                                  + QStringLiteral("FROM alerts a JOIN sites s ON s.id = a.site_id "
                                                   "LEFT JOIN zones z ON z.id = a.zone_id WHERE a.id = ?1"));
    stmt.bind(1, alertId);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return entryOf(stmt);
}

} // namespace core
