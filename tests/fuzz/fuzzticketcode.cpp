// Ticket codes as a scanner or a keyboard wedge types them (core/ticketcode.*),
// checked against a keyring holding one device's Ed25519 key (sync/ticketkeys.*).
#include "core/ticketcode.h"
#include "sync/ticketkeys.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {
struct Keys
{
    Keys()
        : pair(cruscotto::sync::generateEd25519KeyPair())
        , signer(pair.privateKey)
    {
        const QString device = core::TicketCode::deviceShortIdOf(QStringLiteral("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0"));
        keyring.add(device, pair.publicKey);
        // The signed path is reached at least once per run: a real code of this key checks out.
        core::TicketCode code;
        code.deviceShortId = device;
        code.saleSeq = 42;
        code.index = 1;
        code.siteId = 3;
        code.validDay = QDate(2025, 5, 17);
        code.productId = 7;
        code.slotMinutes = 600;
        if (core::TicketCode::decode(code.encode(signer), keyring).check != core::TicketCode::Check::Valid) {
            __builtin_trap();
        }
    }
    cruscotto::sync::Ed25519KeyPair pair;
    cruscotto::sync::Ed25519Signer signer;
    cruscotto::sync::Ed25519Keyring keyring;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Keys keys;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto decoded = core::TicketCode::decode(text, keys.keyring);
    (void)decoded;
    return 0;
}
