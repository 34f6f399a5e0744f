// The mix chart: bars in the order given, shares and exact figures on hover, the
// accessible text listing every bar.
#include "widgets/charts/mixchart.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

class TestMixChart : public QObject
{
    Q_OBJECT

private slots:
    void toolTipsAndAccessibleText();
};

void TestMixChart::toolTipsAndAccessibleText()
{
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    const auto guard = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    widgets::MixChart chart;
    chart.setTitle(QStringLiteral("Canali"));
    QList<core::MixSlice> slices;
    core::MixSlice counter;
    counter.code = QStringLiteral("counter");
    counter.label = QStringLiteral("Biglietteria");
    counter.tickets = 2900;
    counter.visitors = 3000;
    counter.revenue = core::Money::fromCents(3456789);
    core::MixSlice online;
    online.code = QStringLiteral("online");
    online.label = QStringLiteral("Online");
    online.tickets = 1000;
    online.visitors = 1000;
    online.revenue = core::Money::fromCents(1200000);
    slices << counter << online;
    chart.setSlices(slices);
    QCOMPARE(chart.slices().size(), 2);
    const QString tip = chart.toolTipFor(0);
    QCOMPARE(tip, widgets::MixChart::tr("<b>%1</b><br>Visitors: %2 (%3 %)<br>Tickets: %4<br>Revenue: %5")
                      .arg(QStringLiteral("Biglietteria"), QStringLiteral("3.000"), QStringLiteral("75,0"),
                           QStringLiteral("2.900"), core::Money::fromCents(3456789).toString()));
    QVERIFY(tip.contains(QStringLiteral("34.567,89")));
    QCOMPARE(chart.toolTipFor(2), QString());
    const QWidget* view = chart.findChild<QWidget*>();
    QVERIFY(view);
    QVERIFY(chart.exportActions().size() == 2);
    chart.setSlices({});
    QCOMPARE(chart.slices().size(), 0);
}

QTEST_MAIN(TestMixChart)
#include "testmixchart.moc"
