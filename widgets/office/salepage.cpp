#include "widgets/office/salepage.h"

#include "widgets/office/salecorrectiondialog.h"
#include "widgets/office/ticketprinter.h"

#include "core/rometime.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace widgets {

namespace {

const char* const kStyleSheet = R"CSS(
#sessionBanner { background: #b3261e; color: white; padding: 10px 16px; font-weight: bold; }
#freeDayBanner { background: #1b7f3b; color: white; padding: 10px 16px; font-weight: bold; }
#slotPanel { background: #f3f6fa; border: 1px solid #8aa4c0; border-radius: 10px; }
#slotButton { padding: 4px 6px; border: 1px solid #8aa4c0; border-radius: 6px; background: white; color: #10243a;
              font-size: 11pt; }
#slotButton:checked { background: #10243a; color: white; font-weight: bold; }
#slotButton:disabled { background: #e4e7eb; color: #8a96a3; border-color: #c9d2dc; }
#productButton:disabled { background: #e4e7eb; color: #8a96a3; border-color: #c9d2dc; }
#saleMessage { color: #b3261e; font-weight: bold; }
#productButton { text-align: left; padding: 10px 14px; border: 1px solid #8aa4c0; border-radius: 8px;
                 background: #eef4fb; color: #10243a; font-size: 13pt; }
#cartTable, #doneTickets { font-size: 15pt; }
#productButton:pressed { background: #cfe0f3; }
#cartTotal, #payTotal { color: #10243a; }
#checkPanel { background: #fff4ce; border: 2px solid #c99a06; border-radius: 10px; }
#donePanel { background: #e6f4ea; border: 2px solid #1b7f3b; border-radius: 10px; }
#stepHint { color: #44546a; font-size: 12pt; }
QPushButton { font-size: 13pt; }
)CSS";

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel* label(const QString& text, const QString& name, double scale, bool bold, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setFont(scaled(l->font(), scale, bold));
    l->setWordWrap(true);
    return l;
}

