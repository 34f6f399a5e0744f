#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {
class Database;
}

namespace cruscotto::sync {

class HubStore;
struct HubCaller;

// The ticket-office devices the hub knows, with their Ed25519 public keys.
//
// POST /v1/devices {"device_id":"<UUID>","site":"BAS-MUS-01","name":"Cassa 1",
// "public_key":"<base64 of the raw 32-byte key>"} registers a device for a site
// in the caller's scope (201). The same registration again is 200 and changes
// nothing but the name; another key or another site for a registered id, or a
// device whose short id (core::TicketCode::deviceShortIdOf) another device
// already has, is 409: a device's key never changes, since its tickets carry it.
//
// GET /v1/devices[?site=CODE] lists the devices of the caller's sites (or of one
// of them), so every counter and scanner can check the others' tickets offline.
class DeviceRegistry
{
public:
    struct Outcome
    {
        int status = 200;
        std::string json;
    };

    static Outcome registerDevice(HubStore& store, const HubCaller& caller, std::string_view body, std::int64_t nowUtc);
    static Outcome list(core::Database& reader, const HubCaller& caller, const std::optional<std::string>& siteCode);
};

} // namespace cruscotto::sync
