#include "officehublink.h"

#include "core/cache.h"
#include "core/pendingsales.h"
#include "core/rometime.h"
#include "sync/hubclient.h"
#include "sync/ledgeruploader.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <exception>

namespace cruscotto {

namespace {
QString translate(const char* text)
{
    return QCoreApplication::translate("cruscotto::OfficeHubLink", text);
}
} // namespace

OfficeHubLink::OfficeHubLink(QString dataDir, bool training, OfficeHubConnection connection, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_training(training)
    , m_connection(std::move(connection))
{ }

OfficeHubLink::~OfficeHubLink() = default;

bool OfficeHubLink::openFiles()
{
    try {
        if (!m_ledger) {
            m_ledger.emplace(core::Ledger::open(core::Ledger::pathIn(m_dataDir, m_training), m_training));
        }
        if (!m_cache && core::Cache::exists(m_dataDir)) {
            m_cache.emplace(core::Cache::openWriter(m_dataDir));
        }
        return true;
    } catch (const std::exception& e) {
        emit problem(translate("The ticket office's files cannot be opened: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void OfficeHubLink::runRound()
{
    if (!openFiles()) {
        emit roundFinished();
        return;
    }
    // The local dashboards count the sales at once, hub or no hub.
    if (m_cache && !m_training) {
        try {
            core::PendingSales::add(*m_cache, *m_ledger);
        } catch (const std::exception& e) {
            emit problem(translate("The sales could not be added to the local dashboards: %1")
                             .arg(QString::fromUtf8(e.what())));
        }
    }
    if (m_training || !m_connection.isSet()) {
        emit roundFinished();
        return;
    }
    if (!m_client) {
        sync::HubEndpoint endpoint;
        endpoint.url = m_connection.url.toStdString();
        endpoint.caFile = m_connection.caFile.toStdString();
        endpoint.connectTimeout = std::chrono::seconds(1); // no answer within a second: absent
        endpoint.timeout = std::chrono::seconds(20);
        m_client = std::make_unique<sync::HubClient>(endpoint);
    }
    sync::LedgerUploader::Options options;
    options.maxAttempts = 1; // the next round tries again; the counter never waits
    sync::LedgerUploader uploader(*m_client, options);
    try {
        uploader.login(m_connection.user, m_connection.password);
        const sync::LedgerUploadResult result = uploader.upload(*m_ledger);
        if (!result.overbooked.isEmpty()) {
            QStringList lines;
            for (const sync::SlotOverbooked& over : result.overbooked) {
                lines.append(over.describe());
            }
            emit overbooked(lines);
        }
        const sync::TicketStateResult state = uploader.pullTicketState(*m_ledger);
        if (state.revoked > 0 || state.uses > 0 || state.devices > 0) {
            emit ticketStateChanged();
        }
        // Today's groups, after the keys their tickets are checked with. Days gone are
        // forgotten (the hub keeps them).
        const QDate today = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
        const auto identity = m_ledger->identity();
        if (identity && uploader.pullBookings(*m_ledger, identity->siteCode, today).changed) {
            emit bookingsChanged();
        }
        m_ledger->forgetBookingsBefore(today);
        emit hubReachable(true);
    } catch (const sync::LedgerUploadError& e) {
        const bool absent = e.kind() == sync::LedgerUploadError::Kind::Unreachable;
        emit hubReachable(!absent);
        if (!absent) {
            emit problem(e.message());
        }
        emit roundFinished();
        return;
    } catch (const std::exception& e) {
        emit problem(QString::fromUtf8(e.what()));
        emit roundFinished();
        return;
    }
    // The cache follows the hub only where it already did (set up with this hub and
    // user): a counter never wipes data it did not fetch itself.
    if (m_cache
        && sync::SyncEngine::cacheSource(*m_cache)
            == sync::SyncEngine::sourceFor(m_connection.url.toStdString(), m_connection.user)) {
        sync::SyncEngine::Options syncOptions;
        syncOptions.maxAttempts = 1;
        // A clerk's cache gets the catalogue only (tariffs, slots); the slot counts come
        // with the ticket state above.
        syncOptions.catalogueOnly = sync::SyncEngine::cacheRole(*m_cache) == QLatin1String("clerk");
        core::Ledger* ledger = &*m_ledger;
        syncOptions.hubHasLedgerThrough = [ledger] { return ledger->uploadedThrough(); };
        try {
            sync::SyncEngine engine(*m_cache, *m_client, syncOptions);
            engine.login(m_connection.user, m_connection.password);
            engine.run();
        } catch (const sync::SyncError& e) {
            if (e.kind() != sync::SyncError::Kind::Unreachable) {
                emit problem(e.message());
            }
        }
    }
    emit roundFinished();
}

} // namespace cruscotto
