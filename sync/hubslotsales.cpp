#include "sync/hubslotsales.h"

#include "core/sitecatalogue.h"
#include "core/ticketoffice.h"

#include <QCoreApplication>
#include <QDate>

#include <map>
#include <optional>

namespace cruscotto::sync {

QString SlotOverbooking::dayText() const
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QString SlotOverbooking::slotLabel() const
{
    core::SlotAvailability slot;
    slot.start = slotStart;
    slot.minutes = slotMinutes;
    return slot.label();
}

HubSlotSales::HubSlotSales(core::Database& db)
    : m_db(db)
{
    m_add = db.prepare("INSERT INTO slot_sales (site_id, day, slot_start, channel_id, tickets, rev) VALUES "
                       "(?,?,?,?,?,0) ON CONFLICT (site_id, day, slot_start, channel_id) DO UPDATE SET "
                       "tickets = tickets + excluded.tickets, rev = 0");
    // Taking off: the row the sale added is there, unless the sale reached a hub that
    // did not count slots yet (never below zero: the table's CHECK).
    m_takeOff = db.prepare("UPDATE slot_sales SET tickets = MAX(0, tickets + ?), rev = 0 WHERE site_id = ? AND "
                           "day = ? AND slot_start = ? AND channel_id = ?");
    m_sold = db.prepare(
        "SELECT tickets FROM slot_sales WHERE site_id = ? AND day = ? AND slot_start = ? AND channel_id = ?");
}

void HubSlotSales::add(std::int64_t siteId, std::int64_t day, int slotStart, std::int64_t channelId,
                       std::int64_t visitors)
{
    if (slotStart < 0 || visitors == 0) {
        return;
    }
    if (visitors > 0) {
        m_add.bind(1, siteId).bind(2, day).bind(3, slotStart).bind(4, channelId).bind(5, visitors);
        m_add.exec();
    } else {
        m_takeOff.bind(1, visitors).bind(2, siteId).bind(3, day).bind(4, slotStart).bind(5, channelId);
        m_takeOff.exec();
    }
    m_touched.emplace(siteId, day, slotStart);
}

std::int64_t HubSlotSales::sold(std::int64_t siteId, std::int64_t day, int slotStart, std::int64_t channelId)
{
    m_sold.bind(1, siteId).bind(2, day).bind(3, slotStart).bind(4, channelId);
    const std::int64_t tickets = m_sold.step() ? m_sold.int64(0) : 0;
    m_sold.reset();
    return tickets;
}

std::vector<SlotOverbooking> HubSlotSales::overbookings(std::int64_t nowUtc)
{
    std::vector<SlotOverbooking> result;
    if (m_touched.empty()) {
        return result;
    }
    const core::SiteCatalogue catalogue(m_db);
    core::Statement channels = m_db.prepare("SELECT id, code FROM channels ORDER BY id");
    std::vector<std::pair<std::int64_t, QString>> channelCodes;
    while (channels.step()) {
        channelCodes.emplace_back(channels.int64(0), channels.text(1));
    }
    core::Statement siteCode = m_db.prepare("SELECT code FROM sites WHERE id = ?");
    core::Statement openAlert = m_db.prepare("SELECT id, detail FROM alerts WHERE site_id = ? AND kind = 'capacity' "
                                             "AND title = ? AND acknowledged_utc IS NULL ORDER BY id DESC LIMIT 1");
    core::Statement updateAlert = m_db.prepare("UPDATE alerts SET detail = ?, rev = 0 WHERE id = ?");
    core::Statement raiseAlert
        = m_db.prepare("INSERT INTO alerts (site_id, zone_id, raised_utc, kind, severity, title, "
                       "detail, rev) VALUES (?, NULL, ?, 'capacity', 'warning', ?, ?, 0)");
    std::map<std::int64_t, std::optional<core::SlotPolicy>> policies;
    for (const auto& [siteId, day, slotStart] : m_touched) {
        auto policy = policies.find(siteId);
        if (policy == policies.end()) {
            policy = policies.emplace(siteId, catalogue.slotPolicy(siteId)).first;
        }
        if (!policy->second) {
            continue; // open entry: no quota to pass
        }
        for (const auto& [channelId, channelCode] : channelCodes) {
            const int quota = policy->second->quota(int(channelId));
            const std::int64_t tickets = sold(siteId, day, slotStart, channelId);
            if (tickets <= quota) {
                continue;
            }
            SlotOverbooking over;
            over.siteId = siteId;
            siteCode.bind(1, siteId);
            over.siteCode = siteCode.step() ? siteCode.text(0) : QString();
            siteCode.reset();
            over.day = day;
            over.slotStart = slotStart;
            over.slotMinutes = policy->second->slotMinutes;
            over.channelId = channelId;
            over.channelCode = channelCode;
            over.quota = quota;
            over.sold = tickets;
            result.push_back(over);

            const QString title = QCoreApplication::translate("sync::HubSlotSales", "Overbooked slot %1 on %2 (%3)")
                                      .arg(over.slotLabel(), over.dayText(), over.channelCode);
            const QString detail
                = QCoreApplication::translate("sync::HubSlotSales",
                                              "The %1 channel of %2 sold %3 tickets for the %4 slot on %5; its quota "
                                              "is %6. The hub kept every sale: make room in the slot or move visitors.")
                      .arg(over.channelCode, over.siteCode)
                      .arg(over.sold)
                      .arg(over.slotLabel(), over.dayText())
                      .arg(over.quota);
            openAlert.bind(1, siteId).bind(2, title);
            if (openAlert.step()) {
                const std::int64_t id = openAlert.int64(0);
                const bool changed = openAlert.text(1) != detail;
                openAlert.reset();
                if (changed) {
                    updateAlert.bind(1, detail).bind(2, id);
                    updateAlert.exec();
                }
            } else {
                openAlert.reset();
                raiseAlert.bind(1, siteId).bind(2, nowUtc).bind(3, title).bind(4, detail);
                raiseAlert.exec();
            }
        }
    }
    m_touched.clear();
    return result;
}

} // namespace cruscotto::sync
