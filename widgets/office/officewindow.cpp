#include "widgets/office/officewindow.h"

#include "widgets/office/cashsessionpage.h"
#include "widgets/office/checkinpage.h"
#include "widgets/office/salepage.h"

#include "core/ticketoffice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace widgets {

OfficeWindow::OfficeWindow(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent)
    : QMainWindow(parent)
    , m_office(office)
{
    setObjectName(QStringLiteral("officeWindow"));
    setWindowTitle(tr("Ticket office – %1").arg(office.site().name));
    resize(1280, 800);

    auto* central = new QWidget(this);
    m_trainingBanner = new QLabel(tr("TRAINING – these sales do not count and never leave this computer"), central);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setAccessibleName(tr("Training mode"));
    m_trainingBanner->setAlignment(Qt::AlignCenter);
    m_trainingBanner->setStyleSheet(
        QStringLiteral("background-color: #ffd600; color: #222; font-weight: bold; font-size: 18pt; padding: 8px;"));
    m_trainingBanner->setVisible(office.isTraining());

    m_pages = new QStackedWidget(central);
    m_sale = new SalePage(office, printer, m_pages);
    m_checkIn = new CheckInPage(office, m_pages);
    m_cash = new CashSessionPage(office, printer, m_pages);
    m_pages->addWidget(m_sale);
    m_pages->addWidget(m_checkIn);
    m_pages->addWidget(m_cash);

    auto* tabs = new QWidget(central);
    tabs->setObjectName(QStringLiteral("screenTabs"));
    tabs->setStyleSheet(QStringLiteral(
        "#screenTabs { background: #1f2a37; }"
        "QToolButton { color: #dfe6ee; background: transparent; border: none; padding: 10px 22px; font-size: 14pt; }"
        "QToolButton:checked { color: white; background: #2c3e52; border-bottom: 3px solid #4aa3ff; }"));
    auto* tabsLayout = new QHBoxLayout(tabs);
    tabsLayout->setContentsMargins(8, 0, 8, 0);
    tabsLayout->setSpacing(0);
    const std::tuple<Screen, QString, QString, Qt::Key> screens[]
        = { { Screen::Sale, tr("Sale (F5)"), tr("Sale screen"), Qt::Key_F5 },
            { Screen::CheckIn, tr("Check-in (F6)"), tr("Check-in screen"), Qt::Key_F6 },
            { Screen::Cash, tr("Cash (F7)"), tr("Cash session screen"), Qt::Key_F7 } };
    for (const auto& [screen, text, accessible, key] : screens) {
        auto* tab = new QToolButton(tabs);
        tab->setText(text);
        tab->setAccessibleName(accessible);
        tab->setCheckable(true);
        tab->setFocusPolicy(Qt::TabFocus);
        const Screen target = screen;
        connect(tab, &QToolButton::clicked, this, [this, target] { showScreen(target); });
        tabsLayout->addWidget(tab);
        m_tabs.append(tab);
        auto* action = new QAction(accessible, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, target] { showScreen(target); });
        addAction(action);
    }
    // F9: today's group bookings, on the check-in screen (F9 or Esc again: the scan field).
    auto* bookings = new QAction(tr("Today's group bookings"), this);
    bookings->setShortcut(QKeySequence(Qt::Key_F9));
    bookings->setShortcutContext(Qt::WindowShortcut);
    connect(bookings, &QAction::triggered, this, &OfficeWindow::showBookings);
    addAction(bookings);
    tabsLayout->addStretch(1);
    auto* site = new QLabel(office.site().name, tabs);
    site->setStyleSheet(QStringLiteral("color: #dfe6ee; font-size: 12pt; padding-right: 12px;"));
    tabsLayout->addWidget(site);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trainingBanner);
    layout->addWidget(tabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_connection->setAccessibleName(tr("Connection to the hub"));
    m_clerk = new QLabel(tr("Clerk: %1").arg(office.clerk()), this);
    m_clerk->setObjectName(QStringLiteral("clerkStatus"));
    m_clerk->setAccessibleName(tr("Clerk"));
    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_clerk);
    setHubOnline(false);

    connect(m_cash, &CashSessionPage::sessionChanged, m_sale, &SalePage::refreshSession);
    connect(m_sale, &SalePage::ledgerChanged, m_cash, &CashSessionPage::refresh);
    showScreen(Screen::Sale);
}

void OfficeWindow::setClock(OfficeClock clock)
{
    m_sale->setClock(clock);
    m_checkIn->setClock(clock);
    m_cash->setClock(std::move(clock));
}

OfficeWindow::Screen OfficeWindow::currentScreen() const
{
    return static_cast<Screen>(m_pages->currentIndex());
}

void OfficeWindow::showScreen(Screen screen)
{
    const int index = static_cast<int>(screen);
    m_pages->setCurrentIndex(index);
    for (int i = 0; i < m_tabs.size(); ++i) {
        m_tabs.at(i)->setChecked(i == index);
    }
    switch (screen) {
    case Screen::Sale:
        m_sale->refreshSession();
        m_sale->focusCurrentStep();
        break;
    case Screen::CheckIn:
        m_checkIn->refreshOccupancy();
        m_checkIn->focusInput();
        break;
    case Screen::Cash:
        m_cash->refresh();
        break;
    }
}

void OfficeWindow::showBookings()
{
    if (currentScreen() != Screen::CheckIn) {
        showScreen(Screen::CheckIn);
    }
    m_checkIn->toggleBookingsFocus();
}

void OfficeWindow::setHubOnline(bool online)
{
    // Offline, time slots are sold only up to this device's allotment.
    m_office.setOnline(online);
    m_sale->refreshAvailability();
    m_connection->setText(online ? tr("● Online: sales are sent to the hub")
                                 : tr("● Offline: sales are kept on this computer and sent later"));
    m_connection->setStyleSheet(online ? QStringLiteral("color: #1b7f3b; font-weight: bold;")
                                       : QStringLiteral("color: #b35c00; font-weight: bold;"));
}

void OfficeWindow::setWorkingAlone()
{
    m_office.setOnline(true); // nobody else sells this counter's quota
    m_sale->refreshAvailability();
    m_connection->setText(tr("● No hub set up: sales are kept on this computer"));
    m_connection->setStyleSheet(QStringLiteral("color: #555555; font-weight: bold;"));
}

void OfficeWindow::keyPressEvent(QKeyEvent* event)
{
    // The same keys as the actions' shortcuts, for when the window system has not
    // made the window active (no window manager on a bare kiosk X server).
    switch (event->key()) {
    case Qt::Key_F5:
        showScreen(Screen::Sale);
        return;
    case Qt::Key_F6:
        showScreen(Screen::CheckIn);
        return;
    case Qt::Key_F7:
        showScreen(Screen::Cash);
        return;
    case Qt::Key_F9:
        showBookings();
        return;
    default:
        QMainWindow::keyPressEvent(event);
    }
}

bool OfficeWindow::isTrainingBannerShown() const
{
    return !m_trainingBanner->isHidden();
}

QString OfficeWindow::connectionText() const
{
    return m_connection->text();
}

} // namespace widgets
