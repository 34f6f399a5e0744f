// Full and one-day incremental sync from a real cruscotto-hub on 127.0.0.1, against
// the baseline of downloading the same rows as a ready-made gzipped CSV with curl
// and loading them with sqlite3 .import, measured in the same run.
//
//   benchsync [--sites N] [--years Y] [--keep DIR]
// Defaults: 250 sites x 3 years + 2026 to 25 November (about 10 M hourly sales rows).
// Needs the built cruscotto-hub beside this binary's build tree, curl, gzip, sqlite3
// and python3 (its http.server serves the CSV on loopback).
#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double run(const QString& shell)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), shell});
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(shell), p.readAllStandardError().constData());
    }
    return clock.nsecsElapsed() / 1e9;
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
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/benchsync-XXXXXX"));
    const QString root = value("--keep", temp.path());
    const QString hubDir = root + QStringLiteral("/hub");
    const QString cacheDir = root + QStringLiteral("/cache");
    QDir().mkpath(hubDir);
    QDir().mkpath(cacheDir);
    const QString hubBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cruscotto-hub");

    core::DemoGenerator::Options options;
    options.sites = value("--sites", QStringLiteral("250")).toInt();
    options.years = value("--years", QStringLiteral("3")).toInt();
    options.until = QDate(2026, 11, 25);
    const QString hubPath = cruscotto::sync::HubStore::pathIn(hubDir);
    if (!QFile::exists(hubPath)) {
        std::printf("seeding the hub with %d sites x %d years ...\n", options.sites, options.years);
        std::fflush(stdout);
        cruscotto::sync::HubStore store(hubDir);
        store.write([&](core::Database& db) {
            core::DemoGenerator(options).writeInto(db);
            cruscotto::sync::HubUsers(db).addUser(
                QStringLiteral("national"), cruscotto::sync::HubRole::Regional, "bench",
                {QStringLiteral("BAS"), QStringLiteral("CAL"), QStringLiteral("CAM"), QStringLiteral("MOL"),
                 QStringLiteral("PUG"), QStringLiteral("SAR"), QStringLiteral("SIC")});
            return 0;
        });
    }
    QProcess hub;
    hub.setProgram(hubBinary);
    hub.setArguments({QStringLiteral("--data-dir"), hubDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--insecure-loopback"), QStringLiteral("--demo")});
    hub.start();
    QString port;
    const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
    while (port.isEmpty() && hub.waitForReadyRead(600000)) {
        const auto match = listening.match(QString::fromUtf8(hub.readAllStandardOutput()));
        if (match.hasMatch()) {
            port = match.captured(1);
        }
    }
    if (port.isEmpty()) {
        std::fprintf(stderr, "the hub did not start\n");
        return 1;
    }
    std::int64_t hubRows = 0;
    {
        core::Database db = core::Database::open(hubPath, core::Database::Mode::ReadOnly);
        hubRows = db.scalar("SELECT (SELECT COUNT(*) FROM sales_hourly) + (SELECT COUNT(*) FROM sales_daily) + "
                            "(SELECT COUNT(*) FROM zone_sensor_hourly) + (SELECT COUNT(*) FROM microcell_hourly) + "
                            "(SELECT COUNT(*) FROM visitor_profile_daily) + (SELECT COUNT(*) FROM alerts)");
    }

    // The sync, in this process: the client's peak memory is this process's.
    cruscotto::sync::SyncResult full;
    {
        core::Database cache = core::Cache::openWriter(cacheDir);
        cruscotto::sync::HubEndpoint endpoint;
        endpoint.url = "http://127.0.0.1:" + port.toStdString();
        endpoint.timeout = std::chrono::milliseconds(60000);
        cruscotto::sync::HubClient client(endpoint);
        cruscotto::sync::SyncEngine::Options syncOptions;
        syncOptions.pageLimit = 50000;
        cruscotto::sync::SyncEngine engine(cache, client, syncOptions);
        engine.login(QStringLiteral("national"), QStringLiteral("bench"));
        full = engine.run();
        std::printf("full sync: %lld rows (hub holds %lld) in %.1f s: %.0f rows/s, %.1f MB on the wire "
                    "(%.1f bytes/row), %.1f MB/s; client peak RSS %.0f MB\n",
                    static_cast<long long>(full.rows), static_cast<long long>(hubRows), full.seconds,
                    full.rows / full.seconds, full.bytes / 1e6, double(full.bytes) / double(full.rows),
                    full.bytes / 1e6 / full.seconds, peakMegabytes());
        const auto again = engine.run();
        std::printf("incremental sync with nothing new: %lld rows in %.1f ms\n", static_cast<long long>(again.rows),
                    again.seconds * 1000);
    }
    hub.terminate();
    hub.waitForFinished(60000);

    // Baseline: the same rows as a gzipped CSV, fetched with curl and loaded with sqlite3.
    const QString csvDir = root + QStringLiteral("/csv");
    QDir().mkpath(csvDir);
    // Every row the sync transfers, eight columns each (the hourly sales as they are;
    // the other tables' keys and main figures).
    run(QStringLiteral("sqlite3 -csv '%1' \"SELECT site_id, hour_utc, channel_id, product_id, day, tickets, visitors, "
                       "revenue_cents FROM sales_hourly UNION ALL SELECT site_id, day, channel_id, product_id, tickets, "
                       "visitors, revenue_cents, 0 FROM sales_daily UNION ALL SELECT zone_id, hour_utc, day, people_in, "
                       "people_out, occupancy_max, CAST(temperature_c*10 AS INT), CAST(humidity_pct*10 AS INT) FROM "
                       "zone_sensor_hourly UNION ALL SELECT site_id, hour_utc, day, CAST(devices_avg*10 AS INT), "
                       "devices_max, 0, 0, 0 FROM microcell_hourly UNION ALL SELECT site_id, day, dimension, bucket, "
                       "visitors, 0, 0, 0 FROM visitor_profile_daily UNION ALL SELECT id, site_id, zone_id, raised_utc, "
                       "kind, severity, title, 0 FROM alerts\" | gzip -6 > '%2/rows.csv.gz'")
            .arg(hubPath, csvDir));
    const double csvBytes = QFile(csvDir + QStringLiteral("/rows.csv.gz")).size();
    QProcess server;
    server.setWorkingDirectory(csvDir);
    server.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("18777"),
                                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    server.waitForStarted();
    QThread::sleep(1);
    const double download = run(QStringLiteral("curl -s -o '%1/got.csv.gz' http://127.0.0.1:18777/rows.csv.gz").arg(csvDir));
    const double load = run(QStringLiteral("rm -f '%1/base.sqlite' && sqlite3 '%1/base.sqlite' 'CREATE TABLE t(a,b,c,d,e,f,g,h)' "
                                           "&& gunzip -c '%1/got.csv.gz' > '%1/got.csv' && sqlite3 '%1/base.sqlite' "
                                           "'.mode csv' '.import %1/got.csv t'")
                                .arg(csvDir));
    server.terminate();
    server.waitForFinished(5000);
    const double baseline = download + load;
    std::printf("baseline (curl the same rows as a gzipped CSV, %.1f MB, then sqlite3 .import): "
                "%.1f s (download %.1f s, import %.1f s)\n",
                csvBytes / 1e6, baseline, download, load);
    std::printf("ratio full sync / baseline: %.2f (target at most 1.0); wire bytes / gzipped CSV: %.2f (target at most "
                "1.0)\n",
                full.seconds / baseline, full.bytes / csvBytes);
    return 0;
}
