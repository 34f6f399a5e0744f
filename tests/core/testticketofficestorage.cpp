// The ticket office when its storage fails: a full disk (SQLite's page limit, and a
// real 512 KiB tmpfs) and a read-only data directory (a read-only bind mount; we run
// as root, so chmod would not stop us). A sale is refused with a clear message and
// never confirmed and then lost: every receipt handed out is in the ledger, the
// chain is intact, and receipt numbers stay gap-free once the disk has room again.
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

#include <unistd.h>

using namespace core;

namespace {

const std::int64_t kMorning = RomeTime::utcOf(QDate(2025, 3, 12), 10) + 1800;

struct Counter
{
    std::optional<Ledger> ledger;
    cruscotto::sync::Ed25519KeyPair keys;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> signer;
    cruscotto::sync::Ed25519Keyring keyring;
    std::unique_ptr<TicketOffice> office;

    explicit Counter(const QString& dataDir, bool provision = true)
    {
        ledger.emplace(Ledger::open(Ledger::pathIn(dataDir, false), false));
        if (provision) {
            keys = cruscotto::sync::generateEd25519KeyPair();
            ledger->provision(DeviceIdentity{ QUuid::createUuid().toString(QUuid::WithoutBraces),
                                              QStringLiteral("BAS-MUS-01"), QStringLiteral("Cassa 1"),
                                              kMorning - 86400, keys.privateKey, keys.publicKey });
        } else {
            const auto identity = ledger->identity();
            keys.privateKey = identity->signingKey;
            keys.publicKey = identity->publicKey;
        }
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        keyring.add(TicketCode::deviceShortIdOf(ledger->identity()->deviceId), keys.publicKey);
        Site site;
        site.id = 7;
        site.code = QStringLiteral("BAS-MUS-01");
        site.name = QStringLiteral("Museo di prova");
        site.capacity = 200;
        TicketProduct full;
        full.id = 1;
        full.siteId = 7;
        full.code = QStringLiteral("INT");
        full.name = QStringLiteral("Intero");
        full.category = TicketCategory::Full;
        full.price = Money::fromCents(1000);
        office = std::make_unique<TicketOffice>(*ledger, site, QList<TicketProduct>{ full }, *signer, keyring);
        office->setClerk(QStringLiteral("clerk-7"));
    }

    SaleReceipt sell(int tickets, std::int64_t at)
    {
        Cart cart;
        cart.add(*office->productByCode(QStringLiteral("INT")), tickets);
        const Money total = cart.total();
        return office->sell(cart, { Payment{ PaymentMethod::Cash, total, total } }, at);
    }
};

// Sells until the storage refuses; returns the receipts handed out and the refusal.
QList<std::int64_t> sellUntilRefused(Counter& counter, int attempts, QString* refusal)
{
    QList<std::int64_t> confirmed;
    for (int i = 0; i < attempts; ++i) {
        try {
            confirmed << counter.sell(1 + i % 7, kMorning + i).receiptNumber;
        } catch (const OfficeError& e) {
            *refusal = QString::fromUtf8(e.what());
            break;
        }
    }
    return confirmed;
}

// Each receipt handed out is in the ledger with its sale, and the chain is whole.
void verifyNothingLost(Counter& counter, const QList<std::int64_t>& confirmed)
{
    for (std::int64_t number : confirmed) {
        QVERIFY2(counter.office->receipt(number).has_value(), qPrintable(QString::number(number)));
    }
    const auto check = counter.ledger->verify();
    QVERIFY2(check.ok, qPrintable(check.problem));
}

bool run(const QString& program, const QStringList& arguments, QString* error = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        }
        return false;
    }
    return true;
}

// A mount made for one test, undone however the test ends.
class Mount
{
public:
    bool mount(const QStringList& arguments, const QString& target, QString* error)
    {
        if (!run(QStringLiteral("mount"), arguments, error)) {
            return false;
        }
        m_targets.prepend(target);
        return true;
    }
    ~Mount()
    {
        for (const QString& target : m_targets) {
            run(QStringLiteral("umount"), { target });
        }
    }

private:
    QStringList m_targets;
};

} // namespace

class TestTicketOfficeStorage : public QObject
{
    Q_OBJECT

private slots:
    void fullDatabaseRefusesTheSaleAndLosesNothing();
    void fullFilesystemRefusesTheSaleAndLosesNothing();
    void readOnlyDataDirectoryRefusesToSell();
};

