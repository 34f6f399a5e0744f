// Group bookings (POST and GET /v1/bookings) against the real hub: strict
// validation, slot quotas per channel, idempotency, tickets signed by the hub's
// own key that a counter checks offline after pulling the site's ticket state,
// and the demo's bookings for today.
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "hubprocess.h"
#include "sync/hubbookings.h"
#include "sync/hubclient.h"
#include "sync/hubstore.h"
#include "sync/ledgeruploader.h"
#include "sync/ticketkeys.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <boost/json.hpp>

#include <memory>

using cruscotto::sync::HubBookings;
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

std::string uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

} // namespace

class TestBookings : public QObject
{
    Q_OBJECT

private:
    HttpReply post(const std::string& token, const std::string& body) const
    {
        synctest::HttpRequest request;
        request.method = "POST";
        request.target = "/v1/bookings";
        request.body = body;
        request.headers = { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } };
        auto replies = TestHttpClient(m_hub.host().toStdString(), m_hub.port()).exchange({ request });
        return replies.empty() ? HttpReply() : replies.front();
    }
    HttpReply get(const std::string& token, const std::string& target) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).get(target, token);
    }
    std::string token(const char* user) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port()).token(user, "demo");
    }
    core::Database db() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t slotSales(const QDate& day, int slot, int channel) const
    {
        return db().scalar(QStringLiteral("SELECT COALESCE(SUM(tickets), 0) FROM slot_sales WHERE site_id = %1 AND "
                                          "day = %2 AND slot_start = %3 AND channel_id = %4")
                               .arg(m_site.id)
                               .arg(day.toJulianDay())
                               .arg(slot)
                               .arg(channel)
                               .toUtf8()
                               .constData());
    }
    json::object booking(const char* channel, int size, int slot) const
    {
        json::object b{ { "id", uuid() },
                        { "site", "BAS-MUS-01" },
                        { "day", m_day.toString(Qt::ISODate).toStdString() },
                        { "slot_start", slot },
                        { "channel", channel },
                        { "group_size", size },
                        { "group_type", std::string_view(channel) == "b2b" ? "tour_operator" : "school" } };
        if (std::string_view(channel) == "b2b") {
            b["invoice_name"] = "Lucania Viaggi S.r.l.";
            b["vat_number"] = "IT01234567897";
        } else {
            b["voucher"] = "SCUOLA-42";
        }
        return b;
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;
    core::Site m_site;
    QList<core::TicketProduct> m_products;
    core::SlotPolicy m_policy;
    QDate m_day; // a day ahead the site is open
    QList<int> m_slots; // its slot starts
    std::string m_director;
    std::string m_clerk;
    std::int64_t m_startedUtc = 0;

private slots:
    void initTestCase();
    void vatNumbers();
    void bookingIsSignedCountedAndCheckedOffline();
    void quotaPerChannelIsRespected();
    void invalidBookingsAreRefused();
    void counterPullsTheDaysBookings();
    void demoBooksToday();
    void cleanupTestCase();
};

void TestBookings::initTestCase()
{
    HubProcess::seed(m_dir.path(), 4, QDate(2025, 1, 15));
    {
        core::Database hub = db();
        const core::SiteCatalogue catalogue(hub);
        m_site = *catalogue.siteByCode(QStringLiteral("BAS-MUS-01"));
        m_products = catalogue.products(m_site.id);
        const auto policy = catalogue.slotPolicy(m_site.id);
        QVERIFY(policy);
        m_policy = *policy;
    }
    m_startedUtc = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--insecure-loopback"),
                           QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
    m_director = token("director");
    m_clerk = token("clerk");
    QVERIFY(!m_director.empty() && !m_clerk.empty());
    const QDate today = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
    for (int ahead = 1; ahead < 15 && m_slots.size() < 3; ++ahead) {
        m_day = today.addDays(ahead);
        m_slots.clear();
        const auto [open, close] = m_site.calendar.hoursOn(m_day);
        for (int start = open * 60; start + m_policy.slotMinutes <= close * 60; start += m_policy.slotMinutes) {
            m_slots.append(start);
        }
    }
    QVERIFY(m_slots.size() >= 3);
}

