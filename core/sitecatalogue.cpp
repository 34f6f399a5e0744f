#include "core/sitecatalogue.h"

#include "core/database.h"

#include <QHash>

namespace core {

namespace {
const char* const kSiteColumns
    = "SELECT s.id, s.code, s.name, s.type, s.region_id, r.name, s.capacity, s.open_hour, s.close_hour, "
      "s.closing_weekday, s.nominative_tickets FROM sites s JOIN regions r ON r.id = s.region_id ";

Site readSite(const Statement& stmt)
{
    Site site;
    site.id = stmt.int64(0);
    site.code = stmt.text(1);
    site.name = stmt.text(2);
    site.type = siteTypeFromCode(stmt.text(3)).value_or(SiteType::Museum);
    site.regionId = stmt.int64(4);
    site.regionName = stmt.text(5);
    site.capacity = stmt.integer(6);
    site.calendar = OpeningCalendar(stmt.integer(7), stmt.integer(8), stmt.integer(9));
    site.nominativeTickets = stmt.integer(10) != 0;
    return site;
}
} // namespace

SiteCatalogue::SiteCatalogue(Database& db)
    : m_db(db)
{ }

QList<Region> SiteCatalogue::regions() const
{
    QList<Region> result;
    Statement stmt = m_db.prepare("SELECT id, code, name FROM regions ORDER BY name");
    while (stmt.step()) {
        result.append({ stmt.int64(0), stmt.text(1), stmt.text(2) });
    }
    return result;
}

QList<Site> SiteCatalogue::sites() const
{
    QList<Site> result;
    QHash<std::int64_t, qsizetype> index;
    Statement stmt = m_db.prepare((QByteArray(kSiteColumns) + "ORDER BY r.name, s.name, s.code").constData());
    while (stmt.step()) {
        index.insert(stmt.int64(0), result.size());
        result.append(readSite(stmt));
    }
    Statement exceptions
        = m_db.prepare("SELECT site_id, day, open, open_hour, close_hour, note FROM site_calendar_exceptions");
    while (exceptions.step()) {
        const auto it = index.constFind(exceptions.int64(0));
        if (it != index.constEnd()) {
            result[*it].calendar.addException(
                QDate::fromJulianDay(exceptions.int64(1)),
                { exceptions.integer(2) != 0, exceptions.integer(3), exceptions.integer(4), exceptions.text(5) });
        }
    }
    return result;
}

std::optional<Site> SiteCatalogue::siteByCode(const QString& code) const
{
    Statement stmt = m_db.prepare((QByteArray(kSiteColumns) + "WHERE s.code = ?").constData());
    stmt.bind(1, code);
    if (!stmt.step()) {
        return std::nullopt;
    }
    Site site = readSite(stmt);
    Statement exceptions
        = m_db.prepare("SELECT day, open, open_hour, close_hour, note FROM site_calendar_exceptions WHERE site_id = ?");
    exceptions.bind(1, site.id);
    while (exceptions.step()) {
        site.calendar.addException(
            QDate::fromJulianDay(exceptions.int64(0)),
            { exceptions.integer(1) != 0, exceptions.integer(2), exceptions.integer(3), exceptions.text(4) });
    }
    return site;
}

QList<Zone> SiteCatalogue::zones(std::int64_t siteId) const
{
    QList<Zone> result;
    Statement stmt = m_db.prepare("SELECT id, site_id, code, name, capacity FROM zones WHERE site_id = ? ORDER BY id");
    stmt.bind(1, siteId);
    while (stmt.step()) {
        result.append({ stmt.int64(0), stmt.int64(1), stmt.text(2), stmt.text(3), stmt.integer(4) });
    }
    return result;
}

namespace {
TicketProduct readProduct(const Statement& stmt)
{
    TicketProduct p;
    p.id = stmt.int64(0);
    p.siteId = stmt.int64(1);
    p.code = stmt.text(2);
    p.name = stmt.text(3);
    p.category = categoryFromCode(stmt.text(4)).value_or(TicketCategory::Full);
    p.freeReason = freeReasonFromCode(stmt.text(5)).value_or(FreeReason::None);
    p.price = Money::fromCents(stmt.int64(6));
    p.kind = productKindFromCode(stmt.text(7)).value_or(ProductKind::Admission);
    p.document = stmt.text(8);
    for (const QString& id : stmt.text(9).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        p.admits.append(id.trimmed().toLongLong());
    }
    p.position = stmt.integer(10);
    return p;
}
const char* const kProductColumns = "SELECT id, site_id, code, name, category, free_reason, price_cents, kind, document, "
                                    "admits, position FROM ticket_products ";
} // namespace

QList<TicketProduct> SiteCatalogue::products(std::int64_t siteId) const
{
    QList<TicketProduct> result;
    Statement stmt = m_db.prepare((QByteArray(kProductColumns) + "WHERE site_id = ? ORDER BY position, id").constData());
    stmt.bind(1, siteId);
    while (stmt.step()) {
        result.append(readProduct(stmt));
    }
    return result;
}

QList<QDate> SiteCatalogue::freeDays(std::int64_t siteId) const
{
    QList<QDate> result;
    Statement stmt = m_db.prepare("SELECT day FROM site_free_days WHERE site_id = ? ORDER BY day");
    stmt.bind(1, siteId);
    while (stmt.step()) {
        result.append(QDate::fromJulianDay(stmt.int64(0)));
    }
    return result;
}

std::optional<SlotPolicy> SiteCatalogue::slotPolicy(std::int64_t siteId) const
{
    Statement stmt = m_db.prepare("SELECT slot_minutes, slot_capacity, counter_pct, online_pct, kiosk_pct, b2b_pct "
                                  "FROM site_slot_policy WHERE site_id = ?");
    stmt.bind(1, siteId);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return SlotPolicy{ stmt.integer(0), stmt.integer(1), stmt.integer(2), stmt.integer(3), stmt.integer(4),
                       stmt.integer(5) };
}

QMap<int, QMap<int, int>> SiteCatalogue::slotSales(std::int64_t siteId, const QDate& day) const
{
    QMap<int, QMap<int, int>> result;
    Statement stmt
        = m_db.prepare("SELECT slot_start, channel_id, tickets FROM slot_sales WHERE site_id = ? AND day = ?");
    stmt.bind(1, siteId).bind(2, day.toJulianDay());
    while (stmt.step()) {
        result[stmt.integer(0)][stmt.integer(1)] = stmt.integer(2);
    }
    return result;
}

} // namespace core
