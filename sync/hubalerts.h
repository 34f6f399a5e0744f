#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// Acknowledging alerts on the hub, so every director's and regional manager's cache
// sees who looked at an alert and why (the alerts come down the changes feed).
//
// POST /v1/alerts/{id}/ack {"comment": "...", "acknowledged_utc": 1750000000}
// acknowledges an alert of a site in the caller's scope (directors and regional
// managers only). The comment is required (at most 2000 characters); the time is when
// the person acknowledged it on their machine (optional, never in the future; the
// hub's clock otherwise). The first acknowledgement stands: sending one again (a
// client retrying, or a second person) answers 200 with the one stored and changes
// nothing. An alert outside the caller's scope is 404, like one that does not exist.
class HubAlerts
{
public:
    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome acknowledge(HubStore& store, const HubCaller& caller, std::string_view alertId,
                               const std::string& body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
