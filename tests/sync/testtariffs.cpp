// A director's tariffs, free days and slots (PUT /v1/sites/{code}/...) against the
// real hub: products updated in place (ids kept), a guided tour added, a synced
// cache showing them, strict validation naming each bad field, scope and roles,
// products with sales never deleted, and the catalogue's ETag changing.
#include "core/cache.h"
#include "core/database.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "hubprocess.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/syncengine.h"
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

// The fields the problems of a 422 name.
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

} // namespace

class TestTariffs : public QObject
{
    Q_OBJECT

private:
    HttpReply put(const std::string& token, const std::string& target, const std::string& body) const
    {
        synctest::HttpRequest request;
        request.method = "PUT";
        request.target = target;
        request.body = body;
        request.headers = { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } };
        auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
        return replies.empty() ? HttpReply() : replies.front();
    }
    std::string token(const char* user) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).token(user, "demo");
    }
    std::string etag() const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).get("/v1/sites", m_director).header("etag");
    }
    core::Database hubDb() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    // The site's products as PUT takes them, from the hub's database.
    json::array currentProducts(const QString& site) const
    {
        core::Database db = hubDb();
        const core::SiteCatalogue catalogue(db);
        json::array list;
        for (const core::TicketProduct& p : catalogue.products(catalogue.siteByCode(site)->id)) {
            json::array admits;
            for (const std::int64_t id : p.admits) {
                for (const core::Site& s : catalogue.sites()) {
                    if (s.id == id) {
                        admits.push_back(json::string(s.code.toStdString()));
                    }
                }
            }
            list.push_back(json::object{ { "code", p.code.toStdString() },
                                         { "name", p.name.toStdString() },
                                         { "category", core::categoryCode(p.category).toStdString() },
                                         { "free_reason", core::freeReasonCode(p.freeReason).toStdString() },
                                         { "price_cents", p.price.cents() },
                                         { "kind", core::productKindCode(p.kind).toStdString() },
                                         { "document", p.document.toStdString() },
                                         { "admits", std::move(admits) },
                                         { "position", p.position } });
        }
        return list;
    }
    cruscotto::sync::HubEndpoint endpoint() const
    {
        cruscotto::sync::HubEndpoint e;
        e.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
        return e;
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    std::string m_director;
    QDate m_today;

private slots:
    void initTestCase();
    void directorUpdatesPriceAndAddsGuidedTour();
    void invalidTariffsAreNamedField();
    void rolesAndScope();
    void productWithSalesIsNotDeleted();
    void freeDaysRoundTrip();
    void slotPolicyRoundTrip();
    void slotChangeKeepsBookingsOnTheirSlots();
    void cleanupTestCase();
};

void TestTariffs::initTestCase()
{
    HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
    m_director = token("director");
    QVERIFY(!m_director.empty());
    m_today = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
}

