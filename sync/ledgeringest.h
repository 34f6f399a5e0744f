#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// POST /v1/ledger: the records of a ticket-office device's ledger, in batches,
// idempotent.
//
// {"device":"<UUID>","records":[{"seq":1,"kind":"sale","created_utc":1736000000,
//   "clerk":"c-01","payload":"{\"sale_id\":...}","prev_hash":"<64 hex>","hash":"<64 hex>"}, ...]}
//
// "payload" is a JSON *string* holding the record's compact JSON exactly as the
// device hashed it, so no re-serialization can change a byte. The hub recomputes
// every hash (core::Ledger::computeHash) and checks the chain: each record's
// prev_hash is the hash of the record before it, the first of the device's
// 32 zero bytes. Records come in sequence order without gaps.
//
// A record already stored with the same hash is a duplicate and changes nothing,
// so a batch can be sent again after a lost answer. A record whose hash does not
// match its content, or whose payload is not valid for its kind, is refused with
// 422 naming each bad row; a record that would leave a gap after what is stored,
// or that differs from the stored record with its seq, is 409 naming the seq
// (with "through", the highest seq stored). In all these cases nothing of the
// batch is stored.
//
// What a stored record does: a sale becomes rows of `sales` (one per line; the
// first line under the sale's UUID, the others under UUIDs derived from it) and
// counts in the hourly aggregates of its hour; a void or a refund takes its
// tickets, visitors and revenue off the aggregates of the ORIGINAL sale's hour
// and revokes its codes (revoked_tickets); a scan is kept in ticket_scans. The
// rewritten aggregate rows are numbered for the changes feed in the same
// transaction.
//
// Time slots: a sale's "slot" (minutes after midnight, -1 or absent for none)
// puts its visitors (lines whose "kind" is not addon; absent: the product's kind)
// in slot_sales for its day and channel; a void takes them off, a refund those of
// its lines that admit visitors. Counters selling offline may pass a channel's
// quota: the hub keeps every sale, and for each slot the batch touched that is
// past a quota it raises (or updates) a capacity alert and names it in
// "overbooked" (see HubSlotSales).
//
// The answer: {"stored":n,"duplicates":m,"through":<seq>,"overbooked":[{"site",
// "day":"YYYY-MM-DD","slot":"10:00-11:00","slot_start","channel","quota","sold"}]}.
class LedgerIngest
{
public:
    static constexpr int MaxRecordsPerBatch = 5000;
    static constexpr int MaxPayloadBytes = 64 * 1024;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome ingest(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
