#pragma once

#include <cstdint>
#include <string>

namespace core {
class Database;
}

namespace cruscotto::sync {

struct HubCaller;

// GET /v1/tickets/state?site=CODE[&since=CURSOR][&limit=N]: what a counter of a
// site needs to check tickets offline that it did not sell itself, paged.
//
// {"site":"BAS-MUS-01","since":"C","next":"N","has_more":false,
//  "devices":[{"device_id","short_id","site","name","public_key"}],
//  "revoked":[{"ticket":"KEY","revoked_utc":T,"device":"SHORTID"}],
//  "uses":[{"key":"KEY","ticket":"KEY","used_utc":T,"device":"SHORTID","site":"CODE"}],
//  "slots":{"from_day":J,"rows":[[day, slot_start, channel_id, tickets], ...]}}
//
// "devices" are the public keys of every device whose tickets the site admits:
// its own devices and those of the sites whose combined tickets admit to it (on
// every page: they are few). "revoked" are the tickets those devices voided or
// refunded; "uses" are the first valid entries recorded by the site's devices
// ("key" is the ticket's key, or "KEY@SITE" for another site's combined ticket,
// as the counter's ledger keys its uses). Entries come in the order the hub
// stored the ledger records that made them, a record never split across pages;
// the cursor is opaque (the last record's position), "" the beginning. "slots"
// are the hub's visitors per time slot and channel (slot_sales) of the site from
// today (Rome) on, whole on every page: what an online counter's slots have left
// (clerks do not read the changes feed).
class TicketStateFeed
{
public:
    static constexpr int DefaultLimit = 5000;
    static constexpr int MaxLimit = 20000;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome read(core::Database& reader, const HubCaller& caller, const std::string& siteCode,
                        std::int64_t since, int limit, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
