#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace synctest {

struct HttpReply
{
    int status = 0;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body; // as received (not decompressed)
    std::string header(const std::string& name) const;
};

struct HttpRequest
{
    std::string method = "GET";
    std::string target = "/";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

// A small Beast client for the tests: plain HTTP or TLS with certificate
// verification (a CA file, SNI and a host name check), a timeout on every step.
// Each call opens one connection; several requests on it use keep-alive.
class TestHttpClient
{
public:
    struct Tls
    {
        std::string caFile; // empty: trust nothing (verification must fail)
        std::string serverName; // SNI and the name the certificate must carry
    };

    TestHttpClient(std::string host, std::uint16_t port);
    TestHttpClient(std::string host, std::uint16_t port, Tls tls);

    // Sends the requests one after another on one connection; stops at the first
    // failure (then error() says what it was, and fewer replies come back).
    std::vector<HttpReply> exchange(const std::vector<HttpRequest>& requests);
    HttpReply get(const std::string& target, const std::string& token = {},
                  const std::vector<std::pair<std::string, std::string>>& headers = {});
    HttpReply post(const std::string& target, const std::string& body);
    // Writes raw bytes (a malformed request) and reads one reply.
    HttpReply raw(const std::string& bytes);

    std::string error() const { return m_error; }

    // POST /v1/auth/token; empty on failure.
    std::string token(const std::string& user, const std::string& password);

private:
    std::string m_host;
    std::uint16_t m_port;
    bool m_useTls = false;
    Tls m_tls;
    std::string m_error;
};

} // namespace synctest