void TestTariffs::directorUpdatesPriceAndAddsGuidedTour()
{
    const std::string etagBefore = etag();
    QVERIFY(!etagBefore.empty());
    json::array products = currentProducts(QStringLiteral("BAS-MUS-01"));
    std::int64_t fullId = 0;
    std::int64_t fullPrice = 0;
    {
        core::Database db = hubDb();
        const core::SiteCatalogue catalogue(db);
        for (const core::TicketProduct& p :
             catalogue.products(catalogue.siteByCode(QStringLiteral("BAS-MUS-01"))->id)) {
            if (p.code == QLatin1String("INT")) {
                fullId = p.id;
                fullPrice = p.price.cents();
            }
        }
    }
    QVERIFY(fullId > 0);
    for (json::value& p : products) {
        if (p.at("code").as_string() == "INT") {
            p.as_object()["price_cents"] = fullPrice + 100;
        }
    }
    products.push_back(json::object{ { "code", "GUIDA-ARCH" },
                                     { "name", "Visita guidata archeologica" },
                                     { "category", "full" },
                                     { "price_cents", 700 },
                                     { "kind", "addon" },
                                     { "position", 30 } });
    const HttpReply reply
        = put(m_director, "/v1/sites/BAS-MUS-01/tariffs",
              json::serialize(json::object{ { "products", products }, { "nominative_tickets", true } }));
    QVERIFY2(reply.status == 200, reply.body.c_str());
    const json::value answer = parsed(reply.body);
    QCOMPARE(answer.at("nominative_tickets").as_bool(), true);
    QCOMPARE(answer.at("deleted").as_array().size(), std::size_t(0));

    const std::string etagAfter = etag();
    QVERIFY(!etagAfter.empty());
    QVERIFY(etagAfter != etagBefore);

    // A synced cache shows them through core::SiteCatalogue; the full ticket keeps its id.
    testsupport::TestDataDir cacheDir;
    core::Database cache = core::Cache::openWriter(cacheDir.path());
    cruscotto::sync::HubClient client(endpoint());
    cruscotto::sync::SyncEngine::Options options;
    options.catalogueOnly = true;
    cruscotto::sync::SyncEngine engine(cache, client, options);
    engine.login(QStringLiteral("director"), QStringLiteral("demo"));
    QVERIFY(engine.run().catalogueChanged);
    const core::SiteCatalogue catalogue(cache);
    const core::Site site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
    QVERIFY(site.nominativeTickets);
    bool sawFull = false;
    bool sawTour = false;
    for (const core::TicketProduct& p : catalogue.products(site.id)) {
        if (p.code == QLatin1String("INT")) {
            sawFull = true;
            QCOMPARE(p.id, fullId);
            QCOMPARE(p.price.cents(), fullPrice + 100);
        }
        if (p.code == QLatin1String("GUIDA-ARCH")) {
            sawTour = true;
            QCOMPARE(p.kind, core::ProductKind::Addon);
            QCOMPARE(p.price.cents(), std::int64_t(700));
            QCOMPARE(p.position, 30);
            QVERIFY(!p.admitsVisitor());
        }
    }
    QVERIFY(sawFull && sawTour);

    // The same list again changes nothing, ids included; the ETag stays.
    const HttpReply again
        = put(m_director, "/v1/sites/BAS-MUS-01/tariffs",
              json::serialize(json::object{ { "products", currentProducts(QStringLiteral("BAS-MUS-01")) } }));
    QCOMPARE(again.status, 200);
    QCOMPARE(parsed(again.body).at("products"), answer.at("products"));
    QCOMPARE(etag(), etagAfter);
    QVERIFY(!engine.run().catalogueChanged);
}

