// cruscotto: the desktop application.
#include "core/cache.h"
#include "translations/translator.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QApplication::setApplicationName(QStringLiteral("Cruscotto"));
    QApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Decision support for Italian state cultural sites."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QApplication::translate("main", "Use DIR for the local data."),
                      QStringLiteral("DIR")});
    parser.process(app);

    widgets::MainWindow window(core::Cache::dataDir(parser.value(QStringLiteral("data-dir"))));
    window.show();
    return QApplication::exec();
}
