#pragma once

#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

class Database;

// One line of a funded programme's table, as the ministry publishes it (e.g. the
// PNRR investment "M1C3 1.1" and its sub-lines "M1C3 1.1.1" ... "M1C3 1.1.12").
struct FundingLine
{
    int position = 0; // the line's place in the table, 0-based: the key (codes repeat: two "M1C3 1.1.5")
    QString code; // "M1C3 1.1.3"
    QString description; // "Infrastruttura cloud"
    QString target; // milestone and target, as written: "Migrazione del 75% degli applicativi in cloud"
    QString deadlineText; // as written: "T2-2026"; empty for "/"
    QDate deadline; // the last day of that quarter (2026-06-30); invalid when none
    QString status; // as written: "in linea", "conseguito"; empty for "/"
    Money funded; // "finanziamento"
    Money committed; // "impegnato"
    Money inProgress; // "impegni in itinere": commitments under way, not yet made
    Money spent; // "speso"
    QString notes;
    int parent = -1; // position of the line this one is a sub-line of; -1 for a top line

    // The target was met: status "conseguito" (or "raggiunto", "achieved").
    bool achieved() const;
};

// Digitisation work at one site (seed: the MiC's 540 "cantieri di digitalizzazione",
// 466 active, 16 concluded, 58 being activated; 75 million digital resources by
// 30 June 2026): work sites planned, active and concluded, and digital resources
// produced against a target to reach by a date.
struct DigitisationProgress
{
    QString siteCode;
    QString siteName; // from the cache's catalogue (filled when loaded)
    int planned = 0; // work sites planned in all (active + concluded + still to start)
    int active = 0;
    int concluded = 0;
    std::int64_t resourcesProduced = 0;
    std::int64_t resourcesTarget = 0;
    QDate targetDate;
    QDate asOf; // the day the figures refer to; invalid when not stated

    int toStart() const { return planned - active - concluded; }
};

// A funded programme's table: its lines in the published order, parent lines first
// in their groups. The table is known by its top line's code ("M1C3 1.1"); importing
// a table with the same code again replaces it whole.
struct FundingTable
{
    QString code;
    QString title; // the heading above the table, if any
    // Whose table it is: imported here ("local"), or from the hub for a site or a region.
    QString scopeKind = QStringLiteral("local");
    QString scopeCode;
    std::int64_t importedUtc = 0; // when it was imported here or published on the hub
    QList<FundingLine> lines;

    // Sets each line's parent from the codes: the nearest earlier line whose code
    // is a proper prefix at a '.' ("M1C3 1.1" is the parent of "M1C3 1.1.3"). The
    // table's code becomes the first top line's code.
    void linkParents();
    // Positions of the lines under `position` (-1: the top lines).
    QList<int> children(int position) const;
};

// The funding tables and digitisation progress in the local cache (schema v9).
class FundingStore
{
public:
    explicit FundingStore(Database& db);

    // Replaces the table with the same code (all its lines) in one transaction;
    // `importedUtc` is kept with it. Throws DatabaseError.
    void store(const FundingTable& table, std::int64_t importedUtc);
    // Replaces the progress of the sites listed (others keep theirs), in one
    // transaction. Throws std::runtime_error naming an unknown site code.
    void storeDigitisation(const QList<DigitisationProgress>& progress);

    QList<QString> tableCodes() const;
    std::optional<FundingTable> table(const QString& code) const;
    QList<FundingTable> tables() const;
    QList<DigitisationProgress> digitisation() const;

private:
    Database& m_db;
};

} // namespace core
