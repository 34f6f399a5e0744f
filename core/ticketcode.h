#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

// Signs ticket codes with the device's private key. core holds no cryptography
// of its own: the Ed25519 implementation (OpenSSL) lives in sync/ticketkeys and
// the app hands it in.
class TicketSigner
{
public:
    virtual ~TicketSigner() = default;
    virtual QByteArray sign(const QByteArray& message) const = 0;
};

// Checks a signature against the public key of the device that issued a ticket.
class TicketKeyring
{
public:
    virtual ~TicketKeyring() = default;
    // False when the device is unknown or the signature does not match.
    virtual bool verify(const QString& deviceShortId, const QByteArray& message, const QByteArray& signature) const = 0;
    virtual bool knowsDevice(const QString& deviceShortId) const = 0;
};

// What a ticket's code says: which device sold it (and in which ledger record),
// for which site, day, slot and product. The code printed in the QR is these 28 bytes
// and the issuing device's 64-byte Ed25519 signature over them, in base32 (the
// QR's alphanumeric mode), so any counter or scanner validates it offline.
struct TicketCodeDecoded;

struct TicketCode
{
    static constexpr int MessageBytes = 28;
    static constexpr int SignatureBytes = 64;

    QString deviceShortId; // first 16 hex digits of the device UUID
    std::int64_t saleSeq = 0; // the ledger record of the sale
    int index = 0; // the ticket's position in the sale, 0-based
    std::int64_t siteId = 0;
    QDate validDay;
    std::int64_t productId = 0;
    int slotMinutes = -1; // start of the time slot in minutes after midnight, -1 for any time
    bool combined = false; // a combined ticket: other sites that accept the issuing site's admit it too

    // The ticket's key: "<device>-<seq>-<index>", printed under the QR for typing.
    QString key() const;
    static QString keyFor(const QString& deviceShortId, std::int64_t saleSeq, int index);
    QByteArray message() const;

    // The text the QR holds (and a keyboard-wedge scanner types).
    QString encode(const TicketSigner& signer) const;

    enum class Check
    {
        Valid,
        Malformed, // not a ticket code of ours
        UnknownDevice, // well formed, but no key for the device that signed it
        BadSignature // forged or damaged
    };
    using Decoded = struct TicketCodeDecoded;
    static Decoded decode(const QString& text, const TicketKeyring& keyring);

    static QString deviceShortIdOf(const QString& deviceUuid);
};

struct TicketCodeDecoded
{
    TicketCode::Check check = TicketCode::Check::Malformed;
    TicketCode code; // filled unless Malformed
};

} // namespace core
