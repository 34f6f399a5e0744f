// cruscotto-hub: the central server (HTTPS over Boost.Beast, in sync/).
#include "core/database.h"
#include "sync/changesfeed.h"
#include "sync/hubapi.h"
#include "sync/hubdemo.h"
#include "sync/hubmonitor.h"
#include "sync/huboptions.h"
#include "sync/hubserver.h"
#include "sync/hubstore.h"
#include "sync/hubuseradmin.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <chrono>
#include <exception>
#include <optional>

namespace {

QString hubText(const char* text)
{
    return QCoreApplication::translate("hub", text);
}

// `cruscotto-hub users add|list|remove|password ...`: the administrator's accounts,
// on the hub's database (also while the hub runs: SQLite's WAL lets both write).
int runUsers(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(hubText(QT_TRANSLATE_NOOP(
        "hub", "Manage the hub's users:\n"
               "  users add NAME --role director|clerk|regional|gateway --scope CODE[,CODE...] --password-file F\n"
               "  users list\n"
               "  users remove NAME\n"
               "  users password NAME --password-file F\n"
               "Scopes are site codes, or region codes for a regional manager; a clerk has one site.")));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("data-dir"), hubText(QT_TRANSLATE_NOOP("hub", "Directory of the hub's database.")),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("role"), hubText(QT_TRANSLATE_NOOP("hub", "The user's role.")),
                       QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("scope"), hubText(QT_TRANSLATE_NOOP("hub", "Site or region codes, comma-separated.")),
                       QStringLiteral("CODES") });
    parser.addOption({ QStringLiteral("password-file"),
                       hubText(QT_TRANSLATE_NOOP("hub", "A file whose first line is the password.")),
                       QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("users"), {});
    parser.addPositionalArgument(QStringLiteral("action"), hubText(QT_TRANSLATE_NOOP("hub", "add, list, remove or password.")));
    parser.addPositionalArgument(QStringLiteral("name"), hubText(QT_TRANSLATE_NOOP("hub", "The user's name.")));
    parser.process(arguments);
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(1);
    const QString name = words.value(2);
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty()) {
        err << hubText(QT_TRANSLATE_NOOP("hub", "--data-dir is required: the directory of the hub's database.")) << Qt::endl;
        return 2;
    }
    const bool needsName = action == QLatin1String("add") || action == QLatin1String("remove")
        || action == QLatin1String("password");
    if ((!needsName && action != QLatin1String("list")) || (needsName && name.isEmpty())) {
        err << parser.helpText();
        return 2;
    }
    QByteArray password;
    if (action == QLatin1String("add") || action == QLatin1String("password")) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (parser.value(QStringLiteral("password-file")).isEmpty() || !file.open(QIODevice::ReadOnly)) {
            err << hubText(QT_TRANSLATE_NOOP("hub", "--password-file must name a readable file.")) << Qt::endl;
            return 2;
        }
        password = file.readLine().trimmed();
    }
    try {
        if (!QFile::exists(cruscotto::sync::HubStore::pathIn(dataDir))) {
            err << hubText(QT_TRANSLATE_NOOP("hub", "There is no hub database in %1.")).arg(dataDir) << Qt::endl;
            return 1;
        }
        cruscotto::sync::HubStore store(dataDir, 1);
        return store.write([&](core::Database& db) -> int {
            cruscotto::sync::HubUserAdmin admin(db);
            if (action == QLatin1String("list")) {
                for (const auto& user : admin.list()) {
                    out << user.name << '\t' << cruscotto::sync::roleCode(user.role) << '\t'
                        << user.scope.join(QLatin1Char(',')) << '\n';
                }
                return 0;
            }
            if (action == QLatin1String("add")) {
                const auto role = cruscotto::sync::roleFromCode(parser.value(QStringLiteral("role")));
                if (!role) {
                    err << hubText(QT_TRANSLATE_NOOP("hub", "--role takes director, clerk, regional or gateway."))
                        << Qt::endl;
                    return 2;
                }
                admin.add(name, *role, password,
                          parser.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts));
                out << hubText(QT_TRANSLATE_NOOP("hub", "User %1 added.")).arg(name) << Qt::endl;
                return 0;
            }
            const bool done = action == QLatin1String("remove") ? admin.remove(name) : admin.setPassword(name, password);
            if (!done) {
                err << hubText(QT_TRANSLATE_NOOP("hub", "There is no user %1.")).arg(name) << Qt::endl;
                return 1;
            }
            out << (action == QLatin1String("remove")
                        ? hubText(QT_TRANSLATE_NOOP("hub", "User %1 removed; their tokens no longer work."))
                        : hubText(QT_TRANSLATE_NOOP("hub", "New password for %1; their tokens no longer work.")))
                       .arg(name)
                << Qt::endl;
            return 0;
        });
    } catch (const cruscotto::sync::HubUserError& e) {
        err << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    } catch (const std::exception& e) {
        err << hubText(QT_TRANSLATE_NOOP("hub", "cruscotto-hub: %1")).arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 1;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto Hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);
    if (argc > 1 && qstrcmp(argv[1], "users") == 0) {
        return runUsers(QCoreApplication::arguments());
    }
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
