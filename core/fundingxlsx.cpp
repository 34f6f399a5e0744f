#include "core/fundingxlsx.h"

#include <QCoreApplication>
#include <QMap>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <stdexcept>

namespace core {

namespace {

// A workbook part is small XML; a sheet of a funding table has a few hundred cells.
constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;

[[noreturn]] void fail(const QString& path, const QString& why)
{
    throw std::runtime_error(QCoreApplication::translate("core::FundingXlsx", "%1 is not a readable workbook: %2")
                                 .arg(path, why)
                                 .toStdString());
}

// The part's bytes, or an empty array when the workbook has no such part.
QByteArray readPart(QuaZip& zip, const QString& name, const QString& path)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
        return {};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(path, QCoreApplication::translate("core::FundingXlsx", "its part %1 cannot be read").arg(name));
    }
    if (file.usize() > kMaxPartBytes) {
        fail(path, QCoreApplication::translate("core::FundingXlsx", "its part %1 is too large").arg(name));
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK) {
        fail(path, QCoreApplication::translate("core::FundingXlsx", "its part %1 is damaged").arg(name));
    }
    return bytes;
}

// Text of an <si> or <is> element: plain <t>, or the runs of rich text (<r><t>),
// leaving out phonetic hints (<rPh>).
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                text += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            } else if (xml.name() == end) {
                break;
            }
        }
    }
    return text;
}

QStringList sharedStrings(const QByteArray& bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            strings.append(readStringItem(xml));
        }
    }
    return strings;
}

// "xl/worksheets/sheet1.xml": the first <sheet> of the workbook, through its relationship.
QString firstSheetPart(QuaZip& zip, const QString& path)
{
    QString relationId;
    {
        QXmlStreamReader xml(readPart(zip, QStringLiteral("xl/workbook.xml"), path));
        while (!xml.atEnd() && relationId.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("id")) { // r:id
                        relationId = a.value().toString();
                    }
                }
            }
        }
    }
    if (relationId.isEmpty()) {
        return QStringLiteral("xl/worksheets/sheet1.xml");
    }
    QXmlStreamReader xml(readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), path));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
            && xml.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/'))) {
                return target.mid(1);
            }
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

// "BC12" -> column 54 (0-based 54 = "BC"); -1 when malformed.
int columnOf(const QString& reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

} // namespace

QList<FundingImport::Row> FundingXlsx::readFirstSheet(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        fail(path, QCoreApplication::translate("core::FundingXlsx", "it is not a zip archive"));
    }
    const QStringList strings = sharedStrings(readPart(zip, QStringLiteral("xl/sharedStrings.xml"), path));
    const QString sheetName = firstSheetPart(zip, path);
    const QByteArray sheet = readPart(zip, sheetName, path);
    if (sheet.isEmpty()) {
        fail(path, QCoreApplication::translate("core::FundingXlsx", "it has no worksheet"));
    }

    QList<FundingImport::Row> rows;
    QXmlStreamReader xml(sheet);
    FundingImport::Row row;
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row = FundingImport::Row();
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row.number = ok ? number : nextRow;
            nextRow = row.number + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool empty = true;
            for (const FundingImport::Cell& c : row.cells) {
                empty = empty && c.text.trimmed().isEmpty();
            }
            if (!empty) {
                rows.append(row);
            }
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            const QString reference = xml.attributes().value(QLatin1String("r")).toString();
            int column = columnOf(reference);
            if (column < 0) {
                column = int(row.cells.size());
            }
            FundingImport::Cell cell;
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = readStringItem(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size()) {
                    fail(path,
                         QCoreApplication::translate("core::FundingXlsx", "cell %1 refers to a missing string")
                             .arg(reference));
                }
                cell.text = strings.at(index);
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                cell.text = value;
                cell.numeric = !value.isEmpty();
            } else {
                cell.text = value; // inlineStr, str (a formula's text), b, e
            }
            if (column > 16383) {
                fail(path, QCoreApplication::translate("core::FundingXlsx", "a cell lies beyond the last column"));
            }
            while (row.cells.size() <= column) {
                row.cells.append(FundingImport::Cell());
            }
            row.cells[column] = cell;
        }
    }
    if (xml.hasError()) {
        fail(path, xml.errorString());
    }
    return rows;
}

} // namespace core
