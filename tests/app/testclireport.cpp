#include "core/cache.h"
#include "core/dashboardqueries.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/salesqueries.h"
#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"
#include "tests/testsupport/testdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

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

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

// The text of a PDF, as poppler's pdftotext extracts it (layout kept).
QString pdfText(const QString& path)
{
    return QString::fromUtf8(
        run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }));
}

// Every cell of every sheet of a workbook, read by Debian's python3-openpyxl, as JSON.
QJsonArray readXlsx(const QString& path)
{
    const QString script = QStringLiteral(R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append([v.date().isoformat() if isinstance(v, datetime.datetime) else v for v in row])
    out.append({"name": ws.title, "rows": rows})
print(json.dumps(out))
)PY");
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                             : QStringLiteral("python3");
    return QJsonDocument::fromJson(run(python, { QStringLiteral("-c"), script, path })).array();
}

QStringList reportArgs(const QString& type, const QString& scope, const QString& from, const QString& to,
                       const QString& format, const QString& out, const QString& dataDir)
{
    return { QStringLiteral("report"),
             QStringLiteral("--type"),
             type,
             QStringLiteral("--scope"),
             scope,
             QStringLiteral("--from"),
             from,
             QStringLiteral("--to"),
             to,
             QStringLiteral("--format"),
             format,
             QStringLiteral("--out"),
             out,
             QStringLiteral("--data-dir"),
             dataDir };
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
    core::Money m_officeTotal;

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

    void aCounterSellsForTheOfficeReport()
    {
        // A ticket office on this machine: a day of sales and a closed cash session.
        const std::int64_t day = core::RomeTime::utcOf(QDate(2025, 2, 14), 9);
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(m_dir.path()));
        const auto keys = cruscotto::sync::generateEd25519KeyPair();
        ledger.provision({ QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("BAS-MUS-01"),
                           QStringLiteral("Cassa 1"), day, keys.privateKey, keys.publicKey });
        cruscotto::sync::Ed25519Signer signer(keys.privateKey);
        cruscotto::sync::Ed25519Keyring keyring;
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        const auto site = core::SiteCatalogue(db).siteByCode(QStringLiteral("BAS-MUS-01"));
        QVERIFY(site);
        const auto products = core::SiteCatalogue(db).products(site->id);
        QVERIFY(!products.isEmpty());
        core::TicketOffice office(ledger, *site, products, signer, keyring);
        office.setClerk(QStringLiteral("c3"));
        office.openSession(core::Money::fromCents(10000), day);
        core::Cart cart;
        cart.add(products.first(), 3);
        cart.setIdChecked(0, true);
        office.sell(cart, { { core::PaymentMethod::Card, cart.total(), {} } }, day + 600);
        office.closeSession(core::Money::fromCents(10000), day + 3600);
        m_officeTotal = cart.total();
    }

    void everyTypeInEveryFormat_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("scope");
        for (const char* type : { "monthly", "regional", "mix", "conservation", "office", "alerts" }) {
            QTest::addRow("%s", type) << QString::fromLatin1(type)
                                      << (qstrcmp(type, "office") == 0 ? QStringLiteral("site:BAS-MUS-01")
                                                                       : QStringLiteral("region:Basilicata"));
        }
    }

    void everyTypeInEveryFormat()
    {
        QFETCH(QString, type);
        QFETCH(QString, scope);
        QStringList csvFirstRow;
        for (const QString& format :
             { QStringLiteral("csv"), QStringLiteral("csv-it"), QStringLiteral("xlsx"), QStringLiteral("pdf") }) {
            const QString path = m_dir.file(type + QLatin1Char('.') + format);
            const Run r = cli(reportArgs(type, scope, QStringLiteral("2025-01-01"), QStringLiteral("2025-02-28"),
                                         format, path, m_dir.path()));
            QVERIFY2(r.exitCode == 0, qPrintable(format + QLatin1Char(' ') + r.err));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            if (format == QLatin1String("csv")) {
                const auto rows = readCsv(path);
                QVERIFY(rows.size() >= 2);
                csvFirstRow = rows.at(0);
            } else if (format == QLatin1String("csv-it")) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
                QCOMPARE(QString::fromUtf8(bytes.mid(3, bytes.indexOf('\r') - 3)).split(QLatin1Char(';')), csvFirstRow);
            } else if (format == QLatin1String("xlsx")) {
                const QJsonArray sheets = readXlsx(path);
                QVERIFY(!sheets.isEmpty());
                QJsonArray header = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray().at(0).toArray();
                QStringList names;
                for (const auto& h : header) {
                    names << h.toString();
                }
                QCOMPARE(names, csvFirstRow);
            } else {
                const QString text = pdfText(path);
                QVERIFY2(text.contains(QStringLiteral("From 01/01/2025 to 28/02/2025")), qPrintable(text.left(800)));
                QVERIFY(text.contains(QStringLiteral("Data: Sales up to")));
                QVERIFY(text.contains(QStringLiteral("Page 2")));
            }
        }
    }

    void reportsMatchTheDashboards()
    {
        core::Database db = core::Database::open(core::Cache::pathIn(m_dir.path()), core::Database::Mode::ReadOnly);
        const core::Period jan{ QDate(2025, 1, 1), QDate(2025, 1, 31) };
        QList<std::int64_t> ids;
        for (const auto& s : core::SiteCatalogue(db).sites()) {
            ids << s.id;
        }
        const core::DashboardQueries queries(db);
        // Regional: the ranking, in CSV and in the workbook.
        const QString csv = m_dir.file(QStringLiteral("regional-jan.csv"));
        QCOMPARE(cli(reportArgs(QStringLiteral("regional"), QStringLiteral("all"), QStringLiteral("2025-01-01"),
                                QStringLiteral("2025-01-31"), QStringLiteral("csv"), csv, m_dir.path()))
                     .exitCode,
                 0);
        const auto ranks = queries.ranking(ids, jan);
        const auto rows = readCsv(csv);
        QCOMPARE(rows.size(), ranks.size() + 2);
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            QCOMPARE(rows.at(i + 1).at(1), ranks.at(i).code);
            QCOMPARE(rows.at(i + 1).at(3).toLongLong(), ranks.at(i).visitors);
        }
        const QString xlsx = m_dir.file(QStringLiteral("mix-jan.xlsx"));
        QCOMPARE(cli(reportArgs(QStringLiteral("mix"), QStringLiteral("all"), QStringLiteral("2025-01-01"),
                                QStringLiteral("2025-01-31"), QStringLiteral("xlsx"), xlsx, m_dir.path()))
                     .exitCode,
                 0);
        const QJsonArray sheets = readXlsx(xlsx);
        QCOMPARE(sheets.size(), 2);
        const auto channels = queries.channelMix(ids, jan);
        const QJsonArray sheet = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(sheet.size(), channels.size() + 2);
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const QJsonArray row = sheet.at(i + 1).toArray();
            QCOMPARE(row.at(0).toString(), channels.at(i).code);
            QCOMPARE(qint64(row.at(2).toDouble()), channels.at(i).tickets);
            QCOMPARE(qRound64(row.at(5).toDouble() * 100), channels.at(i).revenue.cents());
        }
        // The PDF: the same figures as text, the table's header repeated on each page.
        const QString pdf = m_dir.file(QStringLiteral("alerts.pdf"));
        QCOMPARE(cli(reportArgs(QStringLiteral("alerts"), QStringLiteral("all"), QStringLiteral("2025-01-01"),
                                QStringLiteral("2025-02-28"), QStringLiteral("pdf"), pdf, m_dir.path()))
                     .exitCode,
                 0);
        const QString text = pdfText(pdf);
        const auto alerts = queries.alerts(ids, { QDate(2025, 1, 1), QDate(2025, 2, 28) }, 100000);
        QVERIFY(alerts.size() > 0);
        QVERIFY(text.contains(QStringLiteral("Alerts - All sites")));
        QVERIFY2(text.contains(QStringLiteral("Total")), qPrintable(text.left(2000)));
        // The summary's total, and each alert's id in the list.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Total\\s+%1\\n").arg(alerts.size()))),
                 qPrintable(text.left(1500)));
        for (const auto& a : alerts) {
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n\\s*%1\\s+2025-0").arg(a.id))));
        }
        const QString mixPdf = m_dir.file(QStringLiteral("mix-jan.pdf"));
        QCOMPARE(cli(reportArgs(QStringLiteral("mix"), QStringLiteral("all"), QStringLiteral("2025-01-01"),
                                QStringLiteral("2025-01-31"), QStringLiteral("pdf"), mixPdf, m_dir.path()))
                     .exitCode,
                 0);
        const QString mixText = pdfText(mixPdf);
        QVERIFY(mixText.contains(QStringLiteral("Tickets by channel")));
        QLocale english(QLocale::English, QLocale::UnitedStates);
        for (const auto& c : channels) {
            QVERIFY2(mixText.contains(english.toString(qlonglong(c.tickets))), qPrintable(c.code));
        }
    }

    void officeReportReadsTheLedger()
    {
        const QString csv = m_dir.file(QStringLiteral("office-day.csv"));
        const Run r
            = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("office"),
                    QStringLiteral("--date"), QStringLiteral("2025-02-14"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto rows = readCsv(csv);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("Day"));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("2025-02-14"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("1")); // one sale
        QCOMPARE(rows.at(1).at(2), QStringLiteral("3")); // three tickets
        QCOMPARE(rows.at(1).at(8), m_officeTotal.toPlainString());
        QCOMPARE(rows.at(1).at(10), m_officeTotal.toPlainString()); // all by card
        // The Z report: float 100.00 counted back exactly.
        const QStringList z = rows.last();
        QCOMPARE(z.at(0), QStringLiteral("1"));
        QCOMPARE(z.at(1), QStringLiteral("c3"));
        QCOMPARE(z.mid(10),
                 QStringList({ QStringLiteral("100.00"), QStringLiteral("100.00"), QStringLiteral("0.00") }));
    }

    void aBundleHoldsTheReportsAndTheirHashes()
    {
        const QString zip = m_dir.file(QStringLiteral("basilicata-feb.zip"));
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("--type"), QStringLiteral("monthly,regional,mix"),
                            QStringLiteral("--scope"), QStringLiteral("region:Basilicata"), QStringLiteral("--from"),
                            QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
                            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--bundle"),
                            QStringLiteral("--out"), zip, QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        testsupport::TestDataDir unpacked;
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-q"), zip, QStringLiteral("-d"), unpacked.path() });
        QVERIFY(unzip.waitForFinished(60000) && unzip.exitCode() == 0);
        QCOMPARE(QDir(unpacked.path()).entryList(QDir::Files, QDir::Name),
                 QStringList({ QStringLiteral("manifest.json"), QStringLiteral("mix.xlsx"),
                               QStringLiteral("monthly.xlsx"), QStringLiteral("regional.xlsx") }));
        QFile manifestFile(unpacked.file(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("app_version")).toString(), QStringLiteral(CRUSCOTTO_VERSION));
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        for (const auto& value : files) {
            const QJsonObject f = value.toObject();
            QFile file(unpacked.file(f.value(QStringLiteral("name")).toString()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(qint64(f.value(QStringLiteral("size")).toDouble()), qint64(bytes.size()));
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(f.value(QStringLiteral("scope")).toString(), QStringLiteral("region:Basilicata"));
            QCOMPARE(f.value(QStringLiteral("from")).toString(), QStringLiteral("2025-02-01"));
            QCOMPARE(f.value(QStringLiteral("to")).toString(), QStringLiteral("2025-02-28"));
            QVERIFY(f.value(QStringLiteral("generated_at")).toString().endsWith(QLatin1Char('Z')));
            QCOMPARE(f.value(QStringLiteral("name")).toString(),
                     f.value(QStringLiteral("type")).toString() + QStringLiteral(".xlsx"));
        }
        // --format zip is the same bundle of workbooks.
        const QString zip2 = m_dir.file(QStringLiteral("zip.zip"));
        QCOMPARE(cli(reportArgs(QStringLiteral("mix,alerts"), QStringLiteral("all"), QStringLiteral("2025-02-01"),
                                QStringLiteral("2025-02-28"), QStringLiteral("zip"), zip2, m_dir.path()))
                     .exitCode,
                 0);
        QVERIFY(run(QStringLiteral("unzip"), { QStringLiteral("-l"), zip2 }).contains("alerts.xlsx"));
    }

    void badArgumentsSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("x.csv");
        QTest::addRow("unknown type") << reportArgs(QStringLiteral("weekly"), QStringLiteral("all"),
                                                    QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"),
                                                    QStringLiteral("csv"), out, QString())
                                      << 2 << QStringLiteral("Unknown report type 'weekly'");
        QTest::addRow("unknown scope") << reportArgs(QStringLiteral("mix"), QStringLiteral("zone:A"),
                                                     QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"),
                                                     QStringLiteral("csv"), out, QString())
                                       << 2 << QStringLiteral("--scope takes all");
        QTest::addRow("unknown region") << reportArgs(QStringLiteral("regional"), QStringLiteral("region:Atlantide"),
                                                      QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"),
                                                      QStringLiteral("pdf"), out, QString())
                                        << 1 << QStringLiteral("Unknown region 'Atlantide'");
        QTest::addRow("reversed period") << reportArgs(QStringLiteral("mix"), QStringLiteral("all"),
                                                       QStringLiteral("2025-02-01"), QStringLiteral("2025-01-01"),
                                                       QStringLiteral("xlsx"), out, QString())
                                         << 1 << QStringLiteral("The period is not valid");
        QTest::addRow("empty period") << reportArgs(QStringLiteral("conservation"), QStringLiteral("all"),
                                                    QStringLiteral("2010-01-01"), QStringLiteral("2010-01-31"),
                                                    QStringLiteral("pdf"), out, QString())
                                      << 1 << QStringLiteral("No climate or occupancy readings");
        QTest::addRow("unwritable") << reportArgs(QStringLiteral("mix"), QStringLiteral("all"),
                                                  QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"),
                                                  QStringLiteral("pdf"), QStringLiteral("nowhere/x.pdf"), QString())
                                    << 1 << QStringLiteral("does not exist");
        QTest::addRow("several without bundle")
            << reportArgs(QStringLiteral("mix,regional"), QStringLiteral("all"), QStringLiteral("2025-01-01"),
                          QStringLiteral("2025-01-31"), QStringLiteral("csv"), out, QString())
            << 2 << QStringLiteral("add --bundle");
        QTest::addRow("bad format") << reportArgs(QStringLiteral("mix"), QStringLiteral("all"),
                                                  QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"),
                                                  QStringLiteral("docx"), out, QString())
                                    << 2 << QStringLiteral("--format takes");
    }

    void badArgumentsSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        testsupport::TestDataDir outDir;
        const qsizetype outAt = arguments.indexOf(QStringLiteral("--out")) + 1;
        arguments[outAt] = outDir.file(arguments.at(outAt));
        arguments.last() = m_dir.path();
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void helpListsEveryOption()
    {
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char* option : { "--type", "--scope", "--from", "--to", "--date", "--format", "--bundle", "--out",
                                    "--training", "--data-dir" }) {
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        }
        for (const char* type : { "monthly", "regional", "mix", "conservation", "office", "alerts" }) {
            QVERIFY2(r.out.contains(QLatin1String(type)), type);
        }
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
