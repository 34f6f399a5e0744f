#include "widgets/office/salecorrectiondialog.h"

#include "core/rometime.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace widgets {

namespace {
QString romeTime(std::int64_t utc)
{
    return QDateTime::fromSecsSinceEpoch(utc + core::RomeTime::offsetAt(utc), Qt::UTC)
        .toString(QStringLiteral("dd/MM HH:mm"));
}
} // namespace

SaleCorrectionDialog::SaleCorrectionDialog(core::TicketOffice& office, OfficeClock clock, QWidget* parent)
    : QDialog(parent)
    , m_office(office)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("saleCorrectionDialog"));
    setWindowTitle(tr("Void or refund a sale"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    setFont(big);
    resize(900, 560);

    m_saleList = new QListWidget(this);
    m_saleList->setObjectName(QStringLiteral("recentSales"));
    m_saleList->setAccessibleName(tr("Recent sales"));
    auto* salesLabel = new QLabel(tr("&Recent sales:"), this);
    salesLabel->setBuddy(m_saleList);

    m_tickets = new QListWidget(this);
    m_tickets->setObjectName(QStringLiteral("saleTickets"));
    m_tickets->setAccessibleName(tr("Tickets of the sale; tick those to refund"));
    auto* ticketsLabel = new QLabel(tr("&Tickets (tick those to refund):"), this);
    ticketsLabel->setBuddy(m_tickets);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("required, e.g. wrong ticket, visitor changed their mind"));
    m_refundMethod = new QComboBox(this);
    m_refundMethod->setObjectName(QStringLiteral("refundMethod"));
    m_refundMethod->setAccessibleName(tr("Pay the refund back by"));
    for (core::PaymentMethod method : { core::PaymentMethod::Cash, core::PaymentMethod::Card }) {
        m_refundMethod->addItem(core::paymentMethodName(method), static_cast<int>(method));
    }

    m_supervisorBox = new QGroupBox(this);
    m_supervisorBox->setObjectName(QStringLiteral("supervisorBox"));
    m_supervisor = new QLineEdit(m_supervisorBox);
    m_supervisor->setObjectName(QStringLiteral("supervisorName"));
    m_supervisor->setAccessibleName(tr("Supervisor's name"));
    m_pin = new QLineEdit(m_supervisorBox);
    m_pin->setObjectName(QStringLiteral("supervisorPin"));
    m_pin->setAccessibleName(tr("Supervisor's PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    auto* supervisorForm = new QFormLayout(m_supervisorBox);
    supervisorForm->addRow(tr("&Supervisor:"), m_supervisor);
    supervisorForm->addRow(tr("P&IN:"), m_pin);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("correctionMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_void = new QPushButton(tr("&Void the whole sale"), this);
    m_void->setObjectName(QStringLiteral("voidButton"));
    m_void->setAccessibleName(tr("Void the whole sale"));
    m_void->setAutoDefault(false);
    m_refund = new QPushButton(tr("Re&fund the ticked tickets"), this);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setAccessibleName(tr("Refund the ticked tickets"));
    m_refund->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_void, &QPushButton::clicked, this, &SaleCorrectionDialog::voidSale);
    connect(m_refund, &QPushButton::clicked, this, &SaleCorrectionDialog::refundTickets);

    auto* form = new QFormLayout;
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("Refund &by:"), m_refundMethod);
    auto* right = new QVBoxLayout;
    right->addWidget(ticketsLabel);
    right->addWidget(m_tickets, 1);
    right->addLayout(form);
    right->addWidget(m_supervisorBox);
    auto* left = new QVBoxLayout;
    left->addWidget(salesLabel);
    left->addWidget(m_saleList, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_void);
    actions->addWidget(m_refund);
    actions->addStretch(1);
    actions->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    setTabOrder(m_saleList, m_tickets);
    setTabOrder(m_tickets, m_reason);
    setTabOrder(m_reason, m_refundMethod);
    setTabOrder(m_refundMethod, m_supervisor);
    setTabOrder(m_supervisor, m_pin);
    setTabOrder(m_pin, m_void);
    setTabOrder(m_void, m_refund);

    connect(m_saleList, &QListWidget::currentRowChanged, this, &SaleCorrectionDialog::showSale);
    connect(m_tickets, &QListWidget::itemChanged, this, &SaleCorrectionDialog::updateApproval);
    reloadSales();
}

void SaleCorrectionDialog::reloadSales()
{
    const int row = m_saleList->currentRow();
    const QLocale locale;
    try {
        m_sales = m_office.recentSales(30);
    } catch (const std::exception& e) {
        m_sales.clear();
        m_message->setText(QString::fromUtf8(e.what()));
    }
    const QSignalBlocker blocker(m_saleList);
    m_saleList->clear();
    for (const core::SaleReceipt& sale : std::as_const(m_sales)) {
        QString text = tr("No. %1 · %2 · %3 · %n ticket(s)", "", int(sale.tickets.size()))
                           .arg(sale.receiptNumber)
                           .arg(romeTime(sale.soldUtc), sale.total.toString(locale));
        if (sale.voided) {
            text = tr("%1 – voided").arg(text);
        } else if (!sale.refunded.isZero()) {
            text = tr("%1 – %2 refunded").arg(text, sale.refunded.toString(locale));
        }
        auto* item = new QListWidgetItem(text, m_saleList);
        item->setData(Qt::UserRole, qlonglong(sale.receiptNumber));
    }
    m_saleList->setCurrentRow(row >= 0 && row < m_sales.size() ? row : (m_sales.isEmpty() ? -1 : 0));
    showSale();
}

bool SaleCorrectionDialog::selectReceipt(qint64 receiptNumber)
{
    for (int i = 0; i < m_sales.size(); ++i) {
        if (m_sales.at(i).receiptNumber == receiptNumber) {
            m_saleList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

std::optional<core::SaleReceipt> SaleCorrectionDialog::selectedReceipt() const
{
    const int row = m_saleList->currentRow();
    if (row < 0 || row >= m_sales.size()) {
        return std::nullopt;
    }
    return m_sales.at(row);
}

void SaleCorrectionDialog::showSale()
{
    const QSignalBlocker blocker(m_tickets);
    m_tickets->clear();
    const auto sale = selectedReceipt();
    const QLocale locale;
    if (sale) {
        for (const core::IssuedTicket& ticket : sale->tickets) {
            auto* item = new QListWidgetItem(
                tr("%1 – %2 – %3").arg(ticket.productName, ticket.price.toString(locale), ticket.code.key()),
                m_tickets);
            item->setData(Qt::UserRole, ticket.code.key());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_void->setEnabled(sale && !sale->voided);
    m_refund->setEnabled(sale && !sale->voided);
    updateApproval();
}

void SaleCorrectionDialog::setTicketsToRefund(const QStringList& keys)
{
    for (int i = 0; i < m_tickets->count(); ++i) {
        QListWidgetItem* item = m_tickets->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateApproval();
}

QStringList SaleCorrectionDialog::tickedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tickets->count(); ++i) {
        if (m_tickets->item(i)->checkState() == Qt::Checked) {
            keys.append(m_tickets->item(i)->data(Qt::UserRole).toString());
        }
    }
    return keys;
}

core::Money SaleCorrectionDialog::amountAtStake(bool wholeSale) const
{
    const auto sale = selectedReceipt();
    if (!sale) {
        return {};
    }
    if (wholeSale) {
        return sale->total - sale->refunded;
    }
    const QStringList keys = tickedKeys();
    core::Money amount;
    for (const core::IssuedTicket& ticket : sale->tickets) {
        if (keys.contains(ticket.code.key())) {
            amount += ticket.price;
        }
    }
    return amount;
}

bool SaleCorrectionDialog::needsSupervisor() const
{
    return !m_supervisorBox->isHidden();
}

void SaleCorrectionDialog::updateApproval()
{
    core::Money limit;
    try {
        limit = m_office.supervisorLimit();
    } catch (const std::exception&) {
        limit = core::Money();
    }
    const bool needed = amountAtStake(true) > limit || amountAtStake(false) > limit;
    m_supervisorBox->setTitle(tr("Supervisor (above %1)").arg(limit.toString(QLocale())));
    m_supervisorBox->setHidden(!needed);
}

std::optional<core::TicketOffice::Approval> SaleCorrectionDialog::approval() const
{
    if (m_supervisor->text().trimmed().isEmpty() && m_pin->text().isEmpty()) {
        return std::nullopt;
    }
    return core::TicketOffice::Approval{ m_supervisor->text().trimmed(), m_pin->text() };
}

bool SaleCorrectionDialog::reasonGiven()
{
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give the reason first."));
        m_reason->setFocus();
        return false;
    }
    return true;
}

void SaleCorrectionDialog::voidSale()
{
    const auto sale = selectedReceipt();
    if (!sale || !reasonGiven()) {
        return;
    }
    try {
        m_office.voidSale(sale->receiptNumber, m_reason->text().trimmed(), approval(), m_clock());
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_message->setText(tr("Sale no. %1 voided: its tickets are no longer valid.").arg(sale->receiptNumber));
    m_reason->clear();
    m_pin->clear();
    reloadSales();
    emit corrected(sale->receiptNumber);
}

void SaleCorrectionDialog::refundTickets()
{
    const auto sale = selectedReceipt();
    if (!sale) {
        return;
    }
    const QStringList keys = tickedKeys();
    if (keys.isEmpty()) {
        m_message->setText(tr("Tick the tickets to refund first."));
        m_tickets->setFocus();
        return;
    }
    if (!reasonGiven()) {
        return;
    }
    const auto method = static_cast<core::PaymentMethod>(m_refundMethod->currentData().toInt());
    try {
        m_office.refund(sale->receiptNumber, keys, method, m_reason->text().trimmed(), approval(), m_clock());
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_message->setText(tr("%n ticket(s) of sale no. %1 refunded: %2 to give back.", "", int(keys.size()))
                           .arg(sale->receiptNumber)
                           .arg(amountAtStake(false).toString(QLocale())));
    m_reason->clear();
    m_pin->clear();
    reloadSales();
    emit corrected(sale->receiptNumber);
}

QString SaleCorrectionDialog::message() const
{
    return m_message->text();
}

} // namespace widgets
