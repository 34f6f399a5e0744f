#include "faultproxy.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <chrono>
#include <list>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

#include <poll.h>

namespace testsupport {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

// Whether the socket has something to read within `ms` (or has been closed).
bool readable(tcp::socket& socket, int ms)
{
    pollfd fd{};
    fd.fd = socket.native_handle();
    fd.events = POLLIN;
    return ::poll(&fd, 1, ms) > 0;
}

} // namespace

class FaultProxy::Impl
{
public:
    Impl(const std::string& targetHost, std::uint16_t targetPort, std::uint64_t seed, const Faults& faults)
        : m_acceptor(m_ioc)
        , m_target(asio::ip::make_address(targetHost), targetPort)
        , m_seed(seed)
        , m_faults(faults)
    {
        if (!m_target.address().is_loopback()) {
            throw std::invalid_argument("FaultProxy forwards to loopback addresses only");
        }
        const tcp::endpoint local(asio::ip::make_address("127.0.0.1"), 0);
        m_acceptor.open(local.protocol());
        m_acceptor.set_option(asio::socket_base::reuse_address(true));
        m_acceptor.bind(local);
        m_acceptor.listen();
        m_port = m_acceptor.local_endpoint().port();
        m_acceptThread = std::thread([this] { acceptLoop(); });
    }

    ~Impl()
    {
        m_stopping = true;
        boost::system::error_code ignored;
        // Wake the blocking accept: a connection of our own, then close.
        {
            tcp::socket poke(m_ioc);
            poke.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port), ignored);
        }
        if (m_acceptThread.joinable()) {
            m_acceptThread.join();
        }
        m_acceptor.close(ignored);
        std::list<std::shared_ptr<Link>> links;
        {
            std::lock_guard lock(m_mutex);
            links.swap(m_links);
        }
        for (const auto& link : links) {
            link->close();
        }
        for (const auto& link : links) {
            for (std::thread& pump : link->pumps) {
                if (pump.joinable()) {
                    pump.join();
                }
            }
        }
    }

    std::uint16_t port() const { return m_port; }

    void setFaults(const Faults& faults)
    {
        std::lock_guard lock(m_mutex);
        m_faults = faults;
    }

    Stats stats() const
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }

private:
    struct Link
    {
        explicit Link(asio::io_context& ioc)
            : client(ioc)
            , server(ioc)
        { }
        void close()
        {
            std::lock_guard lock(mutex);
            boost::system::error_code ignored;
            client.shutdown(tcp::socket::shutdown_both, ignored);
            server.shutdown(tcp::socket::shutdown_both, ignored);
        }
        std::mutex mutex;
        tcp::socket client;
        tcp::socket server;
        std::vector<std::thread> pumps;
    };

    void acceptLoop()
    {
        std::uint64_t number = 0;
        while (!m_stopping) {
            auto link = std::make_shared<Link>(m_ioc);
            boost::system::error_code ec;
            m_acceptor.accept(link->client, ec);
            if (m_stopping) {
                break;
            }
            if (ec) {
                continue;
            }
            ++number;
            link->server.connect(m_target, ec);
            if (ec) {
                link->close();
                continue;
            }
            Faults faults;
            {
                std::lock_guard lock(m_mutex);
                faults = m_faults;
                ++m_stats.connections;
                // Finished links go; the list holds the live ones.
                std::erase_if(m_links, [](const std::shared_ptr<Link>& old) {
                    if (old.use_count() > 1) {
                        return false;
                    }
                    for (std::thread& pump : old->pumps) {
                        if (pump.joinable()) {
                            pump.join();
                        }
                    }
                    return true;
                });
                m_links.push_back(link);
            }
            const std::uint64_t seed = m_seed * 1000003u + number;
            // The pumps hold the link alive while they run.
            link->pumps.emplace_back([this, link, faults, seed] {
                pump(link, link->client, link->server, faults, seed * 2);
            });
            link->pumps.emplace_back([this, link, faults, seed] {
                pump(link, link->server, link->client, faults, seed * 2 + 1);
            });
        }
    }

    // Copies from `from` to `to` until either side ends, injecting faults.
    void pump(std::shared_ptr<Link> keep, tcp::socket& from, tcp::socket& to, Faults faults, std::uint64_t seed)
    {
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        std::vector<char> held; // a chunk kept back to be sent after the next one
        const auto send = [&](const std::vector<char>& bytes) {
            boost::system::error_code ec;
            asio::write(to, asio::buffer(bytes), ec);
            return !ec;
        };
        std::vector<char> buffer(16 * 1024);
        for (;;) {
            if (!held.empty() && !readable(from, 30)) {
                // Nothing followed soon: the held chunk goes now, so no exchange waits forever.
                if (!send(held)) {
                    break;
                }
                held.clear();
            }
            boost::system::error_code ec;
            const std::size_t n = from.read_some(asio::buffer(buffer), ec);
            if (ec || n == 0) {
                if (!held.empty()) {
                    send(held);
                }
                break;
            }
            std::vector<char> chunk(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n));
            count(&Stats::chunks);
            if (chance(rng) < faults.drop) {
                count(&Stats::dropped);
                break;
            }
            if (chance(rng) < faults.delay) {
                count(&Stats::delayed);
                std::this_thread::sleep_for(std::chrono::milliseconds(
                    std::uniform_int_distribution<int>(1, std::max(1, faults.maxDelayMs))(rng)));
            }
            if (chance(rng) < faults.corrupt) {
                count(&Stats::corrupted);
                const std::size_t at = std::uniform_int_distribution<std::size_t>(0, chunk.size() - 1)(rng);
                chunk[at] = static_cast<char>(chunk[at] ^ static_cast<char>(1 + rng() % 255));
            }
            if (chance(rng) < faults.truncate) {
                count(&Stats::truncated);
                chunk.resize(std::uniform_int_distribution<std::size_t>(0, chunk.size() - 1)(rng));
                if (!held.empty()) {
                    send(held);
                }
                send(chunk);
                break;
            }
            if (held.empty() && chance(rng) < faults.reorder) {
                count(&Stats::reordered);
                held = std::move(chunk);
                continue;
            }
            if (!send(chunk)) {
                break;
            }
            if (!held.empty()) {
                if (!send(held)) {
                    break;
                }
                held.clear();
            }
        }
        keep->close();
    }

    void count(std::uint64_t Stats::*field)
    {
        std::lock_guard lock(m_mutex);
        ++(m_stats.*field);
    }

    asio::io_context m_ioc;
    tcp::acceptor m_acceptor;
    tcp::endpoint m_target;
    std::uint64_t m_seed;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stopping = false;
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    Faults m_faults;
    Stats m_stats;
    std::list<std::shared_ptr<Link>> m_links;
};

FaultProxy::FaultProxy(const std::string& targetHost, std::uint16_t targetPort, std::uint64_t seed, Faults faults)
    : m_impl(std::make_unique<Impl>(targetHost, targetPort, seed, faults))
{ }

FaultProxy::~FaultProxy() = default;

std::uint16_t FaultProxy::port() const
{
    return m_impl->port();
}

void FaultProxy::setFaults(const Faults& faults)
{
    m_impl->setFaults(faults);
}

FaultProxy::Stats FaultProxy::stats() const
{
    return m_impl->stats();
}

} // namespace testsupport
