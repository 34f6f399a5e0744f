#include "tests/testsupport/testdatadir.h"
#include "widgets/reportpdfwriter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
QString tool(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

core::Report sampleReport(int rows)
{
    core::Report r;
    r.type = QStringLiteral("sample");
    r.title = QStringLiteral("Sample statistics");
    r.scopeText = QStringLiteral("Basilicata (12 sites)");
    r.period = { QDate(2025, 1, 1), QDate(2025, 3, 31) };
    r.freshness = QStringLiteral("Sales up to 31/03/2025 (demo data).");
    r.generatedUtc = 1751277600; // 2025-06-30 12:00 in Rome
    core::ReportTable t;
    t.name = QStringLiteral("Daily figures");
    t.header = { QStringLiteral("Day"), QStringLiteral("Site"), QStringLiteral("Visitors"),
                 QStringLiteral("Gross revenue"), QStringLiteral("Share (%)") };
    for (int i = 0; i < rows; ++i) {
        t.rows.append({ QDate(2025, 1, 1).addDays(i % 90), QStringLiteral("Site %1").arg(i), std::int64_t(1000 + i),
                        core::Money::fromCents(123456 + i), 12.5 });
    }
    r.tables.append(t);
    core::ReportChart chart;
    chart.kind = core::ReportChart::Kind::Line;
    chart.title = QStringLiteral("Visitors by month");
    chart.valueLabel = QStringLiteral("Visitors");
    chart.categories = { QStringLiteral("01/2025"), QStringLiteral("02/2025"), QStringLiteral("03/2025") };
    chart.series = { { QStringLiteral("Visitors"), { 1200, 3400, 2500 } } };
    r.charts.append(chart);
    core::ReportChart bars = chart;
    bars.kind = core::ReportChart::Kind::Bar;
    bars.title = QStringLiteral("Tickets by channel");
    bars.series.append({ QStringLiteral("Last year"), { 1000, 3000, 2000 } });
    r.charts.append(bars);
    return r;
}
} // namespace

class TestReportPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void titlePageTablesAndChartsAreText()
    {
        testsupport::TestDataDir dir;
        const QString path = dir.file(QStringLiteral("sample.pdf"));
        qint64 lastDone = 0;
        core::ReportProgress progress;
        progress.onRows = [&lastDone](qint64 done, qint64) { lastDone = done; };
        widgets::ReportPdfWriter::write(path, sampleReport(300), &progress);
        if (qEnvironmentVariableIsSet("CRUSCOTTO_KEEP_PDF")) {
            QFile::copy(path, qEnvironmentVariable("CRUSCOTTO_KEEP_PDF"));
        }
        QCOMPARE(lastDone, qint64(300));

        const QString info = tool(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.contains(QStringLiteral("Title:           Sample statistics")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("842 x 595 pts (A4)"))); // landscape
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 4, qPrintable(info)); // title, charts, a table of 300 rows over several pages

        const QString first = tool(QStringLiteral("pdftotext"),
                                   { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(first.contains(QStringLiteral("Sample statistics")));
        QVERIFY(first.contains(QStringLiteral("Scope: Basilicata (12 sites)")));
        QVERIFY(first.contains(QStringLiteral("Period: From 01/01/2025 to 31/03/2025")));
        QVERIFY(first.contains(QStringLiteral("Data: Sales up to 31/03/2025 (demo data).")));
        QVERIFY(first.contains(QStringLiteral("Generated on 30/06/2025 12:00 (Rome time)")));

        const QString all = tool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(all.contains(QStringLiteral("Visitors by month")));
        QVERIFY(all.contains(QStringLiteral("Tickets by channel")));
        QVERIFY(all.contains(QStringLiteral("Last year"))); // the legend
        // Every row, in the locale's formats.
        for (int i : { 0, 150, 299 }) {
            const QRegularExpression row(
                QStringLiteral("Site %1\\s+%2\\s+%3\\s+12\\.5")
                    .arg(i)
                    .arg(QLocale().toString(1000 + i))
                    .arg(QRegularExpression::escape(core::Money::fromCents(123456 + i).toString(QLocale()))));
            QVERIFY2(all.contains(row),
                     qPrintable(row.pattern() + QLatin1Char('\n')
                                + all.mid(all.indexOf(QStringLiteral("Daily figures")), 1500)));
        }
        // The table breaks across pages with its header repeated on each.
        const int tablePages = int(all.count(QStringLiteral("Daily figures")));
        QVERIFY(tablePages >= 2);
        QCOMPARE(int(all.count(QStringLiteral("Daily figures (continued)"))), tablePages - 1);
        QCOMPARE(int(all.count(QRegularExpression(QStringLiteral("Day\\s+Site\\s+Visitors")))), tablePages);
        QVERIFY(all.contains(QStringLiteral("Page %1").arg(pages)));
        // Charts are vector paths: the PDF holds no images at all.
        const QString images = tool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the list's two header lines
    }

    void cancellingLeavesNoFile()
    {
        testsupport::TestDataDir dir;
        std::atomic_bool cancel{ true };
        core::ReportProgress progress;
        progress.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(
            core::ReportCancelled,
            widgets::ReportPdfWriter::write(dir.file(QStringLiteral("x.pdf")), sampleReport(1000), &progress));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cellsInTheLocalesFormats()
    {
        const QLocale italian(QLocale::Italian, QLocale::Italy);
        QCOMPARE(widgets::ReportPdfWriter::cellText(std::int64_t(1234567), italian), QStringLiteral("1.234.567"));
        QCOMPARE(widgets::ReportPdfWriter::cellText(12.25, italian), QStringLiteral("12,3"));
        QCOMPARE(widgets::ReportPdfWriter::cellText(QDate(2025, 2, 3), italian), QStringLiteral("03/02/2025"));
        QCOMPARE(widgets::ReportPdfWriter::cellText(core::ReportCell(), italian), QString());
        QCOMPARE(widgets::ReportPdfWriter::cellText(core::Money::fromCents(123456), italian),
                 core::Money::fromCents(123456).toString(italian));
    }
};

QTEST_MAIN(TestReportPdfWriter)
#include "testreportpdfwriter.moc"