void TestTariffs::invalidTariffsAreNamedField()
{
    const std::string etagBefore = etag();
    const json::array good = currentProducts(QStringLiteral("BAS-MUS-02"));
    const auto refused = [&](const json::object& product, const QString& field) {
        json::array products = good;
        products.push_back(product);
        const HttpReply reply = put(m_director, "/v1/sites/BAS-MUS-02/tariffs",
                                    json::serialize(json::object{ { "products", products } }));
        const QString expected = QStringLiteral("products[%1].%2").arg(good.size()).arg(field);
        if (reply.status != 422 || !fieldsOf(reply).contains(expected)
            || parsed(reply.body).at("error").as_string() != "invalid_tariffs") {
            qWarning("%s: %d %s", qPrintable(expected), reply.status, reply.body.c_str());
            return false;
        }
        return true;
    };
    const json::object base{ { "code", "NEW" }, { "name", "Nuovo" }, { "category", "full" }, { "price_cents", 800 } };
    json::object p = base;
    p["price_cents"] = -1;
    QVERIFY(refused(p, QStringLiteral("price_cents")));
    p = base;
    p["category"] = "free";
    QVERIFY(refused(p, QStringLiteral("free_reason"))); // free without a reason
    p["free_reason"] = "icom";
    QVERIFY(refused(p, QStringLiteral("price_cents"))); // free must cost 0
    p = base;
    p["free_reason"] = "icom";
    QVERIFY(refused(p, QStringLiteral("free_reason"))); // a full ticket carries none
    p = base;
    p["category"] = "free";
    p["price_cents"] = 0;
    p["free_reason"] = "friends";
    QVERIFY(refused(p, QStringLiteral("free_reason")));
    p = base;
    p["category"] = "half";
    QVERIFY(refused(p, QStringLiteral("category")));
    p = base;
    p["kind"] = "voucher";
    QVERIFY(refused(p, QStringLiteral("kind")));
    p = base;
    p["kind"] = "combined";
    QVERIFY(refused(p, QStringLiteral("admits"))); // a combined ticket admits somewhere
    p["admits"] = json::array{ "XXX-NONE-99" };
    QVERIFY(refused(p, QStringLiteral("admits")));
    p["admits"] = json::array{ "BAS-MUS-02" };
    QVERIFY(refused(p, QStringLiteral("admits"))); // its own site
    p = base;
    p["admits"] = json::array{ "BAS-MUS-01" };
    QVERIFY(refused(p, QStringLiteral("admits"))); // only combined tickets admit elsewhere
    p = base;
    p["code"] = "bad code";
    QVERIFY(refused(p, QStringLiteral("code")));
    p = base;
    p["code"] = "INT";
    QVERIFY(refused(p, QStringLiteral("code"))); // twice in the list
    p = base;
    p["name"] = "";
    QVERIFY(refused(p, QStringLiteral("name")));
    p = base;
    p["position"] = 5000;
    QVERIFY(refused(p, QStringLiteral("position")));
    p = base;
    p["colour"] = "blue";
    QVERIFY(refused(p, QStringLiteral("colour")));

    // Every problem at once, each named.
    json::object bad = base;
    bad["price_cents"] = "8 euro";
    bad["category"] = "free";
    json::array products = good;
    products.push_back(bad);
    const HttpReply many
        = put(m_director, "/v1/sites/BAS-MUS-02/tariffs",
              json::serialize(json::object{
                  { "products", products }, { "nominative_tickets", "yes" }, { "retire", json::array{ "INT" } } }));
    QCOMPARE(many.status, 422);
    const QStringList fields = fieldsOf(many);
    const QString at = QStringLiteral("products[%1].").arg(good.size());
    QVERIFY2(fields.contains(at + QLatin1String("price_cents")) && fields.contains(at + QLatin1String("free_reason"))
                 && fields.contains(QStringLiteral("nominative_tickets")) && fields.contains(QStringLiteral("retire")),
             many.body.c_str());

    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-02/tariffs", "{").status, 400);
    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-02/tariffs", "[]").status, 400);
    QVERIFY(fieldsOf(put(m_director, "/v1/sites/BAS-MUS-02/tariffs", R"({"products":[]})"))
                .contains(QStringLiteral("products")));
    // Nothing of these was stored.
    QCOMPARE(etag(), etagBefore);
}

void TestTariffs::rolesAndScope()
{
    const std::string body
        = json::serialize(json::object{ { "products", currentProducts(QStringLiteral("BAS-MUS-01")) } });
    for (const char* user : { "clerk", "regional", "gateway" }) {
        QCOMPARE(put(token(user), "/v1/sites/BAS-MUS-01/tariffs", body).status, 403);
        QCOMPARE(put(token(user), "/v1/sites/BAS-MUS-01/free-days", R"({"days":[]})").status, 403);
        QCOMPARE(put(token(user), "/v1/sites/BAS-MUS-01/slots", R"({"slots":null})").status, 403);
    }
    // Another director's site (BAS-MUS-04 is not the demo director's) and a site that does not exist.
    const std::string other
        = json::serialize(json::object{ { "products", currentProducts(QStringLiteral("BAS-MUS-04")) } });
    const HttpReply refused = put(m_director, "/v1/sites/BAS-MUS-04/tariffs", other);
    QCOMPARE(refused.status, 403);
    QCOMPARE(parsed(refused.body).at("error").as_string(), "forbidden");
    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-04/free-days", R"({"days":[]})").status, 403);
    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-04/slots", R"({"slots":null})").status, 403);
    QCOMPARE(put(m_director, "/v1/sites/NOPE/slots", R"({"slots":null})").status, 403);
    QCOMPARE(put("not-a-token", "/v1/sites/BAS-MUS-01/slots", R"({"slots":null})").status, 401);
    // Only PUT, and only these three.
    QCOMPARE(
        TestHttpClient(m_hub.host().toStdString(), m_hub.port()).get("/v1/sites/BAS-MUS-01/tariffs", m_director).status,
        405);
    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-01/prices", "{}").status, 404);
    QCOMPARE(put(m_director, "/v1/sites//tariffs", "{}").status, 404);
}

void TestTariffs::productWithSalesIsNotDeleted()
{
    // BAS-MUS-03's full ticket has the demo's sales: leaving it out is refused, nothing changes.
    json::array products = currentProducts(QStringLiteral("BAS-MUS-03"));
    const std::string etagBefore = etag();
    json::array withoutFull;
    for (const json::value& p : products) {
        if (p.at("code").as_string() != "INT") {
            withoutFull.push_back(p);
        }
    }
    const HttpReply refused
        = put(m_director, "/v1/sites/BAS-MUS-03/tariffs", json::serialize(json::object{ { "products", withoutFull } }));
    QCOMPARE(refused.status, 409);
    QCOMPARE(parsed(refused.body).at("error").as_string(), "product_in_use");
    QCOMPARE(parsed(refused.body).at("products"), json::value(json::array{ "INT" }));
    QCOMPARE(etag(), etagBefore);

    // A product with sales keeps its category.
    json::array recategorised = products;
    for (json::value& p : recategorised) {
        if (p.at("code").as_string() == "RID") {
            p.as_object()["category"] = "full";
        }
    }
    QVERIFY(fieldsOf(put(m_director, "/v1/sites/BAS-MUS-03/tariffs",
                         json::serialize(json::object{ { "products", recategorised } })))
                .join(QLatin1Char(' '))
                .contains(QLatin1String(".category")));

    // An unused product is deleted; added again, it gets its id back.
    json::array withNew = products;
    withNew.push_back(json::object{
        { "code", "NOTTE" }, { "name", "Notte al museo" }, { "category", "full" }, { "price_cents", 1200 } });
    const HttpReply added
        = put(m_director, "/v1/sites/BAS-MUS-03/tariffs", json::serialize(json::object{ { "products", withNew } }));
    QVERIFY2(added.status == 200, added.body.c_str());
    std::int64_t id = 0;
    const json::value addedAnswer = parsed(added.body);
    for (const json::value& p : addedAnswer.at("products").as_array()) {
        if (p.at("code").as_string() == "NOTTE") {
            id = p.at("id").as_int64();
        }
    }
    QVERIFY(id > 0);
    // A director's cache synced while it existed.
    testsupport::TestDataDir cacheDir;
    core::Database cache = core::Cache::openWriter(cacheDir.path());
    cruscotto::sync::HubClient client(endpoint());
    cruscotto::sync::SyncEngine::Options options;
    options.catalogueOnly = true;
    cruscotto::sync::SyncEngine engine(cache, client, options);
    engine.login(QStringLiteral("director"), QStringLiteral("demo"));
    engine.run();
    const auto cachedNotte = [&cache, id] {
        return cache.scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_products WHERE id = %1 AND code = 'NOTTE'")
                                .arg(id)
                                .toUtf8()
                                .constData());
    };
    QCOMPARE(cachedNotte(), 1);

    const HttpReply removed
        = put(m_director, "/v1/sites/BAS-MUS-03/tariffs", json::serialize(json::object{ { "products", products } }));
    QVERIFY2(removed.status == 200, removed.body.c_str());
    QVERIFY(engine.run().catalogueChanged);
    QCOMPARE(cachedNotte(), 0);
    QCOMPARE(parsed(removed.body).at("deleted"), json::value(json::array{ "NOTTE" }));
    QCOMPARE(hubDb().scalar(
                 QStringLiteral("SELECT COUNT(*) FROM ticket_products WHERE id = %1").arg(id).toUtf8().constData()),
             0);
    const HttpReply back
        = put(m_director, "/v1/sites/BAS-MUS-03/tariffs", json::serialize(json::object{ { "products", withNew } }));
    QCOMPARE(back.status, 200);
    QCOMPARE(hubDb().scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_products WHERE id = %1 AND code = 'NOTTE'")
                                .arg(id)
                                .toUtf8()
                                .constData()),
             1);
    // The code came back with its old id: the cache updates the row it may still hold, no clash on the code.
    QVERIFY(engine.run().catalogueChanged);
    QCOMPARE(cachedNotte(), 1);
}

