#include "core/xlsxwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <stdexcept>

namespace core {

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

// Style indexes into styles.xml's cellXfs.
enum Style
{
    StyleDefault = 0,
    StyleHeader = 1,
    StyleDate = 2,
    StyleEuro = 3,
    StyleInteger = 4,
    StyleDecimal = 5
};

const char* const kStyles = R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\ &quot;€&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)XML";

QString columnName(int column) // 0-based
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

// XML text: escaped, without the control characters XML 1.0 cannot hold.
void appendEscaped(QByteArray& out, const QString& text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out.append("&amp;");
            break;
        case u'<':
            out.append("&lt;");
            break;
        case u'>':
            out.append("&gt;");
            break;
        case u'"':
            out.append("&quot;");
            break;
        default:
            if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r') {
                out.append(QString(c).toUtf8());
            }
        }
    }
}

// Excel's sheet names: at most 31 characters, none of []:*?/\ .
QString sheetName(QString name)
{
    for (const QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' }) {
        name.replace(bad, QLatin1Char('_'));
    }
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("Sheet") : name.left(31);
}

[[noreturn]] void writeFailed(const QString& path, int code)
{
    throw std::runtime_error(
        QCoreApplication::translate("core::XlsxWriter", "Could not write the workbook %1 (zip error %2).")
            .arg(path)
            .arg(code)
            .toStdString());
}

} // namespace

struct XlsxWriter::Private
{
    QString path;
    QuaZip zip;
    QuaZipFile entry;
    bool entryOpen = false;
    QByteArray buffer;
    QStringList sheets;
    QString tableName;
    QStringList header;
    int part = 0; // continuation number of the current table's sheet
    int row = 0; // rows written in the current sheet (header included)
    int widestRow = 0;
    int maxRows = MaxSheetRows;
    bool closed = false;

    void openEntry(const QString& name)
    {
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime::currentDateTime();
        entry.setZip(&zip);
        if (!entry.open(QIODevice::WriteOnly, info)) {
            writeFailed(path, entry.getZipError());
        }
        entryOpen = true;
    }
    void flush()
    {
        if (!buffer.isEmpty() && entry.write(buffer) != buffer.size()) {
            writeFailed(path, entry.getZipError());
        }
        buffer.clear();
    }
    void closeEntry()
    {
        flush();
        entry.close();
        entryOpen = false;
        if (entry.getZipError() != 0) {
            writeFailed(path, entry.getZipError());
        }
    }
    void writeEntry(const QString& name, const QByteArray& content)
    {
        openEntry(name);
        buffer = content;
        closeEntry();
    }

