#include "core/fundingimport.h"

#include "core/fundingxlsx.h"
#include "core/textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>
#include <stdexcept>

namespace core {

namespace {

// ';' or ',', whichever separates more fields outside quotes (Italian amounts hold
// commas, but in a ','-separated file they are quoted).
QChar guessSeparator(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        }
    }
    return semicolons >= commas ? QLatin1Char(';') : QLatin1Char(',');
}

// RFC 4180 records (quotes, doubled quotes, line breaks inside quotes), each with
// the file line it starts on. Blank records are left out.
QList<FundingImport::Row> splitCsv(const QString& text, QChar separator)
{
    QList<FundingImport::Row> rows;
    FundingImport::Row row;
    QString field;
    int line = 1;
    row.number = 1;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endField = [&] {
        FundingImport::Cell cell;
        cell.text = field;
        row.cells.append(cell);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        bool empty = true;
        for (const FundingImport::Cell& c : row.cells) {
            empty = empty && c.text.trimmed().isEmpty();
        }
        if (!empty) {
            rows.append(row);
        }
        row = FundingImport::Row();
        row.number = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                if (c != QLatin1Char('\r')) {
                    field.append(c);
                }
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.cells.isEmpty()) {
        endRow();
    }
    return rows;
}

// Header names compared without case, accents of spacing or trailing notes.
QString normalised(const QString& header)
{
    QString s = header.simplified().toLower();
    s.replace(QStringLiteral(" & "), QStringLiteral("&"));
    s.replace(QStringLiteral(" e "), QStringLiteral("&"));
    return s;
}

enum Field
{
    Code,
    Description,
    Target,
    Deadline,
    Status,
    Funded,
    Committed,
    InProgress,
    Spent,
    Notes,
    FieldCount
};

const QStringList& synonyms(int field)
{
    static const QList<QStringList> names = {
        { QStringLiteral("codice"), QStringLiteral("code"), QStringLiteral("codice linea") },
        { QStringLiteral("descrizione"), QStringLiteral("description"), QStringLiteral("linea di investimento") },
        { QStringLiteral("target"), QStringLiteral("milestone&target"), QStringLiteral("milestone"),
          QStringLiteral("obiettivo") },
        { QStringLiteral("scadenza"), QStringLiteral("deadline") },
        { QStringLiteral("stato"), QStringLiteral("status") },
        { QStringLiteral("finanziamento"), QStringLiteral("finanziato"), QStringLiteral("funded") },
        { QStringLiteral("impegnato"), QStringLiteral("committed") },
        { QStringLiteral("impegni in itinere"), QStringLiteral("in progress"),
          QStringLiteral("commitments in progress") },
        { QStringLiteral("speso"), QStringLiteral("spent") },
        { QStringLiteral("note"), QStringLiteral("notes") },
    };
    return names[field];
}

enum DigitisationField
{
    Site,
    Planned,
    Active,
    Concluded,
    Produced,
    ResourcesTarget,
    TargetDate,
    AsOf,
    DigitisationFieldCount
};

const QStringList& digitisationSynonyms(int field)
{
    static const QList<QStringList> names = {
        { QStringLiteral("sito"), QStringLiteral("codice sito"), QStringLiteral("site"), QStringLiteral("site code") },
        { QStringLiteral("cantieri previsti"), QStringLiteral("planned") },
        { QStringLiteral("cantieri attivi"), QStringLiteral("active") },
        { QStringLiteral("cantieri conclusi"), QStringLiteral("concluded") },
        { QStringLiteral("risorse prodotte"), QStringLiteral("resources produced") },
        { QStringLiteral("obiettivo risorse"), QStringLiteral("resources target") },
        { QStringLiteral("data obiettivo"), QStringLiteral("target date") },
        { QStringLiteral("aggiornato al"), QStringLiteral("as of") },
    };
    return names[field];
}

// The columns of the fields found in `row` (-1 where missing).
template <typename Synonyms> QList<int> mapColumns(const FundingImport::Row& row, int count, Synonyms names)
{
    QList<int> columns(count, -1);
    for (int c = 0; c < row.cells.size(); ++c) {
        const QString name = normalised(row.cells[c].text);
        for (int f = 0; f < count; ++f) {
            if (columns[f] < 0 && names(f).contains(name)) {
                columns[f] = c;
            }
        }
    }
    return columns;
}

QString cellText(const FundingImport::Row& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells[column].text.trimmed() : QString();
}

// A cell written on several lines (two targets, three notes) as one: "a; b".
QString joinedLines(const QString& text)
{
    QStringList parts;
    for (const QString& part : text.split(QLatin1Char('\n'))) {
        const QString p = part.simplified();
        if (!p.isEmpty()) {
            parts.append(p);
        }
    }
    return parts.join(QStringLiteral("; "));
}

