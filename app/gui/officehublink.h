#pragma once

#include "core/database.h"
#include "core/ledger.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace cruscotto {

namespace sync {
class HubClient;
}

// How the counter reaches the hub (all empty: it works alone, from its ledger).
struct OfficeHubConnection
{
    QString url;
    QString user;
    QString password;
    QString caFile;
    bool isSet() const { return !url.isEmpty() && !user.isEmpty(); }
};

// The counter's link to the hub, on a thread of its own (the GUI thread never waits
// on the network). Each round:
//  - copies the new sales, voids and refunds of the ledger into the cache's pending
//    sales, so a dashboard on this machine counts them at once (core::PendingSales);
//  - uploads the ledger records the hub does not have (LedgerUploader), then pulls
//    the site's revocations, first entries and device keys into the ledger, and
//    today's group bookings (online and B2B) of the site;
//  - brings the cache up to date (SyncEngine: slot counts, catalogue), when the cache
//    already follows this hub and user, settling the pending sales exactly once.
// A hub that does not answer within a second is absent: the round says "offline"
// and the counter goes on selling from its ledger. Training ledgers never leave.
class OfficeHubLink : public QObject
{
    Q_OBJECT

public:
    OfficeHubLink(QString dataDir, bool training, OfficeHubConnection connection, QObject* parent = nullptr);
    ~OfficeHubLink() override;

public slots:
    // One round; call it through a queued connection (the object lives on its thread).
    void runRound();

signals:
    // After each round that tried the hub: whether it answered.
    void hubReachable(bool online);
    // The hub kept sales beyond a slot's quota: a person must deal with it.
    void overbooked(const QStringList& descriptions);
    // The ledger holds new device keys, revocations or first entries.
    void ticketStateChanged();
    // The ledger holds another list of today's bookings than before the round.
    void bookingsChanged();
    // Something went wrong that is not the hub being absent (refused records, a
    // full disk...): in words for the clerk.
    void problem(const QString& message);
    void roundFinished();

private:
    bool openFiles();

    QString m_dataDir;
    bool m_training;
    OfficeHubConnection m_connection;
    std::optional<core::Ledger> m_ledger;
    std::optional<core::Database> m_cache;
    std::unique_ptr<sync::HubClient> m_client;
    bool m_loggedIn = false;
};

} // namespace cruscotto
