#include "widgets/office/kioskwindow.h"

#include "widgets/office/ticketprinter.h"

#include "core/rometime.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace widgets {

namespace {

const char* const kStyleSheet = R"CSS(
#kioskWindow { background: #10243a; }
#kioskWindow QLabel { color: white; }
#kioskPage { background: #10243a; }
QPushButton { background: #eef4fb; color: #10243a; border-radius: 14px; padding: 14px 26px; }
QPushButton:pressed { background: #cfe0f3; }
QPushButton:disabled { background: #5b6b7c; color: #c9d2dc; }
#primaryButton { background: #2e9d4f; color: white; }
#primaryButton:disabled { background: #5b6b7c; color: #c9d2dc; }
#countLabel { min-width: 80px; }
#outOfService { background: #b3261e; border-radius: 20px; padding: 40px; }
#supervisorCorner { background: transparent; border: none; }
#kioskDocuments { background: #fff4ce; border-radius: 14px; padding: 20px; }
#kioskFreeDay { background: #1b7f3b; border-radius: 14px; padding: 12px 20px; }
#kioskSlot:checked { background: #2e9d4f; color: white; }
#kioskWindow #kioskDocuments { color: #4a3b00; }
QLineEdit { font-size: 28pt; padding: 8px; border-radius: 10px; }
)CSS";

QFont sized(const QFont& base, double points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QLabel* text(const QString& s, double points, bool bold, QWidget* parent)
{
    auto* label = new QLabel(s, parent);
    label->setFont(sized(label->font(), points, bold));
    label->setWordWrap(true);
    return label;
}

QPushButton* touchButton(const QString& s, const QString& accessible, QWidget* parent, double points = 22)
{
    auto* button = new QPushButton(s, parent);
    button->setAccessibleName(accessible);
    button->setFont(sized(button->font(), points, true));
    button->setMinimumSize(120, 96);
    button->setFocusPolicy(Qt::NoFocus); // touch only; no keyboard focus ring on a kiosk
    return button;
}

QWidget* kioskPage(QWidget* parent)
{
    auto* w = new QWidget(parent);
    w->setObjectName(QStringLiteral("kioskPage"));
    w->setAttribute(Qt::WA_StyledBackground);
    return w;
}

} // namespace

KioskWindow::KioskWindow(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_office(office)
    , m_printer(printer)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("Tickets – %1").arg(office.site().name));
    setAccessibleName(tr("Ticket kiosk"));
    setStyleSheet(QLatin1String(kStyleSheet));
    resize(1280, 800);

    // Full, reduced, under 18 (and the free admission of free days): the first
    // admission of each in the site's order.
    auto pick = [this](auto predicate) {
        for (const core::TicketProduct& p : m_office.products()) {
            if (p.kind == core::ProductKind::Admission && predicate(p)) {
                m_rowProducts.append(p);
                return;
            }
        }
    };
    pick([](const core::TicketProduct& p) { return p.category == core::TicketCategory::Full; });
    pick([](const core::TicketProduct& p) { return p.category == core::TicketCategory::Reduced; });
    pick([](const core::TicketProduct& p) { return p.freeReason == core::FreeReason::Under18; });
    pick([](const core::TicketProduct& p) { return p.freeReason == core::FreeReason::FirstSunday; });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createChoosePage());
    m_pages->addWidget(createConfirmPage());
    m_pages->addWidget(createDonePage());
    m_pages->addWidget(createOutOfServicePage());
    m_pages->addWidget(createPinPage());
    m_pages->addWidget(createSupervisorPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addWidget(m_pages);

    m_corner = new QPushButton(this);
    m_corner->setObjectName(QStringLiteral("supervisorCorner"));
    m_corner->setAccessibleName(tr("Supervisor"));
    m_corner->setFocusPolicy(Qt::NoFocus);
    m_corner->setGeometry(0, 0, 72, 72);
    m_corner->raise();
    connect(m_corner, &QPushButton::clicked, this, &KioskWindow::askSupervisor);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(std::chrono::seconds(60));
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::resetToStart);
    qApp->installEventFilter(this);

    resetToStart();
}

QWidget* KioskWindow::createChoosePage()
{
    QWidget* w = kioskPage(m_pages);
    auto* title = text(tr("Buy your tickets"), 40, true, w);
    auto* subtitle = text(tr("Card payment only"), 22, false, w);
    m_freeDayNote = text(tr("Free admission today: take your free tickets here."), 24, true, w);
    m_freeDayNote->setObjectName(QStringLiteral("kioskFreeDay"));
    m_freeDayNote->setAttribute(Qt::WA_StyledBackground);
    m_freeDayNote->setAccessibleName(tr("Free day notice"));
    m_freeDayNote->hide();
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(24);
    const QLocale locale;
    for (int i = 0; i < m_rowProducts.size(); ++i) {
        const core::TicketProduct& product = m_rowProducts.at(i);
        const std::int64_t id = product.id;
        auto* name = text(tr("%1\n%2").arg(product.name, product.price.toString(locale)), 26, true, w);
        auto* minus = touchButton(QStringLiteral("−"), tr("One %1 less").arg(product.name), w, 34);
        minus->setFixedSize(110, 110);
        auto* count = text(QStringLiteral("0"), 36, true, w);
        count->setObjectName(QStringLiteral("countLabel"));
        count->setAlignment(Qt::AlignCenter);
        count->setAccessibleName(tr("Number of %1").arg(product.name));
        auto* plus = touchButton(QStringLiteral("+"), tr("One %1 more").arg(product.name), w, 34);
        plus->setFixedSize(110, 110);
        connect(minus, &QPushButton::clicked, this, [this, id] { removeProduct(indexOfProduct(id)); });
        connect(plus, &QPushButton::clicked, this, [this, id] { addProduct(indexOfProduct(id)); });
        grid->addWidget(name, i, 0);
        grid->addWidget(minus, i, 1);
        grid->addWidget(count, i, 2);
        grid->addWidget(plus, i, 3);
        m_counts.append(count);
        m_rowWidgets.append({ name, minus, count, plus });
    }
    grid->setColumnStretch(0, 1);
    m_chooseTotal = text(QString(), 30, true, w);
    m_chooseTotal->setObjectName(QStringLiteral("kioskTotal"));
    m_chooseTotal->setAccessibleName(tr("Total"));
    m_continue = touchButton(tr("Continue"), tr("Continue to payment"), w, 28);
    m_continue->setObjectName(QStringLiteral("primaryButton"));
    connect(m_continue, &QPushButton::clicked, this, &KioskWindow::toConfirm);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_chooseTotal, 1);
    bottom->addWidget(m_continue);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_freeDayNote);
    layout->addSpacing(30);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addLayout(bottom);
    return w;
}