    void startSheet()
    {
        const QString name
            = part == 1 ? sheetName(tableName) : sheetName(tableName).left(24) + QStringLiteral(" (%1)").arg(part);
        sheets.append(name);
        openEntry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size()));
        buffer.append(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                      "\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                      "<sheetViews><sheetView workbookViewId=\"0\"");
        if (part == 1 && sheets.size() == 1) {
            buffer.append(" tabSelected=\"1\"");
        }
        buffer.append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                      "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                      "<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!header.isEmpty()) {
            buffer.append("<cols>");
            for (int c = 0; c < header.size(); ++c) {
                const int width = std::max<int>(12, static_cast<int>(header.at(c).size()) + 4);
                buffer.append(QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                                  .arg(c + 1)
                                  .arg(width)
                                  .toUtf8());
            }
            buffer.append("</cols>");
        }
        buffer.append("<sheetData>");
        row = 0;
        widestRow = static_cast<int>(header.size());
        ReportRow cells;
        for (const QString& h : std::as_const(header)) {
            cells.append(h);
        }
        appendRow(cells, true);
    }

    void endSheet()
    {
        buffer.append("</sheetData>");
        if (widestRow > 0) {
            buffer.append(QStringLiteral("<autoFilter ref=\"A1:%1%2\"/>")
                              .arg(columnName(widestRow - 1))
                              .arg(std::max(row, 1))
                              .toUtf8());
        }
        buffer.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                      "footer=\"0.3\"/></worksheet>");
        closeEntry();
    }

    void appendRow(const ReportRow& cells, bool isHeader)
    {
        ++row;
        widestRow = std::max(widestRow, static_cast<int>(cells.size()));
        const QByteArray r = QByteArray::number(row);
        buffer.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); ++c) {
            const ReportCell& cell = cells.at(c);
            if (std::holds_alternative<std::monostate>(cell)) {
                continue;
            }
            const QByteArray ref = columnName(c).toLatin1() + r;
            buffer.append("<c r=\"").append(ref).append('"');
            if (const auto* s = std::get_if<QString>(&cell)) {
                if (isHeader) {
                    buffer.append(" s=\"1\"");
                }
                buffer.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                appendEscaped(buffer, *s);
                buffer.append("</t></is></c>");
            } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
                buffer.append(" s=\"4\"><v>").append(QByteArray::number(static_cast<qlonglong>(*i))).append("</v></c>");
            } else if (const auto* d = std::get_if<double>(&cell)) {
                buffer.append(" s=\"5\"><v>").append(QByteArray::number(*d, 'g', 17)).append("</v></c>");
            } else if (const auto* m = std::get_if<Money>(&cell)) {
                buffer.append(" s=\"3\"><v>").append(m->toPlainString().toLatin1()).append("</v></c>");
            } else if (const auto* date = std::get_if<QDate>(&cell)) {
                // Excel's day numbers count from 30 December 1899.
                const qint64 serial = QDate(1899, 12, 30).daysTo(*date);
                buffer.append(" s=\"2\"><v>").append(QByteArray::number(serial)).append("</v></c>");
            }
        }
        buffer.append("</row>");
        if (buffer.size() >= kFlushBytes) {
            flush();
        }
    }

    void finish()
    {
        if (entryOpen) {
            endSheet();
        }
        if (sheets.isEmpty()) {
            tableName = QStringLiteral("Sheet1");
            part = 1;
            startSheet();
            endSheet();
        }
        QByteArray types
            = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
              "\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/styles.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
              "<Override PartName=\"/docProps/core.xml\" "
              "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
              "<Override PartName=\"/docProps/app.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
        QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                              "\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                              "<bookViews><workbookView/></bookViews><sheets>";
        QByteArray workbookRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                  "\n<Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        QByteArray definedNames;
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            types.append("<Override PartName=\"/xl/worksheets/sheet" + n
                         + ".xml\" ContentType=\"application/"
                           "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"");
            appendEscaped(workbook, sheets.at(i));
            workbook.append("\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>");
            workbookRels.append("<Relationship Id=\"rId" + n
                                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                  "worksheet\" Target=\"worksheets/sheet"
                                + n + ".xml\"/>");
        }
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        workbookRels.append("<Relationship Id=\"rId" + QByteArray::number(sheets.size() + 1)
                            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                              "Target=\"styles.xml\"/></Relationships>");
        const QByteArray rootRels
            = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
              "\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"xl/workbook.xml\"/>"
              "<Relationship Id=\"rId2\" "
              "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
              "Target=\"docProps/core.xml\"/>"
              "<Relationship Id=\"rId3\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
              "Target=\"docProps/app.xml\"/></Relationships>";
        const QByteArray created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        const QByteArray coreProps
            = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
              "\n<cp:coreProperties "
              "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>Cruscotto</dc:creator>"
              "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
            + created + "</dcterms:created></cp:coreProperties>";
        const QByteArray appProps
            = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
              "\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
              "<Application>Cruscotto</Application></Properties>";
        writeEntry(QStringLiteral("[Content_Types].xml"), types);
        writeEntry(QStringLiteral("_rels/.rels"), rootRels);
        writeEntry(QStringLiteral("docProps/core.xml"), coreProps);
        writeEntry(QStringLiteral("docProps/app.xml"), appProps);
        writeEntry(QStringLiteral("xl/workbook.xml"), workbook);
        writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels);
        writeEntry(QStringLiteral("xl/styles.xml"), QByteArray(kStyles));
        zip.close();
        if (zip.getZipError() != 0) {
            writeFailed(path, zip.getZipError());
        }
    }
};

XlsxWriter::XlsxWriter(const QString& path)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->zip.setZipName(path);
    if (!d->zip.open(QuaZip::mdCreate)) {
        throw std::runtime_error(QCoreApplication::translate("core::XlsxWriter", "Could not create the workbook %1.")
                                     .arg(path)
                                     .toStdString());
    }
}

XlsxWriter::~XlsxWriter()
{
    if (!d->closed) {
        if (d->entryOpen) {
            d->entry.close();
        }
        d->zip.close();
    }
}

void XlsxWriter::setMaxSheetRows(int rows)
{
    d->maxRows = std::clamp(rows, 2, MaxSheetRows);
}

void XlsxWriter::addSheet(const QString& name, const QStringList& header)
{
    if (d->entryOpen) {
        d->endSheet();
    }
    d->tableName = name;
    d->header = header;
    d->part = 1;
    d->startSheet();
}

void XlsxWriter::writeRow(const ReportRow& row)
{
    if (!d->entryOpen) {
        addSheet(QStringLiteral("Sheet1"), {});
    }
    if (d->row >= d->maxRows) {
        d->endSheet();
        ++d->part;
        d->startSheet();
    }
    d->appendRow(row, false);
}

void XlsxWriter::close()
{
    if (d->closed) {
        return;
    }
    d->closed = true;
    d->finish();
}

} // namespace core
