// Transaction monitoring against the demo's injected anomalies. The demo generator
// writes off-hours sales, closed-day sales, runs of free tickets, channel outages and
// B2B bulk purchases into the sales, and lists each with its exact times in
// demo_anomalies: that list is the ground truth. Prints, per detector and overall,
// precision (findings that overlap an anomaly of their kind at their site) and recall
// (anomalies some finding of their kind overlaps), for core::TransactionMonitor and for
// a naive fixed-threshold baseline run on the same cache in the same run, and times both.
// The ledger detectors the same way, on a simulated ledger with injected anomalies (the
// demo writes no ledger).
//
//   benchmonitor [--cache DIR] [--sites N] [--years Y] [--seed S]
// When DIR (or, without --cache, a temporary folder) holds no cache, it first builds a
// demo cache there: 24 sites x 1 year + 2026 to 25 November by default.
#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/demorandom.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/transactionmonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace {

struct Span
{
    std::int64_t siteId = 0;
    QString kind; // the anomaly's kind (the detector's findings are mapped to it)
    std::int64_t from = 0;
    std::int64_t to = 0;
};

// The demo's anomaly kind each detector looks for.
QString anomalyKindOf(const QString& detector)
{
    if (detector == QLatin1String("ticket_mix_run")) {
        return QStringLiteral("free_ticket_run");
    }
    if (detector == QLatin1String("channel_drop")) {
        return QStringLiteral("channel_outage");
    }
    return detector; // off_hours_sale, closed_day_sale, b2b_bulk
}

const char* const kKinds[] = { "off_hours_sale", "closed_day_sale", "free_ticket_run", "channel_outage", "b2b_bulk" };

struct Score
{
    int anomalies = 0;
    int found = 0; // anomalies matched
    int findings = 0;
    int truePositives = 0; // findings matching an anomaly
    double precision() const { return findings > 0 ? double(truePositives) / findings : 0.0; }
    double recall() const { return anomalies > 0 ? double(found) / anomalies : 0.0; }
};

std::map<QString, Score> evaluate(const std::vector<Span>& truth, const std::vector<Span>& findings)
{
    std::map<QString, Score> scores;
    for (const char* k : kKinds) {
        scores[QString::fromLatin1(k)];
    }
    auto overlaps = [](const Span& a, const Span& b) {
        return a.siteId == b.siteId && a.kind == b.kind && a.from < b.to && b.from < a.to;
    };
    for (const Span& t : truth) {
        Score& s = scores[t.kind];
        ++s.anomalies;
        for (const Span& f : findings) {
            if (overlaps(t, f)) {
                ++s.found;
                break;
            }
        }
    }
    for (const Span& f : findings) {
        Score& s = scores[f.kind];
        ++s.findings;
        for (const Span& t : truth) {
            if (overlaps(t, f)) {
                ++s.truePositives;
                break;
            }
        }
    }
    Score all;
    for (const auto& [kind, s] : scores) {
        all.anomalies += s.anomalies;
        all.found += s.found;
        all.findings += s.findings;
        all.truePositives += s.truePositives;
    }
    scores[QStringLiteral("~overall")] = all;
    return scores;
}

