// The hub's security properties (docs/SECURITY.md), against the real cruscotto-hub
// process on 127.0.0.1: scope between sites, hostile input in every parameter and
// JSON field, JSON nesting, connection limits, slow clients, sign-in throttling and
// what the log holds.
#include "core/cache.h"
#include "core/database.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"
#include "sync/passwordhash.h"
#include "sync/syncengine.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/json.hpp>

#include <memory>
#include <thread>

using synctest::HttpReply;
using synctest::HttpRequest;
using synctest::HubProcess;
using synctest::TestHttpClient;
namespace json = boost::json;
namespace asio = boost::asio;

namespace {

std::string errorCodeOf(const HttpReply& reply)
{
    boost::system::error_code ec;
    const json::value body = json::parse(reply.body, ec);
    if (ec || !body.is_object() || !body.as_object().contains("error") || !body.at("error").is_string()) {
        return {};
    }
    return std::string(body.at("error").as_string());
}

std::string encoded(const std::string& text)
{
    return QUrl::toPercentEncoding(QString::fromStdString(text)).toStdString();
}

// What an attacker would try in a parameter that reaches SQL.
const std::vector<std::string> kInjections = {
    "' OR '1'='1",
    "BAS-MUS-01' OR 1=1 --",
    "x'; DROP TABLE users; --",
    "1 UNION SELECT name, password_hash FROM users",
    "\" OR \"\"=\"",
    "BAS-MUS-0%",
    "BAS-MUS-0_",
    "1); DELETE FROM sales_hourly; --",
};

const char* kWrongPassword = "Wr0ng-but-distinctive-Passw0rd";

} // namespace

class TestHubSecurity : public QObject
{
    Q_OBJECT

private:
    TestHttpClient client() const { return TestHttpClient(m_hub.host().toStdString(), m_hub.port()); }
    HttpReply send(const std::string& method, const std::string& target, const std::string& token,
                   const std::string& body = {}) const;
    std::int64_t countRows(const char* table) const;

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    // A hub with small limits: 4 connections, 2 s to send a request.
    HubProcess m_limited;
    QString m_otherSite; // a site the demo director does not have
    std::vector<std::string> m_tokensSeen;

private slots:
    void initTestCase();
    void tokenForOneSiteCannotReadAnother();
    void sqlInjectionInQueryParametersIsHarmless();
    void sqlInjectionInJsonFieldsIsHarmless();
    void jsonNestingDepthIsLimited();
    void tooManyConnectionsAreRefused();
    void slowClientIsCutOff();
    void failedSignInsAreThrottled();
    void logHoldsNoSecrets();
};

HttpReply TestHubSecurity::send(const std::string& method, const std::string& target, const std::string& token,
                                const std::string& body) const
{
    HttpRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    if (!token.empty()) {
        request.headers.emplace_back("Authorization", "Bearer " + token);
    }
    if (!body.empty()) {
        request.headers.emplace_back("Content-Type", "application/json");
    }
    TestHttpClient c = client();
    auto replies = c.exchange({ request });
    return replies.empty() ? HttpReply() : replies.front();
}

std::int64_t TestHubSecurity::countRows(const char* table) const
{
    core::Database db
        = core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    core::Statement stmt = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return stmt.step() ? stmt.int64(0) : -1;
}

void TestHubSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    HubProcess::seed(m_dir.path());
    {
        // A second director, for a site of the region the demo director does not have.
        cruscotto::sync::HubStore store(m_dir.path());
        store.write([&](core::Database& db) {
            core::Statement stmt = db.prepare("SELECT code FROM sites WHERE code LIKE 'BAS-%' AND code NOT IN "
                                              "('BAS-MUS-01', 'BAS-MUS-02', 'BAS-MUS-03') ORDER BY code LIMIT 1");
            QVERIFY(stmt.step());
            m_otherSite = stmt.text(0);
            stmt.reset();
            cruscotto::sync::HubUsers(db).addUser(QStringLiteral("director2"), cruscotto::sync::HubRole::Director,
                                                  "demo2", { m_otherSite },
                                                  cruscotto::sync::PasswordHash::MinimumIterations);
        });
    }
    QVERIFY(!m_otherSite.isEmpty());
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(m_hub.errorText()));
    QVERIFY2(m_limited.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--max-connections"), QStringLiteral("4"),
                               QStringLiteral("--request-timeout"), QStringLiteral("2") }),
             qPrintable(m_limited.errorText()));
}

