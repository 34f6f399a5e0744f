#include "core/cache.h"
#include "core/database.h"
#include "core/fundingxlsx.h"
#include "sync/hubstore.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QFile>
#include <QTest>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}

QString seed()
{
    return testsupport::sourcePath(QStringLiteral("tests/core/data/funding_m1c3.csv"));
}
} // namespace

// cruscotto-cli import-funding and report --type funding, run as a user would.
class TestCliFunding : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;

    std::int64_t scalar(const char* sql)
    {
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        return db.scalar(sql);
    }

private slots:
    void importsTheMinistrysTable()
    {
        // No cache yet: a funding table needs no sites, so the cache is made.
        const Run run = cli({ QStringLiteral("import-funding"), seed(), QStringLiteral("--date"),
                              QStringLiteral("2023-04-30"), QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Imported M1C3 1.1; lines: 14."));
        QCOMPARE(lines.value(2),
                 QStringLiteral("Funded €500,000,000.00, committed €90,804,769.91, commitments in "
                                "progress €111,723,319.07, spent €6,889,412.16."));
        QCOMPARE(lines.value(3),
                 QStringLiteral("Committed/funded 18.2%, spent/committed 7.6%, spent/funded 1.4%; "
                                "with the commitments in progress, 40.5% of the funding."));
        QCOMPARE(lines.value(4), QStringLiteral("The sub-lines add up to their parent lines."));
        QCOMPARE(lines.value(5),
                 QStringLiteral("On 2023-04-30, lines at risk: 1; past the deadline with the "
                                "target not met: 0."));
        QCOMPARE(scalar("SELECT COUNT(*) FROM funding_lines"), 14);
        QCOMPARE(scalar("SELECT funded_cents FROM funding_lines WHERE position = 0"), Q_INT64_C(50000000000));

        // Again: replaced, not added.
        const Run again = cli({ QStringLiteral("import-funding"), seed(), QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(scalar("SELECT COUNT(*) FROM funding_lines"), 14);
        QCOMPARE(scalar("SELECT COUNT(*) FROM funding_tables"), 1);
    }

    void aBadRowIsNamedAndNothingIsImported()
    {
        QFile file(seed());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("M1C3 1.1.12 Piattaforma dei servizi digitali per sviluppatori e imprese;95 servizi digitali "
                      "realizzati;T2-2026;/;45.000.000,00 €",
                      "M1C3 1.1.12 Piattaforma dei servizi digitali per sviluppatori e imprese;95 servizi digitali "
                      "realizzati;T2-2026;/;45 milioni");
        const QString bad = m_dir.file(QStringLiteral("bad.csv"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run run = cli({ QStringLiteral("import-funding"), bad, QStringLiteral("--data-dir"), m_dir.path() });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 bad
                     + QStringLiteral(": Row 20, field “finanziamento”: \"45 milioni\" is not an amount in "
                                      "euro (such as 1.234.567,89 €)\nNothing was imported.\n"));
        QCOMPARE(scalar("SELECT COUNT(*) FROM funding_lines"), 14);
        QCOMPARE(scalar("SELECT funded_cents FROM funding_lines WHERE position = 13"), Q_INT64_C(4500000000));
    }

    void writesTheReport()
    {
        const QString csv = m_dir.file(QStringLiteral("funding.csv"));
        const Run run = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("funding"),
                              QStringLiteral("--from"), QStringLiteral("2023-04-01"), QStringLiteral("--to"),
                              QStringLiteral("2023-04-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), csv, QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("M1C3 1.1.7,Supporto operativo,2023-06-30,2,in linea,5000000.00,"
                                              "666656.80,1892400.00,266511.87,13.3,40,5.3,At risk\r\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(",500000000.00,90804769.91,111723319.07,6889412.16,18.2,7.6,1.4,"
                                              "\"1 at risk, 0 past deadline\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("M1C3 1.1.7,Supporto operativo,Graduatorie di reclutamento pubblicate,"
                                              "T2-2023,Bandi di reclutamento pubblicati su inPA")),
                 qPrintable(text));

        // The workbook: amounts as numbers, read back to the cent.
        const QString xlsx = m_dir.file(QStringLiteral("funding.xlsx"));
        const Run book = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("funding"),
                               QStringLiteral("--from"), QStringLiteral("2023-04-01"), QStringLiteral("--to"),
                               QStringLiteral("2023-04-30"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                               QStringLiteral("--out"), xlsx, QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(book.exitCode == 0, qPrintable(book.err));
        const auto rows = core::FundingXlsx::readFirstSheet(xlsx);
        QVERIFY(rows.size() >= 16);
        QCOMPARE(rows[0].cells[5].text, QStringLiteral("Funded"));
        QCOMPARE(rows[1].cells[0].text, QStringLiteral("M1C3 1.1"));
        QVERIFY(rows[1].cells[5].numeric);
        QCOMPARE(qRound64(rows[1].cells[6].text.toDouble() * 100), Q_INT64_C(9080476991));
    }

    // import-funding --hub: checked here, published on a real hub for the region.
    void publishesOnTheHub()
    {
        testsupport::TestDataDir hubDir;
        synctest::HubProcess::seed(hubDir.path(), 4, QDate(2025, 1, 15));
        synctest::HubProcess hub;
        QVERIFY2(hub.start({ QStringLiteral("--data-dir"), hubDir.path(), QStringLiteral("--insecure-loopback"),
                             QStringLiteral("--demo") }),
                 qPrintable(hub.errorText()));
        const QString password = m_dir.file(QStringLiteral("password"));
        QFile pw(password);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("demo\n");
        pw.close();
        const auto publish = [&](const QString& file, const QString& user, const QString& scope) {
            return cli({ QStringLiteral("import-funding"), file, QStringLiteral("--hub"),
                         QStringLiteral("http://127.0.0.1:%1").arg(hub.port()), QStringLiteral("--user"), user,
                         QStringLiteral("--password-file"), password, QStringLiteral("--scope"), scope });
        };
        const Run run = publish(seed(), QStringLiteral("regional"), QStringLiteral("region:BAS"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Published M1C3 1.1 on the hub for region:BAS; lines: 14.\n"));
        const Run refused = publish(seed(), QStringLiteral("director"), QStringLiteral("region:BAS"));
        QCOMPARE(refused.exitCode, 5);
        QCOMPARE(refused.err,
                 QStringLiteral("Error: The scope is not yours: a director publishes for their sites, a "
                                "regional manager for their regions.\n"));
        const Run bad
            = publish(m_dir.file(QStringLiteral("bad.csv")), QStringLiteral("regional"), QStringLiteral("region:BAS"));
        QCOMPARE(bad.exitCode, 1); // checked before anything is sent
        QCOMPARE(hub.terminate(), 0);
        core::Database db
            = core::Database::open(cruscotto::sync::HubStore::pathIn(hubDir.path()), core::Database::Mode::ReadOnly);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM funding_uploads"), 1);
        QCOMPARE(db.scalar("SELECT SUM(spent_cents) FROM funding_lines WHERE parent = 0"), Q_INT64_C(688941216));
    }
};

QTEST_GUILESS_MAIN(TestCliFunding)
#include "testclifunding.moc"
