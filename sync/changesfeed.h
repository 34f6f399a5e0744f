#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {
class Database;
}

namespace cruscotto::sync {

// GET /v1/changes: every aggregate row a user may see, in revision order, paged.
//
// Each aggregate row carries a revision number (`rev`) unique across the tables
// and raised on every write, so "everything after cursor C" is `rev > C`. A page
// merges the tables' rev-ordered scans (one stepping statement per table, each on
// its rev index, filtered to the user's sites in SQL) and stops after `limit`
// rows; the cursor to ask for next is the last row's revision. A row is always the
// whole current row, to be upserted by its table's primary key.
//
// Wire format, compact for millions of rows (one column list per table):
// {"since":"C","next":"N","has_more":true,"count":K,
//  "tables":{"sales_hourly":{"columns":["site_id",...],"rows":[[...],...]}, ...}}
// Tables without rows in the page are left out. Cursors are opaque strings.
class ChangesFeed
{
public:
    static constexpr int DefaultLimit = 10000;
    static constexpr int MaxLimit = 50000;

    struct Page
    {
        std::string json;
        std::int64_t count = 0;
        std::int64_t next = 0;
        bool hasMore = false;
    };

    // Parses a cursor from the wire ("" is the beginning); nullopt when malformed.
    static std::optional<std::int64_t> parseCursor(std::string_view text);
    static std::string cursorText(std::int64_t revision);

    // The SQL of each table's scan (?1 since, ?2 user id), for EXPLAIN QUERY PLAN in tests.
    static std::vector<std::string> scanQueries();

    // Visitor-profile cells under `minimumCell` visitors are suppressed (k-anonymity).
    static constexpr int DefaultMinimumCell = 10;
    static Page read(core::Database& db, std::int64_t userId, std::int64_t since, int limit,
                     int minimumCell = DefaultMinimumCell);

    // A hub started with another k than last time feeds every profile cell again
    // (fresh revisions), so each client's cache follows the new suppression: cells now
    // under k come down as null and are deleted there. Run on the writer at start.
    // Returns true when k changed (false on the first start, which records it).
    static bool adoptMinimumCell(core::Database& writer, int minimumCell);
};

} // namespace cruscotto::sync
