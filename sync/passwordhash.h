#pragma once

#include <QByteArray>

namespace cruscotto::sync {

// A slow salted password hash: PBKDF2-HMAC-SHA256 (OpenSSL), a random 16-byte
// salt per password, compared in constant time.
class PasswordHash
{
public:
    static constexpr int DefaultIterations = 210000; // OWASP's 2023 figure for PBKDF2-SHA256
    static constexpr int MinimumIterations = 100000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    static PasswordHash create(const QByteArray& password, int iterations = DefaultIterations);
    PasswordHash(QByteArray salt, QByteArray hash, int iterations);

    // Same work whether or not the password matches.
    bool verify(const QByteArray& password) const;

    // Burns the same time as a verify() against a stored hash: for unknown users,
    // so a login attempt does not reveal which names exist.
    static void verifyNothing(const QByteArray& password, int iterations = DefaultIterations);

    const QByteArray& salt() const { return m_salt; }
    const QByteArray& hash() const { return m_hash; }
    int iterations() const { return m_iterations; }

    // Cryptographic random bytes (RAND_bytes); throws std::runtime_error if the RNG fails.
    static QByteArray randomBytes(int count);
    static QByteArray sha256(const QByteArray& data);

private:
    static QByteArray derive(const QByteArray& password, const QByteArray& salt, int iterations);
    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = DefaultIterations;
};

} // namespace cruscotto::sync
