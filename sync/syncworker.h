#pragma once

#include <QObject>
#include <QString>

#include <mutex>

namespace cruscotto::sync {

class SyncEngine;

// Runs syncs with the hub on the thread it lives on (move it to a QThread), so
// the GUI never waits on the network; reports through queued signals.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString dataDir, QObject* parent = nullptr);

    // Thread-safe: asks the running sync to stop at its next safe point.
    void cancel();

public slots:
    void sync(const QString& url, const QString& user, const QString& password, const QString& caFile);

signals:
    void started();
    // fraction and secondsLeft are negative while unknown.
    void progress(qint64 rows, quint64 bytes, double fraction, double secondsLeft);
    void finished(bool ok, const QString& message, qint64 rows);
    // After each run: whether the hub answered (false when it could not be reached).
    void hubReachable(bool reachable);

private:
    QString m_dataDir;
    std::mutex m_mutex;
    SyncEngine* m_engine = nullptr; // set while a sync runs
    bool m_cancelRequested = false;
};

} // namespace cruscotto::sync
