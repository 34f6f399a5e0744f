// The hub under load on 127.0.0.1: many desktop clients reading the changes feed
// and the catalogue while sensor gateways post readings, all at once, for a bounded
// time. Prints throughput, latency percentiles per request kind, errors and the
// hub's peak RSS; the baseline is one client alone, measured first in the same run.
//
//   benchhubload [--clients N] [--gateways G] [--seconds S] [--sites K] [--threads T]
// Defaults: 32 clients, 8 gateways, 20 s, 12 sites (demo data of this year), 4 hub threads.
// Needs the built cruscotto-hub beside this binary's build tree.
#include "core/database.h"
#include "core/demogenerator.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

struct Samples
{
    std::mutex mutex;
    std::map<std::string, std::vector<double>> millis; // per request kind
    std::atomic<std::int64_t> errors = 0;
    void add(const std::string& kind, double ms)
    {
        std::lock_guard lock(mutex);
        millis[kind].push_back(ms);
    }
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double kilobytesOf(qint64 pid, const char* field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(int(std::strlen(field))).trimmed().split(' ').value(0).toDouble();
        }
    }
    return 0;
}

cruscotto::sync::HubEndpoint endpoint(int port)
{
    cruscotto::sync::HubEndpoint e;
    e.url = "http://127.0.0.1:" + std::to_string(port);
    e.timeout = std::chrono::milliseconds(30000);
    return e;
}

std::string login(cruscotto::sync::HubClient& client, const char* user)
{
    const auto reply = client.post("/v1/auth/token",
                                   json::serialize(json::object{ { "user", user }, { "password", "demo" } }));
    if (reply.status != 200) {
        return {};
    }
    return std::string(json::parse(reply.body).at("token").as_string());
}

// A desktop: pages of the feed from random cursors and the catalogue with its ETag.
void desktop(int port, int index, std::int64_t latest, const std::atomic<bool>& running, Samples& samples)
{
    cruscotto::sync::HubClient client(endpoint(port));
    const std::string token = login(client, index % 2 ? "regional" : "director");
    if (token.empty()) {
        ++samples.errors;
        return;
    }
    client.setToken(token);
    std::mt19937_64 rng(std::uint64_t(index) * 7919u + 1);
    std::string etag;
    for (int i = 0; running; ++i) {
        const bool catalogue = i % 5 == 4;
        const std::string target = catalogue
            ? std::string("/v1/sites")
            : "/v1/changes?since=" + std::to_string(rng() % std::uint64_t(std::max<std::int64_t>(latest, 1)))
                + "&limit=1000";
        std::map<std::string, std::string> headers{ { "Accept-Encoding", "gzip" } };
        if (catalogue && !etag.empty()) {
            headers["If-None-Match"] = etag;
        }
        const auto start = Clock::now();
        try {
            const auto reply = client.get(target, headers);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (reply.status != 200 && reply.status != 304) {
                ++samples.errors;
                continue;
            }
            if (catalogue) {
                etag = reply.header("etag");
            }
            samples.add(catalogue ? "GET /v1/sites" : "GET /v1/changes", ms);
        } catch (const cruscotto::sync::HubError&) {
            ++samples.errors;
        }
    }
}

// A gateway: batches of a minute's readings, each batch an hour of one zone.
void gateway(int port, int index, const QString& zone, const std::atomic<bool>& running, Samples& samples)
{
    cruscotto::sync::HubClient client(endpoint(port));
    const std::string token = login(client, "gateway");
    if (token.empty()) {
        ++samples.errors;
        return;
    }
    client.setToken(token);
    // Each gateway writes its own hours, a month ago and before, so batches never collide.
    const std::int64_t hourZero = QDateTime::currentSecsSinceEpoch() / 3600 * 3600 - 30 * 86400;
    for (int batch = 0; running; ++batch) {
        const std::int64_t hour = hourZero - (std::int64_t(batch) * 64 + index) * 3600;
        json::array readings;
        for (int minute = 0; minute < 60; ++minute) {
            readings.push_back(json::object{ { "site", "BAS-MUS-01" },
                                             { "zone", zone.toStdString() },
                                             { "at_utc", hour + minute * 60 },
                                             { "people_in", minute % 4 },
                                             { "people_out", minute % 3 },
                                             { "occupancy", 10 + minute % 20 },
                                             { "temperature_c", 20.5 },
                                             { "humidity_pct", 48 },
                                             { "lux", 150 },
                                             { "co2_ppm", 600 + minute } });
        }
        const std::string body = json::serialize(json::object{ { "zone_readings", std::move(readings) } });
        const auto start = Clock::now();
        try {
            const auto reply = client.post("/v1/sensors", body);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (reply.status != 200) {
                ++samples.errors;
                continue;
            }
            samples.add("POST /v1/sensors (60 readings)", ms);
        } catch (const cruscotto::sync::HubError&) {
            ++samples.errors;
        }
    }
}

