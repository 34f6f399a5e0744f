#include "widgets/cacheoverview.h"

#include "core/database.h"
#include "core/salesqueries.h"
#include "core/sitecatalogue.h"

#include <exception>

namespace widgets {

namespace {
QDate metaDate(core::Database& db, const char* key)
{
    core::Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.step() ? QDate::fromString(stmt.text(0), Qt::ISODate) : QDate();
}
} // namespace

CacheOverview CacheOverview::load(const QString& dataDir)
{
    CacheOverview overview;
    overview.dataDir = dataDir;
    overview.cachePath = core::Cache::pathIn(dataDir);
    if (!core::Cache::exists(dataDir)) {
        return overview;
    }
    overview.exists = true;
    try {
        core::Database db = core::Cache::openWriter(dataDir, &overview.report);
        overview.schemaVersion = db.userVersion();
        overview.dataFrom = metaDate(db, "data_from");
        overview.dataUntil = metaDate(db, "data_until");
        overview.sites = core::SiteCatalogue(db).sites();
        std::tie(overview.firstSalesDay, overview.lastSalesDay) = core::SalesQueries(db).dataRange();
    } catch (const core::DatabaseError& e) {
        overview.error = tr("The cache %1 could not be opened: %2").arg(overview.cachePath, e.message());
    } catch (const std::exception& e) {
        overview.error
            = tr("The cache %1 could not be opened: %2").arg(overview.cachePath, QString::fromUtf8(e.what()));
    }
    return overview;
}

} // namespace widgets
