#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// A director's tariffs, free days and time slots for one of their sites. They are
// catalogue data (GET /v1/sites, served whole with an ETag), so each change is one
// transaction on the hub's catalogue tables: the ETag changes and every counter and
// dashboard takes the new catalogue on its next sync. No revision numbers needed.
//
// Every body is checked whole before anything is written: 400 when it is not a JSON
// object, 403 when the site is not the caller's, 422 with
// {"error":"invalid_...","message","problems":[{"field":"products[2].price_cents","message"}]}
// naming each bad field (rows by their index in the list).
//
// PUT /v1/sites/{code}/tariffs
//   {"products":[{"code","name","category":"full|reduced|free","free_reason","price_cents",
//                 "kind":"admission|combined|addon","document","admits":["SITE-CODE"],"position"}],
//    "nominative_tickets":bool}
//   The site's whole list. A product is matched by code and updated in place (its id,
//   which ledgers and aggregates refer to, is kept); a new code is inserted with a
//   new id; a code left out is deleted, but only when nothing refers to it (no sale,
//   booking or aggregate): otherwise 409 "product_in_use" with "products":[codes] and
//   nothing changes (there is no "retired" state: keep such a product in the list).
//   A product with sales keeps its category and kind, which the figures already
//   counted depend on. Ids are never reused, and a code deleted and added again gets
//   its old id back, so caches that still hold it update it in place.
//   "free_reason", "kind" (admission), "document", "admits" and "position" (the
//   row's index) may be left out; "nominative_tickets" too (unchanged).
//
// PUT /v1/sites/{code}/free-days  {"days":[{"day":"YYYY-MM-DD","note":"..."}]}
//   Replaces the site's extra free days from today (Europe/Rome) on, up to two years
//   ahead; free days before today are history and stay as they were. The first
//   Sunday of the month is free by law and needs no entry.
//
// PUT /v1/sites/{code}/slots
//   {"slot_minutes","slot_capacity","counter_pct","online_pct","kiosk_pct","b2b_pct"}
//   (percentages summing to 100), or {"slots":null} to sell open entry. Refused
//   (409 "bookings_affected") when a booking from today on would no longer fall on a
//   slot of the new policy.
//
// Each answers 200 with the site's resulting state, as GET /v1/sites would show it.
class HubTariffs
{
public:
    static constexpr int MaxProducts = 200;
    static constexpr std::int64_t MaxPriceCents = 100000; // 1,000 euro
    static constexpr int MaxFreeDays = 400;
    static constexpr int MaxDaysAhead = 731;

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome putTariffs(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                              std::string_view body);
    static Outcome putFreeDays(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                               std::string_view body, std::int64_t nowUtc);
    static Outcome putSlots(HubStore& store, const HubCaller& caller, const std::string& siteCode,
                            std::string_view body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
