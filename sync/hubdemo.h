#pragma once

#include "core/demogenerator.h"

namespace cruscotto::sync {

class HubStore;

// cruscotto-hub --demo: the demo region and the demo users, so a newcomer can run
// hub and app together. Every demo user's password is "demo" (demo mode only).
//   director  BAS-MUS-01, BAS-MUS-02, BAS-MUS-03
//   clerk     BAS-MUS-01 (ticket office only)
//   regional  region BAS
//   gateway   BAS-MUS-01 (ingest only)
// and, each day it starts, a couple of group bookings for today at BAS-MUS-01.
class HubDemo
{
public:
    static constexpr const char* Password = "demo";

    struct Result
    {
        bool seeded = false; // the region was generated now
        core::DemoGenerator::Summary summary;
        int usersAdded = 0;
        int bookings = 0; // demo bookings made for today (HubBookings::seedDemo)
    };

    // Seeds the demo region when the hub has no sites, and adds whichever demo
    // users are missing. Revisions of the new rows are numbered before it returns.
    static Result prepare(HubStore& store, const core::DemoGenerator::Options& options = {});
};

} // namespace cruscotto::sync
