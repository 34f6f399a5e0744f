#pragma once

#include "core/database.h"

#include <QString>

#include <cstdint>
#include <set>
#include <tuple>
#include <vector>

namespace cruscotto::sync {

// A slot where a channel sold more than its quota (core::SlotPolicy::quota).
struct SlotOverbooking
{
    std::int64_t siteId = 0;
    QString siteCode;
    std::int64_t day = 0; // Julian day of the Rome date
    int slotStart = 0; // minutes after midnight
    int slotMinutes = 60;
    std::int64_t channelId = 0;
    QString channelCode;
    int quota = 0;
    std::int64_t sold = 0;

    QString dayText() const; // "2025-03-12"
    QString slotLabel() const; // "10:00-11:00"
};

// Keeps the hub's `slot_sales` (visitors per site, day, time slot and channel) in
// step with what reaches it (ticket-office ledgers, bookings), inside the caller's
// transaction on the writer; rows rewritten get rev 0, numbered with the rest by
// HubStore::numberPendingRevisions() before commit.
//
// Sales made offline can pass a slot's quota: the hub never drops them (they were
// sold and paid). overbookings() names every slot touched where a channel is over
// its quota, and raises an alert for each (one open alert per slot, day and
// channel, its detail updated as the count changes), so the site hears of it.
class HubSlotSales
{
public:
    explicit HubSlotSales(core::Database& db);

    // Adds `visitors` (negative: takes them off) to a slot's count for a channel.
    void add(std::int64_t siteId, std::int64_t day, int slotStart, std::int64_t channelId, std::int64_t visitors);
    std::int64_t sold(std::int64_t siteId, std::int64_t day, int slotStart, std::int64_t channelId);

    // The touched slots now over quota, alerts raised or updated (rev 0).
    std::vector<SlotOverbooking> overbookings(std::int64_t nowUtc);

private:
    core::Database& m_db;
    core::Statement m_add;
    core::Statement m_takeOff;
    core::Statement m_sold;
    std::set<std::tuple<std::int64_t, std::int64_t, int>> m_touched; // site, day, slot
};

} // namespace cruscotto::sync
