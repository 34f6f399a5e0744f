#pragma once

#include "core/fundingtable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace core {

// Reads a funded programme's table (or a digitisation progress table) from CSV or
// XLSX as people keep them: the ministry's layout with title rows above a header
// ("descrizione; Milestone & target; scadenza; stato; finanziamento; impegnato;
// impegni in itinere; speso; note"), each line's code at the start of its
// description ("M1C3 1.1.3 Infrastruttura cloud") or in a "codice" column; Italian
// amounts ("1.234.567,89 €", "-  €" for zero), "/" for nothing, deadlines as
// quarters ("T4-2025"); CSV with ';' or ',', in UTF-8 or Windows-1252; XLSX's first
// sheet (shared strings, inline strings, numbers).
//
// A digitisation table has a header with "sito" (site code), "cantieri previsti",
// "cantieri attivi", "cantieri conclusi", "risorse prodotte", "obiettivo risorse",
// "data obiettivo" and optionally "aggiornato al" (or the English names).
//
// Every problem is reported with its row (the file's line, the sheet's row number)
// and field; a file with any problem gives no table at all, so nothing of it is
// ever half imported.
class FundingImport
{
public:
    enum class Kind
    {
        Funding,
        Digitisation
    };

    struct Problem
    {
        int row = 0; // 1-based row of the file or sheet; 0 for the file as a whole
        QString field; // the column's name as the file's header writes it; empty for the row
        QString reason;
        // "Row 7, field “finanziamento”: ..." for a person.
        QString toString() const;
    };

    struct Result
    {
        Kind kind = Kind::Funding;
        FundingTable table;
        QList<DigitisationProgress> digitisation;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    // One cell as read: text, or a number from a spreadsheet's numeric cell.
    struct Cell
    {
        QString text;
        bool numeric = false;
    };
    struct Row
    {
        int number = 0;
        QList<Cell> cells;
    };

    static Result parseCsv(const QByteArray& bytes);
    static Result parseRows(const QList<Row>& rows);
    // CSV or XLSX by content (an XLSX file is a zip: "PK"); an unreadable file is one problem on row 0.
    static Result parseFile(const QString& path);

    // "T4-2025" -> 2025-12-31 (also "Q4-2025", "T4 2025", "T4/2025"); invalid otherwise.
    static QDate quarterEnd(const QString& text);
    // "1.234.567,89 €" -> 123456789 cents; "-  €", "/", "" -> 0; nullopt when not an amount.
    static std::optional<Money> parseAmount(const QString& text);
};

} // namespace core
