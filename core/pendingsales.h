#pragma once

#include <cstdint>
#include <set>
#include <tuple>

namespace core {

class Database;
class Ledger;

// The dashboards count a ticket office's sales the moment they are made, and once
// the hub has them they count once, never twice.
//
// add() copies this device's new sales, voids and refunds from the ledger into the
// cache: each becomes a pending entry (pending_sales) and is added into sales_hourly
// and the rollups of its day. The sync engine, applying the hub's sales_hourly rows
// (which replace the cache's), calls settle() for the hours it replaced: entries the
// hub already had when the page was fetched are dropped (the hub's row includes
// them), the others are added again on top of the hub's row. A training ledger is
// never copied.
class PendingSales
{
public:
    // (site_id, day, channel_id, product_id, hour_utc): a sales_hourly key.
    using HourKey = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;

    // Copies the ledger's records after the last one copied (in one cache transaction,
    // its own unless the caller holds one). A cache that never saw this device starts
    // after the records already uploaded, which a sync brings in with the hub's rows.
    // Returns the number of records copied.
    static int add(Database& cache, Ledger& ledger);

    // After sales_hourly rows for `keys` were replaced by the hub's: entries of any
    // device with seq <= hubHasThrough (what the hub held when the rows were fetched)
    // are dropped; later ones are added back onto the rows. Refreshes nothing: the
    // caller refreshes the rollups of the days it touched. Runs in the caller's
    // transaction.
    static void settle(Database& cache, const std::set<HourKey>& keys, std::int64_t hubHasThrough);

    // At the end of a sync that caught up: entries with seq <= hubHadThrough (what the
    // hub held before the pull began) that no replaced row settled are already in the
    // cache's rows (pulled earlier, when the device did not yet know the hub had them):
    // they are taken off those rows once and dropped, and the rollups refreshed.
    static void settleUploaded(Database& cache, std::int64_t hubHadThrough);

    // Forgets every pending entry and where copying stood (the cache was adopted for
    // another hub: its ids changed). The next add() starts again.
    static void reset(Database& cache);

    // Pending entries in the cache (for the Sync screen: "n sales not yet on the hub").
    static std::int64_t count(Database& cache);
};

} // namespace core
