// cruscotto: the desktop application.
#include "hubcredentials.h"
#include "officewiring.h"
#include "syncwiring.h"

#include "core/applog.h"
#include "core/cache.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "translations/translator.h"
#include "widgets/demodatadialog.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QThread>

#include <cstring>
#include <exception>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Decision support for Italian state cultural sites."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("data-dir"), QCoreApplication::translate("main", "Use DIR for the local data."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("demo"),
                       QCoreApplication::translate("main", "Create demo data first when there is no cache yet.") });
    parser.addOption({ QStringLiteral("office"),
                       QCoreApplication::translate("main", "Open the ticket office (the sale screen) only.") });
    parser.addOption({ QStringLiteral("kiosk"),
                       QCoreApplication::translate("main", "Open the self-service ticket kiosk, full screen.") });
    parser.addOption({ QStringLiteral("training"),
                       QCoreApplication::translate("main", "Use the training ledger: sales do not count.") });
    parser.addOption({ QStringLiteral("clerk"),
                       QCoreApplication::translate("main", "The clerk at the counter (default: the system user)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("print-to-pdf"),
                       QCoreApplication::translate("main", "Print tickets and reports as PDF files in DIR."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("hub"),
                       QCoreApplication::translate("main",
                                                   "Ticket office: the hub to upload to (default: the Sync screen's)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("user"), QCoreApplication::translate("main", "Ticket office: the hub user."),
                       QStringLiteral("USER") });
    parser.addOption({ QStringLiteral("password-file"),
                       QCoreApplication::translate("main", "Ticket office: a file holding the hub user's password."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("ca-file"),
                       QCoreApplication::translate("main", "Ticket office: the CA certificate the hub's is checked with."),
                       QStringLiteral("FILE") });
}

// A cache synced as a ticket-office clerk: this machine is a counter, and a clerk sees
// the ticket office only, never the directors' dashboards.
bool syncedAsClerk(const QString& dataDir)
{
    try {
        if (!core::Cache::exists(dataDir)) {
            return false;
        }
        core::Database cache = core::Cache::openReader(dataDir);
        return cruscotto::sync::SyncEngine::cacheRole(cache) == QLatin1String("clerk");
    } catch (const std::exception&) {
        return false;
    }
}

// --version and --help print and exit: they must work without a display.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : { "--version", "-v", "--help", "-h", "--help-all", "-?" }) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        cruscotto::installTranslator(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Cruscotto"));
    // Lets the desktop match the window to it.cultura.Cruscotto.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("it.cultura.Cruscotto"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("it.cultura.Cruscotto")));
    cruscotto::installTranslator(app);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    // Warnings and errors also go to the log file (rotated), for the help desk.
    const QString logDir = qEnvironmentVariable("CRUSCOTTO_LOG_DIR", core::AppLog::defaultDirectory());
    if (!core::AppLog::install(logDir, QStringLiteral("cruscotto"))) {
        qWarning("The log cannot be written in %s; going on without it.", qPrintable(logDir));
    }
    qInfo("Cruscotto %s started", CRUSCOTTO_VERSION);

    QString dataDir;
    try {
        dataDir = core::Cache::dataDir(parser.value(QStringLiteral("data-dir")));
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cruscotto"), QString::fromUtf8(e.what()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("demo")) && !core::Cache::exists(dataDir)) {
        // Cancelled or failed (the user was told why): the window opens on its empty state.
        widgets::DemoDataDialog::generate(dataDir);
    }

    const bool kiosk = parser.isSet(QStringLiteral("kiosk"));
    if (kiosk || parser.isSet(QStringLiteral("office")) || parser.isSet(QStringLiteral("training"))
        || syncedAsClerk(dataDir)) {
        // The counter and the kiosk: the ticket office only, never the dashboards.
        cruscotto::OfficeOptions office;
        office.dataDir = dataDir;
        office.kiosk = kiosk;
        office.training = parser.isSet(QStringLiteral("training"));
        office.clerk = parser.value(QStringLiteral("clerk"));
        if (office.clerk.isEmpty()) {
            office.clerk = qEnvironmentVariable("USER", QStringLiteral("clerk"));
        }
        office.pdfFolder = parser.value(QStringLiteral("print-to-pdf"));
        office.hubUrl = parser.value(QStringLiteral("hub"));
        office.hubUser = parser.value(QStringLiteral("user"));
        office.hubCaFile = parser.value(QStringLiteral("ca-file"));
        if (parser.isSet(QStringLiteral("password-file"))) {
            QFile file(parser.value(QStringLiteral("password-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cruscotto"),
                                      QApplication::translate("main", "The password file %1 cannot be read.")
                                          .arg(file.fileName()));
                return 1;
            }
            office.hubPassword = QString::fromUtf8(file.readAll()).trimmed();
        }
        return cruscotto::runTicketOffice(office);
    }

    widgets::MainWindow window(dataDir);
    QThread syncThread;
    syncThread.setObjectName(QStringLiteral("sync"));
    auto* worker = new cruscotto::sync::SyncWorker(dataDir);
    worker->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
    syncThread.start();
    HubCredentials credentials;
    connectSync(window, worker, credentials);
    // Signed in as a clerk: the dashboards close and the ticket office opens instead.
    QObject::connect(worker, &cruscotto::sync::SyncWorker::finished, &window,
                     [&window, dataDir](bool ok, const QString&, qint64) {
                         // A clerk may not read the dashboards' figures (the hub refuses), but the
                         // sign-in said the role and the catalogue came: open the counter.
                         Q_UNUSED(ok);
                         if (!syncedAsClerk(dataDir)) {
                             return;
                         }
                         QMessageBox::information(
                             &window, QApplication::translate("main", "Cruscotto"),
                             QApplication::translate("main", "This user is a ticket-office clerk: Cruscotto opens the "
                                                             "ticket office. The dashboards are for directors."));
                         QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                 { QStringLiteral("--office"), QStringLiteral("--data-dir"), dataDir });
                         QApplication::quit();
                     });

    window.show();
    const int code = QApplication::exec();
    worker->cancel();
    syncThread.quit();
    syncThread.wait();
    return code;
}
