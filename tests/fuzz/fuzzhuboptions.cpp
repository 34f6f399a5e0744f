// cruscotto-hub's command line as an operator types it (sync/huboptions.*): the
// --listen address, then each further line one option's value.
#include "sync/huboptions.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> lines
        = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).split('\n');
    cruscotto::sync::HubOptions options;
    const auto line = [&](int i) { return i < lines.size() ? QString::fromUtf8(lines[i]) : QString(); };
    QString address;
    std::uint16_t port = 0;
    if (cruscotto::sync::HubOptions::parseListen(line(0), &address, &port)) {
        options.listenAddress = address;
        options.listenPort = port;
        // What parseListen accepts, listensOnLoopback can judge.
        (void)options.listensOnLoopback();
    }
    options.tlsCertificate = line(1);
    options.tlsKey = line(2);
    options.insecureLoopback = line(3) == QLatin1String("1");
    options.threads = line(4).toInt();
    options.tokenLifetimeSeconds = line(5).toLongLong();
    options.maxConnections = line(6).toInt();
    options.requestTimeoutSeconds = line(7).toInt();
    const QString problem = options.validate();
    // Plain HTTP off loopback is never accepted.
    if (problem.isEmpty() && options.tlsCertificate.isEmpty() && !options.listensOnLoopback()) {
        __builtin_trap();
    }
    return 0;
}
