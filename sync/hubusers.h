#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

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

} // namespace cruscotto::sync
