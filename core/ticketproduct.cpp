#include "core/ticketproduct.h"

#include <QCoreApplication>

namespace core {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("core::TicketProduct", text);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const QString& code, const Enum (&all)[N], QString (*toCode)(Enum))
{
    for (const auto value : all) {
        if (toCode(value) == code) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

QString channelCode(SalesChannel channel)
{
    switch (channel) {
    case SalesChannel::Counter:
        return QStringLiteral("counter");
    case SalesChannel::Online:
        return QStringLiteral("online");
    case SalesChannel::Kiosk:
        return QStringLiteral("kiosk");
    case SalesChannel::B2B:
        return QStringLiteral("b2b");
    }
    return {};
}

std::optional<SalesChannel> channelFromCode(const QString& code)
{
    return fromCode(code, kAllChannels, channelCode);
}

QString channelName(SalesChannel channel)
{
    switch (channel) {
    case SalesChannel::Counter:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Counter"));
    case SalesChannel::Online:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Online"));
    case SalesChannel::Kiosk:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Kiosk"));
    case SalesChannel::B2B:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "B2B (agencies and schools)"));
    }
    return {};
}

QString categoryCode(TicketCategory category)
{
    switch (category) {
    case TicketCategory::Full:
        return QStringLiteral("full");
    case TicketCategory::Reduced:
        return QStringLiteral("reduced");
    case TicketCategory::Free:
        return QStringLiteral("free");
    }
    return {};
}

std::optional<TicketCategory> categoryFromCode(const QString& code)
{
    static constexpr TicketCategory all[] = { TicketCategory::Full, TicketCategory::Reduced, TicketCategory::Free };
    return fromCode(code, all, categoryCode);
}

QString categoryName(TicketCategory category)
{
    switch (category) {
    case TicketCategory::Full:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Full price"));
    case TicketCategory::Reduced:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Reduced"));
    case TicketCategory::Free:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Free"));
    }
    return {};
}

QString productKindCode(ProductKind kind)
{
    switch (kind) {
    case ProductKind::Admission:
        return QStringLiteral("admission");
    case ProductKind::Combined:
        return QStringLiteral("combined");
    case ProductKind::Addon:
        return QStringLiteral("addon");
    }
    return {};
}

std::optional<ProductKind> productKindFromCode(const QString& code)
{
    static constexpr ProductKind all[] = { ProductKind::Admission, ProductKind::Combined, ProductKind::Addon };
    return fromCode(code, all, productKindCode);
}

QString freeReasonCode(FreeReason reason)
{
    switch (reason) {
    case FreeReason::None:
        return {};
    case FreeReason::Under18:
        return QStringLiteral("under18");
    case FreeReason::FirstSunday:
        return QStringLiteral("first_sunday");
    case FreeReason::Disabled:
        return QStringLiteral("disabled");
    case FreeReason::Icom:
        return QStringLiteral("icom");
    case FreeReason::Teacher:
        return QStringLiteral("teacher");
    case FreeReason::Guide:
        return QStringLiteral("guide");
    case FreeReason::School:
        return QStringLiteral("school");
    case FreeReason::FreeAdmission:
        return QStringLiteral("free_admission");
    }
    return {};
}

std::optional<FreeReason> freeReasonFromCode(const QString& code)
{
    static constexpr FreeReason all[] = { FreeReason::None,     FreeReason::Under18, FreeReason::FirstSunday,
                                          FreeReason::Disabled, FreeReason::Icom,    FreeReason::Teacher,
                                          FreeReason::Guide,    FreeReason::School,  FreeReason::FreeAdmission };
    return fromCode(code, all, freeReasonCode);
}

QString freeReasonName(FreeReason reason)
{
    switch (reason) {
    case FreeReason::None:
        return {};
    case FreeReason::Under18:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Under 18"));
    case FreeReason::FirstSunday:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "First Sunday of the month"));
    case FreeReason::Disabled:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Disabled visitor and companion"));
    case FreeReason::Icom:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "ICOM member"));
    case FreeReason::Teacher:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Teacher"));
    case FreeReason::Guide:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Licensed tourist guide"));
    case FreeReason::School:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "School group"));
    case FreeReason::FreeAdmission:
        return translated(QT_TRANSLATE_NOOP("core::TicketProduct", "Free admission site"));
    }
    return {};
}

} // namespace core
