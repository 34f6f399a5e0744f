#pragma once

#include "widgets/office/officeclock.h"

#include "core/ticketoffice.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace widgets {

class BookingsPanel;

// The entrance: a keyboard-wedge scanner types the ticket's code and Enter into the
// focused field (a ticket key can be typed too). Each outcome gets its own colour,
// symbol and words, large enough to read from a step away. F2 switches In / Out.
// Beside the last scans, today's group bookings from the hub with how many of each
// group have entered; F9 moves to that list and back.
class CheckInPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInPage(core::TicketOffice& office, QWidget* parent = nullptr);

    void setClock(OfficeClock clock) { m_clock = std::move(clock); }
    core::ScanDirection direction() const { return m_direction; }
    const std::optional<core::CheckInResult>& lastResult() const { return m_last; }
    QString resultTitle() const;
    QString resultDetail() const;
    QString occupancyText() const;
    BookingsPanel* bookingsPanel() const { return m_bookings; }

    // The words, colour and symbol for an outcome.
    static QString outcomeTitle(core::CheckInResult::Outcome outcome, core::ScanDirection direction);
    static QColor outcomeColour(core::CheckInResult::Outcome outcome);
    static QString outcomeSymbol(core::CheckInResult::Outcome outcome);

public slots:
    void scan(const QString& text);
    void toggleDirection();
    void refreshOccupancy();
    void focusInput();
    // Today's bookings read again from the ledger (after the hub brought others, or entries).
    void refreshBookings();
    // F9: to the bookings list, or from it back to the scan field.
    void toggleBookingsFocus();

signals:
    void ledgerChanged();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showResult(const core::CheckInResult& result);

    core::TicketOffice& m_office;
    OfficeClock m_clock = systemOfficeClock();
    core::ScanDirection m_direction = core::ScanDirection::In;
    std::optional<core::CheckInResult> m_last;

    QLineEdit* m_input;
    QPushButton* m_directionButton;
    QFrame* m_result;
    QLabel* m_symbol;
    QLabel* m_title;
    QLabel* m_detail;
    QLabel* m_occupancy;
    QListWidget* m_history;
    BookingsPanel* m_bookings;
};

} // namespace widgets
