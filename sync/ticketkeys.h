#pragma once

#include "core/ticketcode.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace core {
class Ledger;
}

namespace cruscotto::sync {

// Ed25519 through OpenSSL, for ticket codes: each ticket-office device has a key
// pair; its private key stays in its ledger, its public key goes to the hub and,
// from there, to every device and scanner of the site.
struct Ed25519KeyPair
{
    QByteArray privateKey; // PKCS#8 DER
    QByteArray publicKey; // raw, 32 bytes
};

// A fresh key pair from OpenSSL's random generator. Throws std::runtime_error.
Ed25519KeyPair generateEd25519KeyPair();

class Ed25519Signer : public core::TicketSigner
{
public:
    // Throws std::runtime_error when the key is not an Ed25519 private key.
    explicit Ed25519Signer(const QByteArray& privateKeyDer);
    ~Ed25519Signer() override;
    Ed25519Signer(const Ed25519Signer&) = delete;
    Ed25519Signer& operator=(const Ed25519Signer&) = delete;

    QByteArray sign(const QByteArray& message) const override;

private:
    void* m_key = nullptr; // EVP_PKEY
};

// Public keys by device short id (core::TicketCode::deviceShortIdOf).
class Ed25519Keyring : public core::TicketKeyring
{
public:
    // The keys a counter holds offline: its own device's and those in the ledger's
    // device_keys (LedgerUploader::pullTicketState). Keys that are not 32 bytes are left out.
    static Ed25519Keyring fromLedger(core::Ledger& ledger);

    // False when the key is not 32 bytes.
    bool add(const QString& deviceShortId, const QByteArray& rawPublicKey);
    bool verify(const QString& deviceShortId, const QByteArray& message, const QByteArray& signature) const override;
    bool knowsDevice(const QString& deviceShortId) const override { return m_keys.contains(deviceShortId); }
    int size() const { return int(m_keys.size()); }

private:
    QHash<QString, QByteArray> m_keys;
};

} // namespace cruscotto::sync
