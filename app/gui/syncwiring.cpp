#include "syncwiring.h"

#include "hubcredentials.h"

#include "sync/syncworker.h"
#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"
#include "widgets/syncpage.h"

#include <QDateTime>

void connectSync(widgets::MainWindow& window, cruscotto::sync::SyncWorker* worker, HubCredentials& credentials)
{
    widgets::SyncPage* page = window.syncPage();
    page->setConnection(credentials.connection());
    credentials.probeKeychain([page, &credentials](bool available) {
        page->setKeychainAvailable(available);
        if (available && !page->connection().url.isEmpty()) {
            credentials.readPassword(page->connection(), [page](const QString& password) {
                if (!password.isEmpty()) {
                    page->setPassword(password);
                }
            });
        }
    });
    QObject::connect(page, &widgets::SyncPage::syncRequested, page,
                     [page, worker, &credentials](const widgets::HubConnection& c, const QString& password) {
                         credentials.saveConnection(c);
                         if (page->rememberPassword()) {
                             credentials.writePassword(c, password);
                         }
                         page->setRunning(true);
                         QMetaObject::invokeMethod(
                             worker, [worker, c, password] { worker->sync(c.url, c.user, password, c.caFile); },
                             Qt::QueuedConnection);
                     });
    // cancel() is thread-safe: called straight from the GUI thread.
    QObject::connect(
        page, &widgets::SyncPage::cancelRequested, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    QObject::connect(worker, &cruscotto::sync::SyncWorker::progress, page, &widgets::SyncPage::showProgress);
    // The dashboard's banner says when the figures come from a copy the hub could not refresh.
    QObject::connect(worker, &cruscotto::sync::SyncWorker::hubReachable, window.dashboard(),
                     &widgets::DashboardPage::setHubReachable);
    QObject::connect(worker, &cruscotto::sync::SyncWorker::finished, &window,
                     [page, &window](bool ok, const QString& message, qint64) {
                         if (ok) {
                             qInfo("Sync finished: %s", qPrintable(message));
                         } else {
                             qWarning("Sync failed: %s", qPrintable(message));
                         }
                         page->setRunning(false);
                         page->showResult(ok, message);
                         if (ok) {
                             page->setLastSync(QDateTime::currentDateTimeUtc());
                             window.reloadCache();
                         }
                     });
}
