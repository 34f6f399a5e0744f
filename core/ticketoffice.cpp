#include "core/ticketoffice.h"

#include "core/rometime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

#include <map>

namespace core {

namespace {

QString kindName(ScanDirection direction)
{
    return direction == ScanDirection::In ? QStringLiteral("in") : QStringLiteral("out");
}

QString outcomeCode(CheckInResult::Outcome outcome)
{
    switch (outcome) {
    case CheckInResult::Outcome::Valid:
        return QStringLiteral("valid");
    case CheckInResult::Outcome::AlreadyUsed:
        return QStringLiteral("already_used");
    case CheckInResult::Outcome::WrongDay:
        return QStringLiteral("wrong_day");
    case CheckInResult::Outcome::WrongSite:
        return QStringLiteral("wrong_site");
    case CheckInResult::Outcome::Revoked:
        return QStringLiteral("revoked");
    case CheckInResult::Outcome::Unknown:
        return QStringLiteral("unknown");
    case CheckInResult::Outcome::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QJsonArray paymentsJson(const QList<Payment>& payments)
{
    QJsonArray out;
    for (const Payment& p : payments) {
        QJsonObject o{ { QStringLiteral("method"), paymentMethodCode(p.method) },
                       { QStringLiteral("cents"), double(p.amount.cents()) } };
        if (p.method == PaymentMethod::Cash) {
            o.insert(QStringLiteral("tendered_cents"), double(p.tendered.cents()));
        }
        out.append(o);
    }
    return out;
}

QList<Payment> paymentsFrom(const QJsonArray& array)
{
    QList<Payment> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        Payment p;
        p.method = o.value(QStringLiteral("method")).toString() == QLatin1String("card") ? PaymentMethod::Card
                                                                                         : PaymentMethod::Cash;
        p.amount = Money::fromCents(std::int64_t(o.value(QStringLiteral("cents")).toDouble()));
        p.tendered = Money::fromCents(std::int64_t(o.value(QStringLiteral("tendered_cents")).toDouble()));
        out.append(p);
    }
    return out;
}

std::int64_t cents(const QJsonObject& o, const char* key)
{
    return std::int64_t(o.value(QLatin1String(key)).toDouble());
}

// Adds one record's effect (sale +, void and refund -) to the totals.
class TotalsBuilder
{
public:
    void add(const LedgerRecord& record)
    {
        const QJsonObject p = record.payloadObject();
        const QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
        switch (record.kind) {
        case LedgerKind::Sale:
            ++m_totals.sales;
            m_totals.gross += Money::fromCents(cents(p, "total_cents"));
            addLines(lines, +1);
            addPayments(paymentsFrom(p.value(QStringLiteral("payments")).toArray()), +1);
            break;
        case LedgerKind::Void:
            ++m_totals.voids;
            m_totals.voided += Money::fromCents(cents(p, "amount_cents"));
            addLines(lines, -1);
            addPayments(paymentsFrom(p.value(QStringLiteral("payments")).toArray()), -1);
            break;
        case LedgerKind::Refund: {
            ++m_totals.refunds;
            const Money amount = Money::fromCents(cents(p, "amount_cents"));
            m_totals.refunded += amount;
            addLines(lines, -1);
            Payment back;
            back.method = p.value(QStringLiteral("method")).toString() == QLatin1String("card") ? PaymentMethod::Card
                                                                                                : PaymentMethod::Cash;
            back.amount = amount;
            addPayments({ back }, -1);
            break;
        }
        default:
            break;
        }
    }

    OfficeTotals result()
    {
        m_totals.net = m_totals.gross - m_totals.voided - m_totals.refunded;
        const auto flatten = [](const std::map<QString, OfficeTotals::Row>& rows) {
            QList<OfficeTotals::Row> out;
            for (const auto& [key, row] : rows) {
                out.append(row);
            }
            return out;
        };
        m_totals.byProduct = flatten(m_products);
        m_totals.byCategory = flatten(m_categories);
        m_totals.byPayment = flatten(m_payments);
        return m_totals;
    }

private:
    void addLines(const QJsonArray& lines, int sign)
    {
        for (const QJsonValue& v : lines) {
            const QJsonObject line = v.toObject();
            const std::int64_t quantity = line.value(QStringLiteral("quantity")).toInt();
            const Money amount = Money::fromCents(cents(line, "unit_cents")) * (quantity * sign);
            const QString product = line.value(QStringLiteral("product")).toString();
            OfficeTotals::Row& p = m_products[product];
            p.key = product;
            p.name = line.value(QStringLiteral("name")).toString();
            p.tickets += quantity * sign;
            p.amount += amount;
            const QString categoryKey = line.value(QStringLiteral("category")).toString();
            OfficeTotals::Row& c = m_categories[categoryKey];
            c.key = categoryKey;
            const auto category = categoryFromCode(categoryKey);
            c.name = category ? categoryName(*category) : categoryKey;
            c.tickets += quantity * sign;
            c.amount += amount;
            m_totals.tickets += quantity * sign;
        }
    }
    void addPayments(const QList<Payment>& payments, int sign)
    {
        for (const Payment& payment : payments) {
            const QString key = paymentMethodCode(payment.method);
            OfficeTotals::Row& row = m_payments[key];
            row.key = key;
            row.name = paymentMethodName(payment.method);
            row.amount += payment.amount * sign;
            if (payment.method == PaymentMethod::Cash) {
                m_totals.cashIn += payment.amount * sign;
            } else {
                m_totals.cardIn += payment.amount * sign;
            }
        }
    }

    OfficeTotals m_totals;
    std::map<QString, OfficeTotals::Row> m_products;
    std::map<QString, OfficeTotals::Row> m_categories;
    std::map<QString, OfficeTotals::Row> m_payments;
};

const QRegularExpression& ticketKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]{16}-\\d{6}-\\d{2}$"));
    return pattern;
}

} // namespace

// ------------------------------------------------------------------ products and cart

bool needsCheck(const TicketProduct& product)
{
    if (product.category == TicketCategory::Reduced) {
        return true;
    }
    return product.category == TicketCategory::Free && product.freeReason != FreeReason::FirstSunday
        && product.freeReason != FreeReason::FreeAdmission;
}

