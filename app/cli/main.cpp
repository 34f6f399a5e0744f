// cruscotto-cli: the headless front end (like keepassxc-cli or nextcloudcmd).
#include "progressbar.h"

#include "core/applog.h"
#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/forecastbacktest.h"
#include "core/fundingimport.h"
#include "core/fundingmonitor.h"
#include "core/fundingreport.h"
#include "core/ledger.h"
#include "core/ledgerrecovery.h"
#include "core/ledger.h"
#include "core/ministrystats.h"
#include "core/monthlyreport.h"
#include "core/reportcatalogue.h"
#include "core/reportfile.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "core/transactionmonitor.h"
#include "core/visithistory.h"
#include "core/visitorforecast.h"
#include "sync/hubclient.h"
#include "sync/ledgeruploader.h"
#include "sync/sensorgateway.h"
#include "sync/sensoringest.h"
#include "sync/syncengine.h"
#include "translations/translator.h"
#include "widgets/reportexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <optional>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList& arguments);

private:
    static int sites(const QStringList& arguments);
    static int demo(const QStringList& arguments);
    static int forecast(const QStringList& arguments);
    static int backtest(const QStringList& arguments);
    static int importVisits(const QStringList& arguments);
    static int importStats(const QStringList& arguments);
    static int importFunding(const QStringList& arguments);
    static int publishFunding(const QCommandLineParser& parser, const core::FundingTable& table);
    static int report(const QStringList& arguments);
    static int sync(const QStringList& arguments);
    static int uploadLedger(const QStringList& arguments);
    static int ingestSensors(const QStringList& arguments);
    static int tariffs(const QStringList& arguments);
    static int officeReport(const QStringList& arguments);
    static int verifyLedger(const QStringList& arguments);
    static int recoverLedger(const QStringList& arguments);
    static int alerts(const QStringList& arguments);
    static std::optional<core::Ledger> openExistingLedger(const QCommandLineParser& parser);
    static std::optional<core::Database> openExistingCache(const QString& dataDirOption);
    static void printUsage(FILE* out);
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption dataDirOption()
{
    return { QStringLiteral("data-dir"), Cli::tr("Use DIR for the cache instead of the platform's data location."),
             QStringLiteral("DIR") };
}

// Parses a command's own options; returns false (having said why) on bad input.
bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // `cruscotto-cli COMMAND --help`: the command's options, and nothing else done.
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    return true;
}

// The options of every command that talks to a hub: --hub, --user, --password-file, --ca-file.
void addHubOptions(QCommandLineParser& parser, const QString& userHelp)
{
    parser.addOption({ QStringLiteral("hub"), Cli::tr("The hub's address, https://HOST[:PORT]."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("user"), userHelp, QStringLiteral("U") });
    parser.addOption({ QStringLiteral("password-file"),
                       Cli::tr("A file whose first line is the password (keep it readable by you only)."),
                       QStringLiteral("F") });
    parser.addOption({ QStringLiteral("ca-file"),
                       Cli::tr("Certificate authority to trust for the hub (PEM); default: the system's store."),
                       QStringLiteral("F") });
}

// False (having said which) when one of the options is missing.
bool requireOptions(const QCommandLineParser& parser, const QString& command, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (parser.value(QLatin1String(name)).isEmpty()) {
            err() << Cli::tr("%1 needs --%2.").arg(command, QLatin1String(name)) << Qt::endl;
            return false;
        }
    }
    return true;
}

