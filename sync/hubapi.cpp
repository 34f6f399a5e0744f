#include "sync/hubapi.h"

#include "sync/changesfeed.h"
#include "sync/deviceregistry.h"
#include "sync/gzip.h"
#include "sync/hubalerts.h"
#include "sync/hubbookings.h"
#include "sync/hubcatalogue.h"
#include "sync/hubstore.h"
#include "sync/hubfunding.h"
#include "sync/hubtariffs.h"
#include "sync/hubusers.h"
#include "sync/ledgeringest.h"
#include "sync/passwordhash.h"
#include "sync/salesingest.h"
#include "sync/sensoringest.h"
#include "sync/ticketstatefeed.h"

#include <QCoreApplication>
#include <QDateTime>

#include <boost/json.hpp>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

const HubRoute kRoutes[] = {
    { "POST", "/v1/auth/token" },   { "GET", "/v1/sites" },    { "GET", "/v1/changes" },   { "POST", "/v1/sales" },
    { "POST", "/v1/sensors" },      { "GET", "/v1/devices" },  { "POST", "/v1/devices" },  { "POST", "/v1/ledger" },
    { "GET", "/v1/tickets/state" }, { "GET", "/v1/bookings" }, { "POST", "/v1/bookings" },
    { "PUT", "/v1/sites/{code}/tariffs" }, { "PUT", "/v1/sites/{code}/free-days" }, { "PUT", "/v1/sites/{code}/slots" },
    { "POST", "/v1/alerts/{id}/ack" },
    { "PUT", "/v1/funding" },
};

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubApi", text).toStdString();
}

std::int64_t nowUtc()
{
    return QDateTime::currentSecsSinceEpoch();
}

// For the sign-in throttle: a clock that never jumps back.
std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// Splits "a, b;q=0, c" on commas.
template <typename Each> void forEachListItem(std::string_view list, Each&& each)
{
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        each(trimmed(list.substr(0, comma)));
        if (comma == std::string_view::npos) {
            break;
        }
        list.remove_prefix(comma + 1);
    }
}

bool acceptsGzip(std::string_view acceptEncoding)
{
    bool accepted = false;
    forEachListItem(acceptEncoding, [&](std::string_view item) {
        const std::size_t semicolon = item.find(';');
        if (!equalsIgnoringCase(trimmed(item.substr(0, semicolon)), "gzip")) {
            return;
        }
        accepted = true;
        if (semicolon != std::string_view::npos) {
            std::string_view parameter = trimmed(item.substr(semicolon + 1));
            if (parameter.size() >= 2 && lower(parameter[0]) == 'q' && parameter[1] == '=') {
                parameter.remove_prefix(2);
                // q=0, q=0.0, q=0.000: explicitly not acceptable
                accepted = parameter.find_first_not_of("0.") != std::string_view::npos;
            }
        }
    });
    return accepted;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = lower(c);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

std::optional<std::string> percentDecoded(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 2 >= text.size()) {
                return std::nullopt;
            }
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) {
                return std::nullopt;
            }
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else if (text[i] == '+') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

// Query parameters of a target; nullopt for malformed escapes or repeated names.
std::optional<std::map<std::string, std::string>> queryOf(std::string_view target)
{
    std::map<std::string, std::string> query;
    const std::size_t mark = target.find('?');
    if (mark == std::string_view::npos) {
        return query;
    }
    std::string_view rest = target.substr(mark + 1);
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            const auto name = percentDecoded(pair.substr(0, eq));
            const auto value = percentDecoded(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
            if (!name || !value || !query.emplace(*name, *value).second) {
                return std::nullopt;
            }
        }
        if (amp == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(amp + 1);
    }
    return query;
}

