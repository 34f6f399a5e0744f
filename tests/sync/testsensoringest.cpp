// POST /v1/sensors against the real hub: raw readings bucketed into the hourly
// aggregates, resends and corrections, late data, validation, roles and scope.
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
} // namespace

class TestSensorIngest : public QObject
{
    Q_OBJECT

private:
    HttpReply post(const std::string& token, const std::string& body) const
    {
        synctest::HttpRequest request;
        request.method = "POST";
        request.target = "/v1/sensors";
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
    json::object reading(std::int64_t at, int in, int out, int occupancy, json::value temperature) const
    {
        return json::object{ { "site", "BAS-MUS-01" },
                             { "zone", m_zoneCode.toStdString() },
                             { "at_utc", at },
                             { "people_in", in },
                             { "people_out", out },
                             { "occupancy", occupancy },
                             { "temperature_c", temperature },
                             { "humidity_pct", 50 + in % 3 },
                             { "co2_ppm", 600 + 100 * in } };
    }
    // The director's feed after a cursor.
    json::value changesSince(std::int64_t cursor) const
    {
        TestHttpClient c(m_hub.host().toStdString(), m_hub.port());
        return parsed(c.get("/v1/changes?since=" + std::to_string(cursor), c.token("director", "demo")).body);
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    std::int64_t m_zone = 0;
    QString m_zoneCode;
    std::int64_t m_site = 0;
    // 11:00 in Rome on a day the demo has sensor rows for.
    const std::int64_t m_hour = core::RomeTime::utcOf(QDate(2025, 1, 10), 11);

private slots:
    void initTestCase();
    void readingsRewriteTheirHour();
    void resendIsADuplicateAndACorrectionRewritesTheHour();
    void lateReadingRewritesAPastHour();
    void badBatchNamesEachRowAndStoresNothing();
    void onlyGatewaysSendAndOnlyForTheirSites();
    void malformedBatchIsBadRequest();
    void cleanupTestCase();
};

void TestSensorIngest::initTestCase()
{
    HubProcess::seed(m_dir.path(), 3, QDate(2025, 1, 15));
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
    core::Database hub = db();
    core::Statement zone = hub.prepare("SELECT z.id, z.code, s.id FROM zones z JOIN sites s ON s.id = z.site_id "
                                       "WHERE s.code = 'BAS-MUS-01' ORDER BY z.id LIMIT 1");
    QVERIFY(zone.step());
    m_zone = zone.int64(0);
    m_zoneCode = zone.text(1);
    m_site = zone.int64(2);
    // The demo already has this hour: ingest must replace it, not add to it.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id = %1 AND hour_utc = %2")
                        .arg(m_zone)
                        .arg(m_hour)),
             std::int64_t(1));
}

