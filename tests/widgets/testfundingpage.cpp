#include "core/cache.h"
#include "core/database.h"
#include "core/fundingimport.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/charts/fundingtimeline.h"
#include "widgets/fundingpage.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using widgets::FundingPage;

namespace {

QString seed()
{
    return testsupport::sourcePath(QStringLiteral("tests/core/data/funding_m1c3.csv"));
}

QString cell(QTableView* view, int row, int column, int role = Qt::DisplayRole)
{
    return view->model()->index(row, column).data(role).toString();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(bytes);
}

} // namespace

class TestFundingPage : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;

    void grab(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            widget->grab().save(dir + QLatin1Char('/') + name);
        }
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // A cache with two sites, for the digitisation table.
        core::Database db = core::Cache::openWriter(m_dir.path());
        db.exec("INSERT INTO regions (id, code, name) VALUES (1, 'BAS', 'Basilicata')");
        db.exec("INSERT INTO sites (id, code, name, type, region_id, capacity, open_hour, close_hour, "
                "closing_weekday) VALUES (1, 'BAS-MUS-01', 'Museo Ridola', 'museum', 1, 250, 9, 19, 1), "
                "(2, 'BAS-ARC-02', 'Parco di Metaponto', 'archaeological_area', 1, 500, 9, 19, 1)");
    }

    void emptyCacheSaysHowToImport()
    {
        FundingPage page;
        QSignalSpy loaded(&page, &FundingPage::loaded);
        page.setDataDir(m_dir.path());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.lineView()->model()->rowCount(), 0);
        QVERIFY(page.summaryLabel()->text().startsWith(QStringLiteral("No funding table imported yet.")));
    }

    // Imported through the page (off the GUI thread), the figures shown are the table's.
    void showsTheImportedTable()
    {
        FundingPage page;
        page.resize(1500, 1100);
        QSignalSpy loaded(&page, &FundingPage::loaded);
        page.setDataDir(m_dir.path());
        QVERIFY(loaded.wait(10000));
        page.setDay(QDate(2023, 4, 30));
        QSignalSpy imported(&page, &FundingPage::importFinished);
        page.startImport(seed());
        QVERIFY(!page.importButton()->isEnabled()); // busy while the worker imports
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        QVERIFY(page.importButton()->isEnabled());
        QCOMPARE(page.messageLabel()->text(), QStringLiteral("Imported M1C3 1.1 (14 lines) from funding_m1c3.csv."));

        QTableView* lines = page.lineView();
        QCOMPARE(lines->model()->rowCount(), 14);
        QCOMPARE(cell(lines, 0, FundingPage::CodeColumn), QStringLiteral("M1C3 1.1"));
        QCOMPARE(cell(lines, 0, FundingPage::FundedColumn), QStringLiteral("€500,000,000.00"));
        QCOMPARE(cell(lines, 0, FundingPage::CommittedColumn), QStringLiteral("€90,804,769.91"));
        QCOMPARE(cell(lines, 0, FundingPage::InProgressColumn), QStringLiteral("€111,723,319.07"));
        QCOMPARE(cell(lines, 0, FundingPage::SpentColumn), QStringLiteral("€6,889,412.16"));
        QCOMPARE(cell(lines, 0, FundingPage::CommittedOfFundedColumn), QStringLiteral("18.2%"));
        QCOMPARE(cell(lines, 0, FundingPage::SpentOfCommittedColumn), QStringLiteral("7.6%"));
        QCOMPARE(cell(lines, 0, FundingPage::MonthsLeftColumn), QStringLiteral("32"));
        QCOMPARE(cell(lines, 0, FundingPage::DeadlineColumn), QStringLiteral("T4-2025"));
        QCOMPARE(cell(lines, 0, FundingPage::DeadlineColumn, Qt::ToolTipRole),
                 QStringLiteral("Wednesday, 31 December 2025"));
        // Every money cell is the table's figure to the cent.
        qint64 committed = 0;
        for (int row = 1; row < 14; ++row) {
            committed
                += lines->model()->index(row, FundingPage::CommittedColumn).data(FundingPage::CentsRole).toLongLong();
        }
        QCOMPARE(committed, Q_INT64_C(9080476991));
        // 1.1.7: at risk, in words (and colour); 1.1.1: target met; ratio bars carry their numbers.
        QCOMPARE(cell(lines, 8, FundingPage::CodeColumn).trimmed(), QStringLiteral("M1C3 1.1.7"));
        QCOMPARE(cell(lines, 8, FundingPage::FlagColumn), QStringLiteral("At risk"));
        QCOMPARE(lines->model()->index(8, FundingPage::FlagColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor(0xfff1d6));
        QCOMPARE(cell(lines, 1, FundingPage::FlagColumn), QStringLiteral("Target met"));
        QCOMPARE(cell(lines, 3, FundingPage::FlagColumn), QString());
        QCOMPARE(lines->model()->index(8, FundingPage::SpentOfFundedColumn).data(FundingPage::RatioRole).toDouble(),
                 26651187.0 / 500000000.0);
        QVERIFY(page.summaryLabel()->text().contains(
            QStringLiteral("On 30/04/2023: lines at risk 1, past the deadline with the target not met 0.")));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("The sub-lines add up to their parent lines.")));

        // The timeline: one milestone per line, in the same states, today marked.
        const auto& milestones = page.timeline()->milestones();
        QCOMPARE(milestones.size(), 14);
        QCOMPARE(milestones[8].state, widgets::FundingTimeline::State::AtRisk);
        QCOMPARE(milestones[1].state, widgets::FundingTimeline::State::Achieved);
        QCOMPARE(milestones[3].state, widgets::FundingTimeline::State::OnTrack);
        QCOMPARE(milestones[3].deadline, QDate(2026, 6, 30));
        QCOMPARE(page.timeline()->today(), QDate(2023, 4, 30));
        QCOMPARE(page.timeline()->axisStart(), QDate(2021, 7, 1)); // the quarter before T4-2021
        QCOMPARE(page.timeline()->axisEnd(), QDate(2026, 9, 30));

        // Wider thresholds (12 months, 10% spent): 1.1.4 joins 1.1.7 among the lines at risk.
        core::FundingMonitor::Thresholds wider;
        wider.riskMonths = 12;
        wider.minSpentOfFunded = 0.10;
        page.setThresholds(wider);
        QCOMPARE(page.evaluation().atRisk, 2);
        QCOMPARE(cell(lines, 4, FundingPage::FlagColumn), QStringLiteral("At risk"));
        page.setThresholds(core::FundingMonitor::Thresholds());
        QCOMPARE(cell(lines, 4, FundingPage::FlagColumn), QString());

        // Later: the day moves, the flags follow.
        page.setDay(QDate(2026, 11, 25));
        QCOMPARE(cell(lines, 3, FundingPage::FlagColumn), QStringLiteral("Past deadline, target not met"));
        QCOMPARE(page.evaluation().pastDeadline, 12);
        QCOMPARE(page.timeline()->milestones()[3].state, widgets::FundingTimeline::State::PastDeadline);
        page.setDay(QDate(2023, 4, 30));
        grab(&page, QStringLiteral("fundingpage.png"));
    }

    void aBadFileIsNamedAndChangesNothing()
    {
        FundingPage page;
        QSignalSpy loaded(&page, &FundingPage::loaded);
        page.setDataDir(m_dir.path());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.lineView()->model()->rowCount(), 14);
        QFile f(seed());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        bytes.replace("T2-2024", "T2-20244");
        const QString bad = m_dir.file(QStringLiteral("bad.csv"));
        writeFile(bad, bytes);
        QSignalSpy imported(&page, &FundingPage::importFinished);
        page.startImport(bad);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), false);
        QCOMPARE(page.messageLabel()->text(),
                 QStringLiteral("bad.csv was not imported, nothing of it was stored:\nRow 17, field “scadenza”: "
                                "\"T2-20244\" is not a quarter such as T4-2025"));
        QCOMPARE(page.lineView()->model()->rowCount(), 14);
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM funding_lines WHERE deadline_text = 'T2-2024'"), 1);
    }

    void showsDigitisationProgress()
    {
        const QString path = m_dir.file(QStringLiteral("cantieri.csv"));
        writeFile(path,
                  "sito;cantieri previsti;cantieri attivi;cantieri conclusi;risorse prodotte;obiettivo risorse;"
                  "data obiettivo\n"
                  "BAS-MUS-01;4;3;1;125.000;300.000;30/06/2026\n"
                  "BAS-ARC-02;2;0;0;0;40.000;30/06/2026\n");
        FundingPage page;
        page.resize(1500, 1100);
        QSignalSpy loaded(&page, &FundingPage::loaded);
        page.setDataDir(m_dir.path());
        QVERIFY(loaded.wait(10000));
        QSignalSpy imported(&page, &FundingPage::importFinished);
        page.startImport(path);
        QVERIFY(imported.wait(10000));
        QCOMPARE(page.messageLabel()->text(),
                 QStringLiteral("Imported the digitisation progress from cantieri.csv; "
                                "sites: 2."));
        QTableView* d = page.digitisationView();
        QCOMPARE(d->model()->rowCount(), 2);
        QCOMPARE(cell(d, 0, FundingPage::SiteColumn), QStringLiteral("Parco di Metaponto (BAS-ARC-02)"));
        QCOMPARE(cell(d, 1, FundingPage::SiteColumn), QStringLiteral("Museo Ridola (BAS-MUS-01)"));
        QCOMPARE(cell(d, 1, FundingPage::ActiveColumn), QStringLiteral("3"));
        QCOMPARE(cell(d, 1, FundingPage::ProducedColumn), QStringLiteral("125,000"));
        QCOMPARE(cell(d, 1, FundingPage::ProducedShareColumn), QStringLiteral("41.7%"));
        QCOMPARE(cell(d, 0, FundingPage::ToStartColumn), QStringLiteral("2"));
        page.setDay(QDate(2023, 4, 30));
        grab(&page, QStringLiteral("fundingpage-digitisation.png"));
    }
};

QTEST_MAIN(TestFundingPage)
#include "testfundingpage.moc"
