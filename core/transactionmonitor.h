#pragma once

#include "core/dashboardqueries.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace core {

class Database;
class Ledger;
struct LedgerRecord;

// What a transaction detector found: one suspicious stretch at one site, with a
// severity and an explanation in words and numbers ("clerk 7 voided 14% of ...").
struct TransactionFinding
{
    // Stable code of the detector, never translated: "off_hours_sale", "closed_day_sale",
    // "ticket_mix_run", "channel_drop", "b2b_bulk", "clerk_void_rate", "clerk_refund_rate",
    // "cash_discrepancy", "double_checkin".
    QString detector;
    std::int64_t siteId = 0; // 0 when the site is not in the cache
    QString siteCode;
    // What it is about, never translated: a product code, a channel code, a clerk id, a
    // ticket key; empty for the detectors that need none. Part of the title.
    QString subject;
    std::int64_t fromUtc = 0; // the suspicious stretch, [fromUtc, toUtc)
    std::int64_t toUtc = 0;
    QString severity; // "info", "warning" or "critical", as the alerts table spells them
    QString title; // what, in words (fixed per detector)
    QString detail; // the one-line explanation, with the figures and what is usual
    double score = 0; // how far from usual (robust z or similar), for ordering
};

// Transaction monitoring. Detectors over the cache's sales aggregates (hourly rows and
// their daily sums, per site) and over a ticket office's ledger. Every comparison is
// against the site's own usual figures with robust statistics (median and MAD), so a
// few odd days do not move the yardstick. Findings are written as rows of the cache's
// alerts table (kind 'transaction'), where the dashboards and reports already read
// alerts; writing the same finding twice updates it instead of adding a row.
//
// Clerks appear only by the pseudonymous ids the ledger carries.
class TransactionMonitor
{
public:
    struct Options
    {
        // Sales in the hour before opening are tolerated (the counter opens early).
        int earlyHoursTolerated = 1;
        // Free and reduced tickets: a run is at least this many open days, its share at
        // least `mixRatio` times the usual and `mixZ` robust deviations above it.
        int mixWindowDays = 5;
        double mixRatio = 2.0;
        double mixZ = 6.0;
        // Channels: a drop is a run of open days selling under `dropFraction` of the
        // expected tickets, with at least `dropMinExpected` expected over the run and a
        // Poisson probability under `dropMaxP` of selling so few by chance.
        double dropFraction = 0.2;
        double dropMinExpected = 8.0;
        double dropMaxP = 1e-4;
        // B2B: a booking (an hour's B2B tickets) at least `bulkRatio` times the site's
        // median booking, `bulkZ` robust deviations above it and `bulkMinTickets` tickets.
        double bulkRatio = 3.0;
        double bulkZ = 8.0;
        int bulkMinTickets = 60;
        // Clerks: a void or refund rate `clerkZ` robust deviations above the other clerks'
        // median, with at least `clerkMinEvents` voids (refunds) and `clerkMinPeers` peers.
        double clerkZ = 3.5;
        int clerkMinEvents = 3;
        int clerkMinPeers = 2;
        // Cash sessions: a count off by at least `cashToleranceCents`, in at least
        // `cashMinSessions` sessions of the same clerk in the period, and more often than
        // the other clerks' rate explains (binomial probability under `cashMaxP`).
        std::int64_t cashToleranceCents = 500;
        int cashMinSessions = 3;
        double cashMaxP = 1e-3;
    };

    explicit TransactionMonitor(Database& cache);
    TransactionMonitor(Database& cache, Options options);

    // The cache detectors over the period (Rome dates, both ends included) for the
    // given sites (every site when empty). Usual figures come from the period and up to
    // 90 days before it. Ordered by time, then site.
    QList<TransactionFinding> scanCache(const Period& period, const QList<std::int64_t>& siteIds = {}) const;
    // The ledger detectors over a ticket office's records made in the period: void and
    // refund rates per clerk against the other clerks, cash-session discrepancies that
    // recur for a clerk, tickets checked in twice. The site is the ledger's own.
    QList<TransactionFinding> scanLedger(Ledger& ledger, const Period& period) const;

    // The ledger detectors over any stream of ledger records of one site: one
    // device's ledger (scanLedger) or, on the hub, every counter of the site, so a
    // clerk is compared with the site's other clerks whatever counter each used.
    // `records` calls its visitor with each record (in time order per device);
    // `firstEntry` tells where and when a ticket was first admitted, if known.
    struct FirstEntry
    {
        std::int64_t utc = 0;
        QString device;
        QString siteCode;
    };
    using RecordVisitor = std::function<void(const LedgerRecord&)>;
    using RecordSource = std::function<void(const RecordVisitor&)>;
    using FirstEntryLookup = std::function<std::optional<FirstEntry>(const QString& ticketKey)>;
    QList<TransactionFinding> scanRecords(const QString& siteCode, const RecordSource& records,
                                          const FirstEntryLookup& firstEntry, const Period& period) const;

    // Writes the findings into the alerts table (kind 'transaction') in one transaction.
    // A finding already there (same site, start time and detector) is updated, keeping
    // its acknowledgement (the match is on the title in English or in the current
    // language, so switching languages does not duplicate). Findings for a site the
    // cache does not know are skipped. Returns how many rows were added.
    // Admissions of tickets seen by every counter (the hub's view): a ticket admitted
    // again at a site by a counter that did not know (offline, or a copied code), and a
    // ticket that is not combined admitted at two sites. `entries` are accepted entry
    // scans; findings carry the detectors "double_checkin" and "ticket_two_sites".
    struct TicketEntry
    {
        QString ticketKey;
        QString siteCode; // the site of the counter that admitted it
        QString device; // the counter's name
        std::int64_t utc = 0;
        bool combined = false;
    };
    QList<TransactionFinding> scanTicketEntries(const QList<TicketEntry>& entries, const Period& period) const;

    // B2B bookings by agency (VAT number or invoice name): an agency's purchases of a
    // day far above its own history (resale risk). `bookings` should reach a year
    // before the period, for the history. Detector "agency_bulk".
    struct AgencyBooking
    {
        QString siteCode;
        QString agency;
        std::int64_t utc = 0; // when it was booked
        std::int64_t visitors = 0;
    };
    QList<TransactionFinding> scanAgencyBookings(const QList<AgencyBooking>& bookings, const Period& period) const;

    // Runs inside the caller's transaction when one is open. `changed`, when given,
    // receives the ids of the rows added or whose severity or explanation changed.
    int record(const QList<TransactionFinding>& findings, QList<std::int64_t>* changed = nullptr);

    // Acknowledges an alert (any kind) with a comment, which is required. Returns false
    // when there is no such alert; throws std::invalid_argument on an empty comment.
    // The acknowledgement also waits (in the cache's meta table) for the next sync to
    // take it to the hub.
    bool acknowledge(std::int64_t alertId, const QString& comment, std::int64_t nowUtc);
    // The ids of alerts acknowledged here and not yet sent to the hub, oldest first;
    // and forgetting those the hub has taken.
    static QStringList pendingAcknowledgements(Database& cache);
    static void acknowledgementsSent(Database& cache, const QStringList& ids);

    // The detectors' codes (TransactionFinding::detector).
    static QStringList detectors();

    const Options& options() const { return m_options; }

private:
    Database& m_db;
    Options m_options;
};

} // namespace core
