#include "core/officereport.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"

#include <QFile>
#include <QHash>

#include <stdexcept>

namespace core {

namespace {

// A report reads the ledger only: it never signs a ticket nor checks one.
class NoSigning final : public TicketSigner
{
public:
    QByteArray sign(const QByteArray&) const override { throw std::logic_error("a report never signs tickets"); }
};

class NoKeys final : public TicketKeyring
{
public:
    bool verify(const QString&, const QByteArray&, const QByteArray&) const override { return false; }
    bool knowsDevice(const QString&) const override { return false; }
};

// Rows of several days' totals added up by key, in the order they first appear.
class RowSum
{
public:
    void add(const QList<OfficeTotals::Row>& rows)
    {
        for (const OfficeTotals::Row& row : rows) {
            const auto it = m_index.constFind(row.key);
            if (it == m_index.constEnd()) {
                m_index.insert(row.key, m_rows.size());
                m_rows.append(row);
            } else {
                m_rows[*it].tickets += row.tickets;
                m_rows[*it].amount += row.amount;
            }
        }
    }
    const QList<OfficeTotals::Row>& rows() const { return m_rows; }

private:
    QList<OfficeTotals::Row> m_rows;
    QHash<QString, qsizetype> m_index;
};

} // namespace

QList<SessionReport> OfficeReport::closedSessions(Ledger& ledger, const Site& site, const Period& period)
{
    const NoSigning signer;
    const NoKeys keys;
    TicketOffice office(ledger, site, {}, signer, keys);
    QList<SessionReport> reports;
    Statement stmt = ledger.database().prepare("SELECT number FROM sessions WHERE close_seq IS NOT NULL AND "
                                               "closed_utc >= ? AND closed_utc < ? ORDER BY number");
    stmt.bind(1, RomeTime::startOfDay(period.from)).bind(2, RomeTime::startOfDay(period.to.addDays(1)));
    while (stmt.step()) {
        if (auto z = office.zReport(stmt.int64(0))) {
            reports.append(*z);
        }
    }
    return reports;
}

QList<ReportTable> OfficeReport::tables(Ledger& ledger, const Site& site, const Period& period)
{
    if (period.days() > MaxDays) {
        throw ReportError(tr("The ticket office's report covers at most %1 days.").arg(MaxDays));
    }
    ReportTable days;
    days.name = tr("Daily totals");
    days.header = { tr("Day"),     tr("Sales"),    tr("Tickets"), tr("Gross"),   tr("Voids"), tr("Voided"),
                    tr("Refunds"), tr("Refunded"), tr("Net"),     tr("Cash in"), tr("Card") };
    OfficeTotals sum;
    RowSum products;
    RowSum categories;
    RowSum payments;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        const OfficeTotals t = TicketOffice::dayTotals(ledger, day);
        if (t.sales == 0 && t.voids == 0 && t.refunds == 0) {
            continue;
        }
        days.rows.append(
            { day, t.sales, t.tickets, t.gross, t.voids, t.voided, t.refunds, t.refunded, t.net, t.cashIn, t.cardIn });
        sum.sales += t.sales;
        sum.tickets += t.tickets;
        sum.gross += t.gross;
        sum.voids += t.voids;
        sum.voided += t.voided;
        sum.refunds += t.refunds;
        sum.refunded += t.refunded;
        sum.net += t.net;
        sum.cashIn += t.cashIn;
        sum.cardIn += t.cardIn;
        products.add(t.byProduct);
        categories.add(t.byCategory);
        payments.add(t.byPayment);
    }
    const QList<SessionReport> sessions = closedSessions(ledger, site, period);
    if (days.rows.isEmpty() && sessions.isEmpty()) {
        throw ReportError(tr("No ticket-office sales or closed cash sessions in the ledger from %1 to %2.")
                              .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    }
    days.rows.append({ tr("Total"), sum.sales, sum.tickets, sum.gross, sum.voids, sum.voided, sum.refunds, sum.refunded,
                       sum.net, sum.cashIn, sum.cardIn });

    const auto breakdown = [](const QString& name, const QString& what, const RowSum& rows, bool tickets) {
        ReportTable t;
        t.name = name;
        t.header = { tr("Code"), what };
        if (tickets) {
            t.header << tr("Tickets");
        }
        t.header << tr("Amount");
        for (const OfficeTotals::Row& r : rows.rows()) {
            ReportRow row{ r.key, r.name };
            if (tickets) {
                row << r.tickets;
            }
            row << r.amount;
            t.rows.append(row);
        }
        return t;
    };

    ReportTable z;
    z.name = tr("Cash sessions (Z)");
    z.header = { tr("Session"),
                 tr("Clerk"),
                 tr("Opened (Rome time)"),
                 tr("Closed (Rome time)"),
                 tr("Opening float"),
                 tr("Sales"),
                 tr("Tickets"),
                 tr("Net"),
                 tr("Cash in"),
                 tr("Card"),
                 tr("Expected cash"),
                 tr("Counted cash"),
                 tr("Discrepancy") };
    for (const SessionReport& s : sessions) {
        z.rows.append({ s.session.number, s.session.clerk, reportsupport::romeDateTime(s.session.openedUtc),
                        reportsupport::romeDateTime(s.closedUtc), s.session.openingFloat, s.totals.sales,
                        s.totals.tickets, s.totals.net, s.totals.cashIn, s.totals.cardIn, s.expectedCash, s.countedCash,
                        s.discrepancy });
    }
    return { days, breakdown(tr("By product"), tr("Product"), products, true),
             breakdown(tr("By category"), tr("Category"), categories, true),
             breakdown(tr("By payment"), tr("Payment"), payments, false), z };
}

void OfficeReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    const QString path = Ledger::pathIn(request.dataDir, request.training);
    if (request.dataDir.isEmpty() || !QFile::exists(path)) {
        throw ReportError(
            tr("No ticket-office ledger in %1: this device has not sold anything yet.").arg(request.dataDir));
    }
    Ledger ledger = Ledger::open(path, request.training);
    const auto identity = ledger.identity();
    if (!identity) {
        throw ReportError(
            tr("The ledger in %1 belongs to no device yet: set the ticket office up first.").arg(request.dataDir));
    }
    Site site;
    site.code = identity->siteCode;
    if (const auto known = SiteCatalogue(cache).siteByCode(identity->siteCode)) {
        site = *known;
    }
    if (request.scope.kind != ReportScope::Kind::All) {
        bool inScope = false;
        for (const Site& s : request.scope.resolve(cache).sites) {
            inScope = inScope || s.code == identity->siteCode;
        }
        if (!inScope) {
            throw ReportError(tr("This device sells for %1, which is not in the scope %2.")
                                  .arg(identity->siteCode, request.scope.toString()));
        }
    }
    report.scopeText
        = tr("Ticket office of %1, device %2").arg(site.name.isEmpty() ? site.code : site.name, identity->name);
    if (ledger.isTraining()) {
        report.title = tr("%1 (TRAINING: these sales never count)").arg(report.title);
    }
    report.tables = tables(ledger, site, request.period);
    report.plainColumns.insert(report.tables.last().name, { 0 }); // the session's number
}

} // namespace core
