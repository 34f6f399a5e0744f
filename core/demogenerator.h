#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>

namespace core {

class Database;

// Builds a believable demo region into a cache, deterministically: the same
// options give the same bytes. Seasons, weekly closing days, Italian holidays,
// free first Sundays, school and B2B groups, a channel mix moving online over the
// years, zone occupancy following visits, climate with daily cycles and a few
// out-of-range episodes, and injected transaction anomalies (listed in the
// demo_anomalies table as ground truth for the monitoring work).
class DemoGenerator
{
public:
    struct Options
    {
        int sites = 12;
        // Full years before the year of `until`, which is generated up to `until`.
        int years = 3;
        std::uint64_t seed = 2026;
        // Last day generated (Europe/Rome). Invalid means today.
        QDate until;
        // writeCache: afterwards, run the transaction detectors over the last this many
        // days and record what they find as alerts, as a hub would (0: none).
        int monitorDays = 0;
    };

    struct Summary
    {
        int sites = 0;
        int zones = 0;
        std::int64_t salesRows = 0;
        std::int64_t sensorRows = 0;
        std::int64_t profileRows = 0;
        std::int64_t microcellRows = 0;
        std::int64_t alerts = 0;
        std::int64_t anomalies = 0;
        std::int64_t transactionAlerts = 0; // recorded by the detectors (monitorDays)
        QDate from;
        QDate until;
        std::int64_t totalRows() const { return salesRows + sensorRows + profileRows + microcellRows; }
    };

    // Called after each site with (sites done, sites in all). Return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(Options options);

    // Writes the demo into a fresh cache file at `path` atomically: the data goes
    // into a temporary file beside it that replaces `path` only once complete.
    // Throws DatabaseError on I/O failure and std::runtime_error when cancelled
    // or when the options are out of range; `path` is then left untouched.
    Summary writeCache(const QString& path, const Progress& progress = {}) const;

    // Writes into an open, migrated and empty cache (bulk inserts, one transaction per site).
    Summary writeInto(Database& db, const Progress& progress = {}) const;

    const Options& options() const { return m_options; }
    QDate firstDay() const;
    QDate lastDay() const;

private:
    Options m_options;
};

} // namespace core
