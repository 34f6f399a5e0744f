#pragma once

#include <chrono>
#include <functional>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace cruscotto::sync {

// Where the hub is and how to trust it.
struct HubEndpoint
{
    // "https://hub.example.it:8443" or, for a hub on this machine, "http://127.0.0.1:8080".
    std::string url;
    // PEM file of the certificate authority to trust; empty: the system's store.
    std::string caFile;
    // Each step (resolve, connect, handshake, write, read) must finish within this.
    std::chrono::milliseconds timeout{ 10000 };
    // Name lookup, connect and TLS handshake must finish within this (0: `timeout`).
    // A counter sets it short (1 s) so that a hub that does not answer is soon
    // taken as absent, while a large upload may still take `timeout` to be answered.
    std::chrono::milliseconds connectTimeout{ 0 };
    // Largest response body accepted, after decompression.
    std::size_t maxBodyBytes = std::size_t(256) << 20;
};

// What went wrong, in the words a person at the counter or a director needs.
class HubError : public std::runtime_error
{
public:
    enum class Kind
    {
        BadAddress, // the URL cannot be used
        Unreachable, // name does not resolve, connection refused, network down
        Timeout, // a step took longer than the timeout
        Certificate, // TLS verification failed: wrong or untrusted certificate
        Protocol, // the reply was not valid HTTP, or its body was damaged
        Cancelled
    };
    HubError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

struct HubReply
{
    int status = 0;
    std::string body; // decompressed
    std::map<std::string, std::string> headers; // names in lower case
    std::uint64_t wireBytes = 0; // bytes of body as received (compressed)
    std::string header(const std::string& name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

// A blocking HTTP/1.1 client for the hub, for use on a worker thread (the sync
// engine's, or the command line's): Boost.Beast over plain TCP (loopback only) or
// TLS with SNI and host-name verification, one keep-alive connection reused
// across requests and reopened when the hub closed it, a timeout on every step,
// gzip bodies decoded, body size limited. Not thread-safe; one per thread.
class HubClient
{
public:
    explicit HubClient(HubEndpoint endpoint);
    ~HubClient();
    HubClient(const HubClient&) = delete;
    HubClient& operator=(const HubClient&) = delete;

    // Throws HubError when no HTTP reply came back; any HTTP status is a reply.
    HubReply get(const std::string& target, const std::map<std::string, std::string>& headers = {});
    HubReply post(const std::string& target, const std::string& jsonBody,
                  const std::map<std::string, std::string>& headers = {});
    HubReply put(const std::string& target, const std::string& jsonBody,
                 const std::map<std::string, std::string>& headers = {});

    // Bearer token sent with every request from now on (empty: none).
    void setToken(std::string token) { m_token = std::move(token); }
    // Drops the connection (the next request opens a new one).
    void disconnect();

    const HubEndpoint& endpoint() const { return m_endpoint; }
    std::string host() const;

private:
    struct Connection;
    HubReply request(const std::string& method, const std::string& target, const std::string& body,
                     const std::map<std::string, std::string>& headers);

    HubEndpoint m_endpoint;
    std::string m_token;
    std::unique_ptr<Connection> m_connection;
};

// Between retries of a request to the hub: waits a random half to all of `wait`
// (exponential backoff with jitter), calling `checkCancelled` at least every 50 ms
// so that a cancel (which throws) ends the wait.
void backoffWait(std::chrono::milliseconds wait, const std::function<void()>& checkCancelled);

} // namespace cruscotto::sync
