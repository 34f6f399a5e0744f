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
};

} // namespace core
