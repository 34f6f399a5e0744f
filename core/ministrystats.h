#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace core {

class Database;

// The ministry's published "Tavola 5" (Serie regionale mensile): visitors or gross
// takings per region and month for one year, read from the CSV exports of its
// spreadsheets exactly as published (title rows, notes, Italian numbers, UTF-8 or
// Windows-1252), and kept in the cache so the reports can show the years before the
// platform.
class MinistryStats
{
public:
    enum class Kind
    {
        Visitors,
        Takings // gross takings ("introiti lordi"), in cents
    };

    struct Row
    {
        QString region; // as published: "EMILIA ROMAGNA"; empty for the national total row
        std::array<std::int64_t, 12> months{};
        std::int64_t total = 0; // the published "Totale complessivo"
        int line = 0;
    };

    struct Table
    {
        int year = 0;
        Kind kind = Kind::Visitors;
        QList<Row> regions;
        std::optional<Row> national;
    };

    struct LineError
    {
        int line = 0; // 1-based line of the file (0: the file as a whole)
        QString reason;
    };

    struct ParseResult
    {
        Table table;
        QList<LineError> errors; // empty when the table is good
        bool ok() const { return errors.isEmpty(); }
    };

    struct Figures
    {
        std::optional<std::int64_t> visitors;
        std::optional<std::int64_t> takingsCents;
    };

    // The published figures round each value on its own, so a total of takings can
    // differ from the sum of its rounded parts by up to half a cent per part.
    static std::int64_t takingsTolerance(qsizetype parts) { return (parts + 1) / 2; }

    // Reads a file as published; every problem is reported with its line.
    static ParseResult parse(const QByteArray& bytes);
    // The same from a file; an unreadable file is one error on line 0.
    static ParseResult parseFile(const QString& path);

    explicit MinistryStats(Database& db);

    // Stores the tables in one transaction (a region, year and kind imported again
    // replaces the earlier figures).
    void store(const QList<Table>& tables);

    // Regions with imported figures, as published, in name order.
    QList<QString> regions() const;
    // The region (empty: national) whose name matches `name` ignoring case, spaces and
    // hyphens ("Emilia-Romagna" finds "EMILIA ROMAGNA"), if any figures were imported.
    std::optional<QString> findRegion(const QString& name) const;
    // A month's figures (month 1..12) of a region, or of the nation for an empty region.
    Figures month(const QString& region, int year, int month) const;
    // The published year total of a region, or of the nation for an empty region.
    Figures yearTotal(const QString& region, int year) const;

private:
    Database& m_db;
};

} // namespace core
