#pragma once

#include "core/site.h"
#include "core/ticketproduct.h"

#include <QList>

#include <optional>

namespace core {

class Database;

// Reads the regions, sites (with their opening calendars), zones and products
// from the cache.
class SiteCatalogue
{
public:
    explicit SiteCatalogue(Database& db);

    QList<Region> regions() const;
    // Every site, ordered by region name then site name.
    QList<Site> sites() const;
    std::optional<Site> siteByCode(const QString& code) const;
    QList<Zone> zones(std::int64_t siteId) const;
    QList<TicketProduct> products(std::int64_t siteId) const;

private:
    Database& m_db;
};

} // namespace core
