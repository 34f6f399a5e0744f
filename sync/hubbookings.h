#pragma once

#include <QDate>

#include <cstdint>
#include <string>
#include <string_view>

namespace core {
class Database;
}

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// Group bookings made ahead, online or by a business (schools, tour operators),
// for a site, a day and a time slot.
//
// POST /v1/bookings (directors), all or nothing:
// {"id":"<UUID>","site":"BAS-MUS-01","day":"2025-03-14","slot_start":600,
//  "channel":"online"|"b2b","group_size":25,"group_type":"school",
//  "product":"INT","voucher":"...","invoice_name":"...","vat_number":"IT..."}
// "product" (an admission or combined ticket of the site; default its full
// admission), "voucher", "invoice_name" and "vat_number" may be left out, except
// that a b2b booking needs the name and a valid VAT number to invoice. The day is
// today or later (within a year), the slot one of the site's slots that day (-1 for
// a site without slots), not over. The group must fit in what the channel's quota
// of the slot has left (409 "slot_full" with "remaining"); its visitors then count
// in slot_sales, fed to every counter. 201 with the booking and one ticket per
// visitor, whose codes the hub signs with its own Ed25519 key, registered as a
// device of the site ("Hub bookings"), so counters check them offline like their
// own (GET /v1/tickets/state brings them the key). The same id again is 200 with
// the same tickets; the same id with other details is 409.
//
// GET /v1/bookings?site=CODE&day=YYYY-MM-DD (clerks and directors of the site):
// {"bookings":[...]} in slot order, each as POST answers it.
class HubBookings
{
public:
    static constexpr int MaxGroupSize = 99; // a ticket key numbers the visitors with two digits
    static constexpr int MaxDaysAhead = 366;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome create(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
    static Outcome list(core::Database& reader, const HubCaller& caller, const std::string& siteCode, const QDate& day);

    // cruscotto-hub --demo: a school group online and a tour operator's group in
    // today's remaining slots of BAS-MUS-01, booked by the demo director, unless it
    // has bookings today already. Returns how many were made.
    static int seedDemo(HubStore& store, std::int64_t nowUtc);

    // An Italian VAT number (partita IVA: 11 digits with its check digit, "IT"
    // optional) or another EU country's (two letters and 2 to 12 letters or digits).
    static bool validVatNumber(const QString& text);
};

} // namespace cruscotto::sync
