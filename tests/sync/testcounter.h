#pragma once
// A ticket-office counter for tests against a real hub: its own ledger in a
// temporary directory, a fresh Ed25519 key pair, and a TicketOffice selling and
// checking tickets at a site.
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketcode.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>

namespace synctest {

inline const std::int64_t kMorning = core::RomeTime::utcOf(QDate(2025, 3, 12), 10) + 1800;

struct Counter
{
    QTemporaryDir dir;
    std::optional<core::Ledger> ledger;
    cruscotto::sync::Ed25519KeyPair keys;
    std::unique_ptr<cruscotto::sync::Ed25519Signer> signer;
    cruscotto::sync::Ed25519Keyring keyring;
    std::unique_ptr<core::TicketOffice> office;
    core::DeviceIdentity identity;

    Counter(const core::Site& site, const QList<core::TicketProduct>& products, const QString& deviceId = {},
            const QString& name = QStringLiteral("Cassa 2"), std::int64_t provisionedUtc = kMorning - 86400)
    {
        ledger.emplace(core::Ledger::open(core::Ledger::pathIn(dir.path())));
        keys = cruscotto::sync::generateEd25519KeyPair();
        identity
            = core::DeviceIdentity{ deviceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : deviceId,
                                    site.code,
                                    name,
                                    provisionedUtc,
                                    keys.privateKey,
                                    keys.publicKey };
        ledger->provision(identity);
        signer = std::make_unique<cruscotto::sync::Ed25519Signer>(keys.privateKey);
        keyring.add(core::TicketCode::deviceShortIdOf(identity.deviceId), keys.publicKey);
        office = std::make_unique<core::TicketOffice>(*ledger, site, products, *signer, keyring);
        office->setClerk(QStringLiteral("clerk-9"));
        office->setSupervisorCheck([](const QString&, const QString&) { return true; });
    }
    // A cart of products by code and quantity, for a time slot (-1: none).
    core::SaleReceipt sellCart(const QList<std::pair<const char*, int>>& lines, int slot, std::int64_t at)
    {
        core::Cart cart;
        for (const auto& [code, quantity] : lines) {
            cart.add(*office->productByCode(QString::fromLatin1(code)), quantity);
        }
        for (int i = 0; i < cart.lines().size(); ++i) {
            cart.setIdChecked(i, true);
        }
        cart.setSlot(slot);
        return office->sell(cart, { core::Payment{ core::PaymentMethod::Card, cart.total(), core::Money() } }, at);
    }
    core::SaleReceipt sell(const char* code, int quantity, std::int64_t at)
    {
        const core::TicketProduct product = *office->productByCode(QString::fromLatin1(code));
        core::Cart cart;
        cart.add(product, quantity);
        cart.setIdChecked(0, true);
        QList<core::Payment> payments;
        if (cart.total() > core::Money()) {
            payments.append(core::Payment{ core::PaymentMethod::Cash, cart.total(), cart.total() });
        }
        return office->sell(cart, payments, at);
    }
};

} // namespace synctest
