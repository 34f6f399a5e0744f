#include "sync/hubmonitor.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketcode.h"
#include "sync/hubstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace cruscotto::sync {

namespace {

// Decoding a scanned code for its "combined" flag needs no key: the flag is in the
// signed message, and the counter that admitted the ticket checked the signature.
class NoKeys final : public core::TicketKeyring
{
public:
    bool verify(const QString&, const QByteArray&, const QByteArray&) const override { return false; }
    bool knowsDevice(const QString&) const override { return false; }
};

QList<core::TransactionMonitor::TicketEntry> ticketEntries(core::Database& db, std::int64_t fromUtc,
                                                           std::int64_t toUtc)
{
    // Every admission of the tickets admitted in the stretch, from any time, so a ticket
    // first admitted before the stretch and again within it is seen whole.
    core::Statement scans = db.prepare(
        "SELECT s.ticket_key, si.code, d.name, s.at_utc, r.payload FROM ticket_scans s "
        "JOIN devices d ON d.device_id = s.device_id JOIN sites si ON si.id = d.site_id "
        "JOIN ledger_records r ON r.device_id = s.device_id AND r.seq = s.seq "
        "WHERE s.direction = 'in' AND s.result = 'valid' AND s.ticket_key IN (SELECT DISTINCT ticket_key FROM "
        "ticket_scans WHERE direction = 'in' AND result = 'valid' AND at_utc >= ? AND at_utc < ?) "
        "ORDER BY s.ticket_key, s.at_utc");
    scans.bind(1, fromUtc).bind(2, toUtc);
    const NoKeys noKeys;
    QList<core::TransactionMonitor::TicketEntry> entries;
    while (scans.step()) {
        core::TransactionMonitor::TicketEntry e;
        e.ticketKey = scans.text(0);
        e.siteCode = scans.text(1);
        e.device = scans.text(2);
        e.utc = scans.int64(3);
        const QJsonObject payload = QJsonDocument::fromJson(scans.text(4).toUtf8()).object();
        const auto decoded = core::TicketCode::decode(payload.value(QStringLiteral("code")).toString(), noKeys);
        e.combined = decoded.check != core::TicketCode::Check::Malformed && decoded.code.combined;
        entries.append(e);
    }
    // Only tickets admitted more than once can be findings.
    QList<core::TransactionMonitor::TicketEntry> repeated;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const bool sameAsPrevious = i > 0 && entries[i - 1].ticketKey == entries[i].ticketKey;
        const bool sameAsNext = i + 1 < entries.size() && entries[i + 1].ticketKey == entries[i].ticketKey;
        if (sameAsPrevious || sameAsNext) {
            repeated.append(entries[i]);
        }
    }
    return repeated;
}

QList<core::TransactionMonitor::AgencyBooking> agencyBookings(core::Database& db, std::int64_t fromUtc,
                                                              std::int64_t toUtc)
{
    // B2B bookings name their agency by VAT number, else by the name on the invoice.
    core::Statement bookings = db.prepare(
        "SELECT si.code, CASE WHEN trim(b.vat_number) <> '' THEN trim(b.vat_number) ELSE trim(b.invoice_name) END, "
        "b.created_utc, b.group_size FROM bookings b JOIN sites si ON si.id = b.site_id "
        "WHERE b.channel_id = 4 AND b.created_utc >= ? AND b.created_utc < ?");
    bookings.bind(1, fromUtc).bind(2, toUtc);
    QList<core::TransactionMonitor::AgencyBooking> list;
    while (bookings.step()) {
        core::TransactionMonitor::AgencyBooking b;
        b.siteCode = bookings.text(0);
        b.agency = bookings.text(1);
        b.utc = bookings.int64(2);
        b.visitors = bookings.int64(3);
        list.append(b);
    }
    return list;
}