bool cellNumeric(const FundingImport::Row& row, int column)
{
    return column >= 0 && column < row.cells.size() && row.cells[column].numeric;
}

bool isNothing(const QString& text)
{
    return text.isEmpty() || text == QLatin1String("/");
}

// "M1C3 1.1.3 Infrastruttura cloud" -> ("M1C3 1.1.3", "Infrastruttura cloud").
bool splitCode(const QString& text, QString* code, QString* description)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z][A-Z0-9]*(?:[ _-]+[0-9]+(?:\\.[0-9]+)*)+)(?:\\s+(.*))?$"));
    const auto m = pattern.match(text.simplified());
    if (!m.hasMatch()) {
        return false;
    }
    *code = m.captured(1);
    *description = m.captured(2);
    return true;
}

std::optional<Money> amountCell(const FundingImport::Row& row, int column)
{
    if (cellNumeric(row, column)) {
        bool ok = false;
        const double value = cellText(row, column).toDouble(&ok);
        if (!ok || !std::isfinite(value) || std::fabs(value) > 1e13) {
            return std::nullopt;
        }
        return Money::fromCents(std::llround(value * 100.0));
    }
    return FundingImport::parseAmount(cellText(row, column));
}

std::optional<std::int64_t> countCell(const FundingImport::Row& row, int column)
{
    const QString text = cellText(row, column);
    if (isNothing(text)) {
        return 0;
    }
    if (cellNumeric(row, column)) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || value != std::floor(value) || value < 0 || value > 1e15) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(value);
    }
    // Italian grouping: "1.500.000"; plain "1500000".
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3})*$|^[0-9]+$"));
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    return QString(text).remove(QLatin1Char('.')).toLongLong();
}

std::optional<QDate> dateCell(const FundingImport::Row& row, int column)
{
    const QString text = cellText(row, column);
    if (isNothing(text)) {
        return QDate();
    }
    if (cellNumeric(row, column)) { // a spreadsheet date: days since 1899-12-30
        bool ok = false;
        const double serial = text.toDouble(&ok);
        if (!ok || serial < 1 || serial > 2958465) {
            return std::nullopt;
        }
        return QDate(1899, 12, 30).addDays(static_cast<qint64>(serial));
    }
    for (const QString& format : { QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
                                   QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy") }) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid()) {
            return date;
        }
    }
    const QDate quarter = FundingImport::quarterEnd(text);
    if (quarter.isValid()) {
        return quarter;
    }
    return std::nullopt;
}

QString headerName(const FundingImport::Row& header, int column)
{
    return cellText(header, column).simplified();
}

FundingImport::Result parseFunding(const QList<FundingImport::Row>& rows, qsizetype headerAt, const QList<int>& columns)
{
    FundingImport::Result result;
    result.kind = FundingImport::Kind::Funding;
    const FundingImport::Row& header = rows[headerAt];
    // The title: the first row above the header with text in a single cell, or else the first row.
    for (qsizetype i = 0; i < headerAt && result.table.title.isEmpty(); ++i) {
        QStringList parts;
        for (const FundingImport::Cell& c : rows[i].cells) {
            if (!c.text.trimmed().isEmpty()) {
                parts.append(c.text.simplified());
            }
        }
        if (parts.size() == 1) {
            result.table.title = parts.first();
        }
    }
    const auto problem = [&](int row, int field, const QString& reason) {
        FundingImport::Problem p;
        p.row = row;
        p.field = field >= 0 ? headerName(header, columns[field]) : QString();
        p.reason = reason;
        result.problems.append(p);
    };
    if (columns[Funded] < 0) {
        FundingImport::Problem p;
        p.row = header.number;
        p.reason = QCoreApplication::translate("core::FundingImport",
                                               "the header has no column for the funding (\"finanziamento\")");
        result.problems.append(p);
        return result;
    }
    for (qsizetype i = headerAt + 1; i < rows.size(); ++i) {
        const FundingImport::Row& row = rows[i];
        FundingLine line;
        QString described = cellText(row, columns[Description]);
        if (columns[Code] >= 0) {
            line.code = cellText(row, columns[Code]).simplified();
            line.description = described.simplified();
            if (line.code.isEmpty()) {
                problem(row.number, Code,
                        QCoreApplication::translate("core::FundingImport",
                                                    "the line has no code (such as \"M1C3 1.1.3\")"));
                continue;
            }
        } else if (!splitCode(described, &line.code, &line.description)) {
            problem(row.number, Description,
                    QCoreApplication::translate("core::FundingImport",
                                                "the description must start with the line's code (such as \"M1C3 1.1.3 "
                                                "Infrastruttura cloud\"); it reads \"%1\"")
                        .arg(described.left(60)));
            continue;
        }
        line.target = joinedLines(cellText(row, columns[Target]));
        if (line.target == QLatin1String("/")) {
            line.target.clear();
        }
        const QString deadline = cellText(row, columns[Deadline]);
        if (!isNothing(deadline)) {
            line.deadline = FundingImport::quarterEnd(deadline);
            if (!line.deadline.isValid()) {
                problem(row.number, Deadline,
                        QCoreApplication::translate("core::FundingImport", "\"%1\" is not a quarter such as T4-2025")
                            .arg(deadline.left(40)));
            }
            line.deadlineText = deadline.simplified();
        }
        line.status = cellText(row, columns[Status]).simplified();
        if (line.status == QLatin1String("/")) {
            line.status.clear();
        }
        line.notes = joinedLines(cellText(row, columns[Notes]));
        if (line.notes == QLatin1String("/")) {
            line.notes.clear();
        }
        const std::pair<int, Money*> amounts[] = { { Funded, &line.funded },
                                                   { Committed, &line.committed },
                                                   { InProgress, &line.inProgress },
                                                   { Spent, &line.spent } };
        for (const auto& [field, target] : amounts) {
            if (columns[field] < 0) {
                continue;
            }
            const auto amount = amountCell(row, columns[field]);
            if (!amount) {
                problem(row.number, field,
                        QCoreApplication::translate("core::FundingImport",
                                                    "\"%1\" is not an amount in euro (such as 1.234.567,89 €)")
                            .arg(cellText(row, columns[field]).left(40)));
            } else if (amount->cents() < 0) {
                problem(row.number, field,
                        QCoreApplication::translate("core::FundingImport", "the amount %1 is negative")
                            .arg(cellText(row, columns[field]).left(40)));
            } else {
                *target = *amount;
            }
        }
        result.table.lines.append(line);
    }
    if (result.problems.isEmpty() && result.table.lines.isEmpty()) {
        FundingImport::Problem p;
        p.row = header.number;
        p.reason = QCoreApplication::translate("core::FundingImport", "there is no line below the header");
        result.problems.append(p);
    }
    result.table.linkParents();
    if (!result.problems.isEmpty()) {
        result.table = FundingTable();
    }
    return result;
}

