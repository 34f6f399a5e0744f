// The hub's sign-in throttle on its own, with a clock the test turns.
#include "sync/hubusers.h"

#include <QTest>

using cruscotto::sync::LoginThrottle;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void firstFailuresAreFree();
    void delayDoublesAndIsCapped();
    void successClearsThePair();
    void pairsAreKeptApart();
    void quietFailuresAreForgotten();
    void memoryStaysBounded();
};

namespace {
const QString kUser = QStringLiteral("director");
const std::string kAddress = "192.0.2.10";
} // namespace

void TestLoginThrottle::firstFailuresAreFree()
{
    LoginThrottle throttle;
    std::int64_t now = 1000000;
    for (int i = 0; i < LoginThrottle::FreeFailures - 1; ++i) {
        QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), 0);
        throttle.recordFailure(kUser, kAddress, now);
        now += 10;
    }
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), 0);
    // The fifth failure: from now on each attempt waits.
    throttle.recordFailure(kUser, kAddress, now);
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), 2000);
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now + 1500), 500);
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now + 2000), 0);
}

void TestLoginThrottle::delayDoublesAndIsCapped()
{
    LoginThrottle throttle;
    std::int64_t now = 0;
    for (int i = 0; i < LoginThrottle::FreeFailures; ++i) {
        throttle.recordFailure(kUser, kAddress, now);
    }
    const std::int64_t expected[] = { 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 512000, 900000, 900000 };
    for (const std::int64_t delay : expected) {
        QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), delay);
        now += delay; // waits, then fails again
        QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), 0);
        throttle.recordFailure(kUser, kAddress, now);
    }
    // Hundreds of failures later the cap still holds (no overflow of the shift).
    for (int i = 0; i < 500; ++i) {
        throttle.recordFailure(kUser, kAddress, now);
    }
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, now), LoginThrottle::MaxDelayMs);
}

void TestLoginThrottle::successClearsThePair()
{
    LoginThrottle throttle;
    for (int i = 0; i < 7; ++i) {
        throttle.recordFailure(kUser, kAddress, 100);
    }
    QVERIFY(throttle.retryAfterMs(kUser, kAddress, 100) > 0);
    throttle.recordSuccess(kUser, kAddress);
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, 100), 0);
    QCOMPARE(throttle.trackedPairs(), std::size_t(0));
    // And the count starts over: four more failures are free again.
    for (int i = 0; i < 4; ++i) {
        throttle.recordFailure(kUser, kAddress, 200);
    }
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, 200), 0);
}

void TestLoginThrottle::pairsAreKeptApart()
{
    LoginThrottle throttle;
    for (int i = 0; i < 6; ++i) {
        throttle.recordFailure(kUser, kAddress, 0);
    }
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, 0), 4000);
    // The same user from another address, another user from the same address: free.
    QCOMPARE(throttle.retryAfterMs(kUser, "192.0.2.11", 0), 0);
    QCOMPARE(throttle.retryAfterMs(QStringLiteral("clerk"), kAddress, 0), 0);
    // A name that would collide if the key were a plain concatenation.
    QCOMPARE(throttle.retryAfterMs(QStringLiteral("director1"), "92.0.2.10", 0), 0);
    QCOMPARE(throttle.trackedPairs(), std::size_t(1));
}

void TestLoginThrottle::quietFailuresAreForgotten()
{
    LoginThrottle throttle;
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure(kUser, kAddress, 0);
    }
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, 0), 2000);
    // Quarter of an hour of quiet later, one failure counts as the first one.
    const std::int64_t later = LoginThrottle::ForgetAfterMs + 1;
    throttle.recordFailure(kUser, kAddress, later);
    QCOMPARE(throttle.retryAfterMs(kUser, kAddress, later), 0);
}

void TestLoginThrottle::memoryStaysBounded()
{
    LoginThrottle throttle;
    const std::size_t attempts = LoginThrottle::MaxTracked + 500;
    for (std::size_t i = 0; i < attempts; ++i) {
        throttle.recordFailure(QStringLiteral("user%1").arg(i), kAddress, std::int64_t(i));
    }
    QCOMPARE(throttle.trackedPairs(), LoginThrottle::MaxTracked);
    // The stalest pairs went first; the newest is still tracked.
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure(QStringLiteral("user%1").arg(attempts - 1), kAddress, std::int64_t(attempts));
    }
    QVERIFY(throttle.retryAfterMs(QStringLiteral("user%1").arg(attempts - 1), kAddress, std::int64_t(attempts)) > 0);
    QCOMPARE(throttle.trackedPairs(), LoginThrottle::MaxTracked);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "testloginthrottle.moc"