// The first line of --password-file; nullopt (having said why) when it cannot be read or is empty.
std::optional<QString> readPasswordFile(const QCommandLineParser& parser)
{
    QFile passwordFile(parser.value(QStringLiteral("password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("Cannot read the password file %1.").arg(passwordFile.fileName()) << Qt::endl;
        return std::nullopt;
    }
    const QString password
        = QString::fromUtf8(passwordFile.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    if (password.isEmpty()) {
        err() << Cli::tr("The password file %1 is empty.").arg(passwordFile.fileName()) << Qt::endl;
        return std::nullopt;
    }
    return password;
}

cruscotto::sync::HubEndpoint hubEndpoint(const QCommandLineParser& parser)
{
    cruscotto::sync::HubEndpoint endpoint;
    endpoint.url = parser.value(QStringLiteral("hub")).toStdString();
    endpoint.caFile = parser.value(QStringLiteral("ca-file")).toStdString();
    return endpoint;
}

void Cli::printUsage(FILE* stream)
{
    const QString text = tr("Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n"
                            "\n"
                            "Decision support for Italian state cultural sites, without a display.\n"
                            "\n"
                            "Commands:\n"
                            "  sites          List the cache's sites: code, name, type, region (tab-separated).\n"
                            "  demo           Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n"
                            "  forecast       Daily visitors of a site for the next days, with an 80% interval:\n"
                            "                 --site CODE --days N (1 to 90); prints date, forecast, low, high.\n"
                            "  backtest       Rolling-origin backtest of the forecasts against the seasonal-naive\n"
                            "                 one: --site CODE|all; prints site, model, MAPE %, MASE, coverage %.\n"
                            "  sync           Bring the cache up to date with a hub: --hub URL --user U\n"
                            "                 --password-file F [--ca-file F]. Exit 0 up to date, 3 hub\n"
                            "                 unreachable, 4 certificate refused, 5 sign-in or permission\n"
                            "                 refused, 6 malformed data from the hub, 1 local failure.\n"
                            "  upload-ledger  Send this ticket office's ledger to a hub: --hub URL --user U\n"
                            "                 --password-file F [--ca-file F]. Exit codes as for sync, and\n"
                            "                 7 when the hub refuses the ledger's records.\n"
                            "  ingest-sensors Replay a climate and occupancy log (CSV) into a zone of a site on a\n"
                            "                 hub, in batches: --hub URL --user U --password-file F --site CODE\n"
                            "                 --zone CODE [--timezone ZONE] [--shift-to YYYY-MM-DD] FILE.csv.\n"
                            "                 Exit codes as for sync, 7 when the hub refuses readings, 1 when\n"
                            "                 the file has nothing usable.\n"
                            "  tariffs        A director's tariffs on a hub: --hub URL --user U --password-file F\n"
                            "                 --site CODE and one of --set FILE.json (the products),\n"
                            "                 --free-days FILE.json, --slots FILE.json or --show. Exit codes as\n"
                            "                 for sync, and 7 when the hub refuses the content.\n"
                            "  import-visits  Import daily visitors from before the platform: FILE.csv with\n"
                            "                 lines date,site_code,visitors (ISO dates, header optional).\n"
                            "  import-stats   Import the ministry's published statistics (Tavola 5, regional\n"
                            "                 monthly visitors or gross takings, CSV as published): FILE...\n"
                            "  import-funding Import a funded programme's table (PNRR, PN Cultura: lines, target,\n"
                            "                 deadline, funded, committed, spent) or digitisation progress per\n"
                            "                 site, CSV or XLSX as the ministry shows it: FILE [--date DAY]\n"
                            "                 [--risk-months N] [--risk-spent PCT]. Exit 1 naming the row and\n"
                            "                 field of a bad row (nothing imported). With --hub URL --user U\n"
                            "                 --password-file F --scope site:CODE|region:CODE it publishes the\n"
                            "                 table on the hub instead (exit codes as for tariffs).\n"
                            "  report         Write a report: --type monthly|regional|mix|conservation|office|\n"
                            "                 alerts --scope all|region:NAME|site:CODE --from YYYY-MM-DD\n"
                            "                 --to YYYY-MM-DD (office: or --date) --format csv|csv-it|xlsx|pdf\n"
                            "                 --out PATH; several types (TYPE,TYPE) with --bundle (or\n"
                            "                 --format zip) make one ZIP with a manifest of SHA-256 sums.\n"
                            "  office-report  The ticket office's totals of a day from this device's ledger, by\n"
                            "                 product, category and payment (the Z report's figures):\n"
                            "                 [--date YYYY-MM-DD] (default today) [--training].\n"
                            "  verify-ledger  Check the ledger's hash chain: exit 0 intact, 3 broken.\n"
                            "  recover-ledger Move a damaged ledger aside and carry what it still holds into a\n"
                            "                 new one: exit 0 all of it, 3 part of it, 1 nothing.\n"
                            "  alerts         Run the transaction detectors over the cache (and this device's\n"
                            "                 ledger) and print the transaction alerts with their explanations:\n"
                            "                 --from YYYY-MM-DD --to YYYY-MM-DD [--site CODE]; or acknowledge\n"
                            "                 one: --ack ID --comment TEXT.\n"
                            "\n"
                            "Every command takes --data-dir DIR and --help.\n");
    std::fputs(qPrintable(text), stream);
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        printUsage(stderr);
        return 2;
    }
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "cruscotto-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    try {
        if (command == QLatin1String("sites")) {
            return sites(rest);
        }
        if (command == QLatin1String("demo")) {
            return demo(rest);
        }
        if (command == QLatin1String("forecast")) {
            return forecast(rest);
        }
        if (command == QLatin1String("backtest")) {
            return backtest(rest);
        }
        if (command == QLatin1String("sync")) {
            return sync(rest);
        }
        if (command == QLatin1String("upload-ledger")) {
            return uploadLedger(rest);
        }
        if (command == QLatin1String("ingest-sensors")) {
            return ingestSensors(rest);
        }
        if (command == QLatin1String("tariffs")) {
            return tariffs(rest);
        }
        if (command == QLatin1String("import-visits")) {
            return importVisits(rest);
        }
        if (command == QLatin1String("import-stats")) {
            return importStats(rest);
        }
        if (command == QLatin1String("import-funding")) {
            return importFunding(rest);
        }
        if (command == QLatin1String("report")) {
            return report(rest);
        }
        if (command == QLatin1String("office-report")) {
            return officeReport(rest);
        }
        if (command == QLatin1String("verify-ledger")) {
            return verifyLedger(rest);
        }
        if (command == QLatin1String("recover-ledger")) {
            return recoverLedger(rest);
        }
        if (command == QLatin1String("alerts")) {
            return alerts(rest);
        }
    } catch (const core::DatabaseError& e) {
        err() << tr("Error: %1").arg(e.message()) << Qt::endl;
        return 1;
    } catch (const std::exception& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 1;
    }
    err() << tr("Unknown command '%1'.").arg(command) << Qt::endl;
    printUsage(stderr);
    return 2;
}

int Cli::sites(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    if (!parseCommand(parser, arguments, tr("List the sites in the cache: code, name, type, region."))) {
        return 2;
    }
    const QString dir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    if (!core::Cache::exists(dir)) {
        err() << tr("No cache in %1: run 'cruscotto-cli demo' or sync with a hub first.").arg(dir) << Qt::endl;
        return 1;
    }
    core::Cache::OpenReport report;
    core::Database db = core::Cache::openWriter(dir, &report);
    if (report.movedAside) {
        err() << report.userMessage() << Qt::endl;
    }
    const auto sites = core::SiteCatalogue(db).sites();
    for (const auto& site : sites) {
        out() << site.code << '\t' << site.name << '\t' << core::siteTypeCode(site.type) << '\t' << site.regionName
              << '\n';
    }
    out().flush();
    return 0;
}

int Cli::demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(
        { QStringLiteral("sites"), tr("Number of sites (default 12)."), QStringLiteral("N"), QStringLiteral("12") });
    parser.addOption({ QStringLiteral("years"), tr("Full years before the current one (default 3)."),
                       QStringLiteral("Y"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("seed"), tr("Random seed: the same seed gives the same data (default 2026)."),
                       QStringLiteral("S"), QStringLiteral("2026") });
    parser.addOption(
        { QStringLiteral("until"), tr("Last day to generate, YYYY-MM-DD (default today)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("force"), tr("Replace an existing cache.") });
    if (!parseCommand(parser, arguments,
                      tr("Build a deterministic demo cache: sites of every kind over past years and this one."))) {
        return 2;
    }
    bool okSites = false;
    bool okYears = false;
    bool okSeed = false;
    core::DemoGenerator::Options options;
    options.monitorDays = 120; // the alerts a hub's transaction monitoring would have raised
    options.sites = parser.value(QStringLiteral("sites")).toInt(&okSites);
    options.years = parser.value(QStringLiteral("years")).toInt(&okYears);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okSites || options.sites < 1 || options.sites > 5000) {
        err() << tr("--sites takes a whole number from 1 to 5000.") << Qt::endl;
        return 2;
    }
    if (!okYears || options.years < 0 || options.years > 30) {
        err() << tr("--years takes a whole number from 0 to 30.") << Qt::endl;
        return 2;
    }
    if (!okSeed) {
        err() << tr("--seed takes a non-negative whole number.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid()) {
            err() << tr("--until takes a date as YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
    }
    const QString dir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    if (core::Cache::exists(dir) && !parser.isSet(QStringLiteral("force"))) {
        err() << tr("A cache already exists in %1; add --force to replace it.").arg(dir) << Qt::endl;
        return 1;
    }
    const core::DemoGenerator generator(options);
    ProgressBar bar(tr("Generating"));
    QElapsedTimer clock;
    clock.start();
    const auto summary = generator.writeCache(core::Cache::pathIn(dir), [&bar](int done, int total) {
        bar.update(done, total);
        return true;
    });
    bar.finish();
    const double seconds = clock.elapsed() / 1000.0;
    out() << tr("Demo cache written to %1").arg(core::Cache::pathIn(dir)) << '\n'
          << tr("%1 sites, %2 zones, %3 to %4")
                 .arg(summary.sites)
                 .arg(summary.zones)
                 .arg(summary.from.toString(Qt::ISODate), summary.until.toString(Qt::ISODate))
          << '\n'
          << tr("%1 hourly sales rows, %2 zone sensor rows, %3 microcell rows, %4 visitor-profile rows")
                 .arg(summary.salesRows)
                 .arg(summary.sensorRows)
                 .arg(summary.microcellRows)
                 .arg(summary.profileRows)
          << '\n'
          << tr("%1 rows in %2 s (%3 rows/s)")
                 .arg(summary.totalRows())
                 .arg(seconds, 0, 'f', 1)
                 .arg(seconds > 0 ? static_cast<qint64>(summary.totalRows() / seconds) : 0)
          << Qt::endl;
    return 0;
}

std::optional<core::Database> Cli::openExistingCache(const QString& dataDirOption)
{
    const QString dir = core::Cache::dataDir(dataDirOption);
    if (!core::Cache::exists(dir)) {
        err() << tr("No cache in %1: run 'cruscotto-cli demo' or sync with a hub first.").arg(dir) << Qt::endl;
        return std::nullopt;
    }
    core::Cache::OpenReport report;
    core::Database db = core::Cache::openWriter(dir, &report);
    if (report.movedAside) {
        err() << report.userMessage() << Qt::endl;
    }
    return db;
}

int Cli::forecast(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(
        { QStringLiteral("site"), tr("The site's code (see 'cruscotto-cli sites')."), QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("days"),
                       tr("Days to forecast after the last day of history, 1 to %1 (default 28).")
                           .arg(core::VisitorForecast::MaxDays),
                       QStringLiteral("N"), QStringLiteral("28") });
    if (!parseCommand(parser, arguments,
                      tr("Forecast a site's daily visitors with an 80% prediction interval: one line per day with "
                         "date, forecast, low and high, tab-separated. Closed days forecast 0."))) {
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    const QString code = parser.value(QStringLiteral("site"));
    if (code.isEmpty()) {
        err() << tr("forecast needs --site CODE.") << Qt::endl;
        return 2;
    }
    bool okDays = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&okDays);
    if (!okDays || days < 1 || days > core::VisitorForecast::MaxDays) {
        err() << tr("--days takes a whole number from 1 to %1.").arg(core::VisitorForecast::MaxDays) << Qt::endl;
        return 2;
    }
    auto db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    const auto site = core::SiteCatalogue(*db).siteByCode(code);
    if (!site) {
        err() << tr("Unknown site '%1': 'cruscotto-cli sites' lists the codes.").arg(code) << Qt::endl;
        return 2;
    }
    core::VisitorForecast model(site->calendar);
    try {
        model.fit(core::VisitHistory(*db).series(site->id));
    } catch (const core::InsufficientHistory& e) {
        err() << tr("Not enough history to forecast %1: %2 Import the earlier history with "
                    "'cruscotto-cli import-visits'.")
                     .arg(code, QString::fromUtf8(e.what()))
              << Qt::endl;
        return 1;
    }
    const auto rounded = [](double v) { return QString::number(std::llround(v)); };
    for (const core::DayForecast& f : model.forecast(days)) {
        out() << f.day.toString(Qt::ISODate) << '\t' << rounded(f.visitors) << '\t' << rounded(f.low) << '\t'
              << rounded(f.high) << '\n';
    }
    out().flush();
    return 0;
}

int Cli::backtest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(
        { QStringLiteral("site"), tr("The site's code, or 'all' for every site."), QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("horizon"),
                       tr("Days forecast from each origin, 1 to %1 (default 28).").arg(core::VisitorForecast::MaxDays),
                       QStringLiteral("N"), QStringLiteral("28") });
    if (!parseCommand(parser, arguments,
                      tr("Backtest the visitor forecasts with rolling origins (every 28 days over the last year) "
                         "against the seasonal-naive forecast (same weekday 52 weeks earlier). One line per site and "
                         "model, tab-separated: site, model, MAPE (%), MASE, 80% interval coverage (%)."))) {
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    const QString code = parser.value(QStringLiteral("site"));
    if (code.isEmpty()) {
        err() << tr("backtest needs --site CODE or --site all.") << Qt::endl;
        return 2;
    }
    bool okHorizon = false;
    core::ForecastBacktest::Options options;
    options.horizon = parser.value(QStringLiteral("horizon")).toInt(&okHorizon);
    if (!okHorizon || options.horizon < 1 || options.horizon > core::VisitorForecast::MaxDays) {
        err() << tr("--horizon takes a whole number from 1 to %1.").arg(core::VisitorForecast::MaxDays) << Qt::endl;
        return 2;
    }
    auto db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    const core::SiteCatalogue catalogue(*db);
    QList<core::Site> sites;
    if (code == QLatin1String("all")) {
        sites = catalogue.sites();
    } else if (const auto site = catalogue.siteByCode(code)) {
        sites.append(*site);
    } else {
        err() << tr("Unknown site '%1': 'cruscotto-cli sites' lists the codes.").arg(code) << Qt::endl;
        return 2;
    }
    const core::ForecastBacktest backtest(options);
    const core::VisitHistory history(*db);
    const auto percent = [](double v) { return QString::number(100 * v, 'f', 1); };
    int done = 0;
    for (const core::Site& site : sites) {
        core::SiteBacktest b;
        try {
            b = backtest.run(site, history.series(site.id));
        } catch (const core::InsufficientHistory& e) {
            err() << tr("Not enough history to backtest %1: %2").arg(site.code, QString::fromUtf8(e.what()))
                  << Qt::endl;
            continue;
        }
        ++done;
        out() << site.code << '\t' << core::ForecastBacktest::ModelName << '\t' << percent(b.model.mape) << '\t'
              << QString::number(b.model.mase, 'f', 3) << '\t' << percent(b.model.coverage.value_or(0)) << '\n';
        out() << site.code << '\t' << core::ForecastBacktest::NaiveName << '\t' << percent(b.naive.mape) << '\t'
              << QString::number(b.naive.mase, 'f', 3) << '\t' << '-' << '\n';
    }
    out().flush();
    if (done == 0) {
        err() << tr("No site has enough history for a backtest (a year and four weeks of daily visitors).") << Qt::endl;
        return 1;
    }
    return 0;
}

int Cli::importVisits(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("Lines of date,site_code,visitors."));
    if (!parseCommand(parser, arguments,
                      tr("Import a history of daily visitors from before the platform into the cache, all or "
                         "nothing: lines 'date,site_code,visitors' with ISO dates (YYYY-MM-DD), an optional header "
                         "line, ';' accepted as the separator. A site and day imported again replaces the earlier "
                         "figure; days with platform sales keep the platform's figure."))) {
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << tr("import-visits takes one CSV file (date,site_code,visitors).") << Qt::endl;
        return 2;
    }
    const QString path = files.first();
    if (!QFile::exists(path)) {
        err() << tr("No file %1.").arg(path) << Qt::endl;
        return 2;
    }
    auto db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    const core::VisitHistory::ImportResult result = core::VisitHistory(*db).importCsvFile(path);
    if (!result.ok()) {
        constexpr int shown = 20;
        for (qsizetype i = 0; i < result.errors.size() && i < shown; ++i) {
            const auto& e = result.errors.at(i);
            if (e.line > 0) {
                err() << tr("%1 line %2: %3").arg(path, QString::number(e.line), e.reason) << Qt::endl;
            } else {
                err() << tr("%1: %2").arg(path, e.reason) << Qt::endl;
            }
        }
        if (result.errors.size() > shown || result.stoppedEarly) {
            err() << tr("... more bad lines not shown.") << Qt::endl;
        }
        err() << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    out() << tr("Imported %n day(s) of visitors, %1 to %2; sites: %3.", "", result.days)
                 .arg(result.from.toString(Qt::ISODate), result.to.toString(Qt::ISODate))
                 .arg(result.sites)
          << '\n';
    if (result.replaced > 0) {
        out() << tr("%n day(s) replaced an earlier import.", "", result.replaced) << '\n';
    }
    if (result.overlappingSales > 0) {
        out() << tr("%n day(s) fall on days with platform sales; the forecasts use the platform's figures there.", "",
                    result.overlappingSales)
              << '\n';
    }
    out().flush();
    return 0;
}

int Cli::importStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Tavola 5 CSV files, as the ministry publishes them."));
    if (!parseCommand(parser, arguments,
                      tr("Import the ministry's published statistics (Tavola 5: regional monthly series of visitors "
                         "or gross takings) into the cache, all or nothing: every file is checked (months adding up "
                         "to the published totals, regions to the national total) before anything is written. A "
                         "region, year and kind imported again replaces the earlier figures."))) {
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << tr("import-stats takes one or more Tavola 5 CSV files.") << Qt::endl;
        return 2;
    }
    QList<core::MinistryStats::Table> tables;
    bool failed = false;
    for (const QString& path : files) {
        const auto result = core::MinistryStats::parseFile(path);
        for (const auto& e : result.errors) {
            if (e.line > 0) {
                err() << tr("%1 line %2: %3").arg(path, QString::number(e.line), e.reason) << Qt::endl;
            } else {
                err() << tr("%1: %2").arg(path, e.reason) << Qt::endl;
            }
        }
        failed = failed || !result.ok();
        tables.append(result.table);
    }
    if (failed) {
        err() << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    auto db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    core::MinistryStats(*db).store(tables);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const auto& t = tables.at(i);
        const QString total = t.national ? (t.kind == core::MinistryStats::Kind::Visitors
                                                ? QString::number(t.national->total)
                                                : core::Money::fromCents(t.national->total).toPlainString())
                                         : QStringLiteral("-");
        out() << (t.kind == core::MinistryStats::Kind::Visitors
                      ? tr("%1: %2 visitors, %3 regions; national total %4").arg(files.at(i))
                      : tr("%1: %2 gross takings (EUR), %3 regions; national total %4").arg(files.at(i)))
                     .arg(t.year)
                     .arg(t.regions.size())
                     .arg(total)
              << '\n';
    }
    out().flush();
    return 0;
}

int Cli::importFunding(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ QStringLiteral("date"),
                       tr("The day the flags are worked out for, YYYY-MM-DD (default: today in Rome)."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("risk-months"),
                       tr("At risk: the deadline at most N months away (default 6)."),
                       QStringLiteral("N"), QStringLiteral("6") });
    parser.addOption({ QStringLiteral("risk-spent"),
                       tr("At risk: less than PCT% of the funding spent (default 50)."), QStringLiteral("PCT"),
                       QStringLiteral("50") });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A CSV or XLSX file."));
    addHubOptions(parser, tr("A director or regional manager of the hub."));
    parser.addOption({ QStringLiteral("scope"),
                       tr("With --hub: whose table it is, site:CODE (a director's site) or region:CODE (a regional "
                          "manager's region)."),
                       QStringLiteral("SCOPE") });
    if (!parseCommand(parser, arguments,
                      tr("Import a funded programme's table (the ministry's layout: description with the line's "
                         "code, target, deadline as a quarter such as T4-2025, status, funded, committed, "
                         "commitments in progress, spent, notes; Italian amounts) or a table of digitisation "
                         "progress per site (sito, cantieri previsti, cantieri attivi, cantieri conclusi, risorse "
                         "prodotte, obiettivo risorse, data obiettivo), all or nothing. A table imported again "
                         "replaces the earlier one with the same code."))) {
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << tr("import-funding takes one CSV or XLSX file.") << Qt::endl;
        return 2;
    }
    const QString path = files.first();
    if (!QFile::exists(path)) {
        err() << tr("No file %1.").arg(path) << Qt::endl;
        return 2;
    }
    QDate day = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            err() << tr("--date takes YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
    }
    core::FundingMonitor::Thresholds thresholds;
    bool monthsOk = false;
    bool spentOk = false;
    thresholds.riskMonths = parser.value(QStringLiteral("risk-months")).toInt(&monthsOk);
    thresholds.minSpentOfFunded = parser.value(QStringLiteral("risk-spent")).toDouble(&spentOk) / 100.0;
    if (!monthsOk || thresholds.riskMonths < 0 || thresholds.riskMonths > 120 || !spentOk
        || thresholds.minSpentOfFunded < 0 || thresholds.minSpentOfFunded > 1) {
        err() << tr("--risk-months takes 0 to 120, --risk-spent 0 to 100.") << Qt::endl;
        return 2;
    }

    const core::FundingImport::Result result = core::FundingImport::parseFile(path);
    if (!result.ok()) {
        for (const auto& problem : result.problems) {
            err() << tr("%1: %2").arg(path, problem.toString()) << Qt::endl;
        }
        err() << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("hub"))) {
        if (!requireOptions(parser, QStringLiteral("import-funding --hub"), { "user", "password-file", "scope" })) {
            return 2;
        }
        if (result.kind != core::FundingImport::Kind::Funding) {
            err() << tr("Only funding tables are published on the hub; import digitisation progress locally.")
                  << Qt::endl;
            return 2;
        }
        return publishFunding(parser, result.table);
    }
    // A funding table needs no sites, so the cache is made if there is none yet.
    core::Database db = core::Cache::openWriter(core::Cache::dataDir(parser.value(QStringLiteral("data-dir"))));
    core::FundingStore store(db);
    if (result.kind == core::FundingImport::Kind::Digitisation) {
        store.storeDigitisation(result.digitisation);
        std::int64_t planned = 0, active = 0, concluded = 0, produced = 0, target = 0;
        for (const auto& p : result.digitisation) {
            planned += p.planned;
            active += p.active;
            concluded += p.concluded;
            produced += p.resourcesProduced;
            target += p.resourcesTarget;
        }
        out() << tr("Imported the digitisation progress; sites: %1.").arg(result.digitisation.size())
              << '\n'
              << tr("Work sites: %1 planned, %2 active, %3 concluded, %4 still to start.")
                     .arg(planned)
                     .arg(active)
                     .arg(concluded)
                     .arg(planned - active - concluded)
              << '\n'
              << tr("Digital resources: %1 produced of a target of %2.").arg(produced).arg(target) << Qt::endl;
        return 0;
    }
    const core::FundingTable& table = result.table;
    store.store(table, QDateTime::currentSecsSinceEpoch());
    const auto e = core::FundingMonitor::evaluate(table, day, thresholds);
    const QLocale locale;
    const auto percent = [&locale](const std::optional<double>& ratio) {
        return ratio ? locale.toString(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
    };
    out() << tr("Imported %1; lines: %2.").arg(table.code).arg(table.lines.size()) << '\n';
    if (!table.title.isEmpty()) {
        out() << table.title << '\n';
    }
    out() << tr("Funded %1, committed %2, commitments in progress %3, spent %4.")
                 .arg(e.funded.toString(locale), e.committed.toString(locale), e.inProgress.toString(locale),
                      e.spent.toString(locale))
          << '\n'
          << tr("Committed/funded %1, spent/committed %2, spent/funded %3; with the commitments in progress, %4 "
                "of the funding.")
                 .arg(percent(e.total.committedOfFunded), percent(e.total.spentOfCommitted),
                      percent(e.total.spentOfFunded), percent(e.total.engagedOfFunded))
          << '\n';
    if (e.mismatches.isEmpty()) {
        out() << tr("The sub-lines add up to their parent lines.") << '\n';
    }
    for (const auto& m : e.mismatches) {
        out() << tr("Check: the sub-lines of %1 add up to %2 in %3, the line says %4.")
                     .arg(table.lines[m.parent].code, m.childrenSum.toString(locale), core::FundingReport::amountName(m.field),
                          m.parentAmount.toString(locale))
              << '\n';
    }
    out() << tr("On %1, lines at risk: %2; past the deadline with the target not met: %3.")
                 .arg(day.toString(Qt::ISODate))
                 .arg(e.atRisk)
                 .arg(e.pastDeadline)
          << Qt::endl;
    return 0;
}

// import-funding --hub: the table checked here, then PUT /v1/funding; every client whose
// scope covers the site or region receives it with its next sync.
int Cli::publishFunding(const QCommandLineParser& parser, const core::FundingTable& table)
{
    using cruscotto::sync::HubError;
    const std::optional<QString> password = readPasswordFile(parser);
    if (!password) {
        return 2;
    }
    QJsonArray lines;
    for (const core::FundingLine& l : table.lines) {
        lines.append(QJsonObject{ { QStringLiteral("code"), l.code },
                                  { QStringLiteral("description"), l.description },
                                  { QStringLiteral("target"), l.target },
                                  { QStringLiteral("deadline"), l.deadlineText },
                                  { QStringLiteral("status"), l.status },
                                  { QStringLiteral("funded_cents"), qint64(l.funded.cents()) },
                                  { QStringLiteral("committed_cents"), qint64(l.committed.cents()) },
                                  { QStringLiteral("in_progress_cents"), qint64(l.inProgress.cents()) },
                                  { QStringLiteral("spent_cents"), qint64(l.spent.cents()) },
                                  { QStringLiteral("notes"), l.notes } });
    }
    const QJsonObject body{ { QStringLiteral("scope"), parser.value(QStringLiteral("scope")) },
                            { QStringLiteral("title"), table.title },
                            { QStringLiteral("lines"), lines } };
    cruscotto::sync::HubEndpoint endpoint = hubEndpoint(parser);
    endpoint.connectTimeout = std::chrono::seconds(5);
    cruscotto::sync::HubClient client(endpoint);
    try {
        const QJsonObject credentials{ { QStringLiteral("user"), parser.value(QStringLiteral("user")) },
                                       { QStringLiteral("password"), *password } };
        const auto signIn
            = client.post("/v1/auth/token", QJsonDocument(credentials).toJson(QJsonDocument::Compact).toStdString());
        const QString token = QJsonDocument::fromJson(QByteArray::fromStdString(signIn.body))
                                  .object()
                                  .value(QLatin1String("token"))
                                  .toString();
        if (signIn.status == 401) {
            err() << tr("Error: the hub did not accept the user name or password.") << Qt::endl;
            return 5;
        }
        if (signIn.status != 200 || token.isEmpty()) {
            err() << tr("Error: the hub answered the sign-in with status %1.").arg(signIn.status) << Qt::endl;
            return 6;
        }
        client.setToken(token.toStdString());
        // The whole table replaces the one on the hub: sending it again is harmless.
        const auto reply = client.put("/v1/funding", QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
        const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
        if (reply.status == 200) {
            out() << tr("Published %1 on the hub for %2; lines: %3.")
                         .arg(table.code, parser.value(QStringLiteral("scope")))
                         .arg(answer.value(QLatin1String("lines")).toInteger())
                  << Qt::endl;
            return 0;
        }
        const QString message = answer.value(QLatin1String("message")).toString();
        if (reply.status == 401 || reply.status == 403) {
            err() << tr("Error: %1").arg(message) << Qt::endl;
            return 5;
        }
        if (reply.status == 400 || reply.status == 409 || reply.status == 422) {
            err() << tr("The hub refused the content: %1").arg(message) << Qt::endl;
            for (const QJsonValue problem : answer.value(QLatin1String("problems")).toArray()) {
                err() << QStringLiteral("  %1: %2")
                             .arg(problem.toObject().value(QLatin1String("field")).toString(),
                                  problem.toObject().value(QLatin1String("message")).toString())
                      << Qt::endl;
            }
            return 7;
        }
        err() << tr("Error: the hub answered with status %1.").arg(reply.status) << Qt::endl;
        return 6;
    } catch (const HubError& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        switch (e.kind()) {
        case HubError::Kind::Certificate:
            return 4;
        case HubError::Kind::Protocol:
            return 6;
        case HubError::Kind::BadAddress:
            return 2;
        default:
            return 3;
        }
    }
}

int Cli::report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    const QString types = core::ReportCatalogue::ids().join(QStringLiteral(", "));
    parser.addOption({ QStringLiteral("type"),
                       tr("The report, or several separated by commas (a bundle): %1.").arg(types),
                       QStringLiteral("TYPE[,TYPE...]") });
    parser.addOption({ QStringLiteral("scope"), tr("all, region:NAME or site:CODE (default all)."),
                       QStringLiteral("SCOPE"), QStringLiteral("all") });
    parser.addOption({ QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("date"), tr("One day, YYYY-MM-DD: the same as --from DATE --to DATE (for "
                                                  "the ticket office's daily report)."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("format"),
                       tr("csv (RFC 4180, UTF-8), csv-it (Italian Excel: ';', decimal comma, BOM), xlsx, pdf, or "
                          "zip (a bundle of xlsx files: the same as --format xlsx --bundle)."),
                       QStringLiteral("FORMAT") });
    parser.addOption({ QStringLiteral("bundle"),
                       tr("Write a ZIP at --out holding each report in --format and manifest.json (each file's "
                          "name, size, SHA-256, type, scope, period, time made, app version). Needed for several "
                          "types.") });
    parser.addOption(
        { QStringLiteral("out"), tr("The file to write (replaced if it exists)."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("training"), tr("office: read the training ledger instead.") });
    if (!parseCommand(parser, arguments,
                      tr("Write a report from the cache (office: from this device's ticket-office ledger in "
                         "--data-dir). The file is written under a temporary name and renamed when complete, so a "
                         "failed run never leaves a half-written file. Exit 0 written, 1 when the report cannot "
                         "be made or written (unknown site or region, nothing in the period, unwritable path), 2 "
                         "on bad arguments."))) {
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    const QStringList typeList = parser.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (typeList.isEmpty()) {
        err() << tr("--type takes: %1.").arg(types) << Qt::endl;
        return 2;
    }
    for (const QString& type : typeList) {
        if (!core::ReportCatalogue::find(type) || typeList.count(type) > 1) {
            err() << tr("Unknown report type '%1': --type takes %2.").arg(type, types) << Qt::endl;
            return 2;
        }
    }
    const auto scope = core::ReportScope::parse(parser.value(QStringLiteral("scope")));
    if (!scope) {
        err() << tr("--scope takes all, region:NAME or site:CODE.") << Qt::endl;
        return 2;
    }
    core::Period period;
    if (parser.isSet(QStringLiteral("date"))) {
        period.from = period.to = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    } else {
        period = { QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate),
                   QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate) };
    }
    if (!period.from.isValid() || !period.to.isValid()) {
        err() << tr("report needs --from and --to (or --date) as YYYY-MM-DD.") << Qt::endl;
        return 2;
    }
    QString formatName = parser.value(QStringLiteral("format"));
    bool bundle = parser.isSet(QStringLiteral("bundle"));
    if (formatName == QLatin1String("zip")) {
        formatName = QStringLiteral("xlsx");
        bundle = true;
    }
    const auto format = widgets::ReportExport::formatFromName(formatName);
    if (!format) {
        err() << tr("--format takes csv, csv-it, xlsx, pdf or zip.") << Qt::endl;
        return 2;
    }
    if (typeList.size() > 1 && !bundle) {
        err() << tr("Several report types go into one ZIP: add --bundle (or --format zip).") << Qt::endl;
        return 2;
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err() << tr("report needs --out PATH.") << Qt::endl;
        return 2;
    }
    if (*format == widgets::ReportExport::Format::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err() << tr("Error: %1").arg(tr("PDF needs the graphical libraries, which could not start.")) << Qt::endl;
        return 1;
    }
    auto db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    core::ReportRequest request;
    request.scope = *scope;
    request.period = period;
    request.dataDir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    request.training = parser.isSet(QStringLiteral("training"));
    try {
        QList<core::Report> reports;
        qint64 rows = 0;
        for (const QString& type : typeList) {
            reports.append(core::ReportCatalogue::build(*db, type, request));
            rows += reports.last().rowCount();
        }
        if (bundle) {
            widgets::ReportExport::writeBundle(path, *format, reports, scope->toString());
        } else {
            widgets::ReportExport::write(path, *format, reports.first());
        }
        out() << tr("Wrote %1 (%n row(s)).", "", static_cast<int>(rows)).arg(path) << Qt::endl;
        return 0;
    } catch (const core::ReportError& e) {
        err() << tr("Error: %1").arg(e.message()) << Qt::endl;
        return 1;
    }
}

std::optional<core::Ledger> Cli::openExistingLedger(const QCommandLineParser& parser)
{
    const QString dir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    const bool training = parser.isSet(QStringLiteral("training"));
    const QString path = core::Ledger::pathIn(dir, training);
    if (!QFile::exists(path)) {
        err() << tr("No ticket-office ledger in %1: this device has not sold anything yet.").arg(dir) << Qt::endl;
        return std::nullopt;
    }
    return core::Ledger::open(path, training);
}

int Cli::officeReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ QStringLiteral("date"), tr("The day, YYYY-MM-DD (default: today in Rome)."),
                       QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("training"), tr("Read the training ledger instead.") });
    if (!parseCommand(parser, arguments,
                      tr("Print a day's ticket-office totals from this device's ledger, net of voids and "
                         "refunds: tab-separated, amounts in euro with a decimal point."))) {
        return 2;
    }
    QDate day = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            err() << tr("--date takes a day as YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
    }
    auto ledger = openExistingLedger(parser);
    if (!ledger) {
        return 1;
    }
    const auto identity = ledger->identity();
    const core::OfficeTotals totals = core::TicketOffice::dayTotals(*ledger, day);
    out() << "# " << tr("Ticket office %1, device %2, %3%4")
                         .arg(identity ? identity->siteCode : QString(), identity ? identity->name : QString(),
                              day.toString(Qt::ISODate),
                              ledger->isTraining() ? tr(" (TRAINING: these sales never count)") : QString())
          << '\n';
    out() << "sales\t" << totals.sales << '\n'
          << "tickets\t" << totals.tickets << '\n'
          << "gross\t" << totals.gross.toPlainString() << '\n'
          << "voids\t" << totals.voids << '\t' << totals.voided.toPlainString() << '\n'
          << "refunds\t" << totals.refunds << '\t' << totals.refunded.toPlainString() << '\n'
          << "net\t" << totals.net.toPlainString() << '\n'
          << "cash\t" << totals.cashIn.toPlainString() << '\n'
          << "card\t" << totals.cardIn.toPlainString() << '\n';
    const auto section = [](const QString& title, const QList<core::OfficeTotals::Row>& rows, bool tickets) {
        out() << "# " << title << '\n';
        for (const auto& row : rows) {
            out() << row.key << '\t' << row.name << '\t';
            if (tickets) {
                out() << row.tickets << '\t';
            }
            out() << row.amount.toPlainString() << '\n';
        }
    };
    section(tr("By product: code, name, tickets, amount"), totals.byProduct, true);
    section(tr("By category: code, name, tickets, amount"), totals.byCategory, true);
    section(tr("By payment: method, name, amount"), totals.byPayment, false);
    out().flush();
    return 0;
}

int Cli::verifyLedger(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ QStringLiteral("training"), tr("Check the training ledger instead.") });
    if (!parseCommand(parser, arguments,
                      tr("Recompute the ledger's hash chain. Exit 0 when every record is intact, 3 when a record "
                         "was changed, removed or inserted, 1 when the ledger cannot be read."))) {
        return 2;
    }
    auto ledger = openExistingLedger(parser);
    if (!ledger) {
        return 1;
    }
    const core::Ledger::Verification check = ledger->verify();
    if (!check.ok) {
        err() << tr("The ledger %1 is broken at record %2: %3").arg(ledger->path()).arg(check.firstBadSeq).arg(check.problem)
              << Qt::endl;
        err() << tr("Do not sell on this device: run 'cruscotto-cli recover-ledger' (it keeps the damaged file) "
                    "and tell your supervisor.")
              << Qt::endl;
        return 3;
    }
    out() << tr("The ledger %1 is intact: %n record(s), the last one uploaded: %2.", "", int(check.records))
                 .arg(ledger->path())
                 .arg(ledger->uploadedThrough())
          << Qt::endl;
    return 0;
}

