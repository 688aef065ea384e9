#pragma once

// Node identities for sync packages: Ed25519 key pairs and detached signatures through
// libsodium (crypto_sign_*). A package's signature covers its manifest, and the manifest holds
// the checksum of every row, so one signature covers the whole package.

#include <QByteArray>

namespace Signing {

struct KeyPair
{
    QByteArray publicKey;   // 32 bytes
    QByteArray secretKey;   // 64 bytes (libsodium's seed + public key form)
};

// A fresh key pair. Throws std::runtime_error when libsodium cannot start.
KeyPair generate();
// The detached signature (64 bytes) of `message`. Throws std::invalid_argument for a secret key
// of the wrong size.
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
// Whether `signature` is `publicKey`'s signature of `message` (false for keys or signatures of
// the wrong size).
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

} // namespace Signing
