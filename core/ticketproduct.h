#pragma once

#include "core/money.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

// The sales channels of the platform. Ids are fixed: they key the aggregates.
enum class SalesChannel
{
    Counter = 1,
    Online = 2,
    Kiosk = 3,
    B2B = 4
};
inline constexpr SalesChannel kAllChannels[]
    = { SalesChannel::Counter, SalesChannel::Online, SalesChannel::Kiosk, SalesChannel::B2B };
QString channelCode(SalesChannel channel);
std::optional<SalesChannel> channelFromCode(const QString& code);
QString channelName(SalesChannel channel);

// Italian state museum ticket categories.
enum class TicketCategory
{
    Full, // "intero"
    Reduced, // "ridotto": EU citizens 18-25
    Free // "gratuito", always with a legal reason
};
QString categoryCode(TicketCategory category);
std::optional<TicketCategory> categoryFromCode(const QString& code);
QString categoryName(TicketCategory category);

// Why a ticket is free (DM 507/1997 and later rules).
enum class FreeReason
{
    None,
    Under18,
    FirstSunday, // "Domenica al museo"
    Disabled, // disabled visitor and companion
    Icom,
    Teacher,
    Guide,
    School, // school groups with their teachers
    FreeAdmission // sites with free entry (libraries, archives)
};
QString freeReasonCode(FreeReason reason);
std::optional<FreeReason> freeReasonFromCode(const QString& code);
QString freeReasonName(FreeReason reason);

// What a product sells: an admission to the site, a combined ticket that admits to
// other sites too, or an add-on (a guided tour) sold with admissions.
enum class ProductKind
{
    Admission,
    Combined,
    Addon
};
QString productKindCode(ProductKind kind);
std::optional<ProductKind> productKindFromCode(const QString& code);

struct TicketProduct
{
    std::int64_t id = 0;
    std::int64_t siteId = 0;
    QString code;
    QString name;
    TicketCategory category = TicketCategory::Full;
    FreeReason freeReason = FreeReason::None;
    Money price;
    ProductKind kind = ProductKind::Admission;
    // What the clerk checks before selling it (reduced and free tickets), as the site
    // set it; empty: the law's usual document for the category (core::documentToCheck).
    QString document;
    // Combined tickets: the other sites (ids) they admit to.
    QList<std::int64_t> admits;
    int position = 0; // order on the counter's keys
    bool admitsVisitor() const { return kind != ProductKind::Addon; }
};

} // namespace core
