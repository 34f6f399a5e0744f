#include "widgets/office/bookingspanel.h"

#include "core/ledger.h"
#include "core/rometime.h"

#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <exception>

namespace widgets {

BookingsPanel::BookingsPanel(core::Ledger& ledger, OfficeClock clock, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("bookingsPanel"));
    setAccessibleName(tr("Today's group bookings"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("bookingsHeading"));
    m_heading->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bookingsList"));
    m_list->setAccessibleName(tr("Today's group bookings (F9)"));
    m_list->setAccessibleDescription(tr("One row per group: time slot, channel, group, voucher, whom to invoice, "
                                        "tickets entered. Esc or F9 goes back to the scan field."));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Slot"), tr("Channel"), tr("Group"), tr("Voucher"), tr("Invoice to"), tr("Entered") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(InvoiceColumn, QHeaderView::Stretch);
    m_list->installEventFilter(this);
    m_heading->setBuddy(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    refresh();
}

QString BookingsPanel::channelName(const QString& channel)
{
    if (channel == QLatin1String("online")) {
        return tr("Online");
    }
    if (channel == QLatin1String("b2b")) {
        return tr("B2B");
    }
    return channel;
}

QString BookingsPanel::groupTypeName(const QString& groupType)
{
    if (groupType == QLatin1String("school")) {
        return tr("School");
    }
    if (groupType == QLatin1String("adults")) {
        return tr("Adults");
    }
    if (groupType == QLatin1String("seniors")) {
        return tr("Seniors");
    }
    if (groupType == QLatin1String("families")) {
        return tr("Families");
    }
    if (groupType == QLatin1String("tour_operator")) {
        return tr("Tour operator");
    }
    if (groupType == QLatin1String("association")) {
        return tr("Association");
    }
    if (groupType == QLatin1String("other")) {
        return tr("Other group");
    }
    return groupType;
}

void BookingsPanel::refresh()
{
    const QString selected
        = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    QList<core::HubBooking> bookings;
    try {
        bookings = m_ledger.bookings(core::RomeTime::localDate(m_clock()));
    } catch (const std::exception& e) {
        m_heading->setText(tr("The bookings cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_list->clear();
    int visitors = 0;
    int entered = 0;
    const QLocale locale;
    for (const core::HubBooking& b : std::as_const(bookings)) {
        const int tickets = int(b.ticketKeys.size());
        visitors += tickets;
        entered += b.entered;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, b.id);
        item->setText(SlotColumn, b.slot.isEmpty() ? tr("Any time") : b.slot);
        item->setText(ChannelColumn, channelName(b.channel));
        item->setText(GroupColumn, tr("%1, %n visitor(s)", "", b.groupSize).arg(groupTypeName(b.groupType)));
        item->setText(VoucherColumn, b.voucher);
        const bool b2b = b.channel == QLatin1String("b2b");
        item->setText(InvoiceColumn, b2b ? tr("%1, VAT %2").arg(b.invoiceName, b.vatNumber) : QString());
        item->setText(EnteredColumn, tr("%1 of %2").arg(locale.toString(b.entered), locale.toString(tickets)));
        item->setTextAlignment(EnteredColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (tickets > 0 && b.entered >= tickets) {
            item->setForeground(EnteredColumn, QColor(0x1b, 0x7f, 0x3b)); // the whole group is in
        }
        // One sentence for a screen reader, the row as a person reads it.
        QStringList words{ item->text(SlotColumn), item->text(ChannelColumn), item->text(GroupColumn) };
        if (!b.voucher.isEmpty()) {
            words << tr("voucher %1").arg(b.voucher);
        }
        if (b2b) {
            words << tr("invoice to %1").arg(item->text(InvoiceColumn));
        }
        words << tr("%1 entered").arg(item->text(EnteredColumn));
        for (int c = 0; c < ColumnCount; ++c) {
            item->setData(c, Qt::AccessibleTextRole, words.join(QStringLiteral(", ")));
        }
        if (b.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    m_heading->setText(bookings.isEmpty() ? tr("Group bookings today: none")
                                          : tr("Group bookings today: %n group(s), %1 of %2 visitors entered", "",
                                               int(bookings.size()))
                                                .arg(locale.toString(entered), locale.toString(visitors)));
    m_list->setAccessibleDescription(m_heading->text());
}

int BookingsPanel::bookingCount() const
{
    return m_list->topLevelItemCount();
}

QString BookingsPanel::cellText(int row, Column column) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

QString BookingsPanel::headingText() const
{
    return m_heading->text();
}

bool BookingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F9) {
            emit leaveRequested();
            return true;
        }
        // A scanner never waits for the clerk to move the focus: what it types goes to the scan field.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && text != QLatin1String(" ")) {
            emit textTyped(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace widgets
