#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace core {
class Database;
}

namespace cruscotto::sync {

// Who may use the hub, and for what.
enum class HubRole
{
    Director, // some sites: dashboards
    Clerk, // one site: the ticket office only
    Regional, // a region: dashboards
    Gateway // sensor gateways: ingest only
};
QString roleCode(HubRole role);
std::optional<HubRole> roleFromCode(const QString& code);

// The user behind a request, once the bearer token checks out.
struct HubCaller
{
    std::int64_t userId = 0;
    QString name;
    HubRole role = HubRole::Director;
    // Site codes, or for a regional manager region codes.
    QStringList scope;
};

struct IssuedToken
{
    QByteArray token; // base64url, sent once, stored only as its SHA-256
    std::int64_t expiresUtc = 0;
    HubCaller caller;
};

// Users, their scope and their bearer tokens in the hub database. Works on the
// connection it is given: reads on a reader, writes on the one writer.
class HubUsers
{
public:
    static constexpr std::int64_t DefaultTokenLifetime = 3600;

    explicit HubUsers(core::Database& db);

    // Adds a user; `scope` holds region codes for a regional manager, site codes
    // otherwise. Throws core::DatabaseError if the name is taken.
    std::int64_t addUser(const QString& name, HubRole role, const QByteArray& password, const QStringList& scope,
                         int iterations = 0);
    bool exists(const QString& name) const;

    // Checks a password (slow by design, same work for unknown users). Read-only.
    std::optional<HubCaller> checkPassword(const QString& name, const QByteArray& password) const;
    // Stores a fresh token for the caller (writer connection).
    IssuedToken issueToken(const HubCaller& caller, std::int64_t nowUtc, std::int64_t lifetimeSeconds);
    // The caller a token belongs to, if it exists and has not expired. Read-only.
    std::optional<HubCaller> authenticate(const QByteArray& token, std::int64_t nowUtc) const;
    // Deletes expired tokens; returns how many.
    int removeExpiredTokens(std::int64_t nowUtc);

private:
    QStringList scopeOf(std::int64_t userId) const;
    core::Database& m_db;
};

// Failed sign-ins per user name and client address. The first FreeFailures are
// free; after that each attempt must wait twice as long as the one before (2 s,
// 4 s, 8 s... up to 15 minutes) and is answered 429 with Retry-After before the
// password is even checked, so guessing is slow and costs the hub nothing (the
// password hash is slow by design). A success clears the pair; failures are
// forgotten after an hour of quiet. Memory is bounded: at most MaxTracked pairs,
// the stalest dropped first. Times are a monotonic clock in milliseconds, given
// by the caller. Thread-safe.
class LoginThrottle
{
public:
    static constexpr int FreeFailures = 5;
    static constexpr std::int64_t FirstDelayMs = 2000;
    static constexpr std::int64_t MaxDelayMs = 15 * 60 * 1000;
    static constexpr std::int64_t ForgetAfterMs = 60 * 60 * 1000;
    static constexpr std::size_t MaxTracked = 10000;

    // Milliseconds the pair must still wait before its next attempt; 0: it may try now.
    std::int64_t retryAfterMs(const QString& user, const std::string& address, std::int64_t nowMs) const;
    void recordFailure(const QString& user, const std::string& address, std::int64_t nowMs);
    void recordSuccess(const QString& user, const std::string& address);
    std::size_t trackedPairs() const;

private:
    struct Entry
    {
        int failures = 0;
        std::int64_t lastFailureMs = 0;
    };
    static std::string keyOf(const QString& user, const std::string& address);
    static std::int64_t delayAfter(int failures);
    void dropStale(std::int64_t nowMs);

    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace cruscotto::sync