void TestBookings::vatNumbers()
{
    QVERIFY(HubBookings::validVatNumber(QStringLiteral("IT01234567897")));
    QVERIFY(HubBookings::validVatNumber(QStringLiteral("01234567897")));
    QVERIFY(!HubBookings::validVatNumber(QStringLiteral("IT01234567890"))); // check digit
    QVERIFY(!HubBookings::validVatNumber(QStringLiteral("IT0123456789")));
    QVERIFY(!HubBookings::validVatNumber(QStringLiteral("IT00000000000")));
    QVERIFY(HubBookings::validVatNumber(QStringLiteral("DE123456789")));
    QVERIFY(!HubBookings::validVatNumber(QStringLiteral("XX123456789")));
    QVERIFY(!HubBookings::validVatNumber(QString()));
}

void TestBookings::bookingIsSignedCountedAndCheckedOffline()
{
    const int slot = m_slots.at(0);
    const int size = std::min(20, m_policy.quota(2));
    json::object request = booking("online", size, slot);
    const std::string body = json::serialize(request);
    const HttpReply created = post(m_director, body);
    QVERIFY2(created.status == 201, created.body.c_str());
    const json::value answer = parsed(created.body);
    QCOMPARE(answer.at("id").as_string(), request.at("id").as_string());
    QCOMPARE(answer.at("day").as_string(), m_day.toString(Qt::ISODate).toStdString());
    core::SlotAvailability label;
    label.start = slot;
    label.minutes = m_policy.slotMinutes;
    QCOMPARE(answer.at("slot").as_string(), label.label().toStdString());
    QCOMPARE(answer.at("product").as_string(), "INT"); // the full admission by default
    QCOMPARE(answer.at("voucher").as_string(), "SCUOLA-42");
    const json::array& tickets = answer.at("tickets").as_array();
    QCOMPARE(int(tickets.size()), size);
    QSet<std::string> keys;
    for (const json::value& t : tickets) {
        keys.insert(std::string(t.at("key").as_string()));
    }
    QCOMPARE(int(keys.size()), size);
    QCOMPARE(slotSales(m_day, slot, 2), size);

    // Sent again (a lost answer): the same booking and tickets; another booking under its id: refused.
    const HttpReply again = post(m_director, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(parsed(again.body).at("tickets"), answer.at("tickets"));
    QCOMPARE(slotSales(m_day, slot, 2), size);
    request["group_size"] = size - 1;
    const HttpReply changed = post(m_director, json::serialize(request));
    QCOMPARE(changed.status, 409);
    QCOMPARE(parsed(changed.body).at("error").as_string(), "booking_conflict");

    // The clerk lists the day's bookings.
    const HttpReply listed
        = get(m_clerk, "/v1/bookings?site=BAS-MUS-01&day=" + m_day.toString(Qt::ISODate).toStdString());
    QCOMPARE(listed.status, 200);
    const json::value list = parsed(listed.body);
    QCOMPARE(list.at("bookings").as_array().size(), std::size_t(1));
    QCOMPARE(list.at("bookings").at(0).at("id").as_string(), answer.at("id").as_string());
    QCOMPARE(list.at("bookings").at(0).at("tickets"), answer.at("tickets"));

    // A counter of the site, offline on the day, admits the group with the hub's key
    // from the ticket state it pulled; the same ticket twice is already used.
    QTemporaryDir dir;
    core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(dir.path()));
    const auto pair = cruscotto::sync::generateEd25519KeyPair();
    const core::DeviceIdentity identity{ QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         m_site.code,
                                         QStringLiteral("Cassa 3"),
                                         m_startedUtc,
                                         pair.privateKey,
                                         pair.publicKey };
    ledger.provision(identity);
    cruscotto::sync::HubEndpoint endpoint;
    endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
    cruscotto::sync::HubClient client(endpoint);
    cruscotto::sync::LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));
    uploader.registerDevice(identity);
    uploader.pullTicketState(ledger);
    // The counter knows what the hub counts in the slot (an online counter sells what is left).
    QCOMPARE(ledger.hubSlotSales(m_day).value(slot).value(2), size);
    const cruscotto::sync::Ed25519Keyring keyring = cruscotto::sync::Ed25519Keyring::fromLedger(ledger);
    const cruscotto::sync::Ed25519Signer signer(pair.privateKey);
    core::TicketOffice office(ledger, m_site, m_products, signer, keyring);
    office.setSlotPolicy(m_policy);
    const std::int64_t entry = core::RomeTime::utcOf(m_day, slot / 60) + (slot % 60) * 60 + 300;
    const QString code = QString::fromStdString(std::string(tickets.at(0).at("code").as_string()));
    const core::CheckInResult first = office.checkIn(code, core::ScanDirection::In, entry);
    QVERIFY2(first.outcome == core::CheckInResult::Outcome::Valid, qPrintable(first.explanation));
    QCOMPARE(first.ticketKey.toStdString(), std::string(tickets.at(0).at("key").as_string()));
    QCOMPARE(office.checkIn(code, core::ScanDirection::In, entry + 60).outcome,
             core::CheckInResult::Outcome::AlreadyUsed);
    // Two hours later the slot is over.
    const QString second = QString::fromStdString(std::string(tickets.at(1).at("code").as_string()));
    QCOMPARE(office.checkIn(second, core::ScanDirection::In, entry + 2 * 3600 + m_policy.slotMinutes * 60).outcome,
             core::CheckInResult::Outcome::WrongDay);
}

