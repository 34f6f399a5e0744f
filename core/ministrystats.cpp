#include "core/ministrystats.h"

#include "core/database.h"
#include "core/textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cstdlib>
#include <limits>
#include <numeric>

namespace core {

namespace {

struct Record
{
    int line = 0; // where the record starts
    QStringList fields;
};

// ';'-separated records; a quoted field may hold separators, doubled quotes and line breaks.
QList<Record> splitRecords(const QString& text)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const auto endRecord = [&](int nextLine) {
        current.fields.append(field);
        records.append(current);
        current = Record();
        current.line = nextLine;
        field.clear();
        fieldStarted = false;
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
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(';')) {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        endRecord(line + 1);
    }
    return records;
}

const char* const kMonths[12] = { "Gennaio", "Febbraio", "Marzo",     "Aprile",  "Maggio",   "Giugno",
                                  "Luglio",  "Agosto",   "Settembre", "Ottobre", "Novembre", "Dicembre" };

bool sameWords(const QString& a, const char* b)
{
    return a.simplified().compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

// "1.234.567" (visitors) or "1.234.567,89" (euro, one or two decimals); an empty cell is 0.
std::optional<std::int64_t> parseNumber(const QString& cell, MinistryStats::Kind kind)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,3}(\\.\\d{3})*|\\d+)$"));
    static const QRegularExpression euro(QStringLiteral("^(\\d{1,3}(?:\\.\\d{3})*|\\d+)(?:,(\\d{0,2}))?$"));
    const QString t = cell.trimmed();
    if (t.isEmpty()) {
        return 0;
    }
    if (kind == MinistryStats::Kind::Visitors) {
        if (!whole.match(t).hasMatch()) {
            return std::nullopt;
        }
        bool ok = false;
        const qlonglong v = QString(t).remove(QLatin1Char('.')).toLongLong(&ok);
        return ok ? std::optional<std::int64_t>(v) : std::nullopt;
    }
    const auto m = euro.match(t);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong units = m.captured(1).remove(QLatin1Char('.')).toLongLong(&ok);
    if (!ok || units > std::numeric_limits<std::int64_t>::max() / 100 - 1) {
        return std::nullopt;
    }
    const QString decimals = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return units * 100 + decimals.toInt();
}

QString regionKey(const QString& name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

} // namespace

MinistryStats::ParseResult MinistryStats::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.errors.append(
            { 0, QCoreApplication::translate("core::MinistryStats", "cannot be read: %1").arg(file.errorString()) });
        return result;
    }
    return parse(file.readAll());
}

