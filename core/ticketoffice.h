#pragma once

#include "core/ledger.h"
#include "core/money.h"
#include "core/site.h"
#include "core/ticketcode.h"
#include "core/ticketproduct.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>

namespace core {

class Database;

// A refusal the clerk must read: nothing was written.
class OfficeError : public std::runtime_error
{
public:
    explicit OfficeError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
    QString message() const { return QString::fromUtf8(what()); }
};

// What the clerk must check before selling a reduced or free ticket.
QString documentToCheck(const TicketProduct& product);
bool needsCheck(const TicketProduct& product);

struct CartLine
{
    TicketProduct product;
    int quantity = 1;
    bool idChecked = false; // reduced and free lines: the clerk confirmed the document
    QString holder; // nominative tickets: the visitor's name (never leaves the device)
    Money total() const { return product.price * quantity; }
};

// The sale being put together at the counter. Adding a product already in the
// cart adds to its line.
class Cart
{
public:
    void add(const TicketProduct& product, int quantity = 1);
    // A line of its own, never merged (nominative sites: one line per visitor and name).
    void addLine(const CartLine& line);
    void setQuantity(int line, int quantity); // 0 removes the line
    void remove(int line);
    void setIdChecked(int line, bool checked);
    void setHolder(int line, const QString& holder);
    // The time slot the admissions are for (minutes after midnight), -1 for none.
    void setSlot(int slotStart) { m_slot = slotStart; }
    int slot() const { return m_slot; }
    void clear()
    {
        m_lines.clear();
        m_slot = -1;
    }

    const QList<CartLine>& lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int tickets() const;
    Money total() const;
    // Lines whose document check is not yet confirmed.
    QList<int> uncheckedLines() const;
    // People the sale lets in (admission and combined tickets; add-ons admit nobody).
    int visitors() const;

private:
    QList<CartLine> m_lines;
    int m_slot = -1;
};

// A time slot as the counter sees it.
struct SlotAvailability
{
    int start = 0; // minutes after midnight, Rome time
    int minutes = 60;
    int quota = 0; // what this channel (offline: this device) may sell in it
    int sold = 0; // of that, already sold
    int remaining = 0;
    bool past = false; // ended already
    QString label() const; // "10:00-11:00"
};

enum class PaymentMethod
{
    Cash,
    Card // recorded only: the terminal is external
};
QString paymentMethodCode(PaymentMethod method);
QString paymentMethodName(PaymentMethod method);

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount; // what this payment covers of the total
    Money tendered; // cash only: what the visitor handed over (>= amount)
};

struct IssuedTicket
{
    TicketCode code;
    QString text; // the signed code for the QR
    QString productCode;
    QString productName;
    Money price;
    QString holder; // nominative tickets
};

struct SaleReceipt
{
    std::int64_t seq = 0; // the ledger record
    std::int64_t receiptNumber = 0; // gap-free per device
    QString saleId; // UUID sent to the hub
    int slot = -1; // time slot start, minutes after midnight
    std::int64_t soldUtc = 0;
    QString clerk;
    QList<CartLine> lines;
    QList<IssuedTicket> tickets;
    QList<Payment> payments;
    Money total;
    Money change;
    bool training = false;
    bool voided = false;
    Money refunded;
};

// Totals of a cash session, a day or any stretch of the ledger.
struct OfficeTotals
{
    struct Row
    {
        QString key; // product code, category code or payment method code
        QString name;
        std::int64_t tickets = 0;
        Money amount;
    };
    QList<Row> byProduct;
    QList<Row> byCategory;
    QList<Row> byPayment;
    std::int64_t sales = 0;
    std::int64_t tickets = 0;
    Money gross; // sold
    std::int64_t voids = 0;
    Money voided;
    std::int64_t refunds = 0;
    Money refunded;
    Money net; // gross - voided - refunded
    Money cashIn; // cash taken minus change given, minus cash given back
    Money cardIn;
};

struct CashSession
{
    std::int64_t number = 0; // per device
    std::int64_t openSeq = 0;
    std::int64_t openedUtc = 0;
    QString clerk;
    Money openingFloat;
};

struct SessionReport
{
    CashSession session;
    bool closing = false; // Z (closed) rather than X (preview)
    std::int64_t closedUtc = 0;
    OfficeTotals totals;
    Money expectedCash; // float + cash in
    Money countedCash; // Z only
    Money discrepancy; // counted - expected (Z only)
};

enum class ScanDirection
{
    In,
    Out
};

struct CheckInResult
{
    enum class Outcome
    {
        Valid,
        AlreadyUsed,
        WrongDay,
        WrongSite,
        Revoked,
        Unknown, // a key typed that no ticket here has
        Invalid // unreadable or forged
    };
    Outcome outcome = Outcome::Invalid;
    QString ticketKey;
    QString productName;
    // AlreadyUsed: when, where and by which device it was first used.
    std::int64_t firstUsedUtc = 0;
    QString firstUsedDevice;
    QString firstUsedSite;
    QDate validDay; // WrongDay
    std::int64_t seq = 0; // the scan's ledger record
    int occupancy = 0; // inside the site now, from today's scans here
    QString explanation; // one line for the clerk
};

// The counter's domain logic over the ledger: selling, voiding, refunding, cash
// sessions and check-in. Every operation appends ledger records in one
// transaction together with the derived rows (tickets, revocations), and is
// durable (synchronous=FULL) before it returns, so a ticket is printed only for
// a sale that is on disk.
class TicketOffice
{
public:
    // supervisor(name, pin): true when that supervisor's PIN is right.
    using SupervisorCheck = std::function<bool(const QString& supervisor, const QString& pin)>;