QPushButton* bigButton(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setMinimumHeight(56);
    b->setFont(scaled(b->font(), 1.2, true));
    // Touch and tab, but a tap does not take the focus away from the keys.
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

SalePage::SalePage(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_office(office)
    , m_printer(printer)
{
    setObjectName(QStringLiteral("salePage"));
    setAccessibleName(tr("Sale"));
    setStyleSheet(QLatin1String(kStyleSheet));
    setFont(scaled(font(), 1.25));

    m_sessionBanner = new QLabel(tr("No cash session is open: open one on the Cash screen (F7) before selling."), this);
    m_sessionBanner->setObjectName(QStringLiteral("sessionBanner"));
    m_sessionBanner->setAccessibleName(tr("Cash session notice"));
    m_sessionBanner->setWordWrap(true);
    m_sessionBanner->hide();

    m_freeDayBanner = new QLabel(
        tr("Free admission today (first Sunday of the month or a free day): key 1 sells the free admission."), this);
    m_freeDayBanner->setObjectName(QStringLiteral("freeDayBanner"));
    m_freeDayBanner->setAccessibleName(tr("Free day notice"));
    m_freeDayBanner->setWordWrap(true);
    m_freeDayBanner->hide();

    // The product keys, on the left whatever the step.
    auto* products = new QWidget(this);
    products->setObjectName(QStringLiteral("productKeys"));
    auto* grid = new QGridLayout(products);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    // The buttons are key positions; which product each one sells depends on the day
    // (updateProductKeys()).
    for (int i = 0; i < m_office.products().size(); ++i) {
        m_keyProducts.append(i);
        auto* button = new QPushButton(products);
        button->setObjectName(QStringLiteral("productButton"));
        button->setMinimumSize(160, 76);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setFocusPolicy(Qt::TabFocus);
        if (i == 0) {
            button->setStyleSheet(QStringLiteral("font-weight: bold;"));
        }
        connect(button, &QPushButton::clicked, this, [this, i] { pressProductKey(i); });
        grid->addWidget(button, i / 2, i % 2);
        m_productButtons.append(button);
    }

    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(createCartStep());
    m_steps->addWidget(createNamesStep());
    m_steps->addWidget(createCheckStep());
    m_steps->addWidget(createPaymentStep());
    m_steps->addWidget(createDoneStep());

    m_message = label(QString(), QStringLiteral("saleMessage"), 1.0, true, this);
    m_message->setAccessibleName(tr("Message"));

    auto* corrections = bigButton(tr("Void or refund… (F8)"), tr("Void or refund a recent sale"), this);
    corrections->setObjectName(QStringLiteral("correctionsButton"));
    connect(corrections, &QPushButton::clicked, this, &SalePage::openCorrections);

    auto* left = new QVBoxLayout;
    left->addWidget(products, 1);
    left->addWidget(corrections);
    auto* right = new QVBoxLayout;
    right->addWidget(createSlotPanel());
    right->addWidget(m_steps, 1);
    right->addWidget(m_message);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 6);
    columns->addLayout(right, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sessionBanner);
    layout->addWidget(m_freeDayBanner);
    layout->addLayout(columns, 1);

    // Tab order: the keys' own order, then the step, then the corrections.
    QWidget* previous = nullptr;
    for (QPushButton* button : std::as_const(m_productButtons)) {
        if (previous) {
            setTabOrder(previous, button);
        }
        previous = button;
    }
    if (previous) {
        setTabOrder(previous, m_cartTable);
    }
    setTabOrder(m_cartTable, corrections);

    // Every key of the screen goes through handleKey(), whichever child has the focus.
    installEventFilter(this);
    for (QWidget* child : findChildren<QWidget*>()) {
        child->installEventFilter(this);
    }
    // Places left change with every sale here and elsewhere (the hub's counts), and
    // the day changes at midnight: read them again now and then.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(std::chrono::seconds(30));
    connect(m_refreshTimer, &QTimer::timeout, this, &SalePage::refreshAvailability);
    m_refreshTimer->start();
    refreshAvailability();
    rebuildCart();
    showStep(Step::Cart);
}

void SalePage::setClock(OfficeClock clock)
{
    m_clock = std::move(clock);
    refreshAvailability();
}

QWidget* SalePage::createSlotPanel()
{
    m_slotPanel = new QWidget(this);
    m_slotPanel->setObjectName(QStringLiteral("slotPanel"));
    m_slotPanel->setAttribute(Qt::WA_StyledBackground);
    m_slotTitle = label(QString(), QStringLiteral("slotTitle"), 0.9, true, m_slotPanel);
    m_slotTitle->setAccessibleName(tr("Time slots"));
    auto* previous = new QPushButton(tr("◀ PgUp"), m_slotPanel);
    previous->setObjectName(QStringLiteral("previousSlotButton"));
    previous->setAccessibleName(tr("Previous time slot"));
    previous->setFocusPolicy(Qt::TabFocus);
    previous->setMinimumHeight(40);
    connect(previous, &QPushButton::clicked, this, &SalePage::selectPreviousSlot);
    auto* next = new QPushButton(tr("PgDn ▶"), m_slotPanel);
    next->setObjectName(QStringLiteral("nextSlotButton"));
    next->setAccessibleName(tr("Next time slot"));
    next->setFocusPolicy(Qt::TabFocus);
    next->setMinimumHeight(40);
    connect(next, &QPushButton::clicked, this, &SalePage::selectNextSlot);
    auto* header = new QHBoxLayout;
    header->addWidget(m_slotTitle, 1);
    header->addWidget(previous);
    header->addWidget(next);
    m_slotGrid = new QGridLayout;
    m_slotGrid->setSpacing(6);
    m_slotStatus = label(QString(), QStringLiteral("slotStatus"), 1.2, true, m_slotPanel);
    m_slotStatus->setAccessibleName(tr("Chosen time slot"));
    auto* layout = new QVBoxLayout(m_slotPanel);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(m_slotGrid);
    layout->addWidget(m_slotStatus);
    m_slotPanel->hide();
    return m_slotPanel;
}

QWidget* SalePage::createCartStep()
{
    auto* step = new QWidget(m_steps);
    step->setObjectName(QStringLiteral("cartStep"));
    m_cartTable = new QTableWidget(0, 4, step);
    m_cartTable->setObjectName(QStringLiteral("cartTable"));
    m_cartTable->setAccessibleName(tr("Cart"));
    m_cartTable->setHorizontalHeaderLabels({ tr("Ticket"), tr("Qty"), tr("Price"), tr("Amount") });
    m_cartTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cartTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cartTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cartTable->verticalHeader()->hide();
    m_cartTable->verticalHeader()->setDefaultSectionSize(44);
    m_cartTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        m_cartTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_cartTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            m_selectedLine = row;
        }
    });
    m_cartTotal = label(QString(), QStringLiteral("cartTotal"), 2.0, true, step);
    m_cartTotal->setAlignment(Qt::AlignRight);
    m_cartTotal->setAccessibleName(tr("Total"));
    auto* hint = label(tr("Keys 1–9 add tickets · Backspace removes one · Enter: payment · Esc: empty the cart"),
                       QStringLiteral("stepHint"), 0.9, false, step);
    auto* pay = bigButton(tr("Payment (Enter)"), tr("Go to payment"), step);
    pay->setObjectName(QStringLiteral("toPaymentButton"));
    connect(pay, &QPushButton::clicked, this, &SalePage::proceed);
    auto* remove = bigButton(tr("Remove one (Backspace)"), tr("Remove one ticket from the selected line"), step);
    connect(remove, &QPushButton::clicked, this, &SalePage::removeOneFromSelectedLine);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addWidget(pay, 1);
    auto* layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cartTable, 1);
    layout->addWidget(m_cartTotal);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    setTabOrder(m_cartTable, remove);
    setTabOrder(remove, pay);
    return step;
}