void TestHubSecurity::tokenForOneSiteCannotReadAnother()
{
    const std::string other = m_otherSite.toStdString();
    const std::string director = client().token("director", "demo");
    const std::string director2 = client().token("director2", "demo2");
    QVERIFY(!director.empty() && !director2.empty());
    m_tokensSeen = { director, director2 };
    const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    const std::int64_t devices = countRows("devices");
    const std::int64_t sales = countRows("sales");

    // Each director's catalogue holds its own sites only.
    const HttpReply own = send("GET", "/v1/sites", director2);
    QCOMPARE(own.status, 200);
    QVERIFY(own.body.find(other) != std::string::npos);
    QVERIFY(own.body.find("BAS-MUS-01") == std::string::npos);
    QVERIFY(send("GET", "/v1/sites", director).body.find(other) == std::string::npos);

    // Every route that names a site refuses one outside the token's scope, both ways.
    struct Probe
    {
        const std::string& token;
        std::string site;
    };
    for (const Probe& probe : { Probe{ director2, "BAS-MUS-01" }, Probe{ director, other } }) {
        const std::string& site = probe.site;
        HttpReply reply = send("GET", "/v1/devices?site=" + site, probe.token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCodeOf(reply), std::string("not_found"));
        reply = send("GET", "/v1/tickets/state?site=" + site, probe.token);
        QCOMPARE(reply.status, 404);
        reply = send("GET", "/v1/bookings?site=" + site + "&day=" + today, probe.token);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.find("bookings") == std::string::npos);
        reply = send("PUT", "/v1/sites/" + site + "/free-days", probe.token, R"({"free_days":[]})");
        QVERIFY2(reply.status == 403 || reply.status == 422, reply.body.c_str());
        reply = send("POST", "/v1/sales", probe.token,
                     R"({"sales":[{"id":"6f1c2a1e-1111-4a4a-8b8b-0123456789ab","site":")" + site
                         + R"(","product":"INT","channel":"counter","sold_utc":1736000000,"tickets":1,)"
                           R"("amount_cents":1000}]})");
        QCOMPARE(reply.status, 422);
        reply = send("POST", "/v1/devices", probe.token,
                     R"({"device_id":"6f1c2a1e-2222-4a4a-8b8b-0123456789ab","site":")" + site
                         + R"(","name":"Cassa","public_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})");
        QCOMPARE(reply.status, 403);
    }
    // Nothing was stored by any of it.
    QCOMPARE(countRows("devices"), devices);
    QCOMPARE(countRows("sales"), sales);
}

void TestHubSecurity::sqlInjectionInQueryParametersIsHarmless()
{
    const std::string director = client().token("director", "demo");
    const std::string clerk = client().token("clerk", "demo");
    QVERIFY(!director.empty() && !clerk.empty());
    const std::int64_t users = countRows("users");
    const std::int64_t hourly = countRows("sales_hourly");
    for (const std::string& attack : kInjections) {
        const std::string p = encoded(attack);
        QCOMPARE(send("GET", "/v1/changes?since=" + p, director).status, 400);
        QCOMPARE(send("GET", "/v1/changes?limit=" + p, director).status, 400);
        QCOMPARE(send("GET", "/v1/changes?" + p + "=1", director).status, 400);
        QCOMPARE(send("GET", "/v1/devices?site=" + p, director).status, 404);
        QCOMPARE(send("GET", "/v1/tickets/state?site=" + p, clerk).status, 404);
        QCOMPARE(send("GET", "/v1/tickets/state?site=BAS-MUS-01&since=" + p, clerk).status, 400);
        QCOMPARE(send("GET", "/v1/tickets/state?site=BAS-MUS-01&limit=" + p, clerk).status, 400);
        QCOMPARE(send("GET", "/v1/bookings?site=" + p + "&day=2025-01-10", clerk).status, 404);
        QCOMPARE(send("GET", "/v1/bookings?site=BAS-MUS-01&day=" + p, clerk).status, 400);
        // In the path: a site code that is not the director's.
        const HttpReply put = send("PUT", "/v1/sites/" + p + "/free-days", director, R"({"free_days":[]})");
        QVERIFY2(put.status == 403 || put.status == 404 || put.status == 422, put.body.c_str());
    }
    QCOMPARE(countRows("users"), users);
    QCOMPARE(countRows("sales_hourly"), hourly);
    QCOMPARE(send("GET", "/v1/sites", director).status, 200);
}

