#pragma once

#include "core/openingcalendar.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

enum class SiteType
{
    Museum,
    ArchaeologicalArea,
    Monument,
    Library,
    Archive
};

// Stable codes used in the cache and on the wire.
QString siteTypeCode(SiteType type);
std::optional<SiteType> siteTypeFromCode(const QString& code);
// Human name, translated ("Museum", "Archaeological area", ...).
QString siteTypeName(SiteType type);

struct Region
{
    std::int64_t id = 0;
    QString code; // ISTAT-like short code, e.g. "CAM"
    QString name; // "Campania"
};

struct Zone
{
    std::int64_t id = 0;
    std::int64_t siteId = 0;
    QString code;
    QString name;
    int capacity = 0; // people allowed in at once
};

// A cultural site: museum, archaeological area, monument, library or archive.
struct Site
{
    std::int64_t id = 0;
    QString code; // e.g. "CAM-MUS-01"
    QString name;
    SiteType type = SiteType::Museum;
    std::int64_t regionId = 0;
    QString regionName;
    int capacity = 0; // people allowed in at once, the whole site
    OpeningCalendar calendar;
    bool nominativeTickets = false; // every ticket carries its holder's name
};

// Entry by time slot: a site's capacity per slot, shared between the channels.
struct SlotPolicy
{
    int slotMinutes = 60;
    int slotCapacity = 0;
    int counterPercent = 0;
    int onlinePercent = 0;
    int kioskPercent = 0;
    int b2bPercent = 0;
    // The part of a slot's capacity the channel may sell (rounded down; the counter
    // gets what rounding leaves over).
    int quota(int channelId) const;
};

} // namespace core
