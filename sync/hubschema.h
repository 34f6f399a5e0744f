#pragma once

namespace core {
class Database;
}

namespace cruscotto::sync {

// The hub database's schema (hub.sqlite).
//
// It holds the client cache's tables (catalogue and aggregates), created and
// migrated by core::CacheSchema, which owns PRAGMA user_version and may add or
// recreate tables in later steps; plus what only the hub keeps, versioned on its
// own in the one-row table hub_schema, with forward steps each in a transaction
// (a released step is never edited). The two sequences are independent, so a new
// cache step needs no hub change.
//
// Every fed aggregate table carries a `rev` column (see ChangesFeed). A cache step
// that recreates such a table drops it; migrate() puts it back (rows at rev 0,
// numbered again by HubStore, so clients are sent the rewritten table again).
class HubSchema
{
public:
    static constexpr int CurrentVersion = 7;

    // The aggregate tables the changes feed carries, each with a `rev` column.
    // (In ChangesFeed's order; slot_sales since hub version 5; the funding tables since
    // version 7, the table before its lines so a client sees a table's new generation first.)
    static constexpr const char* RevisedTables[] = { "sales_hourly", "sales_daily", "zone_sensor_hourly",
                                                     "microcell_hourly", "visitor_profile_monthly", "alerts",
                                                     "slot_sales", "funding_tables", "funding_lines" };

    // Brings the cache tables to core's current version and the hub tables to
    // `target` (default: current). Throws core::DatabaseError on failure (the
    // database stays at the last completed step) and std::runtime_error for a hub
    // database newer than this program.
    static void migrate(core::Database& db, int target = CurrentVersion);
    // The hub's own schema version (0 before the first step).
    static int version(core::Database& db);
};

} // namespace cruscotto::sync
