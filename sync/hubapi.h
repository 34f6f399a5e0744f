#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace cruscotto::sync {

class HubStore;
class LoginThrottle;
struct HubCaller;

// One HTTP request as the API sees it: what the transport parsed, nothing of Beast.
struct HubRequest
{
    std::string method; // "GET", "POST", ...
    std::string target; // "/v1/changes?since=12&limit=100"
    std::string authorization;
    std::string ifNoneMatch;
    std::string acceptEncoding;
    std::string body;
    std::string remoteAddress; // the client's IP address, for the sign-in throttle
};

struct HubResponse
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::string contentEncoding; // "gzip" when the body is compressed
    std::string etag;
    std::string cacheControl = "no-store";
    std::string allow; // on 405
    std::string wwwAuthenticate; // on 401
    std::string retryAfter; // seconds, on 429 and 503
    bool varyAcceptEncoding = false;
};

// A route the hub serves; every one of them is in docs/openapi.yaml.
struct HubRoute
{
    const char* method;
    const char* path;
};

// The hub's JSON API, version 1: routing, authentication, roles, scope, ETags
// and gzip. Transport-free (HubServer feeds it), thread-safe (each call borrows
// its own connection from the store).
class HubApi
{
public:
    struct Settings
    {
        std::int64_t tokenLifetimeSeconds = 3600;
        int gzipLevel = 6;
        // Visitor-profile cells under this many visitors are suppressed (k-anonymity).
        int profileMinimumCell = 10;
    };

    HubApi(HubStore& store, Settings settings);

    static std::span<const HubRoute> routes();

    HubResponse handle(const HubRequest& request) const;

    // {"error": code, "message": message}, for the transport's own errors too (400, 413, ...).
    static HubResponse error(int status, std::string_view code, const std::string& message);

private:
    HubResponse issueToken(const HubRequest& request) const;
    HubResponse sites(const HubRequest& request, const HubCaller& caller) const;
    HubResponse changes(const HubRequest& request, const HubCaller& caller) const;
    HubResponse ingestSales(const HubRequest& request, const HubCaller& caller) const;
    HubResponse ingestSensors(const HubRequest& request, const HubCaller& caller) const;
    HubResponse devices(const HubRequest& request, const HubCaller& caller) const;
    HubResponse ingestLedger(const HubRequest& request, const HubCaller& caller) const;
    HubResponse ticketState(const HubRequest& request, const HubCaller& caller) const;
    HubResponse bookings(const HubRequest& request, const HubCaller& caller) const;
    // PUT /v1/sites/{code}/tariffs, /free-days and /slots (HubTariffs).
    HubResponse siteSettings(const HubRequest& request, const HubCaller& caller, std::string_view route,
                             const std::string& siteCode) const;

    HubStore& m_store;
    Settings m_settings;
    std::shared_ptr<LoginThrottle> m_loginThrottle;
};

} // namespace cruscotto::sync
