#include "core/visithistory.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace core {

namespace {

// More than anyone has ever counted at one site in a day: a guard against a
// column of something else (ticket numbers, euro) being taken for visitors.
constexpr std::int64_t kMaxDailyVisitors = 10'000'000;

QString unquoted(const QString& field)
{
    const QString t = field.trimmed();
    if (t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))) {
        return t.mid(1, t.size() - 2).trimmed();
    }
    return t;
}

struct Row
{
    std::int64_t siteId = 0;
    std::int64_t day = 0;
    std::int64_t visitors = 0;
};

} // namespace

std::int64_t VisitSeries::on(const QDate& day) const
{
    if (isEmpty() || !day.isValid()) {
        return Unknown;
    }
    const qint64 i = first.daysTo(day);
    return i >= 0 && i < static_cast<qint64>(visitors.size()) ? visitors[static_cast<size_t>(i)] : Unknown;
}

VisitHistory::VisitHistory(Database& db)
    : m_db(db)
{ }

VisitHistory::ImportResult VisitHistory::importCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(QCoreApplication::translate("core::VisitHistory", "Could not read %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    }
    return importCsv(file);
}

VisitHistory::ImportResult VisitHistory::importCsv(QIODevice& device)
{
    ImportResult result;
    QHash<QString, std::int64_t> siteIds;
    {
        Statement sites = m_db.prepare("SELECT code, id FROM sites");
        while (sites.step()) {
            siteIds.insert(sites.text(0), sites.int64(1));
        }
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression wholeNumber(QStringLiteral("^\\d+$"));
    static const QRegularExpression negativeWholeNumber(QStringLiteral("^-\\d+$"));

    std::vector<Row> rows;
    QHash<std::pair<std::int64_t, std::int64_t>, int> seen; // (site, day) -> line
    QChar separator;
    int lineNumber = 0;
    bool firstLine = true;
    auto fail = [&result](int line, const QString& reason) { result.errors.append({ line, reason }); };

    while (!device.atEnd()) {
        if (result.errors.size() >= ImportResult::MaxErrors) {
            result.stoppedEarly = true;
            break;
        }
        QString line = QString::fromUtf8(device.readLine());
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith(QChar(0xFEFF))) {
            line.remove(0, 1); // a byte-order mark from a spreadsheet's "UTF-8 CSV"
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (separator.isNull()) {
            // Italian spreadsheets write ';' because ',' is their decimal comma.
            separator = !line.contains(QLatin1Char(',')) && line.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                                                            : QLatin1Char(',');
        }
        const QStringList raw = line.split(separator);
        QStringList fields;
        for (const QString& f : raw) {
            fields.append(unquoted(f));
        }
        if (firstLine) {
            firstLine = false;
            if (fields.first().compare(QLatin1String("date"), Qt::CaseInsensitive) == 0) {
                continue; // the optional header
            }
        }
        if (fields.size() != 3) {
            fail(lineNumber,
                 QCoreApplication::translate("core::VisitHistory",
                                             "expected 3 fields (date, site code, visitors), found %1")
                     .arg(fields.size()));
            continue;
        }
        const QString& dateText = fields.at(0);
        const QString& code = fields.at(1);
        const QString& visitorsText = fields.at(2);
        const QDate date = isoDate.match(dateText).hasMatch() ? QDate::fromString(dateText, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            fail(
                lineNumber,
                QCoreApplication::translate("core::VisitHistory", "bad date '%1' (expected YYYY-MM-DD)").arg(dateText));
            continue;
        }
        const auto site = siteIds.constFind(code);
        if (site == siteIds.constEnd()) {
            fail(lineNumber, QCoreApplication::translate("core::VisitHistory", "unknown site code '%1'").arg(code));
            continue;
        }
        if (negativeWholeNumber.match(visitorsText).hasMatch()) {
            fail(lineNumber,
                 QCoreApplication::translate("core::VisitHistory", "negative number of visitors (%1)")
                     .arg(visitorsText));
            continue;
        }
        bool ok = false;
        const std::int64_t visitors
            = wholeNumber.match(visitorsText).hasMatch() ? visitorsText.toLongLong(&ok) : std::int64_t{ -1 };
        if (!ok || visitors > kMaxDailyVisitors) {
            fail(lineNumber,
                 QCoreApplication::translate("core::VisitHistory",
                                             "visitors must be a whole number from 0 to %1, not '%2'")
                     .arg(QString::number(kMaxDailyVisitors), visitorsText));
            continue;
        }
        const auto key = std::pair{ *site, date.toJulianDay() };
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
            fail(lineNumber,
                 QCoreApplication::translate("core::VisitHistory", "%1 on %2 was already given on line %3")
                     .arg(code, date.toString(Qt::ISODate), QString::number(*earlier)));
            continue;
        }
        seen.insert(key, lineNumber);
        rows.push_back({ *site, date.toJulianDay(), visitors });
    }
    if (result.errors.isEmpty() && rows.empty()) {
        fail(0,
             QCoreApplication::translate("core::VisitHistory",
                                         "the file holds no visitor lines (date, site code, visitors)"));
    }
    if (!result.errors.isEmpty()) {
        return result;
    }

    // Key order: the table is WITHOUT ROWID on (site_id, day).
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::pair{ a.siteId, a.day } < std::pair{ b.siteId, b.day };
    });
    Transaction tx(m_db);
    Statement existing = m_db.prepare("SELECT 1 FROM visit_history WHERE site_id = ? AND day = ?");
    Statement sales = m_db.prepare("SELECT 1 FROM sales_site_daily WHERE site_id = ? AND day = ?");
    Statement upsert = m_db.prepare("INSERT INTO visit_history (site_id, day, visitors) VALUES (?, ?, ?) "
                                    "ON CONFLICT (site_id, day) DO UPDATE SET visitors = excluded.visitors");
    QSet<std::int64_t> sitesSeen;
    for (const Row& row : rows) {
        existing.bind(1, row.siteId).bind(2, row.day);
        result.replaced += existing.step() ? 1 : 0;
        existing.reset();
        sales.bind(1, row.siteId).bind(2, row.day);
        result.overlappingSales += sales.step() ? 1 : 0;
        sales.reset();
        upsert.bind(1, row.siteId).bind(2, row.day).bind(3, row.visitors);
        upsert.exec();
        sitesSeen.insert(row.siteId);
    }
    tx.commit();
    result.days = static_cast<int>(rows.size());
    result.sites = static_cast<int>(sitesSeen.size());
    const auto [lo, hi]
        = std::minmax_element(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.day < b.day; });
    result.from = QDate::fromJulianDay(lo->day);
    result.to = QDate::fromJulianDay(hi->day);
    return result;
}

