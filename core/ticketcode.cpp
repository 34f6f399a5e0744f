#include "core/ticketcode.h"

namespace core {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::uint8_t kVersion = 1;
const QDate kDayZero(2000, 1, 1);

QString base32(const QByteArray& data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | std::uint8_t(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    }
    return out;
}

std::optional<QByteArray> unbase32(const QString& text)
{
    QByteArray out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.toUpper().unicode();
        int value;
        if (c >= u'A' && c <= u'Z') {
            value = c - u'A';
        } else if (c >= u'2' && c <= u'7') {
            value = c - u'2' + 26;
        } else {
            return std::nullopt;
        }
        buffer = (buffer << 5) | std::uint32_t(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

void put(QByteArray& out, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out.append(char((value >> (8 * i)) & 0xff));
    }
}

std::uint64_t get(const QByteArray& in, int offset, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) {
        value = (value << 8) | std::uint8_t(in[offset + i]);
    }
    return value;
}

} // namespace

QString TicketCode::deviceShortIdOf(const QString& deviceUuid)
{
    QString hex = deviceUuid.toLower();
    hex.remove(QLatin1Char('-'));
    return hex.left(16);
}

QString TicketCode::keyFor(const QString& deviceShortId, std::int64_t saleSeq, int index)
{
    return QStringLiteral("%1-%2-%3")
        .arg(deviceShortId.toUpper())
        .arg(saleSeq, 6, 10, QLatin1Char('0'))
        .arg(index + 1, 2, 10, QLatin1Char('0'));
}

QString TicketCode::key() const
{
    return keyFor(deviceShortId, saleSeq, index);
}

QByteArray TicketCode::message() const
{
    QByteArray out;
    out.reserve(MessageBytes);
    put(out, kVersion, 1);
    const QByteArray device = QByteArray::fromHex(deviceShortId.toLatin1());
    out.append(device.leftJustified(8, '\0', true));
    put(out, std::uint64_t(saleSeq), 4);
    put(out, std::uint64_t(index), 2);
    put(out, std::uint64_t(siteId), 4);
    put(out, std::uint64_t(kDayZero.daysTo(validDay)), 2);
    put(out, std::uint64_t(productId), 4);
    put(out, slotMinutes < 0 ? 0xffffu : std::uint64_t(slotMinutes), 2);
    put(out, combined ? 1u : 0u, 1);
    return out;
}

QString TicketCode::encode(const TicketSigner& signer) const
{
    const QByteArray body = message();
    return base32(body + signer.sign(body));
}

TicketCode::Decoded TicketCode::decode(const QString& text, const TicketKeyring& keyring)
{
    Decoded result;
    const auto bytes = unbase32(text.trimmed());
    if (!bytes || bytes->size() != MessageBytes + SignatureBytes || std::uint8_t(bytes->at(0)) != kVersion) {
        return result;
    }
    const QByteArray body = bytes->left(MessageBytes);
    const QByteArray signature = bytes->mid(MessageBytes);
    TicketCode& code = result.code;
    code.deviceShortId = QString::fromLatin1(body.mid(1, 8).toHex());
    code.saleSeq = std::int64_t(get(body, 9, 4));
    code.index = int(get(body, 13, 2));
    code.siteId = std::int64_t(get(body, 15, 4));
    code.validDay = kDayZero.addDays(std::int64_t(get(body, 19, 2)));
    code.productId = std::int64_t(get(body, 21, 4));
    const auto slot = get(body, 25, 2);
    code.slotMinutes = slot == 0xffff ? -1 : int(slot);
    code.combined = (std::uint8_t(body[27]) & 1) != 0;
    if (!keyring.knowsDevice(code.deviceShortId)) {
        result.check = Check::UnknownDevice;
    } else if (!keyring.verify(code.deviceShortId, body, signature)) {
        result.check = Check::BadSignature;
    } else {
        result.check = Check::Valid;
    }
    return result;
}

} // namespace core
