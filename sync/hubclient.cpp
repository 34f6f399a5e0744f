#include "sync/hubclient.h"

#include "sync/gzip.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>

#include <algorithm>
#include <cctype>
#include <exception>
#include <random>
#include <thread>
#include <variant>

namespace cruscotto::sync {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

struct ParsedUrl
{
    bool tls = false;
    std::string host;
    std::string port;
    std::string prefix; // path before /v1, without the trailing slash
};

ParsedUrl parseUrl(const std::string& url)
{
    ParsedUrl parsed;
    std::string rest;
    if (url.rfind("https://", 0) == 0) {
        parsed.tls = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        throw HubError(HubError::Kind::BadAddress, "The hub address must start with https:// (" + url + ").");
    }
    const auto slash = rest.find('/');
    std::string authority = rest.substr(0, slash);
    if (slash != std::string::npos) {
        parsed.prefix = rest.substr(slash);
        while (!parsed.prefix.empty() && parsed.prefix.back() == '/') {
            parsed.prefix.pop_back();
        }
    }
    if (!authority.empty() && authority.front() == '[') { // [::1]:8443
        const auto close = authority.find(']');
        if (close == std::string::npos) {
            throw HubError(HubError::Kind::BadAddress, "The hub address " + url + " has an unclosed '['.");
        }
        parsed.host = authority.substr(1, close - 1);
        if (close + 1 < authority.size() && authority[close + 1] == ':') {
            parsed.port = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.rfind(':');
        parsed.host = authority.substr(0, colon);
        if (colon != std::string::npos) {
            parsed.port = authority.substr(colon + 1);
        }
    }
    if (parsed.port.empty()) {
        parsed.port = parsed.tls ? "443" : "80";
    }
    const bool numeric = !parsed.port.empty()
        && std::all_of(parsed.port.begin(), parsed.port.end(), [](unsigned char c) { return std::isdigit(c); });
    if (parsed.host.empty() || !numeric || std::stoul(parsed.port) > 65535) {
        throw HubError(HubError::Kind::BadAddress, "The hub address " + url + " has no usable host and port.");
    }
    return parsed;
}

bool isLoopback(const std::string& host)
{
    if (host == "localhost") {
        return true;
    }
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(host, ec);
    return !ec && address.is_loopback();
}

HubError translate(const boost::system::error_code& ec, const std::string& step, const std::string& host)
{
    if (ec == beast::error::timeout) {
        return { HubError::Kind::Timeout, "The hub at " + host + " did not answer in time (" + step + ")." };
    }
    if (ec == asio::error::operation_aborted) {
        return { HubError::Kind::Cancelled, "The request to the hub was cancelled." };
    }
    if (ec.category() == asio::error::get_ssl_category() || ec.category() == asio::ssl::error::get_stream_category()) {
        const std::string reason = ec.message();
        if (step == "TLS handshake" && (reason.find("certificate") != std::string::npos)) {
            return { HubError::Kind::Certificate,
                     "The hub's certificate could not be verified (" + reason + "): it is not issued to " + host
                         + " or not signed by a trusted authority." };
        }
        return { HubError::Kind::Protocol, "The secure connection to the hub failed during " + step + ": " + reason };
    }
    if (ec == asio::error::host_not_found || ec == asio::error::host_not_found_try_again) {
        return { HubError::Kind::Unreachable, "The hub's name " + host + " could not be found." };
    }
    if (ec == asio::error::connection_refused || ec == asio::error::network_unreachable
        || ec == asio::error::host_unreachable) {
        return { HubError::Kind::Unreachable, "The hub at " + host + " cannot be reached (" + ec.message() + ")." };
    }
    if (ec == http::error::body_limit || ec == http::error::header_limit) {
        return { HubError::Kind::Protocol, "The hub's reply is larger than allowed." };
    }
    if (ec.category() == beast::http::make_error_code(http::error::end_of_stream).category()
        && ec != http::error::end_of_stream) {
        return { HubError::Kind::Protocol, "The hub's reply was not valid HTTP (" + ec.message() + ")." };
    }
    return { HubError::Kind::Unreachable,
             "The connection to the hub at " + host + " failed during " + step + " (" + ec.message() + ")." };
}

} // namespace

struct HubClient::Connection
{
    asio::io_context ioc;
    std::optional<ssl::context> tls;
    std::variant<std::monostate, beast::tcp_stream, beast::ssl_stream<beast::tcp_stream>> stream;
    beast::flat_buffer buffer;
    bool open = false;
    bool used = false; // a request already went over this connection