QString documentToCheck(const TicketProduct& product)
{
    if (!product.document.trimmed().isEmpty()) {
        return product.document.trimmed(); // as the site set it
    }
    if (product.category == TicketCategory::Reduced) {
        return QCoreApplication::translate("core::TicketOffice", "An identity document: EU citizen aged 18 to 25.");
    }
    switch (product.freeReason) {
    case FreeReason::Under18:
        return QCoreApplication::translate("core::TicketOffice", "An identity document: under 18.");
    case FreeReason::Disabled:
        return QCoreApplication::translate("core::TicketOffice",
                                           "A disability certificate (the companion enters free too).");
    case FreeReason::Icom:
        return QCoreApplication::translate("core::TicketOffice", "A valid ICOM membership card.");
    case FreeReason::Teacher:
        return QCoreApplication::translate("core::TicketOffice", "A certificate of service as a school teacher.");
    case FreeReason::Guide:
        return QCoreApplication::translate("core::TicketOffice", "A tour guide's or interpreter's licence.");
    case FreeReason::School:
        return QCoreApplication::translate("core::TicketOffice",
                                           "The school's list of pupils and accompanying teachers.");
    case FreeReason::FirstSunday:
    case FreeReason::FreeAdmission:
    case FreeReason::None:
        break;
    }
    return {};
}

void Cart::add(const TicketProduct& product, int quantity)
{
    for (CartLine& line : m_lines) {
        if (line.product.id == product.id) {
            line.quantity += quantity;
            return;
        }
    }
    CartLine line;
    line.product = product;
    line.quantity = quantity;
    m_lines.append(line);
}

void Cart::addLine(const CartLine& line)
{
    if (line.quantity > 0) {
        m_lines.append(line);
    }
}

void Cart::setQuantity(int line, int quantity)
{
    if (line < 0 || line >= m_lines.size()) {
        return;
    }
    if (quantity <= 0) {
        m_lines.removeAt(line);
    } else {
        m_lines[line].quantity = quantity;
    }
}

void Cart::remove(int line)
{
    if (line >= 0 && line < m_lines.size()) {
        m_lines.removeAt(line);
    }
}

void Cart::setIdChecked(int line, bool checked)
{
    if (line >= 0 && line < m_lines.size()) {
        m_lines[line].idChecked = checked;
    }
}

void Cart::setHolder(int line, const QString& holder)
{
    if (line >= 0 && line < m_lines.size()) {
        m_lines[line].holder = holder;
    }
}

int Cart::tickets() const
{
    int count = 0;
    for (const CartLine& line : m_lines) {
        count += line.quantity;
    }
    return count;
}

Money Cart::total() const
{
    Money sum;
    for (const CartLine& line : m_lines) {
        sum += line.total();
    }
    return sum;
}

int Cart::visitors() const
{
    int count = 0;
    for (const CartLine& line : m_lines) {
        if (line.product.admitsVisitor()) {
            count += line.quantity;
        }
    }
    return count;
}

QString SlotAvailability::label() const
{
    const auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return hhmm(start) + QStringLiteral("-") + hhmm(start + this->minutes);
}

QList<int> Cart::uncheckedLines() const
{
    QList<int> out;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (needsCheck(m_lines[i].product) && !m_lines[i].idChecked) {
            out.append(i);
        }
    }
    return out;
}

QString paymentMethodCode(PaymentMethod method)
{
    return method == PaymentMethod::Card ? QStringLiteral("card") : QStringLiteral("cash");
}

QString paymentMethodName(PaymentMethod method)
{
    return method == PaymentMethod::Card ? QCoreApplication::translate("core::TicketOffice", "Card")
                                         : QCoreApplication::translate("core::TicketOffice", "Cash");
}

// ------------------------------------------------------------------ the office

TicketOffice::TicketOffice(Ledger& ledger, const Site& site, QList<TicketProduct> products, const TicketSigner& signer,
                           const TicketKeyring& keyring, SalesChannel channel)
    : m_ledger(ledger)
    , m_site(site)
    , m_products(std::move(products))
    , m_signer(signer)
    , m_keyring(keyring)
    , m_channel(channel)
{
    const auto identity = m_ledger.identity();
    if (!identity) {
        throw std::logic_error("the ticket office needs a provisioned ledger");
    }
    m_deviceId = identity->deviceId;
    m_deviceShortId = TicketCode::deviceShortIdOf(identity->deviceId);
}

bool TicketOffice::isTraining() const
{
    return m_ledger.isTraining();
}

std::optional<TicketProduct> TicketOffice::productByCode(const QString& code) const
{
    for (const TicketProduct& p : m_products) {
        if (p.code == code) {
            return p;
        }
    }
    return std::nullopt;
}