void TestHubSecurity::sqlInjectionInJsonFieldsIsHarmless()
{
    const std::string director = client().token("director", "demo");
    const std::string gateway = client().token("gateway", "demo");
    QVERIFY(!director.empty() && !gateway.empty());
    const std::int64_t users = countRows("users");
    const std::int64_t tokens = countRows("tokens");
    const std::int64_t hourly = countRows("sales_hourly");
    const std::int64_t devices = countRows("devices");
    for (std::size_t i = 0; i < kInjections.size(); ++i) {
        const json::string a(kInjections[i]);
        // Sign-in: as the user name and as the password (a real user's, four times:
        // the fifth failure would start the sign-in throttle).
        HttpReply reply = client().post("/v1/auth/token", json::serialize(json::object{ { "user", a }, { "password", a } }));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCodeOf(reply), std::string("invalid_credentials"));
        if (i < 4) {
            reply = client().post("/v1/auth/token",
                                  json::serialize(json::object{ { "user", "director" }, { "password", a } }));
            QCOMPARE(reply.status, 401);
        }
        // A sale: in each text field.
        for (const char* field : { "id", "site", "product", "channel" }) {
            json::object sale{ { "id", "6f1c2a1e-3333-4a4a-8b8b-0123456789ab" },
                               { "site", "BAS-MUS-01" },
                               { "product", "INT" },
                               { "channel", "counter" },
                               { "sold_utc", 1736000000 },
                               { "tickets", 1 },
                               { "amount_cents", 1000 } };
            sale[field] = a;
            reply = send("POST", "/v1/sales", director, json::serialize(json::object{ { "sales", json::array{ sale } } }));
            QVERIFY2(reply.status == 422, reply.body.c_str());
        }
        // A device, a booking, sensor readings, a ledger batch.
        reply = send("POST", "/v1/devices", director,
                     json::serialize(json::object{ { "device_id", a }, { "site", "BAS-MUS-01" }, { "name", a },
                                                   { "public_key", a } }));
        QCOMPARE(reply.status, 400);
        reply = send("POST", "/v1/bookings", director,
                     json::serialize(json::object{ { "id", a }, { "site", a }, { "day", a }, { "slot_start", 600 } }));
        QVERIFY2(reply.status == 400 || reply.status == 422, reply.body.c_str());
        reply = send("POST", "/v1/sensors", gateway,
                     json::serialize(json::object{
                         { "zone_readings",
                           json::array{ json::object{ { "site", a }, { "zone", a }, { "at_utc", 1736500000 } } } } }));
        QVERIFY2(reply.status == 400 || reply.status == 422, reply.body.c_str());
        reply = send("POST", "/v1/ledger", director,
                     json::serialize(json::object{ { "device", a }, { "records", json::array{} } }));
        QVERIFY2(reply.status == 400 || reply.status == 404 || reply.status == 422, reply.body.c_str());
    }
    QCOMPARE(countRows("users"), users);
    QCOMPARE(countRows("tokens"), tokens);
    QCOMPARE(countRows("sales_hourly"), hourly);
    QCOMPARE(countRows("devices"), devices);
    QVERIFY(!client().token("director", "demo").empty());
}

void TestHubSecurity::jsonNestingDepthIsLimited()
{
    const std::string director = client().token("director", "demo");
    QVERIFY(!director.empty());
    // A hundred thousand levels would overflow a recursive parser's stack.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    HttpReply reply = client().post("/v1/auth/token", deep);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCodeOf(reply), std::string("bad_request"));
    for (const char* target : { "/v1/sales", "/v1/ledger", "/v1/devices", "/v1/bookings" }) {
        reply = send("POST", target, director, deep);
        QVERIFY2(reply.status == 400, target);
    }
    // Deep inside an otherwise well-formed body: 40 levels, over the parser's limit of 32.
    const std::string nested = R"({"sales":)" + std::string(40, '[') + std::string(40, ']') + "}";
    reply = send("POST", "/v1/sales", director, nested);
    QCOMPARE(reply.status, 400);
    const std::string gateway = client().token("gateway", "demo");
    reply = send("POST", "/v1/sensors", gateway, deep);
    QCOMPARE(reply.status, 400);
    QCOMPARE(send("GET", "/v1/sites", director).status, 200);
}

void TestHubSecurity::tooManyConnectionsAreRefused()
{
    asio::io_context ioc;
    const asio::ip::tcp::endpoint hub(asio::ip::make_address(m_limited.host().toStdString()), m_limited.port());
    std::vector<std::unique_ptr<asio::ip::tcp::socket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<asio::ip::tcp::socket>(ioc));
        held.back()->connect(hub);
    }
    QTest::qWait(200); // accepted by now
    TestHttpClient c(m_limited.host().toStdString(), m_limited.port());
    const HttpReply busy = c.get("/v1/sites");
    QCOMPARE(busy.status, 503);
    QCOMPARE(errorCodeOf(busy), std::string("busy"));
    QCOMPARE(busy.header("retry-after"), std::string("1"));
    QCOMPARE(busy.header("connection"), std::string("close"));
    // One slot free again: served.
    held.front()->close();
    QTest::qWait(200);
    QCOMPARE(c.get("/v1/sites").status, 401);
    held.clear();
}

