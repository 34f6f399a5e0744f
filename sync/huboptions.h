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
    // Threads running the server's io_context (each request's database work runs on one).
    int threads = 4;
    // How long a bearer token from POST /v1/auth/token stays valid.
    std::int64_t tokenLifetimeSeconds = 3600;

    // Parses "ADDR:PORT" ("127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443").
    static bool parseListen(const QString& text, QString* address, std::uint16_t* port);
    bool listensOnLoopback() const;
    // Empty when the combination is acceptable, else what is wrong, in words.
    QString validate() const;
};

} // namespace cruscotto::sync