std::optional<TicketProduct> TicketOffice::productById(std::int64_t id) const
{
    for (const TicketProduct& p : m_products) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

Money TicketOffice::supervisorLimit()
{
    return Money::fromCents(
        m_ledger.setting(QStringLiteral("supervisor_limit_cents"), QStringLiteral("5000")).toLongLong());
}

void TicketOffice::setSupervisorLimit(Money limit)
{
    m_ledger.setSetting(QStringLiteral("supervisor_limit_cents"), QString::number(limit.cents()));
}

bool TicketOffice::isFreeDay(const QDate& day) const
{
    return (day.dayOfWeek() == Qt::Sunday && day.day() <= 7) || m_freeDays.contains(day);
}

QList<SlotAvailability> TicketOffice::slotsOn(const QDate& day, std::int64_t nowUtc)
{
    QList<SlotAvailability> result;
    if (!m_slotPolicy || m_slotPolicy->slotMinutes <= 0) {
        return result;
    }
    const auto [openHour, closeHour] = m_site.calendar.hoursOn(day);
    if (openHour >= closeHour) {
        return result;
    }
    const int channelId = int(m_channel);
    const QMap<int, QMap<int, int>> hub = m_slotSales ? m_slotSales(day) : QMap<int, QMap<int, int>>();
    // This device's tickets per slot: all of them, and those the hub has not counted yet.
    QMap<int, int> mine;
    QMap<int, int> notOnHub;
    {
        Statement stmt = m_ledger.database().prepare(
            "SELECT t.slot, COUNT(*), SUM(t.sale_seq > ?) FROM tickets t JOIN receipts r ON r.receipt = t.receipt "
            "WHERE t.valid_day = ? AND t.slot >= 0 AND t.revoked_seq IS NULL GROUP BY t.slot");
        stmt.bind(1, m_ledger.uploadedThrough()).bind(2, day.toJulianDay());
        while (stmt.step()) {
            mine[stmt.integer(0)] = stmt.integer(1);
            notOnHub[stmt.integer(0)] = stmt.integer(2);
        }
    }
    const QDate today = RomeTime::localDate(nowUtc);
    const int nowMinutes = RomeTime::localHour(nowUtc) * 60 + int((nowUtc % 3600) / 60);
    for (int start = openHour * 60; start + m_slotPolicy->slotMinutes <= closeHour * 60;
         start += m_slotPolicy->slotMinutes) {
        SlotAvailability slot;
        slot.start = start;
        slot.minutes = m_slotPolicy->slotMinutes;
        const int quota = m_slotPolicy->quota(channelId);
        if (m_online) {
            slot.quota = quota;
            slot.sold = hub.value(start).value(channelId) + notOnHub.value(start);
        } else {
            slot.quota = quota / m_devices;
            slot.sold = mine.value(start);
        }
        slot.remaining = std::max(0, slot.quota - slot.sold);
        slot.past = day < today || (day == today && start + slot.minutes <= nowMinutes);
        result.append(slot);
    }
    return result;
}

std::optional<CashSession> TicketOffice::openSession()
{
    Statement& stmt = m_ledger.database().cached(
        "SELECT number, open_seq, opened_utc, clerk, float_cents FROM sessions WHERE close_seq IS NULL "
        "ORDER BY number DESC LIMIT 1");
    if (!stmt.step()) {
        stmt.reset();
        return std::nullopt;
    }
    CashSession session{ stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.text(3), Money::fromCents(stmt.int64(4)) };
    stmt.reset();
    return session;
}

CashSession TicketOffice::openSession(Money openingFloat, std::int64_t nowUtc)
{
    if (openingFloat < Money()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The opening float cannot be negative."));
    }
    Database& db = m_ledger.database();
    Transaction tx(db);
    if (openSession()) {
        throw OfficeError(QCoreApplication::translate(
            "core::TicketOffice", "A cash session is already open: close it with a Z report first."));
    }
    CashSession session;
    session.number = db.scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM sessions");
    session.openedUtc = nowUtc;
    session.clerk = m_clerk;
    session.openingFloat = openingFloat;
    const LedgerRecord record
        = m_ledger.append(LedgerKind::SessionOpen, m_clerk,
                          QJsonObject{ { QStringLiteral("session"), double(session.number) },
                                       { QStringLiteral("float_cents"), double(openingFloat.cents()) } },
                          nowUtc);
    session.openSeq = record.seq;
    Statement insert
        = db.prepare("INSERT INTO sessions (number, open_seq, opened_utc, clerk, float_cents) VALUES (?,?,?,?,?)");
    insert.bind(1, session.number).bind(2, record.seq).bind(3, nowUtc).bind(4, m_clerk).bind(5, openingFloat.cents());
    insert.exec();
    tx.commit();
    return session;
}

OfficeTotals TicketOffice::totalsBetween(std::int64_t firstSeq, std::int64_t lastSeq)
{
    TotalsBuilder builder;
    Statement stmt = m_ledger.database().prepare(
        "SELECT seq FROM records WHERE seq BETWEEN ? AND ? AND kind IN ('sale','void','refund') ORDER BY seq");
    stmt.bind(1, firstSeq).bind(2, lastSeq);
    while (stmt.step()) {
        if (const auto record = m_ledger.record(stmt.int64(0))) {
            builder.add(*record);
        }
    }
    return builder.result();
}

SessionReport TicketOffice::xReport()
{
    const auto session = openSession();
    if (!session) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "No cash session is open."));
    }
    SessionReport report;
    report.session = *session;
    report.totals = totalsBetween(session->openSeq, m_ledger.lastSeq());
    report.expectedCash = session->openingFloat + report.totals.cashIn;
    return report;
}

SessionReport TicketOffice::closeSession(Money countedCash, std::int64_t nowUtc)
{
    if (countedCash < Money()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The counted cash cannot be negative."));
    }
    Database& db = m_ledger.database();
    Transaction tx(db);
    SessionReport report = xReport();
    report.closing = true;
    report.closedUtc = nowUtc;
    report.countedCash = countedCash;
    report.discrepancy = countedCash - report.expectedCash;
    QJsonObject totals{ { QStringLiteral("sales"), double(report.totals.sales) },
                        { QStringLiteral("tickets"), double(report.totals.tickets) },
                        { QStringLiteral("gross_cents"), double(report.totals.gross.cents()) },
                        { QStringLiteral("voided_cents"), double(report.totals.voided.cents()) },
                        { QStringLiteral("refunded_cents"), double(report.totals.refunded.cents()) },
                        { QStringLiteral("net_cents"), double(report.totals.net.cents()) },
                        { QStringLiteral("cash_cents"), double(report.totals.cashIn.cents()) },
                        { QStringLiteral("card_cents"), double(report.totals.cardIn.cents()) } };
    const LedgerRecord record
        = m_ledger.append(LedgerKind::SessionClose, m_clerk,
                          QJsonObject{ { QStringLiteral("session"), double(report.session.number) },
                                       { QStringLiteral("expected_cash_cents"), double(report.expectedCash.cents()) },
                                       { QStringLiteral("counted_cash_cents"), double(countedCash.cents()) },
                                       { QStringLiteral("discrepancy_cents"), double(report.discrepancy.cents()) },
                                       { QStringLiteral("totals"), totals } },
                          nowUtc);
    Statement close = db.prepare("UPDATE sessions SET close_seq = ?, closed_utc = ? WHERE number = ?");
    close.bind(1, record.seq).bind(2, nowUtc).bind(3, report.session.number);
    close.exec();
    tx.commit();
    return report;
}

