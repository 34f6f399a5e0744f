// POST /v1/sales against the real hub: idempotent batches, strict all-or-nothing
// validation, aggregates and the changes feed kept up to date, roles and scope.
#include "core/database.h"
#include "core/rometime.h"
#include "hubprocess.h"
#include "sync/hubstore.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
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

json::object sale(const char* id, const char* site, const char* product, std::int64_t soldUtc, int tickets,
                  std::int64_t amountCents, const char* channel = "counter")
{
    return json::object{ { "id", id },
                         { "site", site },
                         { "product", product },
                         { "channel", channel },
                         { "sold_utc", soldUtc },
                         { "tickets", tickets },
                         { "amount_cents", amountCents } };
}

std::string batch(json::array sales)
{
    return json::serialize(json::object{ { "sales", std::move(sales) } });
}
} // namespace

class TestSalesIngest : public QObject
{
    Q_OBJECT

private:
    HttpReply post(const std::string& token, const std::string& body) const
    {
        synctest::HttpRequest request;
        request.method = "POST";
        request.target = "/v1/sales";
        request.body = body;
        request.headers = { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } };
        auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
        return replies.empty() ? HttpReply() : replies.front();
    }
    std::string token(const char* user) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).token(user, "demo");
    }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t scalar(const QString& sql) const { return db().scalar(sql.toUtf8().constData()); }
    std::int64_t siteId(const char* code) const
    {
        return scalar(QStringLiteral("SELECT id FROM sites WHERE code = '%1'").arg(QLatin1String(code)));
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    // 10:30 in Rome on a day the demo has sales for.
    const std::int64_t m_soldUtc = core::RomeTime::utcOf(QDate(2025, 1, 10), 10) + 1800;

private slots:
    void initTestCase();
    void batchSentThreeTimesIsStoredOnce();
    void badBatchNamesEachRowAndStoresNothing();
    void anIdCannotBeReusedForAnotherSale();
    void onlyClerksAndDirectorsSellAndOnlyInScope();
    void malformedBatchIsBadRequest();
    void cleanupTestCase();
};

void TestSalesIngest::initTestCase()
{
    HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
}

