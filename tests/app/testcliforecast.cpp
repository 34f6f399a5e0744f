// cruscotto-cli forecast, backtest and import-visits, driven as a user would.
#include "core/cache.h"
#include "core/database.h"
#include "core/forecastbacktest.h"
#include "core/sitecatalogue.h"
#include "core/visithistory.h"
#include "core/visitorforecast.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestCliForecast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Three museums, 2023-01-01 to 2025-06-30.
        m_demo = std::make_unique<testsupport::TestDataDir>();
        m_demo->writeDemo(3, 2, QDate(2025, 6, 30), 7);
    }

    void cleanupTestCase() { m_demo.reset(); }

    void forecastPrintsOneLinePerDay()
    {
        const Run r
            = cli({ QStringLiteral("forecast"), QStringLiteral("--site"), QStringLiteral("BAS-MUS-01"),
                    QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--data-dir"), m_demo->path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The same figures as the library gives, rounded to whole visitors.
        core::Database db = core::Cache::openWriter(m_demo->path());
        const auto site = core::SiteCatalogue(db).siteByCode(QStringLiteral("BAS-MUS-01"));
        QVERIFY(site);
        core::VisitorForecast model(site->calendar);
        model.fit(core::VisitHistory(db).series(site->id));
        QStringList expected;
        int closed = 0;
        for (const core::DayForecast& f : model.forecast(14)) {
            expected << QStringLiteral("%1\t%2\t%3\t%4")
                            .arg(f.day.toString(Qt::ISODate))
                            .arg(std::llround(f.visitors))
                            .arg(std::llround(f.low))
                            .arg(std::llround(f.high));
            closed += f.open ? 0 : 1;
        }
        QCOMPARE(lines(r.out), expected);
        QVERIFY(lines(r.out).first().startsWith(QStringLiteral("2025-07-01\t")));
        QVERIFY(lines(r.out).last().startsWith(QStringLiteral("2025-07-14\t")));
        // Two closing days in two weeks, printed as exactly nothing.
        QCOMPARE(closed, 2);
        QCOMPARE(lines(r.out).filter(QStringLiteral("\t0\t0\t0")).size(), 2);
    }

    void backtestPrintsOneLinePerSiteAndModel()
    {
        const Run r = cli({ QStringLiteral("backtest"), QStringLiteral("--site"), QStringLiteral("all"),
                            QStringLiteral("--data-dir"), m_demo->path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList table = lines(r.out);
        QCOMPARE(table.size(), 6);
        core::Database db = core::Cache::openWriter(m_demo->path());
        const core::SiteCatalogue catalogue(db);
        int row = 0;
        for (const core::Site& site : catalogue.sites()) {
            const core::SiteBacktest b = core::ForecastBacktest().run(site, core::VisitHistory(db).series(site.id));
            const QStringList model = table.at(row++).split(QLatin1Char('\t'));
            const QStringList naive = table.at(row++).split(QLatin1Char('\t'));
            QCOMPARE(model,
                     QStringList({ site.code, QStringLiteral("regression"), QString::number(100 * b.model.mape, 'f', 1),
                                   QString::number(b.model.mase, 'f', 3),
                                   QString::number(100 * b.model.coverage.value_or(-1), 'f', 1) }));
            QCOMPARE(
                naive,
                QStringList({ site.code, QStringLiteral("seasonal-naive"), QString::number(100 * b.naive.mape, 'f', 1),
                              QString::number(b.naive.mase, 'f', 3), QStringLiteral("-") }));
            // Better than the baseline on this museum too.
            QVERIFY2(model.at(2).toDouble() < naive.at(2).toDouble(), qPrintable(r.out));
        }
        const Run one = cli({ QStringLiteral("backtest"), QStringLiteral("--site"), QStringLiteral("BAS-MUS-02"),
                              QStringLiteral("--data-dir"), m_demo->path() });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(lines(one.out).size(), 2);
        QVERIFY(lines(one.out).first().startsWith(QStringLiteral("BAS-MUS-02\tregression\t")));
    }

    void badArgumentsAreClearErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString site = QStringLiteral("--site");
        const QString days = QStringLiteral("--days");
        const QString mus = QStringLiteral("BAS-MUS-01");
        QTest::newRow("forecast without a site") << QStringList{ QStringLiteral("forecast") } << site;
        QTest::newRow("no days") << QStringList{ QStringLiteral("forecast"), site, mus, days, QStringLiteral("0") }
                                 << days;
        QTest::newRow("too many days") << QStringList{ QStringLiteral("forecast"), site, mus, days,
                                                       QStringLiteral("91") }
                                       << QStringLiteral("1 to 90");
        QTest::newRow("days not a number")
            << QStringList{ QStringLiteral("forecast"), site, mus, days, QStringLiteral("a week") } << days;
        QTest::newRow("unknown site") << QStringList{ QStringLiteral("forecast"), site, QStringLiteral("XX-MUS-99") }
                                      << QStringLiteral("Unknown site 'XX-MUS-99'");
        QTest::newRow("backtest without a site") << QStringList{ QStringLiteral("backtest") } << site;
        QTest::newRow("backtest unknown site")
            << QStringList{ QStringLiteral("backtest"), site, QStringLiteral("XX-MUS-99") }
            << QStringLiteral("Unknown site");
        QTest::newRow("backtest horizon") << QStringList{ QStringLiteral("backtest"), site, QStringLiteral("all"),
                                                          QStringLiteral("--horizon"), QStringLiteral("120") }
                                          << QStringLiteral("--horizon");
        QTest::newRow("import without a file")
            << QStringList{ QStringLiteral("import-visits") } << QStringLiteral("CSV");
        QTest::newRow("import a missing file")
            << QStringList{ QStringLiteral("import-visits"), QStringLiteral("/nonexistent/visits.csv") }
            << QStringLiteral("/nonexistent/visits.csv");
    }

    void badArgumentsAreClearErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = cli(arguments << QStringLiteral("--data-dir") << m_demo->path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void withoutACacheSaysSo()
    {
        testsupport::TestDataDir empty;
        writeFile(empty.file(QStringLiteral("v.csv")), "2024-01-01,BAS-MUS-01,5\n");
        for (const QStringList& arguments :
             { QStringList{ QStringLiteral("forecast"), QStringLiteral("--site"), QStringLiteral("BAS-MUS-01") },
               QStringList{ QStringLiteral("backtest"), QStringLiteral("--site"), QStringLiteral("all") },
               QStringList{ QStringLiteral("import-visits"), empty.file(QStringLiteral("v.csv")) } }) {
            const Run r = cli(arguments + QStringList{ QStringLiteral("--data-dir"), empty.path() });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("No cache in")), qPrintable(r.err));
            QVERIFY(!core::Cache::exists(empty.path()));
        }
    }

    void shortHistoryNeedsAnImport()
    {
        // Two months on the platform: not enough to learn a year from.
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 2, 28), 7);
        const QStringList forecast{ QStringLiteral("forecast"),
                                    QStringLiteral("--site"),
                                    QStringLiteral("BAS-MUS-01"),
                                    QStringLiteral("--days"),
                                    QStringLiteral("7"),
                                    QStringLiteral("--data-dir"),
                                    dir.path() };
        const Run refused = cli(forecast);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Not enough history to forecast BAS-MUS-01")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("import-visits")));
        const Run backtest = cli({ QStringLiteral("backtest"), QStringLiteral("--site"), QStringLiteral("all"),
                                   QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(backtest.exitCode, 1);
        QVERIFY(backtest.err.contains(QStringLiteral("BAS-MUS-01")));

        // Two years from before the platform: 50 a weekday, 90 at weekends, closed on Mondays.
        QByteArray csv = "date,site_code,visitors\n";
        int rows = 0;
        for (QDate d(2023, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1)) {
            if (d.dayOfWeek() != 1) {
                csv += d.toString(Qt::ISODate).toLatin1() + ",BAS-MUS-01," + (d.dayOfWeek() >= 6 ? "90" : "50") + "\n";
                ++rows;
            }
        }
        writeFile(dir.file(QStringLiteral("before.csv")), csv);
        const Run imported = cli({ QStringLiteral("import-visits"), dir.file(QStringLiteral("before.csv")),
                                   QStringLiteral("--data-dir"), dir.path() });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(lines(imported.out).first(),
                 QStringLiteral("Imported %1 days of visitors, 2023-01-01 to 2024-12-31; sites: 1.").arg(rows));
        const Run forecasted = cli(forecast);
        QVERIFY2(forecasted.exitCode == 0, qPrintable(forecasted.err));
        const QStringList days = lines(forecasted.out);
        QCOMPARE(days.size(), 7);
        QVERIFY(days.first().startsWith(QStringLiteral("2025-03-01\t"))); // a Saturday
        QVERIFY(days.at(2).startsWith(QStringLiteral("2025-03-03\t0\t0\t0"))); // Monday
    }

    void aBadLineImportsNothing()
    {
        testsupport::TestDataDir dir;
        dir.writeDemo(1, 0, QDate(2025, 1, 31), 7);
        writeFile(dir.file(QStringLiteral("visits.csv")),
                  "2024-01-02,BAS-MUS-01,10\n2024-01-03,BAS-MUS-01,11\n2024-01-04,XYZ-MUS-01,12\n"
                  "2024-01-05,BAS-MUS-01,1.5\n");
        const Run r = cli({ QStringLiteral("import-visits"), dir.file(QStringLiteral("visits.csv")),
                            QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 1);
        const QStringList messages = lines(r.err);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(
            messages.at(0),
            QStringLiteral("%1 line 3: unknown site code 'XYZ-MUS-01'").arg(dir.file(QStringLiteral("visits.csv"))));
        QVERIFY(messages.at(1).contains(QStringLiteral("line 4: visitors must be a whole number")));
        QCOMPARE(messages.at(2), QStringLiteral("Nothing was imported."));
        QVERIFY(r.out.isEmpty());
        core::Database db = core::Cache::openReader(dir.path());
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM visit_history"), 0);
    }

private:
    std::unique_ptr<testsupport::TestDataDir> m_demo;
};

QTEST_GUILESS_MAIN(TestCliForecast)
#include "testcliforecast.moc"