std::optional<SessionReport> TicketOffice::zReport(std::int64_t sessionNumber)
{
    Statement stmt = m_ledger.database().prepare(
        "SELECT number, open_seq, opened_utc, clerk, float_cents, close_seq, closed_utc FROM sessions "
        "WHERE number = ? AND close_seq IS NOT NULL");
    stmt.bind(1, sessionNumber);
    if (!stmt.step()) {
        return std::nullopt;
    }
    SessionReport report;
    report.session
        = CashSession{ stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.text(3), Money::fromCents(stmt.int64(4)) };
    report.closing = true;
    const std::int64_t closeSeq = stmt.int64(5);
    report.closedUtc = stmt.int64(6);
    report.totals = totalsBetween(report.session.openSeq, closeSeq);
    report.expectedCash = report.session.openingFloat + report.totals.cashIn;
    if (const auto close = m_ledger.record(closeSeq)) {
        const QJsonObject p = close->payloadObject();
        report.countedCash = Money::fromCents(cents(p, "counted_cash_cents"));
        report.discrepancy = Money::fromCents(cents(p, "discrepancy_cents"));
    }
    return report;
}

SaleReceipt TicketOffice::sell(const Cart& cart, const QList<Payment>& payments, std::int64_t nowUtc)
try {
    if (cart.isEmpty()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The sale has no tickets."));
    }
    for (const CartLine& line : cart.lines()) {
        if (line.quantity < 1 || line.quantity > 500) {
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "A line holds from 1 to 500 tickets."));
        }
        if (!productById(line.product.id)) {
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "%1 is not sold at this site.")
                                  .arg(line.product.name));
        }
    }
    const QDate saleDay = RomeTime::localDate(nowUtc);
    const bool freeDay = isFreeDay(saleDay);
    int admissions = 0;
    int addons = 0;
    for (const CartLine& line : cart.lines()) {
        const TicketProduct& p = line.product;
        if (p.kind == ProductKind::Addon) {
            addons += line.quantity;
        } else {
            admissions += line.quantity;
        }
        if (freeDay && p.kind == ProductKind::Admission && p.category != TicketCategory::Free) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice",
                                            "Today admission is free (first Sunday of the month or a free day): sell "
                                            "the free ticket instead of \"%1\".")
                    .arg(p.name));
        }
        if (!freeDay && p.freeReason == FreeReason::FirstSunday) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice", "\"%1\" is only for free days.").arg(p.name));
        }
        if (m_site.nominativeTickets && (line.quantity != 1 || line.holder.trimmed().isEmpty())) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice",
                                            "This site's tickets are nominative: one line per visitor, with the "
                                            "visitor's name (\"%1\").")
                    .arg(p.name));
        }
    }
    if (addons > admissions) {
        throw OfficeError(
            QCoreApplication::translate("core::TicketOffice",
                                        "An add-on (such as a guided tour) is sold with an admission: %1 add-ons for "
                                        "%2 admissions.")
                .arg(addons)
                .arg(admissions));
    }
    if (!cart.uncheckedLines().isEmpty()) {
        const CartLine& line = cart.lines().at(cart.uncheckedLines().first());
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Confirm the document check for \"%1\": %2")
                              .arg(line.product.name, documentToCheck(line.product)));
    }
    const Money total = cart.total();
    Money paid;
    Money change;
    for (const Payment& payment : payments) {
        if (payment.amount <= Money()) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice", "Each payment must be more than zero."));
        }
        if (payment.method == PaymentMethod::Cash) {
            if (m_channel == SalesChannel::Kiosk) {
                throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The kiosk takes cards only."));
            }
            if (payment.tendered < payment.amount) {
                throw OfficeError(
                    QCoreApplication::translate("core::TicketOffice",
                                                "The cash handed over (%1) is less than the amount due (%2).")
                        .arg(payment.tendered.toString(), payment.amount.toString()));
            }
            change += payment.tendered - payment.amount;
        }
        paid += payment.amount;
    }
    if (paid != total) {
        throw OfficeError(
            QCoreApplication::translate("core::TicketOffice", "The payments (%1) do not add up to the total (%2).")
                .arg(paid.toString(), total.toString()));
    }

    Database& db = m_ledger.database();
    Transaction tx(db);
    const auto session = openSession();
    if (!session) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Open a cash session before selling."));
    }
    if (m_slotPolicy && admissions > 0) {
        if (cart.slot() < 0) {
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Choose a time slot."));
        }
        const QList<SlotAvailability> today = slotsOn(saleDay, nowUtc);
        const auto slot = std::find_if(today.cbegin(), today.cend(),
                                       [&](const SlotAvailability& s) { return s.start == cart.slot(); });
        if (slot == today.cend()) {
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "There is no such time slot today."));
        }
        if (slot->past) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice", "The slot %1 is over.").arg(slot->label()));
        }
        if (admissions > slot->remaining) {
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The slot %1 has %n place(s) left.", "",
                                                          slot->remaining)
                                  .arg(slot->label()));
        }
    } else if (!m_slotPolicy && cart.slot() >= 0) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "This site does not sell by time slot."));
    }
    const int slotStart = m_slotPolicy && admissions > 0 ? cart.slot() : -1;
    SaleReceipt receipt;
    receipt.seq = m_ledger.lastSeq() + 1; // BEGIN IMMEDIATE: nobody else appends meanwhile
    {
        Statement& next = db.cached("SELECT COALESCE(MAX(receipt), 0) + 1 FROM receipts");
        next.step();
        receipt.receiptNumber = next.int64(0);
        next.reset();
    }
    receipt.saleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    receipt.slot = slotStart;
    receipt.soldUtc = nowUtc;
    receipt.clerk = m_clerk;
    receipt.lines = cart.lines();
    receipt.payments = payments;
    receipt.total = total;
    receipt.change = change;
    receipt.training = isTraining();

    const QDate today = RomeTime::localDate(nowUtc);
    QJsonArray linesJson;
    QJsonArray keys;
    int index = 0;
    for (const CartLine& line : cart.lines()) {
        linesJson.append(QJsonObject{ { QStringLiteral("product"), line.product.code },
                                      { QStringLiteral("product_id"), double(line.product.id) },
                                      { QStringLiteral("name"), line.product.name },
                                      { QStringLiteral("category"), categoryCode(line.product.category) },
                                      { QStringLiteral("free_reason"), freeReasonCode(line.product.freeReason) },
                                      { QStringLiteral("kind"), productKindCode(line.product.kind) },
                                      { QStringLiteral("quantity"), line.quantity },
                                      { QStringLiteral("unit_cents"), double(line.product.price.cents()) },
                                      { QStringLiteral("id_checked"), line.idChecked } });
        for (int i = 0; i < line.quantity; ++i, ++index) {
            IssuedTicket ticket;
            ticket.code.deviceShortId = m_deviceShortId;
            ticket.code.saleSeq = receipt.seq;
            ticket.code.index = index;
            ticket.code.siteId = m_site.id;
            ticket.code.validDay = today;
            ticket.code.productId = line.product.id;
            ticket.code.slotMinutes = line.product.admitsVisitor() ? slotStart : -1;
            ticket.code.combined = line.product.kind == ProductKind::Combined;
            ticket.productCode = line.product.code;
            ticket.productName = line.product.name;
            ticket.price = line.product.price;
            ticket.holder = line.holder.trimmed();
            keys.append(ticket.code.key());
            receipt.tickets.append(ticket);
        }
    }
    const QJsonObject payload{ { QStringLiteral("sale_id"), receipt.saleId },
                               { QStringLiteral("receipt"), double(receipt.receiptNumber) },
                               { QStringLiteral("session"), double(session->number) },
                               { QStringLiteral("site"), m_site.code },
                               { QStringLiteral("channel"), channelCode(m_channel) },
                               { QStringLiteral("slot"), slotStart },
                               { QStringLiteral("lines"), linesJson },
                               { QStringLiteral("tickets"), keys },
                               { QStringLiteral("total_cents"), double(total.cents()) },
                               { QStringLiteral("payments"), paymentsJson(payments) },
                               { QStringLiteral("change_cents"), double(change.cents()) } };
    const LedgerRecord record = m_ledger.append(LedgerKind::Sale, m_clerk, payload, nowUtc);
    if (record.seq != receipt.seq) {
        throw std::logic_error("the ledger moved under an open transaction");
    }
    Statement& addReceipt
        = db.cached("INSERT INTO receipts (receipt, seq, session, sold_utc, day, total_cents) VALUES (?,?,?,?,?,?)");
    addReceipt.bind(1, receipt.receiptNumber).bind(2, record.seq).bind(3, session->number).bind(4, nowUtc);
    addReceipt.bind(5, today.toJulianDay()).bind(6, total.cents());
    addReceipt.exec();
    // The holder's name stays on this device (the ticket index), never in the record the hub gets.
    Statement& addTicket = db.cached("INSERT INTO tickets (ticket_key, sale_seq, receipt, product_id, valid_day, "
                                     "slot, holder) VALUES (?,?,?,?,?,?,?)");
    for (const IssuedTicket& ticket : receipt.tickets) {
        addTicket.bind(1, ticket.code.key()).bind(2, record.seq).bind(3, receipt.receiptNumber);
        addTicket.bind(4, ticket.code.productId).bind(5, today.toJulianDay()).bind(6, ticket.code.slotMinutes);
        addTicket.bind(7, ticket.holder);
        addTicket.exec();
    }
    tx.commit();
    // Durable now. The QR codes are signed after the commit (outside the writer's lock):
    // they are derived from the record, and receipt() signs the same codes again.
    for (IssuedTicket& ticket : receipt.tickets) {
        ticket.text = ticket.code.encode(m_signer);
    }
    return receipt;
} catch (const DatabaseError& e) {
    // The transaction has rolled back: nothing of the sale is in the ledger. Say so in
    // words the clerk can act on, so a sale is never taken as confirmed and then lost.
    const QString cause = (e.code() & 0xff) == SQLITE_FULL
        ? QCoreApplication::translate("core::TicketOffice", "the disk is full")
        : (e.code() & 0xff) == SQLITE_READONLY
        ? QCoreApplication::translate("core::TicketOffice", "the data folder cannot be written to")
        : (e.code() & 0xff) == SQLITE_IOERR || (e.code() & 0xff) == SQLITE_CANTOPEN
        ? QCoreApplication::translate("core::TicketOffice", "the disk could not be written")
        : QString();
    if (cause.isEmpty()) {
        throw;
    }
    throw OfficeError(QCoreApplication::translate("core::TicketOffice",
                                                  "The sale was NOT saved (%1): nothing was sold and no ticket is "
                                                  "valid. Free disk space or call support, then sell again.")
                          .arg(cause));
}

