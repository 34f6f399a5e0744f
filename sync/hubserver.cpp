#include "sync/hubserver.h"

#include "sync/hubapi.h"
#include "sync/huboptions.h"

#include <QCoreApplication>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace cruscotto::sync {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

namespace {

constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);
// How long a kept-alive connection may sit idle, or a client take to send a
// request's header, then its body: HubOptions::requestTimeoutSeconds (30 s).
// Writing one response: a 50000-row page is a few MB, on a slow museum link.
constexpr auto kWriteTimeout = 120s;
constexpr auto kHandshakeTimeout = 15s;
// A peer that does not answer close_notify must not hold up shutdown.
constexpr auto kTlsShutdownTimeout = 5s;
// Telling a connection over the limit that the hub is busy.
constexpr auto kRefusalTimeout = 2s;
constexpr std::uint32_t kHeaderLimit = 16 * 1024;
constexpr std::uint64_t kBodyLimit = 8 * 1024 * 1024;

std::string translated(const char* text)
{
    return QCoreApplication::translate("sync::HubServer", text).toStdString();
}

// One connection as the server's stop() sees it; only touched on the connection's strand.
struct Connection
{
    explicit Connection(asio::any_io_executor executor)
        : executor(std::move(executor))
    { }
    asio::any_io_executor executor;
    beast::tcp_stream* stream = nullptr; // while the coroutine owns one
    bool waitingForRequest = false; // idle: safe to cancel on shutdown
};

http::response<http::string_body> toBeast(HubResponse&& from, unsigned version, bool keepAlive)
{
    http::response<http::string_body> res{ static_cast<http::status>(from.status), version };
    res.set(http::field::server, "cruscotto-hub/" CRUSCOTTO_VERSION);
    if (from.status != 304) {
        res.set(http::field::content_type, from.contentType);
        res.body() = std::move(from.body);
    }
    if (!from.contentEncoding.empty()) {
        res.set(http::field::content_encoding, from.contentEncoding);
    }
    if (!from.etag.empty()) {
        res.set(http::field::etag, from.etag);
    }
    if (!from.cacheControl.empty()) {
        res.set(http::field::cache_control, from.cacheControl);
    }
    if (!from.allow.empty()) {
        res.set(http::field::allow, from.allow);
    }
    if (!from.wwwAuthenticate.empty()) {
        res.set(http::field::www_authenticate, from.wwwAuthenticate);
    }
    if (!from.retryAfter.empty()) {
        res.set(http::field::retry_after, from.retryAfter);
    }
    if (from.varyAcceptEncoding) {
        res.set(http::field::vary, "Accept-Encoding");
    }
    res.keep_alive(keepAlive);
    res.prepare_payload();
    return res;
}

} // namespace

class HubServer::Impl
{
public:
    Impl(HubApi& api, const HubOptions& options)
        : m_api(api)
        , m_maxConnections(static_cast<std::size_t>(std::max(1, options.maxConnections)))
        , m_readTimeout(std::chrono::seconds(std::max(1, options.requestTimeoutSeconds)))
        , m_acceptorExecutor(asio::make_strand(m_ioc))
        , m_acceptor(m_acceptorExecutor)
        , m_signals(m_acceptorExecutor, SIGINT, SIGTERM)
    {
        if (!options.tlsCertificate.isEmpty()) {
            m_tls = std::make_unique<ssl::context>(ssl::context::tls_server);
            m_tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                               | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
            boost::system::error_code ec;
            m_tls->use_certificate_chain_file(options.tlsCertificate.toStdString(), ec);
            if (ec) {
                throw std::runtime_error(
                    QCoreApplication::translate("sync::HubServer", "Cannot use the TLS certificate %1: %2")
                        .arg(options.tlsCertificate, QString::fromStdString(ec.message()))
                        .toStdString());
            }
            m_tls->use_private_key_file(options.tlsKey.toStdString(), ssl::context::pem, ec);
            if (ec) {
                throw std::runtime_error(QCoreApplication::translate("sync::HubServer", "Cannot use the TLS key %1: %2")
                                             .arg(options.tlsKey, QString::fromStdString(ec.message()))
                                             .toStdString());
            }
        }
        boost::system::error_code ec;
        const auto address = asio::ip::make_address(options.listenAddress.toStdString(), ec);
        if (ec) {
            throw std::runtime_error(QCoreApplication::translate("sync::HubServer", "%1 is not an IP address.")
                                         .arg(options.listenAddress)
                                         .toStdString());
        }
        const tcp::endpoint endpoint(address, options.listenPort);
        m_acceptor.open(endpoint.protocol(), ec);
        if (!ec) {
            m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        }
        if (!ec) {
            m_acceptor.bind(endpoint, ec);
        }
        if (!ec) {
            m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
        }
        if (ec) {
            throw std::runtime_error(QCoreApplication::translate("sync::HubServer", "Cannot listen on %1:%2: %3")
                                         .arg(options.listenAddress)
                                         .arg(options.listenPort)
                                         .arg(QString::fromStdString(ec.message()))
                                         .toStdString());
        }
        m_bound = m_acceptor.local_endpoint();
    }