void TestSensorIngest::readingsRewriteTheirHour()
{
    const std::int64_t cursor = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    // Irregular intervals within one hour; one reading without a temperature.
    const json::object body{
        { "zone_readings",
          json::array{ reading(m_hour, 3, 1, 10, 20.0), reading(m_hour + 900, 5, 0, 20, 22.0),
                       reading(m_hour + 2400, 2, 4, 30, nullptr) } },
        { "device_counts",
          json::array{ json::object{ { "site", "BAS-MUS-01" }, { "at_utc", m_hour + 60 }, { "devices", 12 } },
                       json::object{ { "site", "BAS-MUS-01" }, { "at_utc", m_hour + 1860 }, { "devices", 18 } } } }
    };
    const HttpReply reply = post(token("gateway"), json::serialize(body));
    QCOMPARE(reply.status, 200);
    const json::value answer = parsed(reply.body);
    QCOMPARE(answer.at("stored").as_int64(), 5);
    QCOMPARE(answer.at("corrected").as_int64(), 0);
    QCOMPARE(answer.at("duplicates").as_int64(), 0);
    QCOMPARE(answer.at("hours_rewritten").as_int64(), 2);

    core::Database hub = db();
    core::Statement bucket = hub.prepare(
        "SELECT people_in, people_out, occupancy_avg, occupancy_max, temperature_c, temperature_min, temperature_max, "
        "humidity_pct, lux, co2_ppm, day FROM zone_sensor_hourly WHERE zone_id = ? AND hour_utc = ?");
    bucket.bind(1, m_zone).bind(2, m_hour);
    QVERIFY(bucket.step());
    QCOMPARE(bucket.int64(0), std::int64_t(10));
    QCOMPARE(bucket.int64(1), std::int64_t(5));
    QCOMPARE(bucket.real(2), 20.0);
    QCOMPARE(bucket.int64(3), std::int64_t(30));
    QCOMPARE(bucket.real(4), 21.0);
    QCOMPARE(bucket.real(5), 20.0);
    QCOMPARE(bucket.real(6), 22.0);
    QCOMPARE(bucket.real(7), (50.0 + 52.0 + 52.0) / 3); // 50 + in % 3 for in = 3, 5, 2
    QVERIFY(bucket.isNull(8)); // no lux reading in the hour
    QCOMPARE(bucket.real(9), (900.0 + 1100.0 + 800.0) / 3);
    QCOMPARE(bucket.int64(10), QDate(2025, 1, 10).toJulianDay());
    core::Statement devices = hub.prepare("SELECT devices_avg, devices_max FROM microcell_hourly WHERE site_id = ? "
                                          "AND hour_utc = ?");
    devices.bind(1, m_site).bind(2, m_hour);
    QVERIFY(devices.step());
    QCOMPARE(devices.real(0), 15.0);
    QCOMPARE(devices.int64(1), std::int64_t(18));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT COUNT(*) FROM zone_sensor_hourly WHERE zone_id = %1 AND hour_utc = %2")
                            .arg(m_zone)
                            .arg(m_hour)
                            .toUtf8()
                            .constData()),
             std::int64_t(1));

    // The rewritten hours come to the director, with the new figures, and nothing else of the sensors.
    const json::value page = changesSince(cursor);
    const json::array& zoneRows = page.at("tables").at("zone_sensor_hourly").at("rows").as_array();
    QCOMPARE(zoneRows.size(), std::size_t(1));
    QCOMPARE(zoneRows.at(0).as_array().at(0).as_int64(), m_zone);
    QCOMPARE(zoneRows.at(0).as_array().at(3).as_int64(), 10); // people_in
    QCOMPARE(page.at("tables").at("microcell_hourly").at("rows").as_array().size(), std::size_t(1));
}

