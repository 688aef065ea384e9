#include "password.h"

#include <QCoreApplication>

#include <sodium.h>

#include <stdexcept>

namespace {

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

namespace Password {

HashCost defaultCost()
{
    return HashCost{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashCost minimumCost()
{
    return HashCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QString hash(const QString &password, const HashCost &cost)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              cost.opsLimit, cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("Argon2id hashing ran out of memory");
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    initSodium();
    if (!stored.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray s = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(s.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool needsRehash(const QString &stored, const HashCost &cost)
{
    initSodium();
    if (!stored.startsWith(QLatin1String("$argon2id$")))
        return true;
    const QByteArray s = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(s.constData(), cost.opsLimit, cost.memLimitBytes) != 0;
}

QString policyProblem(const QString &password, const QString &login, int minLength)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Password", text); };
    if (password.size() < minLength)
        return tr("The password needs at least %1 characters").arg(minLength);
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        return tr("The password needs three of: lower-case letters, upper-case letters, digits, "
                  "other characters");
    if (!login.isEmpty() && password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password may not be the login");
    return {};
}

} // namespace Password
