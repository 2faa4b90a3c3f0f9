#include "PasswordHasher.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace bd {

namespace {

struct Cost
{
    quint32 passes;
    quint32 memoryKiB;
    quint32 lanes;
};

Cost cost()
{
    if (qEnvironmentVariableIntValue("BALLOTDESK_ARGON2_TEST_COST") == 1)
        return {1, 64, 1};
    return {3, 64 * 1024, 1};
}

constexpr quint32 kHashBytes = 32;

} // namespace

Status PasswordHasher::checkStrength(const QString &password)
{
    if (password.toUcs4().size() < kMinimumLength)
        return Error{QStringLiteral("password.too-short"),
                     tr("A password needs at least %n characters; choose a longer one.", nullptr,
                        kMinimumLength),
                     {}};
    return {};
}

Outcome<QString> PasswordHasher::hash(const QString &password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / sizeof(quint32));
    return hash(password, salt);
}

Outcome<QString> PasswordHasher::hash(const QString &password, const QByteArray &salt)
{
    if (Status strong = checkStrength(password); !strong)
        return strong.error();
    if (salt.size() < ARGON2_MIN_SALT_LENGTH)
        return Error{QStringLiteral("password.hash-failed"),
                     tr("The password could not be protected; nothing was changed."),
                     QStringLiteral("salt shorter than %1 bytes").arg(ARGON2_MIN_SALT_LENGTH)};
    const Cost c = cost();
    const QByteArray utf8 = password.toUtf8();
    const size_t length = argon2_encodedlen(
        c.passes, c.memoryKiB, c.lanes, static_cast<quint32>(salt.size()), kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(length), '\0');
    const int rc = argon2id_hash_encoded(
        c.passes, c.memoryKiB, c.lanes, utf8.constData(), static_cast<size_t>(utf8.size()),
        salt.constData(), static_cast<size_t>(salt.size()), kHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK)
        return Error{QStringLiteral("password.hash-failed"),
                     tr("The password could not be protected; nothing was changed."),
                     QString::fromLatin1(argon2_error_message(rc))};
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (encoded.isEmpty())
        return false;
    const QByteArray hash = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(hash.constData(), utf8.constData(), static_cast<size_t>(utf8.size())) ==
           ARGON2_OK;
}

} // namespace bd