std::optional<SaleReceipt> TicketOffice::receipt(std::int64_t receiptNumber)
{
    Statement stmt
        = m_ledger.database().prepare("SELECT seq, voided_seq, refunded_cents FROM receipts WHERE receipt = ?");
    stmt.bind(1, receiptNumber);
    if (!stmt.step()) {
        return std::nullopt;
    }
    const auto record = m_ledger.record(stmt.int64(0));
    if (!record) {
        return std::nullopt;
    }
    SaleReceipt r;
    r.seq = record->seq;
    r.receiptNumber = receiptNumber;
    r.soldUtc = record->createdUtc;
    r.clerk = record->clerk;
    r.voided = !stmt.isNull(1);
    r.refunded = Money::fromCents(stmt.int64(2));
    r.training = isTraining();
    const QJsonObject p = record->payloadObject();
    r.saleId = p.value(QStringLiteral("sale_id")).toString();
    r.slot = p.contains(QStringLiteral("slot")) ? p.value(QStringLiteral("slot")).toInt() : -1;
    r.total = Money::fromCents(cents(p, "total_cents"));
    r.change = Money::fromCents(cents(p, "change_cents"));
    r.payments = paymentsFrom(p.value(QStringLiteral("payments")).toArray());
    const QDate day = RomeTime::localDate(record->createdUtc);
    Statement holder = m_ledger.database().prepare("SELECT holder FROM tickets WHERE ticket_key = ?");
    int index = 0;
    for (const QJsonValue& v : p.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        CartLine line;
        line.product
            = productById(std::int64_t(o.value(QStringLiteral("product_id")).toDouble())).value_or(TicketProduct{});
        line.product.id = std::int64_t(o.value(QStringLiteral("product_id")).toDouble());
        line.product.code = o.value(QStringLiteral("product")).toString();
        line.product.name = o.value(QStringLiteral("name")).toString();
        line.product.category
            = categoryFromCode(o.value(QStringLiteral("category")).toString()).value_or(TicketCategory::Full);
        line.product.price = Money::fromCents(cents(o, "unit_cents"));
        line.product.kind
            = productKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(ProductKind::Admission);
        line.quantity = o.value(QStringLiteral("quantity")).toInt();
        line.idChecked = o.value(QStringLiteral("id_checked")).toBool();
        r.lines.append(line);
        for (int i = 0; i < line.quantity; ++i, ++index) {
            IssuedTicket ticket;
            ticket.code.deviceShortId = m_deviceShortId;
            ticket.code.saleSeq = record->seq;
            ticket.code.index = index;
            ticket.code.siteId = m_site.id;
            ticket.code.validDay = day;
            ticket.code.productId = line.product.id;
            ticket.code.slotMinutes = line.product.admitsVisitor() ? r.slot : -1;
            ticket.code.combined = line.product.kind == ProductKind::Combined;
            ticket.text = ticket.code.encode(m_signer); // Ed25519 is deterministic: the same code again
            holder.bind(1, ticket.code.key());
            if (holder.step()) {
                ticket.holder = holder.text(0);
            }
            holder.reset();
            ticket.productCode = line.product.code;
            ticket.productName = line.product.name;
            ticket.price = line.product.price;
            r.tickets.append(ticket);
        }
    }
    return r;
}

