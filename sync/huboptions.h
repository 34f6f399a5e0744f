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

    // Parses "ADDR:PORT" ("127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443").
    static bool parseListen(const QString& text, QString* address, std::uint16_t* port);
    bool listensOnLoopback() const;
    // Empty when the combination is acceptable, else what is wrong, in words.
    QString validate() const;
};

} // namespace cruscotto::sync
