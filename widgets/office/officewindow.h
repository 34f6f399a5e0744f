#pragma once

#include "widgets/office/officeclock.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace core {
class TicketOffice;
}

namespace widgets {

class CashSessionPage;
class CheckInPage;
class SalePage;
class TicketPrinter;

// The clerk's window: the ticket office only (never the dashboards). F5 sale, F6
// check-in, F7 cash session, F9 today's group bookings (on the check-in screen); a status line with the hub's reachability and the
// clerk; a banner across the top when the ledger is a training one.
class OfficeWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen
    {
        Sale,
        CheckIn,
        Cash
    };
    Q_ENUM(Screen)

    OfficeWindow(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent = nullptr);

    void setClock(OfficeClock clock);
    Screen currentScreen() const;
    SalePage* salePage() const { return m_sale; }
    CheckInPage* checkInPage() const { return m_checkIn; }
    CashSessionPage* cashPage() const { return m_cash; }
    bool isTrainingBannerShown() const;
    QString connectionText() const;

public slots:
    void showScreen(widgets::OfficeWindow::Screen screen);
    // F9: the check-in screen with today's group bookings focused (again: back to the scan field).
    void showBookings();
    // The app calls this with what the hub did the last time it was asked.
    void setHubOnline(bool online);
    // No hub is set up: this counter sells alone (slots at the counter's whole quota).
    void setWorkingAlone();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    core::TicketOffice& m_office;
    QStackedWidget* m_pages;
    QList<QToolButton*> m_tabs;
    SalePage* m_sale;
    CheckInPage* m_checkIn;
    CashSessionPage* m_cash;
    QLabel* m_trainingBanner;
    QLabel* m_connection;
    QLabel* m_clerk;
};

} // namespace widgets