QList<SaleReceipt> TicketOffice::recentSales(int limit)
{
    QList<std::int64_t> numbers;
    {
        Statement stmt = m_ledger.database().prepare("SELECT receipt FROM receipts ORDER BY receipt DESC LIMIT ?");
        stmt.bind(1, limit);
        while (stmt.step()) {
            numbers.append(stmt.int64(0));
        }
    }
    QList<SaleReceipt> out;
    for (const std::int64_t n : numbers) {
        if (auto r = receipt(n)) {
            out.append(*r);
        }
    }
    return out;
}

void TicketOffice::requireApproval(Money amount, const QString& reason, const std::optional<Approval>& approval) const
{
    if (reason.trimmed().isEmpty()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Give a reason."));
    }
    const Money limit = Money::fromCents(
        m_ledger.setting(QStringLiteral("supervisor_limit_cents"), QStringLiteral("5000")).toLongLong());
    if (amount <= limit) {
        return;
    }
    if (!approval || approval->supervisor.trimmed().isEmpty()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "More than %1: a supervisor must approve.")
                              .arg(limit.toString()));
    }
    if (!m_supervisorCheck || !m_supervisorCheck(approval->supervisor, approval->pin)) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "The supervisor's PIN is not right."));
    }
}

std::int64_t TicketOffice::voidSale(std::int64_t receiptNumber, const QString& reason,
                                    const std::optional<Approval>& approval, std::int64_t nowUtc)
{
    Database& db = m_ledger.database();
    Transaction tx(db);
    const auto sale = receipt(receiptNumber);
    if (!sale) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "There is no receipt %1 on this device.")
                              .arg(receiptNumber));
    }
    if (sale->voided) {
        throw OfficeError(
            QCoreApplication::translate("core::TicketOffice", "Receipt %1 is already void.").arg(receiptNumber));
    }
    if (sale->refunded > Money()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice",
                                                      "Receipt %1 was partly refunded: refund the rest instead.")
                              .arg(receiptNumber));
    }
    const auto session = openSession();
    Statement saleSession = db.prepare("SELECT session FROM receipts WHERE receipt = ?");
    saleSession.bind(1, receiptNumber);
    saleSession.step();
    if (!session || session->number != saleSession.int64(0)) {
        throw OfficeError(
            QCoreApplication::translate(
                "core::TicketOffice", "Only a sale of the open cash session can be voided: refund receipt %1 instead.")
                .arg(receiptNumber));
    }
    {
        Statement used = db.prepare(
            "SELECT COUNT(*) FROM ticket_uses u JOIN tickets t ON t.ticket_key = u.ticket_key WHERE t.receipt = ?");
        used.bind(1, receiptNumber);
        used.step();
        if (used.int64(0) > 0) {
            throw OfficeError(QCoreApplication::translate(
                                  "core::TicketOffice", "A ticket of receipt %1 was already used: it cannot be voided.")
                                  .arg(receiptNumber));
        }
    }
    requireApproval(sale->total, reason, approval);
    const auto saleRecord = m_ledger.record(sale->seq);
    const QJsonObject salePayload = saleRecord->payloadObject();
    QJsonObject payload{ { QStringLiteral("receipt"), double(receiptNumber) },
                         { QStringLiteral("sale_seq"), double(sale->seq) },
                         { QStringLiteral("session"), double(session->number) },
                         { QStringLiteral("reason"), reason.trimmed() },
                         { QStringLiteral("supervisor"), approval ? approval->supervisor.trimmed() : QString() },
                         { QStringLiteral("amount_cents"), double(sale->total.cents()) },
                         { QStringLiteral("lines"), salePayload.value(QStringLiteral("lines")) },
                         { QStringLiteral("tickets"), salePayload.value(QStringLiteral("tickets")) },
                         { QStringLiteral("payments"), salePayload.value(QStringLiteral("payments")) } };
    const LedgerRecord record = m_ledger.append(LedgerKind::Void, m_clerk, payload, nowUtc);
    Statement mark = db.prepare("UPDATE receipts SET voided_seq = ? WHERE receipt = ?");
    mark.bind(1, record.seq).bind(2, receiptNumber);
    mark.exec();
    Statement revoke = db.prepare("UPDATE tickets SET revoked_seq = ? WHERE receipt = ?");
    revoke.bind(1, record.seq).bind(2, receiptNumber);
    revoke.exec();
    tx.commit();
    return record.seq;
}

