#include "sync/passwordhash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>
#include <utility>

namespace cruscotto::sync {

PasswordHash::PasswordHash(QByteArray salt, QByteArray hash, int iterations)
    : m_salt(std::move(salt))
    , m_hash(std::move(hash))
    , m_iterations(iterations)
{ }

QByteArray PasswordHash::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        throw std::runtime_error("The system's random number generator failed.");
    }
    return bytes;
}

QByteArray PasswordHash::sha256(const QByteArray& data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()),
           reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QByteArray PasswordHash::derive(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), HashBytes, reinterpret_cast<unsigned char*>(out.data()))
        != 1) {
        throw std::runtime_error("PBKDF2 failed.");
    }
    return out;
}

PasswordHash PasswordHash::create(const QByteArray& password, int iterations)
{
    if (iterations < MinimumIterations) {
        throw std::invalid_argument("Too few PBKDF2 iterations.");
    }
    QByteArray salt = randomBytes(SaltBytes);
    QByteArray hash = derive(password, salt, iterations);
    return PasswordHash(std::move(salt), std::move(hash), iterations);
}

bool PasswordHash::verify(const QByteArray& password) const
{
    if (m_iterations < MinimumIterations || m_hash.size() != HashBytes) {
        verifyNothing(password);
        return false;
    }
    const QByteArray candidate = derive(password, m_salt, m_iterations);
    return CRYPTO_memcmp(candidate.constData(), m_hash.constData(), HashBytes) == 0;
}

void PasswordHash::verifyNothing(const QByteArray& password, int iterations)
{
    static const QByteArray dummySalt = randomBytes(SaltBytes);
    const QByteArray candidate = derive(password, dummySalt, iterations);
    static const QByteArray dummyHash(HashBytes, '\0');
    // Compared like a real hash so the work (and its timing) is the same.
    static_cast<void>(CRYPTO_memcmp(candidate.constData(), dummyHash.constData(), HashBytes));
}

} // namespace cruscotto::sync