// Whether `path` matches a route's `pattern`, where "{name}" stands for one
// non-empty segment (percent-decoded into `parameter`).
bool pathMatches(std::string_view path, std::string_view pattern, std::string* parameter)
{
    const std::size_t open = pattern.find('{');
    if (open == std::string_view::npos) {
        return path == pattern;
    }
    const std::size_t close = pattern.find('}', open);
    const std::string_view prefix = pattern.substr(0, open);
    const std::string_view suffix = pattern.substr(close + 1);
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix
        || path.substr(path.size() - suffix.size()) != suffix) {
        return false;
    }
    const std::string_view segment = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (segment.find('/') != std::string_view::npos) {
        return false;
    }
    const auto decoded = percentDecoded(segment);
    if (!decoded || decoded->empty()) {
        return false;
    }
    if (parameter) {
        *parameter = *decoded;
    }
    return true;
}

std::string weakEtagOf(const std::string& body)
{
    const QByteArray digest
        = PasswordHash::sha256(QByteArray::fromRawData(body.data(), static_cast<qsizetype>(body.size())));
    return "W/\"" + digest.left(16).toHex().toStdString() + "\"";
}

bool etagMatches(std::string_view ifNoneMatch, std::string_view etag)
{
    const auto opaque = [](std::string_view tag) {
        if (tag.size() >= 2 && tag[0] == 'W' && tag[1] == '/') {
            tag.remove_prefix(2);
        }
        return tag;
    };
    bool matches = false;
    forEachListItem(ifNoneMatch,
                    [&](std::string_view item) { matches = matches || item == "*" || opaque(item) == opaque(etag); });
    return matches;
}

HubResponse jsonResponse(int status, std::string body)
{
    HubResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

HubResponse forbidden()
{
    return HubApi::error(403, "forbidden",
                         translated(QT_TRANSLATE_NOOP("sync::HubApi", "Your role does not give access to this resource.")));
}

} // namespace

HubApi::HubApi(HubStore& store, Settings settings)
    : m_store(store)
    , m_settings(settings)
    , m_loginThrottle(std::make_shared<LoginThrottle>())
{ }

std::span<const HubRoute> HubApi::routes()
{
    return kRoutes;
}

HubResponse HubApi::error(int status, std::string_view code, const std::string& message)
{
    return jsonResponse(status, json::serialize(json::object{ { "error", code }, { "message", message } }));
}

