// The desktop app's Sync screen wired to the real sync engine and a real hub on
// 127.0.0.1, as app/gui/main.cpp wires them: fill in the form, press Sync now,
// and the dashboard shows the hub's figures.
#include "app/gui/hubcredentials.h"
#include "app/gui/syncwiring.h"
#include "core/cache.h"
#include "core/database.h"
#include "sync/syncworker.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"
#include "widgets/syncpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

class TestSyncWiring : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    synctest::HubProcess m_hub;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        synctest::HubProcess::seed(m_hubDir.path());
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void syncFromTheScreenFillsTheDashboard()
    {
        testsupport::TestDataDir cacheDir;
        widgets::MainWindow window(cacheDir.path());
        QThread thread;
        auto* worker = new cruscotto::sync::SyncWorker(cacheDir.path());
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        HubCredentials credentials;
        connectSync(window, worker, credentials);
        window.show();
        window.showScreen(widgets::MainWindow::Screen::Sync);

        widgets::SyncPage* page = window.syncPage();
        QSignalSpy finished(worker, &cruscotto::sync::SyncWorker::finished);
        page->findChild<QLineEdit*>(QStringLiteral("hubUrl"))->setText(url());
        page->findChild<QLineEdit*>(QStringLiteral("hubUser"))->setText(QStringLiteral("director"));
        page->findChild<QLineEdit*>(QStringLiteral("hubPassword"))->setText(QStringLiteral("wrong"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("syncNow")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QTRY_VERIFY(
            page->findChild<QLabel*>(QStringLiteral("syncResult"))->text().contains(QStringLiteral("password")));
        QVERIFY(!page->isRunning());

        page->findChild<QLineEdit*>(QStringLiteral("hubPassword"))->setText(QStringLiteral("demo"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("syncNow")), Qt::LeftButton);
        QVERIFY(page->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(finished.last().at(2).toLongLong() > 1000);
        QTRY_VERIFY(
            page->findChild<QLabel*>(QStringLiteral("lastSync"))->text().startsWith(QStringLiteral("Last sync")));
        // The connection (never the password) is remembered for next time.
        QCOMPARE(credentials.connection().url, url());
        QCOMPARE(credentials.connection().user, QStringLiteral("director"));

        // The window reloaded: the dashboard lists the director's three sites and shows their figures.
        window.showScreen(widgets::MainWindow::Screen::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(window.isCacheLoaded() && window.dashboard()->isUpToDate(), 20000);
        core::Database cache = core::Cache::openReader(cacheDir.path());
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM sites"), 3);
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->shownFigures().totals.visitors > 0, 20000);

        worker->cancel();
        thread.quit();
        thread.wait();
    }

    void cleanupTestCase() { m_hub.terminate(); }
};

QTEST_MAIN(TestSyncWiring)
#include "testsyncwiring.moc"
