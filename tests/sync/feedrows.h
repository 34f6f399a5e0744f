#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>

namespace core {
class Database;
}

namespace synctest {

// The aggregate rows of a changes feed, each table's rows as canonical text lines
// ("v1|v2|..."), so what came over the wire can be compared with the hub's
// database row for row: counts per table and a checksum over the sorted lines.
class FeedRows
{
public:
    // The columns every feed table must carry, in order.
    static const QMap<QString, QStringList>& expectedColumns();

    // Every row of the given sites, read straight from a hub (or cache) database.
    // `k`: the hub's profile suppression (cells under k visitors are not shown).
    static FeedRows fromDatabase(core::Database& db, const QList<std::int64_t>& siteIds, int k = 10);

    // Adds one page of GET /v1/changes (already decompressed); false with a reason
    // when the page is malformed or its columns differ from expectedColumns().
    bool addPage(const std::string& json, QString* error, QString* next = nullptr, bool* hasMore = nullptr);

    std::int64_t count() const;
    std::int64_t count(const QString& table) const { return m_rows.value(table).size(); }
    QByteArray checksum() const;
    // Site ids the rows belong to (zone rows through `zoneSites`).
    QSet<std::int64_t> siteIds(const QMap<std::int64_t, std::int64_t>& zoneSites) const;

private:
    QMap<QString, QStringList> m_rows;
};

// zone id -> site id, from a hub database.
QMap<std::int64_t, std::int64_t> zoneSites(core::Database& db);
// Site ids for site codes / for a region code.
QList<std::int64_t> siteIdsByCode(core::Database& db, const QStringList& codes);
QList<std::int64_t> siteIdsInRegion(core::Database& db, const QString& regionCode);

} // namespace synctest