void TestHubSecurity::slowClientIsCutOff()
{
    // Slowloris: a header sent one byte at a time never completes; the hub's request
    // timeout (2 s here, 30 s by default) closes the connection without an answer.
    QTest::qWait(300); // the previous test's connections are gone
    asio::io_context ioc;
    asio::ip::tcp::socket socket(ioc);
    socket.connect({ asio::ip::make_address(m_limited.host().toStdString()), m_limited.port() });
    socket.non_blocking(true);
    const std::string drip = "GET /v1/sites HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(200, 'a');
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    std::string received;
    for (std::size_t i = 0; i < drip.size() && !closed && timer.elapsed() < 15000; ++i) {
        boost::system::error_code ec;
        socket.write_some(asio::buffer(&drip[i], 1), ec);
        if (ec && ec != asio::error::would_block) {
            closed = true;
            break;
        }
        char buffer[512];
        const std::size_t n = socket.read_some(asio::buffer(buffer), ec);
        received.append(buffer, n);
        if (ec && ec != asio::error::would_block) {
            closed = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    QVERIFY2(closed, "the hub kept a slow client's connection open");
    QVERIFY2(timer.elapsed() >= 1800 && timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(received.empty(), received.c_str());
    // Everyone else is still served.
    TestHttpClient c(m_limited.host().toStdString(), m_limited.port());
    QCOMPARE(c.get("/v1/sites").status, 401);
}

void TestHubSecurity::failedSignInsAreThrottled()
{
    TestHttpClient c(m_limited.host().toStdString(), m_limited.port());
    const auto login = [&](const char* user, const char* password) {
        return c.post("/v1/auth/token", json::serialize(json::object{ { "user", user }, { "password", password } }));
    };
    for (int i = 0; i < 5; ++i) {
        const HttpReply reply = login("regional", kWrongPassword);
        QCOMPARE(reply.status, 401);
    }
    // The sixth attempt waits, even with the right password (it is not even checked).
    HttpReply reply = login("regional", "demo");
    QCOMPARE(reply.status, 429);
    QCOMPARE(errorCodeOf(reply), std::string("too_many_attempts"));
    QCOMPARE(reply.header("retry-after"), std::string("2"));
    {
        // The desktop's sync says so in words (and as a refused sign-in: cruscotto-cli exits 5).
        testsupport::TestDataDir cacheDir;
        core::Database cache = core::Cache::openWriter(cacheDir.path());
        cruscotto::sync::HubEndpoint endpoint;
        endpoint.url = "http://127.0.0.1:" + std::to_string(m_limited.port());
        cruscotto::sync::HubClient hubClient(endpoint);
        cruscotto::sync::SyncEngine engine(cache, hubClient);
        try {
            engine.login(QStringLiteral("regional"), QStringLiteral("demo"));
            QFAIL("a throttled sign-in succeeded");
        } catch (const cruscotto::sync::SyncError& e) {
            QCOMPARE(e.kind(), cruscotto::sync::SyncError::Kind::WrongPassword);
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QLatin1String("Too many failed sign-ins")), e.what());
        }
    }
    // Another user from the same address is not held up.
    reply = login("director", "demo");
    QCOMPARE(reply.status, 200);
    m_tokensSeen.push_back(std::string(json::parse(reply.body).at("token").as_string()));
    // After the wait, the right password works and clears the count.
    QTest::qWait(2100);
    reply = login("regional", "demo");
    QCOMPARE(reply.status, 200);
    m_tokensSeen.push_back(std::string(json::parse(reply.body).at("token").as_string()));
    QCOMPARE(login("regional", kWrongPassword).status, 401);
    QCOMPARE(login("regional", "demo").status, 200);
}

void TestHubSecurity::logHoldsNoSecrets()
{
    QCOMPARE(m_hub.terminate(), 0);
    QCOMPARE(m_limited.terminate(), 0);
    const QByteArray log = m_hub.standardError() + m_limited.standardError();
    QVERIFY(log.contains("Stopped."));
    QVERIFY(!log.contains(kWrongPassword));
    QVERIFY(!log.contains("demo2"));
    QVERIFY(!log.contains("director"));
    QVERIFY(!log.contains("127.0.0.1:")); // no client addresses
    QVERIFY(!m_tokensSeen.empty());
    for (const std::string& token : m_tokensSeen) {
        QVERIFY(!log.contains(QByteArray::fromStdString(token)));
    }
}

QTEST_GUILESS_MAIN(TestHubSecurity)
#include "testhubsecurity.moc"
