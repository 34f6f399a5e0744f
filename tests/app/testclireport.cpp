#include "core/cache.h"
#include "core/database.h"
#include "core/salesqueries.h"
#include "core/sitecatalogue.h"
#include "tests/testsupport/testdatadir.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}

QString tavola(const QString& name)
{
    return testsupport::sourcePath(QStringLiteral("tests/core/data/mic-tavola5/") + name);
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QStringList> rows;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            rows << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
        }
    }
    return rows;
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;

    std::int64_t ministryRows()
    {
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        return db.scalar("SELECT COUNT(*) FROM ministry_stats_monthly");
    }

private slots:
    void initTestCase()
    {
        const Run demo = cli({ QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("3"),
                               QStringLiteral("--years"), QStringLiteral("0"), QStringLiteral("--until"),
                               QStringLiteral("2025-02-28"), QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void importStatsIsAllOrNothing()
    {
        QFile source(tavola(QStringLiteral("musei_tavola5_2019_visitatori.csv")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes.replace("ABRUZZO;4.107;", "ABRUZZO;4.1O7;");
        const QString damaged = m_dir.file(QStringLiteral("damaged.csv"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const Run bad = cli({ QStringLiteral("import-stats"), tavola(QStringLiteral("musei_tavola5_2019_introiti.csv")),
                              damaged, QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(damaged + QStringLiteral(" line 9: ABRUZZO, Gennaio: '4.1O7' is not a number")),
                 qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral("Nothing was imported.")));
        QCOMPARE(ministryRows(), 0); // not even the good file

        QStringList all = { QStringLiteral("import-stats") };
        for (const QString& name : QDir(tavola(QString())).entryList({ QStringLiteral("*.csv") }, QDir::Files)) {
            all << tavola(name);
        }
        QCOMPARE(all.size(), 23);
        const Run good = cli(all + QStringList{ QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY2(good.out.contains(QStringLiteral("2019 visitors, 17 regions; national total 54845757")),
                 qPrintable(good.out));
        QCOMPARE(ministryRows(), 11 * 18 * 12);
    }

    void monthlyReportOfASiteMatchesTheCache()
    {
        const QString path = m_dir.file(QStringLiteral("site.csv"));
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("monthly"),
                            QStringLiteral("--scope"), QStringLiteral("site:BAS-MUS-01"), QStringLiteral("--from"),
                            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), path,
                            QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto rows = readCsv(path);
        QCOMPARE(rows.size(), 4); // header, January, February, year total
        QCOMPARE(rows.at(0).at(3), QStringLiteral("Paying visitors"));
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        const auto site = core::SiteCatalogue(db).siteByCode(QStringLiteral("BAS-MUS-01"));
        QVERIFY(site);
        const core::SalesQueries sales(db);
        const QList<std::pair<QDate, QDate>> spans = { { QDate(2025, 1, 1), QDate(2025, 1, 31) },
                                                       { QDate(2025, 2, 1), QDate(2025, 2, 28) },
                                                       { QDate(2025, 1, 1), QDate(2025, 2, 28) } };
        for (int i = 0; i < 3; ++i) {
            const auto t = sales.totals({ site->id }, spans.at(i).first, spans.at(i).second);
            QVERIFY(t.visitors > 0);
            const QStringList& row = rows.at(i + 1);
            QCOMPARE(row.at(1), QStringLiteral("2025"));
            QCOMPARE(row.at(2), i < 2 ? spans.at(i).first.toString(Qt::ISODate) : QStringLiteral("Year total"));
            QCOMPARE(row.at(3).toLongLong(), t.payingVisitors);
            QCOMPARE(row.at(4).toLongLong(), t.visitors - t.payingVisitors);
            QCOMPARE(row.at(5).toLongLong(), t.visitors);
            QCOMPARE(row.at(6), t.revenue.toPlainString());
            QCOMPARE(row.at(7), QStringLiteral("Platform"));
        }
    }

    void monthlyReportOfARegionShowsTheMinistryYears()
    {
        const QString path = m_dir.file(QStringLiteral("campania.xlsx"));
        const Run x = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("monthly"),
                            QStringLiteral("--scope"), QStringLiteral("region:Campania"), QStringLiteral("--from"),
                            QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31"),
                            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path,
                            QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(x.exitCode == 0, qPrintable(x.err));
        QFile xlsx(path);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK");

        const QString csvPath = m_dir.file(QStringLiteral("campania.csv"));
        const Run c = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("monthly"),
                            QStringLiteral("--scope"), QStringLiteral("region:Campania"), QStringLiteral("--from"),
                            QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31"),
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvPath,
                            QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const auto rows = readCsv(csvPath);
        QCOMPARE(rows.size(), 14);
        // CAMPANIA's January and year total as published in Tavola 5, 2019.
        QCOMPARE(rows.at(1).mid(5),
                 QStringList({ QStringLiteral("573408"), QStringLiteral("1806888.28"),
                               QStringLiteral("Ministry statistics") }));
        QCOMPARE(rows.at(13).at(2), QStringLiteral("Year total"));
        QCOMPARE(rows.at(13).at(5), QStringLiteral("10089080"));
    }

    void reportErrorsExitNonZeroAndLeaveNoFile_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown site") << QStringLiteral("site:NOPE-01") << QStringLiteral("2025-01-01")
                                      << QStringLiteral("x.csv") << QStringLiteral("Unknown site 'NOPE-01'");
        QTest::addRow("empty period") << QStringLiteral("site:BAS-MUS-01") << QStringLiteral("2010-01-01")
                                      << QStringLiteral("x.csv") << QStringLiteral("No figures");
        QTest::addRow("unwritable path") << QStringLiteral("site:BAS-MUS-01") << QStringLiteral("2025-01-01")
                                         << QStringLiteral("no-such-folder/x.csv") << QStringLiteral("does not exist");
    }

    void reportErrorsExitNonZeroAndLeaveNoFile()
    {
        QFETCH(QString, scope);
        QFETCH(QString, from);
        QFETCH(QString, out);
        QFETCH(QString, message);
        testsupport::TestDataDir outDir;
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("monthly"),
                            QStringLiteral("--scope"), scope, QStringLiteral("--from"), from, QStringLiteral("--to"),
                            QDate::fromString(from, Qt::ISODate).addMonths(2).toString(Qt::ISODate),
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                            outDir.file(out), QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "testclireport.moc"
