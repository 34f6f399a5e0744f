// The real cruscotto-hub process on 127.0.0.1:0, over plain HTTP (loopback only).
#include "core/database.h"
#include "feedrows.h"
#include "hubprocess.h"
#include "sync/gzip.h"
#include "sync/hubstore.h"
#include "sync/hubusers.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/json.hpp>

#include <memory>

#include <signal.h>

using synctest::FeedRows;
using synctest::HttpReply;
using synctest::HubProcess;
using synctest::TestHttpClient;
namespace json = boost::json;

namespace {
json::value parsed(const std::string& body)
{
    boost::system::error_code ec;
    json::value value = json::parse(body, ec);
    return ec ? json::value() : value;
}

std::string errorCodeOf(const HttpReply& reply)
{
    const json::value body = parsed(reply.body);
    if (!body.is_object() || !body.as_object().contains("error") || !body.at("error").is_string()
        || !body.as_object().contains("message")) {
        return {};
    }
    return std::string(body.at("error").as_string());
}

const QStringList kDirectorSites
    = { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") };
} // namespace

class TestHubServer : public QObject
{
    Q_OBJECT

private:
    TestHttpClient client() const { return TestHttpClient(m_hub.host().toStdString(), m_hub.port()); }
    std::string tokenFor(const char* user) const { return client().token(user, "demo"); }
    // Pulls the whole feed for a token, page by page; fails the test on a bad page.
    FeedRows pullAll(const std::string& token, int limit, int* pages = nullptr, bool gzip = false) const;
    core::Database openHubDb() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;

private slots:
    void initTestCase();
    void announcesLoopbackAddress();
    void tokenForEachDemoUser_data();
    void tokenForEachDemoUser();
    void badCredentialsAreRejectedAlike();
    void malformedLoginIsBadRequest();
    void missingOrUnknownTokenIsRejected();
    void expiredTokenIsRejected();
    void clerkAndGatewayGetForbidden();
    void catalogueHoldsOnlyTheCallersSites();
    void changesFeedHoldsExactlyTheScope_data();
    void changesFeedHoldsExactlyTheScope();
    void pagesAreBoundedAndCursorsIncrease();
    void cursorAtTheEndGivesAnEmptyPage();
    void badChangesQueryIsBadRequest_data();
    void badChangesQueryIsBadRequest();
    void etagAndNotModified();
    void gzipWhenAsked();
    void malformedHttpGetsJson400();
    void oversizedBodyIsRefused();
    void unknownRouteAndWrongMethod();
    void keepAliveServesSeveralRequests();
    void tokenLifetimeOption();
    void sigtermAnswersTheRequestInFlight();
    void sigtermStopsCleanlyWithIdleConnection();
    void demoSeedsAnEmptyDataDir();
};

void TestHubServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto summary = HubProcess::seed(m_dir.path());
    QCOMPARE(summary.sites, 14);
    QVERIFY(summary.salesRows > 1000);
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(m_hub.errorText()));
}

void TestHubServer::announcesLoopbackAddress()
{
    QCOMPARE(m_hub.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_hub.port() > 0);
}

void TestHubServer::tokenForEachDemoUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("scope");
    QTest::newRow("director") << QStringLiteral("director") << QStringLiteral("director") << kDirectorSites;
    QTest::newRow("clerk") << QStringLiteral("clerk") << QStringLiteral("clerk")
                           << QStringList{ QStringLiteral("BAS-MUS-01") };
    QTest::newRow("regional") << QStringLiteral("regional") << QStringLiteral("regional")
                              << QStringList{ QStringLiteral("BAS") };
    QTest::newRow("gateway") << QStringLiteral("gateway") << QStringLiteral("gateway")
                             << QStringList{ QStringLiteral("BAS-MUS-01") };
}

