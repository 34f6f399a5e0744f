#pragma once

#include "widgets/office/officeclock.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace core {
class Ledger;
}

namespace widgets {

// Today's group bookings at the entrance: the school classes and tour operators'
// groups booked online or by businesses through the hub, each with its slot, channel,
// group, voucher, whom to invoice (B2B) and how many of its tickets have entered
// (here or at another counter). Read from the ledger (Ledger::bookings), which the
// hub link fills; refreshed after each scan and each pull.
class BookingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        SlotColumn,
        ChannelColumn,
        GroupColumn,
        VoucherColumn,
        InvoiceColumn,
        EnteredColumn,
        ColumnCount
    };

    BookingsPanel(core::Ledger& ledger, OfficeClock clock, QWidget* parent = nullptr);

    int bookingCount() const;
    QString cellText(int row, Column column) const;
    QString headingText() const;
    QTreeWidget* list() const { return m_list; }

    static QString channelName(const QString& channel);
    static QString groupTypeName(const QString& groupType);

public slots:
    void refresh();

signals:
    // Esc or F9 in the list: back to the scan field.
    void leaveRequested();
    // A key with text pressed in the list (a scanner typing): for the scan field.
    void textTyped(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    core::Ledger& m_ledger;
    OfficeClock m_clock;
    QLabel* m_heading;
    QTreeWidget* m_list;
};

} // namespace widgets
