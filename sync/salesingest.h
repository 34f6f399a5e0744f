#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// POST /v1/sales: ticket sales from a ticket office, in batches, idempotent.
//
// {"sales":[{"id":"<UUID>","site":"BAS-MUS-01","product":"INT","channel":"counter",
//            "sold_utc":1736000000,"tickets":2,"visitors":2,"amount_cents":2000}, ...]}
// ("visitors" defaults to "tickets"). Each sale carries the UUID its ticket office
// gave it: a sale already stored is reported as a duplicate and changes nothing,
// so a batch can be sent again after a lost answer. Validation is strict and all
// or nothing: any bad row and the answer is 422 naming each bad row and why, and
// nothing of the batch is stored. A valid batch is stored with the hourly
// aggregates (and the rollups) it changes, in one transaction, the rewritten rows
// numbered for the changes feed.
class SalesIngest
{
public:
    static constexpr int MaxSalesPerBatch = 10000;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome ingest(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