int Cli::recoverLedger(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ QStringLiteral("training"), tr("Recover the training ledger instead.") });
    if (!parseCommand(parser, arguments,
                      tr("Move the damaged ledger aside (never deleted), carry every record it still holds, in "
                         "order and with its hash chain intact, into a new ledger with the same device identity, "
                         "rebuild its indexes and verify it. Exit 0 when every record was recovered, 3 when only "
                         "the first part was, 1 when nothing could be."))) {
        return 2;
    }
    const QString dir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    const bool training = parser.isSet(QStringLiteral("training"));
    const QString path = core::Ledger::pathIn(dir, training);
    if (!QFile::exists(path)) {
        err() << tr("No ticket-office ledger in %1.").arg(dir) << Qt::endl;
        return 1;
    }
    try {
        const core::LedgerRecoveryReport report = core::LedgerRecovery::recover(path, training);
        (report.complete ? out() : err()) << report.userMessage() << Qt::endl;
        return report.complete ? 0 : 3;
    } catch (const std::exception& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 1;
    }
}

int Cli::sync(const QStringList& arguments)
{
    using cruscotto::sync::SyncError;
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    addHubOptions(parser, tr("The user to sign in as."));
    if (!parseCommand(parser, arguments,
                      tr("Bring the local cache up to date with the hub: only what changed since the last sync."))) {
        return 2;
    }
    if (!requireOptions(parser, QStringLiteral("sync"), { "hub", "user", "password-file" })) {
        return 2;
    }
    const std::optional<QString> readPassword = readPasswordFile(parser);
    if (!readPassword) {
        return 2;
    }
    const QString& password = *readPassword;
    const QString dir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    core::Cache::OpenReport report;
    core::Database cache = core::Cache::openWriter(dir, &report);
    if (report.movedAside) {
        err() << report.userMessage() << Qt::endl;
    }
    try {
        cruscotto::sync::HubEndpoint endpoint = hubEndpoint(parser);
        cruscotto::sync::HubClient client(endpoint);
        cruscotto::sync::SyncEngine engine(cache, client);
        engine.login(parser.value(QStringLiteral("user")), password);
        ProgressBar bar(tr("Syncing"));
        const auto result = engine.run([&bar](const cruscotto::sync::SyncProgress& p) {
            if (p.fraction) {
                bar.update(static_cast<qint64>(*p.fraction * 1000), 1000);
            }
        });
        bar.finish();
        out() << tr("Up to date: %1 rows in %2 pages, %3 received, %4 s.")
                     .arg(result.rows)
                     .arg(result.pages)
                     .arg(QLocale::c().formattedDataSize(static_cast<qint64>(result.bytes)))
                     .arg(result.seconds, 0, 'f', 1)
              << Qt::endl;
        return 0;
    } catch (const cruscotto::sync::HubError& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return e.kind() == cruscotto::sync::HubError::Kind::BadAddress ? 2 : 3;
    } catch (const SyncError& e) {
        err() << tr("Error: %1").arg(e.message()) << Qt::endl;
        switch (e.kind()) {
        case SyncError::Kind::Unreachable:
            return 3;
        case SyncError::Kind::Certificate:
            return 4;
        case SyncError::Kind::WrongPassword:
        case SyncError::Kind::NoPermission:
            return 5;
        case SyncError::Kind::BadData:
            return 6;
        case SyncError::Kind::Cancelled:
        case SyncError::Kind::Cache:
            break;
        }
        return 1;
    }
}

