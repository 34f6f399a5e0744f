#include "core/site.h"

#include <QCoreApplication>

namespace core {

QString siteTypeCode(SiteType type)
{
    switch (type) {
    case SiteType::Museum:
        return QStringLiteral("museum");
    case SiteType::ArchaeologicalArea:
        return QStringLiteral("archaeological_area");
    case SiteType::Monument:
        return QStringLiteral("monument");
    case SiteType::Library:
        return QStringLiteral("library");
    case SiteType::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

std::optional<SiteType> siteTypeFromCode(const QString& code)
{
    for (auto t :
         { SiteType::Museum, SiteType::ArchaeologicalArea, SiteType::Monument, SiteType::Library, SiteType::Archive }) {
        if (siteTypeCode(t) == code) {
            return t;
        }
    }
    return std::nullopt;
}

QString siteTypeName(SiteType type)
{
    switch (type) {
    case SiteType::Museum:
        return QCoreApplication::translate("core::Site", "Museum");
    case SiteType::ArchaeologicalArea:
        return QCoreApplication::translate("core::Site", "Archaeological area");
    case SiteType::Monument:
        return QCoreApplication::translate("core::Site", "Monument");
    case SiteType::Library:
        return QCoreApplication::translate("core::Site", "Library");
    case SiteType::Archive:
        return QCoreApplication::translate("core::Site", "State archive");
    }
    return {};
}

int SlotPolicy::quota(int channelId) const
{
    const int online = slotCapacity * onlinePercent / 100;
    const int kiosk = slotCapacity * kioskPercent / 100;
    const int b2b = slotCapacity * b2bPercent / 100;
    switch (channelId) {
    case 1:
        return slotCapacity - online - kiosk - b2b; // the counter gets the rounding's leftovers
    case 2:
        return online;
    case 3:
        return kiosk;
    case 4:
        return b2b;
    default:
        return 0;
    }
}

} // namespace core
