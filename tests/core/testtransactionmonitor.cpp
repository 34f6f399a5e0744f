// Transaction monitoring: each detector on hand-made figures finds what was put there
// and stays quiet on ordinary days; the ledger detectors on a hand-made ledger; alerts
// written once and acknowledged with a comment; and the demo's injected anomalies found.
#include "core/cache.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/transactionmonitor.h"
#include "tests/testsupport/testdatadir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using core::Database;
using core::Period;
using core::TransactionFinding;
using core::TransactionMonitor;

namespace {

constexpr std::int64_t kSite = 1;
constexpr std::int64_t kFull = 1;
constexpr std::int64_t kReduced = 2;
constexpr std::int64_t kDisabled = 3;
const QDate kFirst(2025, 1, 6); // a Monday; the site closes on Mondays, opens 9-19
const QDate kLast(2025, 5, 31);
const Period kScan{ QDate(2025, 4, 1), QDate(2025, 5, 31) };

// Small deterministic noise.
struct Noise
{
    std::uint64_t state = 88172645463325252ULL;
    int below(int n)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return static_cast<int>(state % static_cast<std::uint64_t>(n));
    }
};

struct Sale
{
    QDate day;
    int hour;
    int channel;
    std::int64_t product;
    int tickets;
};

// An ordinary museum: counter sales every open hour (mostly full tickets, a few reduced
// and disabled-visitor ones), online sales, a school or agency booking on Wednesdays.
// `extra` adds to a day's sales; `keep` may drop a row (an outage).
void writeSite(Database& db, const std::function<void(QList<Sale>&)>& extra = {},
               const std::function<bool(const Sale&)>& keep = {})
{
    core::Transaction tx(db);
    db.exec("INSERT INTO regions (id, code, name) VALUES (1, 'BAS', 'Basilicata')");
    db.exec("INSERT INTO sites (id, code, name, type, region_id, capacity, open_hour, close_hour, closing_weekday) "
            "VALUES (1, 'BAS-MUS-01', 'Museo', 'museum', 1, 200, 9, 19, 1)");
    db.exec("INSERT INTO ticket_products (id, site_id, code, name, category, free_reason, price_cents) VALUES "
            "(1, 1, 'INT', 'Biglietto intero', 'full', '', 800), (2, 1, 'RID', 'Ridotto', 'reduced', '', 200), "
            "(3, 1, 'GRDIS', 'Gratuito disabile', 'free', 'disabled', 0)");
    QList<Sale> sales;
    Noise noise;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
        if (d.dayOfWeek() == 1) {
            continue;
        }
        for (int h = 9; h < 19; ++h) {
            sales.append({ d, h, 1, kFull, 7 + noise.below(5) });
            sales.append({ d, h, 1, kReduced, noise.below(2) });
            sales.append({ d, h, 1, kDisabled, noise.below(2) });
            sales.append({ d, h, 2, kFull, 1 + noise.below(2) });
        }
        if (d.dayOfWeek() == 3) {
            sales.append({ d, 10, 4, kFull, 25 + noise.below(11) });
        }
    }
    if (extra) {
        extra(sales);
    }
    core::Statement insert
        = db.prepare("INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, "
                     "revenue_cents) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?5, 0) ON CONFLICT DO UPDATE SET "
                     "tickets = tickets + excluded.tickets, visitors = visitors + excluded.visitors");
    for (const Sale& s : sales) {
        if (s.tickets <= 0 || (keep && !keep(s))) {
            continue;
        }
        insert.bind(1, s.day.toJulianDay()).bind(2, s.channel).bind(3, s.product);
        insert.bind(4, core::RomeTime::utcOf(s.day, s.hour)).bind(5, s.tickets);
        insert.exec();
    }
    tx.commit();
}

QStringList detectorsOf(const QList<TransactionFinding>& findings)
{
    QStringList codes;
    for (const auto& f : findings) {
        codes << f.detector;
    }
    return codes;
}

