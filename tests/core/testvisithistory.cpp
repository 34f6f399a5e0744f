#include "core/cache.h"
#include "core/cacheschema.h"
#include "core/database.h"
#include "core/sitecatalogue.h"
#include "core/visithistory.h"
#include "core/visitorforecast.h"
#include "tests/testsupport/testdatadir.h"

#include <QBuffer>
#include <QTest>

using core::VisitHistory;
using core::VisitSeries;

namespace {

VisitHistory::ImportResult importText(core::Database& db, const QByteArray& text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return VisitHistory(db).importCsv(buffer);
}

std::int64_t siteId(core::Database& db, const char* code)
{
    core::Statement stmt = db.prepare("SELECT id FROM sites WHERE code = ?");
    stmt.bind(1, QString::fromLatin1(code));
    return stmt.step() ? stmt.int64(0) : -1;
}

std::int64_t salesOn(core::Database& db, std::int64_t site, const QDate& day)
{
    core::Statement stmt = db.prepare("SELECT visitors FROM sales_site_daily WHERE site_id = ? AND day = ?");
    stmt.bind(1, site).bind(2, day.toJulianDay());
    return stmt.step() ? stmt.int64(0) : -1;
}

} // namespace

class TestVisitHistory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<testsupport::TestDataDir>();
        // Two museums, January and February 2025 on the platform.
        m_dir->writeDemo(2, 0, QDate(2025, 2, 28), 7);
        m_db = core::Cache::openWriter(m_dir->path());
    }

    void cleanup()
    {
        m_db.close();
        m_dir.reset();
    }

    void schemaFiveAddsTheTableToAVersionFourCache()
    {
        testsupport::TestDataDir dir;
        core::Database db
            = core::Database::open(dir.file(QStringLiteral("old.sqlite")), core::Database::Mode::ReadWriteCreate);
        core::CacheSchema::migrate(db, 4);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'visit_history'"), 0);
        core::CacheSchema::migrate(db, 5);
        QCOMPARE(db.userVersion(), 5);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'visit_history'"), 1);
    }

    void importsAKnownFileAndTheSeriesPrefersSales()
    {
        // A header, a byte-order mark, CRLF, quotes, a blank line, in any order.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "date,site_code,visitors\r\n"
                               "2024-12-30,BAS-MUS-01,120\r\n"
                               "2024-12-29,\"BAS-MUS-01\",95\r\n"
                               "\r\n"
                               "2024-12-31, BAS-MUS-02 , 0\r\n"
                               "2025-01-02,BAS-MUS-01,99999\r\n";
        const VisitHistory::ImportResult result = importText(m_db, csv);
        QVERIFY(result.ok());
        QCOMPARE(result.days, 4);
        QCOMPARE(result.sites, 2);
        QCOMPARE(result.replaced, 0);
        QCOMPARE(result.overlappingSales, 1); // 2 January 2025 has platform sales
        QCOMPARE(result.from, QDate(2024, 12, 29));
        QCOMPARE(result.to, QDate(2025, 1, 2));
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM visit_history"), 4);

        const std::int64_t mus1 = siteId(m_db, "BAS-MUS-01");
        const VisitSeries series = VisitHistory(m_db).series(mus1);
        QCOMPARE(series.first, QDate(2024, 12, 29));
        QCOMPARE(series.last(), QDate(2025, 2, 28));
        QCOMPARE(series.on(QDate(2024, 12, 29)), 95);
        QCOMPARE(series.on(QDate(2024, 12, 30)), 120);
        QCOMPARE(series.on(QDate(2024, 12, 31)), VisitSeries::Unknown); // not in the file for this site
        QCOMPARE(series.on(QDate(2024, 12, 28)), VisitSeries::Unknown);
        // The platform's figure wins over the imported one.
        const std::int64_t sold = salesOn(m_db, mus1, QDate(2025, 1, 2));
        QVERIFY(sold > 0 && sold != 99999);
        QCOMPARE(series.on(QDate(2025, 1, 2)), sold);
        // A platform day without sales (a closing Monday) had no visitors; before the
        // site's first sale (New Year's Day, closed) the platform says nothing.
        QCOMPARE(salesOn(m_db, mus1, QDate(2025, 1, 20)), -1);
        QCOMPARE(series.on(QDate(2025, 1, 20)), 0);
        QCOMPARE(salesOn(m_db, mus1, QDate(2025, 1, 1)), -1);
        QCOMPARE(series.on(QDate(2025, 1, 1)), VisitSeries::Unknown);

        const VisitSeries other = VisitHistory(m_db).series(siteId(m_db, "BAS-MUS-02"));
        QCOMPARE(other.first, QDate(2024, 12, 31));
        QCOMPARE(other.on(QDate(2024, 12, 31)), 0);
    }

    void importingAgainReplacesTheDay()
    {
        QVERIFY(importText(m_db, "2024-06-01,BAS-MUS-01,10\n2024-06-02,BAS-MUS-01,20\n").ok());
        const VisitHistory::ImportResult again = importText(m_db, "2024-06-02;BAS-MUS-01;25\n2024-06-03;BAS-MUS-01;30");
        QVERIFY(again.ok());
        QCOMPARE(again.days, 2);
        QCOMPARE(again.replaced, 1);
        const VisitSeries series = VisitHistory(m_db).series(siteId(m_db, "BAS-MUS-01"));
        QCOMPARE(series.on(QDate(2024, 6, 1)), 10);
        QCOMPARE(series.on(QDate(2024, 6, 2)), 25);
        QCOMPARE(series.on(QDate(2024, 6, 3)), 30);
    }

    void aBadLineImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown site") << QByteArray("2024-05-03,BAS-XXX-99,12")
                                      << QStringLiteral("unknown site code 'BAS-XXX-99'");
        QTest::newRow("no such day") << QByteArray("2024-02-30,BAS-MUS-01,12")
                                     << QStringLiteral("bad date '2024-02-30'");
        QTest::newRow("Italian date") << QByteArray("03/05/2024,BAS-MUS-01,12")
                                      << QStringLiteral("bad date '03/05/2024'");
        QTest::newRow("negative") << QByteArray("2024-05-03,BAS-MUS-01,-4")
                                  << QStringLiteral("negative number of visitors (-4)");
        QTest::newRow("decimal") << QByteArray("2024-05-03,BAS-MUS-01,12.5") << QStringLiteral("not '12.5'");
        QTest::newRow("word") << QByteArray("2024-05-03,BAS-MUS-01,many") << QStringLiteral("not 'many'");
        QTest::newRow("empty") << QByteArray("2024-05-03,BAS-MUS-01,") << QStringLiteral("not ''");
        QTest::newRow("too few fields") << QByteArray("2024-05-03,BAS-MUS-01") << QStringLiteral("found 2");
        QTest::newRow("too many fields") << QByteArray("2024-05-03,BAS-MUS-01,12,4") << QStringLiteral("found 4");
        QTest::newRow("duplicate") << QByteArray("2024-05-01,BAS-MUS-01,7")
                                   << QStringLiteral("BAS-MUS-01 on 2024-05-01 was already given on line 2");
    }

    void aBadLineImportsNothing()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const QByteArray csv = "date,site_code,visitors\n"
                               "2024-05-01,BAS-MUS-01,40\n"
                               "2024-05-02,BAS-MUS-02,41\n"
                               "\n"
            + line + "\n2024-05-04,BAS-MUS-01,43\n";
        const VisitHistory::ImportResult result = importText(m_db, csv);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 5);
        QVERIFY2(result.errors.first().reason.contains(reason), qPrintable(result.errors.first().reason));
        QCOMPARE(result.days, 0);
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM visit_history"), 0);
    }

    void everyBadLineIsReported()
    {
        const VisitHistory::ImportResult result
            = importText(m_db, "2024-05-01,BAS-MUS-01,1\n2024-05-02,NOPE,2\n2024-05-03,BAS-MUS-01,x\n");
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).line, 2);
        QCOMPARE(result.errors.at(1).line, 3);
        QVERIFY(importText(m_db, "").errors.first().reason.contains(QStringLiteral("no visitor lines")));
        QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM visit_history"), 0);
    }

    void aSiteWithOnlyImportedHistoryCanBeForecast()
    {
        // A new site with no platform sales at all, and two years of history before it.
        m_db.exec("INSERT INTO sites (code, name, type, region_id, capacity, open_hour, close_hour, closing_weekday) "
                  "SELECT 'BAS-MUS-99', 'Museo nuovo', 'museum', region_id, 100, 9, 19, 1 FROM sites LIMIT 1");
        QByteArray csv;
        for (QDate d(2023, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1)) {
            if (d.dayOfWeek() != 1) {
                csv += d.toString(Qt::ISODate).toLatin1() + ",BAS-MUS-99," + (d.dayOfWeek() >= 6 ? "80" : "40") + "\n";
            }
        }
        const VisitHistory::ImportResult result = importText(m_db, csv);
        QVERIFY(result.ok());
        QCOMPARE(result.overlappingSales, 0);
        const auto site = core::SiteCatalogue(m_db).siteByCode(QStringLiteral("BAS-MUS-99"));
        QVERIFY(site);
        core::VisitorForecast model(site->calendar);
        model.fit(VisitHistory(m_db).series(site->id));
        QCOMPARE(model.origin(), QDate(2025, 1, 1));
        const QList<core::DayForecast> days = model.forecast(14);
        for (const core::DayForecast& f : days) {
            if (f.day.dayOfWeek() == 1) {
                QCOMPARE(f.visitors, 0.0);
            } else {
                const double expected = f.day.dayOfWeek() >= 6 ? 80 : 40;
                QVERIFY2(std::abs(f.visitors - expected) < 0.02 * expected,
                         qPrintable(QStringLiteral("%1: %2").arg(f.day.toString(Qt::ISODate)).arg(f.visitors)));
            }
        }
    }

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    core::Database m_db;
};

QTEST_GUILESS_MAIN(TestVisitHistory)
#include "testvisithistory.moc"
