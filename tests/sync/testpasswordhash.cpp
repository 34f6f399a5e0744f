#include "sync/passwordhash.h"

#include <QElapsedTimer>
#include <QTest>

using cruscotto::sync::PasswordHash;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void verifiesTheRightPasswordOnly();
    void saltsDiffer();
    void matchesPbkdf2TestVector();
    void refusesWeakSettings();
    void unknownUserCostsAsMuch();
};

void TestPasswordHash::verifiesTheRightPasswordOnly()
{
    const PasswordHash hash = PasswordHash::create("correct horse");
    QCOMPARE(hash.salt().size(), PasswordHash::SaltBytes);
    QCOMPARE(hash.hash().size(), PasswordHash::HashBytes);
    QVERIFY(hash.iterations() >= 100000);
    QVERIFY(hash.verify("correct horse"));
    QVERIFY(!hash.verify("correct hors"));
    QVERIFY(!hash.verify("Correct horse"));
    QVERIFY(!hash.verify(""));
    QVERIFY(!hash.hash().contains("correct"));
    // A record read back from the database verifies the same.
    const PasswordHash stored(hash.salt(), hash.hash(), hash.iterations());
    QVERIFY(stored.verify("correct horse"));
    QVERIFY(!PasswordHash(hash.salt(), hash.hash(), hash.iterations() + 1).verify("correct horse"));
}

void TestPasswordHash::saltsDiffer()
{
    const PasswordHash a = PasswordHash::create("demo", 100000);
    const PasswordHash b = PasswordHash::create("demo", 100000);
    QVERIFY(a.salt() != b.salt());
    QVERIFY(a.hash() != b.hash());
    QVERIFY(PasswordHash::randomBytes(32) != PasswordHash::randomBytes(32));
}

void TestPasswordHash::matchesPbkdf2TestVector()
{
    // Computed independently: Python's hashlib.pbkdf2_hmac('sha256', b'demo', b'0123456789abcdef', 100000).
    const QByteArray expected = QByteArray::fromHex("f02724bc1e0bb202445a2dc403f13714b7724c0e595ea17225dd4b3c6e448b78");
    const PasswordHash stored("0123456789abcdef", expected, 100000);
    QVERIFY(stored.verify("demo"));
    QVERIFY(!stored.verify("demo "));
    // Below the minimum a record never verifies, even with the right password.
    QVERIFY(!PasswordHash("0123456789abcdef", expected, 1).verify("demo"));
}

void TestPasswordHash::refusesWeakSettings()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHash::create("demo", 1000));
}

void TestPasswordHash::unknownUserCostsAsMuch()
{
    const PasswordHash hash = PasswordHash::create("demo");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!hash.verify("wrong"));
    const qint64 verify = timer.nsecsElapsed();
    timer.start();
    PasswordHash::verifyNothing("wrong");
    const qint64 nothing = timer.nsecsElapsed();
    QVERIFY2(nothing * 3 > verify, qPrintable(QStringLiteral("%1 vs %2").arg(nothing).arg(verify)));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "testpasswordhash.moc"