struct Phase
{
    double seconds = 0;
    std::int64_t requests = 0;
    std::map<std::string, std::vector<double>> millis;
    std::int64_t errors = 0;
};

Phase runPhase(int port, int clients, int gateways, double seconds, std::int64_t latest, const QString& zone)
{
    Samples samples;
    std::atomic<bool> running = true;
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] { desktop(port, i, latest, running, samples); });
    }
    for (int i = 0; i < gateways; ++i) {
        threads.emplace_back([&, i] { gateway(port, i, zone, running, samples); });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
    running = false;
    for (std::thread& thread : threads) {
        thread.join();
    }
    Phase phase;
    phase.seconds = clock.nsecsElapsed() / 1e9;
    phase.millis = std::move(samples.millis);
    phase.errors = samples.errors;
    for (const auto& [kind, values] : phase.millis) {
        phase.requests += std::int64_t(values.size());
    }
    return phase;
}

void print(const char* title, const Phase& phase)
{
    std::printf("%s: %lld requests in %.1f s = %.0f requests/s, %lld errors\n", title,
                static_cast<long long>(phase.requests), phase.seconds, double(phase.requests) / phase.seconds,
                static_cast<long long>(phase.errors));
    for (const auto& [kind, values] : phase.millis) {
        std::printf("  %-32s n=%-7zu p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", kind.c_str(),
                    values.size(), percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99),
                    percentile(values, 1.0));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto value = [&](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int clients = value("--clients", 32);
    const int gateways = value("--gateways", 8);
    const int seconds = value("--seconds", 20);
    const int sites = value("--sites", 12);
    const int threads = value("--threads", 4);

    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/benchhubload-XXXXXX"));
    const QString hubDir = temp.path();
    {
        std::printf("seeding the hub with %d sites, this year to yesterday ...\n", sites);
        core::DemoGenerator::Options options;
        options.sites = sites;
        options.years = 0;
        options.until = QDate::currentDate().addDays(-1);
        cruscotto::sync::HubStore store(hubDir);
        store.write([&](core::Database& db) { return core::DemoGenerator(options).writeInto(db); });
    }
    QProcess hub;
    hub.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cruscotto-hub"));
    hub.setArguments({ QStringLiteral("--data-dir"), hubDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--insecure-loopback"), QStringLiteral("--demo"), QStringLiteral("--threads"),
                       QString::number(threads) });
    hub.start();
    const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
    int port = 0;
    QByteArray out;
    while (port == 0 && hub.waitForReadyRead(600000)) {
        out += hub.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            port = match.captured(1).toInt();
        }
    }
    if (port == 0) {
        std::fprintf(stderr, "the hub did not start: %s\n", hub.readAllStandardError().constData());
        return 1;
    }
    std::int64_t latest = 0;
    QString zone;
    {
        core::Database db
            = core::Database::open(cruscotto::sync::HubStore::pathIn(hubDir), core::Database::Mode::ReadOnly);
        latest = db.scalar("SELECT COALESCE(MAX(rev), 0) FROM sales_hourly");
        core::Statement stmt = db.prepare("SELECT z.code FROM zones z JOIN sites s ON s.id = z.site_id "
                                          "WHERE s.code = 'BAS-MUS-01' ORDER BY z.code LIMIT 1");
        if (stmt.step()) {
            zone = stmt.text(0);
        }
    }
    const double idleKb = kilobytesOf(hub.processId(), "VmRSS:");
    std::printf("hub on port %d, %d threads; feed revisions 0..%lld, gateway zone %s, RSS %.0f MB\n", port, threads,
                static_cast<long long>(latest), qPrintable(zone), idleKb / 1024);

    const Phase alone = runPhase(port, 1, 0, 3, latest, zone);
    print("baseline, one client alone", alone);
    const Phase loaded = runPhase(port, clients, gateways, seconds, latest, zone);
    char title[128];
    std::snprintf(title, sizeof title, "%d clients + %d gateways", clients, gateways);
    print(title, loaded);
    const auto changes = [](const Phase& phase) {
        const auto it = phase.millis.find("GET /v1/changes");
        return it == phase.millis.end() ? std::vector<double>() : it->second;
    };
    const double p50Alone = percentile(changes(alone), 0.5);
    const double p50Loaded = percentile(changes(loaded), 0.5);
    if (p50Alone > 0) {
        std::printf("GET /v1/changes p50 under load / alone: %.1fx\n", p50Loaded / p50Alone);
    }
    std::printf("hub peak RSS %.0f MB (idle %.0f MB)\n", kilobytesOf(hub.processId(), "VmHWM:") / 1024, idleKb / 1024);
    hub.terminate();
    hub.waitForFinished(20000);
    return loaded.errors == 0 ? 0 : 2;
}