QList<core::TransactionFinding> ledgerFindings(core::Database& db, const core::TransactionMonitor& monitor,
                                               const core::Period& period)
{
    const std::int64_t fromUtc = core::RomeTime::startOfDay(period.from);
    const std::int64_t toUtc = core::RomeTime::startOfDay(period.to.addDays(1));
    core::Statement firstEntry = db.prepare(
        "SELECT s.at_utc, d.name, si.code FROM ticket_scans s JOIN devices d ON d.device_id = s.device_id "
        "JOIN sites si ON si.id = d.site_id WHERE s.ticket_key = ? AND s.direction = 'in' AND s.result = 'valid' "
        "ORDER BY s.at_utc LIMIT 1");
    const core::TransactionMonitor::FirstEntryLookup lookup
        = [&firstEntry](const QString& key) -> std::optional<core::TransactionMonitor::FirstEntry> {
        firstEntry.bind(1, key);
        std::optional<core::TransactionMonitor::FirstEntry> entry;
        if (firstEntry.step()) {
            entry = core::TransactionMonitor::FirstEntry{ firstEntry.int64(0), firstEntry.text(1), firstEntry.text(2) };
        }
        firstEntry.reset();
        return entry;
    };
    QList<core::TransactionFinding> found;
    core::Statement sites = db.prepare("SELECT DISTINCT si.id, si.code FROM devices d JOIN sites si ON si.id = "
                                       "d.site_id ORDER BY si.code");
    while (sites.step()) {
        const std::int64_t siteId = sites.int64(0);
        const QString siteCode = sites.text(1);
        const core::TransactionMonitor::RecordSource records = [&](const core::TransactionMonitor::RecordVisitor& visit) {
            core::Statement rows = db.prepare(
                "SELECT r.seq, r.kind, r.created_utc, r.clerk, r.payload FROM ledger_records r "
                "JOIN devices d ON d.device_id = r.device_id WHERE d.site_id = ? AND r.created_utc >= ? "
                "AND r.created_utc < ? ORDER BY r.created_utc, r.device_id, r.seq");
            rows.bind(1, siteId).bind(2, fromUtc).bind(3, toUtc);
            while (rows.step()) {
                const auto kind = core::ledgerKindFromCode(rows.text(1));
                if (!kind) {
                    continue;
                }
                core::LedgerRecord r;
                r.seq = rows.int64(0);
                r.kind = *kind;
                r.createdUtc = rows.int64(2);
                r.clerk = rows.text(3);
                r.payload = rows.text(4).toUtf8();
                visit(r);
            }
        };
        found.append(monitor.scanRecords(siteCode, records, lookup, period));
    }
    return found;
}

} // namespace

HubMonitor::HubMonitor(HubStore& store)
    : HubMonitor(store, Options{})
{ }

HubMonitor::HubMonitor(HubStore& store, Options options)
    : m_store(store)
    , m_options(options)
{ }

HubMonitor::Result HubMonitor::run(const QDate& today)
{
    const core::Period period{ today.addDays(-(std::max(m_options.days, 1) - 1)), today };
    QList<core::TransactionFinding> findings;
    {
        HubStore::Reader reader = m_store.reader();
        core::Database& db = reader.db();
        const core::TransactionMonitor monitor(db, m_options.detectors);
        const std::int64_t fromUtc = core::RomeTime::startOfDay(period.from);
        const std::int64_t toUtc = core::RomeTime::startOfDay(period.to.addDays(1));
        findings.append(monitor.scanCache(period));
        findings.append(ledgerFindings(db, monitor, period));
        findings.append(monitor.scanTicketEntries(ticketEntries(db, fromUtc, toUtc), period));
        // A year of bookings before the stretch: each agency's own history.
        findings.append(monitor.scanAgencyBookings(
            agencyBookings(db, core::RomeTime::startOfDay(period.from.addDays(-366)), toUtc), period));
    }
    Result result;
    result.findings = static_cast<int>(findings.size());
    m_store.write([&](core::Database& db) {
        core::Transaction tx(db);
        QList<std::int64_t> changed;
        result.added = core::TransactionMonitor(db, m_options.detectors).record(findings, &changed);
        result.changed = static_cast<int>(changed.size());
        core::Statement pending = db.prepare("UPDATE alerts SET rev = 0 WHERE id = ?");
        for (const std::int64_t id : changed) {
            pending.bind(1, id);
            pending.exec();
            pending.reset();
        }
        m_store.numberPendingRevisions(db);
        tx.commit();
    });
    return result;
}

HubMonitorThread::HubMonitorThread(HubStore& store, std::chrono::seconds interval, Log log)
    : m_store(store)
    , m_interval(interval)
    , m_log(std::move(log))
{
    m_thread = std::thread([this] { loop(); });
}

HubMonitorThread::~HubMonitorThread()
{
    stop();
}

void HubMonitorThread::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void HubMonitorThread::loop()
{
    const auto dataState = [this] {
        HubStore::Reader reader = m_store.reader();
        return QStringLiteral("%1/%2")
            .arg(reader.db().scalar("SELECT last_rev FROM hub_revision WHERE id = 1"))
            .arg(reader.db().scalar("SELECT COALESCE(MAX(rowid), 0) FROM ledger_records"));
    };
    QString lastState;
    for (;;) {
        try {
            const QString state = dataState();
            if (state != lastState) {
                const HubMonitor::Result result
                    = HubMonitor(m_store).run(core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch()));
                if (m_log && result.changed > 0) {
                    m_log(QCoreApplication::translate("sync::HubMonitor",
                                                      "Transaction monitoring: %1 finding(s), %2 new alert(s).")
                              .arg(result.findings)
                              .arg(result.added));
                }
                lastState = dataState(); // the alerts just written count as seen
            }
        } catch (const std::exception& e) {
            if (m_log) {
                m_log(QCoreApplication::translate("sync::HubMonitor", "Transaction monitoring failed: %1")
                          .arg(QString::fromUtf8(e.what())));
            }
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
            return;
        }
    }
}

} // namespace cruscotto::sync
