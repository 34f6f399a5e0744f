#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// Funded programmes' tables on the hub (PNRR, PN Cultura), uploaded by the director
// of a site or the regional manager of a region and carried to every client whose
// scope covers that site or region by the changes feed (funding_tables and
// funding_lines, fed like the aggregates).
//
// PUT /v1/funding
//   {"scope":"site:CODE"|"region:CODE", "title":"...",
//    "lines":[{"code":"M1C3 1.1.3","description","target","deadline":"T2-2026","status",
//              "funded_cents","committed_cents","in_progress_cents","spent_cents","notes"}]}
//   The whole table, lines in the published order (the first line without a parent
//   names the table: "M1C3 1.1"; a line's parent is the nearest earlier line whose
//   code is a prefix of its own at a '.'). The table replaces the one with the same
//   code, all its lines, in one transaction; each upload is a new generation, so
//   clients drop the lines of an older one. A director uploads for their sites, a
//   regional manager for their regions or the sites in them (403 otherwise); a code
//   already held for another scope is refused (409 "table_of_another_scope"). Every
//   bad field is named (422 "invalid_funding", "problems":[{"field":"lines[3].funded_cents",
//   "message"}]) and nothing is stored. Only "target", "deadline", "status", "notes",
//   "in_progress_cents" and "title" may be left out.
//   200 {"code","generation","lines","funded_cents","committed_cents","in_progress_cents","spent_cents"}
//   (the totals are the top lines').
class HubFunding
{
public:
    static constexpr std::size_t MaxLines = 500;
    static constexpr std::int64_t MaxCents = 100000000000000; // a thousand billion euro

    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome put(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
};

} // namespace cruscotto::sync
