// The trend chart: buckets and tooltips with exact values (this year, last year,
// the forecast band), the repeated hour of the autumn DST change, keyboard
// cursor and activation, zoom limits and pan.
#include "widgets/charts/trendchart.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using widgets::TrendChart;

class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void toolTipHasEveryValue();
    void repeatedHourLabelsStayDistinct();
    void keyboardMovesAndActivates();
    void zoomStaysWithinTheData();
};

namespace {
TrendChart::Data sampleData()
{
    TrendChart::Data data;
    const QLocale locale;
    for (int i = 0; i < 10; ++i) {
        const QDate day = QDate(2025, 6, 21).addDays(i);
        data.days << day;
        data.labels << locale.toString(day, QStringLiteral("d MMM"));
        data.titles << locale.toString(day, QLocale::LongFormat);
    }
    data.lines = { { QStringLiteral("Visitors"), { 100, 200, 300, 400, 500, 600, 700, 800, 900 } } };
    data.lastYear = { QStringLiteral("Last year"), { 90, 180, 270, 360, 450, 540, 630, 720, 810, 1000 } };
    for (int i = 0; i < 10; ++i) {
        data.lastYearTitles << QStringLiteral("LY%1").arg(i);
    }
    data.forecastFrom = 9;
    data.forecast = { 950.4 };
    data.forecastLow = { 800 };
    data.forecastHigh = { 1100 };
    return data;
}
} // namespace

void TestTrendChart::toolTipHasEveryValue()
{
    TrendChart chart;
    chart.setData(sampleData());
    QCOMPARE(chart.bucketCount(), 10);
    const QLocale locale;
    const QString tip = chart.toolTipFor(2);
    QVERIFY(tip.contains(locale.toString(QDate(2025, 6, 23), QLocale::LongFormat).toHtmlEscaped()));
    QVERIFY(tip.contains(TrendChart::tr("%1: %2").arg(QStringLiteral("Visitors"), locale.toString(300))));
    QVERIFY(tip.contains(TrendChart::tr("%1 (%2): %3").arg(QStringLiteral("Last year"), QStringLiteral("LY2"),
                                                             locale.toString(270))));
    QVERIFY(!tip.contains(TrendChart::tr("Forecast: %1").arg(QString()).left(9)));
    const QString future = chart.toolTipFor(9);
    QVERIFY(!future.contains(QStringLiteral("Visitors:")));
    QVERIFY(future.contains(TrendChart::tr("Forecast: %1 (%2 % band %3–%4)")
                                .arg(locale.toString(950), locale.toString(80), locale.toString(800),
                                     locale.toString(1100))));
    QCOMPARE(chart.toolTipFor(10), QString());
    chart.clear();
    QCOMPARE(chart.bucketCount(), 0);
}

void TestTrendChart::repeatedHourLabelsStayDistinct()
{
    // 27 October 2024: 02:00 comes twice. Both buckets are drawn, each with its value.
    TrendChart::Data data;
    QList<double> values;
    const int hours[] = { 0, 1, 2, 2, 3 };
    for (int i = 0; i < 5; ++i) {
        data.days << QDate(2024, 10, 27);
        data.labels << QStringLiteral("%1:00").arg(hours[i], 2, 10, QLatin1Char('0'));
        data.titles << QStringLiteral("27 October 2024, %1").arg(i);
        values << double(10 * (i + 1));
    }
    data.lines = { { QStringLiteral("Visitors"), values } };
    TrendChart chart;
    chart.resize(600, 300);
    chart.setData(data);
    QCOMPARE(chart.bucketCount(), 5);
    QVERIFY(chart.toolTipFor(3).contains(QLocale().toString(40)));
    QVERIFY(chart.toolTipFor(2).contains(QLocale().toString(30)));
}

void TestTrendChart::keyboardMovesAndActivates()
{
    TrendChart chart;
    chart.resize(700, 320);
    chart.setData(sampleData());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.view()->setFocus();
    QSignalSpy activated(&chart, &TrendChart::bucketActivated);
    QTest::keyClick(chart.view(), Qt::Key_Right);
    QCOMPARE(chart.cursorBucket(), 0);
    QTest::keyClick(chart.view(), Qt::Key_Right);
    QTest::keyClick(chart.view(), Qt::Key_Right);
    QCOMPARE(chart.cursorBucket(), 2);
    QVERIFY(chart.view()->accessibleDescription().contains(QLocale().toString(300)));
    QTest::keyClick(chart.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<qsizetype>(), 2);
    // A click on a bucket activates it too.
    const QPoint at = chart.positionOf(6);
    QCOMPARE(chart.bucketAt(at), 6);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).value<qsizetype>(), 6);
}

void TestTrendChart::zoomStaysWithinTheData()
{
    TrendChart chart;
    chart.resize(700, 320);
    chart.setData(sampleData());
    QCOMPARE(chart.visibleRange(), std::make_pair(-0.5, 9.5));
    QVERIFY(!chart.isZoomed());
    chart.zoomBy(100, 5); // never closer than two buckets
    QVERIFY(chart.isZoomed());
    auto [first, last] = chart.visibleRange();
    QCOMPARE(last - first, 2.0);
    chart.panBy(100); // never beyond the last bucket
    QCOMPARE(chart.visibleRange().second, 9.5);
    chart.zoomBy(0.01, 5); // never wider than the data
    QCOMPARE(chart.visibleRange(), std::make_pair(-0.5, 9.5));
    chart.zoomTo(2, 6);
    QCOMPARE(chart.visibleRange(), std::make_pair(2.0, 6.0));
    chart.resetZoom();
    QVERIFY(!chart.isZoomed());
}

QTEST_MAIN(TestTrendChart)
#include "testtrendchart.moc"
