#include "sync/huboptions.h"

#include <QCoreApplication>

#include <boost/asio/ip/address.hpp>

namespace cruscotto::sync {

bool HubOptions::parseListen(const QString& text, QString* address, std::uint16_t* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535) {
        return false;
    }
    boost::system::error_code ec;
    boost::asio::ip::make_address(host.toStdString(), ec);
    if (ec && host != QLatin1String("localhost")) {
        return false;
    }
    *address = host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host;
    *port = static_cast<std::uint16_t>(value);
    return true;
}

bool HubOptions::listensOnLoopback() const
{
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(listenAddress.toStdString(), ec);
    return !ec && address.is_loopback();
}

QString HubOptions::validate() const
{
    const auto translated = [](const char* text) { return QCoreApplication::translate("sync::HubOptions", text); };
    const bool tls = !tlsCertificate.isEmpty() || !tlsKey.isEmpty();
    if (tls && (tlsCertificate.isEmpty() || tlsKey.isEmpty())) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions", "--tls-cert and --tls-key go together."));
    }
    if (tls && insecureLoopback) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions", "Choose either TLS or --insecure-loopback, not both."));
    }
    if (!tls && !insecureLoopback) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions",
                                    "The hub needs --tls-cert and --tls-key (or --insecure-loopback on 127.0.0.1)."));
    }
    if (insecureLoopback && !listensOnLoopback()) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions",
                                    "Plain HTTP is only allowed on a loopback address (127.0.0.1 or ::1)."));
    }
    if (threads < 1 || threads > 64) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions", "--threads takes a number from 1 to 64."));
    }
    if (tokenLifetimeSeconds < 1 || tokenLifetimeSeconds > 30 * 24 * 3600) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions",
                                    "--token-lifetime takes a number of seconds from 1 to 2592000 (30 days)."));
    }
    if (maxConnections < 1 || maxConnections > 100000) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions", "--max-connections takes a number from 1 to 100000."));
    }
    if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 3600) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions", "--request-timeout takes a number of seconds from 1 to 3600."));
    }
    if (profileMinimumCell < 2 || profileMinimumCell > 1000) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions",
                                            "--profile-k takes a number of visitors from 2 to 1000."));
    }
    if (monitorIntervalSeconds < 0 || monitorIntervalSeconds > 86400) {
        return translated(QT_TRANSLATE_NOOP("sync::HubOptions",
                                            "--monitor-interval takes a number of seconds from 0 (off) to 86400."));
    }
    return {};
}

} // namespace cruscotto::sync
