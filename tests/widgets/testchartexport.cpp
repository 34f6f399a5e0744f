// Chart export writes files a user can open: a PNG at twice the widget's pixels,
// an SVG document with vector content; a failure leaves nothing half-written.
#include "tests/testsupport/testdatadir.h"

#include "widgets/charts/chartexport.h"
#include "widgets/charts/trendchart.h"
#include "widgets/heatmapview.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTest>
#include <QXmlStreamReader>

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void trendChartToPngAndSvg();
    void customPaintedWidgetToSvg();
    void unwritablePathIsReported();
    void actionsAreOffered();

private:
    static widgets::TrendChart* makeChart(QWidget* parent);
    static QString svgRoot(const QString& path, int* elements);
};

widgets::TrendChart* TestChartExport::makeChart(QWidget* parent)
{
    auto* chart = new widgets::TrendChart(parent);
    chart->setTitle(QStringLiteral("Visitors by day"));
    QList<QDate> days;
    QList<double> values;
    for (int i = 0; i < 14; ++i) {
        days << QDate(2024, 2, 20).addDays(i);
        values << 100.0 + 15 * (i % 7);
    }
    chart->setData(days, { { QStringLiteral("Visitors"), values } });
    chart->resize(600, 300);
    return chart;
}

QString TestChartExport::svgRoot(const QString& path, int* elements)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QXmlStreamReader xml(&file);
    QString root;
    *elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty()) {
                root = xml.name().toString();
            }
            ++*elements;
        }
    }
    return xml.hasError() ? QStringLiteral("error: ") + xml.errorString() : root;
}

void TestChartExport::trendChartToPngAndSvg()
{
    testsupport::TestDataDir dir;
    QWidget window;
    auto* chart = makeChart(&window);
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString png = dir.file(QStringLiteral("trend.png"));
    QCOMPARE(widgets::ChartExport::toPng(chart, png), QString());
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), chart->size() * 2);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 10, "the exported picture is blank");

    const QString svg = dir.file(QStringLiteral("trend.svg"));
    QCOMPARE(widgets::ChartExport::toFile(chart, svg), QString()); // by the suffix
    int elements = 0;
    QCOMPARE(svgRoot(svg, &elements), QStringLiteral("svg"));
    QVERIFY2(elements > 20, "the SVG has no drawing in it");
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<title>Visitors by day</title>"));
    QVERIFY(content.contains("width=\"600\"") || content.contains("width=\"158.75mm\"") || content.contains("viewBox=\"0 0 600 300\""));
}

void TestChartExport::customPaintedWidgetToSvg()
{
    testsupport::TestDataDir dir;
    widgets::HeatmapView heatmap;
    core::Heatmap values{};
    values[5][11] = 1234;
    values[6][15] = 17;
    heatmap.setHeatmap(values);
    heatmap.resize(500, 220);
    const QString svg = dir.file(QStringLiteral("heatmap.svg"));
    QCOMPARE(widgets::ChartExport::toSvg(&heatmap, svg, QStringLiteral("Heatmap")), QString());
    int elements = 0;
    QCOMPARE(svgRoot(svg, &elements), QStringLiteral("svg"));
    QVERIFY(elements > 7 * 5); // a cell each, at least
    const QString png = dir.file(QStringLiteral("heatmap.png"));
    QCOMPARE(widgets::ChartExport::toPng(&heatmap, png, 1.0), QString());
    QCOMPARE(QImage(png).size(), QSize(500, 220));
}

void TestChartExport::unwritablePathIsReported()
{
    testsupport::TestDataDir dir;
    QWidget window;
    auto* chart = makeChart(&window);
    const QString missing = dir.file(QStringLiteral("no/such/folder/trend.png"));
    const QString error = widgets::ChartExport::toPng(chart, missing);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // An existing file is replaced only by a complete one: a failed export leaves it as it was.
    const QString existing = dir.file(QStringLiteral("keep.svg"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<svg/>");
    }
    widgets::TrendChart empty;
    empty.resize(0, 0);
    QVERIFY(!widgets::ChartExport::toSvg(&empty, existing).isEmpty());
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("<svg/>"));
}

void TestChartExport::actionsAreOffered()
{
    QWidget window;
    auto* chart = makeChart(&window);
    const QList<QAction*> actions = chart->exportActions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), widgets::ChartExport::tr("Export as PNG…"));
    QCOMPARE(actions.at(1)->text(), widgets::ChartExport::tr("Export as SVG…"));
    // On the chart's context menu too, with the zoom reset.
    QVERIFY(chart->view()->actions().contains(actions.at(0)));
    QCOMPARE(chart->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
}

QTEST_MAIN(TestChartExport)
#include "testchartexport.moc"