// The naive baseline: fixed thresholds on the same figures, no calendar exceptions, no
// robust statistics. Off hours: counter or kiosk tickets outside the site's regular
// hours; closed day: counter or kiosk tickets on the weekly closing day; free run: a day
// where a reduced or free product makes over 3x its mean share; channel drop: an
// open day (something sold) where online or kiosk sold nothing at a site selling over
// 2% there; B2B bulk: 100 or more B2B tickets in an hour.
std::vector<Span> naive(core::Database& db)
{
    std::vector<Span> out;
    auto dayStart = [](std::int64_t day) { return core::RomeTime::startOfDay(QDate::fromJulianDay(day)); };
    {
        core::Statement s = db.prepare(
            "SELECT h.site_id, h.day, h.hour_utc, s.open_hour, s.close_hour, s.closing_weekday FROM sales_hourly h "
            "JOIN sites s ON s.id = h.site_id WHERE h.channel_id IN (1, 3) AND h.tickets > 0 "
            "GROUP BY h.site_id, h.day, h.hour_utc");
        std::map<std::pair<std::int64_t, std::int64_t>, QString> days;
        while (s.step()) {
            const std::int64_t day = s.int64(1);
            const int hour = core::RomeTime::localHour(s.int64(2));
            const bool closingDay = QDate::fromJulianDay(day).dayOfWeek() == s.integer(5);
            if (closingDay) {
                days[{ s.int64(0), day }] = QStringLiteral("closed_day_sale");
            } else if (hour < s.integer(3) - 1 || hour >= s.integer(4)) {
                days.try_emplace({ s.int64(0), day }, QStringLiteral("off_hours_sale"));
            }
        }
        for (const auto& [key, kind] : days) {
            out.push_back({ key.first, kind, dayStart(key.second), dayStart(key.second + 1) });
        }
    }
    {
        core::Statement s = db.prepare(
            "WITH d AS (SELECT site_id, day, product_id, SUM(tickets) AS k FROM sales_hourly WHERE channel_id < 4 "
            "GROUP BY site_id, day, product_id), t AS (SELECT site_id, day, SUM(k) AS n FROM d GROUP BY site_id, day), "
            "share AS (SELECT d.site_id, d.day, d.product_id, d.k, 1.0 * d.k / t.n AS r FROM d JOIN t USING (site_id, "
            "day) JOIN ticket_products p ON p.id = d.product_id AND p.category <> 'full' AND p.free_reason NOT IN "
            "('first_sunday')), mean AS (SELECT site_id, product_id, AVG(r) AS m FROM share GROUP BY site_id, "
            "product_id) SELECT share.site_id, share.day FROM share JOIN mean USING (site_id, product_id) "
            "WHERE share.r > 3 * mean.m AND share.k >= 3 GROUP BY share.site_id, share.day");
        while (s.step()) {
            out.push_back(
                { s.int64(0), QStringLiteral("free_ticket_run"), dayStart(s.int64(1)), dayStart(s.int64(1) + 1) });
        }
    }
    {
        core::Statement s = db.prepare(
            "WITH t AS (SELECT site_id, day, SUM(counter_tickets + online_tickets + kiosk_tickets) AS n, "
            "SUM(online_tickets) AS o, SUM(kiosk_tickets) AS k FROM sales_site_daily GROUP BY site_id, day), "
            "share AS (SELECT site_id, 1.0 * SUM(o) / SUM(n) AS so, 1.0 * SUM(k) / SUM(n) AS sk FROM t GROUP BY "
            "site_id) SELECT t.site_id, t.day FROM t JOIN share USING (site_id) WHERE t.n > 0 AND ((share.so > 0.02 "
            "AND t.o = 0) OR (share.sk > 0.02 AND t.k = 0))");
        while (s.step()) {
            out.push_back(
                { s.int64(0), QStringLiteral("channel_outage"), dayStart(s.int64(1)), dayStart(s.int64(1) + 1) });
        }
    }
    {
        core::Statement s = db.prepare("SELECT site_id, hour_utc FROM sales_hourly WHERE channel_id = 4 "
                                       "GROUP BY site_id, hour_utc HAVING SUM(tickets) >= 100");
        while (s.step()) {
            out.push_back({ s.int64(0), QStringLiteral("b2b_bulk"), s.int64(1), s.int64(1) + 3600 });
        }
    }
    return out;
}

void printTable(const std::map<QString, Score>& model, const std::map<QString, Score>& baseline)
{
    std::printf("%-16s %9s | %8s %6s %9s %7s | %8s %6s %9s %7s\n", "kind", "anomalies", "findings", "TP", "precision",
                "recall", "naive", "TP", "precision", "recall");
    for (const auto& [kind, s] : model) {
        const Score& b = baseline.at(kind);
        std::printf("%-16s %9d | %8d %6d %9.3f %7.3f | %8d %6d %9.3f %7.3f\n",
                    kind == QLatin1String("~overall") ? "overall" : qPrintable(kind), s.anomalies, s.findings,
                    s.truePositives, s.precision(), s.recall(), b.findings, b.truePositives, b.precision(), b.recall());
    }
}