void TestSensorIngest::resendIsADuplicateAndACorrectionRewritesTheHour()
{
    const std::string gateway = token("gateway");
    const std::int64_t revision = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    const json::object same{
        { "zone_readings", json::array{ reading(m_hour, 3, 1, 10, 20.0), reading(m_hour + 900, 5, 0, 20, 22.0) } }
    };
    const HttpReply again = post(gateway, json::serialize(same));
    QCOMPARE(again.status, 200);
    QCOMPARE(parsed(again.body).at("duplicates").as_int64(), 2);
    QCOMPARE(parsed(again.body).at("stored").as_int64(), 0);
    QCOMPARE(parsed(again.body).at("hours_rewritten").as_int64(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT last_rev FROM hub_revision")), revision); // nothing for clients to fetch

    // A recount: the 11:15 reading had 50 people in the room, not 20.
    const json::object recount{ { "zone_readings", json::array{ reading(m_hour + 900, 5, 0, 50, 22.0) } } };
    const HttpReply corrected = post(gateway, json::serialize(recount));
    QCOMPARE(corrected.status, 200);
    QCOMPARE(parsed(corrected.body).at("corrected").as_int64(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT occupancy_max FROM zone_sensor_hourly WHERE zone_id = %1 AND hour_utc = %2")
                        .arg(m_zone)
                        .arg(m_hour)),
             std::int64_t(50));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM zone_readings")), std::int64_t(3));
    const json::value page = changesSince(revision);
    const json::array& rows = page.at("tables").at("zone_sensor_hourly").at("rows").as_array();
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.at(0).as_array().at(5).to_number<double>(), 30.0); // occupancy_avg (10 + 50 + 30) / 3
}

void TestSensorIngest::lateReadingRewritesAPastHour()
{
    // A gateway back online after two days sends what it saw then.
    const std::int64_t past = core::RomeTime::utcOf(QDate(2025, 1, 8), 15);
    const std::int64_t revision = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    const json::object late{ { "zone_readings", json::array{ reading(past + 300, 7, 7, 42, 19.5) } } };
    const HttpReply reply = post(token("gateway"), json::serialize(late));
    QCOMPARE(reply.status, 200);
    QCOMPARE(parsed(reply.body).at("hours_rewritten").as_int64(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT occupancy_max FROM zone_sensor_hourly WHERE zone_id = %1 AND hour_utc = %2")
                        .arg(m_zone)
                        .arg(past)),
             std::int64_t(42));
    const json::value page = changesSince(revision);
    const json::array& row = page.at("tables").at("zone_sensor_hourly").at("rows").as_array().at(0).as_array();
    QCOMPARE(row.at(1).as_int64(), past); // hour_utc
    QCOMPARE(row.at(2).as_int64(), QDate(2025, 1, 8).toJulianDay()); // day
}

void TestSensorIngest::badBatchNamesEachRowAndStoresNothing()
{
    const std::int64_t readings = scalar(QStringLiteral("SELECT COUNT(*) FROM zone_readings"));
    const std::int64_t revision = scalar(QStringLiteral("SELECT last_rev FROM hub_revision"));
    json::object unknownZone = reading(m_hour + 100, 1, 1, 1, 20.0);
    unknownZone["zone"] = "NOWHERE";
    json::object hot = reading(m_hour + 200, 1, 1, 1, 95.0);
    json::object extra = reading(m_hour + 300, 1, 1, 1, 20.0);
    extra["battery"] = 3.3;
    json::object negative = reading(m_hour + 400, -1, 1, 1, 20.0);
    const json::object body{
        { "zone_readings",
          json::array{ reading(m_hour + 50, 1, 1, 1, 20.0), unknownZone, hot, extra, negative,
                       reading(QDateTime::currentSecsSinceEpoch() + 3600, 1, 1, 1, 20.0) } },
        { "device_counts",
          json::array{ json::object{ { "site", "BAS-MUS-02" }, { "at_utc", m_hour }, { "devices", 3 } },
                       json::object{ { "site", "BAS-MUS-01" }, { "at_utc", m_hour }, { "devices", "many" } } } }
    };
    const HttpReply reply = post(token("gateway"), json::serialize(body));
    QCOMPARE(reply.status, 422);
    const json::value answer = parsed(reply.body);
    QCOMPARE(answer.at("error").as_string(), "invalid_batch");
    QStringList where;
    for (const json::value& row : answer.at("rows").as_array()) {
        where << QStringLiteral("%1/%2")
                     .arg(QString::fromStdString(std::string(row.at("list").as_string())))
                     .arg(row.at("index").as_int64());
        QVERIFY(!row.at("problems").as_array().empty());
    }
    QCOMPARE(where,
             (QStringList{ QStringLiteral("zone_readings/1"), QStringLiteral("zone_readings/2"),
                           QStringLiteral("zone_readings/3"), QStringLiteral("zone_readings/4"),
                           QStringLiteral("zone_readings/5"), QStringLiteral("device_counts/0"),
                           QStringLiteral("device_counts/1") }));
    QVERIFY(json::serialize(answer.at("rows").as_array().at(2)).find("battery") != std::string::npos);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM zone_readings")), readings);
    QCOMPARE(scalar(QStringLiteral("SELECT last_rev FROM hub_revision")), revision);
}

void TestSensorIngest::onlyGatewaysSendAndOnlyForTheirSites()
{
    const std::string body
        = json::serialize(json::object{ { "zone_readings", json::array{ reading(m_hour + 500, 1, 0, 1, 20.0) } } });
    for (const char* user : { "director", "clerk", "regional" }) {
        const HttpReply reply = post(token(user), body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "forbidden");
    }
    const json::object elsewhere{
        { "device_counts",
          json::array{ json::object{ { "site", "BAS-MUS-02" }, { "at_utc", m_hour }, { "devices", 3 } } } }
    };
    QCOMPARE(post(token("gateway"), json::serialize(elsewhere)).status, 422);
}

void TestSensorIngest::malformedBatchIsBadRequest()
{
    const std::string gateway = token("gateway");
    for (const char* body : { "", "[]", "{}", R"({"zone_readings":[]})", R"({"zone_readings":{}})",
                              R"({"readings":[{"site":"BAS-MUS-01"}]})" }) {
        const HttpReply reply = post(gateway, body);
        QVERIFY2(reply.status == 400, body);
        QCOMPARE(parsed(reply.body).at("error").as_string(), "bad_request");
    }
}

void TestSensorIngest::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestSensorIngest)
#include "testsensoringest.moc"