std::int64_t TicketOffice::refund(std::int64_t receiptNumber, const QStringList& ticketKeys, PaymentMethod method,
                                  const QString& reason, const std::optional<Approval>& approval, std::int64_t nowUtc)
{
    Database& db = m_ledger.database();
    Transaction tx(db);
    const auto sale = receipt(receiptNumber);
    if (!sale) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "There is no receipt %1 on this device.")
                              .arg(receiptNumber));
    }
    if (sale->voided) {
        throw OfficeError(
            QCoreApplication::translate("core::TicketOffice", "Receipt %1 is void: there is nothing to refund.")
                .arg(receiptNumber));
    }
    if (ticketKeys.isEmpty()) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Choose the tickets to refund."));
    }
    const auto session = openSession();
    if (method == PaymentMethod::Cash && !session) {
        throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Open a cash session to give cash back."));
    }
    std::map<std::int64_t, std::pair<const IssuedTicket*, int>> perProduct; // product -> (a ticket, count)
    Money amount;
    Statement state
        = db.prepare("SELECT revoked_seq, (SELECT COUNT(*) FROM ticket_uses u WHERE u.ticket_key = t.ticket_key) "
                     "FROM tickets t WHERE ticket_key = ? AND receipt = ?");
    QStringList seen;
    for (const QString& rawKey : ticketKeys) {
        const QString key = rawKey.trimmed().toUpper();
        if (seen.contains(key)) {
            continue;
        }
        seen.append(key);
        const IssuedTicket* ticket = nullptr;
        for (const IssuedTicket& t : sale->tickets) {
            if (t.code.key() == key) {
                ticket = &t;
            }
        }
        state.bind(1, key).bind(2, receiptNumber);
        if (!ticket || !state.step()) {
            state.reset();
            throw OfficeError(QCoreApplication::translate("core::TicketOffice", "Ticket %1 is not on receipt %2.")
                                  .arg(key)
                                  .arg(receiptNumber));
        }
        const bool revoked = !state.isNull(0);
        const bool used = state.int64(1) > 0;
        state.reset();
        if (revoked) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice", "Ticket %1 was already refunded.").arg(key));
        }
        if (used) {
            throw OfficeError(
                QCoreApplication::translate("core::TicketOffice", "Ticket %1 was already used: it cannot be refunded.")
                    .arg(key));
        }
        auto& entry = perProduct[ticket->code.productId];
        entry.first = ticket;
        ++entry.second;
        amount += ticket->price;
    }
    requireApproval(amount, reason, approval);
    QJsonArray lines;
    for (const auto& [productId, entry] : perProduct) {
        const IssuedTicket* t = entry.first;
        QString category;
        for (const CartLine& line : sale->lines) {
            if (line.product.id == productId) {
                category = categoryCode(line.product.category);
            }
        }
        lines.append(QJsonObject{ { QStringLiteral("product"), t->productCode },
                                  { QStringLiteral("product_id"), double(productId) },
                                  { QStringLiteral("name"), t->productName },
                                  { QStringLiteral("category"), category },
                                  { QStringLiteral("quantity"), entry.second },
                                  { QStringLiteral("unit_cents"), double(t->price.cents()) } });
    }
    const QJsonObject payload{ { QStringLiteral("receipt"), double(receiptNumber) },
                               { QStringLiteral("sale_seq"), double(sale->seq) },
                               { QStringLiteral("session"), double(session ? session->number : 0) },
                               { QStringLiteral("tickets"), QJsonArray::fromStringList(seen) },
                               { QStringLiteral("amount_cents"), double(amount.cents()) },
                               { QStringLiteral("method"), paymentMethodCode(method) },
                               { QStringLiteral("reason"), reason.trimmed() },
                               { QStringLiteral("supervisor"), approval ? approval->supervisor.trimmed() : QString() },
                               { QStringLiteral("lines"), lines } };
    const LedgerRecord record = m_ledger.append(LedgerKind::Refund, m_clerk, payload, nowUtc);
    Statement mark = db.prepare("UPDATE receipts SET refunded_cents = refunded_cents + ? WHERE receipt = ?");
    mark.bind(1, amount.cents()).bind(2, receiptNumber);
    mark.exec();
    Statement revoke = db.prepare("UPDATE tickets SET revoked_seq = ? WHERE ticket_key = ?");
    for (const QString& key : seen) {
        revoke.bind(1, record.seq).bind(2, key);
        revoke.exec();
    }
    tx.commit();
    return record.seq;
}

// ------------------------------------------------------------------ check-in