    beast::tcp_stream& lowest()
    {
        if (auto* plain = std::get_if<beast::tcp_stream>(&stream)) {
            return *plain;
        }
        return beast::get_lowest_layer(std::get<beast::ssl_stream<beast::tcp_stream>>(stream));
    }
};

HubClient::HubClient(HubEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
    const ParsedUrl url = parseUrl(m_endpoint.url);
    if (!url.tls && !isLoopback(url.host)) {
        throw HubError(HubError::Kind::BadAddress,
                       "Plain http:// is only allowed for a hub on this machine; use https:// for " + url.host + ".");
    }
}

HubClient::~HubClient() = default;

std::string HubClient::host() const
{
    return parseUrl(m_endpoint.url).host;
}

void HubClient::disconnect()
{
    m_connection.reset();
}

HubReply HubClient::get(const std::string& target, const std::map<std::string, std::string>& headers)
{
    return request("GET", target, {}, headers);
}

HubReply HubClient::post(const std::string& target, const std::string& jsonBody,
                         const std::map<std::string, std::string>& headers)
{
    return request("POST", target, jsonBody, headers);
}

HubReply HubClient::put(const std::string& target, const std::string& jsonBody,
                        const std::map<std::string, std::string>& headers)
{
    return request("PUT", target, jsonBody, headers);
}

HubReply HubClient::request(const std::string& method, const std::string& target, const std::string& body,
                            const std::map<std::string, std::string>& headers)
{
    const ParsedUrl url = parseUrl(m_endpoint.url);
    const auto timeout = m_endpoint.timeout;
    const auto connectTimeout = m_endpoint.connectTimeout.count() > 0 ? m_endpoint.connectTimeout : timeout;

    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_connection) {
            m_connection = std::make_unique<Connection>();
            if (url.tls) {
                m_connection->tls.emplace(ssl::context::tls_client);
                m_connection->tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
                                               | ssl::context::no_sslv3 | ssl::context::no_tlsv1
                                               | ssl::context::no_tlsv1_1);
                m_connection->tls->set_verify_mode(ssl::verify_peer);
                boost::system::error_code ec;
                if (m_endpoint.caFile.empty()) {
                    m_connection->tls->set_default_verify_paths(ec);
                } else {
                    m_connection->tls->load_verify_file(m_endpoint.caFile, ec);
                }
                if (ec) {
                    m_connection.reset();
                    throw HubError(HubError::Kind::Certificate,
                                   "The certificate authority file " + m_endpoint.caFile
                                       + " cannot be used: " + ec.message());
                }
            }
        }
        Connection& c = *m_connection;
        const bool reused = c.used;
        std::optional<HubError> failure;
        bool failedBeforeReply = false;
        HubReply reply;

        asio::co_spawn(
            c.ioc,
            [&]() -> asio::awaitable<void> {
                std::string step = "connect";
                if (!c.open) {
                    // Resolve with a deadline: the resolver has none of its own.
                    tcp::resolver resolver(c.ioc);
                    asio::steady_timer deadline(c.ioc, connectTimeout);
                    deadline.async_wait([&resolver](const boost::system::error_code& e) {
                        if (!e) {
                            resolver.cancel();
                        }
                    });
                    auto [resolveError, results] = co_await resolver.async_resolve(url.host, url.port, kNoThrow);
                    deadline.cancel();
                    if (resolveError) {
                        failure = resolveError == asio::error::operation_aborted
                            ? HubError(HubError::Kind::Timeout,
                                       "The hub's name " + url.host + " did not resolve in time.")
                            : translate(resolveError, "name lookup", url.host);
                        co_return;
                    }
                    if (url.tls) {
                        c.stream.emplace<beast::ssl_stream<beast::tcp_stream>>(c.ioc, *c.tls);
                    } else {
                        c.stream.emplace<beast::tcp_stream>(c.ioc);
                    }
                    c.lowest().expires_after(connectTimeout);
                    auto [connectError, endpoint] = co_await c.lowest().async_connect(results, kNoThrow);
                    if (connectError) {
                        failure = translate(connectError, step, url.host);
                        co_return;
                    }
                    if (url.tls) {
                        auto& stream = std::get<beast::ssl_stream<beast::tcp_stream>>(c.stream);
                        // SNI, and the name the certificate must carry.
                        if (!SSL_set_tlsext_host_name(stream.native_handle(), url.host.c_str())) {
                            failure = HubError(HubError::Kind::Protocol, "TLS server name could not be set.");
                            co_return;
                        }
                        stream.set_verify_callback(ssl::host_name_verification(url.host));
                        step = "TLS handshake";
                        c.lowest().expires_after(connectTimeout);
                        auto [handshakeError] = co_await stream.async_handshake(ssl::stream_base::client, kNoThrow);
                        if (handshakeError) {
                            failure = translate(handshakeError, step, url.host);
                            co_return;
                        }
                    }
                    c.open = true;
                }

                http::request<http::string_body> req{ method == "POST"      ? http::verb::post
                                                          : method == "PUT" ? http::verb::put
                                                                            : http::verb::get,
                                                      url.prefix + target, 11 };
                req.set(http::field::host, url.host);
                req.set(http::field::user_agent, "Cruscotto/" BOOST_BEAST_VERSION_STRING);
                req.set(http::field::accept_encoding, "gzip");
                req.set(http::field::accept, "application/json");
                if (!m_token.empty()) {
                    req.set(http::field::authorization, "Bearer " + m_token);
                }
                for (const auto& [name, value] : headers) {
                    req.set(name, value);
                }
                if (method == "POST" || method == "PUT") {
                    req.set(http::field::content_type, "application/json");
                    req.body() = body;
                }
                req.keep_alive(true);
                req.prepare_payload();

                step = "sending the request";
                c.lowest().expires_after(timeout);
                http::response_parser<http::string_body> parser;
                parser.body_limit(m_endpoint.maxBodyBytes);
                parser.header_limit(64 * 1024);
                boost::system::error_code ioError;
                if (auto* plain = std::get_if<beast::tcp_stream>(&c.stream)) {
                    std::tie(ioError, std::ignore) = co_await http::async_write(*plain, req, kNoThrow);
                    if (!ioError) {
                        step = "reading the reply";
                        c.lowest().expires_after(timeout);
                        std::tie(ioError, std::ignore) = co_await http::async_read(*plain, c.buffer, parser, kNoThrow);
                    }
                } else {
                    auto& secure = std::get<beast::ssl_stream<beast::tcp_stream>>(c.stream);
                    std::tie(ioError, std::ignore) = co_await http::async_write(secure, req, kNoThrow);
                    if (!ioError) {
                        step = "reading the reply";
                        c.lowest().expires_after(timeout);
                        std::tie(ioError, std::ignore) = co_await http::async_read(secure, c.buffer, parser, kNoThrow);
                    }
                }
                if (ioError) {
                    failedBeforeReply = !parser.is_header_done();
                    failure = translate(ioError, step, url.host);
                    co_return;
                }
                auto response = parser.release();
                reply.status = static_cast<int>(response.result_int());
                for (const auto& field : response) {
                    std::string name(field.name_string());
                    std::transform(name.begin(), name.end(), name.begin(),
                                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
                    reply.headers[name] = std::string(field.value());
                }
                reply.wireBytes = response.body().size();
                if (reply.header("content-encoding") == "gzip") {
                    auto inflated = Gzip::decompress(response.body(), m_endpoint.maxBodyBytes);
                    if (!inflated) {
                        failure = HubError(HubError::Kind::Protocol,
                                           "The hub's compressed reply was damaged or truncated.");
                        co_return;
                    }
                    reply.body = std::move(*inflated);
                } else {
                    reply.body = std::move(response.body());
                }
                if (!response.keep_alive()) {
                    c.open = false;
                }
            },
            [&failure](std::exception_ptr e) {
                if (e) {
                    try {
                        std::rethrow_exception(e);
                    } catch (const std::exception& ex) {
                        failure = HubError(HubError::Kind::Protocol, ex.what());
                    }
                }
            });
        c.ioc.restart();
        c.ioc.run();
        c.used = true;

        if (!failure) {
            if (!c.open) {
                m_connection.reset();
            }
            return reply;
        }
        m_connection.reset();
        // A kept-alive connection the hub had already closed: open a fresh one, once.
        if (!(reused && failedBeforeReply && failure->kind() != HubError::Kind::Timeout)) {
            throw *failure;
        }
    }
    throw HubError(HubError::Kind::Unreachable, "The hub closed the connection twice in a row.");
}

void backoffWait(std::chrono::milliseconds wait, const std::function<void()>& checkCancelled)
{
    static thread_local std::mt19937 jitter{ std::random_device{}() };
    const auto delay = std::chrono::milliseconds(
        std::uniform_int_distribution<long long>(wait.count() / 2, std::max<long long>(1, wait.count()))(jitter));
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        checkCancelled();
        std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(std::chrono::milliseconds(50), delay));
    }
}

} // namespace cruscotto::sync
