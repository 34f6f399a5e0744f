#pragma once

#include "widgets/office/officeclock.h"

#include "core/ticketoffice.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace widgets {

// Voids a whole recent sale or refunds some of its tickets. A reason is always
// required; above the office's supervisor limit, a supervisor's name and PIN too.
// The ticket office itself enforces both: the dialog only asks before it refuses.
class SaleCorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    SaleCorrectionDialog(core::TicketOffice& office, OfficeClock clock, QWidget* parent = nullptr);

    // Selects a sale of the list; false when it is not among the recent ones.
    bool selectReceipt(qint64 receiptNumber);
    std::optional<core::SaleReceipt> selectedReceipt() const;
    // Ticks the tickets (by key) to refund.
    void setTicketsToRefund(const QStringList& keys);
    // True when the amount at stake needs a supervisor (the fields are shown).
    bool needsSupervisor() const;
    QString message() const;

public slots:
    void voidSale();
    void refundTickets();
    void reloadSales();

signals:
    void corrected(qint64 receiptNumber);

private:
    void showSale();
    void updateApproval();
    core::Money amountAtStake(bool wholeSale) const;
    QStringList tickedKeys() const;
    std::optional<core::TicketOffice::Approval> approval() const;
    bool reasonGiven();

    core::TicketOffice& m_office;
    OfficeClock m_clock;
    QList<core::SaleReceipt> m_sales;

    QListWidget* m_saleList;
    QListWidget* m_tickets;
    QLineEdit* m_reason;
    QComboBox* m_refundMethod;
    QGroupBox* m_supervisorBox;
    QLineEdit* m_supervisor;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_void;
    QPushButton* m_refund;
};

} // namespace widgets
