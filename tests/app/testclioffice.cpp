// cruscotto-cli office-report and verify-ledger on a real ledger.
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"
#include "tests/testsupport/testdatadir.h"

#include <QDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}

const std::int64_t kDay = core::RomeTime::utcOf(QDate(2025, 5, 14), 9);
} // namespace

class TestCliOffice : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;

private slots:
    void initTestCase()
    {
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
    full.freeReason = core::FreeReason::None;
    full.price = core::Money::fromCents(1200);
        core::TicketProduct young;
    young.id = 12;
    young.siteId = 3;
    young.code = QStringLiteral("GRU18");
    young.name = QStringLiteral("Under 18");
    young.category = core::TicketCategory::Free;
    young.freeReason = core::FreeReason::Under18;
    young.price = core::Money();
        core::TicketOffice office(ledger, site, { full, young }, signer, keyring);
        office.openSession(core::Money::fromCents(5000), kDay);
        core::Cart family;
        family.add(full, 2);
        family.add(young, 2);
        family.setIdChecked(1, true);
        office.sell(family, { { core::PaymentMethod::Cash, core::Money::fromCents(2400), core::Money::fromCents(3000) } },
                    kDay + 60);
        core::Cart one;
        one.add(full);
        const auto card = office.sell(one, { { core::PaymentMethod::Card, core::Money::fromCents(1200), {} } }, kDay + 120);
        office.voidSale(card.receiptNumber, QStringLiteral("wrong day"), std::nullopt, kDay + 180);
        office.sell(one, { { core::PaymentMethod::Card, core::Money::fromCents(1200), {} } }, kDay + 86400);
    }

    void reportsTheDay()
    {
        const Run run = cli({ QStringLiteral("office-report"), QStringLiteral("--date"), QStringLiteral("2025-05-14"),
                              QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("BAS-MUS-01")));
        QVERIFY(run.out.contains(QLatin1String("sales\t2\n")));
        QVERIFY(run.out.contains(QLatin1String("gross\t36.00\n")));
        QVERIFY(run.out.contains(QLatin1String("voids\t1\t12.00\n")));
        QVERIFY(run.out.contains(QLatin1String("net\t24.00\n")));
        QVERIFY(run.out.contains(QLatin1String("cash\t24.00\n")));
        QVERIFY(run.out.contains(QLatin1String("card\t0.00\n")));
        QVERIFY(run.out.contains(QLatin1String("INT\tIntero\t2\t24.00\n")));
        QVERIFY(run.out.contains(QLatin1String("GRU18\tUnder 18\t2\t0.00\n")));
        QVERIFY(run.out.contains(QLatin1String("free\t")));
        const Run next = cli({ QStringLiteral("office-report"), QStringLiteral("--date"), QStringLiteral("2025-05-15"),
                               QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY(next.out.contains(QLatin1String("card\t12.00\n")));
        const Run bad = cli({ QStringLiteral("office-report"), QStringLiteral("--date"), QStringLiteral("14/05/2025"),
                              QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(bad.exitCode, 2);
        testsupport::TestDataDir empty;
        const Run none = cli({ QStringLiteral("office-report"), QStringLiteral("--data-dir"), empty.path() });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QLatin1String("No ticket-office ledger")));
    }

    void verifiesTheChain()
    {
        const Run ok = cli({ QStringLiteral("verify-ledger"), QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QLatin1String("intact: 5 record")));
        // A record removed with a SQLite shell.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(core::Ledger::pathIn(m_dir.path()).toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "DROP TRIGGER records_kept; DELETE FROM records WHERE seq = 3;", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const Run broken = cli({ QStringLiteral("verify-ledger"), QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QLatin1String("record 3")), qPrintable(broken.err));
        QVERIFY(broken.err.contains(QLatin1String("recover-ledger")));
        // Recovery keeps records 1-2, moves the damaged file aside, and the result verifies.
        const Run recovered = cli({ QStringLiteral("recover-ledger"), QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(recovered.exitCode, 3);
        QVERIFY2(recovered.err.contains(QLatin1String("Records 1 to 2")), qPrintable(recovered.err));
        QStringList kept = QDir(m_dir.path()).entryList({ QStringLiteral("ledger.sqlite.damaged-*") });
        kept.removeIf([](const QString& name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
        QCOMPARE(kept.size(), 1);
        const Run after = cli({ QStringLiteral("verify-ledger"), QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains(QLatin1String("intact: 2 record")));
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)
#include "testclioffice.moc"
