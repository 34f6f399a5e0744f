#include "widgets/mainwindow.h"

#include "widgets/alertspage.h"
#include "widgets/dashboardpage.h"
#include "widgets/demodatadialog.h"
#include "widgets/fundingpage.h"
#include "widgets/settingspage.h"
#include "widgets/regionalpage.h"
#include "widgets/reportspage.h"
#include "widgets/syncpage.h"
#include "widgets/zonespage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace widgets {

namespace {
const char* const kStyleSheet = R"CSS(
#navigation {
    background: #1f2a37;
    color: #dfe6ee;
    border: none;
    outline: none;
    padding-top: 8px;
}
#navigation::item { padding: 10px 18px; border-left: 3px solid transparent; }
#navigation::item:hover { background: #2a3848; }
#navigation::item:selected { background: #2c3e52; color: #ffffff; border-left: 3px solid #4aa3ff; }
#brand { background: #1f2a37; color: #ffffff; padding: 18px 18px 6px 18px; }
#kpiTile, #chartFrame, #emptyCard {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
#cacheBanner { background: #fff4ce; border-bottom: 1px solid #e0c36a; }
#cacheBanner QLabel { color: #4a3b00; }
)CSS";

QLabel* headingLabel(const QString& text, double scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

MainWindow::MainWindow(const QString& dataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setWindowTitle(tr("Cruscotto"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 820);

    auto* central = new QWidget(this);
    central->setStyleSheet(QLatin1String(kStyleSheet));

    auto* brand = headingLabel(tr("Cruscotto"), 1.4, central);
    brand->setObjectName(QStringLiteral("brand"));
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    // Only the screens that exist; the order is the product's.
    const std::pair<Screen, QString> screens[] = { { Screen::Dashboard, tr("Dashboard") },
                                                   { Screen::Regional, tr("Regional") },
                                                   { Screen::Zones, tr("Zones & climate") },
                                                   { Screen::Alerts, tr("Alerts") },
                                                   { Screen::Funding, tr("Funded projects") },
                                                   { Screen::Reports, tr("Reports") },
                                                   { Screen::Sync, tr("Sync") },
                                                   { Screen::Settings, tr("Settings") } };
    for (const auto& [screen, name] : screens) {
        auto* item = new QListWidgetItem(name, m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(screen));
    }
    auto* sideBar = new QWidget(central);
    auto* sideLayout = new QVBoxLayout(sideBar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_navigation, 1);

    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("cacheBanner"));
    m_banner->setAccessibleName(tr("Notice"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("cacheBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the notice"));
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 10, 16, 10);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_banner->hide();

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* loading = new QLabel(tr("Opening the local data…"), m_pages);
    loading->setAlignment(Qt::AlignCenter);
    loading->setObjectName(QStringLiteral("loadingState"));
    m_loading = loading;
    m_emptyState = createEmptyState();
    m_dashboard = new DashboardPage(m_pages);
    m_settings = new SettingsPage(m_pages);
    m_sync = new SyncPage(m_pages);
    m_regional = new RegionalPage(m_pages);
    m_zones = new ZonesPage(m_pages);
    m_alerts = new AlertsPage(m_pages);
    m_funding = new FundingPage(m_pages);
    m_pages->addWidget(m_funding);
    m_reports = new ReportsPage(m_pages);
    m_pages->addWidget(m_reports);
    for (QWidget* page : { m_loading, m_emptyState, static_cast<QWidget*>(m_dashboard),
                           static_cast<QWidget*>(m_settings), static_cast<QWidget*>(m_sync) }) {
        m_pages->addWidget(page);
    }
    for (QWidget* page : { static_cast<QWidget*>(m_regional), static_cast<QWidget*>(m_zones),
                           static_cast<QWidget*>(m_alerts) }) {
        m_pages->addWidget(page);
    }
    // Drill-down region -> site -> zone, and the breadcrumb back up.
    connect(m_regional, &RegionalPage::siteActivated, this,
            [this](std::int64_t siteId, const QDate& from, const QDate& to) {
                m_zones->showSite(siteId, from, to);
                showScreen(Screen::Zones);
            });
    connect(m_zones, &ZonesPage::regionRequested, this, [this](std::int64_t regionId) {
        m_regional->selectRegion(regionId);
        showScreen(Screen::Regional);
    });

    auto* content = new QWidget(central);
    content->setObjectName(QStringLiteral("content"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);

    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sideBar);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showScreen(static_cast<Screen>(m_navigation->item(row)->data(Qt::UserRole).toInt()));
        }
    });
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();

    reloadCache();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dashboard = view->addAction(tr("&Dashboard"));
    dashboard->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(dashboard, &QAction::triggered, this, [this] { showScreen(Screen::Dashboard); });
    QAction* sync = view->addAction(tr("S&ync"));
    sync->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(sync, &QAction::triggered, this, [this] { showScreen(Screen::Sync); });
    QAction* settings = view->addAction(tr("&Settings"));
    settings->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(settings, &QAction::triggered, this, [this] { showScreen(Screen::Settings); });
    QAction* regional = view->addAction(tr("Re&gional"));
    regional->setShortcut(QKeySequence(tr("Ctrl+5")));
    connect(regional, &QAction::triggered, this, [this] { showScreen(Screen::Regional); });
    QAction* zones = view->addAction(tr("&Zones && climate"));
    zones->setShortcut(QKeySequence(tr("Ctrl+6")));
    connect(zones, &QAction::triggered, this, [this] { showScreen(Screen::Zones); });
    QAction* alerts = view->addAction(tr("&Alerts"));
    alerts->setShortcut(QKeySequence(tr("Ctrl+7")));
    connect(alerts, &QAction::triggered, this, [this] { showScreen(Screen::Alerts); });
    QAction* reports = view->addAction(tr("R&eports"));
    reports->setShortcut(QKeySequence(tr("Ctrl+9")));
    connect(reports, &QAction::triggered, this, [this] { showScreen(Screen::Reports); });
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_dashboard, &DashboardPage::refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_regional) {
            m_regional->refresh();
        } else if (m_pages->currentWidget() == m_zones) {
            m_zones->refresh();
        } else if (m_pages->currentWidget() == m_alerts) {
            m_alerts->refresh();
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Cruscotto"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Cruscotto"),
                           tr("<b>Cruscotto %1</b><br>Decision support for Italian state cultural sites.")
                               .arg(QApplication::applicationVersion()));
    });
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("emptyState"));
    auto* card = new QFrame(page);
    card->setObjectName(QStringLiteral("emptyCard"));
    card->setFixedWidth(620);
    m_emptyTitle = headingLabel(QString(), 1.5, card);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyText = new QLabel(card);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createDemo = new QPushButton(tr("Create demo data"), card);
    m_createDemo->setObjectName(QStringLiteral("createDemoButton"));
    m_createDemo->setAccessibleName(tr("Create demo data"));
    connect(m_createDemo, &QPushButton::clicked, this, &MainWindow::createDemoData);
    auto* connectHub = new QPushButton(tr("Connect to a hub…"), card);
    connectHub->setObjectName(QStringLiteral("connectHubButton"));
    connectHub->setAccessibleName(tr("Connect to a hub"));
    connect(connectHub, &QPushButton::clicked, this, [this] { showScreen(Screen::Sync); });

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(m_emptyTitle);
    cardLayout->addWidget(m_emptyText);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_createDemo);
    choices->addWidget(connectHub);
    choices->addStretch(1);
    cardLayout->addLayout(choices);

    // Stretches rather than alignment flags: an aligned widget gets its size hint's
    // height, which cuts a word-wrapped label short.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

