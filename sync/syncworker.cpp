#include "sync/syncworker.h"

#include "sync/hubclient.h"
#include "sync/syncengine.h"

#include "core/cache.h"
#include "core/database.h"

#include <QCoreApplication>
#include <QLocale>

namespace cruscotto::sync {

SyncWorker::SyncWorker(QString dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{ }

void SyncWorker::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelRequested = true;
    if (m_engine) {
        m_engine->cancel();
    }
}

void SyncWorker::sync(const QString& url, const QString& user, const QString& password, const QString& caFile)
{
    emit started();
    {
        std::lock_guard lock(m_mutex);
        m_cancelRequested = false;
    }
    try {
        core::Database cache = core::Cache::openWriter(m_dataDir);
        HubEndpoint endpoint;
        endpoint.url = url.toStdString();
        endpoint.caFile = caFile.toStdString();
        HubClient client(endpoint);
        SyncEngine engine(cache, client);
        {
            std::lock_guard lock(m_mutex);
            m_engine = &engine;
        }
        struct Detach
        {
            SyncWorker* worker;
            ~Detach()
            {
                std::lock_guard lock(worker->m_mutex);
                worker->m_engine = nullptr;
            }
        } detach{ this };
        engine.login(user, password);
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelRequested) {
                engine.cancel();
            }
        }
        const SyncResult result = engine.run([this](const SyncProgress& p) {
            emit progress(p.rows, p.bytes, p.fraction.value_or(-1.0), p.secondsLeft.value_or(-1.0));
        });
        emit hubReachable(true);
        emit finished(true,
                      QCoreApplication::translate("sync::SyncWorker", "Up to date: %1 rows received in %2 s.")
                          .arg(QLocale().toString(result.rows))
                          .arg(QLocale().toString(result.seconds, 'f', 1)),
                      result.rows);
    } catch (const SyncError& e) {
        emit hubReachable(e.kind() != SyncError::Kind::Unreachable);
        emit finished(false, e.message(), 0);
    } catch (const HubError& e) {
        emit hubReachable(false);
        emit finished(false, QString::fromUtf8(e.what()), 0);
    } catch (const core::DatabaseError& e) {
        emit finished(
            false,
            QCoreApplication::translate("sync::SyncWorker", "The local cache cannot be written: %1").arg(e.message()),
            0);
    } catch (const std::exception& e) {
        emit finished(false, QString::fromUtf8(e.what()), 0);
    }
}

} // namespace cruscotto::sync