    struct Approval
    {
        QString supervisor;
        QString pin;
    };

    // The ledger must be provisioned for `site`. The signer signs ticket codes;
    // the keyring validates codes from every device of the site.
    TicketOffice(Ledger& ledger, const Site& site, QList<TicketProduct> products, const TicketSigner& signer,
                 const TicketKeyring& keyring, SalesChannel channel = SalesChannel::Counter);

    void setClerk(const QString& clerk) { m_clerk = clerk; }
    QString clerk() const { return m_clerk; }
    void setSupervisorCheck(SupervisorCheck check) { m_supervisorCheck = std::move(check); }
    bool isTraining() const;
    SalesChannel channel() const { return m_channel; }
    const Site& site() const { return m_site; }
    // The ledger it writes (the screens read its derived tables: bookings, uses).
    Ledger& ledger() const { return m_ledger; }
    const QList<TicketProduct>& products() const { return m_products; }
    std::optional<TicketProduct> productByCode(const QString& code) const;

    // Voids and refunds above this amount need a supervisor (setting "supervisor_limit_cents").
    Money supervisorLimit();
    void setSupervisorLimit(Money limit);

    // The first Sunday of the month ("Domenica al museo") and days a director added.
    bool isFreeDay(const QDate& day) const;
    void setFreeDays(const QList<QDate>& days) { m_freeDays = days; }

    // Time slots. Without a policy the site sells open entry.
    void setSlotPolicy(const std::optional<SlotPolicy>& policy) { m_slotPolicy = policy; }
    const std::optional<SlotPolicy>& slotPolicy() const { return m_slotPolicy; }
    // The hub's tickets per slot start and channel id for a day (from the cache).
    using SlotSalesSource = std::function<QMap<int, QMap<int, int>>(const QDate&)>;
    void setSlotSales(SlotSalesSource source) { m_slotSales = std::move(source); }
    // Online, a slot's room is the channel's quota less what the hub counted and this
    // device sold since its last upload. Offline (the hub absent), the device sells
    // only its allotment: the channel's quota divided among the site's `devices`.
    void setOnline(bool online) { m_online = online; }
    bool isOnline() const { return m_online; }
    void setDevicesSharingQuota(int devices) { m_devices = std::max(1, devices); }
    QList<SlotAvailability> slotsOn(const QDate& day, std::int64_t nowUtc);

    // Cash sessions.
    std::optional<CashSession> openSession();
    CashSession openSession(Money openingFloat, std::int64_t nowUtc);
    SessionReport xReport();
    // Closes the open session with the clerk's blind count: the Z report.
    SessionReport closeSession(Money countedCash, std::int64_t nowUtc);
    // A closed session's Z report, rebuilt from the ledger.
    std::optional<SessionReport> zReport(std::int64_t sessionNumber);

    // Sells the cart. Refuses (OfficeError) an empty cart, no open session, a
    // reduced or free line whose check is unconfirmed, payments that do not add up
    // to the total, cash tendered short. Returns the receipt with signed codes.
    SaleReceipt sell(const Cart& cart, const QList<Payment>& payments, std::int64_t nowUtc);
    std::optional<SaleReceipt> receipt(std::int64_t receiptNumber);
    // The last sales of this device, newest first.
    QList<SaleReceipt> recentSales(int limit);

    // Cancels a whole sale of the open session and revokes its codes. Needs a reason;
    // past the supervisor limit, a supervisor's approval.
    std::int64_t voidSale(std::int64_t receiptNumber, const QString& reason, const std::optional<Approval>& approval,
                          std::int64_t nowUtc);
    // Gives back the listed tickets of a sale (by key), revokes their codes and pays
    // their price back with `method`. Same rules for reason and supervisor.
    std::int64_t refund(std::int64_t receiptNumber, const QStringList& ticketKeys, PaymentMethod method,
                        const QString& reason, const std::optional<Approval>& approval, std::int64_t nowUtc);

    // A scanned (or typed) code or key. Records the scan, valid or not.
    CheckInResult checkIn(const QString& scanned, ScanDirection direction, std::int64_t nowUtc);
    int occupancy(std::int64_t nowUtc);

    // Totals of the sales made on a Rome-local day, net of voids and refunds.
    static OfficeTotals dayTotals(Ledger& ledger, const QDate& day);

    std::optional<TicketProduct> productById(std::int64_t id) const;
    // Totals of the sales, voids and refunds among records firstSeq..lastSeq.
    OfficeTotals totalsBetween(std::int64_t firstSeq, std::int64_t lastSeq);

private:
    void requireApproval(Money amount, const QString& reason, const std::optional<Approval>& approval) const;

    Ledger& m_ledger;
    Site m_site;
    QList<TicketProduct> m_products;
    const TicketSigner& m_signer;
    const TicketKeyring& m_keyring;
    SalesChannel m_channel;
    QString m_deviceId;
    QString m_deviceShortId;
    QString m_clerk;
    SupervisorCheck m_supervisorCheck;
    QList<QDate> m_freeDays;
    std::optional<SlotPolicy> m_slotPolicy;
    SlotSalesSource m_slotSales;
    bool m_online = true;
    int m_devices = 1;
};

} // namespace core
