#include "core/cacheschema.h"
#include "core/database.h"
#include "core/ministrystats.h"
#include "tests/testsupport/testdatadir.h"

#include <QDir>
#include <QFile>
#include <QTest>

using core::Database;
using core::MinistryStats;

namespace {

QString tavolaDir()
{
    return testsupport::sourcePath(QStringLiteral("tests/core/data/mic-tavola5"));
}

QByteArray readTavola(const QString& name)
{
    QFile f(tavolaDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

// The published national year total, read straight off the file's "Totale complessivo"
// row (14th field), independently of the parser under test: digits only, so
// "242.410.631,29" gives 24241063129 cents and "54.845.757" 54845757 visitors.
std::int64_t publishedNationalTotal(const QByteArray& bytes)
{
    for (const QByteArray& line : bytes.split('\n')) {
        if (line.startsWith("Totale complessivo;")) {
            QByteArray digits;
            const QByteArray field = line.split(';').at(13);
            for (const char c : field) {
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            return digits.toLongLong();
        }
    }
    return -1;
}

QString lineReasons(const MinistryStats::ParseResult& r)
{
    QStringList out;
    for (const auto& e : r.errors) {
        out << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestMinistryStats : public QObject
{
    Q_OBJECT

private slots:
    void importsEveryPublishedFileToTheCent()
    {
        const QStringList files
            = QDir(tavolaDir()).entryList({ QStringLiteral("musei_tavola5_*.csv") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 22);
        testsupport::TestDataDir dir;
        Database db = Database::open(dir.file(QStringLiteral("c.sqlite")), Database::Mode::ReadWriteCreate);
        core::CacheSchema::migrate(db);
        QList<MinistryStats::Table> tables;
        for (const QString& name : files) {
            const auto result = MinistryStats::parse(readTavola(name));
            QVERIFY2(result.ok(), qPrintable(name + QLatin1Char('\n') + lineReasons(result)));
            // Year and kind come from the title rows, not the file name.
            QCOMPARE(QString::number(result.table.year), name.mid(14, 4));
            QCOMPARE(result.table.kind,
                     name.contains(QLatin1String("visitatori")) ? MinistryStats::Kind::Visitors
                                                                : MinistryStats::Kind::Takings);
            QCOMPARE(result.table.regions.size(), 17);
            QVERIFY(result.table.national.has_value());
            tables.append(result.table);
        }
        MinistryStats stats(db);
        stats.store(tables);
        QCOMPARE(stats.regions().size(), 17);

        for (const QString& name : files) {
            const int year = name.mid(14, 4).toInt();
            const auto total = stats.yearTotal(QString(), year);
            const std::int64_t expected = publishedNationalTotal(readTavola(name));
            QVERIFY(expected > 0);
            if (name.contains(QLatin1String("visitatori"))) {
                QCOMPARE(total.visitors.value_or(-1), expected);
                // Visitors are whole numbers: the regions' months add up exactly.
                core::Statement s = db.prepare("SELECT SUM(visitors) FROM ministry_stats_monthly WHERE year = ?1 AND "
                                               "region <> ''");
                s.bind(1, year);
                QVERIFY(s.step());
                QCOMPARE(s.int64(0), expected);
            } else {
                QCOMPARE(total.takingsCents.value_or(-1), expected);
            }
        }
        // Figures read off the published files.
        QCOMPARE(stats.yearTotal(QString(), 2019).visitors.value_or(-1), 54845757);
        QCOMPARE(stats.yearTotal(QString(), 2019).takingsCents.value_or(-1), 24241063129LL);
        QCOMPARE(stats.yearTotal(QString(), 2014).takingsCents.value_or(-1), 13551070174LL);
        QCOMPARE(stats.yearTotal(QString(), 2024).visitors.value_or(-1), 60850091);
        QCOMPARE(stats.yearTotal(QStringLiteral("LAZIO"), 2019).visitors.value_or(-1), 25612202);
        QCOMPARE(stats.month(QStringLiteral("ABRUZZO"), 2019, 1).visitors.value_or(-1), 4107);
        QCOMPARE(stats.month(QStringLiteral("BASILICATA"), 2014, 1).takingsCents.value_or(-1), 287925);
        // Blank cells in the 2021 table are months without visitors.
        QCOMPARE(stats.month(QStringLiteral("ABRUZZO"), 2021, 1).visitors.value_or(-1), 0);
        QCOMPARE(stats.findRegion(QStringLiteral("Emilia-Romagna")).value_or(QString()),
                 QStringLiteral("EMILIA ROMAGNA"));
        QCOMPARE(stats.findRegion(QStringLiteral("Friuli Venezia Giulia")).value_or(QString()),
                 QStringLiteral("FRIULI-VENEZIA GIULIA"));
        QVERIFY(!stats.findRegion(QStringLiteral("Sicilia")));

        // Importing a file again replaces its figures instead of adding to them.
        stats.store({ tables.first() });
        QCOMPARE(stats.yearTotal(QString(), 2014).takingsCents.value_or(-1), 13551070174LL);
    }

    void readsWindows1252()
    {
        // Published as Windows-1252 (an 'è' in the notes): not valid UTF-8.
        const QByteArray bytes = readTavola(QStringLiteral("musei_tavola5_2015_visitatori.csv"));
        QVERIFY(bytes.contains("\xe8"));
        const auto result = MinistryStats::parse(bytes);
        QVERIFY2(result.ok(), qPrintable(lineReasons(result)));
        QCOMPARE(result.table.year, 2015);
        QCOMPARE(result.table.national->total, 43792162);
    }

    void damagedFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::addRow("letter in a number") << QByteArray("ABRUZZO;4.107;") << QByteArray("ABRUZZO;4.1O7;") << 9
                                            << QStringLiteral("'4.1O7' is not a number of visitors");
        QTest::addRow("missing month") << QByteArray("BASILICATA;9.946;9.573;") << QByteArray("BASILICATA;9.946;") << 10
                                       << QStringLiteral("the total is missing");
        QTest::addRow("months do not add up") << QByteArray("CALABRIA;10.573;") << QByteArray("CALABRIA;10.574;") << 11
                                              << QStringLiteral("the months add up to 429249");
        QTest::addRow("no year") << QByteArray("Rilevazione 2019") << QByteArray("Rilevazione") << 8
                                 << QStringLiteral("the year is unknown");
    }

    void damagedFilesNameTheLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QByteArray bytes = readTavola(QStringLiteral("musei_tavola5_2019_visitatori.csv"));
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        const auto result = MinistryStats::parse(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first().line, line);
        QVERIFY2(result.errors.first().reason.contains(reason), qPrintable(lineReasons(result)));
    }

    void nationalRowMustMatchTheRegions()
    {
        QByteArray bytes = readTavola(QStringLiteral("musei_tavola5_2019_visitatori.csv"));
        bytes.replace("Totale complessivo;2.768.065;3.305.859;", "Totale complessivo;2.768.066;3.305.858;");
        const auto result = MinistryStats::parse(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first().line, 26);
        QVERIFY2(result.errors.first().reason.contains(QLatin1String("Gennaio: the regions add up to 2768065")),
                 qPrintable(lineReasons(result)));
    }

    void notATavola()
    {
        const auto result = MinistryStats::parse("date,site_code,visitors\n2024-01-01,X,3\n");
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first().line, 0);
    }
};

QTEST_GUILESS_MAIN(TestMinistryStats)
#include "testministrystats.moc"