QWidget* SalePage::createNamesStep()
{
    auto* step = new QWidget(m_steps);
    step->setObjectName(QStringLiteral("namesStep"));
    step->setAccessibleName(tr("Visitors' names"));
    auto* title
        = label(tr("Nominative tickets: the name of each visitor"), QStringLiteral("namesTitle"), 1.4, true, step);
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("namesBox"));
    m_namesLayout = new QVBoxLayout(box);
    m_namesLayout->setContentsMargins(0, 0, 0, 0);
    m_namesLayout->addStretch(1);
    auto* scroll = new QScrollArea(step);
    scroll->setObjectName(QStringLiteral("namesScroll"));
    scroll->setAccessibleName(tr("Names of the visitors"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(box);
    auto* hint = label(tr("Type each name, Enter for the next · the names print on the tickets · Esc: back"),
                       QStringLiteral("stepHint"), 0.9, false, step);
    auto* next = bigButton(tr("Continue (Enter)"), tr("Continue with these names"), step);
    next->setObjectName(QStringLiteral("namesContinueButton"));
    connect(next, &QPushButton::clicked, this, &SalePage::confirmName);
    auto* back = bigButton(tr("Back (Esc)"), tr("Back to the cart"), step);
    connect(back, &QPushButton::clicked, this, &SalePage::goBack);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(next, 1);
    auto* layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return step;
}

QWidget* SalePage::createCheckStep()
{
    auto* step = new QWidget(m_steps);
    step->setObjectName(QStringLiteral("checkStep"));
    step->setFocusPolicy(Qt::StrongFocus);
    step->setAccessibleName(tr("Document check"));
    auto* panel = new QWidget(step);
    panel->setObjectName(QStringLiteral("checkPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    auto* title = label(tr("Check the document before selling"), QStringLiteral("checkTitle"), 1.6, true, panel);
    m_checkList = label(QString(), QStringLiteral("checkList"), 1.3, false, panel);
    m_checkList->setTextFormat(Qt::RichText);
    m_checkList->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_checkList->setAccessibleName(tr("Documents to check"));
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(20, 20, 20, 20);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_checkList, 1);
    m_checkConfirm = bigButton(tr("ID checked (Enter)"), tr("The documents were checked"), step);
    m_checkConfirm->setObjectName(QStringLiteral("checkConfirmButton"));
    connect(m_checkConfirm, &QPushButton::clicked, this, &SalePage::confirmDocumentsChecked);
    auto* back = bigButton(tr("Back (Esc)"), tr("Back to the cart"), step);
    connect(back, &QPushButton::clicked, this, &SalePage::goBack);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(m_checkConfirm, 1);
    auto* layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel, 1);
    layout->addLayout(buttons);
    return step;
}

QWidget* SalePage::createPaymentStep()
{
    auto* step = new QWidget(m_steps);
    step->setObjectName(QStringLiteral("paymentStep"));
    m_payTotal = label(QString(), QStringLiteral("payTotal"), 2.6, true, step);
    m_payTotal->setAccessibleName(tr("Amount due"));
    m_cashLabel = label(QString(), QStringLiteral("cashLabel"), 1.2, false, step);
    m_cash = new QLineEdit(step);
    m_cash->setObjectName(QStringLiteral("cashTendered"));
    m_cash->setAccessibleName(tr("Cash tendered"));
    m_cash->setFont(scaled(m_cash->font(), 2.0, true));
    m_cash->setMinimumHeight(64);
    m_cash->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}([.,][0-9]{0,2})?")), m_cash));
    m_cashLabel->setBuddy(m_cash);
    m_payHint = label(QString(), QStringLiteral("stepHint"), 0.95, false, step);
    auto* cash = bigButton(tr("Cash (Enter)"), tr("Pay in cash"), step);
    cash->setObjectName(QStringLiteral("payCashButton"));
    connect(cash, &QPushButton::clicked, this, &SalePage::payWithTypedCash);
    auto* card = bigButton(tr("Card (C)"), tr("Pay by card"), step);
    card->setObjectName(QStringLiteral("payCardButton"));
    connect(card, &QPushButton::clicked, this, &SalePage::payByCard);
    auto* split = bigButton(tr("Split (S)"), tr("Split between cash and card"), step);
    split->setObjectName(QStringLiteral("splitButton"));
    connect(split, &QPushButton::clicked, this, &SalePage::toggleSplitPayment);
    auto* back = bigButton(tr("Back (Esc)"), tr("Back to the cart"), step);
    connect(back, &QPushButton::clicked, this, &SalePage::goBack);
    auto* buttons = new QGridLayout;
    buttons->addWidget(cash, 0, 0);
    buttons->addWidget(card, 0, 1);
    buttons->addWidget(split, 1, 0);
    buttons->addWidget(back, 1, 1);
    auto* layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_payTotal);
    layout->addSpacing(12);
    layout->addWidget(m_cashLabel);
    layout->addWidget(m_cash);
    layout->addWidget(m_payHint);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_cash, cash);
    setTabOrder(cash, card);
    setTabOrder(card, split);
    setTabOrder(split, back);
    return step;
}