int Cli::uploadLedger(const QStringList& arguments)
{
    using cruscotto::sync::LedgerUploadError;
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    addHubOptions(parser, tr("The user to sign in as."));
    if (!parseCommand(parser, arguments,
                      tr("Send the records of this ticket office's ledger that the hub does not have yet, "
                         "registering the device with the hub first if needed."))) {
        return 2;
    }
    if (!requireOptions(parser, QStringLiteral("upload-ledger"), { "hub", "user", "password-file" })) {
        return 2;
    }
    const std::optional<QString> readPassword = readPasswordFile(parser);
    if (!readPassword) {
        return 2;
    }
    const QString& password = *readPassword;
    const QString path = core::Ledger::pathIn(core::Cache::dataDir(parser.value(QStringLiteral("data-dir"))));
    if (!QFile::exists(path)) {
        err() << tr("No ledger at %1: this is not a ticket office's data directory.").arg(path) << Qt::endl;
        return 1;
    }
    core::Ledger ledger = core::Ledger::open(path);
    const auto identity = ledger.identity();
    if (!identity) {
        err() << tr("The ledger at %1 has no device identity: provision the device first.").arg(path) << Qt::endl;
        return 1;
    }
    try {
        cruscotto::sync::HubEndpoint endpoint = hubEndpoint(parser);
        endpoint.connectTimeout = std::chrono::seconds(5);
        cruscotto::sync::HubClient client(endpoint);
        cruscotto::sync::LedgerUploader uploader(client);
        uploader.login(parser.value(QStringLiteral("user")), password);
        if (uploader.registerDevice(*identity)) {
            out() << tr("Registered this device (%1) with the hub.").arg(identity->name) << Qt::endl;
        }
        ProgressBar bar(tr("Uploading"));
        const auto result = uploader.upload(ledger, [&bar](std::int64_t through, std::int64_t last) {
            bar.update(static_cast<qint64>(through), static_cast<qint64>(std::max<std::int64_t>(last, 1)));
        });
        bar.finish();
        out() << tr("Up to date: the hub has every record through %1; %2 sent now, %3 it already had, %4 s.")
                     .arg(result.through)
                     .arg(result.stored)
                     .arg(result.duplicates)
                     .arg(result.seconds, 0, 'f', 1)
              << Qt::endl;
        for (const cruscotto::sync::SlotOverbooked& over : std::as_const(result.overbooked)) {
            out() << QCoreApplication::translate("Cli", "Overbooked: %1 (the hub kept every sale; tell the site).")
                         .arg(over.describe())
                  << Qt::endl;
        }
        // What the counter needs to check the other devices' tickets offline.
        const auto state = uploader.pullTicketState(ledger);
        out() << QCoreApplication::translate("Cli",
                                             "Ticket state: %1 device keys, %2 revoked tickets, %3 first entries.")
                     .arg(state.devices)
                     .arg(state.revoked)
                     .arg(state.uses)
              << Qt::endl;
        return 0;
    } catch (const cruscotto::sync::HubError& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return e.kind() == cruscotto::sync::HubError::Kind::BadAddress ? 2 : 3;
    } catch (const LedgerUploadError& e) {
        err() << tr("Error: %1").arg(e.message()) << Qt::endl;
        switch (e.kind()) {
        case LedgerUploadError::Kind::Unreachable:
            return 3;
        case LedgerUploadError::Kind::Certificate:
            return 4;
        case LedgerUploadError::Kind::WrongPassword:
        case LedgerUploadError::Kind::NoPermission:
            return 5;
        case LedgerUploadError::Kind::BadReply:
            return 6;
        case LedgerUploadError::Kind::Refused:
        case LedgerUploadError::Kind::Conflict:
            return 7;
        case LedgerUploadError::Kind::NotProvisioned:
        case LedgerUploadError::Kind::Cancelled:
        case LedgerUploadError::Kind::Ledger:
            break;
        }
        return 1;
    }
}