HubResponse HubApi::handle(const HubRequest& request) const
{
    const std::string_view target = request.target;
    const std::string_view path = target.substr(0, target.find('?'));
    const HubRoute* route = nullptr;
    std::string allow;
    std::string parameter; // the {code} of a route with one
    for (const HubRoute& candidate : kRoutes) {
        if (pathMatches(path, candidate.path, &parameter)) {
            allow += allow.empty() ? "" : ", ";
            allow += candidate.method;
            if (request.method == candidate.method) {
                route = &candidate;
            }
        }
    }
    if (allow.empty()) {
        return error(404, "not_found", translated(QT_TRANSLATE_NOOP("sync::HubApi", "There is no such resource.")));
    }
    if (!route) {
        HubResponse response
            = error(405, "method_not_allowed",
                    translated(QT_TRANSLATE_NOOP("sync::HubApi", "This resource does not support that method.")));
        response.allow = allow;
        return response;
    }

    HubResponse response;
    try {
        if (path == "/v1/auth/token") {
            response = issueToken(request);
        } else {
            std::optional<HubCaller> caller;
            constexpr std::string_view scheme = "bearer ";
            const std::string_view authorization = trimmed(request.authorization);
            if (authorization.size() > scheme.size()
                && equalsIgnoringCase(authorization.substr(0, scheme.size()), scheme)) {
                const std::string_view token = trimmed(authorization.substr(scheme.size()));
                HubStore::Reader reader = m_store.reader();
                caller = HubUsers(reader.db())
                             .authenticate(QByteArray(token.data(), static_cast<qsizetype>(token.size())), nowUtc());
            }
            if (!caller) {
                response = error(
                    401, "invalid_token",
                    translated(QT_TRANSLATE_NOOP("sync::HubApi", "A valid bearer token is required; it may have expired.")));
                response.wwwAuthenticate = "Bearer realm=\"cruscotto\", error=\"invalid_token\"";
                return response;
            }
            if (path == "/v1/sites") {
                response = sites(request, *caller);
            } else if (path == "/v1/changes") {
                response = changes(request, *caller);
            } else if (path == "/v1/sales") {
                response = ingestSales(request, *caller);
            } else if (path == "/v1/devices") {
                response = devices(request, *caller);
            } else if (path == "/v1/ledger") {
                response = ingestLedger(request, *caller);
            } else if (path == "/v1/tickets/state") {
                response = ticketState(request, *caller);
            } else if (path == "/v1/bookings") {
                response = bookings(request, *caller);
            } else if (path == "/v1/funding") {
                HubFunding::Outcome outcome = HubFunding::put(m_store, *caller, request.body, nowUtc());
                response = jsonResponse(outcome.status, std::move(outcome.json));
            } else if (std::string_view(route->path) == "/v1/alerts/{id}/ack") {
                HubAlerts::Outcome outcome = HubAlerts::acknowledge(m_store, *caller, parameter, request.body, nowUtc());
                response = jsonResponse(outcome.status, std::move(outcome.json));
            } else if (route->method == std::string_view("PUT")) {
                response = siteSettings(request, *caller, route->path, parameter);
            } else {
                response = ingestSensors(request, *caller);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cruscotto-hub: %s %s failed: %s\n", request.method.c_str(), std::string(path).c_str(),
                     e.what());
        return error(500, "internal_error",
                     translated(QT_TRANSLATE_NOOP("sync::HubApi", "The hub could not answer; the error is in its log.")));
    }

    if (response.status == 200 && request.method == "GET") {
        response.varyAcceptEncoding = true;
        if (acceptsGzip(request.acceptEncoding) && !response.body.empty()) {
            response.body = Gzip::compress(response.body, m_settings.gzipLevel);
            response.contentEncoding = "gzip";
        }
    }
    return response;
}

HubResponse HubApi::issueToken(const HubRequest& request) const
{
    const HubResponse malformed
        = error(400, "bad_request",
                translated(QT_TRANSLATE_NOOP("sync::HubApi",
                                     "The body must be a JSON object with \"user\" and \"password\" strings.")));
    boost::system::error_code ec;
    const json::value body = json::parse(request.body, ec);
    if (ec || !body.is_object()) {
        return malformed;
    }
    const json::string* user = body.as_object().if_contains("user") ? body.at("user").if_string() : nullptr;
    const json::string* password = body.as_object().if_contains("password") ? body.at("password").if_string() : nullptr;
    if (!user || !password || user->empty() || user->size() > 200 || password->size() > 1024) {
        return malformed;
    }
    const QString name = QString::fromUtf8(user->data(), static_cast<qsizetype>(user->size()));
    const QByteArray secret(password->data(), static_cast<qsizetype>(password->size()));
    // Refused before the (slow) password check: guessing stays slow and cheap for the hub.
    const std::int64_t attemptMs = steadyMs();
    if (const std::int64_t waitMs = m_loginThrottle->retryAfterMs(name, request.remoteAddress, attemptMs); waitMs > 0) {
        HubResponse response = error(
            429, "too_many_attempts",
            translated(QT_TRANSLATE_NOOP("sync::HubApi", "Too many failed sign-ins; wait before trying again.")));
        response.retryAfter = std::to_string((waitMs + 999) / 1000);
        return response;
    }
    std::optional<HubCaller> caller;
    {
        HubStore::Reader reader = m_store.reader();
        caller = HubUsers(reader.db()).checkPassword(name, secret);
    }
    if (!caller) {
        m_loginThrottle->recordFailure(name, request.remoteAddress, steadyMs());
        HubResponse response = error(401, "invalid_credentials",
                                     translated(QT_TRANSLATE_NOOP("sync::HubApi", "Unknown user or wrong password.")));
        response.wwwAuthenticate = "Bearer realm=\"cruscotto\"";
        return response;
    }
    m_loginThrottle->recordSuccess(name, request.remoteAddress);
    const IssuedToken issued = m_store.write([&](core::Database& db) {
        HubUsers users(db);
        users.removeExpiredTokens(nowUtc());
        return users.issueToken(*caller, nowUtc(), m_settings.tokenLifetimeSeconds);
    });
    json::array scope;
    for (const QString& code : issued.caller.scope) {
        scope.push_back(json::string(code.toStdString()));
    }
    return jsonResponse(200,
                        json::serialize(json::object{ { "token", issued.token.toStdString() },
                                                      { "expires_utc", issued.expiresUtc },
                                                      { "role", roleCode(issued.caller.role).toStdString() },
                                                      { "scope", std::move(scope) } }));
}

HubResponse HubApi::sites(const HubRequest& request, const HubCaller& caller) const
{
    if (caller.role == HubRole::Gateway) {
        return forbidden();
    }
    std::string body;
    {
        HubStore::Reader reader = m_store.reader();
        body = HubCatalogue::json(reader.db(), caller.userId);
    }
    HubResponse response;
    response.etag = weakEtagOf(body);
    response.cacheControl = "private, no-cache";
    if (!request.ifNoneMatch.empty() && etagMatches(request.ifNoneMatch, response.etag)) {
        response.status = 304;
        return response;
    }
    response.body = std::move(body);
    return response;
}

HubResponse HubApi::ingestSales(const HubRequest& request, const HubCaller& caller) const
{
    // Ticket offices (clerks) and directors sell; regional managers read, gateways send sensors.
    if (caller.role != HubRole::Clerk && caller.role != HubRole::Director) {
        return forbidden();
    }
    SalesIngest::Outcome outcome = SalesIngest::ingest(m_store, caller, request.body, nowUtc());
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::devices(const HubRequest& request, const HubCaller& caller) const
{
    if (request.method == "POST") {
        // Devices are provisioned by the ticket office's clerks and directors.
        if (caller.role != HubRole::Clerk && caller.role != HubRole::Director) {
            return forbidden();
        }
        DeviceRegistry::Outcome outcome = DeviceRegistry::registerDevice(m_store, caller, request.body, nowUtc());
        return jsonResponse(outcome.status, std::move(outcome.json));
    }
    // Public keys: every role that sees a site may read its devices, gateways excepted.
    if (caller.role == HubRole::Gateway) {
        return forbidden();
    }
    const auto query = queryOf(request.target);
    std::optional<std::string> site;
    if (query) {
        for (const auto& [name, value] : *query) {
            if (name != "site" || value.empty()) {
                site.reset();
                break;
            }
            site = value;
        }
    }
    if (!query || (!query->empty() && !site)) {
        return error(400, "bad_request",
                     translated(QT_TRANSLATE_NOOP("sync::HubApi", "Use ?site=CODE, or no query for all your sites.")));
    }
    HubStore::Reader reader = m_store.reader();
    DeviceRegistry::Outcome outcome = DeviceRegistry::list(reader.db(), caller, site);
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::ingestLedger(const HubRequest& request, const HubCaller& caller) const
{
    if (caller.role != HubRole::Clerk && caller.role != HubRole::Director) {
        return forbidden();
    }
    LedgerIngest::Outcome outcome = LedgerIngest::ingest(m_store, caller, request.body, nowUtc());
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::ticketState(const HubRequest& request, const HubCaller& caller) const
{
    // What counters and scanners check tickets with: every role that sees a site, gateways excepted.
    if (caller.role == HubRole::Gateway) {
        return forbidden();
    }
    const auto query = queryOf(request.target);
    const HubResponse badQuery = error(
        400, "bad_request",
        translated(QT_TRANSLATE_NOOP("sync::HubApi",
                                     "Use ?site=CODE&since=CURSOR&limit=N with a cursor from a previous page (none "
                                     "for the beginning) and N between 1 and 20000.")));
    if (!query) {
        return badQuery;
    }
    std::optional<std::string> site;
    std::optional<std::int64_t> since = 0;
    int limit = TicketStateFeed::DefaultLimit;
    for (const auto& [name, value] : *query) {
        if (name == "site" && !value.empty()) {
            site = value;
        } else if (name == "since") {
            since = ChangesFeed::parseCursor(value);
        } else if (name == "limit") {
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
            if (ec != std::errc() || end != value.data() + value.size() || limit < 1
                || limit > TicketStateFeed::MaxLimit) {
                return badQuery;
            }
        } else {
            return badQuery;
        }
    }
    if (!site || !since) {
        return badQuery;
    }
    HubStore::Reader reader = m_store.reader();
    TicketStateFeed::Outcome outcome = TicketStateFeed::read(reader.db(), caller, *site, *since, limit, nowUtc());
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::bookings(const HubRequest& request, const HubCaller& caller) const
{
    if (request.method == "POST") {
        // Directors take bookings; the counters (clerks) read them.
        if (caller.role != HubRole::Director) {
            return forbidden();
        }
        HubBookings::Outcome outcome = HubBookings::create(m_store, caller, request.body, nowUtc());
        return jsonResponse(outcome.status, std::move(outcome.json));
    }
    if (caller.role != HubRole::Clerk && caller.role != HubRole::Director) {
        return forbidden();
    }
    const auto query = queryOf(request.target);
    std::optional<std::string> site;
    QDate day;
    bool malformed = !query;
    for (const auto& [name, value] : query ? *query : std::map<std::string, std::string>()) {
        if (name == "site" && !value.empty()) {
            site = value;
        } else if (name == "day" && value.size() == 10) {
            day = QDate::fromString(QString::fromStdString(value), Qt::ISODate);
        } else {
            malformed = true;
        }
    }
    if (malformed || !site || !day.isValid()) {
        return error(400, "bad_request",
                     translated(QT_TRANSLATE_NOOP("sync::HubApi", "Use ?site=CODE&day=YYYY-MM-DD.")));
    }
    HubStore::Reader reader = m_store.reader();
    HubBookings::Outcome outcome = HubBookings::list(reader.db(), caller, *site, day);
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::siteSettings(const HubRequest& request, const HubCaller& caller, std::string_view route,
                                 const std::string& siteCode) const
{
    // Tariffs, free days and slots are a director's, for their own sites.
    if (caller.role != HubRole::Director) {
        return forbidden();
    }
    HubTariffs::Outcome outcome;
    if (route == "/v1/sites/{code}/tariffs") {
        outcome = HubTariffs::putTariffs(m_store, caller, siteCode, request.body);
    } else if (route == "/v1/sites/{code}/free-days") {
        outcome = HubTariffs::putFreeDays(m_store, caller, siteCode, request.body, nowUtc());
    } else {
        outcome = HubTariffs::putSlots(m_store, caller, siteCode, request.body, nowUtc());
    }
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::ingestSensors(const HubRequest& request, const HubCaller& caller) const
{
    if (caller.role != HubRole::Gateway) {
        return forbidden();
    }
    SensorIngest::Outcome outcome = SensorIngest::ingest(m_store, caller, request.body, nowUtc());
    return jsonResponse(outcome.status, std::move(outcome.json));
}

HubResponse HubApi::changes(const HubRequest& request, const HubCaller& caller) const
{
    if (caller.role != HubRole::Director && caller.role != HubRole::Regional) {
        return forbidden();
    }
    const auto query = queryOf(request.target);
    const HubResponse badQuery
        = error(400, "bad_request",
                translated(QT_TRANSLATE_NOOP(
                    "sync::HubApi",
                    "Use ?since=CURSOR&limit=N with a cursor from a previous page and N between 1 and 50000.")));
    if (!query) {
        return badQuery;
    }
    std::optional<std::int64_t> since = 0;
    int limit = ChangesFeed::DefaultLimit;
    for (const auto& [name, value] : *query) {
        if (name == "since") {
            since = ChangesFeed::parseCursor(value);
        } else if (name == "limit") {
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
            if (ec != std::errc() || end != value.data() + value.size() || limit < 1 || limit > ChangesFeed::MaxLimit) {
                return badQuery;
            }
        } else {
            return badQuery;
        }
    }
    if (!since) {
        return badQuery;
    }
    HubStore::Reader reader = m_store.reader();
    return jsonResponse(200, ChangesFeed::read(reader.db(), caller.userId, *since, limit, m_settings.profileMinimumCell).json);
}

} // namespace cruscotto::sync
