#include "testhttpclient.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>

namespace synctest {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

namespace {
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);
constexpr auto kTimeout = 30s;

HttpReply replyOf(http::response<http::string_body>&& res)
{
    HttpReply reply;
    reply.status = static_cast<int>(res.result_int());
    for (const auto& field : res) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        reply.headers[name] = std::string(field.value());
    }
    reply.body = std::move(res.body());
    return reply;
}

template <typename Stream>
asio::awaitable<void> talk(Stream& stream, const std::string& host, const std::vector<HttpRequest>& requests,
                           const std::string* raw, std::vector<HttpReply>& replies, std::string& error)
{
    beast::flat_buffer buffer;
    const auto readOne = [&]() -> asio::awaitable<bool> {
        http::response_parser<http::string_body> parser;
        parser.body_limit(256 * 1024 * 1024);
        beast::get_lowest_layer(stream).expires_after(kTimeout);
        auto [ec, n] = co_await http::async_read(stream, buffer, parser, kNoThrow);
        if (ec) {
            error = "read: " + ec.message();
            co_return false;
        }
        replies.push_back(replyOf(parser.release()));
        co_return true;
    };
    if (raw) {
        beast::get_lowest_layer(stream).expires_after(kTimeout);
        auto [ec, n] = co_await asio::async_write(stream, asio::buffer(*raw), kNoThrow);
        if (ec) {
            error = "write: " + ec.message();
            co_return;
        }
        co_await readOne();
        co_return;
    }
    for (const HttpRequest& request : requests) {
        http::request<http::string_body> req{ http::string_to_verb(request.method), request.target, 11 };
        req.set(http::field::host, host);
        for (const auto& [name, value] : request.headers) {
            req.set(name, value);
        }
        req.body() = request.body;
        req.keep_alive(true);
        req.prepare_payload();
        beast::get_lowest_layer(stream).expires_after(kTimeout);
        auto [ec, n] = co_await http::async_write(stream, req, kNoThrow);
        if (ec) {
            error = "write: " + ec.message();
            co_return;
        }
        if (!co_await readOne()) {
            co_return;
        }
    }
}
} // namespace

std::string HttpReply::header(const std::string& name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

TestHttpClient::TestHttpClient(std::string host, std::uint16_t port)
    : m_host(std::move(host))
    , m_port(port)
{ }

TestHttpClient::TestHttpClient(std::string host, std::uint16_t port, Tls tls)
    : m_host(std::move(host))
    , m_port(port)
    , m_useTls(true)
    , m_tls(std::move(tls))
{ }

std::vector<HttpReply> TestHttpClient::exchange(const std::vector<HttpRequest>& requests)
{
    std::vector<HttpReply> replies;
    m_error.clear();
    asio::io_context ioc;
    std::optional<ssl::context> context;
    if (m_useTls) {
        context.emplace(ssl::context::tls_client);
        context->set_verify_mode(ssl::verify_peer);
        if (!m_tls.caFile.empty()) {
            context->load_verify_file(m_tls.caFile);
        }
    }
    const std::string* raw = nullptr;
    std::string rawBytes;
    if (requests.size() == 1 && requests.front().method == "RAW") {
        rawBytes = requests.front().body;
        raw = &rawBytes;
    }
    asio::co_spawn(
        ioc,
        [&]() -> asio::awaitable<void> {
            const tcp::endpoint endpoint(asio::ip::make_address(m_host), m_port);
            if (!m_useTls) {
                beast::tcp_stream stream(ioc);
                stream.expires_after(kTimeout);
                auto [ec] = co_await stream.async_connect(endpoint, kNoThrow);
                if (ec) {
                    m_error = "connect: " + ec.message();
                    co_return;
                }
                co_await talk(stream, m_host, requests, raw, replies, m_error);
                boost::system::error_code ignored;
                stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
                co_return;
            }
            beast::ssl_stream<beast::tcp_stream> stream(ioc, *context);
            // SNI, and the name the certificate must be issued to.
            SSL_set_tlsext_host_name(stream.native_handle(), m_tls.serverName.c_str());
            stream.set_verify_callback(ssl::host_name_verification(m_tls.serverName));
            beast::get_lowest_layer(stream).expires_after(kTimeout);
            auto [ec] = co_await beast::get_lowest_layer(stream).async_connect(endpoint, kNoThrow);
            if (ec) {
                m_error = "connect: " + ec.message();
                co_return;
            }
            beast::get_lowest_layer(stream).expires_after(kTimeout);
            auto [handshakeError] = co_await stream.async_handshake(ssl::stream_base::client, kNoThrow);
            if (handshakeError) {
                m_error = "handshake: " + handshakeError.message();
                co_return;
            }
            co_await talk(stream, m_tls.serverName, requests, raw, replies, m_error);
            beast::get_lowest_layer(stream).expires_after(5s);
            co_await stream.async_shutdown(kNoThrow);
        },
        asio::detached);
    ioc.run();
    return replies;
}

HttpReply TestHttpClient::get(const std::string& target, const std::string& token,
                              const std::vector<std::pair<std::string, std::string>>& headers)
{
    HttpRequest request;
    request.target = target;
    request.headers = headers;
    if (!token.empty()) {
        request.headers.emplace_back("Authorization", "Bearer " + token);
    }
    auto replies = exchange({ request });
    return replies.empty() ? HttpReply() : replies.front();
}

HttpReply TestHttpClient::post(const std::string& target, const std::string& body)
{
    HttpRequest request;
    request.method = "POST";
    request.target = target;
    request.body = body;
    request.headers.emplace_back("Content-Type", "application/json");
    auto replies = exchange({ request });
    return replies.empty() ? HttpReply() : replies.front();
}

HttpReply TestHttpClient::raw(const std::string& bytes)
{
    HttpRequest request;
    request.method = "RAW";
    request.body = bytes;
    auto replies = exchange({ request });
    return replies.empty() ? HttpReply() : replies.front();
}

std::string TestHttpClient::token(const std::string& user, const std::string& password)
{
    const HttpReply reply = post(
        "/v1/auth/token", boost::json::serialize(boost::json::object{ { "user", user }, { "password", password } }));
    if (reply.status != 200) {
        return {};
    }
    boost::system::error_code ec;
    const boost::json::value value = boost::json::parse(reply.body, ec);
    if (ec || !value.is_object() || !value.as_object().contains("token")) {
        return {};
    }
    return std::string(value.at("token").as_string());
}

} // namespace synctest