int Cli::ingestSensors(const QStringList& arguments)
{
    using cruscotto::sync::SensorGateway;
    using cruscotto::sync::SensorGatewayError;
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    addHubOptions(parser, tr("The user to sign in as (a gateway)."));
    parser.addOption({ QStringLiteral("site"), tr("The site's code."), QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("zone"), tr("The code of the site's zone the sensors are in."), QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("timezone"),
                       tr("The time zone of the log's times (an IANA name, or UTC); default Europe/Rome."),
                       QStringLiteral("ZONE"), QStringLiteral("Europe/Rome") });
    parser.addOption({ QStringLiteral("shift-to"),
                       tr("Move the log's first day to this date, keeping the times of day (a replay of an old "
                          "log)."),
                       QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("batch-size"),
          tr("Readings per request, 1 to %1; default 5000.").arg(cruscotto::sync::SensorIngest::MaxReadingsPerBatch),
          QStringLiteral("N"), QStringLiteral("5000") });
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 tr("The log: a header naming Date, Temperature, Humidity, Light, CO2, Occupancy, "
                                    "then one reading a line."));
    if (!parseCommand(parser, arguments,
                      tr("Replay a climate and occupancy sensor log into a zone of a site on the hub, in batches. "
                         "The hub keys readings by zone and time, so running it again sends the same readings "
                         "and changes nothing: an interrupted replay is resumed by running it again."))) {
        return 2;
    }
    if (!requireOptions(parser, QStringLiteral("ingest-sensors"), { "hub", "user", "password-file", "site", "zone" })) {
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << tr("ingest-sensors takes one log file.") << Qt::endl;
        return 2;
    }
    SensorGateway::ReadOptions readOptions;
    const QString zoneName = parser.value(QStringLiteral("timezone"));
    readOptions.timeZone = zoneName.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        ? QTimeZone::utc()
        : QTimeZone(zoneName.toUtf8());
    if (!readOptions.timeZone.isValid()) {
        err() << tr("Unknown time zone '%1' (an IANA name such as Europe/Rome, or UTC).").arg(zoneName) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("shift-to"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("shift-to")), Qt::ISODate);
        if (!day.isValid()) {
            err() << tr("--shift-to takes a date, YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
        readOptions.shiftTo = day;
    }
    bool batchOk = false;
    SensorGateway::Options options;
    options.batchReadings = parser.value(QStringLiteral("batch-size")).toInt(&batchOk);
    if (!batchOk || options.batchReadings < 1
        || options.batchReadings > cruscotto::sync::SensorIngest::MaxReadingsPerBatch) {
        err() << tr("--batch-size takes a number from 1 to %1.").arg(cruscotto::sync::SensorIngest::MaxReadingsPerBatch)
              << Qt::endl;
        return 2;
    }
    const std::optional<QString> readPassword = readPasswordFile(parser);
    if (!readPassword) {
        return 2;
    }
    const QString& password = *readPassword;
    const QString path = files.first();
    if (!QFile::exists(path)) {
        err() << tr("No file %1.").arg(path) << Qt::endl;
        return 2;
    }

    cruscotto::sync::SensorLog log;
    try {
        log = SensorGateway::readLog(path, readOptions);
    } catch (const std::runtime_error& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        err() << tr("Nothing was sent.") << Qt::endl;
        return 1;
    }
    constexpr int shown = 20;
    for (qsizetype i = 0; i < log.skipped.size() && i < shown; ++i) {
        err() << tr("%1 line %2 skipped: %3").arg(path).arg(log.skipped.at(i).line).arg(log.skipped.at(i).reason)
              << Qt::endl;
    }
    if (log.skipped.size() > shown) {
        err() << tr("... more lines skipped: %1.").arg(log.skipped.size() - shown) << Qt::endl;
    }
    const auto localText = [&readOptions](std::int64_t utc) {
        return QDateTime::fromSecsSinceEpoch(utc, readOptions.timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const std::int64_t firstUtc = log.readings.constFirst().atUtc;
    const std::int64_t lastUtc = log.readings.constLast().atUtc;
    if (lastUtc > QDateTime::currentSecsSinceEpoch()) {
        // The hub takes no reading from the future.
        const QDate latest = QDate::currentDate().addDays(-log.firstDay.daysTo(log.lastDay) - 1);
        err() << tr("The log would end at %1 (%2), after now; the hub takes no reading from the future. Give "
                    "--shift-to %3 or earlier.")
                     .arg(localText(lastUtc), QString::fromUtf8(readOptions.timeZone.id()),
                          latest.toString(Qt::ISODate))
              << Qt::endl;
        return 2;
    }
    out() << tr("%1: readings from %2 to %3 (%4): %5; lines skipped: %6; repeated: %7.")
                 .arg(path, localText(firstUtc), localText(lastUtc), QString::fromUtf8(readOptions.timeZone.id()))
                 .arg(log.readings.size())
                 .arg(log.skipped.size())
                 .arg(log.repeated)
          << Qt::endl;
    if (log.shiftDays != 0) {
        out()
            << tr("Days shifted: %1 (the log begins on %2).").arg(log.shiftDays).arg(log.firstDay.toString(Qt::ISODate))
            << Qt::endl;
    }

    try {
        cruscotto::sync::HubEndpoint endpoint = hubEndpoint(parser);
        endpoint.connectTimeout = std::chrono::seconds(5);
        cruscotto::sync::HubClient client(endpoint);
        SensorGateway gateway(client, options);
        gateway.login(parser.value(QStringLiteral("user")), password);
        ProgressBar bar(tr("Sending"));
        const auto result
            = gateway.send(log, parser.value(QStringLiteral("site")), parser.value(QStringLiteral("zone")),
                           [&bar](qsizetype sent, qsizetype total) { bar.update(sent, total); });
        bar.finish();
        out() << tr("Sent. Batches: %1; readings new: %2, corrected: %3, already on the hub: %4; hourly "
                    "buckets recomputed: %5; %6 s.")
                     .arg(result.batches)
                     .arg(result.stored)
                     .arg(result.corrected)
                     .arg(result.duplicates)
                     .arg(result.hoursRewritten)
                     .arg(result.seconds, 0, 'f', 1)
              << Qt::endl;
        return 0;
    } catch (const cruscotto::sync::HubError& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return e.kind() == cruscotto::sync::HubError::Kind::BadAddress ? 2 : 3;
    } catch (const SensorGatewayError& e) {
        err() << tr("Error: %1").arg(e.message()) << Qt::endl;
        switch (e.kind()) {
        case SensorGatewayError::Kind::Unreachable:
            return 3;
        case SensorGatewayError::Kind::Certificate:
            return 4;
        case SensorGatewayError::Kind::WrongPassword:
        case SensorGatewayError::Kind::NoPermission:
            return 5;
        case SensorGatewayError::Kind::BadReply:
            return 6;
        case SensorGatewayError::Kind::Refused:
            return 7;
        case SensorGatewayError::Kind::Cancelled:
            break;
        }
        return 1;
    }
}

int Cli::tariffs(const QStringList& arguments)
{
    using cruscotto::sync::HubError;
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    addHubOptions(parser, tr("The user to sign in as (a director)."));
    parser.addOption({ QStringLiteral("site"), tr("The site's code."), QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("set"), tr("Replace the site's products with those of FILE.json."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("free-days"), tr("Replace the site's free days from today on with FILE.json's."),
                       QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("slots"), tr("Set the site's time slots from FILE.json."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("show"), tr("Print the site's products, free days and time slots.") });
    if (!parseCommand(parser, arguments,
                      tr("Show or change a site's tariffs, free days and time slots on the hub (directors)."))) {
        return 2;
    }
    if (!requireOptions(parser, QStringLiteral("tariffs"), { "hub", "user", "password-file", "site" })) {
        return 2;
    }
    struct Action
    {
        const char* option;
        const char* route;
    };
    const Action actions[] = { { "set", "tariffs" }, { "free-days", "free-days" }, { "slots", "slots" } };
    const Action* action = nullptr;
    int chosen = parser.isSet(QStringLiteral("show")) ? 1 : 0;
    for (const Action& a : actions) {
        if (parser.isSet(QLatin1String(a.option))) {
            action = &a;
            ++chosen;
        }
    }
    if (chosen != 1) {
        err() << tr("tariffs needs exactly one of --set, --free-days, --slots and --show.") << Qt::endl;
        return 2;
    }
    QByteArray body;
    if (action) {
        QFile file(parser.value(QLatin1String(action->option)));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1.").arg(file.fileName()) << Qt::endl;
            return 2;
        }
        body = file.readAll();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            err() << tr("%1 is not a JSON object: %2.").arg(file.fileName(), error.errorString()) << Qt::endl;
            return 2;
        }
    }
    const std::optional<QString> readPassword = readPasswordFile(parser);
    if (!readPassword) {
        return 2;
    }
    const QString& password = *readPassword;
    const QString site = parser.value(QStringLiteral("site"));

    cruscotto::sync::HubEndpoint endpoint = hubEndpoint(parser);
    endpoint.connectTimeout = std::chrono::seconds(5);
    cruscotto::sync::HubClient client(endpoint);
    // Every request here is idempotent (sign-in, GET, PUT): retried with backoff when the hub cannot be reached.
    const auto send = [&client](const char* method, const std::string& target, const std::string& payload) {
        std::chrono::milliseconds wait{ 500 };
        for (int attempt = 1;; ++attempt) {
            try {
                if (std::string_view(method) == "GET") {
                    return client.get(target);
                }
                return std::string_view(method) == "PUT" ? client.put(target, payload) : client.post(target, payload);
            } catch (const HubError& e) {
                const bool transient = e.kind() == HubError::Kind::Unreachable || e.kind() == HubError::Kind::Timeout;
                if (!transient || attempt == 4) {
                    throw;
                }
                QThread::msleep(static_cast<unsigned long>(wait.count()));
                wait *= 2;
            }
        }
    };
    const auto message = [](const std::string& reply) {
        const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(reply)).object();
        return answer.value(QLatin1String("message")).toString();
    };
    try {
        const QJsonObject credentials{ { QStringLiteral("user"), parser.value(QStringLiteral("user")) },
                                       { QStringLiteral("password"), password } };
        const auto signIn
            = send("POST", "/v1/auth/token", QJsonDocument(credentials).toJson(QJsonDocument::Compact).toStdString());
        const QString token = QJsonDocument::fromJson(QByteArray::fromStdString(signIn.body))
                                  .object()
                                  .value(QLatin1String("token"))
                                  .toString();
        if (signIn.status == 401) {
            err() << tr("Error: the hub did not accept the user name or password.") << Qt::endl;
            return 5;
        }
        if (signIn.status != 200 || token.isEmpty()) {
            err() << tr("Error: the hub answered the sign-in with status %1.").arg(signIn.status) << Qt::endl;
            return 6;
        }
        client.setToken(token.toStdString());

        if (action) {
            const std::string target
                = "/v1/sites/" + QString::fromLatin1(QUrl::toPercentEncoding(site)).toStdString() + "/" + action->route;
            const auto reply = send("PUT", target, body.toStdString());
            const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
            if (reply.status == 200) {
                if (std::string_view(action->route) == "tariffs") {
                    out() << tr("Stored %n product(s) for %1.", "",
                                int(answer.value(QLatin1String("products")).toArray().size()))
                                 .arg(site)
                          << Qt::endl;
                    for (const QJsonValue code : answer.value(QLatin1String("deleted")).toArray()) {
                        out() << tr("Deleted %1 (it had no sales).").arg(code.toString()) << Qt::endl;
                    }
                } else if (std::string_view(action->route) == "free-days") {
                    out() << tr("Stored: %1 has %n free day(s) besides the first Sundays.", "",
                                int(answer.value(QLatin1String("free_days")).toArray().size()))
                                 .arg(site)
                          << Qt::endl;
                } else {
                    out() << (answer.value(QLatin1String("slot_policy")).isObject()
                                  ? tr("Stored: %1 sells entry by time slot.").arg(site)
                                  : tr("Stored: %1 sells open entry.").arg(site))
                          << Qt::endl;
                }
                return 0;
            }
            if (reply.status == 401 || reply.status == 403) {
                err() << tr("Error: %1").arg(message(reply.body)) << Qt::endl;
                return 5;
            }
            if (reply.status == 400 || reply.status == 409 || reply.status == 422) {
                err() << tr("The hub refused the content: %1").arg(message(reply.body)) << Qt::endl;
                for (const QJsonValue problem : answer.value(QLatin1String("problems")).toArray()) {
                    err() << QStringLiteral("  %1: %2")
                                 .arg(problem.toObject().value(QLatin1String("field")).toString(),
                                      problem.toObject().value(QLatin1String("message")).toString())
                          << Qt::endl;
                }
                for (const QJsonValue code : answer.value(QLatin1String("products")).toArray()) {
                    err() << QStringLiteral("  %1").arg(code.toString()) << Qt::endl;
                }
                for (const QJsonValue booking : answer.value(QLatin1String("bookings")).toArray()) {
                    err() << QStringLiteral("  %1 %2")
                                 .arg(booking.toObject().value(QLatin1String("day")).toString())
                                 .arg(booking.toObject().value(QLatin1String("slot_start")).toInt())
                          << Qt::endl;
                }
                return 7;
            }
            err() << tr("Error: the hub answered with status %1.").arg(reply.status) << Qt::endl;
            return 6;
        }

        const auto reply = send("GET", "/v1/sites", {});
        if (reply.status == 401 || reply.status == 403) {
            err() << tr("Error: %1").arg(message(reply.body)) << Qt::endl;
            return 5;
        }
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body));
        if (reply.status != 200 || !document.isObject()) {
            err() << tr("Error: the hub's catalogue could not be read (status %1).").arg(reply.status) << Qt::endl;
            return 6;
        }
        const QJsonObject catalogue = document.object();
        QMap<qint64, QString> codes;
        QJsonObject chosenSite;
        for (const QJsonValue s : catalogue.value(QLatin1String("sites")).toArray()) {
            codes.insert(s.toObject().value(QLatin1String("id")).toInteger(),
                         s.toObject().value(QLatin1String("code")).toString());
            if (s.toObject().value(QLatin1String("code")).toString() == site) {
                chosenSite = s.toObject();
            }
        }
        if (chosenSite.isEmpty()) {
            err() << tr("Error: %1 is not among your sites.").arg(site) << Qt::endl;
            return 5;
        }
        const qint64 siteId = chosenSite.value(QLatin1String("id")).toInteger();
        // product CODE name category free_reason price_cents kind position admits document
        for (const QJsonValue v : catalogue.value(QLatin1String("products")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QLatin1String("site_id")).toInteger() != siteId) {
                continue;
            }
            QStringList admits;
            for (const QString& id :
                 p.value(QLatin1String("admits")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                admits.append(codes.value(id.toLongLong(), QLatin1Char('#') + id));
            }
            out() << QStringLiteral("product\t%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9")
                         .arg(p.value(QLatin1String("code")).toString(), p.value(QLatin1String("name")).toString(),
                              p.value(QLatin1String("category")).toString(),
                              p.value(QLatin1String("free_reason")).toString(),
                              QString::number(p.value(QLatin1String("price_cents")).toInteger()),
                              p.value(QLatin1String("kind")).toString(),
                              QString::number(p.value(QLatin1String("position")).toInteger()),
                              admits.join(QLatin1Char(',')), p.value(QLatin1String("document")).toString())
                  << Qt::endl;
        }
        out() << QStringLiteral("nominative_tickets\t%1")
                     .arg(chosenSite.value(QLatin1String("nominative_tickets")).toBool() ? QStringLiteral("true")
                                                                                         : QStringLiteral("false"))
              << Qt::endl;
        for (const QJsonValue day : chosenSite.value(QLatin1String("free_days")).toArray()) {
            out() << QStringLiteral("free_day\t%1\t%2")
                         .arg(QDate::fromJulianDay(day.toArray().at(0).toInteger()).toString(Qt::ISODate),
                              day.toArray().at(1).toString())
                  << Qt::endl;
        }
        const QJsonValue slotPolicy = chosenSite.value(QLatin1String("slot_policy"));
        if (slotPolicy.isObject()) {
            const QJsonObject p = slotPolicy.toObject();
            out() << QStringLiteral("slots\t%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(p.value(QLatin1String("slot_minutes")).toInteger())
                         .arg(p.value(QLatin1String("slot_capacity")).toInteger())
                         .arg(p.value(QLatin1String("counter_pct")).toInteger())
                         .arg(p.value(QLatin1String("online_pct")).toInteger())
                         .arg(p.value(QLatin1String("kiosk_pct")).toInteger())
                         .arg(p.value(QLatin1String("b2b_pct")).toInteger())
                  << Qt::endl;
        } else {
            out() << QStringLiteral("slots\topen") << Qt::endl;
        }
        return 0;
    } catch (const HubError& e) {
        err() << tr("Error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        switch (e.kind()) {
        case HubError::Kind::BadAddress:
            return 2;
        case HubError::Kind::Certificate:
            return 4;
        case HubError::Kind::Protocol:
            return 6;
        default:
            return 3;
        }
    }
}

} // namespace