    tcp::endpoint bound() const { return m_bound; }
    bool usesTls() const { return m_tls != nullptr; }

    void run(int threads)
    {
        m_signals.async_wait([this](const boost::system::error_code& ec, int) {
            if (!ec) {
                stop();
            }
        });
        asio::co_spawn(m_acceptorExecutor, acceptLoop(), asio::detached);
        std::vector<std::thread> pool;
        for (int i = 1; i < threads; ++i) {
            pool.emplace_back([this] { runLoop(); });
        }
        runLoop();
        for (std::thread& thread : pool) {
            thread.join();
        }
    }

    void stop()
    {
        if (m_stopping.exchange(true)) {
            return;
        }
        asio::post(m_acceptorExecutor, [this] {
            boost::system::error_code ignored;
            m_acceptor.close(ignored);
            m_signals.cancel(ignored);
        });
        std::lock_guard lock(m_connectionsMutex);
        for (const auto& connection : m_connections) {
            asio::post(connection->executor, [connection] {
                if (connection->waitingForRequest && connection->stream) {
                    connection->stream->cancel();
                }
            });
        }
    }

private:
    void runLoop()
    {
        for (;;) {
            try {
                m_ioc.run();
                return;
            } catch (const std::exception& e) {
                // A handler must not take the whole hub down; log and keep serving.
                std::fprintf(stderr, "cruscotto-hub: %s\n", e.what());
            }
        }
    }

    asio::awaitable<void> acceptLoop()
    {
        while (!m_stopping) {
            tcp::socket socket(asio::make_strand(m_ioc));
            auto [ec] = co_await m_acceptor.async_accept(socket, kNoThrow);
            if (m_stopping || ec == asio::error::operation_aborted) {
                break;
            }
            if (ec) {
                // Out of descriptors and the like: breathe, then accept again.
                asio::steady_timer pause(m_acceptorExecutor, 100ms);
                co_await pause.async_wait(kNoThrow);
                continue;
            }
            auto connection = std::make_shared<Connection>(socket.get_executor());
            bool admitted = false;
            {
                std::lock_guard lock(m_connectionsMutex);
                if (m_connections.size() < m_maxConnections) {
                    m_connections.insert(connection);
                    admitted = true;
                }
            }
            if (!admitted) {
                // Over the limit: no handshake, no request read, no thread held for it.
                asio::co_spawn(socket.get_executor(), refuse(std::move(socket)), asio::detached);
                continue;
            }
            asio::co_spawn(socket.get_executor(), serve(std::move(socket), connection), asio::detached);
        }
    }

    // A connection over the limit: plain HTTP gets 503 with Retry-After (a TLS one is
    // closed, a handshake being what the limit saves), then it is closed.
    asio::awaitable<void> refuse(tcp::socket socket)
    {
        if (m_tls || m_stopping) {
            boost::system::error_code ignored;
            socket.close(ignored);
            co_return;
        }
        beast::tcp_stream stream(std::move(socket));
        HubResponse busy = HubApi::error(
            503, "busy", translated(QT_TRANSLATE_NOOP("sync::HubServer", "The hub is busy; try again in a moment.")));
        busy.retryAfter = "1";
        auto res = toBeast(std::move(busy), 11, false);
        stream.expires_after(kRefusalTimeout);
        co_await http::async_write(stream, res, kNoThrow);
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream.close();
    }