QWidget* KioskWindow::createConfirmPage()
{
    QWidget* w = kioskPage(m_pages);
    auto* title = text(tr("Your tickets"), 40, true, w);
    m_confirmSummary = text(QString(), 26, false, w);
    m_confirmSummary->setObjectName(QStringLiteral("kioskSummary"));
    m_confirmDocuments = text(QString(), 22, true, w);
    m_confirmDocuments->setObjectName(QStringLiteral("kioskDocuments"));
    m_confirmDocuments->setAttribute(Qt::WA_StyledBackground);
    m_slotBox = new QWidget(w);
    m_slotBox->setObjectName(QStringLiteral("kioskSlots"));
    m_slotBox->setAccessibleName(tr("Time of entry"));
    auto* slotTitle = text(tr("Time of entry"), 26, true, m_slotBox);
    m_slotNote = text(QString(), 20, false, m_slotBox);
    m_slotNote->setObjectName(QStringLiteral("kioskSlotNote"));
    m_slotNote->setAccessibleName(tr("Chosen time of entry"));
    m_slotGrid = new QGridLayout;
    m_slotGrid->setSpacing(14);
    auto* slotLayout = new QVBoxLayout(m_slotBox);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(slotTitle);
    slotLayout->addLayout(m_slotGrid);
    slotLayout->addWidget(m_slotNote);
    m_slotBox->hide();
    m_pay = touchButton(QString(), tr("Pay by card"), w, 28);
    m_pay->setObjectName(QStringLiteral("primaryButton"));
    connect(m_pay, &QPushButton::clicked, this, &KioskWindow::payByCard);
    auto* back = touchButton(tr("Back"), tr("Back to the tickets"), w);
    connect(back, &QPushButton::clicked, this, [this] { showPage(Page::Choose); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_pay);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(title);
    layout->addWidget(m_confirmSummary);
    layout->addWidget(m_confirmDocuments);
    layout->addWidget(m_slotBox);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return w;
}

QWidget* KioskWindow::createDonePage()
{
    QWidget* w = kioskPage(m_pages);
    m_doneText = text(QString(), 34, true, w);
    m_doneText->setObjectName(QStringLiteral("kioskDone"));
    m_doneText->setAlignment(Qt::AlignCenter);
    auto* again = touchButton(tr("Done"), tr("Back to the start"), w, 26);
    connect(again, &QPushButton::clicked, this, &KioskWindow::resetToStart);
    auto* layout = new QVBoxLayout(w);
    layout->addStretch(1);
    layout->addWidget(m_doneText);
    layout->addStretch(1);
    layout->addWidget(again, 0, Qt::AlignCenter);
    return w;
}

QWidget* KioskWindow::createOutOfServicePage()
{
    QWidget* w = kioskPage(m_pages);
    m_outOfService = text(QString(), 30, true, w);
    m_outOfService->setObjectName(QStringLiteral("outOfService"));
    m_outOfService->setAttribute(Qt::WA_StyledBackground);
    m_outOfService->setAlignment(Qt::AlignCenter);
    m_outOfService->setAccessibleName(tr("Out of service"));
    auto* layout = new QVBoxLayout(w);
    layout->addStretch(1);
    layout->addWidget(m_outOfService);
    layout->addStretch(1);
    return w;
}

QWidget* KioskWindow::createPinPage()
{
    QWidget* w = kioskPage(m_pages);
    auto* title = text(tr("Supervisor's PIN"), 34, true, w);
    m_pin = new QLineEdit(w);
    m_pin->setObjectName(QStringLiteral("kioskPin"));
    m_pin->setAccessibleName(tr("Supervisor's PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaximumWidth(420);
    connect(m_pin, &QLineEdit::returnPressed, this, &KioskWindow::submitPin);
    m_pinMessage = text(QString(), 20, true, w);
    auto* keypad = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = touchButton(QString::number(digit), QString::number(digit), w, 26);
        key->setFixedSize(110, 96);
        connect(key, &QPushButton::clicked, this, [this, digit] { m_pin->insert(QString::number(digit)); });
        keypad->addWidget(key, digit == 0 ? 3 : (digit - 1) / 3, digit == 0 ? 1 : (digit - 1) % 3);
    }
    auto* erase = touchButton(QStringLiteral("⌫"), tr("Delete the last digit"), w, 26);
    erase->setFixedSize(110, 96);
    connect(erase, &QPushButton::clicked, m_pin, &QLineEdit::backspace);
    keypad->addWidget(erase, 3, 0);
    auto* ok = touchButton(tr("OK"), tr("Confirm the PIN"), w, 26);
    ok->setObjectName(QStringLiteral("primaryButton"));
    ok->setFixedSize(110, 96);
    connect(ok, &QPushButton::clicked, this, &KioskWindow::submitPin);
    keypad->addWidget(ok, 3, 2);
    auto* cancel = touchButton(tr("Cancel"), tr("Back to the start"), w);
    connect(cancel, &QPushButton::clicked, this, &KioskWindow::resetToStart);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(title);
    layout->addWidget(m_pin);
    layout->addWidget(m_pinMessage);
    auto* keypadBox = new QWidget(w);
    keypadBox->setLayout(keypad);
    layout->addWidget(keypadBox, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(cancel, 0, Qt::AlignLeft);
    return w;
}

QWidget* KioskWindow::createSupervisorPage()
{
    QWidget* w = kioskPage(m_pages);
    auto* title = text(tr("Supervisor"), 34, true, w);
    m_supervisorStatus = text(QString(), 22, false, w);
    m_supervisorStatus->setObjectName(QStringLiteral("supervisorStatus"));
    auto* open = touchButton(tr("Open the sales session"), tr("Open the sales session"), w);
    connect(open, &QPushButton::clicked, this, &KioskWindow::openSession);
    auto* close = touchButton(tr("Close the sales session (Z report)"), tr("Close the sales session"), w);
    connect(close, &QPushButton::clicked, this, &KioskWindow::closeSession);
    auto* back = touchButton(tr("Back to service"), tr("Back to service"), w);
    back->setObjectName(QStringLiteral("primaryButton"));
    connect(back, &QPushButton::clicked, this, &KioskWindow::resetToStart);
    auto* leave = touchButton(tr("Leave the kiosk"), tr("Leave the kiosk"), w);
    leave->setObjectName(QStringLiteral("leaveKioskButton"));
    connect(leave, &QPushButton::clicked, this, &KioskWindow::leaveKiosk);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(title);
    layout->addWidget(m_supervisorStatus);
    layout->addSpacing(20);
    for (QPushButton* b : { open, close, back, leave }) {
        layout->addWidget(b);
    }
    layout->addStretch(1);
    return w;
}

void KioskWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
    if (m_idle->isActive()) {
        m_idle->start();
    }
}

std::chrono::milliseconds KioskWindow::idleTimeout() const
{
    return m_idle->intervalAsDuration();
}

void KioskWindow::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    m_corner->raise();
    if (page == Page::Choose) {
        updateChoose();
    }
    if (page == Page::Choose || page == Page::OutOfService) {
        m_idle->stop(); // nothing to forget
    } else {
        m_idle->start();
    }
}

QString KioskWindow::outOfServiceReason()
{
    try {
        if (!m_office.openSession()) {
            return tr("The sales session is not open.");
        }
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    if (!m_printer.isAvailable()) {
        return m_printer.problem();
    }
    if (m_office.site().nominativeTickets) {
        // Every ticket needs its visitor's name, and a kiosk has no keyboard.
        return tr("The tickets here carry the visitor's name.");
    }
    if (m_products.isEmpty()) {
        return tr("No tickets are on sale here.");
    }
    return {};
}

void KioskWindow::updateProductsForToday()
{
    const bool freeDay = m_office.isFreeDay(core::RomeTime::localDate(m_clock()));
    m_products.clear();
    for (int i = 0; i < m_rowProducts.size(); ++i) {
        const core::TicketProduct& p = m_rowProducts.at(i);
        const bool firstSunday = p.freeReason == core::FreeReason::FirstSunday;
        // On a free day everybody enters free: the free admission only (the core
        // refuses paid admissions then, and the free-day ticket on other days).
        const bool onSale = freeDay ? firstSunday : !firstSunday;
        if (onSale) {
            m_products.append(p);
        }
        for (QWidget* widget : m_rowWidgets.at(i)) {
            widget->setVisible(onSale);
        }
    }
    m_freeDayNote->setVisible(freeDay);
}

int KioskWindow::indexOfProduct(std::int64_t productId) const
{
    for (int i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == productId) {
            return i;
        }
    }
    return -1;
}

void KioskWindow::resetToStart()
{
    updateProductsForToday();
    m_cart.clear();
    m_pin->clear();
    m_pinMessage->clear();
    const QString reason = outOfServiceReason();
    if (!reason.isEmpty()) {
        m_outOfService->setText(
            tr("Out of service\n\nPlease buy your tickets at the ticket office.\n\n(%1)").arg(reason));
        showPage(Page::OutOfService);
        return;
    }
    showPage(Page::Choose);
}

void KioskWindow::updateChoose()
{
    for (int i = 0; i < m_rowProducts.size(); ++i) {
        int count = 0;
        for (const core::CartLine& line : m_cart.lines()) {
            if (line.product.id == m_rowProducts.at(i).id) {
                count = line.quantity;
            }
        }
        m_counts.at(i)->setText(QString::number(count));
    }
    m_chooseTotal->setText(m_cart.isEmpty()
                               ? tr("Choose your tickets")
                               : tr("%n ticket(s): %1", "", m_cart.tickets()).arg(m_cart.total().toString(QLocale())));
    m_continue->setEnabled(!m_cart.isEmpty());
}

void KioskWindow::addProduct(int index)
{
    if (m_page != Page::Choose || index < 0 || index >= m_products.size()) {
        return;
    }
    m_cart.add(m_products.at(index));
    m_idle->start();
    updateChoose();
}

void KioskWindow::removeProduct(int index)
{
    if (m_page != Page::Choose || index < 0 || index >= m_products.size()) {
        return;
    }
    for (int line = 0; line < m_cart.lines().size(); ++line) {
        if (m_cart.lines().at(line).product.id == m_products.at(index).id) {
            m_cart.setQuantity(line, m_cart.lines().at(line).quantity - 1);
            break;
        }
    }
    m_idle->start();
    updateChoose();
}

void KioskWindow::toConfirm()
{
    if (m_page != Page::Choose || m_cart.isEmpty()) {
        return;
    }
    const QLocale locale;
    QStringList lines;
    QStringList documents;
    for (const core::CartLine& line : m_cart.lines()) {
        lines << tr("%1 × %2: %3").arg(line.quantity).arg(line.product.name, line.total().toString(locale));
        if (core::needsCheck(line.product)) {
            documents << tr("%1: %2").arg(line.product.name, core::documentToCheck(line.product));
        }
    }
    m_confirmSummary->setText(lines.join(QLatin1Char('\n')));
    m_confirmDocuments->setText(
        documents.isEmpty() ? QString()
                            : tr("Show these documents at the entrance:\n%1").arg(documents.join(QLatin1Char('\n'))));
    m_confirmDocuments->setVisible(!documents.isEmpty());
    m_pay->setText(m_cart.total().isZero() ? tr("Get the tickets")
                                           : tr("Pay %1 by card").arg(m_cart.total().toString(locale)));
    m_slotStart = -1;
    refreshSlots();
    showPage(Page::Confirm);
}

bool KioskWindow::slotFits(const core::SlotAvailability& slot) const
{
    return !slot.past && slot.remaining >= std::max(1, m_cart.visitors());
}

void KioskWindow::refreshSlots()
{
    m_slots.clear();
    if (!m_office.slotPolicy()) {
        m_slotBox->hide();
        m_pay->setEnabled(true);
        return;
    }
    const std::int64_t now = m_clock();
    try {
        m_slots = m_office.slotsOn(core::RomeTime::localDate(now), now);
    } catch (const std::exception& e) {
        m_slots.clear();
        m_slotNote->setText(QString::fromUtf8(e.what()));
    }
    qDeleteAll(m_slotButtons);
    m_slotButtons.clear();
    for (int i = 0; i < m_slots.size(); ++i) {
        const core::SlotAvailability& slot = m_slots.at(i);
        auto* button = touchButton(slot.label().left(5), tr("Entry at %1").arg(slot.label()), m_slotBox, 22);
        button->setObjectName(QStringLiteral("kioskSlot"));
        button->setCheckable(true);
        button->setMinimumSize(150, 96);
        const int start = slot.start;
        connect(button, &QPushButton::clicked, this, [this, start] { selectSlot(start); });
        m_slotGrid->addWidget(button, i / 5, i % 5);
        button->show(); // now, not when the layout gets round to it
        m_slotButtons.append(button);
    }
    // The next slot with room for everybody in the cart.
    bool chosenFits = false;
    for (const core::SlotAvailability& slot : std::as_const(m_slots)) {
        chosenFits = chosenFits || (slot.start == m_slotStart && slotFits(slot));
    }
    if (!chosenFits) {
        m_slotStart = -1;
        for (const core::SlotAvailability& slot : std::as_const(m_slots)) {
            if (slotFits(slot)) {
                m_slotStart = slot.start;
                break;
            }
        }
    }
    m_slotBox->show();
    updateSlotButtons();
}

void KioskWindow::updateSlotButtons()
{
    QString chosen; // the chosen slot's label
    for (int i = 0; i < m_slots.size() && i < m_slotButtons.size(); ++i) {
        const core::SlotAvailability& slot = m_slots.at(i);
        QPushButton* button = m_slotButtons.at(i);
        button->setEnabled(slotFits(slot));
        button->setChecked(slot.start == m_slotStart);
        if (slot.past) {
            button->setAccessibleName(tr("Entry at %1, over").arg(slot.label()));
        } else if (slot.remaining < std::max(1, m_cart.visitors())) {
            button->setText(tr("%1\nfull").arg(slot.label().left(5)));
            button->setAccessibleName(tr("Entry at %1, full").arg(slot.label()));
        } else {
            button->setAccessibleName(tr("Entry at %1").arg(slot.label()));
        }
        if (slot.start == m_slotStart) {
            chosen = slot.label();
        }
    }
    const bool needsSlot = m_cart.visitors() > 0;
    if (chosen.isEmpty() && needsSlot) {
        m_slotNote->setText(m_slots.isEmpty()
                                ? tr("No entry times today.")
                                : tr("Sorry, no entry time today has room for %n visitor(s).", "", m_cart.visitors()));
        m_pay->setEnabled(false);
    } else {
        m_slotNote->setText(chosen.isEmpty() ? QString() : tr("Entry %1").arg(chosen));
        m_pay->setEnabled(true);
    }
}

void KioskWindow::selectSlot(int start)
{
    if (m_page != Page::Confirm) {
        return;
    }
    for (const core::SlotAvailability& slot : std::as_const(m_slots)) {
        if (slot.start == start && slotFits(slot)) {
            m_slotStart = start;
        }
    }
    m_idle->start();
    updateSlotButtons();
}

void KioskWindow::payByCard()
{
    if (m_page != Page::Confirm) {
        return;
    }
    // At the kiosk nobody sees the document now: the visitor confirms by paying that
    // they will show it, and the entrance checks it.
    for (int line : m_cart.uncheckedLines()) {
        m_cart.setIdChecked(line, true);
    }
    const core::Money total = m_cart.total();
    const QList<core::Payment> payments
        = total.isZero() ? QList<core::Payment>() : QList<core::Payment>{ { core::PaymentMethod::Card, total, {} } };
    if (m_office.slotPolicy() && m_cart.visitors() > 0) {
        // The places as of now: another channel may have taken the last ones meanwhile.
        const int wanted = m_slotStart;
        refreshSlots();
        if (m_slotStart != wanted) {
            m_slotNote->setText(tr("That time has just filled up: please choose another."));
            m_pay->setEnabled(m_slotStart >= 0);
            return;
        }
    }
    m_cart.setSlot(m_office.slotPolicy() && m_cart.visitors() > 0 ? m_slotStart : -1);
    try {
        m_lastReceipt = m_office.sell(m_cart, payments, m_clock());
    } catch (const std::exception& e) {
        m_outOfService->setText(tr("Out of service\n\nPlease buy your tickets at the ticket office.\n\n(%1)")
                                    .arg(QString::fromUtf8(e.what())));
        showPage(Page::OutOfService);
        return;
    }
    m_cart.clear();
    const bool printed = m_printer.printSale(*m_lastReceipt, m_office.site(),
                                             m_office.slotPolicy() ? m_office.slotPolicy()->slotMinutes : 0);
    m_doneText->setText(
        printed ? tr("Thank you!\nTake your tickets below.\n\nReceipt no. %1").arg(m_lastReceipt->receiptNumber)
                : tr("Your payment is recorded, but the tickets could not be printed.\n"
                     "Please show receipt no. %1 at the ticket office.")
                      .arg(m_lastReceipt->receiptNumber));
    showPage(Page::Done);
}

void KioskWindow::askSupervisor()
{
    m_pin->clear();
    m_pinMessage->clear();
    showPage(Page::SupervisorPin);
    m_pin->setFocus();
}

void KioskWindow::submitPin()
{
    if (m_page != Page::SupervisorPin) {
        return;
    }
    const bool right = m_supervisorCheck && m_supervisorCheck(tr("Kiosk supervisor"), m_pin->text());
    m_pin->clear();
    if (!right) {
        m_pinMessage->setText(tr("Wrong PIN."));
        return;
    }
    m_supervisorStatus->setText(outOfServiceReason().isEmpty() ? tr("The kiosk is in service.") : outOfServiceReason());
    showPage(Page::Supervisor);
}

void KioskWindow::openSession()
{
    if (m_page != Page::Supervisor) {
        return;
    }
    try {
        if (!m_office.openSession()) {
            m_office.openSession(core::Money(), m_clock()); // card only: no float
        }
        m_supervisorStatus->setText(tr("The sales session is open."));
    } catch (const std::exception& e) {
        m_supervisorStatus->setText(QString::fromUtf8(e.what()));
    }
    m_idle->start();
}

void KioskWindow::closeSession()
{
    if (m_page != Page::Supervisor) {
        return;
    }
    try {
        // Card only: the drawer is empty by construction.
        const core::SessionReport z = m_office.closeSession(core::Money(), m_clock());
        const bool printed = m_printer.printSessionReport(z, m_office.site());
        m_supervisorStatus->setText(printed ? tr("Session %1 closed; Z report printed.").arg(z.session.number)
                                            : tr("Session %1 closed; the Z report was not printed: %2")
                                                  .arg(z.session.number)
                                                  .arg(m_printer.error()));
    } catch (const std::exception& e) {
        m_supervisorStatus->setText(QString::fromUtf8(e.what()));
    }
    m_idle->start();
}

void KioskWindow::leaveKiosk()
{
    if (m_page != Page::Supervisor) {
        return;
    }
    m_exitAllowed = true;
    close();
}

QString KioskWindow::statusText() const
{
    switch (m_page) {
    case Page::OutOfService:
        return m_outOfService->text();
    case Page::Done:
        return m_doneText->text();
    case Page::SupervisorPin:
        return m_pinMessage->text();
    case Page::Supervisor:
        return m_supervisorStatus->text();
    case Page::Choose:
        return m_chooseTotal->text();
    case Page::Confirm:
        return m_confirmSummary->text();
    }
    return {};
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_exitAllowed) {
        qApp->removeEventFilter(this);
        event->accept();
    } else {
        event->ignore();
    }
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Esc (and anything else unhandled) goes nowhere.
    event->accept();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_idle->isActive()) {
            m_idle->start(); // someone is using it
        }
        break;
    case QEvent::ShortcutOverride:
        // No application shortcut (Ctrl+Q and the like) while the kiosk is up.
        if (watched->isWidgetType() && static_cast<QWidget*>(watched)->window() == this
            && static_cast<QKeyEvent*>(event)->modifiers() != Qt::NoModifier) {
            event->accept();
            return false;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_corner->setGeometry(0, 0, 72, 72);
    m_corner->raise();
}

} // namespace widgets