int Cli::alerts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({ QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("site"), tr("Only this site (code)."), QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("ack"), tr("Acknowledge the alert with this id."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("comment"), tr("The acknowledgement's comment (required with --ack)."),
                       QStringLiteral("TEXT") });
    if (!parseCommand(parser, arguments,
                      tr("Run the transaction detectors over a period and print the transaction alerts, "
                         "tab-separated: id, time (Europe/Rome), site, severity, title, explanation, "
                         "acknowledged."))) {
        return 2;
    }
    std::optional<core::Database> db;
    if (parser.isSet(QStringLiteral("ack"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("ack")).toLongLong(&ok);
        if (!ok || parser.value(QStringLiteral("comment")).trimmed().isEmpty()) {
            err() << tr("--ack takes an alert's id, and --comment the reason it is acknowledged.") << Qt::endl;
            return 2;
        }
        db = openExistingCache(parser.value(QStringLiteral("data-dir")));
        if (!db) {
            return 1;
        }
        core::TransactionMonitor monitor(*db);
        if (!monitor.acknowledge(id, parser.value(QStringLiteral("comment")), QDateTime::currentSecsSinceEpoch())) {
            err() << tr("No alert %1.").arg(id) << Qt::endl;
            return 1;
        }
        out() << tr("Alert %1 acknowledged.").arg(id) << Qt::endl;
        return 0;
    }
    const core::Period period{ QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate),
                               QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate) };
    if (!period.isValid()) {
        err() << tr("--from and --to take days as YYYY-MM-DD, --from not after --to.") << Qt::endl;
        return 2;
    }
    db = openExistingCache(parser.value(QStringLiteral("data-dir")));
    if (!db) {
        return 1;
    }
    core::SiteCatalogue catalogue(*db);
    QList<std::int64_t> siteIds;
    if (parser.isSet(QStringLiteral("site"))) {
        const auto site = catalogue.siteByCode(parser.value(QStringLiteral("site")));
        if (!site) {
            err() << tr("No site %1 in the cache.").arg(parser.value(QStringLiteral("site"))) << Qt::endl;
            return 1;
        }
        siteIds << site->id;
    } else {
        for (const auto& site : catalogue.sites()) {
            siteIds << site.id;
        }
    }
    core::TransactionMonitor monitor(*db);
    // A cache synced from a hub holds the hub's alerts: the hub runs the detectors over
    // every counter and channel, and its alert ids are the ones the feed updates.
    const QString source = cruscotto::sync::SyncEngine::cacheSource(*db);
    const bool fromHub = !source.isEmpty() && source != QLatin1String("demo");
    if (fromHub) {
        err() << tr("This cache is synced from a hub, whose monitoring raises the alerts: listing them as the last "
                    "sync brought them.")
              << Qt::endl;
    }
    QList<core::TransactionFinding> findings = fromHub ? QList<core::TransactionFinding>()
                                                       : monitor.scanCache(period, siteIds);
    // The counter's ledger, when this machine is one (its clerks, cash sessions, scans).
    const QString ledgerPath = core::Ledger::pathIn(core::Cache::dataDir(parser.value(QStringLiteral("data-dir"))));
    if (!fromHub && QFile::exists(ledgerPath)) {
        core::Ledger ledger = core::Ledger::open(ledgerPath);
        for (const auto& f : monitor.scanLedger(ledger, period)) {
            if (siteIds.contains(f.siteId)) {
                findings << f;
            }
        }
    }
    const int added = monitor.record(findings);
    const core::DashboardQueries queries(*db);
    const auto rows = queries.alerts(siteIds, period, 100000);
    int shown = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->kind != QLatin1String("transaction")) {
            continue;
        }
        const QDate day = core::RomeTime::localDate(it->raisedUtc);
        out() << it->id << '\t' << day.toString(Qt::ISODate) << ' '
              << QStringLiteral("%1:00").arg(core::RomeTime::localHour(it->raisedUtc), 2, 10, QLatin1Char('0'))
              << '\t' << it->siteCode << '\t' << it->severity << '\t' << it->title << '\t' << it->detail << '\t'
              << (it->acknowledged ? tr("acknowledged") : QString()) << '\n';
        ++shown;
    }
    err() << tr("%1 transaction alert(s) from %2 to %3; %4 new.")
                 .arg(shown)
                 .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                 .arg(added)
          << Qt::endl;
    out().flush();
    return 0;
}

// `report --format pdf` draws with QtGui (fonts, QPdfWriter): only then is a
// QGuiApplication made, offscreen unless told otherwise, so no display is needed.
bool wantsPdf(int argc, char** argv)
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        report = report || (i == 1 && arg == "report");
        pdf = pdf || arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    return report && pdf;
}

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);
    // Unattended runs leave their warnings in a rotated log file too.
    core::AppLog::install(qEnvironmentVariable("CRUSCOTTO_LOG_DIR", core::AppLog::defaultDirectory()),
                          QStringLiteral("cruscotto-cli"));
    return Cli::run(QCoreApplication::arguments());
}
