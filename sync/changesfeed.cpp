#include "sync/changesfeed.h"

#include "core/database.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace cruscotto::sync {

namespace {

enum class Kind
{
    Integer,
    Real,
    Text,
    OptionalInteger,
    OptionalReal,
    OptionalText
};

struct Column
{
    const char* name;
    Kind kind;
    const char* expression = nullptr; // computed instead of read as is
};

// Privacy by design: the visitor profile leaves the hub only as monthly cells per
// site with at least k visitors (?3). Where exactly one cell of a site, month and
// dimension would be hidden, the next smallest is hidden too, so the site's total
// cannot give it away. Hidden cells travel as null (a client drops them).
const char* const kSuppressedVisitors
    = "CASE WHEN visitors < ?3 THEN NULL "
      "WHEN (SELECT COUNT(*) FROM visitor_profile_monthly x WHERE x.site_id = visitor_profile_monthly.site_id "
      "AND x.month = visitor_profile_monthly.month AND x.dimension = visitor_profile_monthly.dimension "
      "AND x.visitors < ?3) = 1 AND visitors = (SELECT MIN(x.visitors) FROM visitor_profile_monthly x "
      "WHERE x.site_id = visitor_profile_monthly.site_id AND x.month = visitor_profile_monthly.month "
      "AND x.dimension = visitor_profile_monthly.dimension AND x.visitors >= ?3) THEN NULL ELSE visitors END";

struct FeedTable
{
    const char* name;
    std::vector<Column> columns;
    // Restricts the rows to the user's sites (?2 is the user id).
    const char* scope;
};

const char* const kBySite = "site_id IN (SELECT site_id FROM user_sites WHERE user_id = ?2)";
const char* const kByZone
    = "zone_id IN (SELECT z.id FROM zones z JOIN user_sites us ON us.site_id = z.site_id WHERE us.user_id = ?2)";

// Funding tables go to users whose sites include the table's site, or lie in its region.
#define CRUSCOTTO_FUNDING_SCOPE                                                                                     \
    "(scope_kind = 'site' AND scope_code IN (SELECT s.code FROM sites s JOIN user_sites us ON us.site_id = s.id "     \
    "WHERE us.user_id = ?2)) OR (scope_kind = 'region' AND scope_code IN (SELECT r.code FROM regions r JOIN sites s " \
    "ON s.region_id = r.id JOIN user_sites us ON us.site_id = s.id WHERE us.user_id = ?2))"
const char* const kFundingScope = CRUSCOTTO_FUNDING_SCOPE;
const char* const kFundingLineScope = "table_code IN (SELECT code FROM funding_tables WHERE " CRUSCOTTO_FUNDING_SCOPE ")";
#undef CRUSCOTTO_FUNDING_SCOPE

const std::vector<FeedTable>& feedTables()
{
    static const std::vector<FeedTable> tables = {
        { "sales_hourly",
          { { "site_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "product_id", Kind::Integer },
            { "day", Kind::Integer },
            { "tickets", Kind::Integer },
            { "visitors", Kind::Integer },
            { "revenue_cents", Kind::Integer } },
          kBySite },
        { "sales_daily",
          { { "site_id", Kind::Integer },
            { "day", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "product_id", Kind::Integer },
            { "tickets", Kind::Integer },
            { "visitors", Kind::Integer },
            { "revenue_cents", Kind::Integer } },
          kBySite },
        { "zone_sensor_hourly",
          { { "zone_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "day", Kind::Integer },
            { "people_in", Kind::Integer },
            { "people_out", Kind::Integer },
            { "occupancy_avg", Kind::Real },
            { "occupancy_max", Kind::Integer },
            { "temperature_c", Kind::OptionalReal },
            { "temperature_min", Kind::OptionalReal },
            { "temperature_max", Kind::OptionalReal },
            { "humidity_pct", Kind::OptionalReal },
            { "humidity_min", Kind::OptionalReal },
            { "humidity_max", Kind::OptionalReal },
            { "lux", Kind::OptionalReal },
            { "co2_ppm", Kind::OptionalReal } },
          kByZone },
        { "microcell_hourly",
          { { "site_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "day", Kind::Integer },
            { "devices_avg", Kind::Real },
            { "devices_max", Kind::Integer } },
          kBySite },
        { "visitor_profile_monthly",
          { { "site_id", Kind::Integer },
            { "month", Kind::Integer },
            { "dimension", Kind::Text },
            { "bucket", Kind::Text },
            { "visitors", Kind::OptionalInteger, kSuppressedVisitors } },
          kBySite },
        { "alerts",
          { { "id", Kind::Integer },
            { "site_id", Kind::Integer },
            { "zone_id", Kind::OptionalInteger },
            { "raised_utc", Kind::Integer },
            { "kind", Kind::Text },
            { "severity", Kind::Text },
            { "title", Kind::Text },
            { "detail", Kind::Text },
            { "acknowledged_utc", Kind::OptionalInteger },
            { "ack_comment", Kind::OptionalText } },
          kBySite },
        // Visitors per time slot and channel, so counters online know what is left.
        { "slot_sales",
          { { "site_id", Kind::Integer },
            { "day", Kind::Integer },
            { "slot_start", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "tickets", Kind::Integer } },
          kBySite },
        // Funded programmes (HubFunding): the table, then its lines of that generation.
        { "funding_tables",
          { { "code", Kind::Text },
            { "title", Kind::Text },
            { "scope_kind", Kind::Text },
            { "scope_code", Kind::Text },
            { "generation", Kind::Integer },
            { "imported_utc", Kind::Integer } },
          kFundingScope },
        { "funding_lines",
          { { "table_code", Kind::Text },
            { "position", Kind::Integer },
            { "generation", Kind::Integer },
            { "code", Kind::Text },
            { "description", Kind::Text },
            { "target", Kind::Text },
            { "deadline_text", Kind::Text },
            { "deadline_day", Kind::OptionalInteger },
            { "status", Kind::Text },
            { "funded_cents", Kind::Integer },
            { "committed_cents", Kind::Integer },
            { "in_progress_cents", Kind::Integer },
            { "spent_cents", Kind::Integer },
            { "notes", Kind::Text },
            { "parent", Kind::Integer } },
          kFundingLineScope },
    };
    return tables;
}

// One table's rev-ordered scan, stepped lazily by the merge; its rows are written
// straight into JSON text (millions of rows: no document tree in between).
struct Scan
{
    const FeedTable* table = nullptr;
    core::Statement stmt;
    bool hasRow = false;
    std::string rows;
};

void appendString(std::string& out, std::string_view text)
{
    static const char* const hex = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c; // UTF-8 passes through
        }
    }
    out += '"';
}

template <typename Number> void appendNumber(std::string& out, Number value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

// Integers as integers; reals in their shortest round-trip form ("13.1", and "22"
// for 22.0: readers take every number of a REAL column as a double); NULL as null.
void appendCell(std::string& out, const core::Statement& stmt, int column, Kind kind)
{
    const bool optional = kind == Kind::OptionalInteger || kind == Kind::OptionalReal || kind == Kind::OptionalText;
    if (optional && stmt.isNull(column)) {
        out += "null";
        return;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::OptionalInteger:
        appendNumber(out, stmt.int64(column));
        return;
    case Kind::Real:
    case Kind::OptionalReal: {
        const double value = stmt.real(column);
        if (std::isfinite(value)) {
            appendNumber(out, value);
        } else {
            out += "null"; // JSON has no NaN or infinity
        }
        return;
    }
    case Kind::Text:
    case Kind::OptionalText: {
        const QByteArray utf8 = stmt.text(column).toUtf8();
        appendString(out, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        return;
    }
    }
}

// The rev-ordered scan of one table. INDEXED BY: the planner, seeing the scope
// filter on the primary key's first column, would otherwise rather read by key
// and sort the whole scope by rev.
std::string scanQuery(const FeedTable& table)
{
    std::string sql = "SELECT rev";
    for (const Column& column : table.columns) {
        sql += ", ";
        sql += column.expression ? column.expression : column.name;
    }
    return sql + " FROM " + table.name + " INDEXED BY " + table.name + "_rev WHERE rev > ?1 AND (" + table.scope
        + ") ORDER BY rev";
}

} // namespace

std::vector<std::string> ChangesFeed::scanQueries()
{
    std::vector<std::string> queries;
    for (const FeedTable& table : feedTables()) {
        queries.push_back(scanQuery(table));
    }
    return queries;
}

std::optional<std::int64_t> ChangesFeed::parseCursor(std::string_view text)
{
    if (text.empty()) {
        return 0;
    }
    if (text.size() > 18) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

std::string ChangesFeed::cursorText(std::int64_t revision)
{
    return std::to_string(revision);
}

ChangesFeed::Page ChangesFeed::read(core::Database& db, std::int64_t userId, std::int64_t since, int limit,
                                    int minimumCell)
{
    limit = std::clamp(limit, 1, MaxLimit);

    // One read transaction, so every table is read from the same snapshot.
    db.exec("BEGIN");
    struct EndRead
    {
        core::Database& db;
        ~EndRead()
        {
            try {
                db.exec("COMMIT");
            } catch (const core::DatabaseError&) { }
        }
    } endRead{ db };

    std::vector<Scan> scans;
    scans.reserve(feedTables().size());
    for (const FeedTable& table : feedTables()) {
        const std::string sql = scanQuery(table);
        Scan scan;
        scan.table = &table;
        scan.stmt = db.prepare(sql.c_str());
        scan.stmt.bind(1, since).bind(2, userId);
        if (scan.stmt.parameterCount() >= 3) {
            scan.stmt.bind(3, minimumCell);
        }
        scan.hasRow = scan.stmt.step();
        scans.push_back(std::move(scan));
    }

    Page page;
    page.next = since;
    // How far the feed goes right now, so a client can show progress and time left.
    const std::int64_t latest = db.scalar("SELECT last_rev FROM hub_revision WHERE id = 1");
    while (page.count < limit) {
        Scan* first = nullptr;
        for (Scan& scan : scans) {
            if (scan.hasRow && (!first || scan.stmt.int64(0) < first->stmt.int64(0))) {
                first = &scan;
            }
        }
        if (!first) {
            break;
        }
        page.next = first->stmt.int64(0);
        std::string& out = first->rows;
        out += out.empty() ? "[" : ",[";
        const std::vector<Column>& columns = first->table->columns;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            appendCell(out, first->stmt, static_cast<int>(i + 1), columns[i].kind);
        }
        out += ']';
        ++page.count;
        first->hasRow = first->stmt.step();
    }
    for (const Scan& scan : scans) {
        page.hasMore = page.hasMore || scan.hasRow;
    }

    std::size_t size = 128;
    for (const Scan& scan : scans) {
        size += scan.rows.size() + 512;
    }
    std::string& out = page.json;
    out.reserve(size);
    out += "{\"since\":";
    appendString(out, cursorText(since));
    out += ",\"next\":";
    appendString(out, cursorText(page.next));
    out += ",\"latest\":";
    appendString(out, cursorText(std::max(latest, page.next)));
    out += page.hasMore ? ",\"has_more\":true" : ",\"has_more\":false";
    out += ",\"count\":";
    appendNumber(out, page.count);
    out += ",\"tables\":{";
    bool firstTable = true;
    for (const Scan& scan : scans) {
        if (scan.rows.empty()) {
            continue;
        }
        out += firstTable ? "" : ",";
        firstTable = false;
        appendString(out, scan.table->name);
        out += ":{\"columns\":[";
        for (std::size_t i = 0; i < scan.table->columns.size(); ++i) {
            out += i > 0 ? "," : "";
            appendString(out, scan.table->columns[i].name);
        }
        out += "],\"rows\":[";
        out += scan.rows;
        out += "]}";
    }
    out += "}}";
    scans.clear(); // finalise the statements before the read transaction ends
    return page;
}

bool ChangesFeed::adoptMinimumCell(core::Database& writer, int minimumCell)
{
    core::Statement stored = writer.prepare("SELECT value FROM meta WHERE key = 'hub_profile_k'");
    const QString before = stored.step() ? stored.text(0) : QString();
    stored.reset();
    const QString now = QString::number(minimumCell);
    if (before == now) {
        return false;
    }
    core::Statement keep = writer.prepare("INSERT INTO meta (key, value) VALUES ('hub_profile_k', ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    keep.bind(1, now);
    keep.exec();
    if (before.isEmpty()) {
        return false;
    }
    writer.exec("UPDATE visitor_profile_monthly SET rev = 0");
    return true;
}

} // namespace cruscotto::sync