MainWindow::Screen MainWindow::currentScreen() const
{
    if (m_pages->currentWidget() == m_sync) {
        return Screen::Sync;
    }
    if (m_pages->currentWidget() == m_regional) {
        return Screen::Regional;
    }
    if (m_pages->currentWidget() == m_zones) {
        return Screen::Zones;
    }
    if (m_pages->currentWidget() == m_alerts) {
        return Screen::Alerts;
    }
    if (m_pages->currentWidget() == m_funding) {
        return Screen::Funding;
    }
    if (m_pages->currentWidget() == m_reports) {
        return Screen::Reports;
    }
    return m_pages->currentWidget() == m_settings ? Screen::Settings : Screen::Dashboard;
}

void MainWindow::showScreen(Screen screen)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(screen)) {
            m_navigation->setCurrentRow(row);
        }
    }
    if (screen == Screen::Settings) {
        m_pages->setCurrentWidget(m_settings);
    } else if (screen == Screen::Sync) {
        m_pages->setCurrentWidget(m_sync);
    } else if (screen == Screen::Regional) {
        showDataPage(m_regional);
    } else if (screen == Screen::Zones) {
        showDataPage(m_zones);
    } else if (screen == Screen::Alerts) {
        showDataPage(m_alerts);
    } else if (screen == Screen::Reports) {
        showDataPage(m_reports);
    } else if (screen == Screen::Funding) {
        // Funding tables need no sales figures: shown even on a cache without them.
        m_pages->setCurrentWidget(m_funding);
    } else {
        showDashboardOrState();
    }
}

