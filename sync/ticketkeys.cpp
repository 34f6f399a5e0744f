#include "sync/ticketkeys.h"

#include "core/ledger.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace cruscotto::sync {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct KeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

} // namespace

Ed25519KeyPair generateEd25519KeyPair()
{
    std::unique_ptr<EVP_PKEY_CTX, KeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        throw std::runtime_error("OpenSSL could not generate an Ed25519 key");
    }
    PkeyPtr key(raw);
    Ed25519KeyPair pair;
    unsigned char* der = nullptr;
    const int derLength = i2d_PrivateKey(key.get(), &der);
    if (derLength <= 0) {
        throw std::runtime_error("OpenSSL could not encode the Ed25519 key");
    }
    pair.privateKey = QByteArray(reinterpret_cast<const char*>(der), derLength);
    OPENSSL_clear_free(der, std::size_t(derLength));
    std::size_t publicLength = 32;
    pair.publicKey.resize(32);
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                                    &publicLength)
            != 1
        || publicLength != 32) {
        throw std::runtime_error("OpenSSL could not export the Ed25519 public key");
    }
    return pair;
}

Ed25519Signer::Ed25519Signer(const QByteArray& privateKeyDer)
{
    const auto* data = reinterpret_cast<const unsigned char*>(privateKeyDer.constData());
    EVP_PKEY* key = d2i_PrivateKey(EVP_PKEY_ED25519, nullptr, &data, privateKeyDer.size());
    if (!key) {
        throw std::runtime_error("the device's signing key is not an Ed25519 private key");
    }
    m_key = key;
}

Ed25519Signer::~Ed25519Signer()
{
    EVP_PKEY_free(static_cast<EVP_PKEY*>(m_key));
}

QByteArray Ed25519Signer::sign(const QByteArray& message) const
{
    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, '\0');
    std::size_t length = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, static_cast<EVP_PKEY*>(m_key)) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()))
            != 1
        || length != 64) {
        throw std::runtime_error("OpenSSL could not sign the ticket code");
    }
    return signature;
}

Ed25519Keyring Ed25519Keyring::fromLedger(core::Ledger& ledger)
{
    Ed25519Keyring keyring;
    for (const core::DeviceKey& key : ledger.deviceKeys()) {
        keyring.add(key.shortId, key.publicKey);
    }
    if (const auto identity = ledger.identity()) {
        keyring.add(core::TicketCode::deviceShortIdOf(identity->deviceId), identity->publicKey);
    }
    return keyring;
}

bool Ed25519Keyring::add(const QString& deviceShortId, const QByteArray& rawPublicKey)
{
    if (rawPublicKey.size() != 32) {
        return false;
    }
    m_keys.insert(deviceShortId, rawPublicKey);
    return true;
}

bool Ed25519Keyring::verify(const QString& deviceShortId, const QByteArray& message,
                            const QByteArray& signature) const
{
    const auto it = m_keys.constFind(deviceShortId);
    if (it == m_keys.constEnd() || signature.size() != 64) {
        return false;
    }
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char*>(it->constData()), 32));
    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            std::size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                            std::size_t(message.size()))
        == 1;
}

} // namespace cruscotto::sync