void TestHubServer::tokenForEachDemoUser()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QStringList, scope);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpReply reply
        = client().post("/v1/auth/token", "{\"user\":\"" + user.toStdString() + "\",\"password\":\"demo\"}");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), std::string("application/json"));
    const json::value body = parsed(reply.body);
    QVERIFY(body.is_object());
    QCOMPARE(body.at("token").as_string().size(), std::size_t(43)); // 32 random bytes, base64url
    QCOMPARE(QString::fromStdString(std::string(body.at("role").as_string())), role);
    QStringList gotScope;
    for (const json::value& code : body.at("scope").as_array()) {
        gotScope << QString::fromStdString(std::string(code.as_string()));
    }
    QCOMPARE(gotScope, scope);
    const qint64 expires = body.at("expires_utc").as_int64();
    QVERIFY(expires >= before + 3600 && expires <= QDateTime::currentSecsSinceEpoch() + 3600);

    // The token is stored only as its hash.
    core::Database db = openHubDb();
    core::Statement stored = db.prepare("SELECT COUNT(*) FROM tokens WHERE token_hash = ? OR token_hash = ?");
    const QByteArray token = QByteArray::fromStdString(std::string(body.at("token").as_string()));
    stored.bind(1, QCryptographicHash::hash(token, QCryptographicHash::Sha256)).bind(2, token);
    QVERIFY(stored.step());
    QCOMPARE(stored.int64(0), std::int64_t(1));
    core::Statement plain = db.prepare("SELECT COUNT(*) FROM tokens WHERE token_hash = ?");
    plain.bind(1, token);
    QVERIFY(plain.step());
    QCOMPARE(plain.int64(0), std::int64_t(0));
}

void TestHubServer::badCredentialsAreRejectedAlike()
{
    QElapsedTimer timer;
    qint64 unknownFastest = std::numeric_limits<qint64>::max();
    qint64 wrongFastest = std::numeric_limits<qint64>::max();
    HttpReply unknown;
    HttpReply wrong;
    for (int i = 0; i < 3; ++i) {
        timer.start();
        unknown = client().post("/v1/auth/token", R"({"user":"nobody","password":"demo"})");
        unknownFastest = std::min(unknownFastest, timer.nsecsElapsed());
        timer.start();
        wrong = client().post("/v1/auth/token", R"({"user":"director","password":"Demo"})");
        wrongFastest = std::min(wrongFastest, timer.nsecsElapsed());
    }
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(errorCodeOf(unknown), std::string("invalid_credentials"));
    // Same body: nothing tells an unknown name from a wrong password...
    QCOMPARE(unknown.body, wrong.body);
    // ...not even the time taken (an unknown name still costs a full PBKDF2).
    QVERIFY2(unknownFastest * 3 > wrongFastest,
             qPrintable(QStringLiteral("unknown %1 ns, wrong %2 ns").arg(unknownFastest).arg(wrongFastest)));
    QVERIFY(!unknown.header("www-authenticate").empty());
}

void TestHubServer::malformedLoginIsBadRequest()
{
    for (const char* body : { "", "not json", "[]", R"({"user":"director"})", R"({"user":1,"password":"demo"})",
                              R"({"user":"","password":"demo"})" }) {
        const HttpReply reply = client().post("/v1/auth/token", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCodeOf(reply), std::string("bad_request"));
    }
}

void TestHubServer::missingOrUnknownTokenIsRejected()
{
    for (const std::string& token : { std::string(), std::string("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") }) {
        for (const char* target : { "/v1/sites", "/v1/changes" }) {
            const HttpReply reply = client().get(target, token);
            QCOMPARE(reply.status, 401);
            QCOMPARE(errorCodeOf(reply), std::string("invalid_token"));
            QVERIFY(reply.header("www-authenticate").starts_with("Bearer"));
        }
    }
    // A scheme other than Bearer is no token either.
    const HttpReply basic = client().get("/v1/sites", {}, { { "Authorization", "Basic ZGlyZWN0b3I6ZGVtbw==" } });
    QCOMPARE(basic.status, 401);
}