// ------------------------------------------------------------------ a synthetic ledger

// The demo writes no ticket-office ledger, so the ledger detectors are measured on a
// simulated one: 12 clerks over 120 days, four on duty a day, about 60 sales each with
// voids at 1.0-2.0% and refunds at 0.5-1.5% (each clerk's own rate), a cash session per
// clerk-day whose count is off by a few cents, and by 5-20 euro in 3% of sessions; 1% of
// the entries are scanned again within a minute (shown twice at the gate). Injected:
// two clerks voiding 6%, two refunding 5%, two short by 10-30 euro in a quarter of their
// sessions, 30 tickets scanned in again 1-5 hours after their entry.
struct LedgerTruth
{
    std::set<QString> voidClerks, refundClerks, cashClerks, reusedTickets;
};

LedgerTruth simulateLedger(core::Ledger& ledger, const QString& siteCode, std::uint64_t seed)
{
    LedgerTruth truth;
    core::DemoRandom rng(core::DemoRandom::derive(seed, 0x1ED6E));
    ledger.provision({ QStringLiteral("7d7f0a52-3c1e-4d6a-9b1e-000000000001"), siteCode, QStringLiteral("Cassa 1"),
                       1735689600, QByteArray(48, 'k'), QByteArray(32, 'p') });
    std::vector<QString> clerks;
    std::vector<double> voidRate, refundRate;
    for (int c = 0; c < 12; ++c) {
        clerks.push_back(QStringLiteral("k%1").arg(101 + c * 7));
        voidRate.push_back(rng.uniform(0.01, 0.02));
        refundRate.push_back(rng.uniform(0.005, 0.015));
    }
    for (int c : { 2, 9 }) {
        voidRate[size_t(c)] = 0.06;
        truth.voidClerks.insert(clerks[size_t(c)]);
    }
    for (int c : { 4, 7 }) {
        refundRate[size_t(c)] = 0.05;
        truth.refundClerks.insert(clerks[size_t(c)]);
    }
    for (int c : { 5, 9 }) {
        truth.cashClerks.insert(clerks[size_t(c)]);
    }
    core::Statement use = ledger.database().prepare("INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, "
                                                    "seq) VALUES (?, ?, '7D7F0A523C1E4D6A', ?, 0)");
    core::Transaction tx(ledger.database());
    int ticket = 0;
    int reused = 0;
    for (int day = 0; day < 120; ++day) {
        const QDate date = QDate(2026, 3, 2).addDays(day);
        std::int64_t t = core::RomeTime::utcOf(date, 9);
        for (int k = 0; k < 4; ++k) {
            const size_t c = size_t((day * 5 + k * 3) % 12);
            const QString& clerk = clerks[c];
            const int sales = rng.integer(40, 80);
            for (int i = 0; i < sales; ++i) {
                ledger.append(core::LedgerKind::Sale, clerk, { { QStringLiteral("receipt"), i } }, t += 20);
                if (rng.chance(voidRate[c])) {
                    ledger.append(core::LedgerKind::Void, clerk, { { QStringLiteral("receipt"), i } }, t += 5);
                } else if (rng.chance(refundRate[c])) {
                    ledger.append(core::LedgerKind::Refund, clerk, { { QStringLiteral("receipt"), i } }, t += 5);
                }
                // The ticket's entry, and now and then a second scan.
                const QString key = QStringLiteral("7D7F0A523C1E4D6A-%1-00").arg(++ticket, 6, 10, QLatin1Char('0'));
                use.bind(1, key).bind(2, t + 60).bind(3, siteCode);
                use.exec();
                std::int64_t again = 0;
                if (rng.chance(0.01)) {
                    again = t + 60 + rng.integer(5, 60);
                } else if (reused < 30 && rng.chance(0.004)) {
                    again = t + 60 + rng.integer(3600, 5 * 3600);
                    truth.reusedTickets.insert(key);
                    ++reused;
                }
                if (again > 0) {
                    ledger.append(core::LedgerKind::Scan, clerk,
                                  { { QStringLiteral("ticket"), key },
                                    { QStringLiteral("result"), QStringLiteral("already_used") },
                                    { QStringLiteral("direction"), QStringLiteral("in") } },
                                  again);
                }
            }
            std::int64_t off = static_cast<std::int64_t>(rng.normal(0, 30));
            if (truth.cashClerks.count(clerk) && rng.chance(0.25)) {
                off = -rng.integer(1000, 3000);
            } else if (rng.chance(0.03)) {
                off = (rng.chance(0.5) ? 1 : -1) * rng.integer(500, 2000);
            }
            ledger.append(core::LedgerKind::SessionClose, clerk,
                          { { QStringLiteral("discrepancy_cents"), double(off) } }, t += 600);
        }
    }
    tx.commit();
    return truth;
}

