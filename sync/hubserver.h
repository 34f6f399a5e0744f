#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace cruscotto::sync {

class HubApi;
struct HubOptions;

// The hub's HTTP/1.1 server over Boost.Beast: TLS (or plain HTTP on loopback
// when HubOptions allows it), keep-alive, a timeout before every network step,
// requests read through a parser with header and body limits, an io_context run
// by a small thread pool with one strand per connection. At most
// HubOptions::maxConnections at once (one more is answered 503 and closed); a
// client slower than HubOptions::requestTimeoutSeconds is cut off (docs/SECURITY.md). SIGTERM and SIGINT stop
// it gracefully: no new connections, idle ones closed, requests in flight
// answered, then run() returns.
class HubServer
{
public:
    // Binds and listens at once (port 0 picks a free port), so the address can be
    // announced before run(). Throws std::runtime_error with a readable message
    // (address in use, unreadable certificate or key...).
    HubServer(HubApi& api, const HubOptions& options);
    ~HubServer();
    HubServer(const HubServer&) = delete;
    HubServer& operator=(const HubServer&) = delete;

    // "127.0.0.1:8443" or "[::1]:8443": the address actually bound.
    QString boundAddress() const;
    std::uint16_t boundPort() const;
    bool usesTls() const;

    // Serves on `threads` threads (the caller's among them) until stopped.
    void run(int threads);
    // Thread-safe; also what SIGTERM/SIGINT do.
    void stop();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cruscotto::sync