void TestBookings::quotaPerChannelIsRespected()
{
    const int slot = m_slots.at(1);
    const int quota = m_policy.quota(4); // b2b
    QVERIFY(quota >= 1 && quota < HubBookings::MaxGroupSize);
    const HttpReply tooMany = post(m_director, json::serialize(booking("b2b", quota + 1, slot)));
    QCOMPARE(tooMany.status, 409);
    QCOMPARE(parsed(tooMany.body).at("error").as_string(), "slot_full");
    QCOMPARE(parsed(tooMany.body).at("remaining").as_int64(), quota);
    QCOMPARE(post(m_director, json::serialize(booking("b2b", quota, slot))).status, 201);
    const HttpReply full = post(m_director, json::serialize(booking("b2b", 1, slot)));
    QCOMPARE(full.status, 409);
    QCOMPARE(parsed(full.body).at("remaining").as_int64(), 0);
    // The online quota of the same slot is its own.
    QCOMPARE(post(m_director, json::serialize(booking("online", 1, slot))).status, 201);
    QCOMPARE(slotSales(m_day, slot, 4), quota);
    QCOMPARE(slotSales(m_day, slot, 2), 1);
}

void TestBookings::invalidBookingsAreRefused()
{
    const int slot = m_slots.at(2);
    const auto refused = [&](json::object body, const char* problem) {
        const HttpReply reply = post(m_director, json::serialize(body));
        if (reply.status != 422 || reply.body.find(problem) == std::string::npos) {
            qWarning("%s: %d %s", problem, reply.status, reply.body.c_str());
            return false;
        }
        return parsed(reply.body).at("error").as_string() == "invalid_booking";
    };
    json::object b = booking("b2b", 5, slot);
    b.erase("vat_number");
    QVERIFY(refused(b, "vat_number"));
    b = booking("b2b", 5, slot);
    b["vat_number"] = "IT01234567890";
    QVERIFY(refused(b, "vat_number"));
    b = booking("b2b", 5, slot);
    b.erase("invoice_name");
    QVERIFY(refused(b, "invoice_name"));
    b = booking("online", 5, slot);
    b["channel"] = "counter";
    QVERIFY(refused(b, "channel"));
    b = booking("online", 0, slot);
    QVERIFY(refused(b, "group_size"));
    b = booking("online", 100, slot);
    QVERIFY(refused(b, "group_size"));
    b = booking("online", 5, slot + 1);
    QVERIFY(refused(b, "slot_start"));
    b = booking("online", 5, slot);
    b["day"] = core::RomeTime::localDate(m_startedUtc).addDays(-1).toString(Qt::ISODate).toStdString();
    QVERIFY(refused(b, "day"));
    b = booking("online", 5, slot);
    b["day"] = "14/03/2026";
    QVERIFY(refused(b, "day"));
    b = booking("online", 5, slot);
    b["group_type"] = "party";
    QVERIFY(refused(b, "group_type"));
    b = booking("online", 5, slot);
    b["product"] = "VISGUI"; // a guided tour admits nobody
    QVERIFY(refused(b, "product"));
    b = booking("online", 5, slot);
    b["colour"] = "blue";
    QVERIFY(refused(b, "colour"));
    b = booking("online", 5, slot);
    b["id"] = "booking-1";
    QVERIFY(refused(b, "id"));
    QCOMPARE(post(m_director, "{").status, 400);
    QCOMPARE(post(m_director, "[]").status, 400);
    // Nothing of these was stored.
    QCOMPARE(slotSales(m_day, slot, 2) + slotSales(m_day, slot, 4), 0);

    // Only directors book, for their own sites; clerks and directors read.
    QCOMPARE(post(m_clerk, json::serialize(booking("online", 5, slot))).status, 403);
    QCOMPARE(post(token("regional"), json::serialize(booking("online", 5, slot))).status, 403);
    b = booking("online", 5, slot);
    b["site"] = "BAS-MUS-04";
    QCOMPARE(post(m_director, json::serialize(b)).status, 403);
    const std::string day = m_day.toString(Qt::ISODate).toStdString();
    QCOMPARE(get(m_clerk, "/v1/bookings?site=BAS-MUS-02&day=" + day).status, 404);
    QCOMPARE(get(m_clerk, "/v1/bookings?site=BAS-MUS-01").status, 400);
    QCOMPARE(get(m_clerk, "/v1/bookings?site=BAS-MUS-01&day=2026-02-30").status, 400);
    QCOMPARE(get(token("gateway"), "/v1/bookings?site=BAS-MUS-01&day=" + day).status, 403);
    QCOMPARE(get(token("regional"), "/v1/bookings?site=BAS-MUS-01&day=" + day).status, 403);
    QCOMPARE(get(m_director, "/v1/bookings?site=BAS-MUS-01&day=" + day).status, 200);
}

