#include "widgets/office/checkinpage.h"

#include "widgets/office/bookingspanel.h"

#include "core/rometime.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace widgets {

namespace {
using Outcome = core::CheckInResult::Outcome;

QString romeDateTime(std::int64_t utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc + core::RomeTime::offsetAt(utc), Qt::UTC);
    return QLocale().toString(local, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

CheckInPage::CheckInPage(core::TicketOffice& office, QWidget* parent)
    : QWidget(parent)
    , m_office(office)
{
    setObjectName(QStringLiteral("checkInPage"));
    setAccessibleName(tr("Check-in"));
    setFont(scaled(font(), 1.4));

    auto* inputLabel = new QLabel(tr("&Scan a ticket, or type its key and press Enter:"), this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("scanInput"));
    m_input->setAccessibleName(tr("Ticket code or key"));
    m_input->setFont(scaled(m_input->font(), 1.6));
    m_input->setMinimumHeight(56);
    m_input->setClearButtonEnabled(true);
    inputLabel->setBuddy(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { scan(m_input->text()); });
    m_input->installEventFilter(this);

    m_directionButton = new QPushButton(this);
    m_directionButton->setObjectName(QStringLiteral("directionButton"));
    m_directionButton->setAccessibleName(tr("Entry or exit (F2)"));
    m_directionButton->setMinimumSize(220, 56);
    m_directionButton->setFont(scaled(m_directionButton->font(), 1.2, true));
    m_directionButton->setFocusPolicy(Qt::TabFocus);
    connect(m_directionButton, &QPushButton::clicked, this, &CheckInPage::toggleDirection);

    m_result = new QFrame(this);
    m_result->setObjectName(QStringLiteral("scanResult"));
    m_result->setAccessibleName(tr("Result of the scan"));
    m_result->setMinimumHeight(260);
    m_symbol = new QLabel(m_result);
    m_symbol->setObjectName(QStringLiteral("scanSymbol"));
    m_symbol->setFont(scaled(font(), 6.0, true));
    m_symbol->setAlignment(Qt::AlignCenter);
    m_symbol->setMinimumWidth(180);
    m_title = new QLabel(m_result);
    m_title->setObjectName(QStringLiteral("scanTitle"));
    m_title->setFont(scaled(font(), 3.0, true));
    m_title->setWordWrap(true);
    m_detail = new QLabel(m_result);
    m_detail->setObjectName(QStringLiteral("scanDetail"));
    m_detail->setFont(scaled(font(), 1.4));
    m_detail->setWordWrap(true);
    auto* words = new QVBoxLayout;
    words->addStretch(1);
    words->addWidget(m_title);
    words->addWidget(m_detail);
    words->addStretch(1);
    auto* resultLayout = new QHBoxLayout(m_result);
    resultLayout->setContentsMargins(24, 24, 24, 24);
    resultLayout->addWidget(m_symbol);
    resultLayout->addLayout(words, 1);

    m_occupancy = new QLabel(this);
    m_occupancy->setObjectName(QStringLiteral("occupancy"));
    m_occupancy->setAccessibleName(tr("Visitors inside now"));
    m_occupancy->setFont(scaled(font(), 1.5, true));

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("scanHistory"));
    m_history->setAccessibleName(tr("Last scans"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(180);

    m_bookings = new BookingsPanel(office.ledger(), [this] { return m_clock(); }, this);
    m_bookings->setMaximumHeight(260);
    connect(m_bookings, &BookingsPanel::leaveRequested, this, &CheckInPage::focusInput);
    connect(m_bookings, &BookingsPanel::textTyped, this, [this](const QString& text) {
        m_input->setFocus();
        m_input->insert(text);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_input, 1);
    top->addWidget(m_directionButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_occupancy, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(inputLabel);
    layout->addLayout(top);
    layout->addWidget(m_result, 1);
    layout->addLayout(bottom);
    auto* history = new QVBoxLayout;
    history->addWidget(new QLabel(tr("Last scans:"), this));
    history->addWidget(m_history);
    auto* lower = new QHBoxLayout;
    lower->addLayout(history, 2);
    lower->addWidget(m_bookings, 3);
    layout->addLayout(lower);
    setTabOrder(m_input, m_directionButton);
    setTabOrder(m_directionButton, m_bookings->list());

    m_title->setText(tr("Ready to scan"));
    m_symbol->setText(QStringLiteral("▣"));
    m_result->setStyleSheet(QStringLiteral("#scanResult { background: #eef1f5; border-radius: 14px; }"));
    m_direction = core::ScanDirection::Out; // toggled to In just below, which sets the button's words
    toggleDirection();
}

QString CheckInPage::outcomeTitle(Outcome outcome, core::ScanDirection direction)
{
    switch (outcome) {
    case Outcome::Valid:
        return direction == core::ScanDirection::In ? tr("VALID – come in") : tr("EXIT recorded");
    case Outcome::AlreadyUsed:
        return tr("ALREADY USED");
    case Outcome::WrongDay:
        return tr("WRONG DAY");
    case Outcome::WrongSite:
        return tr("OTHER SITE");
    case Outcome::Revoked:
        return tr("CANCELLED TICKET");
    case Outcome::Unknown:
        return tr("UNKNOWN TICKET");
    case Outcome::Invalid:
        return tr("NOT A VALID CODE");
    }
    return {};
}

QColor CheckInPage::outcomeColour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case Outcome::AlreadyUsed:
        return QColor(0xc6, 0x28, 0x28); // red
    case Outcome::WrongDay:
        return QColor(0xe0, 0x6c, 0x00); // orange
    case Outcome::WrongSite:
        return QColor(0x6a, 0x1b, 0x9a); // purple
    case Outcome::Revoked:
        return QColor(0x42, 0x1c, 0x1c); // dark brown
    case Outcome::Unknown:
        return QColor(0x1f, 0x4e, 0x79); // blue
    case Outcome::Invalid:
        return QColor(0x37, 0x37, 0x37); // dark grey
    }
    return Qt::black;
}

QString CheckInPage::outcomeSymbol(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return QStringLiteral("✔");
    case Outcome::AlreadyUsed:
        return QStringLiteral("↻");
    case Outcome::WrongDay:
        return QStringLiteral("◷");
    case Outcome::WrongSite:
        return QStringLiteral("⌂");
    case Outcome::Revoked:
        return QStringLiteral("⊘");
    case Outcome::Unknown:
        return QStringLiteral("?");
    case Outcome::Invalid:
        return QStringLiteral("✖");
    }
    return {};
}

void CheckInPage::scan(const QString& text)
{
    const QString scanned = text.trimmed();
    m_input->clear();
    if (scanned.isEmpty()) {
        return;
    }
    core::CheckInResult result;
    try {
        result = m_office.checkIn(scanned, m_direction, m_clock());
    } catch (const std::exception& e) {
        m_title->setText(tr("NOT RECORDED"));
        m_detail->setText(QString::fromUtf8(e.what()));
        m_symbol->setText(QStringLiteral("!"));
        m_result->setStyleSheet(QStringLiteral(
            "#scanResult { background: #373737; border-radius: 14px; } #scanResult QLabel { color: white; }"));
        m_input->setFocus();
        return;
    }
    showResult(result);
    m_bookings->refresh(); // a group's ticket may have entered
    emit ledgerChanged();
}

void CheckInPage::showResult(const core::CheckInResult& result)
{
    m_last = result;
    const QLocale locale;
    QStringList lines;
    if (!result.productName.isEmpty()) {
        lines << result.productName;
    }
    switch (result.outcome) {
    case Outcome::AlreadyUsed:
        lines << tr("First used %1 at %2, device %3")
                     .arg(romeDateTime(result.firstUsedUtc), result.firstUsedSite, result.firstUsedDevice);
        break;
    case Outcome::WrongDay:
        lines << tr("Valid on %1 only").arg(locale.toString(result.validDay, QLocale::LongFormat));
        break;
    default:
        break;
    }
    // The office's own sentence, unless the line above already says it better.
    if (!result.explanation.isEmpty() && result.outcome != Outcome::AlreadyUsed
        && result.outcome != Outcome::WrongDay) {
        lines << result.explanation;
    }
    if (!result.ticketKey.isEmpty()) {
        lines << tr("Ticket %1").arg(result.ticketKey);
    }
    lines.removeDuplicates();
    const QString title = outcomeTitle(result.outcome, m_direction);
    m_title->setText(title);
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_symbol->setText(outcomeSymbol(result.outcome));
    m_result->setStyleSheet(QStringLiteral("#scanResult { background: %1; border-radius: 14px; }"
                                           " #scanResult QLabel { color: white; }")
                                .arg(outcomeColour(result.outcome).name()));
    m_result->setAccessibleDescription(tr("%1. %2").arg(title, lines.join(QStringLiteral(". "))));
    m_occupancy->setText(tr("Inside now: %1").arg(locale.toString(result.occupancy)));

    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock() + core::RomeTime::offsetAt(m_clock()), Qt::UTC);
    auto* item
        = new QListWidgetItem(tr("%1  %2  %3").arg(now.toString(QStringLiteral("HH:mm:ss")), title, result.ticketKey));
    item->setForeground(outcomeColour(result.outcome));
    m_history->insertItem(0, item);
    while (m_history->count() > 20) {
        delete m_history->takeItem(m_history->count() - 1);
    }
    m_input->setFocus();
}

void CheckInPage::toggleDirection()
{
    m_direction = m_direction == core::ScanDirection::In ? core::ScanDirection::Out : core::ScanDirection::In;
    const bool in = m_direction == core::ScanDirection::In;
    m_directionButton->setText(in ? tr("→ Entry (F2)") : tr("← Exit (F2)"));
    m_directionButton->setAccessibleDescription(in ? tr("Scans record entries") : tr("Scans record exits"));
    m_directionButton->setStyleSheet(in ? QStringLiteral("background: #1b7f3b; color: white;")
                                        : QStringLiteral("background: #1f4e79; color: white;"));
    m_input->setFocus();
}

void CheckInPage::refreshOccupancy()
{
    try {
        m_occupancy->setText(tr("Inside now: %1").arg(QLocale().toString(m_office.occupancy(m_clock()))));
    } catch (const std::exception& e) {
        m_occupancy->setText(QString::fromUtf8(e.what()));
    }
}

void CheckInPage::focusInput()
{
    m_input->setFocus();
}

void CheckInPage::refreshBookings()
{
    m_bookings->refresh();
}

void CheckInPage::toggleBookingsFocus()
{
    if (m_bookings->list()->hasFocus()) {
        m_input->setFocus();
        return;
    }
    m_bookings->list()->setFocus();
    if (!m_bookings->list()->currentItem() && m_bookings->bookingCount() > 0) {
        m_bookings->list()->setCurrentItem(m_bookings->list()->topLevelItem(0));
    }
}

void CheckInPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshOccupancy();
    m_bookings->refresh();
    m_input->setFocus();
}

bool CheckInPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        toggleDirection();
        return true;
    }
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F9) {
        toggleBookingsFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString CheckInPage::resultTitle() const
{
    return m_title->text();
}

QString CheckInPage::resultDetail() const
{
    return m_detail->text();
}

QString CheckInPage::occupancyText() const
{
    return m_occupancy->text();
}

} // namespace widgets
