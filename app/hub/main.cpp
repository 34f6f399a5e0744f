// cruscotto-hub: the central server (HTTPS/WebSocket over Boost.Beast).
#include "core/cache.h"
#include "sync/huboptions.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cruscotto"));
    QCoreApplication::setApplicationName(QStringLiteral("Cruscotto Hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRUSCOTTO_VERSION));
    cruscotto::installTranslator(app);
    const auto tr = [](const char* text) { return QCoreApplication::translate("hub", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(QT_TRANSLATE_NOOP("hub",
        "The Cruscotto hub: ingests ticket sales and sensor readings, serves aggregates to the desktop app.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), tr(QT_TRANSLATE_NOOP("hub", "Directory of the hub's database.")),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("listen"), tr(QT_TRANSLATE_NOOP("hub", "Address and port to listen on.")),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")});
    parser.addOption({QStringLiteral("tls-cert"), tr(QT_TRANSLATE_NOOP("hub", "TLS certificate chain (PEM).")),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), tr(QT_TRANSLATE_NOOP("hub", "TLS private key (PEM).")),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("insecure-loopback"),
                      tr(QT_TRANSLATE_NOOP("hub", "Serve plain HTTP; only allowed on a loopback address."))});
    parser.addOption({QStringLiteral("demo"), tr(QT_TRANSLATE_NOOP("hub", "Seed the demo region and demo users."))});
    parser.process(app);

    QTextStream err(stderr);
    cruscotto::sync::HubOptions options;
    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    options.insecureLoopback = parser.isSet(QStringLiteral("insecure-loopback"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    if (!cruscotto::sync::HubOptions::parseListen(parser.value(QStringLiteral("listen")), &options.listenAddress,
                                                  &options.listenPort)) {
        err << tr(QT_TRANSLATE_NOOP("hub", "--listen takes ADDR:PORT, e.g. 127.0.0.1:8443.")) << Qt::endl;
        return 2;
    }
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        err << problem << Qt::endl;
        return 2;
    }
    // The server itself arrives with the hub issue (#3); until then say so plainly.
    err << tr(QT_TRANSLATE_NOOP("hub", "This build of cruscotto-hub validates its options but does not serve yet."))
        << Qt::endl;
    return 3;
}