MinistryStats::ParseResult MinistryStats::parse(const QByteArray& bytes)
{
    ParseResult result;
    Table& table = result.table;
    const auto fail = [&result](int line, const QString& reason) { result.errors.append({ line, reason }); };
    const QList<Record> records = splitRecords(decodeSpreadsheetText(bytes));

    static const QRegularExpression yearPattern(QStringLiteral("\\bRilevazione\\s+((?:19|20)\\d\\d)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kindPattern(QStringLiteral("Tavola\\s*5\\b.*?mensile\\s+(Visitatori|Introiti)"),
                                                QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::DotMatchesEverythingOption);
    std::optional<Kind> kind;
    qsizetype header = -1;
    for (qsizetype r = 0; r < records.size() && header < 0; ++r) {
        const Record& record = records.at(r);
        if (!record.fields.isEmpty() && sameWords(record.fields.first(), "Regione")) {
            header = r;
            break;
        }
        for (const QString& cell : record.fields) {
            if (const auto m = yearPattern.match(cell); m.hasMatch() && table.year == 0) {
                table.year = m.captured(1).toInt();
            }
            if (const auto m = kindPattern.match(cell); m.hasMatch() && !kind) {
                kind = m.captured(1).startsWith(QLatin1Char('V'), Qt::CaseInsensitive) ? Kind::Visitors : Kind::Takings;
            }
        }
    }
    if (header < 0) {
        fail(0,
             QCoreApplication::translate("core::MinistryStats",
                                         "no header row 'Regione;Gennaio;...;Dicembre;Totale complessivo'"));
        return result;
    }
    const int headerLine = records.at(header).line;
    if (table.year == 0) {
        fail(headerLine,
             QCoreApplication::translate("core::MinistryStats",
                                         "no 'Rilevazione YYYY' title row before the header: the year "
                                         "is unknown"));
    }
    if (!kind) {
        fail(headerLine,
             QCoreApplication::translate("core::MinistryStats",
                                         "no 'Tavola 5 - Serie regionale mensile Visitatori|Introiti' "
                                         "title row before the header: not a Tavola 5 file"));
    }
    table.kind = kind.value_or(Kind::Visitors);
    const QStringList& names = records.at(header).fields;
    bool headerOk = names.size() >= 14 && sameWords(names.at(13), "Totale complessivo");
    for (int m = 0; headerOk && m < 12; ++m) {
        headerOk = sameWords(names.at(m + 1), kMonths[m]);
    }
    if (!headerOk) {
        fail(headerLine,
             QCoreApplication::translate("core::MinistryStats",
                                         "the header row is not 'Regione', the months Gennaio to "
                                         "Dicembre and 'Totale complessivo'"));
    }
    if (!result.ok()) {
        return result;
    }

    QSet<QString> seen;
    for (qsizetype r = header + 1; r < records.size(); ++r) {
        const Record& record = records.at(r);
        const QString name = record.fields.first().simplified();
        if (name.isEmpty()) {
            continue; // blank separator rows
        }
        const bool isNational = sameWords(name, "Totale complessivo");
        Row row;
        row.region = isNational ? QString() : name;
        row.line = record.line;
        bool rowOk = true;
        if (record.fields.size() < 14) {
            fail(record.line,
                 QCoreApplication::translate("core::MinistryStats",
                                             "%1: %2 columns instead of 14 (region, 12 months, "
                                             "total)")
                     .arg(name)
                     .arg(record.fields.size()));
            rowOk = false;
        } else {
            for (qsizetype c = 14; c < record.fields.size(); ++c) {
                if (!record.fields.at(c).trimmed().isEmpty()) {
                    fail(record.line,
                         QCoreApplication::translate("core::MinistryStats",
                                                     "%1: unexpected value '%2' after the total column")
                             .arg(name, record.fields.at(c).trimmed()));
                    rowOk = false;
                    break;
                }
            }
            for (int c = 1; c <= 13; ++c) {
                const QString& cell = record.fields.at(c);
                const QString column = c <= 12 ? QLatin1String(kMonths[c - 1]) : QStringLiteral("Totale complessivo");
                if (c == 13 && cell.trimmed().isEmpty()) {
                    fail(record.line,
                         QCoreApplication::translate("core::MinistryStats", "%1: the total is missing").arg(name));
                    rowOk = false;
                    continue;
                }
                const auto value = parseNumber(cell, table.kind);
                if (!value) {
                    fail(record.line,
                         table.kind == Kind::Visitors
                             ? QCoreApplication::translate("core::MinistryStats",
                                                           "%1, %2: '%3' is not a number of visitors (1.234.567)")
                                   .arg(name, column, cell.trimmed())
                             : QCoreApplication::translate("core::MinistryStats",
                                                           "%1, %2: '%3' is not an amount in euro (1.234.567,89)")
                                   .arg(name, column, cell.trimmed()));
                    rowOk = false;
                    continue;
                }
                (c <= 12 ? row.months[static_cast<size_t>(c - 1)] : row.total) = *value;
            }
        }
        if (rowOk) {
            const std::int64_t sum = std::accumulate(row.months.begin(), row.months.end(), std::int64_t(0));
            const std::int64_t tolerance = table.kind == Kind::Visitors ? 0 : takingsTolerance(12);
            if (std::abs(sum - row.total) > tolerance) {
                fail(record.line,
                     QCoreApplication::translate("core::MinistryStats",
                                                 "%1: the months add up to %2, the published total is %3")
                         .arg(name)
                         .arg(sum)
                         .arg(row.total));
            }
        }
        if (isNational) {
            table.national = row;
            break; // what follows the national total are notes
        }
        const QString key = regionKey(name);
        if (seen.contains(key)) {
            fail(record.line, QCoreApplication::translate("core::MinistryStats", "%1 appears twice").arg(name));
        }
        seen.insert(key);
        table.regions.append(row);
    }
    if (table.regions.isEmpty() && result.ok()) {
        fail(headerLine, QCoreApplication::translate("core::MinistryStats", "no region rows after the header"));
    }
    if (table.national && result.ok()) {
        const Row& national = *table.national;
        const std::int64_t tolerance = table.kind == Kind::Visitors ? 0 : takingsTolerance(table.regions.size());
        for (int m = 0; m <= 12; ++m) {
            std::int64_t sum = 0;
            for (const Row& row : std::as_const(table.regions)) {
                sum += m < 12 ? row.months[static_cast<size_t>(m)] : row.total;
            }
            const std::int64_t published = m < 12 ? national.months[static_cast<size_t>(m)] : national.total;
            if (std::abs(sum - published) > tolerance) {
                fail(national.line,
                     QCoreApplication::translate("core::MinistryStats",
                                                 "%1: the regions add up to %2, the published national total is %3")
                         .arg(m < 12 ? QLatin1String(kMonths[m]) : QStringLiteral("Totale complessivo"))
                         .arg(sum)
                         .arg(published));
            }
        }
    }
    return result;
}

MinistryStats::MinistryStats(Database& db)
    : m_db(db)
{ }

void MinistryStats::store(const QList<Table>& tables)
{
    Transaction tx(m_db);
    for (const Table& table : tables) {
        const bool visitors = table.kind == Kind::Visitors;
        Statement month = m_db.prepare(
            visitors
                ? "INSERT INTO ministry_stats_monthly (region, year, month, visitors) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT (region, year, month) DO UPDATE SET visitors = excluded.visitors"
                : "INSERT INTO ministry_stats_monthly (region, year, month, takings_cents) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT (region, year, month) DO UPDATE SET takings_cents = excluded.takings_cents");
        Statement year = m_db.prepare(
            visitors ? "INSERT INTO ministry_stats_yearly (region, year, visitors) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (region, year) DO UPDATE SET visitors = excluded.visitors"
                     : "INSERT INTO ministry_stats_yearly (region, year, takings_cents) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (region, year) DO UPDATE SET takings_cents = excluded.takings_cents");
        QList<Row> rows = table.regions;
        if (table.national) {
            rows.append(*table.national);
        }
        for (const Row& row : std::as_const(rows)) {
            const QString region = row.region; // empty: the national total row
            for (int m = 0; m < 12; ++m) {
                month.bind(1, region).bind(2, table.year).bind(3, m + 1).bind(4, row.months[static_cast<size_t>(m)]);
                month.exec();
            }
            year.bind(1, region).bind(2, table.year).bind(3, row.total);
            year.exec();
        }
    }
    tx.commit();
}

QList<QString> MinistryStats::regions() const
{
    QList<QString> names;
    Statement s = m_db.prepare("SELECT DISTINCT region FROM ministry_stats_yearly WHERE region <> '' ORDER BY region");
    while (s.step()) {
        names.append(s.text(0));
    }
    return names;
}

std::optional<QString> MinistryStats::findRegion(const QString& name) const
{
    const QString key = regionKey(name);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    for (const QString& region : regions()) {
        if (regionKey(region) == key) {
            return region;
        }
    }
    return std::nullopt;
}

namespace {
MinistryStats::Figures figuresFrom(Statement& s)
{
    MinistryStats::Figures f;
    if (s.step()) {
        if (!s.isNull(0)) {
            f.visitors = s.int64(0);
        }
        if (!s.isNull(1)) {
            f.takingsCents = s.int64(1);
        }
    }
    return f;
}
} // namespace

MinistryStats::Figures MinistryStats::month(const QString& region, int year, int month) const
{
    Statement s = m_db.prepare(
        "SELECT visitors, takings_cents FROM ministry_stats_monthly WHERE region = ?1 AND year = ?2 AND month = ?3");
    s.bind(1, region).bind(2, year).bind(3, month);
    return figuresFrom(s);
}

MinistryStats::Figures MinistryStats::yearTotal(const QString& region, int year) const
{
    Statement s
        = m_db.prepare("SELECT visitors, takings_cents FROM ministry_stats_yearly WHERE region = ?1 AND year = ?2");
    s.bind(1, region).bind(2, year);
    return figuresFrom(s);
}

} // namespace core