void TestHubServer::expiredTokenIsRejected()
{
    // A token that expired an hour ago, written where the hub keeps its tokens.
    QByteArray token;
    {
        core::Database db
            = core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadWrite);
        cruscotto::sync::HubUsers users(db);
        const auto caller = users.checkPassword(QStringLiteral("director"), "demo");
        QVERIFY(caller.has_value());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        token = users.issueToken(*caller, now - 7200, 3600).token;
        // And one still valid, to show the difference is the expiry alone.
        const QByteArray valid = users.issueToken(*caller, now, 3600).token;
        QCOMPARE(client().get("/v1/sites", valid.toStdString()).status, 200);
    }
    const HttpReply reply = client().get("/v1/sites", token.toStdString());
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCodeOf(reply), std::string("invalid_token"));
}

void TestHubServer::clerkAndGatewayGetForbidden()
{
    const std::string clerk = tokenFor("clerk");
    const std::string gateway = tokenFor("gateway");
    QVERIFY(!clerk.empty() && !gateway.empty());
    const HttpReply clerkChanges = client().get("/v1/changes", clerk);
    QCOMPARE(clerkChanges.status, 403);
    QCOMPARE(errorCodeOf(clerkChanges), std::string("forbidden"));
    QVERIFY(clerkChanges.body.find("rows") == std::string::npos);
    // The ticket office still needs its own site's catalogue (products, hours).
    QCOMPARE(client().get("/v1/sites", clerk).status, 200);
    for (const char* target : { "/v1/sites", "/v1/changes", "/v1/changes?since=0&limit=10" }) {
        const HttpReply reply = client().get(target, gateway);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCodeOf(reply), std::string("forbidden"));
    }
}

void TestHubServer::catalogueHoldsOnlyTheCallersSites()
{
    struct Case
    {
        const char* user;
        QStringList sites;
    };
    core::Database db = openHubDb();
    QStringList basilicata;
    core::Statement stmt = db.prepare("SELECT s.code FROM sites s JOIN regions r ON r.id = s.region_id "
                                      "WHERE r.code = 'BAS' ORDER BY s.id");
    while (stmt.step()) {
        basilicata << stmt.text(0);
    }
    QCOMPARE(basilicata.size(), 12);
    QVERIFY(db.scalar("SELECT COUNT(*) FROM sites") > 12); // sites elsewhere exist, and must not show
    for (const Case& c : { Case{ "director", kDirectorSites }, Case{ "clerk", { QStringLiteral("BAS-MUS-01") } },
                           Case{ "regional", basilicata } }) {
        const HttpReply reply = client().get("/v1/sites", tokenFor(c.user));
        QCOMPARE(reply.status, 200);
        const json::value body = parsed(reply.body);
        QStringList codes;
        QSet<std::int64_t> ids;
        for (const json::value& site : body.at("sites").as_array()) {
            codes << QString::fromStdString(std::string(site.at("code").as_string()));
            ids.insert(site.at("id").as_int64());
            QVERIFY(site.at("calendar_exceptions").is_array());
        }
        QCOMPARE(codes, c.sites);
        QCOMPARE(body.at("regions").as_array().size(), std::size_t(1));
        QCOMPARE(body.at("regions").as_array()[0].at("code").as_string(), "BAS");
        QCOMPARE(body.at("channels").as_array().size(), std::size_t(4));
        QVERIFY(!body.at("zones").as_array().empty());
        QVERIFY(!body.at("products").as_array().empty());
        for (const char* list : { "zones", "products" }) {
            for (const json::value& row : body.at(list).as_array()) {
                QVERIFY2(ids.contains(row.at("site_id").as_int64()), list);
            }
        }
        QCOMPARE(qint64(body.at("zones").as_array().size()),
                 qint64(db.scalar(QStringLiteral("SELECT COUNT(*) FROM zones WHERE site_id IN (SELECT id FROM sites "
                                                 "WHERE code IN ('%1'))")
                                      .arg(c.sites.join(QStringLiteral("','")))
                                      .toUtf8()
                                      .constData())));
    }
}

