// A ticket office killed with SIGKILL at random points while it sells 1 000 sales:
// every sale confirmed to the clerk is in the ledger, the hash chain holds, and
// after upload (twice, the first one killed half-way) the hub has each sale
// exactly once.
#include "core/database.h"
#include "core/ledger.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

namespace {
using Run = testsupport::AppRun;

constexpr int kSales = 1000;

QString binaryDir()
{
    return QString::fromLocal8Bit(qgetenv("CRUSCOTTO_BINARY_DIR"));
}

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}
} // namespace

class TestOfficeCrash : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_office;
    synctest::HubProcess m_hub;
    QHash<std::int64_t, QString> m_confirmed; // receipt -> sale id, as the clerk saw them
    std::int64_t m_siteId = 0;

    core::Database hubDb()
    {
        return core::Database::open(QDir(m_hubDir.path()).filePath(QStringLiteral("hub.sqlite")),
                                    core::Database::Mode::ReadOnly);
    }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path(), 2);
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void killedWhileSelling()
    {
        core::Database hub = hubDb();
        core::Statement product = hub.prepare(
            "SELECT s.id, p.id, p.code, p.price_cents FROM sites s JOIN ticket_products p ON p.site_id = s.id "
            "WHERE s.code = 'BAS-MUS-01' AND p.category = 'full' LIMIT 1");
        QVERIFY(product.step());
        m_siteId = product.int64(0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFICE_SITE_ID"), QString::number(product.int64(0)));
        env.insert(QStringLiteral("OFFICE_PRODUCT_ID"), QString::number(product.int64(1)));
        env.insert(QStringLiteral("OFFICE_PRODUCT_CODE"), product.text(2));
        env.insert(QStringLiteral("OFFICE_PRODUCT_CENTS"), QString::number(product.int64(3)));

        int kills = 0;
        int rounds = 0;
        auto* random = QRandomGenerator::global();
        while (m_confirmed.size() < kSales) {
            QVERIFY2(++rounds < 3000, "the office makes no progress");
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(binaryDir() + QStringLiteral("/tests/app/officechild"),
                        { m_office.path(), QStringLiteral("BAS-MUS-01"), QString::number(kSales - m_confirmed.size()) });
            QVERIFY(child.waitForStarted());
            // Kill it somewhere from before its first sale to well into its run.
            const int delayMs = int(random->bounded(10, 150));
            const bool finished = child.waitForFinished(delayMs);
            if (!finished) {
                child.kill(); // SIGKILL
                child.waitForFinished();
                ++kills;
            } else {
                QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
            }
            for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts[0] == "confirmed") {
                    m_confirmed.insert(parts[1].toLongLong(), QString::fromLatin1(parts[2]));
                }
            }
            // After every kill: the chain holds and every confirmed sale is there.
            core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_office.path()));
            const auto check = ledger.verify();
            QVERIFY2(check.ok, qPrintable(check.problem));
            core::Statement sale = ledger.database().prepare(
                "SELECT json_extract(r.payload, '$.sale_id') FROM receipts x JOIN records r ON r.seq = x.seq "
                "WHERE x.receipt = ?");
            for (auto it = m_confirmed.cbegin(); it != m_confirmed.cend(); ++it) {
                sale.bind(1, it.key());
                QVERIFY2(sale.step(), qPrintable(QStringLiteral("confirmed receipt %1 lost").arg(it.key())));
                QCOMPARE(sale.text(0), it.value());
                sale.reset();
            }
        }
        qInfo("%d rounds, %d killed with SIGKILL, %lld sales confirmed", rounds, kills,
              static_cast<long long>(m_confirmed.size()));
        QVERIFY(kills > 0);
        // Receipt numbers are gap-free: 1..N, and N >= the confirmed ones.
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_office.path()));
        const std::int64_t receipts = ledger.database().scalar("SELECT COUNT(*) FROM receipts");
        QCOMPARE(ledger.database().scalar("SELECT MAX(receipt) FROM receipts"), receipts);
        QVERIFY(receipts >= kSales);
    }

    void uploadedExactlyOnce()
    {
        QFile password(m_office.file(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("demo\n");
        password.close();
        const QStringList args{ QStringLiteral("upload-ledger"), QStringLiteral("--hub"),
                                QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()), QStringLiteral("--user"),
                                QStringLiteral("clerk"), QStringLiteral("--password-file"), password.fileName(),
                                QStringLiteral("--data-dir"), m_office.path() };
        const auto ticketsOnHub = [&] {
            core::Database hub = hubDb();
            core::Statement stmt = hub.prepare(
                "SELECT COALESCE(SUM(tickets), 0) FROM sales_hourly WHERE site_id = ? AND channel_id = 1 "
                "AND hour_utc >= ?");
            stmt.bind(1, m_siteId).bind(2, QDateTime::currentSecsSinceEpoch() - 2 * 86400);
            stmt.step();
            return stmt.int64(0);
        };
        const std::int64_t before = ticketsOnHub();

        // The first upload killed half-way, in small batches.
        {
            QProcess upload;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            upload.setProcessEnvironment(env);
            upload.start(binaryDir() + QStringLiteral("/app/cruscotto-cli"), args);
            QVERIFY(upload.waitForStarted());
            QThread::msleep(300);
            upload.kill();
            upload.waitForFinished();
        }
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        const Run second = cli(args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));

        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_office.path()));
        QCOMPARE(ledger.uploadedThrough(), ledger.lastSeq());
        const auto identity = ledger.identity();
        core::Database hub = hubDb();
        core::Statement onHub = hub.prepare("SELECT COUNT(*), SUM(kind = 'sale') FROM ledger_records WHERE device_id = ?");
        onHub.bind(1, identity->deviceId);
        QVERIFY(onHub.step());
        QCOMPARE(onHub.int64(0), ledger.lastSeq());
        const std::int64_t sales = ledger.database().scalar("SELECT COUNT(*) FROM records WHERE kind = 'sale'");
        QCOMPARE(onHub.int64(1), sales);
        // Each confirmed sale is on the hub once; the aggregates count every ticket once.
        core::Statement saleOnHub = hub.prepare(
            "SELECT COUNT(*) FROM ledger_records WHERE device_id = ? AND kind = 'sale' "
            "AND json_extract(payload, '$.sale_id') = ?");
        for (auto it = m_confirmed.cbegin(); it != m_confirmed.cend(); ++it) {
            saleOnHub.bind(1, identity->deviceId).bind(2, it.value());
            QVERIFY(saleOnHub.step());
            QCOMPARE(saleOnHub.int64(0), 1);
            saleOnHub.reset();
        }
        const std::int64_t ledgerTickets = ledger.database().scalar("SELECT COUNT(*) FROM tickets");
        QCOMPARE(ticketsOnHub() - before, ledgerTickets);
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestOfficeCrash)
#include "testofficecrash.moc"
