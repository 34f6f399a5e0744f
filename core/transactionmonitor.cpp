#include "core/transactionmonitor.h"

#include "core/database.h"
#include "core/italianholidays.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketproduct.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

namespace core {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("core::TransactionMonitor", text);
}

struct DetectorInfo
{
    const char* code;
    const char* title; // "%1" is the finding's subject (product, channel, clerk, ticket)
};

const DetectorInfo kDetectors[] = {
    { "off_hours_sale", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Sales outside opening hours") },
    { "closed_day_sale", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Sales on a closing day") },
    { "ticket_mix_run", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Unusual run of %1 tickets") },
    { "channel_drop", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Sales drop on the %1 channel") },
    { "b2b_bulk", QT_TRANSLATE_NOOP("core::TransactionMonitor", "B2B purchase far above the usual") },
    { "clerk_void_rate", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Clerk %1 voids far more than the others") },
    { "clerk_refund_rate", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Clerk %1 refunds far more than the others") },
    { "cash_discrepancy", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Recurring cash discrepancies, clerk %1") },
    { "double_checkin", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Ticket %1 checked in twice") },
    { "ticket_two_sites", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Ticket %1 admitted at two sites") },
    { "agency_bulk", QT_TRANSLATE_NOOP("core::TransactionMonitor", "Agency %1 booked far above its history") },
};

const DetectorInfo* detectorInfo(const QString& code)
{
    for (const DetectorInfo& d : kDetectors) {
        if (code == QLatin1String(d.code)) {
            return &d;
        }
    }
    return nullptr;
}

// The title in the source language and in the current one: a finding written once in
// English and once in Italian is still the same finding.
QString titleOf(const char* source, const QString& subject, bool translate)
{
    const QString text = translate ? translated(source) : QString::fromUtf8(source);
    return text.contains(QLatin1String("%1")) ? text.arg(subject) : text;
}

struct Finding
{
    TransactionFinding f;
    QString subject;
};

// ------------------------------------------------------------------ robust statistics

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0.0;
    }
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

// Median absolute deviation scaled to a normal standard deviation.
double robustSigma(const std::vector<double>& v, double centre)
{
    std::vector<double> dev;
    dev.reserve(v.size());
    for (const double x : v) {
        dev.push_back(std::abs(x - centre));
    }
    return 1.4826 * median(std::move(dev));
}

// P(X <= k) for X ~ Poisson(lambda).
double poissonCdf(std::int64_t k, double lambda)
{
    if (lambda <= 0) {
        return 1.0;
    }
    double term = std::exp(-lambda);
    double sum = term;
    for (std::int64_t i = 1; i <= k; ++i) {
        term *= lambda / static_cast<double>(i);
        sum += term;
    }
    return std::min(1.0, sum);
}

// P(X >= k) for X ~ Binomial(n, p).
double binomialUpperTail(std::int64_t k, std::int64_t n, double p)
{
    if (k <= 0) {
        return 1.0;
    }
    double sum = 0;
    for (std::int64_t i = k; i <= n; ++i) {
        sum += std::exp(std::lgamma(double(n) + 1) - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1)
                        + double(i) * std::log(p) + double(n - i) * std::log1p(-p));
    }
    return std::min(1.0, sum);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', share < 0.1 ? 1 : 0);
}

QString dateText(std::int64_t julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString euros(std::int64_t cents)
{
    return Money::fromCents(cents).toPlainString();
}

// ------------------------------------------------------------------ the cache's figures

constexpr int kChannels = 5; // index = channel id (1 counter, 2 online, 3 kiosk, 4 b2b)

struct DayFigures
{
    std::int64_t day = 0;
    bool open = false;
    bool special = false; // a free day: the mix is not the usual one
    std::array<std::int64_t, kChannels> byChannel{};
    std::int64_t individual = 0; // counter, online and kiosk tickets
    QHash<std::int64_t, std::int64_t> byProduct; // individual tickets per product
    std::map<int, std::int64_t> onSiteByHour; // counter and kiosk tickets per local hour
    std::int64_t firstOnSiteHourUtc = 0;
    std::int64_t lastOnSiteHourUtc = 0;
};

struct BulkHour
{
    std::int64_t hourUtc = 0;
    std::int64_t day = 0;
    std::int64_t tickets = 0;
    std::int64_t visitors = 0;
};

class SiteScan
{
public:
    SiteScan(Database& db, const TransactionMonitor::Options& options, const Site& site,
             const QList<TicketProduct>& products, const QList<QDate>& freeDays, std::int64_t fromDay,
             std::int64_t toDay)
        : m_options(options)
        , m_site(site)
        , m_fromDay(fromDay)
        , m_toDay(toDay)
        , m_histFrom(fromDay - 90)
    {
        for (const TicketProduct& p : products) {
            m_products.insert(p.id, p);
        }
        QSet<std::int64_t> free;
        for (const QDate& d : freeDays) {
            free.insert(d.toJulianDay());
        }
        const bool paid = std::any_of(products.cbegin(), products.cend(),
                                      [](const TicketProduct& p) { return p.price.cents() > 0; });
        m_days.resize(static_cast<size_t>(toDay - m_histFrom + 1));
        for (std::int64_t d = m_histFrom; d <= toDay; ++d) {
            DayFigures& f = m_days[static_cast<size_t>(d - m_histFrom)];
            const QDate date = QDate::fromJulianDay(d);
            f.day = d;
            f.open = site.calendar.isOpen(date);
            f.special = free.contains(d) || (paid && ItalianHolidays::isFirstSundayOfMonth(date));
        }
        Statement rows = db.prepare("SELECT day, hour_utc, channel_id, product_id, tickets, visitors FROM sales_hourly "
                                    "WHERE site_id = ?1 AND day BETWEEN ?2 AND ?3");
        rows.bind(1, site.id).bind(2, m_histFrom).bind(3, toDay);
        std::map<std::int64_t, BulkHour> b2b;
        while (rows.step()) {
            const std::int64_t day = rows.int64(0);
            const std::int64_t hourUtc = rows.int64(1);
            const int channel = rows.integer(2);
            const std::int64_t product = rows.int64(3);
            const std::int64_t tickets = rows.int64(4);
            if (channel < 1 || channel >= kChannels || tickets <= 0) {
                continue;
            }
            DayFigures& f = m_days[static_cast<size_t>(day - m_histFrom)];
            f.byChannel[static_cast<size_t>(channel)] += tickets;
            if (channel != static_cast<int>(SalesChannel::B2B)) {
                f.individual += tickets;
                f.byProduct[product] += tickets;
            } else {
                BulkHour& h = b2b[hourUtc];
                h.hourUtc = hourUtc;
                h.day = day;
                h.tickets += tickets;
                h.visitors += rows.int64(5);
            }
            if (channel == static_cast<int>(SalesChannel::Counter)
                || channel == static_cast<int>(SalesChannel::Kiosk)) {
                f.onSiteByHour[RomeTime::localHour(hourUtc)] += tickets;
                f.firstOnSiteHourUtc = f.firstOnSiteHourUtc == 0 ? hourUtc : std::min(f.firstOnSiteHourUtc, hourUtc);
                f.lastOnSiteHourUtc = std::max(f.lastOnSiteHourUtc, hourUtc);
            }
        }
        for (const auto& [hour, h] : b2b) {
            m_b2b.push_back(h);
        }
    }

    void run(QList<Finding>& out) const
    {
        openingHours(out);
        ticketMix(out);
        channelDrops(out);
        bulkPurchases(out);
    }

private:
    Finding make(const char* detector, const QString& subject, std::int64_t from, std::int64_t to, const char* severity,
                 const QString& detail, double score) const
    {
        Finding f;
        f.subject = subject;
        f.f.subject = subject;
        f.f.detector = QString::fromLatin1(detector);
        f.f.siteId = m_site.id;
        f.f.siteCode = m_site.code;
        f.f.fromUtc = from;
        f.f.toUtc = to;
        f.f.severity = QString::fromLatin1(severity);
        f.f.title = titleOf(detectorInfo(f.f.detector)->title, subject, true);
        f.f.detail = detail;
        f.f.score = score;
        return f;
    }

    bool inPeriod(std::int64_t day) const { return day >= m_fromDay && day <= m_toDay; }

    // Counter and kiosk tickets outside the day's opening hours (by the site's calendar,
    // with its exceptions: evening openings, holidays, closures for works).
    void openingHours(QList<Finding>& out) const
    {
        for (const DayFigures& f : m_days) {
            if (!inPeriod(f.day) || f.onSiteByHour.empty()) {
                continue;
            }
            const QDate date = QDate::fromJulianDay(f.day);
            if (!f.open) {
                std::int64_t tickets = 0;
                for (const auto& [hour, n] : f.onSiteByHour) {
                    tickets += n;
                }
                const auto exception = m_site.calendar.exceptions().constFind(date);
                const QString why = exception != m_site.calendar.exceptions().cend() && !exception->note.isEmpty()
                    ? exception->note
                    : QCoreApplication::translate("core::TransactionMonitor", "weekly closing day");
                out.append(make("closed_day_sale", {}, f.firstOnSiteHourUtc, f.lastOnSiteHourUtc + 3600, "critical",
                                QCoreApplication::translate(
                                    "core::TransactionMonitor",
                                    "%1 tickets sold at the counter or kiosk on %2, when the site was closed "
                                    "(%3)")
                                    .arg(tickets)
                                    .arg(date.toString(Qt::ISODate), why),
                                static_cast<double>(tickets)));
                continue;
            }
            const auto [openHour, closeHour] = m_site.calendar.hoursOn(date);
            std::int64_t tickets = 0;
            int first = 24;
            int last = -1;
            for (const auto& [hour, n] : f.onSiteByHour) {
                if (hour < openHour - m_options.earlyHoursTolerated || hour >= closeHour) {
                    tickets += n;
                    first = std::min(first, hour);
                    last = std::max(last, hour);
                }
            }
            if (tickets == 0) {
                continue;
            }
            out.append(make("off_hours_sale", {}, RomeTime::utcOf(date, first), RomeTime::utcOf(date, last) + 3600,
                            tickets >= 10 ? "critical" : "warning",
                            QCoreApplication::translate(
                                "core::TransactionMonitor",
                                "%1 tickets sold at the counter or kiosk on %2 between %3:00 and %4:00; the "
                                "site was open %5:00-%6:00 that day")
                                .arg(tickets)
                                .arg(date.toString(Qt::ISODate))
                                .arg(first, 2, 10, QLatin1Char('0'))
                                .arg(last + 1, 2, 10, QLatin1Char('0'))
                                .arg(openHour, 2, 10, QLatin1Char('0'))
                                .arg(closeHour, 2, 10, QLatin1Char('0')),
                            static_cast<double>(tickets)));
        }
    }

    // Days a mix can be compared on: open, not a free day, something sold.
    std::vector<const DayFigures*> mixDays() const
    {
        std::vector<const DayFigures*> days;
        for (const DayFigures& f : m_days) {
            if (f.open && !f.special && f.individual > 0) {
                days.push_back(&f);
            }
        }
        return days;
    }

    // Runs of reduced or free tickets of one product well above the site's usual share.
    void ticketMix(QList<Finding>& out) const
    {
        const std::vector<const DayFigures*> days = mixDays();
        const int w = std::max(1, m_options.mixWindowDays);
        if (static_cast<int>(days.size()) < 3 * w) {
            return;
        }
        std::vector<double> totals;
        for (const DayFigures* f : days) {
            totals.push_back(static_cast<double>(f->individual));
        }
        const double typicalDay = std::max(1.0, median(totals));
        for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
            const TicketProduct& product = it.value();
            if (product.category == TicketCategory::Full || product.kind != ProductKind::Admission) {
                continue;
            }
            std::vector<double> shares;
            std::int64_t sold = 0;
            for (const DayFigures* f : days) {
                const std::int64_t k = f->byProduct.value(product.id);
                sold += k;
                shares.push_back(static_cast<double>(k) / static_cast<double>(f->individual));
            }
            if (sold == 0) {
                continue;
            }
            const double usual = std::max(median(shares), 0.5 / typicalDay);
            const double sigma = std::max(robustSigma(shares, usual), std::sqrt(usual * (1 - usual) / typicalDay));
            // Windows of w open days; flagged ones are merged into runs.
            std::vector<bool> flagged(days.size(), false);
            double bestZ = 0;
            std::vector<double> zOf(days.size(), 0.0);
            for (size_t i = 0; i + static_cast<size_t>(w) <= days.size(); ++i) {
                if (!inPeriod(days[i]->day) && !inPeriod(days[i + static_cast<size_t>(w) - 1]->day)) {
                    continue;
                }
                std::int64_t k = 0;
                std::int64_t n = 0;
                for (size_t j = i; j < i + static_cast<size_t>(w); ++j) {
                    k += days[j]->byProduct.value(product.id);
                    n += days[j]->individual;
                }
                const double pooled = static_cast<double>(k) / static_cast<double>(n);
                const double spread = std::max(sigma / std::sqrt(static_cast<double>(w)),
                                               std::sqrt(usual * (1 - usual) / static_cast<double>(n)));
                const double z = (pooled - usual) / spread;
                if (z >= m_options.mixZ && pooled >= m_options.mixRatio * usual && k >= 10) {
                    for (size_t j = i; j < i + static_cast<size_t>(w); ++j) {
                        flagged[j] = true;
                        zOf[j] = std::max(zOf[j], z);
                    }
                }
            }
            for (size_t i = 0; i < days.size();) {
                if (!flagged[i]) {
                    ++i;
                    continue;
                }
                size_t end = i;
                while (end + 1 < days.size() && flagged[end + 1]) {
                    ++end;
                }
                // Trim the run to the days that are themselves high.
                size_t first = i;
                size_t last = end;
                auto high = [&](size_t j) {
                    return static_cast<double>(days[j]->byProduct.value(product.id))
                        > (usual + 2 * sigma) * static_cast<double>(days[j]->individual);
                };
                while (first < last && !high(first)) {
                    ++first;
                }
                while (last > first && !high(last)) {
                    --last;
                }
                std::int64_t k = 0;
                std::int64_t n = 0;
                bestZ = 0;
                for (size_t j = first; j <= last; ++j) {
                    k += days[j]->byProduct.value(product.id);
                    n += days[j]->individual;
                    bestZ = std::max(bestZ, zOf[j]);
                }
                const double pooled = static_cast<double>(k) / static_cast<double>(std::max<std::int64_t>(1, n));
                const int openDays = static_cast<int>(last - first + 1);
                out.append(make("ticket_mix_run", product.code,
                                RomeTime::startOfDay(QDate::fromJulianDay(days[first]->day)),
                                RomeTime::startOfDay(QDate::fromJulianDay(days[last]->day + 1)),
                                pooled >= 4 * usual ? "critical" : "warning",
                                QCoreApplication::translate(
                                    "core::TransactionMonitor",
                                    "%1 (%2) made %3% of the tickets on %4 open days from %5 to %6 (%7 of %8); "
                                    "usually %9% +/- %10%")
                                    .arg(product.name, product.code, percent(pooled))
                                    .arg(openDays)
                                    .arg(dateText(days[first]->day), dateText(days[last]->day))
                                    .arg(k)
                                    .arg(n)
                                    .arg(percent(usual), percent(sigma)),
                                bestZ));
                i = end + 1;
            }
        }
    }

    // A channel selling far under its usual share of the day's tickets for a run of open
    // days: a kiosk or the online shop down.
    void channelDrops(QList<Finding>& out) const
    {
        // Free days skipped: the kiosk sells no free admissions, the counter most of them.
        const std::vector<const DayFigures*> days = mixDays();
        if (days.size() < 14) {
            return;
        }
        for (const SalesChannel channel : { SalesChannel::Online, SalesChannel::Kiosk }) {
            const auto c = static_cast<size_t>(channel);
            std::vector<double> shares;
            for (const DayFigures* f : days) {
                shares.push_back(static_cast<double>(f->byChannel[c]) / static_cast<double>(f->individual));
            }
            if (median(shares) < 0.02) {
                continue; // the site does not sell on this channel (or hardly)
            }
            // The usual share moves over the years: a median of the 57 open days around.
            std::vector<double> expected(days.size(), 0.0);
            for (size_t i = 0; i < days.size(); ++i) {
                const size_t lo = i >= 28 ? i - 28 : 0;
                const size_t hi = std::min(days.size(), i + 29);
                const double usual = median(std::vector<double>(shares.begin() + static_cast<std::ptrdiff_t>(lo),
                                                                shares.begin() + static_cast<std::ptrdiff_t>(hi)));
                expected[i] = usual * static_cast<double>(days[i]->individual);
            }
            for (size_t i = 0; i < days.size();) {
                const auto low = [&](size_t j) {
                    return static_cast<double>(days[j]->byChannel[c]) < m_options.dropFraction * expected[j];
                };
                if (!low(i)) {
                    ++i;
                    continue;
                }
                size_t end = i;
                while (end + 1 < days.size() && low(end + 1)) {
                    ++end;
                }
                double e = 0;
                std::int64_t sold = 0;
                std::int64_t all = 0;
                bool touches = false;
                for (size_t j = i; j <= end; ++j) {
                    e += expected[j];
                    sold += days[j]->byChannel[c];
                    all += days[j]->individual;
                    touches = touches || inPeriod(days[j]->day);
                }
                const double p = poissonCdf(sold, e);
                if (touches && e >= m_options.dropMinExpected && p < m_options.dropMaxP) {
                    const int n = static_cast<int>(end - i + 1);
                    const QString name = channelName(channel);
                    const double usualShare = e / static_cast<double>(std::max<std::int64_t>(1, all));
                    const QString detail = sold == 0
                        ? QCoreApplication::translate(
                              "core::TransactionMonitor",
                              "no %1 sales on %2 open days from %3 to %4, where about %5 were expected "
                              "(usually %6% of the tickets)")
                              .arg(name)
                              .arg(n)
                              .arg(dateText(days[i]->day), dateText(days[end]->day))
                              .arg(std::lround(e))
                              .arg(percent(usualShare))
                        : QCoreApplication::translate(
                              "core::TransactionMonitor",
                              "%1 sold %2 tickets on %3 open days from %4 to %5, where about %6 were expected "
                              "(usually %7% of the tickets)")
                              .arg(name)
                              .arg(sold)
                              .arg(n)
                              .arg(dateText(days[i]->day), dateText(days[end]->day))
                              .arg(std::lround(e))
                              .arg(percent(usualShare));
                    out.append(make(
                        "channel_drop", channelCode(channel), RomeTime::startOfDay(QDate::fromJulianDay(days[i]->day)),
                        RomeTime::startOfDay(QDate::fromJulianDay(days[end]->day + 1)),
                        sold == 0 && n >= 2 ? "critical" : "warning", detail, -std::log10(std::max(p, 1e-300))));
                }
                i = end + 1;
            }
        }
    }

    // One hour's B2B tickets (a booking) far above the site's usual B2B bookings. The
    // cache does not say which agency booked: the yardstick is the site's.
    void bulkPurchases(QList<Finding>& out) const
    {
        if (m_b2b.size() < 5) {
            return;
        }
        std::vector<double> sizes;
        for (const BulkHour& h : m_b2b) {
            sizes.push_back(static_cast<double>(h.tickets));
        }
        const double usual = median(sizes);
        const double sigma = std::max({ robustSigma(sizes, usual), 0.25 * usual, 3.0 });
        for (const BulkHour& h : m_b2b) {
            if (!inPeriod(h.day)) {
                continue;
            }
            const double t = static_cast<double>(h.tickets);
            const double z = (t - usual) / sigma;
            if (h.tickets < m_options.bulkMinTickets || t < m_options.bulkRatio * usual || z < m_options.bulkZ) {
                continue;
            }
            out.append(make(
                "b2b_bulk", {}, h.hourUtc, h.hourUtc + 3600, t >= 10 * usual ? "critical" : "warning",
                QCoreApplication::translate("core::TransactionMonitor",
                                            "%1 B2B tickets bought for %2 at %3:00 (%4 visitors came with them); the "
                                            "site's B2B bookings are usually %5 tickets +/- %6")
                    .arg(h.tickets)
                    .arg(dateText(h.day))
                    .arg(RomeTime::localHour(h.hourUtc), 2, 10, QLatin1Char('0'))
                    .arg(h.visitors)
                    .arg(std::lround(usual))
                    .arg(std::lround(sigma)),
                z));
        }
    }

    const TransactionMonitor::Options& m_options;
    const Site& m_site;
    QHash<std::int64_t, TicketProduct> m_products;
    std::int64_t m_fromDay;
    std::int64_t m_toDay;
    std::int64_t m_histFrom;
    std::vector<DayFigures> m_days;
    std::vector<BulkHour> m_b2b;
};

// ------------------------------------------------------------------ the ledger's figures

struct ClerkFigures
{
    std::int64_t sales = 0;
    std::int64_t voids = 0;
    std::int64_t refunds = 0;
    std::int64_t firstVoidUtc = 0;
    std::int64_t lastVoidUtc = 0;
    std::int64_t firstRefundUtc = 0;
    std::int64_t lastRefundUtc = 0;
    struct Close
    {
        std::int64_t utc = 0;
        std::int64_t discrepancyCents = 0;
    };
    std::vector<Close> closes;
};

struct RepeatScan
{
    std::int64_t firstRepeatUtc = 0;
    std::int64_t lastRepeatUtc = 0;
    int repeats = 0;
    QString clerk;
};

void noteSpan(std::int64_t utc, std::int64_t& first, std::int64_t& last)
{
    first = first == 0 ? utc : std::min(first, utc);
    last = std::max(last, utc);
}

QList<TransactionFinding> sorted(QList<Finding> found)
{
    std::stable_sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
        return a.f.fromUtc != b.f.fromUtc ? a.f.fromUtc < b.f.fromUtc : a.f.siteCode < b.f.siteCode;
    });
    QList<TransactionFinding> list;
    for (const Finding& f : found) {
        list.append(f.f);
    }
    return list;
}

} // namespace

TransactionMonitor::TransactionMonitor(Database& cache)
    : TransactionMonitor(cache, Options{})
{ }

TransactionMonitor::TransactionMonitor(Database& cache, Options options)
    : m_db(cache)
    , m_options(options)
{ }

QStringList TransactionMonitor::detectors()
{
    QStringList codes;
    for (const DetectorInfo& d : kDetectors) {
        codes << QString::fromLatin1(d.code);
    }
    return codes;
}

QList<TransactionFinding> TransactionMonitor::scanCache(const Period& period, const QList<std::int64_t>& siteIds) const
{
    QList<Finding> found;
    if (!period.isValid()) {
        return {};
    }
    SiteCatalogue catalogue(m_db);
    const QList<Site> sites = catalogue.sites();
    for (const Site& site : sites) {
        if (!siteIds.isEmpty() && !siteIds.contains(site.id)) {
            continue;
        }
        const SiteScan scan(m_db, m_options, site, catalogue.products(site.id), catalogue.freeDays(site.id),
                            period.from.toJulianDay(), period.to.toJulianDay());
        scan.run(found);
    }
    return sorted(found);
}

QList<TransactionFinding> TransactionMonitor::scanLedger(Ledger& ledger, const Period& period) const
{
    if (!period.isValid()) {
        return {};
    }
    const auto identity = ledger.identity();
    Statement firstUse = ledger.database().prepare("SELECT used_utc, device, site_code FROM ticket_uses "
                                                   "WHERE ticket_key = ?");
    const FirstEntryLookup firstEntry = [&firstUse](const QString& key) -> std::optional<FirstEntry> {
        firstUse.bind(1, key);
        std::optional<FirstEntry> entry;
        if (firstUse.step()) {
            entry = FirstEntry{ firstUse.int64(0), firstUse.text(1), firstUse.text(2) };
        }
        firstUse.reset();
        return entry;
    };
    const RecordSource records = [&ledger](const RecordVisitor& visit) {
        for (std::int64_t after = 0;;) {
            const QList<LedgerRecord> batch = ledger.recordsAfter(after, 2000);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.last().seq;
            for (const LedgerRecord& r : batch) {
                visit(r);
            }
        }
    };
    return scanRecords(identity ? identity->siteCode : QString(), records, firstEntry, period);
}

QList<TransactionFinding> TransactionMonitor::scanRecords(const QString& siteCode, const RecordSource& records,
                                                          const FirstEntryLookup& firstEntry,
                                                          const Period& period) const
{
    QList<Finding> found;
    if (!period.isValid()) {
        return {};
    }
    std::int64_t siteId = 0;
    {
        Statement site = m_db.prepare("SELECT id FROM sites WHERE code = ?");
        site.bind(1, siteCode);
        if (site.step()) {
            siteId = site.int64(0);
        }
    }
    const std::int64_t from = RomeTime::startOfDay(period.from);
    const std::int64_t to = RomeTime::startOfDay(period.to.addDays(1));

    std::map<QString, ClerkFigures> clerks;
    std::map<QString, RepeatScan> repeats;
    records([&](const LedgerRecord& r) {
        if (r.createdUtc < from || r.createdUtc >= to) {
            return;
        }
        ClerkFigures& c = clerks[r.clerk];
        switch (r.kind) {
        case LedgerKind::Sale:
            ++c.sales;
            break;
        case LedgerKind::Void:
            ++c.voids;
            noteSpan(r.createdUtc, c.firstVoidUtc, c.lastVoidUtc);
            break;
        case LedgerKind::Refund:
            ++c.refunds;
            noteSpan(r.createdUtc, c.firstRefundUtc, c.lastRefundUtc);
            break;
        case LedgerKind::SessionClose:
            c.closes.push_back(
                { r.createdUtc,
                  static_cast<std::int64_t>(r.payloadObject().value(QStringLiteral("discrepancy_cents")).toDouble()) });
            break;
        case LedgerKind::Scan: {
            const QJsonObject p = r.payloadObject();
            if (p.value(QStringLiteral("result")).toString() != QLatin1String("already_used")
                || p.value(QStringLiteral("direction")).toString() != QLatin1String("in")) {
                break;
            }
            const QString key = p.value(QStringLiteral("ticket")).toString();
            // A second scan within two minutes at the same counter is a visitor who
            // showed the ticket twice, not a ticket used twice.
            const std::optional<FirstEntry> first = firstEntry(key);
            if (first && r.createdUtc - first->utc < 120 && r.createdUtc >= first->utc) {
                break;
            }
            RepeatScan& s = repeats[key];
            noteSpan(r.createdUtc, s.firstRepeatUtc, s.lastRepeatUtc);
            ++s.repeats;
            s.clerk = r.clerk;
            break;
        }
        case LedgerKind::SessionOpen:
            break;
        }
    });

    auto make = [&](const char* detector, const QString& subject, std::int64_t fromUtc, std::int64_t toUtc,
                    const char* severity, const QString& detail, double score) {
        Finding f;
        f.subject = subject;
        f.f.subject = subject;
        f.f.detector = QString::fromLatin1(detector);
        f.f.siteId = siteId;
        f.f.siteCode = siteCode;
        f.f.fromUtc = fromUtc;
        f.f.toUtc = toUtc;
        f.f.severity = QString::fromLatin1(severity);
        f.f.title = titleOf(detectorInfo(f.f.detector)->title, subject, true);
        f.f.detail = detail;
        f.f.score = score;
        found.append(f);
    };

    // Void and refund rates per clerk against the other clerks of the ledger.
    const auto rates = [&](bool voids) {
        for (const auto& [clerk, c] : clerks) {
            const std::int64_t events = voids ? c.voids : c.refunds;
            if (c.sales == 0 || events < m_options.clerkMinEvents) {
                continue;
            }
            std::vector<double> peers;
            for (const auto& [other, o] : clerks) {
                if (other != clerk && o.sales > 0) {
                    peers.push_back(static_cast<double>(voids ? o.voids : o.refunds) / static_cast<double>(o.sales));
                }
            }
            if (static_cast<int>(peers.size()) < m_options.clerkMinPeers) {
                continue;
            }
            const double rate = static_cast<double>(events) / static_cast<double>(c.sales);
            const double usual = median(peers);
            const double spread = robustSigma(peers, usual);
            const double binomial = std::sqrt(std::max(usual, 0.005) * (1 - usual) / static_cast<double>(c.sales));
            const double z = (rate - usual) / std::max({ spread, binomial, 0.005 });
            if (z < m_options.clerkZ || rate < 2 * usual) {
                continue;
            }
            const std::int64_t first = voids ? c.firstVoidUtc : c.firstRefundUtc;
            const std::int64_t last = voids ? c.lastVoidUtc : c.lastRefundUtc;
            const QString detail
                = (voids ? QCoreApplication::translate(
                       "core::TransactionMonitor",
                       "clerk %1 voided %2% of their sales (%3 of %4) from %5 to %6; the site's other "
                       "clerks void %7% +/- %8%")
                         : QCoreApplication::translate(
                             "core::TransactionMonitor",
                             "clerk %1 refunded %2% of their sales (%3 of %4) from %5 to %6; the site's other "
                             "clerks refund %7% +/- %8%"))
                      .arg(clerk, percent(rate))
                      .arg(events)
                      .arg(c.sales)
                      .arg(dateText(RomeTime::localDay(first)), dateText(RomeTime::localDay(last)), percent(usual),
                           percent(spread));
            make(voids ? "clerk_void_rate" : "clerk_refund_rate", clerk, first, last + 1,
                 rate >= 4 * std::max(usual, 0.01) ? "critical" : "warning", detail, z);
        }
    };
    rates(true);
    rates(false);

    // Cash sessions whose count is off, again and again for the same clerk.
    std::int64_t othersOff = 0;
    std::int64_t othersAll = 0;
    std::map<QString, std::pair<std::int64_t, std::int64_t>> offByClerk;
    for (const auto& [clerk, c] : clerks) {
        std::int64_t off = 0;
        for (const auto& close : c.closes) {
            off += std::abs(close.discrepancyCents) >= m_options.cashToleranceCents ? 1 : 0;
        }
        offByClerk[clerk] = { off, static_cast<std::int64_t>(c.closes.size()) };
        othersOff += off;
        othersAll += static_cast<std::int64_t>(c.closes.size());
    }
    for (const auto& [clerk, c] : clerks) {
        const auto [off, all] = offByClerk[clerk];
        if (off < m_options.cashMinSessions) {
            continue;
        }
        std::int64_t net = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
        for (const auto& close : c.closes) {
            if (std::abs(close.discrepancyCents) >= m_options.cashToleranceCents) {
                net += close.discrepancyCents;
                noteSpan(close.utc, first, last);
            }
        }
        const std::int64_t peersOff = othersOff - off;
        const std::int64_t peersAll = othersAll - all;
        // The other clerks' rate, never 0 (one mistake in a hundred sessions happens).
        const double peerRate = (static_cast<double>(peersOff) + 1.0) / (static_cast<double>(peersAll) + 2.0);
        if (binomialUpperTail(off, all, peerRate) >= m_options.cashMaxP) {
            continue;
        }
        const QString balance = net < 0
            ? QCoreApplication::translate("core::TransactionMonitor", "%1 short in all").arg(euros(-net))
            : QCoreApplication::translate("core::TransactionMonitor", "%1 over in all").arg(euros(net));
        make("cash_discrepancy", clerk, first, last + 1, net <= -5000 || off >= 5 ? "critical" : "warning",
             QCoreApplication::translate(
                 "core::TransactionMonitor",
                 "clerk %1's cash count was off by %2 or more in %3 of %4 sessions from %5 to %6 (%7); the "
                 "site's other clerks: %8 of %9")
                 .arg(clerk, euros(m_options.cashToleranceCents))
                 .arg(off)
                 .arg(all)
                 .arg(dateText(RomeTime::localDay(first)), dateText(RomeTime::localDay(last)), balance)
                 .arg(peersOff)
                 .arg(peersAll),
             static_cast<double>(off));
    }

    // Tickets admitted once and scanned for entry again.
    for (const auto& [key, s] : repeats) {
        QString where;
        bool elsewhere = false;
        if (const std::optional<FirstEntry> first = firstEntry(key)) {
            where = QCoreApplication::translate("core::TransactionMonitor", "first entry at %1 on %2 (device %3)")
                        .arg(first->siteCode,
                             QDateTime::fromSecsSinceEpoch(first->utc, QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                             first->device);
            elsewhere = first->siteCode != siteCode;
        } else {
            where = QCoreApplication::translate("core::TransactionMonitor", "first entry recorded by another counter");
        }
        make("double_checkin", key, s.firstRepeatUtc, s.lastRepeatUtc + 1,
             elsewhere || s.repeats >= 3 ? "critical" : "warning",
             QCoreApplication::translate(
                 "core::TransactionMonitor",
                 "ticket %1 was scanned for entry %2 more time(s) after its %3, last by clerk %4")
                 .arg(key)
                 .arg(s.repeats)
                 .arg(where, s.clerk),
             static_cast<double>(s.repeats));
    }
    return sorted(found);
}

int TransactionMonitor::record(const QList<TransactionFinding>& findings, QList<std::int64_t>* changed)
{
    int added = 0;
    // Inside the caller's transaction when there is one (the hub numbers the rows'
    // revisions in the same transaction).
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    Statement existing = m_db.prepare("SELECT id FROM alerts WHERE site_id = ?1 AND kind = 'transaction' "
                                      "AND raised_utc = ?2 AND title IN (?3, ?4) LIMIT 1");
    Statement update = m_db.prepare("UPDATE alerts SET severity = ?2, detail = ?3 WHERE id = ?1 "
                                    "AND (severity IS NOT ?2 OR detail IS NOT ?3)");
    Statement insert = m_db.prepare("INSERT INTO alerts (site_id, zone_id, raised_utc, kind, severity, title, detail) "
                                    "VALUES (?1, NULL, ?2, 'transaction', ?3, ?4, ?5)");
    for (const TransactionFinding& f : findings) {
        const DetectorInfo* info = detectorInfo(f.detector);
        if (f.siteId <= 0 || !info) {
            continue; // a site this cache does not know
        }
        const QString& subject = f.subject;
        existing.bind(1, f.siteId).bind(2, f.fromUtc).bind(3, titleOf(info->title, subject, false)).bind(4, f.title);
        if (existing.step()) {
            const std::int64_t id = existing.int64(0);
            existing.reset();
            update.bind(1, id).bind(2, f.severity).bind(3, f.detail);
            update.exec();
            if (changed && m_db.changes() > 0) {
                changed->append(id);
            }
            continue;
        }
        existing.reset();
        insert.bind(1, f.siteId).bind(2, f.fromUtc).bind(3, f.severity).bind(4, f.title).bind(5, f.detail);
        insert.exec();
        if (changed) {
            changed->append(m_db.lastInsertRowId());
        }
        ++added;
    }
    if (tx) {
        tx->commit();
    }
    return added;
}

bool TransactionMonitor::acknowledge(std::int64_t alertId, const QString& comment, std::int64_t nowUtc)
{
    if (comment.trimmed().isEmpty()) {
        throw std::invalid_argument(
            QCoreApplication::translate("core::TransactionMonitor", "An alert is acknowledged with a comment.")
                .toStdString());
    }
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        tx.emplace(m_db);
    }
    Statement ack = m_db.prepare("UPDATE alerts SET acknowledged_utc = ?2, ack_comment = ?3 WHERE id = ?1");
    ack.bind(1, alertId).bind(2, nowUtc).bind(3, comment.trimmed());
    ack.exec();
    if (m_db.changes() == 0) {
        return false;
    }
    // Waiting for the next sync to take it to the hub (a synced cache's alerts are the
    // hub's; on a cache of its own nobody reads the list).
    QStringList waiting = pendingAcknowledgements(m_db);
    if (!waiting.contains(QString::number(alertId))) {
        waiting.append(QString::number(alertId));
    }
    Statement keep = m_db.prepare("INSERT INTO meta (key, value) VALUES ('alerts_ack_pending', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    keep.bind(1, waiting.join(QLatin1Char(' ')));
    keep.exec();
    if (tx) {
        tx->commit();
    }
    return true;
}

QStringList TransactionMonitor::pendingAcknowledgements(Database& cache)
{
    Statement list = cache.prepare("SELECT value FROM meta WHERE key = 'alerts_ack_pending'");
    return list.step() ? list.text(0).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
}

void TransactionMonitor::acknowledgementsSent(Database& cache, const QStringList& ids)
{
    Transaction tx(cache);
    QStringList waiting = pendingAcknowledgements(cache);
    for (const QString& id : ids) {
        waiting.removeAll(id);
    }
    Statement keep = cache.prepare("UPDATE meta SET value = ? WHERE key = 'alerts_ack_pending'");
    keep.bind(1, waiting.join(QLatin1Char(' ')));
    keep.exec();
    tx.commit();
}

QList<TransactionFinding> TransactionMonitor::scanTicketEntries(const QList<TicketEntry>& entries,
                                                                const Period& period) const
{
    if (!period.isValid()) {
        return {};
    }
    const std::int64_t from = RomeTime::startOfDay(period.from);
    const std::int64_t to = RomeTime::startOfDay(period.to.addDays(1));
    QHash<QString, std::int64_t> siteIds;
    {
        Statement sites = m_db.prepare("SELECT code, id FROM sites");
        while (sites.step()) {
            siteIds.insert(sites.text(0), sites.int64(1));
        }
    }
    std::map<QString, std::vector<const TicketEntry*>> byTicket;
    for (const TicketEntry& e : entries) {
        byTicket[e.ticketKey].push_back(&e);
    }
    QList<Finding> found;
    const auto make
        = [&](const char* detector, const TicketEntry& at, const char* severity, const QString& detail, double score) {
              Finding f;
              f.subject = at.ticketKey;
              f.f.subject = at.ticketKey;
              f.f.detector = QString::fromLatin1(detector);
              f.f.siteId = siteIds.value(at.siteCode, 0);
              f.f.siteCode = at.siteCode;
              f.f.fromUtc = at.utc;
              f.f.toUtc = at.utc + 1;
              f.f.severity = QString::fromLatin1(severity);
              f.f.title = titleOf(detectorInfo(f.f.detector)->title, at.ticketKey, true);
              f.f.detail = detail;
              f.f.score = score;
              found.append(f);
          };
    const auto when = [](std::int64_t utc) {
        return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    for (auto& [key, list] : byTicket) {
        std::stable_sort(list.begin(), list.end(),
                         [](const TicketEntry* a, const TicketEntry* b) { return a->utc < b->utc; });
        // The first admission at each site; a later one at the same site is the ticket
        // used again (a counter that did not know: offline, or a copy of the code).
        std::map<QString, const TicketEntry*> firstAt;
        for (const TicketEntry* e : list) {
            auto it = firstAt.find(e->siteCode);
            if (it == firstAt.end()) {
                firstAt.emplace(e->siteCode, e);
                continue;
            }
            const TicketEntry* first = it->second;
            // The same counter within two minutes: a visitor who showed the ticket twice.
            if (e->device == first->device && e->utc - first->utc < 120) {
                continue;
            }
            if (e->utc < from || e->utc >= to) {
                continue;
            }
            make("double_checkin", *e, "critical",
                 QCoreApplication::translate(
                     "core::TransactionMonitor",
                     "ticket %1 was admitted again at %2 by counter %3 on %4, after its first entry there by "
                     "counter %5 on %6")
                     .arg(key, e->siteCode, e->device, when(e->utc), first->device, when(first->utc)),
                 2.0);
        }
        // A ticket that is not combined admits at one site only.
        if (firstAt.size() < 2 || list.front()->combined) {
            continue;
        }
        const TicketEntry* first = list.front();
        for (const auto& [site, e] : firstAt) {
            if (e == first || e->utc < from || e->utc >= to) {
                continue;
            }
            make("ticket_two_sites", *e, "critical",
                 QCoreApplication::translate(
                     "core::TransactionMonitor",
                     "ticket %1 (not a combined ticket) was admitted at %2 by counter %3 on %4 and at %5 by "
                     "counter %6 on %7")
                     .arg(key, first->siteCode, first->device, when(first->utc), e->siteCode, e->device, when(e->utc)),
                 3.0);
        }
    }
    return sorted(found);
}

QList<TransactionFinding> TransactionMonitor::scanAgencyBookings(const QList<AgencyBooking>& bookings,
                                                                 const Period& period) const
{
    if (!period.isValid()) {
        return {};
    }
    QHash<QString, std::int64_t> siteIds;
    {
        Statement sites = m_db.prepare("SELECT code, id FROM sites");
        while (sites.step()) {
            siteIds.insert(sites.text(0), sites.int64(1));
        }
    }
    // One agency's bookings of a Rome day, wherever they are for: its purchase that day.
    struct Purchase
    {
        std::int64_t day = 0;
        std::int64_t visitors = 0;
        std::int64_t firstUtc = 0;
        int bookings = 0;
        std::map<QString, std::int64_t> bySite;
    };
    std::map<QString, std::map<std::int64_t, Purchase>> agencies;
    for (const AgencyBooking& b : bookings) {
        if (b.agency.trimmed().isEmpty()) {
            continue;
        }
        const std::int64_t day = RomeTime::localDay(b.utc);
        Purchase& p = agencies[b.agency.trimmed()][day];
        p.day = day;
        p.visitors += b.visitors;
        p.firstUtc = p.firstUtc == 0 ? b.utc : std::min(p.firstUtc, b.utc);
        ++p.bookings;
        p.bySite[b.siteCode] += b.visitors;
    }
    const std::int64_t fromDay = period.from.toJulianDay();
    const std::int64_t toDay = period.to.toJulianDay();
    QList<Finding> found;
    for (const auto& [agency, days] : agencies) {
        for (const auto& [day, p] : days) {
            if (day < fromDay || day > toDay) {
                continue;
            }
            // The agency's own history: its purchases of the 365 days before this one.
            std::vector<double> history;
            for (auto it = days.lower_bound(day - 365); it != days.end() && it->first < day; ++it) {
                history.push_back(static_cast<double>(it->second.visitors));
            }
            if (static_cast<int>(history.size()) < 3) {
                continue; // too new to have a history
            }
            const double usual = median(history);
            const double sigma = std::max({ robustSigma(history, usual), 0.25 * usual, 3.0 });
            const double v = static_cast<double>(p.visitors);
            const double z = (v - usual) / sigma;
            if (p.visitors < m_options.bulkMinTickets || v < m_options.bulkRatio * usual || z < m_options.bulkZ) {
                continue;
            }
            const auto biggest = std::max_element(p.bySite.begin(), p.bySite.end(),
                                                  [](const auto& a, const auto& b) { return a.second < b.second; });
            Finding f;
            f.subject = agency;
            f.f.subject = agency;
            f.f.detector = QStringLiteral("agency_bulk");
            f.f.siteCode = biggest->first;
            f.f.siteId = siteIds.value(biggest->first, 0);
            f.f.fromUtc = p.firstUtc;
            f.f.toUtc = RomeTime::startOfDay(QDate::fromJulianDay(day + 1));
            f.f.severity = QString::fromLatin1(v >= 10 * usual ? "critical" : "warning");
            f.f.title = titleOf(detectorInfo(f.f.detector)->title, agency, true);
            f.f.detail = QCoreApplication::translate(
                             "core::TransactionMonitor",
                             "agency %1 booked %2 visitors in %3 booking(s) on %4; its purchases over the year "
                             "before were %5 visitors +/- %6 (%7 days)")
                             .arg(agency)
                             .arg(p.visitors)
                             .arg(p.bookings)
                             .arg(dateText(day))
                             .arg(std::lround(usual))
                             .arg(std::lround(sigma))
                             .arg(history.size());
            f.f.score = z;
            found.append(f);
        }
    }
    return sorted(found);
}

} // namespace core