void TestTariffs::freeDaysRoundTrip()
{
    const std::string etagBefore = etag();
    const QDate a = m_today.addDays(10);
    const QDate b = m_today.addDays(40);
    const std::string body = json::serialize(json::object{
        { "days",
          json::array{ json::object{ { "day", a.toString(Qt::ISODate).toStdString() }, { "note", "Festa patronale" } },
                       json::object{ { "day", b.toString(Qt::ISODate).toStdString() } } } } });
    const HttpReply reply = put(m_director, "/v1/sites/BAS-MUS-01/free-days", body);
    QVERIFY2(reply.status == 200, reply.body.c_str());
    QVERIFY(etag() != etagBefore);
    {
        core::Database db = hubDb();
        const core::SiteCatalogue catalogue(db);
        const QList<QDate> days = catalogue.freeDays(catalogue.siteByCode(QStringLiteral("BAS-MUS-01"))->id);
        QVERIFY(days.contains(a) && days.contains(b));
    }
    // Replaced: only b remains from today on.
    const HttpReply replaced
        = put(m_director, "/v1/sites/BAS-MUS-01/free-days",
              json::serialize(json::object{
                  { "days", json::array{ json::object{ { "day", b.toString(Qt::ISODate).toStdString() } } } } }));
    QCOMPARE(replaced.status, 200);
    const json::value replacedAnswer = parsed(replaced.body);
    const json::array& days = replacedAnswer.at("free_days").as_array();
    QCOMPARE(days.size(), std::size_t(1));
    QCOMPARE(days.at(0).at("day").as_string(), b.toString(Qt::ISODate).toStdString());

    const auto field = [&](const std::string& day) {
        const HttpReply r
            = put(m_director, "/v1/sites/BAS-MUS-01/free-days",
                  json::serialize(json::object{ { "days", json::array{ json::object{ { "day", day } } } } }));
        return r.status == 422 ? fieldsOf(r).join(QLatin1Char(' ')) : QString::number(r.status);
    };
    QCOMPARE(field(m_today.addDays(-1).toString(Qt::ISODate).toStdString()), QStringLiteral("days[0].day"));
    QCOMPARE(field("2026-02-30"), QStringLiteral("days[0].day"));
    QCOMPARE(field(m_today.addDays(800).toString(Qt::ISODate).toStdString()), QStringLiteral("days[0].day"));
    const std::string twice = json::serialize(json::object{
        { "days",
          json::array{ json::object{ { "day", b.toString(Qt::ISODate).toStdString() } },
                       json::object{ { "day", b.toString(Qt::ISODate).toStdString() }, { "colour", 1 } } } } });
    QCOMPARE(fieldsOf(put(m_director, "/v1/sites/BAS-MUS-01/free-days", twice)),
             (QStringList{ QStringLiteral("days[1].colour"), QStringLiteral("days[1].day") }));
}

