#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace testsupport {

// A fault-injecting TCP proxy for tests, on 127.0.0.1 only: it listens on a free
// port and forwards each connection to the target, and on the way drops
// connections, delays, truncates, reorders and corrupts what passes. Each
// connection draws its faults from its own RNG seeded from the proxy's seed and
// the connection's number, so a failing run can be replayed from its seed.
// Forwarding is chunk by chunk (what one read returned); the faults apply per
// chunk, in both directions.
class FaultProxy;

// The faults a FaultProxy injects, each a probability per forwarded chunk.
struct FaultProxyFaults
{
    double drop = 0; // close both sides before forwarding the chunk
    double truncate = 0; // forward part of the chunk, then close both sides
    double corrupt = 0; // flip one byte of the chunk
    double reorder = 0; // hold the chunk and send it after the next one
    double delay = 0; // wait up to maxDelayMs before forwarding the chunk
    int maxDelayMs = 50;
};

class FaultProxy
{
public:
    // Outside the class: GCC 12 cannot take a nested struct with default member
    // initialisers as a default argument of the enclosing class's constructor.
    using Faults = FaultProxyFaults;

    struct Stats
    {
        std::uint64_t connections = 0;
        std::uint64_t chunks = 0;
        std::uint64_t dropped = 0;
        std::uint64_t truncated = 0;
        std::uint64_t corrupted = 0;
        std::uint64_t reordered = 0;
        std::uint64_t delayed = 0;
    };

    // Starts listening at once on 127.0.0.1 (a free port); forwards to
    // targetHost:targetPort, which must be a loopback address too.
    FaultProxy(const std::string& targetHost, std::uint16_t targetPort, std::uint64_t seed, Faults faults = {});
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const;
    // For connections accepted from now on.
    void setFaults(const Faults& faults);
    Stats stats() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace testsupport
