// cruscotto-hub: the central server (HTTPS over Boost.Beast, in sync/).
#include "core/database.h"
#include "sync/changesfeed.h"
#include "sync/hubapi.h"
#include "sync/hubdemo.h"
#include "sync/hubmonitor.h"
#include "sync/huboptions.h"
#include "sync/hubserver.h"
#include "sync/hubstore.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <chrono>
#include <exception>
#include <optional>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto Hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);
    const auto translated = [](const char* text) { return QCoreApplication::translate("hub", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(translated(QT_TRANSLATE_NOOP(
        "hub", "The Cruscotto hub: ingests ticket sales and sensor readings, serves aggregates to the desktop app.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"), translated(QT_TRANSLATE_NOOP("hub", "Directory of the hub's database.")),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("listen"),
                       translated(QT_TRANSLATE_NOOP("hub", "Address and port to listen on (port 0: any free port).")),
                       QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443") });
    parser.addOption({ QStringLiteral("tls-cert"), translated(QT_TRANSLATE_NOOP("hub", "TLS certificate chain (PEM).")),
                       QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("tls-key"), translated(QT_TRANSLATE_NOOP("hub", "TLS private key (PEM).")), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("insecure-loopback"),
                       translated(QT_TRANSLATE_NOOP("hub", "Serve plain HTTP; only allowed on a loopback address.")) });
    parser.addOption({ QStringLiteral("demo"), translated(QT_TRANSLATE_NOOP("hub", "Seed the demo region and demo users.")) });
    parser.addOption({ QStringLiteral("monitor-interval"),
                       translated(QT_TRANSLATE_NOOP("hub", "Seconds between transaction-monitoring runs (0: off).")),
                       QStringLiteral("SECONDS"), QStringLiteral("300") });
    parser.addOption({ QStringLiteral("profile-k"),
                       translated(QT_TRANSLATE_NOOP(
                           "hub", "Visitor-profile cells under this many visitors are never sent (k-anonymity).")),
                       QStringLiteral("K"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("threads"), translated(QT_TRANSLATE_NOOP("hub", "Server threads (1 to 64).")),
                       QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("token-lifetime"),
                       translated(QT_TRANSLATE_NOOP("hub", "Seconds a login token stays valid.")), QStringLiteral("SECONDS"),
                       QStringLiteral("3600") });
    parser.addOption({ QStringLiteral("max-connections"),
                       translated(QT_TRANSLATE_NOOP("hub", "Connections served at once; more are refused (503).")),
                       QStringLiteral("N"), QStringLiteral("512") });
    parser.addOption({ QStringLiteral("request-timeout"),
                       translated(QT_TRANSLATE_NOOP("hub", "Seconds a client may take to send a request's header or body.")),
                       QStringLiteral("SECONDS"), QStringLiteral("30") });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cruscotto::sync::HubOptions options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    options.insecureLoopback = parser.isSet(QStringLiteral("insecure-loopback"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    bool monitorOk = false;
    options.monitorIntervalSeconds = parser.value(QStringLiteral("monitor-interval")).toInt(&monitorOk);
    if (!monitorOk) {
        options.monitorIntervalSeconds = -1; // validate() names the problem
    }
    bool kOk = false;
    options.profileMinimumCell = parser.value(QStringLiteral("profile-k")).toInt(&kOk);
    if (!kOk) {
        options.profileMinimumCell = 0;
    }
    bool threadsOk = false;
    bool lifetimeOk = false;
    options.threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    options.tokenLifetimeSeconds = parser.value(QStringLiteral("token-lifetime")).toLongLong(&lifetimeOk);
    bool connectionsOk = false;
    bool timeoutOk = false;
    options.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&connectionsOk);
    options.requestTimeoutSeconds = parser.value(QStringLiteral("request-timeout")).toInt(&timeoutOk);
    if (!connectionsOk) {
        options.maxConnections = 0; // validate() names the problem
    }
    if (!timeoutOk) {
        options.requestTimeoutSeconds = 0;
    }
    if (options.dataDir.isEmpty()) {
        err << translated(QT_TRANSLATE_NOOP("hub", "--data-dir is required: the directory of the hub's database.")) << Qt::endl;
        return 2;
    }
    if (!cruscotto::sync::HubOptions::parseListen(parser.value(QStringLiteral("listen")), &options.listenAddress,
                                                  &options.listenPort)) {
        err << translated(QT_TRANSLATE_NOOP("hub", "--listen takes ADDR:PORT, e.g. 127.0.0.1:8443.")) << Qt::endl;
        return 2;
    }
    if (!threadsOk) {
        options.threads = 0; // validate() names the problem
    }
    if (!lifetimeOk) {
        options.tokenLifetimeSeconds = 0;
    }
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        err << problem << Qt::endl;
        return 2;
    }
    if (!QDir().mkpath(options.dataDir)) {
        err << translated(QT_TRANSLATE_NOOP("hub", "Cannot create the data directory %1.")).arg(options.dataDir) << Qt::endl;
        return 1;
    }

    try {
        cruscotto::sync::HubStore store(options.dataDir);
        if (options.demo) {
            const auto demo = cruscotto::sync::HubDemo::prepare(store);
            if (demo.seeded) {
                err << translated(QT_TRANSLATE_NOOP("hub", "Seeded the demo region: %1 sites, %2 aggregate rows."))
                           .arg(demo.summary.sites)
                           .arg(demo.summary.totalRows())
                    << Qt::endl;
            }
            if (demo.bookings > 0) {
                err << translated(QT_TRANSLATE_NOOP("hub", "Booked %1 demo groups for today at BAS-MUS-01."))
                           .arg(demo.bookings)
                    << Qt::endl;
            }
        } else {
            store.numberPendingRevisions();
        }
        store.write([&](core::Database& db) {
            core::Transaction tx(db);
            if (cruscotto::sync::ChangesFeed::adoptMinimumCell(db, options.profileMinimumCell)) {
                store.numberPendingRevisions(db);
                err << translated(QT_TRANSLATE_NOOP(
                           "hub", "Visitor profiles are now suppressed under %1 visitors: every client receives "
                                  "them again at its next sync."))
                           .arg(options.profileMinimumCell)
                    << Qt::endl;
            }
            tx.commit();
        });
        cruscotto::sync::HubApi api(store, { options.tokenLifetimeSeconds, 6, options.profileMinimumCell });
        cruscotto::sync::HubServer server(api, options);
        // Transaction monitoring over every counter's and channel's data, off the
        // request threads; its alerts reach the clients through the changes feed.
        std::optional<cruscotto::sync::HubMonitorThread> monitor;
        if (options.monitorIntervalSeconds > 0) {
            monitor.emplace(store, std::chrono::seconds(options.monitorIntervalSeconds),
                            [](const QString& line) { QTextStream(stderr) << line << Qt::endl; });
        }
        // One line on stdout that scripts and tests wait for (the port may have been 0).
        out << "listening on " << server.boundAddress() << Qt::endl;
        server.run(options.threads);
        if (monitor) {
            monitor->stop();
        }
        store.close();
        err << translated(QT_TRANSLATE_NOOP("hub", "Stopped.")) << Qt::endl;
        return 0;
    } catch (const std::exception& e) {
        err << translated(QT_TRANSLATE_NOOP("hub", "cruscotto-hub: %1")).arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 1;
    }
}