void TestTariffs::slotPolicyRoundTrip()
{
    const std::string etagBefore = etag();
    const HttpReply reply = put(m_director, "/v1/sites/BAS-MUS-02/slots",
                                R"({"slot_minutes":30,"slot_capacity":40,"counter_pct":50,"online_pct":30,)"
                                R"("kiosk_pct":10,"b2b_pct":10})");
    QVERIFY2(reply.status == 200, reply.body.c_str());
    QCOMPARE(parsed(reply.body).at("slot_policy").at("slot_capacity").as_int64(), 40);
    QVERIFY(etag() != etagBefore);
    {
        core::Database db = hubDb();
        const core::SiteCatalogue catalogue(db);
        const auto policy = catalogue.slotPolicy(catalogue.siteByCode(QStringLiteral("BAS-MUS-02"))->id);
        QVERIFY(policy);
        QCOMPARE(policy->slotMinutes, 30);
        QCOMPARE(policy->slotCapacity, 40);
        QCOMPARE(policy->onlinePercent, 30);
        QCOMPARE(policy->quota(2), 12);
    }
    const HttpReply sum = put(m_director, "/v1/sites/BAS-MUS-02/slots",
                              R"({"slot_minutes":30,"slot_capacity":40,"counter_pct":50,"online_pct":30,)"
                              R"("kiosk_pct":10,"b2b_pct":20})");
    QCOMPARE(sum.status, 422);
    QCOMPARE(fieldsOf(sum), QStringList{ QStringLiteral("counter_pct") });
    const HttpReply bad = put(m_director, "/v1/sites/BAS-MUS-02/slots",
                              R"({"slot_minutes":5,"slot_capacity":0,"counter_pct":50,"online_pct":30,"b2b_pct":20})");
    QCOMPARE(
        fieldsOf(bad),
        (QStringList{ QStringLiteral("slot_minutes"), QStringLiteral("slot_capacity"), QStringLiteral("kiosk_pct") }));
    QCOMPARE(fieldsOf(put(m_director, "/v1/sites/BAS-MUS-02/slots", R"({"slots":5})")),
             QStringList{ QStringLiteral("slots") });

    // Open entry: no policy at all.
    const HttpReply open = put(m_director, "/v1/sites/BAS-MUS-02/slots", R"({"slots":null})");
    QCOMPARE(open.status, 200);
    QVERIFY(parsed(open.body).at("slot_policy").is_null());
    core::Database db = hubDb();
    const core::SiteCatalogue catalogue(db);
    QVERIFY(!catalogue.slotPolicy(catalogue.siteByCode(QStringLiteral("BAS-MUS-02"))->id));
}