void MainWindow::showDataPage(QWidget* page)
{
    if (!m_loaded) {
        m_pages->setCurrentWidget(m_loading);
    } else if (m_overview.hasData()) {
        m_pages->setCurrentWidget(page);
    } else {
        m_pages->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::showDashboardOrState()
{
    if (!m_loaded) {
        m_pages->setCurrentWidget(m_loading);
    } else if (m_overview.hasData()) {
        m_pages->setCurrentWidget(m_dashboard);
    } else {
        m_pages->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::reloadCache()
{
    m_loaded = false;
    if (currentScreen() == Screen::Dashboard) {
        m_pages->setCurrentWidget(m_loading);
    }
    auto* watcher = new QFutureWatcher<CacheOverview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        overviewLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&CacheOverview::load, m_dataDir));
}

void MainWindow::overviewLoaded(const CacheOverview& overview)
{
    m_overview = overview;
    m_loaded = true;
    if (overview.report.movedAside) {
        // Stays until dismissed, even after the cache is filled again.
        m_bannerText->setText(overview.report.userMessage());
        m_banner->show();
    }
    m_settings->setOverview(overview);
    m_funding->setDataDir(m_dataDir);
    const QString dir = QDir::toNativeSeparators(m_dataDir).toHtmlEscaped();
    if (!overview.error.isEmpty()) {
        m_emptyTitle->setText(tr("The local data cannot be opened"));
        m_emptyText->setText(overview.error.toHtmlEscaped());
        m_createDemo->hide();
    } else if (!overview.hasData()) {
        m_emptyTitle->setText(tr("No data yet"));
        // The command line tool refuses to overwrite an existing (empty) cache without --force.
        const QString cli = overview.exists ? QStringLiteral("cruscotto-cli demo --force --data-dir %1").arg(dir)
                                            : QStringLiteral("cruscotto-cli demo --data-dir %1").arg(dir);
        m_emptyText->setText(tr("<p>There are no visitor or sales figures in <tt>%1</tt> yet.</p>"
                                "<p>To explore Cruscotto with a demo region:</p>"
                                "<ul><li>create demo data with the button below,</li>"
                                "<li>or start Cruscotto with <tt>cruscotto --demo</tt>,</li>"
                                "<li>or run <tt>%2</tt> and start Cruscotto again.</li></ul>")
                                 .arg(dir, cli));
        m_createDemo->show();
    } else {
        m_dashboard->setCache(m_dataDir, overview.sites, overview.firstSalesDay, overview.lastSalesDay);
        m_regional->setCache(m_dataDir, overview.sites, overview.firstSalesDay, overview.lastSalesDay);
        m_zones->setCache(m_dataDir, overview.sites, overview.firstSalesDay, overview.lastSalesDay);
        m_alerts->setCache(m_dataDir, overview.sites, overview.firstSalesDay, overview.lastSalesDay);
        m_reports->setCache(m_dataDir, overview.sites, overview.lastSalesDay);
    }
    if (currentScreen() == Screen::Dashboard) {
        // While loading the pages show the loading state: the navigation knows which screen was chosen.
        const QListWidgetItem* chosen = m_navigation->currentItem();
        showScreen(chosen != nullptr ? static_cast<Screen>(chosen->data(Qt::UserRole).toInt()) : Screen::Dashboard);
    }
    emit cacheLoaded();
}

void MainWindow::createDemoData()
{
    if (DemoDataDialog::generate(m_dataDir, this)) {
        reloadCache();
    }
}

} // namespace widgets