FundingImport::Result parseDigitisation(const QList<FundingImport::Row>& rows, qsizetype headerAt,
                                        const QList<int>& columns)
{
    FundingImport::Result result;
    result.kind = FundingImport::Kind::Digitisation;
    const FundingImport::Row& header = rows[headerAt];
    const auto problem = [&](int row, int field, const QString& reason) {
        FundingImport::Problem p;
        p.row = row;
        p.field = headerName(header, columns[field]);
        p.reason = reason;
        result.problems.append(p);
    };
    for (int f = Site; f <= TargetDate; ++f) {
        if (columns[f] < 0) {
            FundingImport::Problem p;
            p.row = header.number;
            p.reason = QCoreApplication::translate("core::FundingImport", "the header has no column \"%1\"")
                           .arg(digitisationSynonyms(f).first());
            result.problems.append(p);
        }
    }
    if (!result.problems.isEmpty()) {
        return result;
    }
    QStringList seen;
    for (qsizetype i = headerAt + 1; i < rows.size(); ++i) {
        const FundingImport::Row& row = rows[i];
        DigitisationProgress p;
        p.siteCode = cellText(row, columns[Site]);
        if (p.siteCode.isEmpty()) {
            problem(row.number, Site, QCoreApplication::translate("core::FundingImport", "the site code is missing"));
            continue;
        }
        if (seen.contains(p.siteCode)) {
            problem(row.number, Site,
                    QCoreApplication::translate("core::FundingImport", "the site %1 is listed twice").arg(p.siteCode));
            continue;
        }
        seen.append(p.siteCode);
        bool good = true;
        const std::pair<int, std::int64_t*> counts[] = {
            { Planned, nullptr },
            { Active, nullptr },
            { Concluded, nullptr },
            { Produced, &p.resourcesProduced },
            { ResourcesTarget, &p.resourcesTarget },
        };
        std::int64_t values[3] = {};
        for (const auto& [field, target] : counts) {
            const auto value = countCell(row, columns[field]);
            if (!value || (!target && *value > 1000000)) {
                problem(row.number, field,
                        QCoreApplication::translate("core::FundingImport", "\"%1\" is not a whole number")
                            .arg(cellText(row, columns[field]).left(40)));
                good = false;
            } else if (target) {
                *target = *value;
            } else {
                values[field - Planned] = *value;
            }
        }
        p.planned = static_cast<int>(values[0]);
        p.active = static_cast<int>(values[1]);
        p.concluded = static_cast<int>(values[2]);
        if (good && p.active + p.concluded > p.planned) {
            problem(row.number, Planned,
                    QCoreApplication::translate("core::FundingImport",
                                                "%1 work sites planned, fewer than the %2 active and %3 concluded")
                        .arg(p.planned)
                        .arg(p.active)
                        .arg(p.concluded));
        }
        const auto target = dateCell(row, columns[TargetDate]);
        if (!target) {
            problem(row.number, TargetDate,
                    QCoreApplication::translate("core::FundingImport", "\"%1\" is not a date (dd/mm/yyyy)")
                        .arg(cellText(row, columns[TargetDate]).left(40)));
        } else {
            p.targetDate = *target;
        }
        if (columns[AsOf] >= 0) {
            const auto asOf = dateCell(row, columns[AsOf]);
            if (!asOf) {
                problem(row.number, AsOf,
                        QCoreApplication::translate("core::FundingImport", "\"%1\" is not a date (dd/mm/yyyy)")
                            .arg(cellText(row, columns[AsOf]).left(40)));
            } else {
                p.asOf = *asOf;
            }
        }
        result.digitisation.append(p);
    }
    if (result.problems.isEmpty() && result.digitisation.isEmpty()) {
        FundingImport::Problem p;
        p.row = header.number;
        p.reason = QCoreApplication::translate("core::FundingImport", "there is no site below the header");
        result.problems.append(p);
    }
    if (!result.problems.isEmpty()) {
        result.digitisation.clear();
    }
    return result;
}

} // namespace

