#pragma once

#include "widgets/office/officeclock.h"

#include "core/ticketoffice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace widgets {

class TicketPrinter;

// The cash drawer: open a session with its float, look at the X report, and close
// with a blind count: the clerk types what is in the drawer before the screen shows
// what should be there; then the Z report shows the discrepancy and is printed.
class CashSessionPage : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        NoSession,
        Open,
        Counting, // blind count: the expected figure is not on the screen
        Closed // the Z report just made
    };
    Q_ENUM(State)

    CashSessionPage(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent = nullptr);

    void setClock(OfficeClock clock) { m_clock = std::move(clock); }
    State state() const { return m_state; }
    const std::optional<core::SessionReport>& lastZReport() const { return m_z; }
    // The text on the screen of the current state (tests, accessibility).
    QString reportText() const;
    QString message() const;

public slots:
    void refresh();
    void openSession();
    void showXReport();
    void startClosing();
    void closeWithCount();
    void cancelClosing();
    void printZAgain();

signals:
    void sessionChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showState(State state);
    std::optional<core::Money> typedAmount(QLineEdit* edit);

    core::TicketOffice& m_office;
    TicketPrinter& m_printer;
    OfficeClock m_clock = systemOfficeClock();
    State m_state = State::NoSession;
    std::optional<core::SessionReport> m_z;

    QStackedWidget* m_states;
    QLineEdit* m_float;
    QLabel* m_sessionInfo;
    QTextBrowser* m_xReport;
    QLineEdit* m_counted;
    QLabel* m_discrepancy;
    QTextBrowser* m_zReport;
    QLabel* m_printStatus;
    QLabel* m_message;
};

} // namespace widgets
