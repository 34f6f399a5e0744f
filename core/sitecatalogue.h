#pragma once

#include "core/site.h"
#include "core/ticketproduct.h"

#include <QDate>
#include <QList>
#include <QMap>

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
    // The site's products, in counter order.
    QList<TicketProduct> products(std::int64_t siteId) const;
    // Free days a director added (the first Sunday of the month is free by law anyway).
    QList<QDate> freeDays(std::int64_t siteId) const;
    std::optional<SlotPolicy> slotPolicy(std::int64_t siteId) const;
    // Tickets sold per slot start (minutes after midnight) and channel id, as the hub counted them.
    QMap<int, QMap<int, int>> slotSales(std::int64_t siteId, const QDate& day) const;

private:
    Database& m_db;
};

} // namespace core