QString FundingImport::Problem::toString() const
{
    if (row <= 0) {
        return reason;
    }
    if (field.isEmpty()) {
        return QCoreApplication::translate("core::FundingImport", "Row %1: %2").arg(row).arg(reason);
    }
    return QCoreApplication::translate("core::FundingImport", "Row %1, field “%2”: %3").arg(row).arg(field, reason);
}

QDate FundingImport::quarterEnd(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[TQ]\\s*([1-4])\\s*[-/ ]?\\s*([0-9]{4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text.simplified());
    if (!m.hasMatch()) {
        return {};
    }
    const int quarter = m.captured(1).toInt();
    const int year = m.captured(2).toInt();
    const QDate first(year, quarter * 3, 1);
    return first.addDays(first.daysInMonth() - 1);
}

std::optional<Money> FundingImport::parseAmount(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QStringLiteral("€"));
    s.remove(QChar(0x00A0));
    s = s.trimmed();
    // "-  €" is how the ministry's spreadsheets show zero; "/" is nothing.
    if (s.isEmpty() || s == QLatin1String("-") || s == QLatin1String("/") || s == QChar(0x2013)) {
        return Money();
    }
    s.remove(QLatin1Char(' '));
    return Money::parse(s, QLocale(QLocale::Italian, QLocale::Italy));
}

FundingImport::Result FundingImport::parseRows(const QList<Row>& rows)
{
    const auto fundingNames = [](int f) -> const QStringList& { return synonyms(f); };
    const auto digitisationNames = [](int f) -> const QStringList& { return digitisationSynonyms(f); };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<int> funding = mapColumns(rows[i], FieldCount, fundingNames);
        if ((funding[Description] >= 0 || funding[Code] >= 0) && funding[Funded] >= 0) {
            return parseFunding(rows, i, funding);
        }
        const QList<int> digitisation = mapColumns(rows[i], DigitisationFieldCount, digitisationNames);
        if (digitisation[Site] >= 0 && digitisation[Planned] >= 0) {
            return parseDigitisation(rows, i, digitisation);
        }
    }
    Result result;
    Problem p;
    p.reason
        = QCoreApplication::translate("core::FundingImport",
                                      "No header row found: a funding table needs the columns \"descrizione\" and "
                                      "\"finanziamento\"; a digitisation table \"sito\" and \"cantieri previsti\".");
    result.problems.append(p);
    return result;
}

FundingImport::Result FundingImport::parseCsv(const QByteArray& bytes)
{
    const QString text = decodeSpreadsheetText(bytes);
    return parseRows(splitCsv(text, guessSeparator(text)));
}

FundingImport::Result FundingImport::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        Problem p;
        p.reason
            = QCoreApplication::translate("core::FundingImport", "%1 cannot be read: %2").arg(path, file.errorString());
        result.problems.append(p);
        return result;
    }
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        try {
            return parseRows(FundingXlsx::readFirstSheet(path));
        } catch (const std::runtime_error& e) {
            Result result;
            Problem p;
            p.reason = QString::fromUtf8(e.what());
            result.problems.append(p);
            return result;
        }
    }
    if (file.size() > 32 * 1024 * 1024) {
        Result result;
        Problem p;
        p.reason = QCoreApplication::translate("core::FundingImport", "%1 is too large for a funding table.").arg(path);
        result.problems.append(p);
        return result;
    }
    return parseCsv(file.readAll());
}

} // namespace core
