#include "core/money.h"

#include <QTest>

#include <limits>
#include <stdexcept>

using core::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void arithmeticInCents()
    {
        const Money a = Money::fromCents(1050);
        const Money b = Money::fromCents(275);
        QCOMPARE((a + b).cents(), 1325);
        QCOMPARE((a - b).cents(), 775);
        QCOMPARE((b * 3).cents(), 825);
        // The classic float trap: 0.10 + 0.20 is exactly 0.30 here.
        QCOMPARE((Money::fromCents(10) + Money::fromCents(20)).cents(), 30);
        QVERIFY(a > b);
    }

    void overflowThrowsInsteadOfWrapping()
    {
        const Money max = Money::fromCents(std::numeric_limits<std::int64_t>::max());
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, max + Money::fromCents(1));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, max * 2);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error,
                                 Money::fromCents(std::numeric_limits<std::int64_t>::min()) - Money::fromCents(1));
    }

    void allocateKeepsEveryCent()
    {
        const auto parts = Money::fromCents(1000).allocate({ 1, 1, 1 });
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0].cents() + parts[1].cents() + parts[2].cents(), 1000);
        QCOMPARE(parts[0].cents(), 334);
        QCOMPARE(parts[1].cents(), 333);
        const auto split = Money::fromCents(-101).allocate({ 1, 1 });
        QCOMPARE(split[0].cents() + split[1].cents(), -101);
        const auto weighted = Money::fromCents(999).allocate({ 70, 30 });
        QCOMPARE(weighted[0].cents(), 699);
        QCOMPARE(weighted[1].cents(), 300);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Money::fromCents(5).allocate({ 0, 0 }));
    }

    void averageRoundsHalfAwayFromZero()
    {
        QCOMPARE(Money::fromCents(1000).dividedBy(3).cents(), 333);
        QCOMPARE(Money::fromCents(1001).dividedBy(2).cents(), 501);
        QCOMPARE(Money::fromCents(-1001).dividedBy(2).cents(), -501);
        QCOMPARE(Money::fromCents(1000).dividedBy(0).cents(), 0);
    }

    void formatsInTheLocale()
    {
        const QLocale it(QLocale::Italian, QLocale::Italy);
        QCOMPARE(Money::fromCents(123456).toString(it), QStringLiteral("1.234,56\u00a0€"));
        QCOMPARE(Money::fromCents(5).toString(it), QStringLiteral("0,05\u00a0€"));
        QCOMPARE(Money::fromCents(-250).toString(it), QStringLiteral("-2,50\u00a0€"));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::fromCents(123456789).toString(en), QStringLiteral("€1,234,567.89"));
        QCOMPARE(Money::fromCents(-5).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromCents(120000).toPlainString(), QStringLiteral("1200.00"));
    }

    void parsesItalianAndPlainAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("italian");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain") << QStringLiteral("12.5") << false << qint64(1250);
        QTest::newRow("whole") << QStringLiteral("12") << false << qint64(1200);
        QTest::newRow("it grouped") << QStringLiteral("1.234.567,89 €") << true << qint64(123456789);
        QTest::newRow("it euro first") << QStringLiteral("€ 35.657.442,97") << true << qint64(3565744297);
        QTest::newRow("it negative") << QStringLiteral("-3,20") << true << qint64(-320);
        QTest::newRow("it no group") << QStringLiteral("1234,5") << true << qint64(123450);
    }

    void parsesItalianAndPlainAmounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, italian);
        QFETCH(qint64, cents);
        const auto value = Money::parse(text, italian ? QLocale(QLocale::Italian) : QLocale::c());
        QVERIFY2(value.has_value(), qPrintable(text));
        QCOMPARE(value->cents(), cents);
    }

    void rejectsWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("dodici");
        QTest::newRow("three decimals") << QStringLiteral("1,234");
        QTest::newRow("bad grouping") << QStringLiteral("12.34,00");
        QTest::newRow("two commas") << QStringLiteral("1,2,3");
        QTest::newRow("dangling comma") << QStringLiteral("12,");
    }

    void rejectsWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text, QLocale(QLocale::Italian)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "testmoney.moc"
