#include "core/csvwriter.h"
#include "core/reportfile.h"
#include "core/xlsxwriter.h"
#include "tests/testsupport/testdatadir.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using core::CsvWriter;
using core::Money;
using core::ReportRow;

namespace {

// An RFC 4180 reader, independent of the writer: quoted fields with doubled quotes
// and line breaks.
QList<QStringList> parseCsv(const QString& text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

const QList<ReportRow>& sampleRows()
{
    static const QList<ReportRow> rows = {
        { QStringLiteral("Museo \"Ridola\", Matera"), std::int64_t(1234567), Money::fromCents(123456789),
          QDate(2019, 3, 1), 0.25 },
        { QStringLiteral("Due righe\ne un €"), std::int64_t(-5), Money::fromCents(-5), QDate(1900, 3, 1), 1.5 },
        { QStringLiteral("Vuoto"), std::monostate(), Money(), QDate(2024, 12, 31), std::monostate() },
    };
    return rows;
}

// Reads a workbook with Debian's python3-openpyxl, an independent reader, as JSON.
QJsonObject readWithOpenpyxl(const QString& path)
{
    const QString script = QStringLiteral(R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = {"date": v.date().isoformat()}
            cells.append({"v": v, "t": type(c.value).__name__, "f": c.number_format})
        rows.append(cells)
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows})
print(json.dumps(out))
)PY");
    QProcess python;
    // Debian's interpreter, where python3-openpyxl lives (a PATH python may be another one).
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
    python.start(interpreter, { QStringLiteral("-c"), script, path });
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private slots:
    void csvRoundTrips()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer);
        csv.writeHeader({ QStringLiteral("Name"), QStringLiteral("Visitors"), QStringLiteral("Revenue"),
                          QStringLiteral("Day"), QStringLiteral("Share") });
        for (const ReportRow& row : sampleRows()) {
            csv.writeRow(row);
        }
        csv.flush();
        QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(buffer.data()), QLatin1Char(','));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1),
                 QStringList({ QStringLiteral("Museo \"Ridola\", Matera"), QStringLiteral("1234567"),
                               QStringLiteral("1234567.89"), QStringLiteral("2019-03-01"), QStringLiteral("0.25") }));
        QCOMPARE(rows.at(2),
                 QStringList({ QStringLiteral("Due righe\ne un €"), QStringLiteral("-5"), QStringLiteral("-0.05"),
                               QStringLiteral("1900-03-01"), QStringLiteral("1.5") }));
        QCOMPARE(rows.at(3),
                 QStringList({ QStringLiteral("Vuoto"), QString(), QStringLiteral("0.00"), QStringLiteral("2024-12-31"),
                               QString() }));
        QVERIFY(buffer.data().contains("\"Museo \"\"Ridola\"\", Matera\",1234567,"));
    }

    void csvForItalianExcel()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer, CsvWriter::Dialect::ItalianExcel);
        csv.writeHeader({ QStringLiteral("Nome"), QStringLiteral("Visitatori"), QStringLiteral("Introiti"),
                          QStringLiteral("Giorno"), QStringLiteral("Quota") });
        csv.writeRow(sampleRows().first());
        csv.flush();
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(buffer.data().mid(3)), QLatin1Char(';'));
        QCOMPARE(rows.size(), 2);
        // The comma no longer needs quotes; the decimal comma does not clash with ';'.
        QCOMPARE(rows.at(1),
                 QStringList({ QStringLiteral("Museo \"Ridola\", Matera"), QStringLiteral("1234567"),
                               QStringLiteral("1234567,89"), QStringLiteral("01/03/2019"), QStringLiteral("0,25") }));
    }

    void xlsxReadsBackWithTypes()
    {
        testsupport::TestDataDir dir;
        const QString path = dir.file(QStringLiteral("t.xlsx"));
        {
            core::XlsxWriter xlsx(path);
            xlsx.addSheet(QStringLiteral("Visite [2019]"),
                          { QStringLiteral("Name"), QStringLiteral("Visitors"), QStringLiteral("Revenue"),
                            QStringLiteral("Day"), QStringLiteral("Share") });
            for (const ReportRow& row : sampleRows()) {
                xlsx.writeRow(row);
            }
            xlsx.addSheet(QStringLiteral("Second"), { QStringLiteral("A") });
            xlsx.writeRow({ QStringLiteral("<&>") });
            xlsx.close();
        }
        const QJsonObject book = readWithOpenpyxl(path);
        const QJsonArray sheets = book.value(QLatin1String("sheets")).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject first = sheets.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Visite _2019_"));
        QCOMPARE(first.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(first.value(QLatin1String("filter")).toString(), QStringLiteral("A1:E4"));
        const QJsonArray rows = first.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        const auto cell = [&rows](int r, int c) { return rows.at(r).toArray().at(c).toObject(); };
        QCOMPARE(cell(0, 1).value(QLatin1String("v")).toString(), QStringLiteral("Visitors"));
        QCOMPARE(cell(1, 0).value(QLatin1String("v")).toString(), QStringLiteral("Museo \"Ridola\", Matera"));
        QCOMPARE(cell(1, 1).value(QLatin1String("t")).toString(), QStringLiteral("int"));
        QCOMPARE(cell(1, 1).value(QLatin1String("v")).toInteger(), 1234567);
        QCOMPARE(cell(1, 2).value(QLatin1String("t")).toString(), QStringLiteral("float"));
        QCOMPARE(cell(1, 2).value(QLatin1String("v")).toDouble(), 1234567.89);
        QVERIFY2(cell(1, 2).value(QLatin1String("f")).toString().contains(QStringLiteral("€")),
                 qPrintable(cell(1, 2).value(QLatin1String("f")).toString()));
        QCOMPARE(cell(1, 3).value(QLatin1String("t")).toString(), QStringLiteral("datetime"));
        QCOMPARE(cell(1, 3).value(QLatin1String("v")).toObject().value(QLatin1String("date")).toString(),
                 QStringLiteral("2019-03-01"));
        QCOMPARE(cell(2, 3).value(QLatin1String("v")).toObject().value(QLatin1String("date")).toString(),
                 QStringLiteral("1900-03-01"));
        QCOMPARE(cell(1, 4).value(QLatin1String("v")).toDouble(), 0.25);
        QCOMPARE(cell(2, 0).value(QLatin1String("v")).toString(), QStringLiteral("Due righe\ne un €"));
        QCOMPARE(cell(2, 2).value(QLatin1String("v")).toDouble(), -0.05);
        QCOMPARE(cell(3, 1).value(QLatin1String("t")).toString(), QStringLiteral("NoneType"));
        QCOMPARE(sheets.at(1)
                     .toObject()
                     .value(QLatin1String("rows"))
                     .toArray()
                     .at(1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("v")),
                 QJsonValue(QStringLiteral("<&>")));
    }

    void xlsxContinuesOnANewSheet()
    {
        testsupport::TestDataDir dir;
        const QString path = dir.file(QStringLiteral("long.xlsx"));
        {
            core::XlsxWriter xlsx(path);
            xlsx.setMaxSheetRows(4); // header + 3 rows per sheet
            xlsx.addSheet(QStringLiteral("Days"), { QStringLiteral("N") });
            for (int i = 1; i <= 7; ++i) {
                xlsx.writeRow({ std::int64_t(i) });
            }
            xlsx.close();
        }
        const QJsonArray sheets = readWithOpenpyxl(path).value(QLatin1String("sheets")).toArray();
        QCOMPARE(sheets.size(), 3);
        QStringList names;
        QList<qint64> values;
        for (const auto& s : sheets) {
            names << s.toObject().value(QLatin1String("name")).toString();
            const QJsonArray rows = s.toObject().value(QLatin1String("rows")).toArray();
            QCOMPARE(rows.at(0).toArray().at(0).toObject().value(QLatin1String("v")).toString(), QStringLiteral("N"));
            for (qsizetype r = 1; r < rows.size(); ++r) {
                values << rows.at(r).toArray().at(0).toObject().value(QLatin1String("v")).toInteger();
            }
        }
        QCOMPARE(names,
                 QStringList({ QStringLiteral("Days"), QStringLiteral("Days (2)"), QStringLiteral("Days (3)") }));
        QCOMPARE(values, QList<qint64>({ 1, 2, 3, 4, 5, 6, 7 }));
    }

    void reportFileReplacesOnlyWhenComplete()
    {
        testsupport::TestDataDir dir;
        const QString path = dir.file(QStringLiteral("r.csv"));
        core::ReportFile::write(path, core::ReportFormat::Csv,
                                { { QStringLiteral("t"), { QStringLiteral("A") }, { { std::int64_t(1) } } } });
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("A\r\n1\r\n"));
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            core::ReportFile::write(dir.file(QStringLiteral("missing/r.csv")), core::ReportFormat::Csv, {}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ QStringLiteral("r.csv") }));
    }
};

QTEST_GUILESS_MAIN(TestReportWriters)
#include "testreportwriters.moc"