void TestSalesIngest::batchSentThreeTimesIsStoredOnce()
{
    const std::int64_t site = siteId("BAS-MUS-01");
    const std::int64_t hour = m_soldUtc - m_soldUtc % 3600;
    const std::int64_t day = core::RomeTime::localDay(m_soldUtc);
    const QString intero
        = QStringLiteral("(SELECT id FROM ticket_products WHERE site_id = %1 AND code = 'INT')").arg(site);
    const QString hourly = QStringLiteral("SELECT COALESCE(SUM(tickets), 0) FROM sales_hourly WHERE site_id = %1 AND "
                                          "hour_utc = %2 AND channel_id = 1 AND product_id = %3")
                               .arg(site)
                               .arg(hour)
                               .arg(intero);
    const QString daily = QStringLiteral("SELECT COALESCE(SUM(revenue_cents), 0) FROM sales_daily WHERE site_id = %1 "
                                         "AND day = %2")
                              .arg(site)
                              .arg(day);
    const std::int64_t ticketsBefore = scalar(hourly);
    const std::int64_t revenueBefore = scalar(daily);
    const std::int64_t cursor = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));

    const std::string body
        = batch({ sale("0b7e4a52-3c1d-4f6e-9a8b-1c2d3e4f5a60", "BAS-MUS-01", "INT", m_soldUtc, 2, 2400),
                  sale("0b7e4a52-3c1d-4f6e-9a8b-1c2d3e4f5a61", "BAS-MUS-01", "RID", m_soldUtc + 60, 1, 200),
                  sale("0b7e4a52-3c1d-4f6e-9a8b-1c2d3e4f5a62", "BAS-MUS-01", "GRU18", m_soldUtc + 120, 3, 0) });
    const std::string clerk = token("clerk");
    const HttpReply first = post(clerk, body);
    QCOMPARE(first.status, 200);
    QCOMPARE(parsed(first.body).at("stored").as_int64(), 3);
    QCOMPARE(parsed(first.body).at("duplicates").as_int64(), 0);
    for (int again = 0; again < 2; ++again) {
        const HttpReply reply = post(clerk, body);
        QCOMPARE(reply.status, 200);
        const json::value answer = parsed(reply.body);
        QCOMPARE(answer.at("stored").as_int64(), 0);
        QCOMPARE(answer.at("duplicates").as_int64(), 3);
        QCOMPARE(answer.at("duplicate_ids").as_array().at(2).as_string(), "0b7e4a52-3c1d-4f6e-9a8b-1c2d3e4f5a62");
    }
    // The same UUID in capitals is the same sale.
    const HttpReply shouted
        = post(clerk, batch({ sale("0B7E4A52-3C1D-4F6E-9A8B-1C2D3E4F5A60", "BAS-MUS-01", "INT", m_soldUtc, 2, 2400) }));
    QCOMPARE(parsed(shouted.body).at("duplicates").as_int64(), 1);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), std::int64_t(3));
    QCOMPARE(scalar(hourly), ticketsBefore + 2);
    QCOMPARE(scalar(daily), revenueBefore + 2600);

    // The director's feed after the old cursor brings exactly the rewritten rows, with the new figures.
    TestHttpClient c(m_hub.host().toStdString(), m_hub.port());
    const json::value page
        = parsed(c.get("/v1/changes?since=" + std::to_string(cursor), c.token("director", "demo")).body);
    QVERIFY(page.is_object());
    QCOMPARE(page.at("has_more").as_bool(), false);
    const json::array& hourlyRows = page.at("tables").at("sales_hourly").at("rows").as_array();
    QCOMPARE(hourlyRows.size(), std::size_t(3)); // three products in that hour
    bool found = false;
    for (const json::value& row : hourlyRows) {
        QCOMPARE(row.as_array().at(0).as_int64(), site);
        if (row.as_array().at(1).as_int64() == hour
            && row.as_array().at(3).as_int64() == scalar(QStringLiteral("SELECT %1").arg(intero))) {
            QCOMPARE(row.as_array().at(5).as_int64(), ticketsBefore + 2);
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(page.at("tables").as_object().contains("sales_daily"));
    QVERIFY(!page.at("tables").as_object().contains("zone_sensor_hourly"));
}

void TestSalesIngest::badBatchNamesEachRowAndStoresNothing()
{
    const std::int64_t sales = scalar(QStringLiteral("SELECT COUNT(*) FROM sales"));
    const std::int64_t revision = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    json::object unknownField = sale("6f1c0d2e-0000-4000-8000-000000000006", "BAS-MUS-01", "INT", m_soldUtc, 0, 1200);
    unknownField["discount"] = 5;
    const HttpReply reply = post(
        token("clerk"),
        batch({ sale("6f1c0d2e-0000-4000-8000-000000000000", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200),
                sale("not-a-uuid", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200),
                sale("6f1c0d2e-0000-4000-8000-000000000002", "BAS-MUS-01", "NOPE", m_soldUtc, 1, 1200),
                sale("6f1c0d2e-0000-4000-8000-000000000003", "BAS-MUS-02", "INT", m_soldUtc, 1, 1200),
                sale("6f1c0d2e-0000-4000-8000-000000000004", "BAS-MUS-01", "INT",
                     QDateTime::currentSecsSinceEpoch() + 86400, 1, 1200),
                sale("6f1c0d2e-0000-4000-8000-000000000005", "BAS-MUS-01", "GRU18", m_soldUtc, 1, 500), unknownField,
                sale("6f1c0d2e-0000-4000-8000-000000000007", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200,
                     "carrier-pigeon") }));
    QCOMPARE(reply.status, 422);
    const json::value answer = parsed(reply.body);
    QCOMPARE(answer.at("error").as_string(), "invalid_batch");
    const json::array& rows = answer.at("rows").as_array();
    QList<std::int64_t> indexes;
    for (const json::value& row : rows) {
        indexes << row.at("index").as_int64();
        QVERIFY(!row.at("problems").as_array().empty());
    }
    QCOMPARE(indexes, (QList<std::int64_t>{ 1, 2, 3, 4, 5, 6, 7 }));
    QCOMPARE(rows.at(0).at("id").as_string(), "not-a-uuid");
    const std::string sixth = json::serialize(rows.at(5).at("problems"));
    QVERIFY2(sixth.find("discount") != std::string::npos && sixth.find("tickets") != std::string::npos, sixth.c_str());
    QVERIFY(json::serialize(rows.at(2).at("problems")).find("site") != std::string::npos);
    // Nothing of it, not even the good first row.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), sales);
    QCOMPARE(scalar(QStringLiteral("SELECT last_rev FROM hub_revision")), revision);
}

void TestSalesIngest::anIdCannotBeReusedForAnotherSale()
{
    const std::string clerk = token("clerk");
    // Stored earlier with 2400 cents: the same id with another amount is refused.
    const HttpReply reused
        = post(clerk, batch({ sale("0b7e4a52-3c1d-4f6e-9a8b-1c2d3e4f5a60", "BAS-MUS-01", "INT", m_soldUtc, 2, 2500) }));
    QCOMPARE(reused.status, 422);
    QCOMPARE(parsed(reused.body).at("rows").as_array().size(), std::size_t(1));
    // Twice in one batch for different sales: refused; for the same sale: one stored, one duplicate.
    const HttpReply twice
        = post(clerk,
               batch({ sale("9a9a9a9a-1111-4222-8333-444455556666", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200),
                       sale("9a9a9a9a-1111-4222-8333-444455556666", "BAS-MUS-01", "INT", m_soldUtc, 2, 2400) }));
    QCOMPARE(twice.status, 422);
    QCOMPARE(parsed(twice.body).at("rows").as_array().at(0).at("index").as_int64(), 1);
    const HttpReply same
        = post(clerk,
               batch({ sale("9a9a9a9a-1111-4222-8333-444455556666", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200),
                       sale("9a9a9a9a-1111-4222-8333-444455556666", "BAS-MUS-01", "INT", m_soldUtc, 1, 1200) }));
    QCOMPARE(same.status, 200);
    QCOMPARE(parsed(same.body).at("stored").as_int64(), 1);
    QCOMPARE(parsed(same.body).at("duplicates").as_int64(), 1);
}

void TestSalesIngest::onlyClerksAndDirectorsSellAndOnlyInScope()
{
    const std::string body
        = batch({ sale("11111111-2222-4333-8444-555555555555", "BAS-MUS-02", "INT", m_soldUtc, 1, 1200) });
    for (const char* user : { "regional", "gateway" }) {
        const HttpReply reply = post(token(user), body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "forbidden");
    }
    // The clerk sells for BAS-MUS-01 only; the director for the three museums.
    QCOMPARE(post(token("clerk"), body).status, 422);
    QCOMPARE(post(token("director"), body).status, 200);
    const HttpReply outside
        = post(token("director"),
               batch({ sale("11111111-2222-4333-8444-555555555556", "BAS-MUS-04", "INT", m_soldUtc, 1, 1200) }));
    QCOMPARE(outside.status, 422);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE id LIKE '11111111-%'")), std::int64_t(1));
}

void TestSalesIngest::malformedBatchIsBadRequest()
{
    const std::string clerk = token("clerk");
    for (const std::string& body : { std::string("{"), std::string("[]"), std::string(R"({"sales":[]})"),
                                     std::string(R"({"sales":{}})"), std::string(R"({"sales":[],"more":1})") }) {
        const HttpReply reply = post(clerk, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "bad_request");
    }
    QCOMPARE(post("", batch({})).status, 401);
}

void TestSalesIngest::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestSalesIngest)
#include "testsalesingest.moc"
