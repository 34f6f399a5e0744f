#include "sync/hubsales.h"

#include "core/cacherollups.h"
#include "core/rometime.h"

#include <QString>

#include <algorithm>
#include <stdexcept>

namespace cruscotto::sync {

std::optional<std::string> canonicalUuid(std::string_view text)
{
    if (text.size() != 36) {
        return std::nullopt;
    }
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        char& c = out[i];
        if (dash) {
            if (c != '-') {
                return std::nullopt;
            }
            continue;
        }
        if (c >= 'A' && c <= 'F') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return std::nullopt;
        }
    }
    return out;
}

HubSalesWriter::HubSalesWriter(core::Database& db, std::int64_t userId, std::int64_t receivedUtc)
    : m_db(db)
    , m_userId(userId)
    , m_receivedUtc(receivedUtc)
{
    m_insert = db.prepare("INSERT INTO sales (id, site_id, product_id, channel_id, sold_utc, tickets, visitors, "
                          "revenue_cents, user_id, received_utc) VALUES (?,?,?,?,?,?,?,?,?,?)");
    // rev = 0: numbered by the caller, in its transaction, like every rewritten aggregate row.
    m_hourly = db.prepare(
        "INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents, "
        "rev) VALUES (?,?,?,?,?,?,?,?,0) ON CONFLICT (site_id, day, channel_id, product_id, hour_utc) DO UPDATE SET "
        "tickets = tickets + excluded.tickets, visitors = visitors + excluded.visitors, "
        "revenue_cents = revenue_cents + excluded.revenue_cents, rev = 0");
    // Taking off: the row of the original sale is there (an upsert would check the
    // negative figures against the table's CHECKs before finding it).
    m_takeOff = db.prepare("UPDATE sales_hourly SET tickets = tickets + ?, visitors = visitors + ?, "
                           "revenue_cents = revenue_cents + ?, rev = 0 WHERE site_id = ? AND day = ? AND "
                           "channel_id = ? AND product_id = ? AND hour_utc = ?");
    m_stored = db.prepare("SELECT site_id, product_id, channel_id, sold_utc, tickets, visitors, revenue_cents "
                          "FROM sales WHERE id = ?");
}

HubSalesWriter::~HubSalesWriter() = default;

std::optional<HubSale> HubSalesWriter::stored(const std::string& id)
{
    m_stored.bind(1, QString::fromStdString(id));
    std::optional<HubSale> sale;
    if (m_stored.step()) {
        sale = HubSale{ id,
                        m_stored.int64(0),
                        m_stored.int64(1),
                        m_stored.int64(2),
                        m_stored.int64(3),
                        m_stored.int64(4),
                        m_stored.int64(5),
                        m_stored.int64(6) };
    }
    m_stored.reset();
    return sale;
}

void HubSalesWriter::insert(const HubSale& sale)
{
    m_insert.bind(1, QString::fromStdString(sale.id)).bind(2, sale.siteId).bind(3, sale.productId);
    m_insert.bind(4, sale.channelId).bind(5, sale.soldUtc).bind(6, sale.tickets).bind(7, sale.visitors);
    m_insert.bind(8, sale.amountCents).bind(9, m_userId).bind(10, m_receivedUtc);
    m_insert.exec();
    adjust(sale.siteId, sale.channelId, sale.productId, sale.soldUtc, sale.tickets, sale.visitors, sale.amountCents);
}

void HubSalesWriter::adjust(std::int64_t siteId, std::int64_t channelId, std::int64_t productId, std::int64_t soldUtc,
                            std::int64_t tickets, std::int64_t visitors, std::int64_t amountCents)
{
    const std::int64_t day = core::RomeTime::localDay(soldUtc);
    const std::int64_t hour = soldUtc - soldUtc % 3600; // Rome's offsets are whole hours
    if (tickets < 0 || visitors < 0 || amountCents < 0) {
        m_takeOff.bind(1, tickets).bind(2, visitors).bind(3, amountCents).bind(4, siteId).bind(5, day);
        m_takeOff.bind(6, channelId).bind(7, productId).bind(8, hour);
        m_takeOff.exec();
        if (m_db.changes() != 1) {
            throw std::logic_error("no hourly aggregate to take a void or refund off");
        }
    } else {
        m_hourly.bind(1, siteId).bind(2, day).bind(3, channelId).bind(4, productId).bind(5, hour);
        m_hourly.bind(6, tickets).bind(7, visitors).bind(8, amountCents);
        m_hourly.exec();
    }
    touch(siteId, day);
}

void HubSalesWriter::touch(std::int64_t siteId, std::int64_t day)
{
    auto [it, added] = m_touchedDays.emplace(siteId, std::make_pair(day, day));
    if (!added) {
        it->second.first = std::min(it->second.first, day);
        it->second.second = std::max(it->second.second, day);
    }
}

void HubSalesWriter::finish()
{
    for (const auto& [site, days] : m_touchedDays) {
        core::CacheRollups::refreshSite(m_db, site, days.first, days.second);
    }
    m_touchedDays.clear();
}

} // namespace cruscotto::sync