void TestBookings::counterPullsTheDaysBookings()
{
    // The counter's uploader brings the day's bookings into its ledger, as the hub lists them.
    QTemporaryDir dir;
    core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(dir.path()));
    cruscotto::sync::HubEndpoint endpoint;
    endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()).toStdString();
    cruscotto::sync::HubClient client(endpoint);
    cruscotto::sync::LedgerUploader uploader(client);
    uploader.login(QStringLiteral("clerk"), QStringLiteral("demo"));

    const cruscotto::sync::BookingsPullResult pulled = uploader.pullBookings(ledger, m_site.code, m_day);
    const json::value listed
        = parsed(get(m_clerk, "/v1/bookings?site=BAS-MUS-01&day=" + m_day.toString(Qt::ISODate).toStdString()).body);
    const json::array& hub = listed.at("bookings").as_array();
    // The earlier tests booked: online in the first slot; b2b (the whole quota) and online in the second.
    QCOMPARE(hub.size(), std::size_t(3));
    QCOMPARE(pulled.bookings, 3);
    QVERIFY(pulled.changed);
    const QList<core::HubBooking> stored = ledger.bookings(m_day);
    QCOMPARE(stored.size(), 3);
    int tickets = 0;
    for (int i = 0; i < stored.size(); ++i) {
        const core::HubBooking& b = stored.at(i);
        const json::object& h = hub.at(std::size_t(i)).as_object();
        QCOMPARE(b.id.toStdString(), std::string(h.at("id").as_string()));
        QCOMPARE(b.day, m_day);
        QCOMPARE(b.slotStart, int(h.at("slot_start").as_int64()));
        QCOMPARE(b.slot.toStdString(), std::string(h.at("slot").as_string()));
        QCOMPARE(b.channel.toStdString(), std::string(h.at("channel").as_string()));
        QCOMPARE(b.groupSize, int(h.at("group_size").as_int64()));
        QCOMPARE(b.groupType.toStdString(), std::string(h.at("group_type").as_string()));
        QCOMPARE(b.product, QStringLiteral("INT"));
        QCOMPARE(b.ticketKeys.size(), b.groupSize);
        for (int t = 0; t < b.ticketKeys.size(); ++t) {
            QCOMPARE(b.ticketKeys.at(t).toStdString(),
                     std::string(h.at("tickets").at(std::size_t(t)).at("key").as_string()));
        }
        QCOMPARE(b.entered, 0);
        tickets += b.groupSize;
        if (b.channel == QLatin1String("b2b")) {
            QCOMPARE(b.slotStart, m_slots.at(1));
            QCOMPARE(b.groupSize, m_policy.quota(4));
            QCOMPARE(b.groupType, QStringLiteral("tour_operator"));
            QCOMPARE(b.invoiceName, QStringLiteral("Lucania Viaggi S.r.l."));
            QCOMPARE(b.vatNumber, QStringLiteral("IT01234567897"));
            QVERIFY(b.voucher.isEmpty());
        } else {
            QCOMPARE(b.groupType, QStringLiteral("school"));
            QCOMPARE(b.voucher, QStringLiteral("SCUOLA-42"));
            QVERIFY(b.invoiceName.isEmpty() && b.vatNumber.isEmpty());
        }
    }
    QCOMPARE(stored.first().slotStart, m_slots.at(0));
    QCOMPARE(pulled.tickets, tickets);

    // Nothing new on the hub: no change. A new booking: the day's list grows.
    QVERIFY(!uploader.pullBookings(ledger, m_site.code, m_day).changed);
    QCOMPARE(post(m_director, json::serialize(booking("online", 2, m_slots.at(2)))).status, 201);
    const cruscotto::sync::BookingsPullResult again = uploader.pullBookings(ledger, m_site.code, m_day);
    QVERIFY(again.changed);
    QCOMPARE(again.bookings, 4);
    QCOMPARE(ledger.bookings(m_day).size(), 4);
    QCOMPARE(ledger.bookings(m_day).last().slotStart, m_slots.at(2));

    // Today's: what the demo booked for today (none when the site is closed or its slots are over).
    const QDate today = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch());
    const cruscotto::sync::BookingsPullResult demo = uploader.pullBookings(ledger, m_site.code, today);
    const json::value todays
        = parsed(get(m_clerk, "/v1/bookings?site=BAS-MUS-01&day=" + today.toString(Qt::ISODate).toStdString()).body);
    QCOMPARE(demo.bookings, int(todays.at("bookings").as_array().size()));
    QCOMPARE(ledger.bookings(today).size(), demo.bookings);
    QCOMPARE(ledger.bookings(m_day).size(), 4); // another day's list untouched

    // A site not of this user's: refused, the ledger as it was.
    try {
        uploader.pullBookings(ledger, QStringLiteral("BAS-MUS-02"), m_day);
        QFAIL("a site of someone else's was pulled");
    } catch (const cruscotto::sync::LedgerUploadError& e) {
        QCOMPARE(e.kind(), cruscotto::sync::LedgerUploadError::Kind::BadReply);
    }
    QCOMPARE(ledger.bookings(m_day).size(), 4);
}

