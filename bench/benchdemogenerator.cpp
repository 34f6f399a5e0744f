// Builds the benchmark-size demo cache (default 250 sites x 3 years + this year to
// date) and compares its insert rate with SQLite's own bulk-insert rate on the same
// disk: the same number of rows, same key shape, one prepared statement, big
// transactions, no journal — the fastest SQLite writes rows here.
//
//   benchdemogenerator [--sites N] [--years Y] [--until YYYY-MM-DD] [--dir DIR]
#include "core/database.h"
#include "core/demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// SQLite alone: `rows` rows of 8 integers into a WITHOUT ROWID table, keys ascending.
double baselineRowsPerSecond(const QString& path, std::int64_t rows)
{
    QFile::remove(path);
    core::Database db = core::Database::open(path, core::Database::Mode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -131072");
    db.exec("CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER, d INTEGER, e INTEGER, f INTEGER, g INTEGER, h INTEGER, "
            "PRIMARY KEY (a, b, c, d)) WITHOUT ROWID");
    auto insert = db.prepare("INSERT INTO t VALUES (?,?,?,?,?,?,?,?)");
    QElapsedTimer clock;
    clock.start();
    db.exec("BEGIN");
    for (std::int64_t i = 0; i < rows; ++i) {
        insert.bind(1, i / 100000).bind(2, 1700000000 + i * 3600).bind(3, i % 4).bind(4, i % 7);
        insert.bind(5, 2460000 + i / 24).bind(6, i % 13).bind(7, i % 11).bind(8, (i % 13) * 800);
        insert.exec();
        if (i % 1000000 == 999999) {
            db.exec("COMMIT");
            db.exec("BEGIN");
        }
    }
    db.exec("COMMIT");
    const double seconds = clock.nsecsElapsed() / 1e9;
    db.close();
    QFile::remove(path);
    return rows / seconds;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto value = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    core::DemoGenerator::Options options;
    options.sites = value("--sites", QStringLiteral("250")).toInt();
    options.years = value("--years", QStringLiteral("3")).toInt();
    options.until = QDate::fromString(value("--until", QStringLiteral("2026-11-25")), Qt::ISODate);
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/benchdemo-XXXXXX"));
    const QString dir = value("--dir", temp.path());
    const QString path = QDir(dir).filePath(QStringLiteral("cache.sqlite"));

    std::printf("demo generator: %d sites, %d full years + %s year to date\n", options.sites, options.years,
                qPrintable(QString::number(options.until.year())));
    QElapsedTimer clock;
    clock.start();
    const auto summary = core::DemoGenerator(options).writeCache(path);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double rate = summary.totalRows() / seconds;
    std::printf("  rows: %lld (sales %lld, sensors %lld, microcells %lld, profiles %lld)\n",
                static_cast<long long>(summary.totalRows()), static_cast<long long>(summary.salesRows),
                static_cast<long long>(summary.sensorRows), static_cast<long long>(summary.microcellRows),
                static_cast<long long>(summary.profileRows));
    std::printf("  time: %.1f s   rate: %.0f rows/s   file: %.0f MB   peak RSS: %.0f MB\n", seconds, rate,
                QFile(path).size() / 1e6, peakMegabytes());

    const std::int64_t baselineRows = std::min<std::int64_t>(summary.totalRows(), 20000000);
    const double baseline = baselineRowsPerSecond(QDir(dir).filePath(QStringLiteral("baseline.sqlite")), baselineRows);
    std::printf("baseline (SQLite bare bulk insert, %lld rows of 8 integers): %.0f rows/s\n",
                static_cast<long long>(baselineRows), baseline);
    std::printf("ratio generator/baseline rate: %.2f   target: whole cache under 120 s -> %s\n", rate / baseline,
                seconds < 120 ? "met" : "NOT met");
    return 0;
}
