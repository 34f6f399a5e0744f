#include "core/cache.h"
#include "core/sitecatalogue.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/reportspage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;
    QList<core::Site> m_sites;

private slots:
    void initTestCase()
    {
        m_dir.writeDemo(4, 1, QDate(2025, 6, 30), 7);
        core::Database db = core::Cache::openReader(m_dir.path());
        m_sites = core::SiteCatalogue(db).sites();
    }

    void offersTheCataloguesChoices()
    {
        widgets::ReportsPage page;
        page.setCache(m_dir.path(), m_sites, QDate(2025, 6, 29));
        // The last whole month with data.
        QCOMPARE(page.selectedPeriod(), core::Period({ QDate(2025, 5, 1), QDate(2025, 5, 31) }));
        QCOMPARE(page.selectedScope(), QStringLiteral("all"));
        page.selectScope(QStringLiteral("site:") + m_sites.last().code);
        QCOMPARE(page.selectedScope(), QStringLiteral("site:") + m_sites.last().code);
        page.selectType(QStringLiteral("alerts"));
        QCOMPARE(page.selectedType(), QStringLiteral("alerts"));
    }

    void previewShowsTheFirstTable()
    {
        widgets::ReportsPage page;
        page.setCache(m_dir.path(), m_sites, QDate(2025, 6, 29));
        page.selectType(QStringLiteral("regional"));
        QSignalSpy ready(&page, &widgets::ReportsPage::previewReady);
        page.preview();
        QVERIFY(page.isBusy()); // the query runs on a worker thread
        QVERIFY(ready.wait(30000));
        QCOMPARE(page.previewModel()->rowCount(), m_sites.size() + 1); // the sites and the total
        QCOMPARE(page.previewModel()->horizontalHeaderItem(0)->text(), QStringLiteral("Rank by visitors"));
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Regional comparison - All sites")),
                 qPrintable(page.statusText()));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("reportTitlePage"))->pixmap().isNull());
        const QString shots = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.resize(1100, 700);
            page.grab().save(QDir(shots).filePath(QStringLiteral("reportspage.png")));
        }
        // A scope with no figures says why.
        page.selectPeriod(QDate(2010, 1, 1), QDate(2010, 1, 31));
        page.preview();
        QVERIFY(ready.wait(30000));
        QVERIFY2(page.statusText().startsWith(QStringLiteral("No figures for this scope")),
                 qPrintable(page.statusText()));
        QCOMPARE(page.previewModel()->rowCount(), 0);
    }

    void exportWritesWhatTheCommandLineWrites_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("formatName");
        QTest::addRow("mix csv") << QStringLiteral("mix") << int(widgets::ReportExport::Format::Csv)
                                 << QStringLiteral("csv");
        QTest::addRow("monthly csv-it") << QStringLiteral("monthly")
                                        << int(widgets::ReportExport::Format::CsvItalianExcel)
                                        << QStringLiteral("csv-it");
        QTest::addRow("alerts csv") << QStringLiteral("alerts") << int(widgets::ReportExport::Format::Csv)
                                    << QStringLiteral("csv");
    }

    void exportWritesWhatTheCommandLineWrites()
    {
        QFETCH(QString, type);
        QFETCH(int, format);
        QFETCH(QString, formatName);
        widgets::ReportsPage page;
        page.setCache(m_dir.path(), m_sites, QDate(2025, 6, 29));
        page.selectType(type);
        page.selectScope(QStringLiteral("region:") + m_sites.first().regionName);
        page.selectPeriod(QDate(2025, 3, 1), QDate(2025, 5, 31));
        page.selectFormat(static_cast<widgets::ReportExport::Format>(format));
        testsupport::TestDataDir out;
        QSignalSpy finished(&page, &widgets::ReportsPage::exportFinished);
        page.exportTo(out.file(QStringLiteral("page.csv")));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        const auto cli
            = testsupport::runApp(QStringLiteral("cruscotto-cli"),
                                  { QStringLiteral("report"), QStringLiteral("--type"), type, QStringLiteral("--scope"),
                                    QStringLiteral("region:") + m_sites.first().regionName, QStringLiteral("--from"),
                                    QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-05-31"),
                                    QStringLiteral("--format"), formatName, QStringLiteral("--out"),
                                    out.file(QStringLiteral("cli.csv")), QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QByteArray fromPage = bytesOf(out.file(QStringLiteral("page.csv")));
        QVERIFY(fromPage.size() > 100);
        QCOMPARE(fromPage, bytesOf(out.file(QStringLiteral("cli.csv"))));
    }

    void cancelLeavesNoFile()
    {
        widgets::ReportsPage page;
        page.setCache(m_dir.path(), m_sites, QDate(2025, 6, 29));
        page.selectType(QStringLiteral("alerts"));
        page.selectPeriod(QDate(2024, 1, 1), QDate(2025, 6, 30));
        page.selectFormat(widgets::ReportExport::Format::Pdf);
        testsupport::TestDataDir out;
        QSignalSpy finished(&page, &widgets::ReportsPage::exportFinished);
        page.exportTo(out.file(QStringLiteral("alerts.pdf")));
        QVERIFY(page.isBusy());
        page.cancelExport();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Export cancelled: no file was written."));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(!page.isBusy());

        // An unwritable place: the message, and nothing written.
        page.selectFormat(widgets::ReportExport::Format::Xlsx);
        page.exportTo(out.file(QStringLiteral("missing/alerts.xlsx")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("does not exist")),
                 qPrintable(finished.last().at(1).toString()));
    }
};

QTEST_MAIN(TestReportsPage)
#include "testreportspage.moc"