QWidget* SalePage::createDoneStep()
{
    auto* step = new QWidget(m_steps);
    step->setObjectName(QStringLiteral("doneStep"));
    step->setFocusPolicy(Qt::StrongFocus);
    step->setAccessibleName(tr("Sale completed"));
    auto* panel = new QWidget(step);
    panel->setObjectName(QStringLiteral("donePanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    m_doneReceipt = label(QString(), QStringLiteral("doneReceipt"), 1.6, true, panel);
    m_doneReceipt->setAccessibleName(tr("Receipt number"));
    m_doneChange = label(QString(), QStringLiteral("doneChange"), 2.6, true, panel);
    m_doneChange->setAccessibleName(tr("Change due"));
    m_doneTickets = new QListWidget(panel);
    m_doneTickets->setObjectName(QStringLiteral("doneTickets"));
    m_doneTickets->setAccessibleName(tr("Tickets issued"));
    m_doneTickets->setFocusPolicy(Qt::NoFocus);
    m_donePrint = label(QString(), QStringLiteral("donePrint"), 1.0, true, panel);
    m_donePrint->setAccessibleName(tr("Printing"));
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(20, 20, 20, 20);
    panelLayout->addWidget(m_doneReceipt);
    panelLayout->addWidget(m_doneChange);
    panelLayout->addWidget(m_doneTickets, 1);
    panelLayout->addWidget(m_donePrint);
    auto* hint = label(tr("Enter or a product key starts the next sale · P prints again"), QStringLiteral("stepHint"),
                       0.95, false, step);
    auto* next = bigButton(tr("Next sale (Enter)"), tr("Start the next sale"), step);
    connect(next, &QPushButton::clicked, this, &SalePage::startNewSale);
    auto* reprint = bigButton(tr("Print again (P)"), tr("Print the tickets again"), step);
    connect(reprint, &QPushButton::clicked, this, &SalePage::printAgain);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(reprint);
    buttons->addWidget(next, 1);
    auto* layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return step;
}

QString SalePage::message() const
{
    return m_message->text();
}

void SalePage::showError(const QString& text)
{
    m_message->setText(text);
}

void SalePage::showStep(Step step)
{
    m_step = step;
    m_steps->setCurrentIndex(static_cast<int>(step));
    if (step == Step::Payment) {
        updatePaymentStep();
    }
    focusCurrentStep();
}

void SalePage::focusCurrentStep()
{
    switch (m_step) {
    case Step::Cart:
        m_cartTable->setFocus();
        break;
    case Step::Names: {
        QLineEdit* first = m_nameEdits.isEmpty() ? nullptr : m_nameEdits.first();
        for (QLineEdit* edit : std::as_const(m_nameEdits)) {
            if (edit->text().trimmed().isEmpty()) {
                first = edit;
                break;
            }
        }
        if (first) {
            first->setFocus();
        }
        break;
    }
    case Step::Check:
        m_steps->currentWidget()->setFocus();
        break;
    case Step::Payment:
        m_cash->setFocus();
        break;
    case Step::Done:
        m_steps->currentWidget()->setFocus();
        break;
    }
}

void SalePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshSession();
    refreshAvailability();
    focusCurrentStep();
}

void SalePage::refreshSession()
{
    bool open = false;
    try {
        open = m_office.openSession().has_value();
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
    m_sessionBanner->setVisible(!open);
}

void SalePage::rebuildCart()
{
    const QLocale locale;
    const auto& lines = m_cart.lines();
    m_cartTable->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const core::CartLine& line = lines.at(row);
        QString name = line.product.name;
        if (core::needsCheck(line.product)) {
            name = line.idChecked ? tr("%1 (document checked)").arg(name) : tr("%1 (document to check)").arg(name);
        }
        const QString cells[] = { name, QString::number(line.quantity), line.product.price.toString(locale),
                                  line.total().toString(locale) };
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_cartTable->setItem(row, c, item);
        }
    }
    if (m_selectedLine >= lines.size()) {
        m_selectedLine = int(lines.size()) - 1;
    }
    if (m_selectedLine >= 0) {
        m_cartTable->setCurrentCell(m_selectedLine, 0);
    }
    m_cartTotal->setText(m_cart.isEmpty()
                             ? (m_freeDay ? tr("Free admission today: press 1") : tr("Press 1 for a full ticket"))
                             : tr("%n ticket(s) · %1", "", m_cart.tickets()).arg(m_cart.total().toString(locale)));
}

void SalePage::addProduct(int index)
{
    if (index < 0 || index >= m_office.products().size()) {
        return;
    }
    if (m_step == Step::Done) {
        startNewSale();
    } else if (m_step != Step::Cart) {
        showStep(Step::Cart);
    }
    m_message->clear();
    const core::TicketProduct& product = m_office.products().at(index);
    m_cart.add(product);
    for (int line = 0; line < m_cart.lines().size(); ++line) {
        if (m_cart.lines().at(line).product.id == product.id) {
            m_selectedLine = line;
            // One more visitor on a checked line: that visitor's document is not checked yet.
            if (core::needsCheck(product)) {
                m_cart.setIdChecked(line, false);
            }
        }
    }
    rebuildCart();
    updateSlotChoice();
}

int SalePage::productOnKey(int key) const
{
    return key >= 0 && key < m_keyProducts.size() ? m_keyProducts.at(key) : -1;
}

void SalePage::pressProductKey(int key)
{
    const int index = productOnKey(key);
    if (index < 0) {
        return;
    }
    if (const QString why = notSoldToday(m_office.products().at(index)); !why.isEmpty()) {
        showError(why);
        return;
    }
    addProduct(index);
}

QString SalePage::notSoldToday(const core::TicketProduct& product) const
{
    // The core refuses these on sell(); the screen says so on the key already.
    if (m_freeDay && product.kind == core::ProductKind::Admission && product.category != core::TicketCategory::Free) {
        return tr("Admission is free today: \"%1\" is not sold. Key 1 sells the free admission.").arg(product.name);
    }
    if (!m_freeDay && product.freeReason == core::FreeReason::FirstSunday) {
        return tr("\"%1\" is only for free days (the first Sunday of the month and the days the ministry sets).")
            .arg(product.name);
    }
    return {};
}

