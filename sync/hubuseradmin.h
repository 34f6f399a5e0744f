#pragma once

#include "sync/hubusers.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>

namespace core {
class Database;
}

namespace cruscotto::sync {

// A user account the administrator cannot create as asked; the message is for a person.
class HubUserError : public std::runtime_error
{
public:
    explicit HubUserError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
};

// The hub administrator's accounts (`cruscotto-hub users ...`): add, list, remove,
// and set a new password. A removed user's tokens go with it; a new password ends
// every token issued with the old one. Works on the writer connection it is given.
class HubUserAdmin
{
public:
    struct User
    {
        QString name;
        HubRole role = HubRole::Director;
        QStringList scope; // site codes, or region codes for a regional manager
        std::int64_t createdUtc = 0;
    };

    // Passwords shorter than this are refused (the demo's "demo" is --demo's only).
    static constexpr int MinimumPasswordLength = 10;

    explicit HubUserAdmin(core::Database& db);

    // Throws HubUserError for a name that is taken or not a plain one, a short
    // password, or a scope that does not fit the role: codes the hub does not know,
    // a clerk with other than one site, no scope at all.
    void add(const QString& name, HubRole role, const QByteArray& password, const QStringList& scope);
    QList<User> list() const;
    // False when there is no such user.
    bool remove(const QString& name);
    // False when there is no such user; throws HubUserError for a short password.
    bool setPassword(const QString& name, const QByteArray& password);

private:
    core::Database& m_db;
};

} // namespace cruscotto::sync
