#include "widgets/office/cashsessionpage.h"

#include "widgets/office/ticketprinter.h"

#include "core/rometime.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace widgets {

namespace {
QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLineEdit* amountEdit(const QString& accessible, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessible);
    edit->setFont(scaled(edit->font(), 1.6, true));
    edit->setMinimumHeight(52);
    edit->setMaximumWidth(320);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9.]{0,9}([,.][0-9]{0,2})?")), edit));
    return edit;
}

QPushButton* button(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setMinimumHeight(52);
    b->setFont(scaled(b->font(), 1.1, true));
    return b;
}

QString romeDateTime(std::int64_t utc)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc + core::RomeTime::offsetAt(utc), Qt::UTC),
                              QStringLiteral("dd/MM/yyyy HH:mm"));
}
} // namespace

CashSessionPage::CashSessionPage(core::TicketOffice& office, TicketPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_office(office)
    , m_printer(printer)
{
    setObjectName(QStringLiteral("cashSessionPage"));
    setAccessibleName(tr("Cash session"));
    setStyleSheet(QStringLiteral("#cashSessionPage QLabel, #cashSessionPage QPushButton { font-size: 14pt; }"
                                 "#cashSessionPage QPushButton { font-weight: bold; padding: 8px 18px; }"
                                 "#cashSessionPage QLabel#cashTitle { font-size: 22pt; font-weight: bold; }"
                                 "#cashSessionPage QLabel#sessionInfo { font-size: 17pt; font-weight: bold; }"
                                 "#cashSessionPage QLabel#discrepancy { font-size: 22pt; font-weight: bold; }"
                                 "#cashSessionPage QTextBrowser { font-size: 13pt; }"
                                 "#cashSessionPage QLineEdit { font-size: 20pt; font-weight: bold; }"));
    m_states = new QStackedWidget(this);

    // No session: the float.
    auto* closedPage = new QWidget(m_states);
    auto* closedTitle = new QLabel(tr("No cash session is open"), closedPage);
    closedTitle->setObjectName(QStringLiteral("cashTitle"));
    m_float = amountEdit(tr("Opening float"), closedPage);
    m_float->setObjectName(QStringLiteral("openingFloat"));
    m_float->setPlaceholderText(tr("e.g. 100,00"));
    auto* open = button(tr("&Open the session"), tr("Open the cash session"), closedPage);
    open->setObjectName(QStringLiteral("openSessionButton"));
    connect(open, &QPushButton::clicked, this, &CashSessionPage::openSession);
    connect(m_float, &QLineEdit::returnPressed, this, &CashSessionPage::openSession);
    auto* floatForm = new QFormLayout;
    floatForm->addRow(tr("Cash in the drawer to start (&float):"), m_float);
    auto* closedLayout = new QVBoxLayout(closedPage);
    closedLayout->addWidget(closedTitle);
    closedLayout->addLayout(floatForm);
    closedLayout->addWidget(open, 0, Qt::AlignLeft);
    closedLayout->addStretch(1);

    // Open: the session and the X report.
    auto* openPage = new QWidget(m_states);
    m_sessionInfo = new QLabel(openPage);
    m_sessionInfo->setObjectName(QStringLiteral("sessionInfo"));
    m_sessionInfo->setFont(scaled(font(), 1.4, true));
    m_sessionInfo->setWordWrap(true);
    m_xReport = new QTextBrowser(openPage);
    m_xReport->setObjectName(QStringLiteral("xReport"));
    m_xReport->setAccessibleName(tr("X report"));
    m_xReport->hide();
    auto* x = button(tr("&X report"), tr("Show the X report"), openPage);
    x->setObjectName(QStringLiteral("xReportButton"));
    connect(x, &QPushButton::clicked, this, &CashSessionPage::showXReport);
    auto* z = button(tr("&Close the session (Z)…"), tr("Close the cash session with a count"), openPage);
    z->setObjectName(QStringLiteral("closeSessionButton"));
    connect(z, &QPushButton::clicked, this, &CashSessionPage::startClosing);
    auto* openButtons = new QHBoxLayout;
    openButtons->addWidget(x);
    openButtons->addWidget(z);
    openButtons->addStretch(1);
    auto* openLayout = new QVBoxLayout(openPage);
    openLayout->addWidget(m_sessionInfo);
    openLayout->addLayout(openButtons);
    openLayout->addWidget(m_xReport, 1);
    openLayout->addStretch(0);

    // Counting: blind.
    auto* countPage = new QWidget(m_states);
    auto* countTitle = new QLabel(tr("Count the cash in the drawer"), countPage);
    countTitle->setObjectName(QStringLiteral("cashTitle"));
    auto* countText = new QLabel(
        tr("Type what you count, notes and coins together. The expected amount is shown after you confirm."),
        countPage);
    countText->setWordWrap(true);
    m_counted = amountEdit(tr("Counted cash"), countPage);
    m_counted->setObjectName(QStringLiteral("countedCash"));
    connect(m_counted, &QLineEdit::returnPressed, this, &CashSessionPage::closeWithCount);
    auto* confirm
        = button(tr("Confirm the count and &close"), tr("Confirm the count and close the session"), countPage);
    confirm->setObjectName(QStringLiteral("confirmCountButton"));
    connect(confirm, &QPushButton::clicked, this, &CashSessionPage::closeWithCount);
    auto* cancel = button(tr("Cancel"), tr("Cancel closing"), countPage);
    connect(cancel, &QPushButton::clicked, this, &CashSessionPage::cancelClosing);
    auto* countForm = new QFormLayout;
    countForm->addRow(tr("C&ounted cash:"), m_counted);
    auto* countButtons = new QHBoxLayout;
    countButtons->addWidget(confirm);
    countButtons->addWidget(cancel);
    countButtons->addStretch(1);
    auto* countLayout = new QVBoxLayout(countPage);
    countLayout->addWidget(countTitle);
    countLayout->addWidget(countText);
    countLayout->addLayout(countForm);
    countLayout->addLayout(countButtons);
    countLayout->addStretch(1);

    // Closed: the Z report.
    auto* zPage = new QWidget(m_states);
    m_discrepancy = new QLabel(zPage);
    m_discrepancy->setObjectName(QStringLiteral("discrepancy"));
    m_discrepancy->setAccessibleName(tr("Discrepancy"));
    m_discrepancy->setFont(scaled(font(), 2.0, true));
    m_discrepancy->setWordWrap(true);
    m_zReport = new QTextBrowser(zPage);
    m_zReport->setObjectName(QStringLiteral("zReport"));
    m_zReport->setAccessibleName(tr("Z report"));
    m_printStatus = new QLabel(zPage);
    m_printStatus->setObjectName(QStringLiteral("zPrintStatus"));
    m_printStatus->setWordWrap(true);
    auto* reprint = button(tr("&Print the Z report again"), tr("Print the Z report again"), zPage);
    connect(reprint, &QPushButton::clicked, this, &CashSessionPage::printZAgain);
    auto* next = button(tr("Open a &new session…"), tr("Open a new cash session"), zPage);
    connect(next, &QPushButton::clicked, this, [this] { showState(State::NoSession); });
    auto* zButtons = new QHBoxLayout;
    zButtons->addWidget(reprint);
    zButtons->addWidget(next);
    zButtons->addStretch(1);
    auto* zLayout = new QVBoxLayout(zPage);
    zLayout->addWidget(m_discrepancy);
    zLayout->addWidget(m_zReport, 1);
    zLayout->addWidget(m_printStatus);
    zLayout->addLayout(zButtons);

    for (QWidget* page : { closedPage, openPage, countPage, zPage }) {
        m_states->addWidget(page);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cashMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_states, 1);
    layout->addWidget(m_message);
    refresh();
}

void CashSessionPage::showState(State state)
{
    m_state = state;
    m_states->setCurrentIndex(static_cast<int>(state));
    switch (state) {
    case State::NoSession:
        m_float->clear();
        m_float->setFocus();
        break;
    case State::Open:
        m_xReport->hide();
        break;
    case State::Counting:
        m_counted->clear();
        m_counted->setFocus();
        break;
    case State::Closed:
        break;
    }
}

void CashSessionPage::refresh()
{
    if (m_state == State::Closed || m_state == State::Counting) {
        return; // the clerk is in the middle of the close, or reading the Z
    }
    m_message->clear();
    std::optional<core::CashSession> session;
    try {
        session = m_office.openSession();
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
    if (!session) {
        if (m_state != State::NoSession) {
            showState(State::NoSession);
        }
        return;
    }
    m_sessionInfo->setText(
        tr("Session %1 open since %2 (%3), float %4")
            .arg(session->number)
            .arg(romeDateTime(session->openedUtc), session->clerk, session->openingFloat.toString(QLocale())));
    if (m_state != State::Open) {
        showState(State::Open);
    }
}

std::optional<core::Money> CashSessionPage::typedAmount(QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return core::Money();
    }
    auto amount = core::Money::parse(text, QLocale());
    if (!amount) {
        amount = core::Money::parse(text);
    }
    if (!amount || *amount < core::Money()) {
        m_message->setText(tr("\"%1\" is not an amount.").arg(text));
        return std::nullopt;
    }
    return amount;
}

void CashSessionPage::openSession()
{
    const auto amount = typedAmount(m_float);
    if (!amount) {
        return;
    }
    try {
        m_office.openSession(*amount, m_clock());
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_state = State::NoSession;
    refresh();
    emit sessionChanged();
}

void CashSessionPage::showXReport()
{
    try {
        m_xReport->setHtml(TicketPrinter::sessionReportHtml(m_office.xReport(), m_office.site()));
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_xReport->show();
}

void CashSessionPage::startClosing()
{
    m_message->clear();
    showState(State::Counting);
}

void CashSessionPage::cancelClosing()
{
    m_state = State::NoSession;
    refresh();
}

void CashSessionPage::closeWithCount()
{
    if (m_state != State::Counting) {
        return;
    }
    if (m_counted->text().trimmed().isEmpty()) {
        m_message->setText(tr("Type the cash you counted (0 when the drawer is empty)."));
        return;
    }
    const auto counted = typedAmount(m_counted);
    if (!counted) {
        return;
    }
    try {
        m_z = m_office.closeSession(*counted, m_clock());
    } catch (const std::exception& e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_message->clear();
    const QLocale locale;
    const core::Money diff = m_z->discrepancy;
    if (diff.isZero()) {
        m_discrepancy->setText(tr("The drawer is right: %1").arg(m_z->countedCash.toString(locale)));
        m_discrepancy->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    } else {
        m_discrepancy->setText(
            diff > core::Money()
                ? tr("Over by %1 (expected %2, counted %3)")
                      .arg(diff.toString(locale), m_z->expectedCash.toString(locale), m_z->countedCash.toString(locale))
                : tr("Short by %1 (expected %2, counted %3)")
                      .arg((core::Money() - diff).toString(locale), m_z->expectedCash.toString(locale),
                           m_z->countedCash.toString(locale)));
        m_discrepancy->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    m_zReport->setHtml(TicketPrinter::sessionReportHtml(*m_z, m_office.site()));
    showState(State::Closed);
    printZAgain();
    emit sessionChanged();
}

void CashSessionPage::printZAgain()
{
    if (!m_z) {
        return;
    }
    if (m_printer.printSessionReport(*m_z, m_office.site())) {
        m_printStatus->setText(tr("Z report printed."));
    } else {
        m_printStatus->setText(tr("Z report not printed: %1").arg(m_printer.error()));
    }
}

void CashSessionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    if (m_state == State::NoSession) {
        m_float->setFocus();
    } else if (m_state == State::Counting) {
        m_counted->setFocus();
    }
}

QString CashSessionPage::reportText() const
{
    switch (m_state) {
    case State::NoSession:
        return {};
    case State::Open:
        return m_sessionInfo->text() + QLatin1Char('\n')
            + (m_xReport->isHidden() ? QString() : m_xReport->toPlainText());
    case State::Counting:
        return {};
    case State::Closed:
        return m_discrepancy->text() + QLatin1Char('\n') + m_zReport->toPlainText();
    }
    return {};
}

QString CashSessionPage::message() const
{
    return m_message->text();
}

} // namespace widgets