QString dump(const QList<TransactionFinding>& findings)
{
    QStringList lines;
    for (const auto& f : findings) {
        lines << QStringLiteral("%1 %2: %3").arg(f.detector, f.title, f.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

core::LedgerRecord append(core::Ledger& ledger, core::LedgerKind kind, const QString& clerk, const QJsonObject& payload,
                          std::int64_t utc)
{
    return ledger.append(kind, clerk, payload, utc);
}

} // namespace

class TestTransactionMonitor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    Database m_db;

    Database& freshCache()
    {
        m_db = Database();
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_db = core::Cache::openWriter(m_dir->path());
        return m_db;
    }

private slots:
    void ordinaryDaysRaiseNothing()
    {
        writeSite(freshCache());
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
    }

    void salesAfterClosingAndOnAClosingDay()
    {
        writeSite(freshCache(), [](QList<Sale>& sales) {
            sales.append({ QDate(2025, 4, 10), 21, 1, kFull, 4 }); // Thursday, after 19:00
            sales.append({ QDate(2025, 4, 14), 11, 1, kFull, 12 }); // a Monday: closed
            sales.append({ QDate(2025, 4, 11), 8, 1, kFull, 2 }); // the hour before opening: tolerated
            sales.append({ QDate(2025, 4, 12), 22, 2, kFull, 3 }); // online at night: not on site
        });
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QCOMPARE(detectorsOf(findings),
                 QStringList({ QStringLiteral("off_hours_sale"), QStringLiteral("closed_day_sale") }));
        QCOMPARE(findings[0].fromUtc, core::RomeTime::utcOf(QDate(2025, 4, 10), 21));
        QCOMPARE(findings[0].toUtc, core::RomeTime::utcOf(QDate(2025, 4, 10), 22));
        QCOMPARE(findings[0].severity, QStringLiteral("warning"));
        QCOMPARE(findings[0].detail,
                 QStringLiteral("4 tickets sold at the counter or kiosk on 2025-04-10 between "
                                "21:00 and 22:00; the site was open 09:00-19:00 that day"));
        QCOMPARE(findings[1].severity, QStringLiteral("critical"));
        QCOMPARE(findings[1].detail,
                 QStringLiteral("12 tickets sold at the counter or kiosk on 2025-04-14, when the "
                                "site was closed (weekly closing day)"));
    }

    void anEveningOpeningIsNotOffHours()
    {
        writeSite(freshCache(), [](QList<Sale>& sales) {
            for (int h = 19; h < 23; ++h) {
                sales.append({ QDate(2025, 5, 16), h, 1, kFull, 6 });
            }
        });
        m_db.exec("INSERT INTO site_calendar_exceptions (site_id, day, open, open_hour, close_hour, note) VALUES "
                  "(1, 2460812, 1, 9, 23, 'Apertura serale')"); // 2025-05-16
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
    }

    void aRunOfFreeTickets()
    {
        writeSite(freshCache(), [](QList<Sale>& sales) {
            for (QDate d(2025, 5, 6); d <= QDate(2025, 5, 11); d = d.addDays(1)) { // Tuesday to Sunday
                for (int h = 9; h < 19; ++h) {
                    sales.append({ d, h, 1, kDisabled, 4 });
                }
            }
        });
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QCOMPARE(detectorsOf(findings), QStringList{ QStringLiteral("ticket_mix_run") });
        const auto& f = findings[0];
        QCOMPARE(f.subject, QStringLiteral("GRDIS"));
        QCOMPARE(f.title, QStringLiteral("Unusual run of GRDIS tickets"));
        QCOMPARE(f.fromUtc, core::RomeTime::startOfDay(QDate(2025, 5, 6)));
        QCOMPARE(f.toUtc, core::RomeTime::startOfDay(QDate(2025, 5, 12)));
        QCOMPARE(f.severity, QStringLiteral("critical"));
        QVERIFY2(f.detail.startsWith(QStringLiteral("Gratuito disabile (GRDIS) made ")), qPrintable(f.detail));
        QVERIFY2(f.detail.contains(QStringLiteral("on 6 open days from 2025-05-06 to 2025-05-11")),
                 qPrintable(f.detail));
    }

    void anOnlineShopDown()
    {
        writeSite(freshCache(), {}, [](const Sale& s) {
            return !(s.channel == 2 && s.day >= QDate(2025, 4, 23) && s.day <= QDate(2025, 4, 25));
        });
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QCOMPARE(detectorsOf(findings), QStringList{ QStringLiteral("channel_drop") });
        const auto& f = findings[0];
        QCOMPARE(f.subject, QStringLiteral("online"));
        QCOMPARE(f.severity, QStringLiteral("critical"));
        QCOMPARE(f.fromUtc, core::RomeTime::startOfDay(QDate(2025, 4, 23)));
        QCOMPARE(f.toUtc, core::RomeTime::startOfDay(QDate(2025, 4, 26)));
        QVERIFY2(f.detail.startsWith(QStringLiteral("no Online sales on 3 open days from 2025-04-23 to 2025-04-25, "
                                                    "where about ")),
                 qPrintable(f.detail));
    }

    void aBulkPurchase()
    {
        writeSite(freshCache(), [](QList<Sale>& sales) { sales.append({ QDate(2025, 5, 20), 10, 4, kFull, 300 }); });
        const auto findings = TransactionMonitor(m_db).scanCache(kScan);
        QCOMPARE(detectorsOf(findings), QStringList{ QStringLiteral("b2b_bulk") });
        QCOMPARE(findings[0].fromUtc, core::RomeTime::utcOf(QDate(2025, 5, 20), 10));
        QCOMPARE(findings[0].severity, QStringLiteral("critical"));
        QVERIFY2(findings[0].detail.startsWith(QStringLiteral("300 B2B tickets bought for 2025-05-20 at 10:00 (300 "
                                                              "visitors came with them); the site's B2B bookings are "
                                                              "usually 29 tickets +/- 7")),
                 qPrintable(findings[0].detail));
    }

    void ticketsAdmittedTwiceAcrossCounters()
    {
        writeSite(freshCache());
        m_db.exec("INSERT INTO sites (id, code, name, type, region_id, capacity, open_hour, close_hour, "
                  "closing_weekday) VALUES (2, 'BAS-ARC-02', 'Parco', 'archaeological_area', 1, 500, 9, 19, 1)");
        const std::int64_t t0 = core::RomeTime::utcOf(QDate(2025, 5, 20), 10);
        using Entry = TransactionMonitor::TicketEntry;
        const auto entry = [](const char* key, const char* site, const char* device, std::int64_t utc, bool combined) {
            Entry e;
            e.ticketKey = QString::fromLatin1(key);
            e.siteCode = QString::fromLatin1(site);
            e.device = QString::fromLatin1(device);
            e.utc = utc;
            e.combined = combined;
            return e;
        };
        const QList<Entry> entries{
            // Shown twice at the same counter within a minute: a visitor, not a reuse.
            entry("A-1-0", "BAS-MUS-01", "Cassa 1", t0, false),
            entry("A-1-0", "BAS-MUS-01", "Cassa 1", t0 + 50, false),
            // Admitted by counter 1, then by counter 2 an hour later (it did not know).
            entry("A-2-0", "BAS-MUS-01", "Cassa 1", t0, false),
            entry("A-2-0", "BAS-MUS-01", "Cassa 2", t0 + 3600, false),
            // A combined ticket at both of its sites: fine.
            entry("A-3-0", "BAS-MUS-01", "Cassa 1", t0, true),
            entry("A-3-0", "BAS-ARC-02", "Ingresso parco", t0 + 7200, true),
            // A plain ticket at two sites.
            entry("A-4-1", "BAS-MUS-01", "Cassa 1", t0, false),
            entry("A-4-1", "BAS-ARC-02", "Ingresso parco", t0 + 600, false),
        };
        const auto findings = TransactionMonitor(m_db).scanTicketEntries(entries, kScan);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].detector, QStringLiteral("ticket_two_sites"));
        QCOMPARE(findings[0].subject, QStringLiteral("A-4-1"));
        QCOMPARE(findings[0].siteId, 2);
        QCOMPARE(findings[0].fromUtc, t0 + 600);
        QCOMPARE(findings[0].title, QStringLiteral("Ticket A-4-1 admitted at two sites"));
        QCOMPARE(findings[0].detail,
                 QStringLiteral("ticket A-4-1 (not a combined ticket) was admitted at BAS-MUS-01 by counter Cassa 1 on "
                                "2025-05-20 08:00 UTC and at BAS-ARC-02 by counter Ingresso parco on 2025-05-20 08:10 "
                                "UTC"));
        QCOMPARE(findings[1].detector, QStringLiteral("double_checkin"));
        QCOMPARE(findings[1].subject, QStringLiteral("A-2-0"));
        QCOMPARE(findings[1].siteId, 1);
        QCOMPARE(findings[1].fromUtc, t0 + 3600);
        QCOMPARE(findings[1].severity, QStringLiteral("critical"));
        // Outside the period: nothing.
        QVERIFY(TransactionMonitor(m_db)
                    .scanTicketEntries(entries, { QDate(2025, 6, 1), QDate(2025, 6, 30) })
                    .isEmpty());
    }

    void anAgencyBuyingFarAboveItsHistory()
    {
        writeSite(freshCache());
        using Booking = TransactionMonitor::AgencyBooking;
        QList<Booking> bookings;
        const auto book = [&](const char* agency, QDate day, std::int64_t visitors) {
            Booking b;
            b.siteCode = QStringLiteral("BAS-MUS-01");
            b.agency = QString::fromLatin1(agency);
            b.utc = core::RomeTime::utcOf(day, 9);
            b.visitors = visitors;
            bookings.append(b);
        };
        // Two agencies with a school group of about 25 every fortnight for months.
        for (int i = 0; i < 12; ++i) {
            book("IT01234567890", QDate(2025, 1, 7).addDays(14 * i), 24 + (i % 3));
            book("IT09876543210", QDate(2025, 1, 8).addDays(14 * i), 20 + (i % 4));
        }
        // Then one of them books four groups of 98 on one day.
        for (int g = 0; g < 4; ++g) {
            book("IT01234567890", QDate(2025, 5, 21), 98);
        }
        // A new agency's first large booking has no history to compare with.
        book("IT11111111111", QDate(2025, 5, 22), 95);
        const auto findings = TransactionMonitor(m_db).scanAgencyBookings(bookings, kScan);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].detector, QStringLiteral("agency_bulk"));
        QCOMPARE(findings[0].subject, QStringLiteral("IT01234567890"));
        QCOMPARE(findings[0].severity, QStringLiteral("critical"));
        QCOMPARE(findings[0].siteId, 1);
        QVERIFY2(findings[0].detail.startsWith(QStringLiteral("agency IT01234567890 booked 392 visitors in 4 "
                                                              "booking(s) on 2025-05-21; its purchases over the year "
                                                              "before were 25 visitors +/- ")),
                 qPrintable(findings[0].detail));
        // Written as alerts, then written again: the ids of what changed are told.
        TransactionMonitor monitor(m_db);
        QList<std::int64_t> changed;
        QCOMPARE(monitor.record(findings, &changed), 1);
        QCOMPARE(changed.size(), 1);
        changed.clear();
        QCOMPARE(monitor.record(findings, &changed), 0);
        QVERIFY(changed.isEmpty());
    }

    void alertsAreWrittenOnceAndAcknowledged()
    {
        writeSite(freshCache(), [](QList<Sale>& sales) {
            sales.append({ QDate(2025, 4, 10), 21, 1, kFull, 4 });
            sales.append({ QDate(2025, 5, 20), 10, 4, kFull, 300 });
        });
        TransactionMonitor monitor(m_db);
        const auto findings = monitor.scanCache(kScan);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(monitor.record(findings), 2);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM alerts WHERE kind = 'transaction'"), 2);
        const std::int64_t id = m_db.scalar("SELECT id FROM alerts WHERE title = 'Sales outside opening hours'");
        QVERIFY(monitor.acknowledge(id, QStringLiteral("  Evening event, authorised by the director "), 1750000000));
        // The same findings again: nothing added, the acknowledgement kept.
        QCOMPARE(monitor.record(monitor.scanCache(kScan)), 0);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM alerts WHERE kind = 'transaction'"), 2);
        core::Statement ack = m_db.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ?");
        ack.bind(1, id);
        QVERIFY(ack.step());
        QCOMPARE(ack.int64(0), 1750000000);
        QCOMPARE(ack.text(1), QStringLiteral("Evening event, authorised by the director"));
        // The dashboards' alerts list shows them, acknowledged or not.
        const auto rows = core::DashboardQueries(m_db).alerts({ kSite }, kScan);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].kind, QStringLiteral("transaction"));
        QCOMPARE(rows[0].title, QStringLiteral("B2B purchase far above the usual"));
        QVERIFY(!rows[0].acknowledged);
        QVERIFY(rows[1].acknowledged);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, monitor.acknowledge(id, QStringLiteral("  "), 1750000001));
        QVERIFY(!monitor.acknowledge(999999, QStringLiteral("no such alert"), 1750000001));
    }

    void ledgerClerksCashAndDoubleScans()
    {
        writeSite(freshCache());
        core::Ledger ledger = core::Ledger::open(m_dir->file(QStringLiteral("ledger.sqlite")));
        ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                           QStringLiteral("Cassa 1"), 1743400000, QByteArray(48, 'k'), QByteArray(32, 'p') });
        std::int64_t t = core::RomeTime::utcOf(QDate(2025, 4, 2), 9);
        // Five clerks, 100 sales each; clerk c7 voids 15 of them, the others 1 to 3; c3
        // refunds as the others do.
        const QStringList clerks{ QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                                  QStringLiteral("c5"), QStringLiteral("c7") };
        const QList<int> voids{ 2, 1, 3, 2, 15 };
        for (int c = 0; c < clerks.size(); ++c) {
            for (int i = 0; i < 100; ++i) {
                append(ledger, core::LedgerKind::Sale, clerks[c], { { QStringLiteral("receipt"), i } }, t += 60);
                if (i < voids[c]) {
                    append(ledger, core::LedgerKind::Void, clerks[c], { { QStringLiteral("receipt"), i } }, t += 60);
                }
                if (i % 50 == 0) {
                    append(ledger, core::LedgerKind::Refund, clerks[c], { { QStringLiteral("receipt"), i } }, t += 60);
                }
            }
            // Cash sessions: c3's count is off by 10 to 25 euro in four of five; the others
            // within a few cents, once off by 6 euro.
            for (int s = 0; s < 5; ++s) {
                const int off = clerks[c] == QLatin1String("c3") ? (s == 2 ? 0 : -1000 - 500 * s)
                                                                 : (s == 4 && c == 0 ? 600 : (s % 2 ? 5 : -10));
                append(ledger, core::LedgerKind::SessionClose, clerks[c],
                       { { QStringLiteral("session"), s }, { QStringLiteral("discrepancy_cents"), off } }, t += 3600);
            }
        }
        // A ticket admitted at 10:00 and scanned in again at 15:00; another shown twice at the gate.
        const std::int64_t entry = core::RomeTime::utcOf(QDate(2025, 5, 3), 10);
        core::Statement use = ledger.database().prepare(
            "INSERT INTO ticket_uses (ticket_key, used_utc, device, site_code, seq) VALUES (?, ?, 'A1B2C3D4E5F60718', "
            "'BAS-MUS-01', 1)");
        use.bind(1, QStringLiteral("A1B2C3D4E5F60718-000042-00")).bind(2, entry);
        use.exec();
        use.bind(1, QStringLiteral("A1B2C3D4E5F60718-000043-00")).bind(2, entry);
        use.exec();
        const auto scan = [&](const QString& key, std::int64_t when) {
            append(ledger, core::LedgerKind::Scan, QStringLiteral("c2"),
                   { { QStringLiteral("ticket"), key },
                     { QStringLiteral("result"), QStringLiteral("already_used") },
                     { QStringLiteral("direction"), QStringLiteral("in") },
                     { QStringLiteral("site"), QStringLiteral("BAS-MUS-01") } },
                   when);
        };
        scan(QStringLiteral("A1B2C3D4E5F60718-000042-00"), entry + 5 * 3600);
        scan(QStringLiteral("A1B2C3D4E5F60718-000043-00"), entry + 30);

        const auto findings = TransactionMonitor(m_db).scanLedger(ledger, kScan);
        QStringList got;
        for (const auto& f : findings) {
            got << f.detector + QLatin1Char(':') + f.subject;
            QCOMPARE(f.siteId, kSite);
        }
        got.sort();
        QCOMPARE(got,
                 QStringList({ QStringLiteral("cash_discrepancy:c3"), QStringLiteral("clerk_void_rate:c7"),
                               QStringLiteral("double_checkin:A1B2C3D4E5F60718-000042-00") }));
        for (const auto& f : findings) {
            if (f.detector == QLatin1String("clerk_void_rate")) {
                QCOMPARE(f.title, QStringLiteral("Clerk c7 voids far more than the others"));
                QVERIFY2(f.detail.startsWith(QStringLiteral("clerk c7 voided 15% of their sales (15 of 100) from ")),
                         qPrintable(f.detail));
                QVERIFY2(f.detail.endsWith(QStringLiteral("the site's other clerks void 2.0% +/- 0.7%")),
                         qPrintable(f.detail));
            } else if (f.detector == QLatin1String("cash_discrepancy")) {
                QVERIFY2(f.detail.startsWith(QStringLiteral("clerk c3's cash count was off by 5.00 or more in 4 of 5 "
                                                            "sessions")),
                         qPrintable(f.detail));
                QVERIFY2(f.detail.contains(QStringLiteral("(80.00 short in all); the site's other clerks: 1 of 20")),
                         qPrintable(f.detail));
                QCOMPARE(f.severity, QStringLiteral("critical"));
            } else {
                QCOMPARE(f.fromUtc, entry + 5 * 3600);
                QVERIFY2(f.detail.startsWith(QStringLiteral("ticket A1B2C3D4E5F60718-000042-00 was scanned for entry 1 "
                                                            "more time(s) after its first entry at BAS-MUS-01")),
                         qPrintable(f.detail));
            }
        }
        TransactionMonitor monitor(m_db);
        QCOMPARE(monitor.record(findings), 3);
        QCOMPARE(monitor.record(monitor.scanLedger(ledger, kScan)), 0);
    }

    // The demo generator's injected anomalies (its demo_anomalies table) are found.
    // Bounds measured on this demo (12 sites, 2024 and half of 2025): see bench/RESULTS.md.
    void demoAnomaliesAreFound()
    {
        freshCache();
        m_db = Database();
        m_dir->writeDemo(12, 1, QDate(2025, 6, 30), 7);
        m_db = core::Cache::openWriter(m_dir->path());
        const Period period{ QDate(2024, 1, 1), QDate(2025, 6, 30) };
        const auto findings = TransactionMonitor(m_db).scanCache(period);
        const QMap<QString, QString> kindOf{ { QStringLiteral("ticket_mix_run"), QStringLiteral("free_ticket_run") },
                                             { QStringLiteral("channel_drop"), QStringLiteral("channel_outage") } };
        core::Statement truth = m_db.prepare("SELECT site_id, kind, from_utc, to_utc FROM demo_anomalies "
                                             "WHERE kind <> 'climate_episode'");
        int anomalies = 0;
        int found = 0;
        while (truth.step()) {
            ++anomalies;
            for (const auto& f : findings) {
                if (f.siteId == truth.int64(0) && kindOf.value(f.detector, f.detector) == truth.text(1)
                    && f.fromUtc < truth.int64(3) && truth.int64(2) < f.toUtc) {
                    ++found;
                    break;
                }
            }
        }
        int explained = 0;
        for (const auto& f : findings) {
            core::Statement match = m_db.prepare("SELECT COUNT(*) FROM demo_anomalies WHERE site_id = ? AND kind = ? "
                                                 "AND from_utc < ? AND ? < to_utc");
            match.bind(1, f.siteId).bind(2, kindOf.value(f.detector, f.detector)).bind(3, f.toUtc).bind(4, f.fromUtc);
            match.step();
            explained += match.int64(0) > 0 ? 1 : 0;
        }
        qInfo("demo: %d anomalies, %d found; %lld findings, %d explained", anomalies, found,
              static_cast<long long>(findings.size()), explained);
        QVERIFY(anomalies >= 20);
        QVERIFY2(found >= anomalies * 85 / 100,
                 qPrintable(QStringLiteral("recall %1 of %2").arg(found).arg(anomalies)));
        QVERIFY2(explained >= findings.size() * 90 / 100,
                 qPrintable(QStringLiteral("precision %1 of %2").arg(explained).arg(findings.size())));
    }
};

QTEST_GUILESS_MAIN(TestTransactionMonitor)
#include "testtransactionmonitor.moc"
