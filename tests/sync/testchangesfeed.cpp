#include "core/database.h"
#include "feedrows.h"
#include "sync/changesfeed.h"
#include "sync/hubdemo.h"
#include "sync/hubstore.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <boost/json.hpp>

#include <memory>

using cruscotto::sync::ChangesFeed;
using cruscotto::sync::HubStore;
using synctest::FeedRows;
namespace json = boost::json;

class TestChangesFeed : public QObject
{
    Q_OBJECT

private:
    std::int64_t userId(const char* name);
    FeedRows pull(std::int64_t user, int limit, std::int64_t since = 0, int* pages = nullptr);

    testsupport::TestDataDir m_dir;
    std::unique_ptr<HubStore> m_store;
    QList<std::int64_t> m_directorSites;
    QList<std::int64_t> m_regionSites;

private slots:
    void initTestCase();
    void cursorsParse();
    void pagesConcatenateToTheScope_data();
    void pagesConcatenateToTheScope();
    void exactLastPageSaysNoMore();
    void rewrittenRowComesAgainAfterTheCursor();
    void rewriteOutsideTheScopeStaysInvisible();
    void textNumbersAndNullsSurviveTheWire();
};

void TestChangesFeed::initTestCase()
{
    m_store = std::make_unique<HubStore>(m_dir.path());
    core::DemoGenerator::Options options;
    options.sites = 13; // twelve in Basilicata, the thirteenth elsewhere
    options.years = 0;
    options.until = QDate(2025, 1, 31);
    const auto result = cruscotto::sync::HubDemo::prepare(*m_store, options);
    QVERIFY(result.seeded);
    QCOMPARE(result.usersAdded, 4);
    HubStore::Reader reader = m_store->reader();
    m_directorSites = synctest::siteIdsByCode(
        reader.db(), { QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-03") });
    m_regionSites = synctest::siteIdsInRegion(reader.db(), QStringLiteral("BAS"));
    QCOMPARE(m_directorSites.size(), 3);
    QCOMPARE(m_regionSites.size(), 12);
    QCOMPARE(reader.db().scalar("SELECT COUNT(*) FROM sites"), std::int64_t(13));
}

std::int64_t TestChangesFeed::userId(const char* name)
{
    HubStore::Reader reader = m_store->reader();
    core::Statement stmt = reader.db().prepare("SELECT id FROM users WHERE name = ?");
    stmt.bind(1, QString::fromLatin1(name));
    return stmt.step() ? stmt.int64(0) : -1;
}

FeedRows TestChangesFeed::pull(std::int64_t user, int limit, std::int64_t since, int* pages)
{
    FeedRows rows;
    bool hasMore = true;
    int count = 0;
    while (hasMore) {
        HubStore::Reader reader = m_store->reader();
        const ChangesFeed::Page page = ChangesFeed::read(reader.db(), user, since, limit);
        QString error;
        QString next;
        if (!rows.addPage(page.json, &error, &next, &hasMore)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            break;
        }
        if (page.count > limit || page.hasMore != hasMore || next.toLongLong() != page.next
            || (page.count > 0 && page.next <= since) || (page.count == 0 && (page.hasMore || page.next != since))) {
            QTest::qFail("page bounds or cursor wrong", __FILE__, __LINE__);
            break;
        }
        since = page.next;
        ++count;
    }
    if (pages) {
        *pages = count;
    }
    return rows;
}

void TestChangesFeed::cursorsParse()
{
    QCOMPARE(ChangesFeed::parseCursor(""), std::optional<std::int64_t>(0));
    QCOMPARE(ChangesFeed::parseCursor("0"), std::optional<std::int64_t>(0));
    QCOMPARE(ChangesFeed::parseCursor("123456"), std::optional<std::int64_t>(123456));
    QCOMPARE(ChangesFeed::parseCursor(ChangesFeed::cursorText(987654321)), std::optional<std::int64_t>(987654321));
    for (const char* bad : { "-1", "12a", "a12", " 1", "1 ", "1.5", "9999999999999999999", "0x10" }) {
        QVERIFY2(!ChangesFeed::parseCursor(bad).has_value(), bad);
    }
}

void TestChangesFeed::pagesConcatenateToTheScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("limit");
    for (int limit : { 1000, 7919, 50000 }) {
        QTest::addRow("director/%d", limit) << QStringLiteral("director") << limit;
        QTest::addRow("regional/%d", limit) << QStringLiteral("regional") << limit;
    }
}

void TestChangesFeed::pagesConcatenateToTheScope()
{
    QFETCH(QString, user);
    QFETCH(int, limit);
    const QList<std::int64_t> scope = user == QLatin1String("director") ? m_directorSites : m_regionSites;
    FeedRows expected;
    QMap<std::int64_t, std::int64_t> zones;
    {
        HubStore::Reader reader = m_store->reader();
        expected = FeedRows::fromDatabase(reader.db(), scope);
        zones = synctest::zoneSites(reader.db());
    }
    int pages = 0;
    const FeedRows got = pull(userId(user.toLatin1().constData()), limit, 0, &pages);
    QCOMPARE(got.count(), expected.count());
    QCOMPARE(got.checksum(), expected.checksum());
    QCOMPARE(got.siteIds(zones), QSet<std::int64_t>(scope.cbegin(), scope.cend()));
    QCOMPARE(pages, int((expected.count() + limit - 1) / limit));
}

void TestChangesFeed::exactLastPageSaysNoMore()
{
    const std::int64_t director = userId("director");
    HubStore::Reader reader = m_store->reader();
    const std::int64_t total = FeedRows::fromDatabase(reader.db(), m_directorSites).count();
    QVERIFY(total > 1 && total < ChangesFeed::MaxLimit);
    const ChangesFeed::Page all = ChangesFeed::read(reader.db(), director, 0, int(total));
    QCOMPARE(all.count, total);
    QVERIFY(!all.hasMore);
    const ChangesFeed::Page most = ChangesFeed::read(reader.db(), director, 0, int(total - 1));
    QCOMPARE(most.count, total - 1);
    QVERIFY(most.hasMore);
    const ChangesFeed::Page rest = ChangesFeed::read(reader.db(), director, most.next, 10);
    QCOMPARE(rest.count, std::int64_t(1));
    QVERIFY(!rest.hasMore);
    QCOMPARE(rest.next, all.next);
}

void TestChangesFeed::rewrittenRowComesAgainAfterTheCursor()
{
    const std::int64_t director = userId("director");
    const std::int64_t end = m_store->lastRevision();
    // A late correction to an hour of BAS-MUS-02, the way ingest will rewrite one.
    const std::int64_t site = m_directorSites.at(1);
    std::int64_t hour = 0;
    m_store->write([&](core::Database& db) {
        core::Statement pick
            = db.prepare("SELECT hour_utc FROM sales_hourly WHERE site_id = ? ORDER BY hour_utc LIMIT 1");
        pick.bind(1, site);
        QVERIFY(pick.step());
        hour = pick.int64(0);
        core::Statement fix
            = db.prepare("UPDATE sales_hourly SET tickets = 4242, rev = 0 WHERE site_id = ? AND "
                         "hour_utc = ? AND channel_id = (SELECT MIN(channel_id) FROM sales_hourly "
                         "WHERE site_id = ?1 AND hour_utc = ?2) AND product_id = (SELECT MIN(product_id) "
                         "FROM sales_hourly WHERE site_id = ?1 AND hour_utc = ?2 AND channel_id = "
                         "(SELECT MIN(channel_id) FROM sales_hourly WHERE site_id = ?1 AND hour_utc = ?2))");
        fix.bind(1, site).bind(2, hour);
        fix.exec();
        QCOMPARE(db.changes(), 1);
    });
    QCOMPARE(m_store->numberPendingRevisions(), std::int64_t(1));
    HubStore::Reader reader = m_store->reader();
    const ChangesFeed::Page page = ChangesFeed::read(reader.db(), director, end, 100);
    QCOMPARE(page.count, std::int64_t(1));
    QCOMPARE(page.next, end + 1);
    const json::value body = json::parse(page.json);
    const json::array& row = body.at("tables").at("sales_hourly").at("rows").as_array().at(0).as_array();
    QCOMPARE(row.at(0).as_int64(), site);
    QCOMPARE(row.at(1).as_int64(), hour);
    QCOMPARE(row.at(5).as_int64(), 4242); // tickets
}

void TestChangesFeed::rewriteOutsideTheScopeStaysInvisible()
{
    const std::int64_t end = m_store->lastRevision();
    const std::int64_t outside = m_regionSites.last(); // in Basilicata, not the director's
    QVERIFY(!m_directorSites.contains(outside));
    m_store->write([&](core::Database& db) {
        core::Statement fix = db.prepare("UPDATE microcell_hourly SET devices_max = devices_max + 1, rev = 0 "
                                         "WHERE site_id = ? AND hour_utc = (SELECT MIN(hour_utc) FROM microcell_hourly "
                                         "WHERE site_id = ?1)");
        fix.bind(1, outside);
        fix.exec();
        QCOMPARE(db.changes(), 1);
    });
    QCOMPARE(m_store->numberPendingRevisions(), std::int64_t(1));
    HubStore::Reader reader = m_store->reader();
    const ChangesFeed::Page director = ChangesFeed::read(reader.db(), userId("director"), end, 100);
    QCOMPARE(director.count, std::int64_t(0));
    QVERIFY(!director.hasMore);
    const ChangesFeed::Page regional = ChangesFeed::read(reader.db(), userId("regional"), end, 100);
    QCOMPARE(regional.count, std::int64_t(1));
    QCOMPARE(json::parse(regional.json).at("tables").at("microcell_hourly").at("rows").as_array().size(),
             std::size_t(1));
}

void TestChangesFeed::textNumbersAndNullsSurviveTheWire()
{
    const std::int64_t end = m_store->lastRevision();
    const std::int64_t site = m_directorSites.first();
    const QString title = QStringLiteral("Sala \"Ridola\": umidit\u00e0 \\ 70%\n\tperch\u00e9? \u20ac");
    std::int64_t zone = 0;
    m_store->write([&](core::Database& db) {
        core::Statement alert
            = db.prepare("INSERT INTO alerts (site_id, zone_id, raised_utc, kind, severity, title, detail, "
                         "acknowledged_utc, ack_comment) VALUES (?, NULL, 1736000000, 'climate', "
                         "'warning', ?, '', 1736000100, ?)");
        alert.bind(1, site).bind(2, title).bind(3, QStringLiteral("control \x01 char"));
        alert.exec();
        core::Statement pick = db.prepare("SELECT id FROM zones WHERE site_id = ? ORDER BY id LIMIT 1");
        pick.bind(1, site);
        QVERIFY(pick.step());
        zone = pick.int64(0);
        core::Statement sensor = db.prepare(
            "UPDATE zone_sensor_hourly SET temperature_c = NULL, humidity_pct = 22.0, occupancy_avg = 0.1, "
            "lux = 1e-7, rev = 0 WHERE zone_id = ? AND hour_utc = (SELECT MIN(hour_utc) FROM zone_sensor_hourly "
            "WHERE zone_id = ?1)");
        sensor.bind(1, zone);
        sensor.exec();
        QCOMPARE(db.changes(), 1);
    });
    QCOMPARE(m_store->numberPendingRevisions(), std::int64_t(2));
    HubStore::Reader reader = m_store->reader();
    const ChangesFeed::Page page = ChangesFeed::read(reader.db(), userId("director"), end, 10);
    QCOMPARE(page.count, std::int64_t(2));
    boost::system::error_code ec;
    const json::value body = json::parse(page.json, ec);
    QVERIFY2(!ec, page.json.c_str());
    const json::array& alert = body.at("tables").at("alerts").at("rows").as_array().at(0).as_array();
    QCOMPARE(QString::fromUtf8(alert.at(6).as_string().data(), qsizetype(alert.at(6).as_string().size())), title);
    QVERIFY(alert.at(2).is_null()); // zone_id
    QCOMPARE(alert.at(8).as_int64(), 1736000100);
    QCOMPARE(std::string(alert.at(9).as_string()), std::string("control \x01 char"));
    const json::array& sensor = body.at("tables").at("zone_sensor_hourly").at("rows").as_array().at(0).as_array();
    QCOMPARE(sensor.at(0).as_int64(), zone);
    QCOMPARE(sensor.at(5).to_number<double>(), 0.1); // occupancy_avg
    QVERIFY(sensor.at(7).is_null()); // temperature_c
    QCOMPARE(sensor.at(10).to_number<double>(), 22.0); // humidity_pct, sent as 22
    QCOMPARE(sensor.at(13).to_number<double>(), 1e-7); // lux
    // Shortest round-trip numbers: the wire stays small.
    QVERIFY(page.json.find(",0.1,") != std::string::npos);
    QVERIFY(page.json.find(",22,") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestChangesFeed)
#include "testchangesfeed.moc"
