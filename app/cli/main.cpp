// cruscotto-cli: the headless front end (like keepassxc-cli or nextcloudcmd).
#include "progressbar.h"

#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/sitecatalogue.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <exception>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList& arguments);

private:
    static int sites(const QStringList& arguments);
    static int demo(const QStringList& arguments);
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
    return true;
}

void Cli::printUsage(FILE* stream)
{
    const QString text = tr("Usage: cruscotto-cli [--version] [--help] COMMAND [options]\n"
                            "\n"
                            "Decision support for Italian state cultural sites, without a display.\n"
                            "\n"
                            "Commands:\n"
                            "  sites    List the cache's sites: code, name, type, region (tab-separated).\n"
                            "  demo     Build a demo cache: --sites N --years Y [--seed S] [--until DATE].\n"
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);
    return Cli::run(QCoreApplication::arguments());
}
