#include "feedrows.h"

#include "core/database.h"

#include <QCryptographicHash>

#include <boost/json.hpp>

#include <algorithm>

namespace synctest {

namespace json = boost::json;

namespace {
// Reals to 12 significant digits: the same on both sides even if a JSON parser
// lands one unit in the last place away.
QString realText(double value)
{
    return QString::number(value, 'g', 12);
}

QString idList(const QList<std::int64_t>& ids)
{
    QStringList parts;
    for (std::int64_t id : ids) {
        parts << QString::number(id);
    }
    return parts.isEmpty() ? QStringLiteral("-1") : parts.join(QLatin1Char(','));
}
} // namespace

const QMap<QString, QStringList>& FeedRows::expectedColumns()
{
    static const QMap<QString, QStringList> columns = {
        { QStringLiteral("sales_hourly"),
          QStringLiteral("site_id hour_utc channel_id product_id day tickets visitors revenue_cents")
              .split(QLatin1Char(' ')) },
        { QStringLiteral("sales_daily"),
          QStringLiteral("site_id day channel_id product_id tickets visitors revenue_cents").split(QLatin1Char(' ')) },
        { QStringLiteral("zone_sensor_hourly"),
          QStringLiteral("zone_id hour_utc day people_in people_out occupancy_avg occupancy_max temperature_c "
                         "temperature_min temperature_max humidity_pct humidity_min humidity_max lux co2_ppm")
              .split(QLatin1Char(' ')) },
        { QStringLiteral("microcell_hourly"),
          QStringLiteral("site_id hour_utc day devices_avg devices_max").split(QLatin1Char(' ')) },
        { QStringLiteral("visitor_profile_monthly"),
          QStringLiteral("site_id month dimension bucket visitors").split(QLatin1Char(' ')) },
        { QStringLiteral("alerts"),
          QStringLiteral("id site_id zone_id raised_utc kind severity title detail acknowledged_utc ack_comment")
              .split(QLatin1Char(' ')) },
        { QStringLiteral("slot_sales"),
          QStringLiteral("site_id day slot_start channel_id tickets").split(QLatin1Char(' ')) },
    };
    return columns;
}

FeedRows FeedRows::fromDatabase(core::Database& db, const QList<std::int64_t>& siteIds, int k)
{
    FeedRows result;
    const QString ids = idList(siteIds);
    for (auto it = expectedColumns().cbegin(); it != expectedColumns().cend(); ++it) {
        const QString filter = it.key() == QLatin1String("zone_sensor_hourly")
            ? QStringLiteral("zone_id IN (SELECT id FROM zones WHERE site_id IN (%1))").arg(ids)
            : QStringLiteral("site_id IN (%1)").arg(ids);
        QString sql
            = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(it.value().join(QLatin1Char(',')), it.key(), filter);
        if (it.key() == QLatin1String("visitor_profile_monthly")) {
            // Only the cells the hub may show (k = 10), worked out independently of the
            // hub's SQL: no cell under k, and never exactly one hidden per site, month and
            // dimension (then the smallest shown one goes too). On a client cache, which
            // holds only shown cells, this keeps them all.
            sql = QStringLiteral(
                      "WITH c AS (SELECT site_id, month, dimension, bucket, visitors, "
                      "SUM(visitors < %2) OVER w AS small, MIN(CASE WHEN visitors >= %2 THEN visitors END) OVER w AS "
                      "smallest FROM visitor_profile_monthly WHERE %1 WINDOW w AS (PARTITION BY site_id, month, "
                      "dimension)) SELECT site_id, month, dimension, bucket, visitors FROM c WHERE visitors >= %2 AND "
                      "NOT (small = 1 AND visitors = smallest)")
                      .arg(filter)
                      .arg(k);
        }
        core::Statement stmt = db.prepare(sql);
        QStringList& lines = result.m_rows[it.key()];
        while (stmt.step()) {
            QStringList values;
            for (int c = 0; c < stmt.columnCount(); ++c) {
                if (stmt.isNull(c)) {
                    values << QStringLiteral("null");
                    continue;
                }
                // The schema's REAL columns hold doubles, the rest integers or text.
                const QString column = it.value().at(c);
                const bool real = column.endsWith(QLatin1String("_avg"))
                    || column.startsWith(QLatin1String("temperature")) || column.startsWith(QLatin1String("humidity"))
                    || column == QLatin1String("lux") || column == QLatin1String("co2_ppm");
                const bool text = column == QLatin1String("dimension") || column == QLatin1String("bucket")
                    || column == QLatin1String("kind") || column == QLatin1String("severity")
                    || column == QLatin1String("title") || column == QLatin1String("detail")
                    || column == QLatin1String("ack_comment");
                values << (real ? realText(stmt.real(c)) : text ? stmt.text(c) : QString::number(stmt.int64(c)));
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    return result;
}

bool FeedRows::addPage(const std::string& text, QString* error, QString* next, bool* hasMore)
{
    boost::system::error_code ec;
    const json::value page = json::parse(text, ec);
    if (ec || !page.is_object()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    const json::object& root = page.as_object();
    if (!root.contains("next") || !root.at("next").is_string() || !root.contains("has_more")
        || !root.at("has_more").is_bool() || !root.contains("tables") || !root.at("tables").is_object()
        || !root.contains("count")) {
        *error = QStringLiteral("missing next/has_more/count/tables");
        return false;
    }
    if (next) {
        *next = QString::fromStdString(std::string(root.at("next").as_string()));
    }
    if (hasMore) {
        *hasMore = root.at("has_more").as_bool();
    }
    std::int64_t rows = 0;
    for (const auto& [name, value] : root.at("tables").as_object()) {
        const QString table = QString::fromStdString(std::string(name));
        if (!expectedColumns().contains(table)) {
            *error = QStringLiteral("unexpected table %1").arg(table);
            return false;
        }
        QStringList columns;
        for (const json::value& column : value.at("columns").as_array()) {
            columns << QString::fromStdString(std::string(column.as_string()));
        }
        if (columns != expectedColumns().value(table)) {
            *error = QStringLiteral("columns of %1: %2").arg(table, columns.join(QLatin1Char(',')));
            return false;
        }
        QStringList& lines = m_rows[table];
        for (const json::value& row : value.at("rows").as_array()) {
            QStringList values;
            if (row.as_array().size() != static_cast<std::size_t>(columns.size())) {
                *error = QStringLiteral("a row of %1 has the wrong width").arg(table);
                return false;
            }
            for (const json::value& cell : row.as_array()) {
                if (cell.is_null()) {
                    values << QStringLiteral("null");
                } else if (cell.is_int64()) {
                    values << QString::number(cell.as_int64());
                } else if (cell.is_double()) {
                    values << realText(cell.as_double());
                } else if (cell.is_string()) {
                    values << QString::fromUtf8(cell.as_string().data(),
                                                static_cast<qsizetype>(cell.as_string().size()));
                } else {
                    *error = QStringLiteral("unexpected value in %1").arg(table);
                    return false;
                }
            }
            ++rows;
            // A suppressed profile cell (null) is not a row a client keeps.
            if (table == QLatin1String("visitor_profile_monthly") && values.last() == QLatin1String("null")) {
                continue;
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    if (rows != root.at("count").to_number<std::int64_t>()) {
        *error = QStringLiteral("count says %1, rows are %2").arg(root.at("count").to_number<std::int64_t>()).arg(rows);
        return false;
    }
    return true;
}

std::int64_t FeedRows::count() const
{
    std::int64_t total = 0;
    for (const QStringList& lines : m_rows) {
        total += lines.size();
    }
    return total;
}

QByteArray FeedRows::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        QStringList sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        hash.addData(it.key().toUtf8());
        for (const QString& line : sorted) {
            hash.addData(line.toUtf8());
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

QSet<std::int64_t> FeedRows::siteIds(const QMap<std::int64_t, std::int64_t>& zoneSites) const
{
    QSet<std::int64_t> ids;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool byZone = it.key() == QLatin1String("zone_sensor_hourly");
        const int column = it.key() == QLatin1String("alerts") ? 1 : 0;
        for (const QString& line : it.value()) {
            const std::int64_t id = line.section(QLatin1Char('|'), column, column).toLongLong();
            ids.insert(byZone ? zoneSites.value(id, -1) : id);
        }
    }
    return ids;
}

QMap<std::int64_t, std::int64_t> zoneSites(core::Database& db)
{
    QMap<std::int64_t, std::int64_t> map;
    core::Statement stmt = db.prepare("SELECT id, site_id FROM zones");
    while (stmt.step()) {
        map.insert(stmt.int64(0), stmt.int64(1));
    }
    return map;
}

QList<std::int64_t> siteIdsByCode(core::Database& db, const QStringList& codes)
{
    QList<std::int64_t> ids;
    core::Statement stmt = db.prepare("SELECT id FROM sites WHERE code = ?");
    for (const QString& code : codes) {
        stmt.bind(1, code);
        if (stmt.step()) {
            ids << stmt.int64(0);
        }
        stmt.reset();
    }
    return ids;
}

QList<std::int64_t> siteIdsInRegion(core::Database& db, const QString& regionCode)
{
    QList<std::int64_t> ids;
    core::Statement stmt
        = db.prepare("SELECT s.id FROM sites s JOIN regions r ON r.id = s.region_id WHERE r.code = ? ORDER BY s.id");
    stmt.bind(1, regionCode);
    while (stmt.step()) {
        ids << stmt.int64(0);
    }
    return ids;
}

} // namespace synctest
