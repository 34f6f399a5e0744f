// Funded programmes' tables through the real hub: a regional manager publishes the
// ministry's M1C3 1.1 table (seed 001) with PUT /v1/funding, a director's cache
// receives it by the changes feed to the cent; publishing a shorter table drops the
// old lines in the caches; scope, roles, a code owned by another scope and every bad
// field are refused with nothing stored.
#include "core/cache.h"
#include "core/database.h"
#include "core/fundingimport.h"
#include "core/fundingmonitor.h"
#include "core/fundingtable.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/syncengine.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

#include <boost/json.hpp>

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

QStringList fieldsOf(const HttpReply& reply)
{
    QStringList fields;
    const json::value answer = parsed(reply.body);
    if (const json::value* problems = answer.is_object() ? answer.as_object().if_contains("problems") : nullptr) {
        for (const json::value& p : problems->as_array()) {
            fields.append(QString::fromStdString(std::string(p.at("field").as_string())));
        }
    }
    return fields;
}

json::string text(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return json::string(json::string_view(utf8.constData(), std::size_t(utf8.size())));
}

core::FundingTable seedTable()
{
    QFile file(testsupport::sourcePath(QStringLiteral("tests/core/data/funding_m1c3.csv")));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("funding_m1c3.csv is missing");
    }
    return core::FundingImport::parseCsv(file.readAll()).table;
}

// The table as PUT /v1/funding takes it.
json::object bodyOf(const core::FundingTable& table, const QString& scope, int lines = -1)
{
    json::array list;
    for (const core::FundingLine& l : table.lines) {
        if (lines >= 0 && list.size() >= std::size_t(lines)) {
            break;
        }
        list.push_back(json::object{ { "code", text(l.code) },
                                     { "description", text(l.description) },
                                     { "target", text(l.target) },
                                     { "deadline", text(l.deadlineText) },
                                     { "status", text(l.status) },
                                     { "funded_cents", l.funded.cents() },
                                     { "committed_cents", l.committed.cents() },
                                     { "in_progress_cents", l.inProgress.cents() },
                                     { "spent_cents", l.spent.cents() },
                                     { "notes", text(l.notes) } });
    }
    return json::object{ { "scope", text(scope) }, { "title", text(table.title) }, { "lines", std::move(list) } };
}

} // namespace

class TestFunding : public QObject
{
    Q_OBJECT

private:
    HttpReply put(const std::string& token, const json::object& body) const
    {
        synctest::HttpRequest request;
        request.method = "PUT";
        request.target = "/v1/funding";
        request.body = json::serialize(body);
        request.headers = { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } };
        auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
        return replies.empty() ? HttpReply() : replies.front();
    }
    std::string token(const char* user) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).token(user, "demo");
    }
    std::int64_t hubScalar(const char* sql) const
    {
        core::Database db
            = core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        return db.scalar(sql);
    }
    void syncAs(const char* user)
    {
        core::Database cache = core::Cache::openWriter(m_cacheDir.path());
        cruscotto::sync::HubEndpoint endpoint;
        endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
        cruscotto::sync::HubClient client(endpoint);
        cruscotto::sync::SyncEngine engine(cache, client, cruscotto::sync::SyncEngine::Options());
        engine.login(QString::fromLatin1(user), QStringLiteral("demo"));
        engine.run();
    }

    testsupport::TestDataDir m_dir;
    testsupport::TestDataDir m_cacheDir;
    HubProcess m_hub;

