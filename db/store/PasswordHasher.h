#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bd {

/**
 * Hashes and verifies passwords with Argon2id (libargon2), in the PHC encoded form
 * "$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>" that carries its own salt and cost.
 *
 * The cost is 64 MiB of memory and 3 passes. When the environment variable
 * BALLOTDESK_ARGON2_TEST_COST is 1 (tests only), a tiny cost is used instead; verify() reads the
 * cost from the encoded hash, so either kind verifies anywhere.
 */
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    PasswordHasher() = delete;

    static constexpr int kMinimumLength = 12; ///< in characters (Unicode code points)
    static constexpr int kSaltBytes = 16;

    /** Ok, or Error "password.too-short" saying the minimum length. */
    static Status checkStrength(const QString &password);
    /** checkStrength(), then the encoded hash with a fresh salt from the system generator. */
    static Outcome<QString> hash(const QString &password);
    /** As hash(), with the given salt (at least 8 bytes): the demo derives it from its seed. */
    static Outcome<QString> hash(const QString &password, const QByteArray &salt);
    /** Whether @p password matches @p encoded; false for an empty or malformed hash. */
    static bool verify(const QString &encoded, const QString &password);
};

} // namespace bd
