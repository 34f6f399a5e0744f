#include "sync/hubusers.h"

#include "core/database.h"
#include "sync/passwordhash.h"

#include <algorithm>

namespace cruscotto::sync {

QString roleCode(HubRole role)
{
    switch (role) {
    case HubRole::Director:
        return QStringLiteral("director");
    case HubRole::Clerk:
        return QStringLiteral("clerk");
    case HubRole::Regional:
        return QStringLiteral("regional");
    case HubRole::Gateway:
        return QStringLiteral("gateway");
    }
    return {};
}

std::optional<HubRole> roleFromCode(const QString& code)
{
    for (HubRole role : { HubRole::Director, HubRole::Clerk, HubRole::Regional, HubRole::Gateway }) {
        if (roleCode(role) == code) {
            return role;
        }
    }
    return std::nullopt;
}

HubUsers::HubUsers(core::Database& db)
    : m_db(db)
{ }

std::int64_t HubUsers::addUser(const QString& name, HubRole role, const QByteArray& password, const QStringList& scope,
                               int iterations)
{
    const PasswordHash hash
        = PasswordHash::create(password, iterations > 0 ? iterations : PasswordHash::DefaultIterations);
    core::Transaction tx(m_db);
    core::Statement user
        = m_db.prepare("INSERT INTO users (name, role, password_salt, password_hash, password_iterations, created_utc) "
                       "VALUES (?, ?, ?, ?, ?, CAST(strftime('%s','now') AS INTEGER))");
    user.bind(1, name).bind(2, roleCode(role)).bind(3, hash.salt()).bind(4, hash.hash()).bind(5, hash.iterations());
    user.exec();
    const std::int64_t id = m_db.lastInsertRowId();
    core::Statement scopeRow = m_db.prepare("INSERT INTO user_scopes (user_id, kind, code) VALUES (?, ?, ?)");
    const QString kind = role == HubRole::Regional ? QStringLiteral("region") : QStringLiteral("site");
    for (const QString& code : scope) {
        scopeRow.bind(1, id).bind(2, kind).bind(3, code);
        scopeRow.exec();
    }
    tx.commit();
    return id;
}

bool HubUsers::exists(const QString& name) const
{
    core::Statement stmt = m_db.prepare("SELECT 1 FROM users WHERE name = ?");
    stmt.bind(1, name);
    return stmt.step();
}

QStringList HubUsers::scopeOf(std::int64_t userId) const
{
    QStringList codes;
    core::Statement stmt = m_db.prepare("SELECT code FROM user_scopes WHERE user_id = ? ORDER BY code");
    stmt.bind(1, userId);
    while (stmt.step()) {
        codes << stmt.text(0);
    }
    return codes;
}

std::optional<HubCaller> HubUsers::checkPassword(const QString& name, const QByteArray& password) const
{
    core::Statement stmt
        = m_db.prepare("SELECT id, role, password_salt, password_hash, password_iterations FROM users WHERE name = ?");
    stmt.bind(1, name);
    if (!stmt.step()) {
        PasswordHash::verifyNothing(password);
        return std::nullopt;
    }
    const PasswordHash stored(stmt.blob(2), stmt.blob(3), stmt.integer(4));
    const std::optional<HubRole> role = roleFromCode(stmt.text(1));
    const std::int64_t id = stmt.int64(0);
    stmt.reset();
    if (!stored.verify(password) || !role) {
        return std::nullopt;
    }
    return HubCaller{ id, name, *role, scopeOf(id) };
}

IssuedToken HubUsers::issueToken(const HubCaller& caller, std::int64_t nowUtc, std::int64_t lifetimeSeconds)
{
    IssuedToken issued;
    issued.token
        = PasswordHash::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    issued.expiresUtc = nowUtc + lifetimeSeconds;
    issued.caller = caller;
    core::Statement stmt
        = m_db.prepare("INSERT INTO tokens (token_hash, user_id, issued_utc, expires_utc) VALUES (?, ?, ?, ?)");
    stmt.bind(1, PasswordHash::sha256(issued.token)).bind(2, caller.userId).bind(3, nowUtc).bind(4, issued.expiresUtc);
    stmt.exec();
    return issued;
}

std::optional<HubCaller> HubUsers::authenticate(const QByteArray& token, std::int64_t nowUtc) const
{
    if (token.isEmpty() || token.size() > 256) {
        return std::nullopt;
    }
    core::Statement stmt = m_db.prepare("SELECT u.id, u.name, u.role FROM tokens t JOIN users u ON u.id = t.user_id "
                                        "WHERE t.token_hash = ? AND t.expires_utc > ?");
    stmt.bind(1, PasswordHash::sha256(token)).bind(2, nowUtc);
    if (!stmt.step()) {
        return std::nullopt;
    }
    const std::optional<HubRole> role = roleFromCode(stmt.text(2));
    if (!role) {
        return std::nullopt;
    }
    const std::int64_t id = stmt.int64(0);
    return HubCaller{ id, stmt.text(1), *role, scopeOf(id) };
}

int HubUsers::removeExpiredTokens(std::int64_t nowUtc)
{
    core::Statement stmt = m_db.prepare("DELETE FROM tokens WHERE expires_utc <= ?");
    stmt.bind(1, nowUtc);
    stmt.exec();
    return m_db.changes();
}

std::string LoginThrottle::keyOf(const QString& user, const std::string& address)
{
    // A newline cannot be part of a user name that reached us in a JSON string and was
    // then checked, nor of an address: the pair's key is unambiguous.
    return user.toStdString() + '\n' + address;
}

std::int64_t LoginThrottle::delayAfter(int failures)
{
    if (failures < FreeFailures) {
        return 0;
    }
    const int doublings = std::min(failures - FreeFailures, 20);
    return std::min(FirstDelayMs << doublings, MaxDelayMs);
}

std::int64_t LoginThrottle::retryAfterMs(const QString& user, const std::string& address, std::int64_t nowMs) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(keyOf(user, address));
    if (it == m_entries.end()) {
        return 0;
    }
    const std::int64_t allowedAt = it->second.lastFailureMs + delayAfter(it->second.failures);
    return std::max<std::int64_t>(0, allowedAt - nowMs);
}

void LoginThrottle::recordFailure(const QString& user, const std::string& address, std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    std::string key = keyOf(user, address);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && nowMs - it->second.lastFailureMs > ForgetAfterMs) {
        it->second.failures = 0;
    }
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxTracked) {
            dropStale(nowMs);
        }
        it = m_entries.emplace(std::move(key), Entry()).first;
    }
    it->second.failures = std::min(it->second.failures + 1, 1000);
    it->second.lastFailureMs = nowMs;
}

void LoginThrottle::recordSuccess(const QString& user, const std::string& address)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(keyOf(user, address));
}

std::size_t LoginThrottle::trackedPairs() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void LoginThrottle::dropStale(std::int64_t nowMs)
{
    std::erase_if(m_entries, [&](const auto& item) { return nowMs - item.second.lastFailureMs > ForgetAfterMs; });
    if (m_entries.size() < MaxTracked) {
        return;
    }
    const auto stalest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto& a, const auto& b) {
        return a.second.lastFailureMs < b.second.lastFailureMs;
    });
    m_entries.erase(stalest);
}

} // namespace cruscotto::sync
