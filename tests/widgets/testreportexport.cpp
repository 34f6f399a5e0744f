#include "tests/testsupport/testdatadir.h"
#include "widgets/reportexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
QByteArray unzip(const QString& zip, const QString& name)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, name });
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

core::Report report(const QString& type, int rows)
{
    core::Report r;
    r.type = type;
    r.title = type;
    r.scopeText = QStringLiteral("All sites");
    r.period = { QDate(2025, 5, 1), QDate(2025, 5, 31) };
    r.generatedUtc = 1751277600;
    core::ReportTable t;
    t.name = QStringLiteral("Rows");
    t.header = { QStringLiteral("N"), QStringLiteral("Amount") };
    for (int i = 0; i < rows; ++i) {
        t.rows.append({ std::int64_t(i), core::Money::fromCents(i * 10) });
    }
    r.tables.append(t);
    return r;
}
} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void formatsByName()
    {
        QCOMPARE(widgets::ReportExport::formatNames(),
                 QStringList({ QStringLiteral("csv"), QStringLiteral("csv-it"), QStringLiteral("xlsx"),
                               QStringLiteral("pdf") }));
        for (const QString& name : widgets::ReportExport::formatNames()) {
            QCOMPARE(widgets::ReportExport::formatName(*widgets::ReportExport::formatFromName(name)), name);
        }
        QVERIFY(!widgets::ReportExport::formatFromName(QStringLiteral("docx")));
        QCOMPARE(widgets::ReportExport::extension(widgets::ReportExport::Format::CsvItalianExcel),
                 QStringLiteral("csv"));
    }

    void bundlesEveryReportWithItsHash()
    {
        testsupport::TestDataDir dir;
        const QString zip = dir.file(QStringLiteral("b.zip"));
        qint64 last = 0;
        qint64 total = 0;
        core::ReportProgress progress;
        progress.onRows = [&](qint64 done, qint64 of) {
            QVERIFY(done >= last); // the bundle's rows, never going back
            last = done;
            total = of;
        };
        widgets::ReportExport::writeBundle(zip, widgets::ReportExport::Format::Csv,
                                           { report(QStringLiteral("one"), 5000), report(QStringLiteral("two"), 3) },
                                           QStringLiteral("all"), &progress);
        QCOMPARE(total, qint64(5003));
        QCOMPARE(last, qint64(5003));
        const QJsonArray files = QJsonDocument::fromJson(unzip(zip, QStringLiteral("manifest.json")))
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("one.csv"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("two.csv"));
        const QByteArray two = unzip(zip, QStringLiteral("two.csv"));
        QCOMPARE(two, QByteArray("N,Amount\r\n0,0.00\r\n1,0.10\r\n2,0.20\r\n"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(two, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{ QStringLiteral("b.zip") });
    }

    void aCancelledBundleLeavesNothing()
    {
        testsupport::TestDataDir dir;
        std::atomic_bool cancel{ false };
        core::ReportProgress progress;
        progress.cancel = &cancel;
        progress.onRows = [&](qint64 done, qint64) {
            if (done >= 4096) {
                cancel = true; // the user pressed Cancel during the first file
            }
        };
        QVERIFY_THROWS_EXCEPTION(core::ReportCancelled,
                                 widgets::ReportExport::writeBundle(
                                     dir.file(QStringLiteral("b.zip")), widgets::ReportExport::Format::Xlsx,
                                     { report(QStringLiteral("one"), 20000) }, QStringLiteral("all"), &progress));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "testreportexport.moc"