CheckInResult TicketOffice::checkIn(const QString& scanned, ScanDirection direction, std::int64_t nowUtc)
{
    using Outcome = CheckInResult::Outcome;
    CheckInResult result;
    const QString text = scanned.trimmed().toUpper();
    const QDate today = RomeTime::localDate(nowUtc);
    Database& db = m_ledger.database();
    Transaction tx(db);

    std::optional<TicketCode> code;
    if (ticketKeyPattern().match(text).hasMatch()) {
        Statement local = db.prepare("SELECT sale_seq, product_id, valid_day, slot FROM tickets WHERE ticket_key = ?");
        local.bind(1, text);
        if (local.step()) {
            TicketCode c;
            c.deviceShortId = text.left(16).toLower();
            c.saleSeq = local.int64(0);
            c.index = text.right(2).toInt() - 1;
            c.siteId = m_site.id;
            c.productId = local.int64(1);
            c.validDay = QDate::fromJulianDay(local.int64(2));
            c.slotMinutes = local.integer(3);
            code = c;
        } else {
            result.outcome = Outcome::Unknown;
            result.ticketKey = text;
            result.explanation = QCoreApplication::translate("core::TicketOffice",
                                                             "No ticket %1 is known here: scan its QR code instead.")
                                     .arg(text);
        }
    } else {
        const TicketCode::Decoded decoded = TicketCode::decode(text, m_keyring);
        switch (decoded.check) {
        case TicketCode::Check::Valid:
            code = decoded.code;
            break;
        case TicketCode::Check::Malformed:
            result.outcome = Outcome::Invalid;
            result.explanation = QCoreApplication::translate("core::TicketOffice", "This is not a ticket of ours.");
            break;
        case TicketCode::Check::UnknownDevice:
            result.outcome = Outcome::Invalid;
            result.ticketKey = decoded.code.key();
            result.explanation = QCoreApplication::translate(
                "core::TicketOffice",
                "The ticket was issued by a device this counter does not know: sync, then scan again.");
            break;
        case TicketCode::Check::BadSignature:
            result.outcome = Outcome::Invalid;
            result.ticketKey = decoded.code.key();
            result.explanation = QCoreApplication::translate(
                "core::TicketOffice", "The ticket's signature does not match: it is forged or damaged.");
            break;
        }
    }

    QString useKey;
    if (code) {
        result.ticketKey = code->key();
        const bool here = code->siteId == m_site.id;
        // Another site's combined ticket, where this site's combined ticket admits to that site.
        std::optional<TicketProduct> product;
        if (here) {
            product = productById(code->productId);
        } else if (code->combined) {
            for (const TicketProduct& p : m_products) {
                if (p.kind == ProductKind::Combined && p.admits.contains(code->siteId)) {
                    product = p;
                }
            }
        }
        const bool admittedHere = here || product.has_value();
        result.productName = product ? product->name : QString();
        result.validDay = code->validDay;
        // A combined ticket is used once at each site it admits to.
        useKey = here ? result.ticketKey : result.ticketKey + QLatin1Char('@') + m_site.code;
        const int nowMinutes = RomeTime::localHour(nowUtc) * 60 + int((nowUtc % 3600) / 60);
        const int slotLength = m_slotPolicy ? m_slotPolicy->slotMinutes : 60;
        // Entry from 15 minutes before the slot to its end.
        const bool inSlot = code->slotMinutes < 0
            || (nowMinutes >= code->slotMinutes - 15 && nowMinutes < code->slotMinutes + slotLength);
        Statement revoked = db.prepare("SELECT (SELECT revoked_seq IS NOT NULL FROM tickets WHERE ticket_key = ?1) "
                                       "OR EXISTS (SELECT 1 FROM revoked_tickets WHERE ticket_key = ?1)");
        revoked.bind(1, result.ticketKey);
        revoked.step();
        const bool isRevoked = revoked.int64(0) == 1;
        Statement used = db.prepare("SELECT used_utc, device, site_code FROM ticket_uses WHERE ticket_key = ?");
        used.bind(1, useKey);
        const bool isUsed = used.step();
        if (!admittedHere) {
            result.outcome = Outcome::WrongSite;
            result.explanation = QCoreApplication::translate("core::TicketOffice", "The ticket is for another site.");
        } else if (isRevoked) {
            result.outcome = Outcome::Revoked;
            result.explanation
                = QCoreApplication::translate("core::TicketOffice", "The ticket was voided or refunded.");
        } else if (direction == ScanDirection::In && code->validDay != today) {
            result.outcome = Outcome::WrongDay;
            result.explanation
                = QCoreApplication::translate("core::TicketOffice", "The ticket is valid on %1, not today.")
                      .arg(QLocale().toString(code->validDay, QLocale::LongFormat));
        } else if (direction == ScanDirection::In && !inSlot) {
            result.outcome = Outcome::WrongDay;
            SlotAvailability slot;
            slot.start = code->slotMinutes;
            slot.minutes = slotLength;
            result.explanation
                = QCoreApplication::translate("core::TicketOffice", "The ticket is for the %1 slot, not now.")
                      .arg(slot.label());
        } else if (direction == ScanDirection::In && isUsed) {
            result.outcome = Outcome::AlreadyUsed;
            result.firstUsedUtc = used.int64(0);
            result.firstUsedDevice = used.text(1);
            result.firstUsedSite = used.text(2);
            result.explanation
                = QCoreApplication::translate("core::TicketOffice", "Already used on %1 at %2 (device %3).")
                      .arg(QLocale().toString(RomeTime::localDate(result.firstUsedUtc)), result.firstUsedSite,
                           result.firstUsedDevice);
        } else {
            result.outcome = Outcome::Valid;
            result.explanation = direction == ScanDirection::In
                ? QCoreApplication::translate("core::TicketOffice", "Valid: welcome.")
                : QCoreApplication::translate("core::TicketOffice", "Exit recorded.");
        }
    }

    QJsonObject payload{ { QStringLiteral("code"), scanned.trimmed().left(200) },
                         { QStringLiteral("ticket"), result.ticketKey },
                         { QStringLiteral("result"), outcomeCode(result.outcome) },
                         { QStringLiteral("direction"), kindName(direction) },
                         { QStringLiteral("site"), m_site.code } };
    if (result.outcome == Outcome::Valid && useKey != result.ticketKey) {
        payload.insert(QStringLiteral("use"), useKey); // another site's combined ticket, used here
    }
    const LedgerRecord record = m_ledger.append(LedgerKind::Scan, m_clerk, payload, nowUtc);
    result.seq = record.seq;
    if (result.outcome == Outcome::Valid) {
        if (direction == ScanDirection::In) {
            Statement use = db.prepare(
                "INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) VALUES (?,?,?,?,?)");
            use.bind(1, useKey).bind(2, nowUtc).bind(3, m_deviceShortId.toUpper()).bind(4, m_site.code);
            use.bind(5, record.seq);
            use.exec();
        }
        Statement count = db.prepare("INSERT INTO scan_counts (day, direction, scans) VALUES (?,?,1) "
                                     "ON CONFLICT (day, direction) DO UPDATE SET scans = scans + 1");
        count.bind(1, today.toJulianDay()).bind(2, kindName(direction));
        count.exec();
    }
    tx.commit();
    result.occupancy = occupancy(nowUtc);
    return result;
}

int TicketOffice::occupancy(std::int64_t nowUtc)
{
    Statement stmt = m_ledger.database().prepare(
        "SELECT COALESCE(SUM(CASE direction WHEN 'in' THEN scans ELSE -scans END), 0) FROM scan_counts WHERE day = ?");
    stmt.bind(1, RomeTime::localDate(nowUtc).toJulianDay());
    stmt.step();
    return std::max(0, stmt.integer(0));
}

OfficeTotals TicketOffice::dayTotals(Ledger& ledger, const QDate& day)
{
    TotalsBuilder builder;
    Statement stmt = ledger.database().prepare(
        "SELECT seq FROM records WHERE created_utc >= ? AND created_utc < ? AND kind IN ('sale','void','refund') "
        "ORDER BY seq");
    stmt.bind(1, RomeTime::startOfDay(day)).bind(2, RomeTime::startOfDay(day.addDays(1)));
    while (stmt.step()) {
        if (const auto record = ledger.record(stmt.int64(0))) {
            builder.add(*record);
        }
    }
    return builder.result();
}

} // namespace core
