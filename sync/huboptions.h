#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// Nested: a top-level "sync" would clash with POSIX ::sync() from <unistd.h>.
namespace cruscotto::sync {

// What cruscotto-hub was asked to do on its command line, validated.
struct HubOptions
{
    QString dataDir;
    QString listenAddress = QStringLiteral("127.0.0.1");
    std::uint16_t listenPort = 8443;
    QString tlsCertificate;
    QString tlsKey;
    bool insecureLoopback = false;
    bool demo = false;
    // Seconds between transaction-monitoring runs over the hub's data (sync::HubMonitor),
    // which run only when something changed; 0 turns the monitoring off.
    int monitorIntervalSeconds = 300;
    // k of the visitor profiles: cells under k visitors never leave the hub.
    int profileMinimumCell = 10;
    // Threads running the server's io_context (each request's database work runs on one).
    int threads = 4;
    // How long a bearer token from POST /v1/auth/token stays valid.
    std::int64_t tokenLifetimeSeconds = 3600;
    // Connections served at once; one more is answered 503 and closed (plain HTTP)
    // or closed (TLS) at once, before any work is done for it.
    int maxConnections = 512;
    // How long a client may take to send a request's header, and then its body
    // (each), or sit idle on a kept-alive connection: slow clients are cut off.
    int requestTimeoutSeconds = 30;

    // Parses "ADDR:PORT" ("127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443").
    static bool parseListen(const QString& text, QString* address, std::uint16_t* port);
    bool listensOnLoopback() const;
    // Empty when the combination is acceptable, else what is wrong, in words.
    QString validate() const;
};

} // namespace cruscotto::sync
