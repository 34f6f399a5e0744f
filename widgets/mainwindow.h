#pragma once

#include "widgets/cacheoverview.h"

#include <QMainWindow>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace widgets {

class AlertsPage;
class DashboardPage;
class FundingPage;
class RegionalPage;
class SettingsPage;
class ReportsPage;
class SyncPage;
class ZonesPage;

// The application window: a navigation list on the left, the chosen screen on
// the right. The navigation lists only the screens that exist; the product's
// others (ticket office, reports) join it as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens the cache in `dataDir` on a worker thread; the window shows at once
    // and fills in when cacheLoaded() is emitted.
    explicit MainWindow(const QString& dataDir, QWidget* parent = nullptr);

    enum class Screen
    {
        Dashboard,
        Sync,
        Settings,
        Regional,
        Zones,
        Alerts,
        Funding,
        Reports
    };

    QString dataDir() const { return m_dataDir; }
    bool isCacheLoaded() const { return m_loaded; }
    const CacheOverview& overview() const { return m_overview; }
    DashboardPage* dashboard() const { return m_dashboard; }
    SettingsPage* settings() const { return m_settings; }
    SyncPage* syncPage() const { return m_sync; }
    RegionalPage* regional() const { return m_regional; }
    ZonesPage* zones() const { return m_zones; }
    AlertsPage* alerts() const { return m_alerts; }
    FundingPage* funding() const { return m_funding; }
    ReportsPage* reports() const { return m_reports; }
    Screen currentScreen() const;

signals:
    void cacheLoaded();

public slots:
    // Reads the cache again (after demo data was created, for instance).
    void reloadCache();
    void showScreen(widgets::MainWindow::Screen screen);

private:
    void createMenus();
    QWidget* createEmptyState();
    void overviewLoaded(const CacheOverview& overview);
    void showDashboardOrState();
    // A screen of the cache's figures, or the loading or empty state while there are none.
    void showDataPage(QWidget* page);
    void createDemoData();

    QString m_dataDir;
    CacheOverview m_overview;
    bool m_loaded = false;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QWidget* m_loading = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_createDemo = nullptr;
    DashboardPage* m_dashboard = nullptr;
    SettingsPage* m_settings = nullptr;
    SyncPage* m_sync = nullptr;
    RegionalPage* m_regional = nullptr;
    ZonesPage* m_zones = nullptr;
    AlertsPage* m_alerts = nullptr;
    FundingPage* m_funding = nullptr;
    ReportsPage* m_reports = nullptr;
};

} // namespace widgets
