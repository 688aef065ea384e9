#pragma once

// Password hashing (Argon2id through libsodium's crypto_pwhash_str) and the password policy of
// DESIGN §11. The store keeps only the "$argon2id$…" strings these functions make.

#include <QString>

#include <cstddef>

namespace Password {

// Argon2id cost. The default is libsodium's "interactive" level (2 passes, 64 MiB); the
// security admin may raise it, and a stored hash made with lower figures is rehashed at the
// next successful login.
struct HashCost
{
    unsigned long long opsLimit = 2;
    std::size_t memLimitBytes = std::size_t(64) << 20;

    bool operator==(const HashCost &o) const
    {
        return opsLimit == o.opsLimit && memLimitBytes == o.memLimitBytes;
    }
};
HashCost defaultCost();
HashCost minimumCost();    // libsodium's floor (1 pass, 8 KiB): for tests only

// "$argon2id$v=19$m=65536,t=2,p=1$…". Throws std::runtime_error when libsodium cannot
// (out of memory).
QString hash(const QString &password, const HashCost &cost = defaultCost());
// Whether `password` matches `stored` (false for anything that is not an Argon2id string).
bool verify(const QString &stored, const QString &password);
// Whether `stored` was made with a cost other than `cost` (or is not Argon2id at all).
bool needsRehash(const QString &stored, const HashCost &cost);

// Why a new password is not acceptable, translated; empty when it is. At least `minLength`
// characters from at least three of: lower-case letters, upper-case letters, digits, others;
// not the login itself.
QString policyProblem(const QString &password, const QString &login, int minLength = 8);

} // namespace Password
