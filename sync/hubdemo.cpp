#include "sync/hubdemo.h"

#include "core/database.h"
#include "sync/hubbookings.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"

#include <QDateTime>

namespace cruscotto::sync {

HubDemo::Result HubDemo::prepare(HubStore& store, const core::DemoGenerator::Options& options)
{
    Result result;
    store.write([&](core::Database& db) {
        if (db.scalar("SELECT COUNT(*) FROM sites") == 0) {
            result.summary = core::DemoGenerator(options).writeInto(db);
            result.seeded = true;
        }
        struct DemoUser
        {
            const char* name;
            HubRole role;
            QStringList scope;
        };
        const QStringList museums
            = { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") };
        const DemoUser users[] = {
            { "director", HubRole::Director, museums },
            { "clerk", HubRole::Clerk, { QStringLiteral("BAS-MUS-01") } },
            { "regional", HubRole::Regional, { QStringLiteral("BAS") } },
            { "gateway", HubRole::Gateway, { QStringLiteral("BAS-MUS-01") } },
        };
        HubUsers accounts(db);
        for (const DemoUser& user : users) {
            const QString name = QString::fromLatin1(user.name);
            if (!accounts.exists(name)) {
                accounts.addUser(name, user.role, QByteArray(Password), user.scope);
                ++result.usersAdded;
            }
        }
    });
    store.numberPendingRevisions();
    result.bookings = HubBookings::seedDemo(store, QDateTime::currentSecsSinceEpoch());
    return result;
}

} // namespace cruscotto::sync