FeedRows TestHubServer::pullAll(const std::string& token, int limit, int* pages, bool gzip) const
{
    FeedRows rows;
    QString cursor = QStringLiteral("0");
    bool hasMore = true;
    int count = 0;
    std::int64_t previous = 0;
    while (hasMore) {
        const std::string target = "/v1/changes?since=" + cursor.toStdString() + "&limit=" + std::to_string(limit);
        std::vector<std::pair<std::string, std::string>> headers;
        if (gzip) {
            headers.emplace_back("Accept-Encoding", "gzip");
        }
        const HttpReply reply = client().get(target, token, headers);
        if (reply.status != 200) {
            QTest::qFail(
                qPrintable(QStringLiteral("status %1 for %2").arg(reply.status).arg(QString::fromStdString(target))),
                __FILE__, __LINE__);
            return rows;
        }
        std::string body = reply.body;
        if (gzip) {
            const auto inflated = cruscotto::sync::Gzip::decompress(body);
            if (reply.header("content-encoding") != "gzip" || !inflated) {
                QTest::qFail("page not gzipped", __FILE__, __LINE__);
                return rows;
            }
            body = *inflated;
        }
        QString error;
        const std::int64_t before = rows.count();
        if (!rows.addPage(body, &error, &cursor, &hasMore)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return rows;
        }
        const std::int64_t inPage = rows.count() - before;
        // Bounded pages; the cursor moves forward with every row, and stays put only on an empty last page.
        if (inPage > limit || (inPage > 0 ? cursor.toLongLong() <= previous : cursor.toLongLong() != previous)
            || (hasMore && inPage != limit)) {
            QTest::qFail("page size or cursor out of order", __FILE__, __LINE__);
            return rows;
        }
        previous = cursor.toLongLong();
        ++count;
        if (count > 100000) {
            QTest::qFail("the feed does not end", __FILE__, __LINE__);
            return rows;
        }
    }
    if (pages) {
        *pages = count;
    }
    return rows;
}

void TestHubServer::changesFeedHoldsExactlyTheScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("director") << QStringLiteral("director") << false;
    QTest::newRow("regional") << QStringLiteral("regional") << false;
    QTest::newRow("director gzip") << QStringLiteral("director") << true;
}

void TestHubServer::changesFeedHoldsExactlyTheScope()
{
    QFETCH(QString, user);
    QFETCH(bool, gzip);
    core::Database db = openHubDb();
    const QList<std::int64_t> scope = user == QLatin1String("director")
        ? synctest::siteIdsByCode(db, kDirectorSites)
        : synctest::siteIdsInRegion(db, QStringLiteral("BAS"));
    QCOMPARE(scope.size(), user == QLatin1String("director") ? 3 : 12);
    const FeedRows expected = FeedRows::fromDatabase(db, scope);
    QList<std::int64_t> allSites;
    core::Statement allStmt = db.prepare("SELECT id FROM sites");
    while (allStmt.step()) {
        allSites << allStmt.int64(0);
    }
    const FeedRows everything = FeedRows::fromDatabase(db, allSites);
    QVERIFY(expected.count() > 10000);
    for (const char* table : { "sales_daily", "zone_sensor_hourly", "microcell_hourly", "visitor_profile_monthly" }) {
        QVERIFY2(expected.count(QLatin1String(table)) > 0, table);
    }
    QVERIFY(everything.count() > expected.count()); // there is data outside the scope to leak

    int pages = 0;
    const FeedRows got = pullAll(tokenFor(user.toLatin1().constData()), 20000, &pages, gzip);
    QCOMPARE(got.count(), expected.count());
    for (const QString& table : FeedRows::expectedColumns().keys()) {
        QCOMPARE(got.count(table), expected.count(table));
    }
    QCOMPARE(got.checksum(), expected.checksum());
    const QSet<std::int64_t> expectedSites(scope.cbegin(), scope.cend());
    QCOMPARE(got.siteIds(synctest::zoneSites(db)), expectedSites);
    QVERIFY(pages >= 2);
}

