#pragma once

#include "core/database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace cruscotto::sync {

// Canonical 8-4-4-4-12 hexadecimal UUID, returned in lower case; nullopt for anything else.
std::optional<std::string> canonicalUuid(std::string_view text);

// One row of the hub's `sales` table: a product sold in one sale.
struct HubSale
{
    std::string id; // UUID, lower case
    std::int64_t siteId = 0;
    std::int64_t productId = 0;
    std::int64_t channelId = 0;
    std::int64_t soldUtc = 0;
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
    std::int64_t amountCents = 0;
    bool sameAs(const HubSale& other) const
    {
        return siteId == other.siteId && productId == other.productId && channelId == other.channelId
            && soldUtc == other.soldUtc && tickets == other.tickets && visitors == other.visitors
            && amountCents == other.amountCents;
    }
};

// Stores sales in the hub's `sales` table and keeps the hourly aggregates and the
// rollups of the days they touch in step with them. Works inside the caller's
// transaction on the writer connection, for every way sales reach the hub
// (POST /v1/sales, ticket-office ledgers): insert() and adjust() as rows come,
// then finish() once, then HubStore::numberPendingRevisions() and commit, so the
// rewritten aggregate rows come numbered in the changes feed.
class HubSalesWriter
{
public:
    HubSalesWriter(core::Database& db, std::int64_t userId, std::int64_t receivedUtc);
    ~HubSalesWriter();
    HubSalesWriter(const HubSalesWriter&) = delete;
    HubSalesWriter& operator=(const HubSalesWriter&) = delete;

    // The sale stored under `id`, if any.
    std::optional<HubSale> stored(const std::string& id);
    // A new sale: its row and its hour's aggregate.
    void insert(const HubSale& sale);
    // Adds to (negative figures: takes from) the aggregate of the hour of
    // `soldUtc` for a product and channel, with no sale row: voids and refunds
    // taken off the hour of the sale they cancel.
    void adjust(std::int64_t siteId, std::int64_t channelId, std::int64_t productId, std::int64_t soldUtc,
                std::int64_t tickets, std::int64_t visitors, std::int64_t amountCents);
    // Recomputes the rollups of every site and local day touched.
    void finish();

private:
    void touch(std::int64_t siteId, std::int64_t day);

    core::Database& m_db;
    std::int64_t m_userId;
    std::int64_t m_receivedUtc;
    core::Statement m_insert;
    core::Statement m_hourly;
    core::Statement m_takeOff;
    core::Statement m_stored;
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> m_touchedDays; // site -> first, last day
};

} // namespace cruscotto::sync
