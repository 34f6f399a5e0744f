#include "core/fundingtable.h"

#include "core/database.h"

#include <QCoreApplication>

#include <cstdlib>
#include <stdexcept>

namespace core {

bool FundingLine::achieved() const
{
    const QString s = status.trimmed();
    return s.compare(QLatin1String("conseguito"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("raggiunto"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("achieved"), Qt::CaseInsensitive) == 0;
}

void FundingTable::linkParents()
{
    for (int i = 0; i < lines.size(); ++i) {
        FundingLine& line = lines[i];
        line.position = i;
        line.parent = -1;
        qsizetype best = 0;
        for (int j = i - 1; j >= 0; --j) {
            const QString& candidate = lines[j].code;
            if (candidate.size() > best && candidate.size() < line.code.size() && line.code.startsWith(candidate)
                && line.code.at(candidate.size()) == QLatin1Char('.')) {
                best = candidate.size();
                line.parent = j;
            }
        }
    }
    code.clear();
    for (const FundingLine& line : lines) {
        if (line.parent < 0) {
            code = line.code;
            break;
        }
    }
}

QList<int> FundingTable::children(int position) const
{
    QList<int> result;
    for (const FundingLine& line : lines) {
        if (line.parent == position) {
            result.append(line.position);
        }
    }
    return result;
}

FundingStore::FundingStore(Database& db)
    : m_db(db)
{ }

void FundingStore::store(const FundingTable& table, std::int64_t importedUtc)
{
    Transaction tx(m_db);
    Statement previous = m_db.prepare("SELECT generation FROM funding_tables WHERE code = ?");
    previous.bind(1, table.code);
    // Local imports count down from -1, the hub's uploads up from 1: a table imported here
    // and then synced (or the other way round) never shares a generation, so no stale line
    // can pass for a current one.
    const std::int64_t generation = previous.step() ? -(std::abs(previous.int64(0)) + 1) : -1;
    previous = Statement();

    Statement drop = m_db.prepare("DELETE FROM funding_lines WHERE table_code = ?");
    drop.bind(1, table.code);
    drop.exec();
    Statement head
        = m_db.prepare("INSERT INTO funding_tables (code, title, scope_kind, scope_code, generation, imported_utc) "
                       "VALUES (?,?,?,?,?,?) ON CONFLICT (code) DO UPDATE SET title = excluded.title, scope_kind = "
                       "excluded.scope_kind, scope_code = excluded.scope_code, generation = excluded.generation, "
                       "imported_utc = excluded.imported_utc");
    head.bind(1, table.code)
        .bind(2, table.title)
        .bind(3, table.scopeKind)
        .bind(4, table.scopeCode)
        .bind(5, generation)
        .bind(6, importedUtc);
    head.exec();
    Statement insert = m_db.prepare(
        "INSERT INTO funding_lines (table_code, position, generation, code, description, target, deadline_text, "
        "deadline_day, status, funded_cents, committed_cents, in_progress_cents, spent_cents, notes, parent) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const FundingLine& line : table.lines) {
        insert.bind(1, table.code)
            .bind(2, line.position)
            .bind(3, generation)
            .bind(4, line.code)
            .bind(5, line.description)
            .bind(6, line.target)
            .bind(7, line.deadlineText);
        if (line.deadline.isValid()) {
            insert.bind(8, line.deadline.toJulianDay());
        } else {
            insert.bindNull(8);
        }
        insert.bind(9, line.status)
            .bind(10, line.funded.cents())
            .bind(11, line.committed.cents())
            .bind(12, line.inProgress.cents())
            .bind(13, line.spent.cents())
            .bind(14, line.notes)
            .bind(15, line.parent);
        insert.exec();
    }
    tx.commit();
}

void FundingStore::storeDigitisation(const QList<DigitisationProgress>& progress)
{
    Transaction tx(m_db);
    Statement site = m_db.prepare("SELECT id FROM sites WHERE code = ?");
    Statement upsert = m_db.prepare(
        "INSERT INTO digitisation_progress (site_id, planned, active, concluded, resources_produced, "
        "resources_target, target_day, as_of_day) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (site_id) DO UPDATE SET "
        "planned = excluded.planned, active = excluded.active, concluded = excluded.concluded, "
        "resources_produced = excluded.resources_produced, resources_target = excluded.resources_target, "
        "target_day = excluded.target_day, as_of_day = excluded.as_of_day");
    for (const DigitisationProgress& p : progress) {
        site.bind(1, p.siteCode);
        if (!site.step()) {
            throw std::runtime_error(
                QCoreApplication::translate("core::FundingStore", "There is no site with the code %1 in this cache.")
                    .arg(p.siteCode)
                    .toStdString());
        }
        const std::int64_t siteId = site.int64(0);
        site.reset();
        upsert.bind(1, siteId)
            .bind(2, p.planned)
            .bind(3, p.active)
            .bind(4, p.concluded)
            .bind(5, p.resourcesProduced)
            .bind(6, p.resourcesTarget);
        if (p.targetDate.isValid()) {
            upsert.bind(7, p.targetDate.toJulianDay());
        } else {
            upsert.bindNull(7);
        }
        if (p.asOf.isValid()) {
            upsert.bind(8, p.asOf.toJulianDay());
        } else {
            upsert.bindNull(8);
        }
        upsert.exec();
    }
    tx.commit();
}

QList<QString> FundingStore::tableCodes() const
{
    QList<QString> codes;
    Statement stmt = m_db.prepare("SELECT code FROM funding_tables ORDER BY code");
    while (stmt.step()) {
        codes.append(stmt.text(0));
    }
    return codes;
}

std::optional<FundingTable> FundingStore::table(const QString& code) const
{
    Statement head
        = m_db.prepare("SELECT code, title, scope_kind, scope_code, imported_utc FROM funding_tables WHERE code = ?");
    head.bind(1, code);
    if (!head.step()) {
        return std::nullopt;
    }
    FundingTable table;
    table.code = head.text(0);
    table.title = head.text(1);
    table.scopeKind = head.text(2);
    table.scopeCode = head.text(3);
    table.importedUtc = head.int64(4);
    Statement lines = m_db.prepare(
        "SELECT position, code, description, target, deadline_text, deadline_day, status, funded_cents, "
        "committed_cents, in_progress_cents, spent_cents, notes, parent FROM funding_lines WHERE table_code = ? "
        "ORDER BY position");
    lines.bind(1, code);
    while (lines.step()) {
        FundingLine line;
        line.position = lines.integer(0);
        line.code = lines.text(1);
        line.description = lines.text(2);
        line.target = lines.text(3);
        line.deadlineText = lines.text(4);
        if (!lines.isNull(5)) {
            line.deadline = QDate::fromJulianDay(lines.int64(5));
        }
        line.status = lines.text(6);
        line.funded = Money::fromCents(lines.int64(7));
        line.committed = Money::fromCents(lines.int64(8));
        line.inProgress = Money::fromCents(lines.int64(9));
        line.spent = Money::fromCents(lines.int64(10));
        line.notes = lines.text(11);
        line.parent = lines.integer(12);
        table.lines.append(line);
    }
    return table;
}

QList<FundingTable> FundingStore::tables() const
{
    QList<FundingTable> result;
    for (const QString& code : tableCodes()) {
        if (auto t = table(code)) {
            result.append(*t);
        }
    }
    return result;
}

QList<DigitisationProgress> FundingStore::digitisation() const
{
    QList<DigitisationProgress> result;
    Statement stmt = m_db.prepare(
        "SELECT s.code, s.name, d.planned, d.active, d.concluded, d.resources_produced, d.resources_target, "
        "d.target_day, d.as_of_day FROM digitisation_progress d JOIN sites s ON s.id = d.site_id ORDER BY s.code");
    while (stmt.step()) {
        DigitisationProgress p;
        p.siteCode = stmt.text(0);
        p.siteName = stmt.text(1);
        p.planned = stmt.integer(2);
        p.active = stmt.integer(3);
        p.concluded = stmt.integer(4);
        p.resourcesProduced = stmt.int64(5);
        p.resourcesTarget = stmt.int64(6);
        if (!stmt.isNull(7)) {
            p.targetDate = QDate::fromJulianDay(stmt.int64(7));
        }
        if (!stmt.isNull(8)) {
            p.asOf = QDate::fromJulianDay(stmt.int64(8));
        }
        result.append(p);
    }
    return result;
}

} // namespace core
