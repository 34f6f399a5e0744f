// A ticket office that sells without pause, for the crash test: it opens (and
// provisions, the first time) the ledger in DATA_DIR, opens a cash session when
// none is open, and sells COUNT sales of one to three tickets, printing
// "confirmed <receipt> <sale id>" to stdout (flushed) the moment each sale() has
// returned, which is when a clerk would see it confirmed and the ticket print.
// The test kills it with SIGKILL at random points.
#include "core/ledger.h"
#include "core/ticketoffice.h"
#include "sync/ticketkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: officechild DATA_DIR SITE_CODE COUNT\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const QString siteCode = QString::fromLocal8Bit(argv[2]);
    const int count = std::atoi(argv[3]);
    try {
        core::Ledger ledger = core::Ledger::open(core::Ledger::pathIn(dir));
        if (!ledger.identity()) {
            const auto keys = cruscotto::sync::generateEd25519KeyPair();
            ledger.provision(core::DeviceIdentity{ QUuid::createUuid().toString(QUuid::WithoutBraces), siteCode,
                                                   QStringLiteral("Crash test"), QDateTime::currentSecsSinceEpoch(),
                                                   keys.privateKey, keys.publicKey });
        }
        const core::DeviceIdentity identity = *ledger.identity();
        cruscotto::sync::Ed25519Signer signer(identity.signingKey);
        cruscotto::sync::Ed25519Keyring keyring;
        keyring.add(core::TicketCode::deviceShortIdOf(identity.deviceId), identity.publicKey);
        core::Site site;
        site.id = std::atoll(qgetenv("OFFICE_SITE_ID").constData());
        site.code = siteCode;
        QList<core::TicketProduct> products;
        core::TicketProduct full;
        full.id = std::atoll(qgetenv("OFFICE_PRODUCT_ID").constData());
        full.siteId = site.id;
        full.code = QString::fromLocal8Bit(qgetenv("OFFICE_PRODUCT_CODE"));
        full.name = QStringLiteral("Intero");
        full.price = core::Money::fromCents(std::atoll(qgetenv("OFFICE_PRODUCT_CENTS").constData()));
        products.append(full);
        core::TicketOffice office(ledger, site, products, signer, keyring);
        office.setClerk(QStringLiteral("crash-clerk"));
        if (!office.openSession()) {
            office.openSession(core::Money::fromCents(10000), QDateTime::currentSecsSinceEpoch());
        }
        for (int i = 0; i < count; ++i) {
            core::Cart cart;
            cart.add(full, 1 + i % 3);
            const core::Money total = cart.total();
            const auto receipt
                = office.sell(cart, { { core::PaymentMethod::Cash, total, total } }, QDateTime::currentSecsSinceEpoch());
            std::printf("confirmed %lld %s\n", static_cast<long long>(receipt.receiptNumber),
                        receipt.saleId.toLatin1().constData());
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "officechild: %s\n", e.what());
        return 1;
    }
    return 0;
}