void TestHubServer::pagesAreBoundedAndCursorsIncrease()
{
    // An odd page size cuts through tables and hours: no row lost, none twice.
    core::Database db = openHubDb();
    const FeedRows expected = FeedRows::fromDatabase(db, synctest::siteIdsByCode(db, kDirectorSites));
    int pages = 0;
    const FeedRows got = pullAll(tokenFor("director"), 4999, &pages);
    QCOMPARE(got.count(), expected.count());
    QCOMPARE(got.checksum(), expected.checksum());
    QCOMPARE(pages, int((expected.count() + 4998) / 4999));
}

void TestHubServer::cursorAtTheEndGivesAnEmptyPage()
{
    const std::string token = tokenFor("director");
    const json::value first = parsed(client().get("/v1/changes?limit=1", token).body);
    QCOMPARE(first.at("count").as_int64(), 1);
    QCOMPARE(first.at("has_more").as_bool(), true);
    QCOMPARE(first.at("since").as_string(), "0");

    core::Database db = openHubDb();
    const std::string last = std::to_string(db.scalar("SELECT last_rev FROM hub_revision"));
    const json::value end = parsed(client().get("/v1/changes?since=" + last, token).body);
    QCOMPARE(end.at("count").as_int64(), 0);
    QCOMPARE(end.at("has_more").as_bool(), false);
    QCOMPARE(std::string(end.at("next").as_string()), last);
    QVERIFY(end.at("tables").as_object().empty());
}

void TestHubServer::badChangesQueryIsBadRequest_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("letters") << QStringLiteral("/v1/changes?since=abc");
    QTest::newRow("negative") << QStringLiteral("/v1/changes?since=-5");
    QTest::newRow("limit 0") << QStringLiteral("/v1/changes?limit=0");
    QTest::newRow("limit too big") << QStringLiteral("/v1/changes?limit=50001");
    QTest::newRow("unknown parameter") << QStringLiteral("/v1/changes?site=1");
    QTest::newRow("repeated") << QStringLiteral("/v1/changes?since=1&since=2");
    QTest::newRow("bad escape") << QStringLiteral("/v1/changes?since=%zz");
}

