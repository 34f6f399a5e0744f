#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

class QIODevice;

namespace core {

class Database;

// A site's visitors per day, one value per calendar day from `first` on.
struct VisitSeries
{
    static constexpr std::int64_t Unknown = -1;

    QDate first;
    std::vector<std::int64_t> visitors; // Unknown where nothing is known about the day

    bool isEmpty() const { return visitors.empty(); }
    QDate last() const { return first.addDays(static_cast<qint64>(visitors.size()) - 1); }
    // The day's visitors, or Unknown (also outside the series).
    std::int64_t on(const QDate& day) const;
};

// The daily visitors the forecasts learn from: the platform's sales where the
// cache has them, and a history imported from before the platform elsewhere.
class VisitHistory
{
public:
    struct LineError
    {
        int line = 0; // 1-based line number in the file
        QString reason;
    };

    struct ImportResult
    {
        static constexpr int MaxErrors = 100;
        // Empty on success; otherwise nothing was imported. Reading stops after
        // MaxErrors bad lines (`stoppedEarly`).
        QList<LineError> errors;
        bool stoppedEarly = false;
        int days = 0; // rows imported
        int sites = 0; // distinct sites among them
        int replaced = 0; // rows that replaced an earlier import of the same site and day
        int overlappingSales = 0; // rows on days with platform sales (which take precedence)
        QDate from;
        QDate to;
        bool ok() const { return errors.isEmpty(); }
    };

    explicit VisitHistory(Database& db);

    // Imports `date,site_code,visitors` lines (ISO dates; an optional header line
    // `date,site_code,visitors`; `;` accepted as the separator; blank lines skipped)
    // into the cache, all or nothing in one transaction. Every bad line is reported
    // with its number and reason (unknown site code, bad date, visitors that are not
    // a non-negative whole number, the same site and date twice, a wrong number of
    // fields) and then nothing is written. A site and day imported before is replaced.
    ImportResult importCsv(QIODevice& device);
    // The same from a file; throws std::runtime_error when it cannot be read.
    ImportResult importCsvFile(const QString& path);

    // The site's daily visitors: a day with platform sales has them; a day without
    // takes the imported figure; a day inside the platform's span (from the site's
    // first sales day to the cache's lastDay()) with neither had no visitors (0). Whether
    // the site was open is the calendar's business, not the series'.
    VisitSeries series(std::int64_t siteId) const;

    // The last day the cache's figures cover: the later of the last day with sales at
    // any site and the `data_until` the cache records (invalid when neither).
    QDate lastDay() const;

private:
    Database& m_db;
};

} // namespace core
