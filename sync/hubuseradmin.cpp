#include "sync/hubuseradmin.h"

#include "core/database.h"
#include "sync/passwordhash.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cruscotto::sync {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("sync::HubUserAdmin", text);
}

void checkPassword(const QByteArray& password)
{
    if (password.size() < HubUserAdmin::MinimumPasswordLength) {
        throw HubUserError(translated(QT_TRANSLATE_NOOP("sync::HubUserAdmin",
                                                        "A password needs at least %1 characters."))
                               .arg(HubUserAdmin::MinimumPasswordLength));
    }
}

} // namespace

HubUserAdmin::HubUserAdmin(core::Database& db)
    : m_db(db)
{ }

void HubUserAdmin::add(const QString& name, HubRole role, const QByteArray& password, const QStringList& scope)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (!plainName.match(name).hasMatch()) {
        throw HubUserError(translated(QT_TRANSLATE_NOOP(
            "sync::HubUserAdmin",
            "A user name is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.")));
    }
    if (HubUsers(m_db).exists(name)) {
        throw HubUserError(
            translated(QT_TRANSLATE_NOOP("sync::HubUserAdmin", "There is already a user %1.")).arg(name));
    }
    checkPassword(password);
    if (scope.isEmpty()) {
        throw HubUserError(translated(QT_TRANSLATE_NOOP(
            "sync::HubUserAdmin", "A user needs a scope: the sites (or, for a regional manager, the regions) it sees.")));
    }
    if (role == HubRole::Clerk && scope.size() != 1) {
        throw HubUserError(
            translated(QT_TRANSLATE_NOOP("sync::HubUserAdmin", "A clerk works at exactly one site.")));
    }
    const bool regional = role == HubRole::Regional;
    core::Statement known = m_db.prepare(regional ? "SELECT 1 FROM regions WHERE code = ?"
                                                  : "SELECT 1 FROM sites WHERE code = ?");
    for (const QString& code : scope) {
        known.bind(1, code);
        const bool found = known.step();
        known.reset();
        if (!found) {
            throw HubUserError((regional ? translated(QT_TRANSLATE_NOOP("sync::HubUserAdmin",
                                                                        "The hub has no region %1."))
                                         : translated(QT_TRANSLATE_NOOP("sync::HubUserAdmin",
                                                                        "The hub has no site %1.")))
                                   .arg(code));
        }
    }
    HubUsers(m_db).addUser(name, role, password, scope);
}

QList<HubUserAdmin::User> HubUserAdmin::list() const
{
    QList<User> users;
    core::Statement rows = m_db.prepare("SELECT u.name, u.role, u.created_utc, "
                                        "(SELECT group_concat(code, ',') FROM (SELECT code FROM user_scopes s WHERE "
                                        "s.user_id = u.id ORDER BY code)) FROM users u ORDER BY u.name");
    while (rows.step()) {
        User user;
        user.name = rows.text(0);
        user.role = roleFromCode(rows.text(1)).value_or(HubRole::Director);
        user.createdUtc = rows.int64(2);
        user.scope = rows.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        users.append(user);
    }
    return users;
}

bool HubUserAdmin::remove(const QString& name)
{
    core::Transaction tx(m_db);
    core::Statement user = m_db.prepare("SELECT id FROM users WHERE name = ?");
    user.bind(1, name);
    if (!user.step()) {
        return false;
    }
    const std::int64_t id = user.int64(0);
    user.reset();
    for (const char* sql : { "DELETE FROM tokens WHERE user_id = ?", "DELETE FROM user_scopes WHERE user_id = ?",
                             "DELETE FROM users WHERE id = ?" }) {
        core::Statement del = m_db.prepare(sql);
        del.bind(1, id);
        del.exec();
    }
    tx.commit();
    return true;
}

bool HubUserAdmin::setPassword(const QString& name, const QByteArray& password)
{
    checkPassword(password);
    const PasswordHash hash = PasswordHash::create(password);
    core::Transaction tx(m_db);
    core::Statement update = m_db.prepare(
        "UPDATE users SET password_salt = ?, password_hash = ?, password_iterations = ? WHERE name = ?");
    update.bind(1, hash.salt()).bind(2, hash.hash()).bind(3, hash.iterations()).bind(4, name);
    update.exec();
    if (m_db.changes() == 0) {
        return false;
    }
    core::Statement tokens
        = m_db.prepare("DELETE FROM tokens WHERE user_id = (SELECT id FROM users WHERE name = ?)");
    tokens.bind(1, name);
    tokens.exec();
    tx.commit();
    return true;
}

} // namespace cruscotto::sync