void TestHubServer::badChangesQueryIsBadRequest()
{
    QFETCH(QString, target);
    const HttpReply reply = client().get(target.toStdString(), tokenFor("director"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCodeOf(reply), std::string("bad_request"));
}

void TestHubServer::etagAndNotModified()
{
    const std::string director = tokenFor("director");
    const HttpReply first = client().get("/v1/sites", director);
    QCOMPARE(first.status, 200);
    const std::string etag = first.header("etag");
    QVERIFY(etag.starts_with("W/\""));

    const HttpReply again = client().get("/v1/sites", director, { { "If-None-Match", etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.empty());
    QCOMPARE(again.header("etag"), etag);

    const HttpReply listed = client().get("/v1/sites", director, { { "If-None-Match", "\"other\", " + etag } });
    QCOMPARE(listed.status, 304);

    const HttpReply stale = client().get("/v1/sites", director, { { "If-None-Match", "W/\"0123456789abcdef\"" } });
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);

    // Another scope is another representation: the director's ETag does not fit the clerk's catalogue.
    const HttpReply clerk = client().get("/v1/sites", tokenFor("clerk"), { { "If-None-Match", etag } });
    QCOMPARE(clerk.status, 200);
    QVERIFY(clerk.header("etag") != etag);
}

void TestHubServer::gzipWhenAsked()
{
    const std::string director = tokenFor("director");
    const HttpReply identity = client().get("/v1/changes?limit=3000", director);
    QCOMPARE(identity.status, 200);
    QVERIFY(identity.header("content-encoding").empty());
    QCOMPARE(identity.header("vary"), std::string("Accept-Encoding"));

    const HttpReply gzipped = client().get("/v1/changes?limit=3000", director, { { "Accept-Encoding", "br, gzip" } });
    QCOMPARE(gzipped.status, 200);
    QCOMPARE(gzipped.header("content-encoding"), std::string("gzip"));
    QVERIFY(gzipped.body.size() * 4 < identity.body.size());
    QCOMPARE(std::uint8_t(gzipped.body[0]), std::uint8_t(0x1f)); // the gzip magic
    QCOMPARE(std::uint8_t(gzipped.body[1]), std::uint8_t(0x8b));
    const auto inflated = cruscotto::sync::Gzip::decompress(gzipped.body);
    QVERIFY(inflated.has_value());
    QCOMPARE(*inflated, identity.body);

    const HttpReply refused = client().get("/v1/changes?limit=3000", director, { { "Accept-Encoding", "gzip;q=0" } });
    QVERIFY(refused.header("content-encoding").empty());
    QCOMPARE(refused.body, identity.body);

    const HttpReply catalogue = client().get("/v1/sites", director, { { "Accept-Encoding", "gzip" } });
    QCOMPARE(catalogue.header("content-encoding"), std::string("gzip"));
    QCOMPARE(*cruscotto::sync::Gzip::decompress(catalogue.body), client().get("/v1/sites", director).body);
}

void TestHubServer::malformedHttpGetsJson400()
{
    for (const std::string& garbage : { std::string("GARBAGE\r\n\r\n"), std::string("GET /v1/sites HTTP/9.9\r\n\r\n"),
                                        std::string("GET /v1/sites HTTP/1.1\r\nHost x\r\n\r\n"),
                                        std::string("POST /v1/auth/token HTTP/1.1\r\nContent-Length: zz\r\n\r\n") }) {
        TestHttpClient c = client();
        const HttpReply reply = c.raw(garbage);
        QVERIFY2(reply.status == 400, c.error().c_str());
        QCOMPARE(reply.header("content-type"), std::string("application/json"));
        QCOMPARE(errorCodeOf(reply), std::string("malformed_request"));
        QCOMPARE(reply.header("connection"), std::string("close"));
    }
    // The hub is still there.
    QCOMPARE(client().get("/v1/sites", tokenFor("director")).status, 200);
}

void TestHubServer::oversizedBodyIsRefused()
{
    TestHttpClient c = client();
    const HttpReply reply
        = c.raw("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 9000000\r\n\r\n{\"user\":");
    QCOMPARE(reply.status, 413);
    QCOMPARE(errorCodeOf(reply), std::string("payload_too_large"));
    const HttpReply headers
        = c.raw("GET /v1/sites HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + std::string(20000, 'a') + "\r\n\r\n");
    QCOMPARE(headers.status, 431);
}

void TestHubServer::unknownRouteAndWrongMethod()
{
    const HttpReply missing = client().get("/v1/nothing-here", tokenFor("director"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCodeOf(missing), std::string("not_found"));
    const HttpReply unversioned = client().get("/sites");
    QCOMPARE(unversioned.status, 404);
    const HttpReply wrongMethod = client().get("/v1/auth/token");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), std::string("POST"));
}

void TestHubServer::keepAliveServesSeveralRequests()
{
    const std::string token = tokenFor("director");
    synctest::HttpRequest sites;
    sites.target = "/v1/sites";
    sites.headers = { { "Authorization", "Bearer " + token } };
    synctest::HttpRequest changes = sites;
    changes.target = "/v1/changes?limit=10";
    TestHttpClient c = client();
    const auto replies = c.exchange({ sites, changes, sites });
    QVERIFY2(replies.size() == 3, c.error().c_str());
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[1].status, 200);
    QCOMPARE(replies[2].body, replies[0].body);
    QVERIFY(replies[2].header("connection") != "close");
}

void TestHubServer::tokenLifetimeOption()
{
    // A second hub on the same database, handing out one-second tokens.
    HubProcess shortLived;
    QVERIFY2(shortLived.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                                QStringLiteral("--token-lifetime"), QStringLiteral("1") }),
             qPrintable(shortLived.errorText()));
    TestHttpClient c(shortLived.host().toStdString(), shortLived.port());
    const std::string token = c.token("director", "demo");
    QVERIFY(!token.empty());
    QCOMPARE(c.get("/v1/sites", token).status, 200);
    QTest::qWait(2100);
    QCOMPARE(c.get("/v1/sites", token).status, 401);
    QCOMPARE(shortLived.terminate(), 0);
}