QDate VisitHistory::lastDay() const
{
    const std::int64_t sold = m_db.scalar("SELECT MAX(day) FROM sales_site_daily");
    QDate last = sold > 0 ? QDate::fromJulianDay(sold) : QDate();
    // Every site may be closed on the last day (a Monday): the cache says how far it goes.
    Statement meta = m_db.prepare("SELECT value FROM meta WHERE key = 'data_until'");
    if (meta.step()) {
        const QDate until = QDate::fromString(meta.text(0), Qt::ISODate);
        if (until.isValid() && (!last.isValid() || until > last)) {
            last = until;
        }
    }
    return last;
}

VisitSeries VisitHistory::series(std::int64_t siteId) const
{
    std::vector<std::pair<std::int64_t, std::int64_t>> sold;
    std::vector<std::pair<std::int64_t, std::int64_t>> imported;
    {
        Statement stmt = m_db.prepare("SELECT day, visitors FROM sales_site_daily WHERE site_id = ? ORDER BY day");
        stmt.bind(1, siteId);
        while (stmt.step()) {
            sold.emplace_back(stmt.int64(0), stmt.int64(1));
        }
    }
    {
        Statement stmt = m_db.prepare("SELECT day, visitors FROM visit_history WHERE site_id = ? ORDER BY day");
        stmt.bind(1, siteId);
        while (stmt.step()) {
            imported.emplace_back(stmt.int64(0), stmt.int64(1));
        }
    }
    VisitSeries series;
    if (sold.empty() && imported.empty()) {
        return series;
    }
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    std::int64_t platformFrom = 0;
    std::int64_t platformTo = -1;
    if (!sold.empty()) {
        platformFrom = sold.front().first;
        platformTo = std::max<std::int64_t>(sold.back().first, lastDay().toJulianDay());
        first = platformFrom;
        last = platformTo;
    }
    if (!imported.empty()) {
        first = std::min(first, imported.front().first);
        last = std::max(last, imported.back().first);
    }
    series.first = QDate::fromJulianDay(first);
    series.visitors.assign(static_cast<size_t>(last - first + 1), VisitSeries::Unknown);
    for (std::int64_t day = platformFrom; day <= platformTo; ++day) {
        series.visitors[static_cast<size_t>(day - first)] = 0;
    }
    for (const auto& [day, visitors] : imported) {
        series.visitors[static_cast<size_t>(day - first)] = visitors;
    }
    for (const auto& [day, visitors] : sold) {
        series.visitors[static_cast<size_t>(day - first)] = visitors;
    }
    return series;
}

} // namespace core
