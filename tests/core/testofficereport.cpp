// The ticket office's report over a real ledger, signed with the real Ed25519 keys.
#include "core/ledger.h"
#include "core/officereport.h"
#include "core/rometime.h"
#include "core/sitecatalogue.h"
#include "sync/ticketkeys.h"
#include "tests/core/reportfixture.h"

#include <QUuid>

using reporttest::cell;

namespace {
const std::int64_t kDay = core::RomeTime::utcOf(QDate(2025, 5, 14), 9);
}

class TestOfficeReport : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;
    core::Database m_cache;

private slots:
    void initTestCase()
    {
        m_dir.writeDemo(4, 0, QDate(2025, 6, 30), 7);
        m_cache = core::Cache::openReader(m_dir.path());
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_dir.path()));
        const auto keys = cruscotto::sync::generateEd25519KeyPair();
        ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                           QStringLiteral("Cassa 2"), kDay, keys.privateKey, keys.publicKey });
        cruscotto::sync::Ed25519Signer signer(keys.privateKey);
        cruscotto::sync::Ed25519Keyring keyring;
        core::Site site;
        site.id = 3;
        site.code = QStringLiteral("BAS-MUS-01");
        core::TicketProduct full;
        full.id = 11;
        full.siteId = 3;
        full.code = QStringLiteral("INT");
        full.name = QStringLiteral("Intero");
        full.category = core::TicketCategory::Full;
        full.price = core::Money::fromCents(1200);
        core::TicketOffice office(ledger, site, { full }, signer, keyring);
        office.setClerk(QStringLiteral("c7"));
        office.openSession(core::Money::fromCents(5000), kDay);
        core::Cart two;
        two.add(full, 2);
        office.sell(two, { { core::PaymentMethod::Cash, core::Money::fromCents(2400), core::Money::fromCents(3000) } },
                    kDay + 60);
        core::Cart one;
        one.add(full);
        const auto card
            = office.sell(one, { { core::PaymentMethod::Card, core::Money::fromCents(1200), {} } }, kDay + 120);
        office.voidSale(card.receiptNumber, QStringLiteral("wrong day"), std::nullopt, kDay + 180);
        office.closeSession(core::Money::fromCents(7300), kDay + 8 * 3600); // 1.00 short
        office.openSession(core::Money::fromCents(5000), kDay + 86400);
        office.sell(one, { { core::PaymentMethod::Card, core::Money::fromCents(1200), {} } }, kDay + 86400 + 60);
    }

    void daysAndZReportsAreTheTicketOffices()
    {
        const core::Report r = core::ReportCatalogue::build(
            m_cache, QStringLiteral("office"),
            reporttest::request(QStringLiteral("all"), QDate(2025, 5, 1), QDate(2025, 5, 31), m_dir.path()));
        QVERIFY2(r.scopeText.contains(QStringLiteral("Cassa 2")), qPrintable(r.scopeText));
        QCOMPARE(r.tables.size(), 5);
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_dir.path()));
        const core::ReportTable& days = r.tables.at(0);
        QCOMPARE(days.rows.size(), 3); // the 14th, the 15th, the total
        for (int i = 0; i < 2; ++i) {
            const QDate day(2025, 5, 14 + i);
            const core::OfficeTotals t = core::TicketOffice::dayTotals(ledger, day);
            QCOMPARE(cell<QDate>(days, i, 0), day);
            QCOMPARE(cell<std::int64_t>(days, i, 1), t.sales);
            QCOMPARE(cell<core::Money>(days, i, 3), t.gross);
            QCOMPARE(cell<core::Money>(days, i, 5), t.voided);
            QCOMPARE(cell<core::Money>(days, i, 8), t.net);
            QCOMPARE(cell<core::Money>(days, i, 9), t.cashIn);
            QCOMPARE(cell<core::Money>(days, i, 10), t.cardIn);
        }
        QCOMPARE(cell<core::Money>(days, 0, 3), core::Money::fromCents(3600));
        QCOMPARE(cell<core::Money>(days, 0, 8), core::Money::fromCents(2400));
        QCOMPARE(cell<QString>(days, 2, 0), QStringLiteral("Total"));
        QCOMPARE(cell<std::int64_t>(days, 2, 1), std::int64_t(3));
        QCOMPARE(cell<core::Money>(days, 2, 8), core::Money::fromCents(3600));
        // By product over the period: 4 tickets sold, 1 voided.
        const core::ReportTable& products = r.tables.at(1);
        QCOMPARE(products.rows.size(), 1);
        QCOMPARE(cell<QString>(products, 0, 0), QStringLiteral("INT"));
        QCOMPARE(cell<core::Money>(products, 0, 3), core::Money::fromCents(3600));
        // The Z report of the session closed on the 14th, as the counter printed it.
        const core::ReportTable& z = r.tables.at(4);
        QCOMPARE(z.rows.size(), 1);
        QCOMPARE(cell<std::int64_t>(z, 0, 0), std::int64_t(1));
        QCOMPARE(cell<QString>(z, 0, 1), QStringLiteral("c7"));
        QCOMPARE(cell<core::Money>(z, 0, 4), core::Money::fromCents(5000));
        QCOMPARE(cell<core::Money>(z, 0, 10), core::Money::fromCents(7400));
        QCOMPARE(cell<core::Money>(z, 0, 11), core::Money::fromCents(7300));
        QCOMPARE(cell<core::Money>(z, 0, 12), core::Money::fromCents(-100));
    }

    void refusesWhatItCannotReport()
    {
        // A day with nothing, another site, no ledger.
        QVERIFY_THROWS_EXCEPTION(
            core::ReportError,
            core::ReportCatalogue::build(
                m_cache, QStringLiteral("office"),
                reporttest::request(QStringLiteral("all"), QDate(2025, 5, 1), QDate(2025, 5, 2), m_dir.path())));
        QString other;
        for (const auto& s : core::SiteCatalogue(m_cache).sites()) {
            other = s.code == QLatin1String("BAS-MUS-01") ? other : s.code;
        }
        QVERIFY(!other.isEmpty());
        try {
            core::ReportCatalogue::build(m_cache, QStringLiteral("office"),
                                         reporttest::request(QStringLiteral("site:") + other, QDate(2025, 5, 1),
                                                             QDate(2025, 5, 31), m_dir.path()));
            QFAIL("another site's scope was accepted");
        } catch (const core::ReportError& e) {
            QCOMPARE(e.message(),
                     QStringLiteral("This device sells for BAS-MUS-01, which is not in the scope site:%1.").arg(other));
        }
        testsupport::TestDataDir empty;
        try {
            core::ReportCatalogue::build(
                m_cache, QStringLiteral("office"),
                reporttest::request(QStringLiteral("all"), QDate(2025, 5, 1), QDate(2025, 5, 31), empty.path()));
            QFAIL("no error without a ledger");
        } catch (const core::ReportError& e) {
            QVERIFY(e.message().startsWith(QStringLiteral("No ticket-office ledger")));
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficeReport)
#include "testofficereport.moc"