void TestTicketOfficeStorage::fullDatabaseRefusesTheSaleAndLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<std::int64_t> confirmed;
    {
        Counter counter(dir.path());
        counter.office->openSession(Money::fromCents(10000), kMorning - 60);
        confirmed << counter.sell(2, kMorning).receiptNumber;
        // The file may grow no more: SQLite answers SQLITE_FULL as on a full disk.
        const std::int64_t pages = counter.ledger->database().scalar("PRAGMA page_count");
        counter.ledger->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        QString refusal;
        confirmed << sellUntilRefused(counter, 2000, &refusal);
        QVERIFY2(!refusal.isEmpty(), "the ledger never filled up");
        QVERIFY2(refusal.contains(QLatin1String("NOT saved")) && refusal.contains(QLatin1String("disk is full")),
                 qPrintable(refusal));
        verifyNothingLost(counter, confirmed);
        const std::int64_t lastSeq = counter.ledger->lastSeq();
        // Refused again while still full, and still nothing half-written.
        QVERIFY_THROWS_EXCEPTION(OfficeError, counter.sell(1, kMorning + 5000));
        QCOMPARE(counter.ledger->lastSeq(), lastSeq);
        // Room again: the next sale takes the next receipt number, no gap.
        counter.ledger->database().exec("PRAGMA max_page_count = 1073741823");
        const SaleReceipt next = counter.sell(1, kMorning + 6000);
        QCOMPARE(next.receiptNumber, confirmed.last() + 1);
        confirmed << next.receiptNumber;
    }
    // And all of it is on disk.
    Counter reopened(dir.path(), false);
    verifyNothingLost(reopened, confirmed);
}

void TestTicketOfficeStorage::fullFilesystemRefusesTheSaleAndLosesNothing()
{
    if (::geteuid() != 0) {
        QSKIP("mounting a small tmpfs needs root");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Mount mount;
    QString error;
    if (!mount.mount({ QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=512k"), QStringLiteral("tmpfs"), dir.path() },
                     dir.path(), &error)) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(error)));
    }
    QList<std::int64_t> confirmed;
    {
        Counter counter(dir.path());
        counter.office->openSession(Money::fromCents(10000), kMorning - 60);
        QString refusal;
        confirmed = sellUntilRefused(counter, 20000, &refusal);
        QVERIFY2(!refusal.isEmpty(), "512 KiB never filled up");
        QVERIFY2(confirmed.size() > 10, qPrintable(QString::number(confirmed.size())));
        QVERIFY2(refusal.contains(QLatin1String("NOT saved")), qPrintable(refusal));
        verifyNothingLost(counter, confirmed);
    }
    // Closed and opened again from the full disk: every confirmed sale is there.
    Counter reopened(dir.path(), false);
    verifyNothingLost(reopened, confirmed);
}

void TestTicketOfficeStorage::readOnlyDataDirectoryRefusesToSell()
{
    if (::geteuid() != 0) {
        QSKIP("a read-only bind mount needs root");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString writable = dir.filePath(QStringLiteral("data"));
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(writable) && QDir().mkpath(readOnly));
    std::int64_t sold = 0;
    {
        Counter counter(writable);
        counter.office->openSession(Money::fromCents(10000), kMorning - 60);
        sold = counter.sell(3, kMorning).receiptNumber;
    }
    Mount mount;
    QString error;
    if (!mount.mount({ QStringLiteral("--bind"), writable, readOnly }, readOnly, &error)
        || !run(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), readOnly }, &error)) {
        QSKIP(qPrintable(QStringLiteral("cannot make a read-only bind mount here: %1").arg(error)));
    }
    // The same ledger through a read-only path: either it cannot be opened for
    // selling at all, or the sale is refused, saying so; never a receipt.
    bool refused = false;
    QString message;
    try {
        Counter counter(readOnly, false);
        try {
            counter.sell(1, kMorning + 60);
        } catch (const OfficeError& e) {
            refused = true;
            message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QLatin1String("NOT saved")), qPrintable(message));
        }
    } catch (const DatabaseError& e) {
        refused = true;
        message = e.message();
    }
    QVERIFY2(refused, "a sale was confirmed on a read-only data directory");
    QVERIFY(!message.isEmpty());
    // The ledger itself is untouched and complete.
    Counter writableAgain(writable, false);
    verifyNothingLost(writableAgain, { sold });
    QCOMPARE(writableAgain.sell(1, kMorning + 120).receiptNumber, sold + 1);
}

QTEST_GUILESS_MAIN(TestTicketOfficeStorage)
#include "testticketofficestorage.moc"