void TestHubServer::sigtermAnswersTheRequestInFlight()
{
    // A login whose header is in when SIGTERM comes and whose body follows after:
    // the hub still answers it (and says it closes), then exits 0.
    HubProcess hub;
    QVERIFY2(hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback") }),
             qPrintable(hub.errorText()));
    namespace asio = boost::asio;
    asio::io_context ioc;
    asio::ip::tcp::socket socket(ioc);
    socket.connect({ asio::ip::make_address(hub.host().toStdString()), hub.port() });
    const std::string body = R"({"user":"director","password":"demo"})";
    const std::string header = "POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: "
        + std::to_string(body.size()) + "\r\n\r\n";
    asio::write(socket, asio::buffer(header));
    QTest::qWait(300);
    QCOMPARE(::kill(static_cast<pid_t>(hub.pid()), SIGTERM), 0);
    QTest::qWait(300);
    asio::write(socket, asio::buffer(body));
    std::string reply;
    boost::system::error_code ec;
    asio::read(socket, asio::dynamic_buffer(reply), ec); // to the end: the hub closes after answering
    QCOMPARE(ec, boost::system::error_code(asio::error::eof));
    QVERIFY2(reply.starts_with("HTTP/1.1 200 OK\r\n"), reply.c_str());
    QVERIFY2(reply.find("Connection: close\r\n") != std::string::npos, reply.c_str());
    QVERIFY(reply.find("\"token\":") != std::string::npos);
    QCOMPARE(hub.terminate(), 0);
}

void TestHubServer::sigtermStopsCleanlyWithIdleConnection()
{
    // A kept-alive connection that sends nothing must not hold the hub open for its 30 s read timeout.
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::socket idle(ioc);
    idle.connect({ boost::asio::ip::make_address(m_hub.host().toStdString()), m_hub.port() });
    QVERIFY(idle.is_open());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_hub.terminate(), 0);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_hub.standardError().contains("Stopped."));
    // The database was closed cleanly: it opens and checks out.
    core::Database db = openHubDb();
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
}

void TestHubServer::demoSeedsAnEmptyDataDir()
{
    // The full --demo path once: 12 sites over 3 years, then the demo users.
    testsupport::TestDataDir empty;
    HubProcess demo;
    QVERIFY2(demo.start({ QStringLiteral("--data-dir"), empty.path(), QStringLiteral("--insecure-loopback"),
                          QStringLiteral("--demo") }),
             qPrintable(demo.errorText()));
    TestHttpClient c(demo.host().toStdString(), demo.port());
    const json::value sites = parsed(c.get("/v1/sites", c.token("director", "demo")).body);
    QStringList codes;
    for (const json::value& site : sites.at("sites").as_array()) {
        codes << QString::fromStdString(std::string(site.at("code").as_string()));
    }
    QCOMPARE(codes, kDirectorSites);
    const json::value region = parsed(c.get("/v1/sites", c.token("regional", "demo")).body);
    QCOMPARE(region.at("sites").as_array().size(), std::size_t(12));
    QCOMPARE(demo.terminate(), 0);
    QVERIFY(demo.standardError().contains("Seeded the demo region: 12 sites"));

    // Started again with --demo, it seeds nothing twice.
    HubProcess again;
    QVERIFY2(again.start({ QStringLiteral("--data-dir"), empty.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(again.errorText()));
    QCOMPARE(again.terminate(), 0);
    QVERIFY(!again.standardError().contains("Seeded"));
    core::Database db
        = core::Database::open(cruscotto::sync::HubStore::pathIn(empty.path()), core::Database::Mode::ReadOnly);
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM sites"), std::int64_t(12));
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM users"), std::int64_t(4));
}

QTEST_GUILESS_MAIN(TestHubServer)
#include "testhubserver.moc"