struct LedgerScore
{
    int truth = 0, findings = 0, hits = 0;
};

void printLedgerLine(const char* what, const LedgerScore& m, const LedgerScore& b)
{
    auto p = [](const LedgerScore& s) { return s.findings > 0 ? double(s.hits) / s.findings : 0.0; };
    auto r = [](const LedgerScore& s) { return s.truth > 0 ? double(s.hits) / s.truth : 0.0; };
    std::printf("%-18s %9d | %8d %6d %9.3f %7.3f | %8d %6d %9.3f %7.3f\n", what, m.truth, m.findings, m.hits, p(m),
                r(m), b.findings, b.hits, p(b), r(b));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir;
    int sites = 24;
    int years = 1;
    std::uint64_t seed = 2026;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--cache")) {
            dir = args[++i];
        } else if (args[i] == QLatin1String("--sites")) {
            sites = args[++i].toInt();
        } else if (args[i] == QLatin1String("--years")) {
            years = args[++i].toInt();
        } else if (args[i] == QLatin1String("--seed")) {
            seed = args[++i].toULongLong();
        }
    }
    QTemporaryDir temporary;
    if (dir.isEmpty()) {
        dir = temporary.path();
    }
    QDir().mkpath(dir);
    if (!core::Cache::exists(dir)) {
        QElapsedTimer build;
        build.start();
        core::DemoGenerator::Options options;
        options.sites = sites;
        options.years = years;
        options.seed = seed;
        options.until = QDate(2026, 11, 25);
        const auto summary = core::DemoGenerator(options).writeCache(core::Cache::pathIn(dir));
        std::printf("demo cache: %d sites, %s to %s, %lld anomalies, built in %.1f s\n", summary.sites,
                    qPrintable(summary.from.toString(Qt::ISODate)), qPrintable(summary.until.toString(Qt::ISODate)),
                    static_cast<long long>(summary.anomalies), build.elapsed() / 1000.0);
    }
    core::Database db = core::Cache::openWriter(dir);

    const core::Period period{ QDate::fromJulianDay(db.scalar("SELECT MIN(day) FROM sales_site_daily")),
                               QDate::fromJulianDay(db.scalar("SELECT MAX(day) FROM sales_site_daily")) };

    std::vector<Span> truth;
    {
        core::Statement s = db.prepare("SELECT site_id, kind, from_utc, to_utc FROM demo_anomalies "
                                       "WHERE kind <> 'climate_episode'");
        while (s.step()) {
            truth.push_back({ s.int64(0), s.text(1), s.int64(2), s.int64(3) });
        }
    }

    QElapsedTimer timer;
    timer.start();
    core::TransactionMonitor monitor(db);
    const QList<core::TransactionFinding> findings = monitor.scanCache(period);
    const double modelMs = timer.nsecsElapsed() / 1e6;
    std::vector<Span> found;
    for (const auto& f : findings) {
        found.push_back({ f.siteId, anomalyKindOf(f.detector), f.fromUtc, f.toUtc });
    }
    timer.restart();
    const std::vector<Span> baseline = naive(db);
    const double naiveMs = timer.nsecsElapsed() / 1e6;

    std::printf("period %s to %s, %lld sites, %zu injected anomalies (demo_anomalies, climate excluded)\n",
                qPrintable(period.from.toString(Qt::ISODate)), qPrintable(period.to.toString(Qt::ISODate)),
                static_cast<long long>(db.scalar("SELECT COUNT(*) FROM sites")), truth.size());
    std::printf("TransactionMonitor::scanCache %.0f ms; naive baseline %.0f ms\n\n", modelMs, naiveMs);
    const auto model = evaluate(truth, found);
    const auto naiveScores = evaluate(truth, baseline);
    printTable(model, naiveScores);
    const Score& m = model.at(QStringLiteral("~overall"));
    const Score& b = naiveScores.at(QStringLiteral("~overall"));
    std::printf("\nratio monitor / naive: precision %.2f, recall %.2f\n",
                b.precision() > 0 ? m.precision() / b.precision() : 0.0,
                b.recall() > 0 ? m.recall() / b.recall() : 0.0);

    // The ledger detectors on the simulated ledger; the naive baseline flags a clerk voiding
    // (refunding) over 3% of sales, a clerk with any session off by 5 euro or more, and
    // every already-used scan.
    {
        QTemporaryDir ledgerDir;
        core::Ledger ledger = core::Ledger::open(ledgerDir.filePath(QStringLiteral("ledger.sqlite")));
        core::Statement first = db.prepare("SELECT code FROM sites ORDER BY id LIMIT 1");
        first.step();
        const LedgerTruth lt = simulateLedger(ledger, first.text(0), seed);
        timer.restart();
        const auto ledgerFindings = monitor.scanLedger(ledger, { QDate(2026, 1, 1), QDate(2026, 12, 31) });
        const double ledgerMs = timer.nsecsElapsed() / 1e6;
        std::map<QString, LedgerScore> m, b;
        m[QStringLiteral("clerk_void_rate")].truth = b[QStringLiteral("clerk_void_rate")].truth
            = int(lt.voidClerks.size());
        m[QStringLiteral("clerk_refund_rate")].truth = b[QStringLiteral("clerk_refund_rate")].truth
            = int(lt.refundClerks.size());
        m[QStringLiteral("cash_discrepancy")].truth = b[QStringLiteral("cash_discrepancy")].truth
            = int(lt.cashClerks.size());
        m[QStringLiteral("double_checkin")].truth = b[QStringLiteral("double_checkin")].truth
            = int(lt.reusedTickets.size());
        auto injected = [&](const QString& detector, const QString& subject) {
            const std::set<QString>& set = detector == QLatin1String("clerk_void_rate") ? lt.voidClerks
                : detector == QLatin1String("clerk_refund_rate")                        ? lt.refundClerks
                : detector == QLatin1String("cash_discrepancy")                         ? lt.cashClerks
                                                                                        : lt.reusedTickets;
            return set.count(subject) > 0;
        };
        for (const auto& f : ledgerFindings) {
            LedgerScore& s = m[f.detector];
            ++s.findings;
            s.hits += injected(f.detector, f.subject) ? 1 : 0;
        }
        // Baseline, straight from the records.
        std::map<QString, std::array<std::int64_t, 4>> perClerk; // sales, voids, refunds, sessions off
        std::set<QString> scanned;
        for (std::int64_t after = 0;;) {
            const auto batch = ledger.recordsAfter(after, 5000);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.last().seq;
            for (const auto& r : batch) {
                auto& c = perClerk[r.clerk];
                switch (r.kind) {
                case core::LedgerKind::Sale:
                    ++c[0];
                    break;
                case core::LedgerKind::Void:
                    ++c[1];
                    break;
                case core::LedgerKind::Refund:
                    ++c[2];
                    break;
                case core::LedgerKind::SessionClose:
                    c[3] += std::abs(r.payloadObject().value(QStringLiteral("discrepancy_cents")).toDouble()) >= 500;
                    break;
                case core::LedgerKind::Scan:
                    scanned.insert(r.payloadObject().value(QStringLiteral("ticket")).toString());
                    break;
                default:
                    break;
                }
            }
        }
        for (const auto& [clerk, c] : perClerk) {
            const std::pair<const char*, bool> flags[] = { { "clerk_void_rate", c[1] > 0.03 * double(c[0]) },
                                                           { "clerk_refund_rate", c[2] > 0.03 * double(c[0]) },
                                                           { "cash_discrepancy", c[3] > 0 } };
            for (const auto& [detector, flagged] : flags) {
                if (flagged) {
                    LedgerScore& s = b[QString::fromLatin1(detector)];
                    ++s.findings;
                    s.hits += injected(QString::fromLatin1(detector), clerk) ? 1 : 0;
                }
            }
        }
        for (const QString& key : scanned) {
            LedgerScore& s = b[QStringLiteral("double_checkin")];
            ++s.findings;
            s.hits += lt.reusedTickets.count(key) ? 1 : 0;
        }
        std::printf("\nsimulated ledger: %lld records, 12 clerks, 120 days; scanLedger %.0f ms\n",
                    static_cast<long long>(ledger.lastSeq()), ledgerMs);
        std::printf("%-18s %9s | %8s %6s %9s %7s | %8s %6s %9s %7s\n", "detector", "injected", "findings", "TP",
                    "precision", "recall", "naive", "TP", "precision", "recall");
        LedgerScore allM, allB;
        for (const auto& [detector, s] : m) {
            printLedgerLine(qPrintable(detector), s, b[detector]);
            allM.truth += s.truth, allM.findings += s.findings, allM.hits += s.hits;
            allB.truth += b[detector].truth, allB.findings += b[detector].findings, allB.hits += b[detector].hits;
        }
        printLedgerLine("overall", allM, allB);
        std::printf("\n");
    }

    // The channel detector's operating points (the one false-alarm knob that matters).
    for (const double p : { 1e-4, 5e-4, 2e-3 }) {
        core::TransactionMonitor::Options options;
        options.dropMaxP = p;
        options.dropMinExpected = p > 1e-4 ? 6.0 : 8.0;
        std::vector<Span> drops;
        for (const auto& f : core::TransactionMonitor(db, options).scanCache(period)) {
            if (f.detector == QLatin1String("channel_drop")) {
                drops.push_back({ f.siteId, anomalyKindOf(f.detector), f.fromUtc, f.toUtc });
            }
        }
        const Score s = evaluate(truth, drops).at(QStringLiteral("channel_outage"));
        std::printf("channel_drop at p < %.0e, expected >= %.0f: findings %d, precision %.3f, recall %.3f\n", p,
                    options.dropMinExpected, s.findings, s.precision(), s.recall());
    }

    // Findings no anomaly explains, for reading.
    int shown = 0;
    for (const auto& f : findings) {
        bool explained = false;
        for (const Span& t : truth) {
            if (t.siteId == f.siteId && t.kind == anomalyKindOf(f.detector) && t.from < f.toUtc && f.fromUtc < t.to) {
                explained = true;
                break;
            }
        }
        if (!explained && shown++ < 15) {
            std::printf("  unexplained: %s %s: %s\n", qPrintable(f.siteCode), qPrintable(f.title),
                        qPrintable(f.detail));
        }
    }
    // Anomalies no finding of their kind overlaps.
    shown = 0;
    for (const Span& t : truth) {
        bool hit = false;
        for (const Span& f : found) {
            if (t.siteId == f.siteId && t.kind == f.kind && t.from < f.to && f.from < t.to) {
                hit = true;
                break;
            }
        }
        if (!hit && shown++ < 15) {
            core::Statement d = db.prepare("SELECT s.code, a.detail FROM demo_anomalies a JOIN sites s ON s.id = "
                                           "a.site_id WHERE a.site_id = ? AND a.from_utc = ? AND a.kind = ?");
            d.bind(1, t.siteId).bind(2, t.from).bind(3, t.kind);
            if (d.step()) {
                std::printf("  missed: %s %s %s: %s\n", qPrintable(d.text(0)),
                            qPrintable(core::RomeTime::localDate(t.from).toString(Qt::ISODate)), qPrintable(t.kind),
                            qPrintable(d.text(1)));
            }
        }
    }
    return 0;
}