private slots:
    void initTestCase()
    {
        HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void regionalPublishesAndTheDirectorsCacheReceivesIt()
    {
        const core::FundingTable seed = seedTable();
        const HttpReply reply = put(token("regional"), bodyOf(seed, QStringLiteral("region:BAS")));
        QVERIFY2(reply.status == 200, reply.body.c_str());
        const json::object answer = parsed(reply.body).as_object();
        QCOMPARE(answer.at("code").as_string(), "M1C3 1.1");
        QCOMPARE(answer.at("lines").to_number<std::int64_t>(), 14);
        QCOMPARE(answer.at("funded_cents").to_number<std::int64_t>(), Q_INT64_C(50000000000));
        QCOMPARE(answer.at("committed_cents").to_number<std::int64_t>(), Q_INT64_C(9080476991));
        QCOMPARE(answer.at("in_progress_cents").to_number<std::int64_t>(), Q_INT64_C(11172331907));
        QCOMPARE(answer.at("spent_cents").to_number<std::int64_t>(), Q_INT64_C(688941216));
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_lines WHERE rev = 0"), 0); // numbered for the feed
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_uploads"), 1);

        // The director's museums are in Basilicata: the table comes down with the figures.
        syncAs("director");
        core::Database cache = core::Cache::openReader(m_cacheDir.path());
        const auto table = core::FundingStore(cache).table(QStringLiteral("M1C3 1.1"));
        QVERIFY(table);
        QCOMPARE(table->scopeKind, QStringLiteral("region"));
        QCOMPARE(table->scopeCode, QStringLiteral("BAS"));
        QCOMPARE(table->title, seed.title);
        QCOMPARE(table->lines.size(), 14);
        for (int i = 0; i < 14; ++i) {
            QCOMPARE(table->lines[i].code, seed.lines[i].code);
            QCOMPARE(table->lines[i].parent, seed.lines[i].parent);
            QCOMPARE(table->lines[i].deadline, seed.lines[i].deadline);
            QCOMPARE(table->lines[i].spent, seed.lines[i].spent);
        }
        const auto e = core::FundingMonitor::evaluate(*table, QDate(2023, 4, 30));
        QCOMPARE(e.committed.cents(), Q_INT64_C(9080476991));
        QVERIFY(e.mismatches.isEmpty());
        QCOMPARE(e.atRisk, 1);
    }

    // The table published again, shorter: the caches drop the lines it no longer has.
    void publishingAgainReplacesTheTableInTheCaches()
    {
        const HttpReply reply = put(token("regional"), bodyOf(seedTable(), QStringLiteral("region:BAS"), 3));
        QVERIFY2(reply.status == 200, reply.body.c_str());
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_lines"), 3);
        syncAs("director");
        core::Database cache = core::Cache::openReader(m_cacheDir.path());
        QCOMPARE(cache.scalar("SELECT COUNT(*) FROM funding_lines"), 3);
        QCOMPARE(cache.scalar("SELECT COUNT(DISTINCT generation) FROM funding_lines"), 1);
        QCOMPARE(cache.scalar("SELECT generation FROM funding_tables"), 2);
        // Back to the whole table for the tests that follow.
        QCOMPARE(put(token("regional"), bodyOf(seedTable(), QStringLiteral("region:BAS"))).status, 200);
    }

    void scopeAndRolesAreChecked()
    {
        const core::FundingTable seed = seedTable();
        // A director publishes for their sites only, not for the region.
        QCOMPARE(put(token("director"), bodyOf(seed, QStringLiteral("region:BAS"))).status, 403);
        QCOMPARE(put(token("director"), bodyOf(seed, QStringLiteral("site:BAS-MUS-04"))).status, 403);
        QCOMPARE(put(token("clerk"), bodyOf(seed, QStringLiteral("site:BAS-MUS-01"))).status, 403);
        QCOMPARE(put(token("regional"), bodyOf(seed, QStringLiteral("region:LAZ"))).status, 403);
        // The code is the region's table: a site may not take it over.
        const HttpReply taken = put(token("director"), bodyOf(seed, QStringLiteral("site:BAS-MUS-01")));
        QCOMPARE(taken.status, 409);
        QCOMPARE(parsed(taken.body).at("error").as_string(), "table_of_another_scope");
        // A site's own programme.
        core::FundingTable own = seed;
        own.lines.resize(2);
        own.lines[0].code = QStringLiteral("PNC 1.2");
        own.lines[1].code = QStringLiteral("PNC 1.2.1");
        own.lines[1].funded = own.lines[0].funded;
        const HttpReply mine = put(token("director"), bodyOf(own, QStringLiteral("site:BAS-MUS-01")));
        QVERIFY2(mine.status == 200, mine.body.c_str());
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_tables"), 2);
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_uploads"), 4);
    }

    void everyBadFieldIsNamedAndNothingIsStored()
    {
        json::object body = bodyOf(seedTable(), QStringLiteral("region:BAS"));
        json::array& lines = body.at("lines").as_array();
        lines[1].as_object()["funded_cents"] = "2.000.000,00 €";
        lines[2].as_object()["deadline"] = "T5-2025";
        lines[3].as_object().erase("description");
        lines[4].as_object()["spent_cents"] = -1;
        lines[5].as_object()["colour"] = "red";
        body["scope"] = "museum:BAS-MUS-01";
        const std::int64_t before = hubScalar("SELECT last_rev FROM hub_revision");
        const HttpReply reply = put(token("regional"), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "invalid_funding");
        QCOMPARE(fieldsOf(reply),
                 QStringList({ QStringLiteral("scope"), QStringLiteral("lines[1].funded_cents"),
                               QStringLiteral("lines[2].deadline"), QStringLiteral("lines[3].description"),
                               QStringLiteral("lines[4].spent_cents"), QStringLiteral("lines[5].colour") }));
        QCOMPARE(hubScalar("SELECT last_rev FROM hub_revision"), before);
        QCOMPARE(hubScalar("SELECT COUNT(*) FROM funding_lines WHERE table_code = 'M1C3 1.1'"), 14);
        QCOMPARE(put(token("regional"), json::object{ { "scope", "region:BAS" }, { "lines", json::array() } }).status,
                 422);
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestFunding)
#include "testfunding.moc"
