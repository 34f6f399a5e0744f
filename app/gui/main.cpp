// cruscotto: the desktop application.
#include "hubcredentials.h"
#include "syncwiring.h"

#include "core/cache.h"
#include "sync/syncworker.h"
#include "translations/translator.h"
#include "widgets/demodatadialog.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
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

    widgets::MainWindow window(dataDir);
    QThread syncThread;
    syncThread.setObjectName(QStringLiteral("sync"));
    auto* worker = new cruscotto::sync::SyncWorker(dataDir);
    worker->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
    syncThread.start();
    HubCredentials credentials;
    connectSync(window, worker, credentials);

    window.show();
    const int code = QApplication::exec();
    worker->cancel();
    syncThread.quit();
    syncThread.wait();
    return code;
}
