// The app's ticket-office wiring: the supervisor PIN as the ledger keeps it.
#include "app/gui/officewiring.h"

#include "sync/passwordhash.h"

#include <QTest>

class TestOfficeWiring : public QObject
{
    Q_OBJECT

private slots:
    void pinHashRoundTrip();
    void refusesMalformedOrWeakHashes();
};

void TestOfficeWiring::pinHashRoundTrip()
{
    const QString stored = cruscotto::hashSupervisorPin(QStringLiteral("2468"));
    const QStringList parts = stored.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1).toInt(), cruscotto::sync::PasswordHash::DefaultIterations);
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), cruscotto::sync::PasswordHash::SaltBytes);
    QVERIFY(!stored.contains(QStringLiteral("2468")));
    QVERIFY(cruscotto::checkSupervisorPin(stored, QStringLiteral("2468")));
    QVERIFY(!cruscotto::checkSupervisorPin(stored, QStringLiteral("2469")));
    QVERIFY(!cruscotto::checkSupervisorPin(stored, QString()));
    // A fresh salt each time.
    QVERIFY(cruscotto::hashSupervisorPin(QStringLiteral("2468")) != stored);
}

void TestOfficeWiring::refusesMalformedOrWeakHashes()
{
    QVERIFY(!cruscotto::checkSupervisorPin(QString(), QStringLiteral("2468")));
    QVERIFY(!cruscotto::checkSupervisorPin(QStringLiteral("2468"), QStringLiteral("2468")));
    // Too few iterations: refused whatever the hash says.
    const QString good = cruscotto::hashSupervisorPin(QStringLiteral("2468"));
    QString weak = good;
    weak.replace(QStringLiteral("$%1$").arg(cruscotto::sync::PasswordHash::DefaultIterations),
                 QStringLiteral("$1000$"));
    QVERIFY(weak != good);
    QVERIFY(!cruscotto::checkSupervisorPin(weak, QStringLiteral("2468")));
    // Damaged salt or hash: refused, no exception.
    QStringList parts = good.split(QLatin1Char('$'));
    parts[3] = QStringLiteral("AAAA");
    QVERIFY(!cruscotto::checkSupervisorPin(parts.join(QLatin1Char('$')), QStringLiteral("2468")));
}

QTEST_GUILESS_MAIN(TestOfficeWiring)
#include "testofficewiring.moc"