void TestBookings::demoBooksToday()
{
    // --demo booked a school group and a tour operator's group in today's first
    // slots still to come, when the site opens today.
    const QDate today = core::RomeTime::localDate(m_startedUtc);
    const auto [open, close] = m_site.calendar.hoursOn(today);
    const int now = core::RomeTime::localHour(m_startedUtc) * 60 + int((m_startedUtc % 3600) / 60);
    int comingSlots = 0;
    for (int start = open * 60; start + m_policy.slotMinutes <= close * 60; start += m_policy.slotMinutes) {
        comingSlots += start + m_policy.slotMinutes > now ? 1 : 0;
    }
    const HttpReply listed
        = get(m_clerk, "/v1/bookings?site=BAS-MUS-01&day=" + today.toString(Qt::ISODate).toStdString());
    QCOMPARE(listed.status, 200);
    const json::value answer = parsed(listed.body);
    const json::array& bookings = answer.at("bookings").as_array();
    QCOMPARE(int(bookings.size()), std::min(comingSlots, 2));
    if (!bookings.empty()) {
        QCOMPARE(bookings.at(0).at("channel").as_string(), "online");
        QCOMPARE(bookings.at(0).at("group_type").as_string(), "school");
        QVERIFY(!bookings.at(0).at("tickets").as_array().empty());
    }
}

void TestBookings::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestBookings)
#include "testbookings.moc"