void TestTariffs::slotChangeKeepsBookingsOnTheirSlots()
{
    // A booking in BAS-MUS-01's second hourly slot of a coming open day.
    core::Site site;
    {
        core::Database db = hubDb();
        site = *core::SiteCatalogue(db).siteByCode(QStringLiteral("BAS-MUS-01"));
    }
    QDate day;
    int open = 0;
    for (int ahead = 2; ahead < 15 && !day.isValid(); ++ahead) {
        const auto [from, to] = site.calendar.hoursOn(m_today.addDays(ahead));
        if (to - from >= 3) {
            day = m_today.addDays(ahead);
            open = from;
        }
    }
    QVERIFY(day.isValid());
    const json::object booking{ { "id", "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" },
                                { "site", "BAS-MUS-01" },
                                { "day", day.toString(Qt::ISODate).toStdString() },
                                { "slot_start", open * 60 + 60 },
                                { "channel", "online" },
                                { "group_size", 2 },
                                { "group_type", "families" } };
    synctest::HttpRequest request;
    request.method = "POST";
    request.target = "/v1/bookings";
    request.body = json::serialize(booking);
    request.headers = { { "Authorization", "Bearer " + m_director }, { "Content-Type", "application/json" } };
    const auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
    QVERIFY(!replies.empty());
    QVERIFY2(replies.front().status == 201, replies.front().body.c_str());

    const std::string etagBefore = etag();
    const HttpReply misaligned = put(m_director, "/v1/sites/BAS-MUS-01/slots",
                                     R"({"slot_minutes":45,"slot_capacity":40,"counter_pct":60,"online_pct":30,)"
                                     R"("kiosk_pct":0,"b2b_pct":10})");
    QCOMPARE(misaligned.status, 409);
    const json::value answer = parsed(misaligned.body);
    QCOMPARE(answer.at("error").as_string(), "bookings_affected");
    bool named = false; // among them (the demo's bookings of today may be too)
    for (const json::value& b : answer.at("bookings").as_array()) {
        named = named
            || (b.at("day").as_string() == day.toString(Qt::ISODate).toStdString()
                && b.at("slot_start").as_int64() == open * 60 + 60);
    }
    QVERIFY2(named, misaligned.body.c_str());
    QCOMPARE(put(m_director, "/v1/sites/BAS-MUS-01/slots", R"({"slots":null})").status, 409);
    QCOMPARE(etag(), etagBefore);
    // Half-hour slots keep every hourly start.
    QCOMPARE(
        put(m_director, "/v1/sites/BAS-MUS-01/slots",
            R"({"slot_minutes":30,"slot_capacity":20,"counter_pct":60,"online_pct":30,"kiosk_pct":0,"b2b_pct":10})")
            .status,
        200);
}

void TestTariffs::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestTariffs)
#include "testtariffs.moc"