    asio::awaitable<void> serve(tcp::socket socket, std::shared_ptr<Connection> connection)
    {
        boost::system::error_code peerError;
        const tcp::endpoint peer = socket.remote_endpoint(peerError);
        const std::string remoteAddress = peerError ? std::string() : peer.address().to_string();
        try {
            if (m_stopping) {
                // Accepted as the hub stops: not worth a handshake.
            } else if (m_tls) {
                beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), *m_tls);
                connection->stream = &beast::get_lowest_layer(stream);
                connection->waitingForRequest = true;
                beast::get_lowest_layer(stream).expires_after(kHandshakeTimeout);
                auto [ec] = co_await stream.async_handshake(ssl::stream_base::server, kNoThrow);
                connection->waitingForRequest = false;
                if (!ec && !m_stopping) {
                    const bool clean = co_await serveRequests(stream, *connection, remoteAddress);
                    if (clean) {
                        beast::get_lowest_layer(stream).expires_after(kTlsShutdownTimeout);
                        co_await stream.async_shutdown(kNoThrow);
                    }
                }
                connection->stream = nullptr;
            } else {
                beast::tcp_stream stream(std::move(socket));
                connection->stream = &stream;
                const bool clean = co_await serveRequests(stream, *connection, remoteAddress);
                if (clean) {
                    boost::system::error_code ignored;
                    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
                }
                connection->stream = nullptr;
            }
        } catch (const std::exception& e) {
            connection->stream = nullptr;
            std::fprintf(stderr, "cruscotto-hub: connection failed: %s\n", e.what());
        }
        std::lock_guard lock(m_connectionsMutex);
        m_connections.erase(connection);
    }

    // Reads and answers requests until the peer or the server ends the connection.
    // Returns true when the connection ended in an orderly way (worth a shutdown).
    template <typename Stream>
    asio::awaitable<bool> serveRequests(Stream& stream, Connection& connection, const std::string& remoteAddress)
    {
        beast::flat_buffer buffer;
        for (;;) {
            if (m_stopping) {
                co_return true;
            }
            http::request_parser<http::string_body> parser;
            parser.header_limit(kHeaderLimit);
            parser.body_limit(kBodyLimit);
            beast::get_lowest_layer(stream).expires_after(m_readTimeout);
            // Idle until a request's header has arrived: shutdown may close the
            // connection then, but a request whose header is in is answered.
            connection.waitingForRequest = true;
            auto [readError, headerBytes] = co_await http::async_read_header(stream, buffer, parser, kNoThrow);
            connection.waitingForRequest = false;
            if (!readError && !parser.is_done()) {
                beast::get_lowest_layer(stream).expires_after(m_readTimeout);
                auto [bodyError, bodyBytes] = co_await http::async_read(stream, buffer, parser, kNoThrow);
                readError = bodyError;
            }
            if (readError == http::error::end_of_stream) {
                co_return true;
            }
            if (readError) {
                if (readError.category() != http::make_error_code(http::error::bad_method).category()
                    || readError == http::error::partial_message) {
                    co_return false; // timeout, reset, cancelled on shutdown, truncated: nothing to answer
                }
                HubResponse refusal = readError == http::error::body_limit
                    ? HubApi::error(413, "payload_too_large",
                                    translated(QT_TRANSLATE_NOOP("sync::HubServer", "The request body is too large.")))
                    : readError == http::error::header_limit
                    ? HubApi::error(431, "headers_too_large",
                                    translated(QT_TRANSLATE_NOOP("sync::HubServer", "The request headers are too large.")))
                    : HubApi::error(400, "malformed_request",
                                    translated(QT_TRANSLATE_NOOP("sync::HubServer", "The request is not valid HTTP/1.1.")));
                auto res = toBeast(std::move(refusal), 11, false);
                beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
                co_await http::async_write(stream, res, kNoThrow);
                co_return true;
            }

            http::request<http::string_body> req = parser.release();
            HubRequest request;
            request.method = std::string(req.method_string());
            request.target = std::string(req.target());
            request.authorization = std::string(req[http::field::authorization]);
            request.ifNoneMatch = std::string(req[http::field::if_none_match]);
            request.acceptEncoding = std::string(req[http::field::accept_encoding]);
            request.body = std::move(req.body());
            request.remoteAddress = remoteAddress;
            const bool keepAlive = req.keep_alive() && !m_stopping;
            auto res = toBeast(m_api.handle(request), req.version(), keepAlive);
            beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
            auto [writeError, writeBytes] = co_await http::async_write(stream, res, kNoThrow);
            if (writeError) {
                co_return false;
            }
            if (!res.keep_alive()) {
                co_return true;
            }
        }
    }

    HubApi& m_api;
    const std::size_t m_maxConnections;
    const std::chrono::seconds m_readTimeout;
    asio::io_context m_ioc;
    asio::any_io_executor m_acceptorExecutor;
    tcp::acceptor m_acceptor;
    asio::signal_set m_signals;
    std::unique_ptr<ssl::context> m_tls;
    tcp::endpoint m_bound;
    std::atomic<bool> m_stopping = false;
    std::mutex m_connectionsMutex;
    std::set<std::shared_ptr<Connection>> m_connections;
};

HubServer::HubServer(HubApi& api, const HubOptions& options)
    : m_impl(std::make_unique<Impl>(api, options))
{ }

HubServer::~HubServer() = default;

QString HubServer::boundAddress() const
{
    const tcp::endpoint endpoint = m_impl->bound();
    const QString host = QString::fromStdString(endpoint.address().to_string());
    return endpoint.address().is_v6() ? QStringLiteral("[%1]:%2").arg(host).arg(endpoint.port())
                                      : QStringLiteral("%1:%2").arg(host).arg(endpoint.port());
}

std::uint16_t HubServer::boundPort() const
{
    return m_impl->bound().port();
}

bool HubServer::usesTls() const
{
    return m_impl->usesTls();
}

void HubServer::run(int threads)
{
    m_impl->run(std::max(1, threads));
}

void HubServer::stop()
{
    m_impl->stop();
}

} // namespace cruscotto::sync