void SalePage::updateProductKeys()
{
    const QList<core::TicketProduct>& products = m_office.products();
    m_freeDay = m_office.isFreeDay(core::RomeTime::localDate(m_clock()));
    m_keyProducts.clear();
    for (int i = 0; i < products.size(); ++i) {
        m_keyProducts.append(i);
    }
    if (m_freeDay) {
        // Key 1 is the admission the visitors get today: the free one. The full ticket
        // takes its place (and is off), so every other key stays where the clerk knows it.
        int free = -1;
        int full = -1;
        for (int i = 0; i < products.size(); ++i) {
            const core::TicketProduct& p = products.at(i);
            if (free < 0 && p.freeReason == core::FreeReason::FirstSunday) {
                free = i;
            }
            if (full < 0 && p.kind == core::ProductKind::Admission && p.category == core::TicketCategory::Full) {
                full = i;
            }
        }
        if (free > 0) {
            m_keyProducts.swapItemsAt(full >= 0 ? full : 0, free);
        }
    }
    const QLocale locale;
    for (int k = 0; k < m_productButtons.size(); ++k) {
        const core::TicketProduct& product = products.at(m_keyProducts.at(k));
        const QString key = k < 9 ? QString::number(k + 1) : QString();
        QPushButton* button = m_productButtons.at(k);
        QString price = product.price.toString(locale);
        if (product.kind == core::ProductKind::Addon) {
            price = tr("%1 · with an admission").arg(price);
        }
        button->setText(key.isEmpty() ? tr("%1\n%2").arg(product.name, price)
                                      : tr("%1 · %2\n%3").arg(key, product.name, price));
        button->setAccessibleName(key.isEmpty() ? tr("Add one %1").arg(product.name)
                                                : tr("Add one %1 (key %2)").arg(product.name, key));
        const QString why = notSoldToday(product);
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
}

void SalePage::refreshAvailability()
{
    const std::int64_t now = m_clock();
    updateProductKeys();
    m_freeDayBanner->setVisible(m_freeDay);
    if (m_cart.isEmpty()) {
        rebuildCart(); // "press 1 for..." says what key 1 sells today
    }
    if (!m_office.slotPolicy()) {
        m_slots.clear();
        m_slotStart = -1;
        m_slotPanel->hide();
        return;
    }
    m_slotPanel->show();
    try {
        m_slots = m_office.slotsOn(core::RomeTime::localDate(now), now);
    } catch (const std::exception& e) {
        m_slots.clear();
        showError(QString::fromUtf8(e.what()));
    }
    m_slotTitle->setText(m_office.isOnline()
                             ? tr("Time slot · places left for this counter")
                             : tr("Time slot · offline allotment: this counter's share of each slot until the "
                                  "hub is back"));
    rebuildSlotButtons();
    updateSlotChoice();
}

void SalePage::rebuildSlotButtons()
{
    bool same = m_slotButtons.size() == m_slots.size();
    for (int i = 0; same && i < m_slots.size(); ++i) {
        same = m_slotButtons.at(i)->property("slotStart").toInt() == m_slots.at(i).start;
    }
    if (!same) {
        qDeleteAll(m_slotButtons);
        m_slotButtons.clear();
        const int columns = m_slots.size() > 10 ? 6 : 5;
        for (int i = 0; i < m_slots.size(); ++i) {
            const int start = m_slots.at(i).start;
            auto* button = new QPushButton(m_slotPanel);
            button->setObjectName(QStringLiteral("slotButton"));
            button->setProperty("slotStart", start);
            button->setCheckable(true);
            button->setFocusPolicy(Qt::TabFocus);
            button->setMinimumHeight(48);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->installEventFilter(this);
            connect(button, &QPushButton::clicked, this, [this, start] { selectSlot(start); });
            m_slotGrid->addWidget(button, i / columns, i % columns);
            if (m_slotPanel->isVisible()) {
                button->show(); // now, not when the layout gets round to it
            }
            m_slotButtons.append(button);
        }
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        const core::SlotAvailability& slot = m_slots.at(i);
        QPushButton* button = m_slotButtons.at(i);
        const QString start = slot.label().left(5);
        if (slot.past) {
            button->setText(tr("%1\nover").arg(start));
            button->setAccessibleName(tr("Slot %1, over").arg(slot.label()));
        } else if (slot.remaining <= 0) {
            button->setText(tr("%1\nfull").arg(start));
            button->setAccessibleName(tr("Slot %1, full").arg(slot.label()));
        } else {
            button->setText(tr("%1\n%n left", "", slot.remaining).arg(start));
            button->setAccessibleName(tr("Slot %1, %n place(s) left", "", slot.remaining).arg(slot.label()));
        }
        button->setEnabled(slotIsOpen(slot));
    }
}

bool SalePage::slotIsOpen(const core::SlotAvailability& slot) const
{
    return !slot.past && slot.remaining > 0;
}

const core::SlotAvailability* SalePage::chosenSlot() const
{
    for (const core::SlotAvailability& slot : m_slots) {
        if (slot.start == m_slotStart) {
            return &slot;
        }
    }
    return nullptr;
}

void SalePage::updateSlotChoice()
{
    if (!m_office.slotPolicy()) {
        return;
    }
    const int visitors = std::max(1, m_cart.visitors());
    const core::SlotAvailability* chosen = chosenSlot();
    if (m_slotChosenByClerk && (!chosen || !slotIsOpen(*chosen))) {
        m_slotChosenByClerk = false; // over or sold out meanwhile
    }
    if (!m_slotChosenByClerk) {
        // The next slot with room for the whole cart, so the keys stay 1, Enter, Enter.
        m_slotStart = -1;
        for (const core::SlotAvailability& slot : std::as_const(m_slots)) {
            if (slotIsOpen(slot) && slot.remaining >= visitors) {
                m_slotStart = slot.start;
                break;
            }
        }
        chosen = chosenSlot();
    }
    for (QPushButton* button : std::as_const(m_slotButtons)) {
        button->setChecked(button->property("slotStart").toInt() == m_slotStart);
    }
    bool problem = true;
    if (m_slots.isEmpty()) {
        m_slotStatus->setText(tr("No time slots today: the site is closed."));
    } else if (!chosen) {
        m_slotStatus->setText(
            tr("No time slot today has room for %n visitor(s): the sale cannot be made.", "", visitors));
    } else if (chosen->remaining < visitors) {
        m_slotStatus->setText(tr("The slot %1 has only %n place(s) left: PgUp/PgDn for another.", "", chosen->remaining)
                                  .arg(chosen->label()));
    } else {
        problem = false;
        m_slotStatus->setText(tr("Entry %1 · %n place(s) left", "", chosen->remaining).arg(chosen->label()));
    }
    m_slotStatus->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #10243a;"));
}

QString SalePage::slotStatus() const
{
    return m_slotStatus->text();
}

void SalePage::stepSlot(int direction)
{
    if (!m_office.slotPolicy() || m_slots.isEmpty()) {
        return;
    }
    int i = -1;
    for (int k = 0; k < m_slots.size(); ++k) {
        if (m_slots.at(k).start == m_slotStart) {
            i = k;
        }
    }
    if (i < 0) {
        i = direction > 0 ? -1 : int(m_slots.size());
    }
    for (i += direction; i >= 0 && i < m_slots.size(); i += direction) {
        if (slotIsOpen(m_slots.at(i))) {
            selectSlot(m_slots.at(i).start);
            return;
        }
    }
}

void SalePage::selectPreviousSlot()
{
    stepSlot(-1);
}

void SalePage::selectNextSlot()
{
    stepSlot(+1);
}

void SalePage::selectSlot(int start)
{
    for (const core::SlotAvailability& slot : std::as_const(m_slots)) {
        if (slot.start == start && slotIsOpen(slot)) {
            m_slotStart = start;
            m_slotChosenByClerk = true;
            m_message->clear();
        }
    }
    updateSlotChoice(); // a tap on a full or past slot leaves the choice as it was
    focusCurrentStep();
}

void SalePage::removeOneFromSelectedLine()
{
    if (m_step != Step::Cart || m_selectedLine < 0 || m_selectedLine >= m_cart.lines().size()) {
        return;
    }
    m_cart.setQuantity(m_selectedLine, m_cart.lines().at(m_selectedLine).quantity - 1);
    rebuildCart();
    updateSlotChoice();
}

void SalePage::proceed()
{
    m_message->clear();
    if (m_cart.isEmpty()) {
        showError(tr("The cart is empty: add tickets with the keys 1–9."));
        return;
    }
    refreshSession();
    if (m_sessionBanner->isVisible()) {
        showError(tr("No cash session is open: open one on the Cash screen (F7)."));
        return;
    }
    if (const QString why = refusalBeforePayment(); !why.isEmpty()) {
        showError(why);
        return;
    }
    if (m_office.site().nominativeTickets) {
        showNames();
        return;
    }
    afterNames();
}

QString SalePage::refusalBeforePayment()
{
    int addons = 0;
    for (const core::CartLine& line : m_cart.lines()) {
        if (line.product.kind == core::ProductKind::Addon) {
            addons += line.quantity;
        }
        if (const QString why = notSoldToday(line.product); !why.isEmpty()) {
            return why;
        }
    }
    const int visitors = m_cart.visitors();
    if (addons > visitors) {
        return tr("An add-on such as a guided tour is sold with an admission: %1 add-on(s) for %2 admission(s). "
                  "Add the admissions first.")
            .arg(addons)
            .arg(visitors);
    }
    if (m_office.slotPolicy() && visitors > 0) {
        refreshAvailability(); // the places left as of now
        const core::SlotAvailability* chosen = chosenSlot();
        if (!chosen) {
            return m_slotStatus->text();
        }
        if (chosen->remaining < visitors) {
            return tr("The slot %1 has only %n place(s) left: choose another with PgUp/PgDn.", "", chosen->remaining)
                .arg(chosen->label());
        }
    }
    return {};
}

void SalePage::showNames()
{
    qDeleteAll(m_namesLayout->parentWidget()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_nameEdits.clear();
    int n = 0;
    for (const core::CartLine& line : m_cart.lines()) {
        for (int i = 0; i < line.quantity; ++i, ++n) {
            auto* row = new QWidget(m_namesLayout->parentWidget());
            auto* caption = new QLabel(tr("%1. %2").arg(n + 1).arg(line.product.name), row);
            caption->setFont(scaled(font(), 1.1));
            caption->setMinimumWidth(220);
            caption->setWordWrap(true);
            auto* edit = new QLineEdit(m_names.value(n), row);
            edit->setObjectName(QStringLiteral("holderName"));
            edit->setAccessibleName(tr("Name of visitor %1 (%2)").arg(n + 1).arg(line.product.name));
            edit->setPlaceholderText(tr("first name and surname"));
            edit->setMaxLength(80);
            edit->setFont(scaled(font(), 1.2));
            edit->setMinimumHeight(48);
            edit->installEventFilter(this);
            caption->setBuddy(edit);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(caption);
            rowLayout->addWidget(edit, 1);
            m_namesLayout->insertWidget(n, row);
            row->show(); // now, so the first name has the focus for the keys at once
            m_nameEdits.append(edit);
        }
    }
    m_names.resize(n);
    showStep(Step::Names);
}

void SalePage::confirmName()
{
    if (m_step != Step::Names) {
        return;
    }
    int current = 0;
    for (int i = 0; i < m_nameEdits.size(); ++i) {
        m_names[i] = m_nameEdits.at(i)->text().trimmed();
        if (m_nameEdits.at(i)->hasFocus()) {
            current = i;
        }
    }
    if (m_nameEdits.isEmpty()) {
        return;
    }
    if (m_names.at(current).isEmpty()) {
        showError(tr("Type the name of visitor %1: the tickets here are nominative.").arg(current + 1));
        m_nameEdits.at(current)->setFocus();
        return;
    }
    m_message->clear();
    // The next one without a name, after this one first.
    for (int k = 1; k < m_nameEdits.size(); ++k) {
        const int i = (current + k) % int(m_nameEdits.size());
        if (m_names.at(i).isEmpty()) {
            m_nameEdits.at(i)->setFocus();
            return;
        }
    }
    afterNames();
}

void SalePage::afterNames()
{
    const QList<int> unchecked = m_cart.uncheckedLines();
    if (!unchecked.isEmpty()) {
        QString html;
        for (int line : unchecked) {
            const core::CartLine& l = m_cart.lines().at(line);
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(tr("%1 × %2").arg(l.quantity).arg(l.product.name).toHtmlEscaped(),
                             core::documentToCheck(l.product).toHtmlEscaped());
        }
        m_checkList->setText(html);
        showStep(Step::Check);
        return;
    }
    showStep(Step::Payment);
}

void SalePage::confirmDocumentsChecked()
{
    if (m_step != Step::Check) {
        return;
    }
    for (int line : m_cart.uncheckedLines()) {
        m_cart.setIdChecked(line, true);
    }
    rebuildCart();
    showStep(Step::Payment);
}

void SalePage::updatePaymentStep()
{
    const QLocale locale;
    const core::Money total = m_cart.total();
    m_payTotal->setText(tr("To pay: %1").arg(total.toString(locale)));
    m_cash->clear();
    m_message->clear();
    if (total.isZero()) {
        m_cashLabel->setText(tr("Nothing to pay: free tickets."));
        m_cash->setEnabled(false);
        m_payHint->setText(tr("Enter issues the tickets · Esc: back"));
        return;
    }
    m_cash->setEnabled(true);
    m_cash->setFocus();
    if (m_split) {
        m_cashLabel->setText(tr("Cash part (the rest by card):"));
        m_cash->setPlaceholderText(tr("cash part"));
        m_payHint->setText(tr("Type the cash part, then Enter · S: no split · Esc: back"));
    } else {
        m_cashLabel->setText(tr("Cash tendered:"));
        m_cash->setPlaceholderText(tr("exact cash"));
        m_payHint->setText(
            tr("Enter: exact cash, or type the cash tendered then Enter · C: card · S: split · Esc: back"));
    }
}

void SalePage::payWithTypedCash()
{
    if (m_step != Step::Payment) {
        return;
    }
    const core::Money total = m_cart.total();
    if (total.isZero()) {
        sell({});
        return;
    }
    const QString typed = m_cash->text().trimmed();
    std::optional<core::Money> amount;
    if (!typed.isEmpty()) {
        amount = core::Money::parse(typed, QLocale());
        if (!amount) {
            amount = core::Money::parse(typed);
        }
        if (!amount) {
            showError(tr("\"%1\" is not an amount.").arg(typed));
            return;
        }
    }
    const QLocale locale;
    if (m_split) {
        if (!amount || *amount <= core::Money() || *amount >= total) {
            showError(tr("Type the cash part: more than nothing and less than %1.").arg(total.toString(locale)));
            return;
        }
        sell({ { core::PaymentMethod::Cash, *amount, *amount }, { core::PaymentMethod::Card, total - *amount, {} } });
        return;
    }
    const core::Money tendered = amount.value_or(total);
    if (tendered < total) {
        showError(tr("%1 is less than the %2 due.").arg(tendered.toString(locale), total.toString(locale)));
        return;
    }
    sell({ { core::PaymentMethod::Cash, total, tendered } });
}

void SalePage::payByCard()
{
    if (m_step != Step::Payment) {
        return;
    }
    const core::Money total = m_cart.total();
    sell(total.isZero() ? QList<core::Payment>() : QList<core::Payment>{ { core::PaymentMethod::Card, total, {} } });
}

void SalePage::toggleSplitPayment()
{
    if (m_step != Step::Payment || m_cart.total().isZero()) {
        return;
    }
    m_split = !m_split;
    updatePaymentStep();
}

core::Cart SalePage::cartToSell() const
{
    core::Cart cart;
    if (m_office.site().nominativeTickets) {
        int n = 0;
        for (const core::CartLine& line : m_cart.lines()) {
            for (int i = 0; i < line.quantity; ++i, ++n) {
                core::CartLine one = line;
                one.quantity = 1;
                one.holder = m_names.value(n).trimmed();
                cart.addLine(one);
            }
        }
    } else {
        cart = m_cart;
    }
    cart.setSlot(m_office.slotPolicy() && cart.visitors() > 0 ? m_slotStart : -1);
    return cart;
}

void SalePage::sell(const QList<core::Payment>& payments)
{
    try {
        m_lastReceipt = m_office.sell(cartToSell(), payments, m_clock());
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return;
    }
    const core::SaleReceipt& receipt = *m_lastReceipt;
    m_split = false;
    clearSale();
    refreshAvailability(); // fewer places left now

    const QLocale locale;
    m_doneReceipt->setText(receipt.training ? tr("Receipt no. %1 (training)").arg(receipt.receiptNumber)
                                            : tr("Receipt no. %1").arg(receipt.receiptNumber));
    m_doneChange->setText(receipt.change.isZero() ? tr("No change")
                                                  : tr("Change due: %1").arg(receipt.change.toString(locale)));
    m_doneTickets->clear();
    if (receipt.slot >= 0 && m_office.slotPolicy()) {
        core::SlotAvailability slot;
        slot.start = receipt.slot;
        slot.minutes = m_office.slotPolicy()->slotMinutes;
        m_doneReceipt->setText(tr("%1 · entry %2").arg(m_doneReceipt->text(), slot.label()));
    }
    for (const core::IssuedTicket& ticket : receipt.tickets) {
        m_doneTickets->addItem(ticket.holder.isEmpty()
                                   ? tr("%1 – %2").arg(ticket.productName, ticket.code.key())
                                   : tr("%1 – %2 – %3").arg(ticket.productName, ticket.holder, ticket.code.key()));
    }
    showStep(Step::Done);
    printAgain();
    emit saleCompleted(receipt.receiptNumber);
    emit ledgerChanged();
}

void SalePage::printAgain()
{
    if (!m_lastReceipt || m_step != Step::Done) {
        return;
    }
    const int slotMinutes = m_office.slotPolicy() ? m_office.slotPolicy()->slotMinutes : 0;
    if (m_printer.printSale(*m_lastReceipt, m_office.site(), slotMinutes)) {
        m_donePrint->setText(tr("%n ticket(s) printed.", "", int(m_lastReceipt->tickets.size())));
        m_message->clear();
    } else {
        m_donePrint->setText(tr("Not printed: %1 The sale is recorded; P prints again.").arg(m_printer.error()));
        showError(m_printer.error());
    }
}

void SalePage::goBack()
{
    m_message->clear();
    switch (m_step) {
    case Step::Cart:
        clearSale();
        break;
    case Step::Names:
        for (int i = 0; i < m_nameEdits.size() && i < m_names.size(); ++i) {
            m_names[i] = m_nameEdits.at(i)->text().trimmed();
        }
        showStep(Step::Cart);
        break;
    case Step::Check:
        showStep(Step::Cart);
        break;
    case Step::Payment:
        if (m_split) {
            m_split = false;
            updatePaymentStep();
        } else {
            showStep(Step::Cart);
        }
        break;
    case Step::Done:
        startNewSale();
        break;
    }
}

void SalePage::clearSale()
{
    m_cart.clear();
    m_selectedLine = -1;
    m_names.clear();
    m_slotChosenByClerk = false;
    rebuildCart();
    updateSlotChoice();
}

void SalePage::startNewSale()
{
    m_split = false;
    m_message->clear();
    clearSale();
    refreshAvailability();
    showStep(Step::Cart);
}

SaleCorrectionDialog* SalePage::openCorrections()
{
    auto* dialog = new SaleCorrectionDialog(m_office, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaleCorrectionDialog::corrected, this, &SalePage::ledgerChanged);
    connect(dialog, &QDialog::finished, this, &SalePage::focusCurrentStep);
    dialog->open();
    return dialog;
}

bool SalePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (handleKey(key->key(), key->text())) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SalePage::handleKey(int key, const QString& text)
{
    Q_UNUSED(text)
    if (key == Qt::Key_F8 && (m_step == Step::Cart || m_step == Step::Done)) {
        openCorrections();
        return true;
    }
    if ((key == Qt::Key_PageUp || key == Qt::Key_PageDown) && m_step != Step::Done && m_office.slotPolicy()) {
        key == Qt::Key_PageUp ? selectPreviousSlot() : selectNextSlot();
        return true;
    }
    const bool digit = key >= Qt::Key_1 && key <= Qt::Key_9;
    switch (m_step) {
    case Step::Cart:
    case Step::Done:
        if (digit) {
            pressProductKey(key - Qt::Key_1);
            return true;
        }
        if (m_step == Step::Done && key == Qt::Key_P) {
            printAgain();
            return true;
        }
        if (isEnter(key)) {
            m_step == Step::Cart ? proceed() : startNewSale();
            return true;
        }
        if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
            removeOneFromSelectedLine();
            return true;
        }
        if (key == Qt::Key_Escape) {
            goBack();
            return true;
        }
        return false;
    case Step::Names:
        if (isEnter(key)) {
            confirmName();
            return true;
        }
        if (key == Qt::Key_Escape) {
            goBack();
            return true;
        }
        return false; // the names are typed
    case Step::Check:
        if (isEnter(key)) {
            confirmDocumentsChecked();
            return true;
        }
        if (key == Qt::Key_Escape) {
            goBack();
            return true;
        }
        return false;
    case Step::Payment:
        if (isEnter(key)) {
            payWithTypedCash();
            return true;
        }
        if (key == Qt::Key_C) {
            payByCard();
            return true;
        }
        if (key == Qt::Key_S) {
            toggleSplitPayment();
            return true;
        }
        if (key == Qt::Key_Escape) {
            goBack();
            return true;
        }
        return false; // digits and separators go to the amount
    }
    return false;
}

} // namespace widgets
