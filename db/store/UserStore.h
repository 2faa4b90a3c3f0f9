#pragma once

#include "Database.h"
#include "Outcome.h"
#include "Role.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

/** A user account as listed; never carries the password hash. */
struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Analyst;
    bool disabled = false;
    bool hasPassword = false;
    int failedAttempts = 0;
    QString createdAt;
};

/** A new account to add: the password is hashed and then forgotten. */
struct NewUser
{
    QString login;
    QString fullName;
    Role role = Role::Operator;
    QString password;
};

/**
 * User accounts: add, list, disable, set password, and sign in (authenticate).
 *
 * Every change runs in one transaction with its audit record (AuditLog::append), and is
 * refused unless the acting Session's role allows it. Neither passwords nor hashes are ever
 * written to the audit log.
 *
 * Sign-in errors: "auth.unknown-user" and "auth.wrong-password" carry the same message
 * ("Wrong login or password."), so that nobody learns which logins exist; "auth.disabled" is
 * said only after the right password; "auth.throttled" after kFreeAttempts failures in a row
 * refuses further attempts for 2^(failures - kFreeAttempts) seconds, at most kMaxDelaySeconds,
 * counted from the last failure. A successful sign-in resets the count.
 */
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int kFreeAttempts = 5;
    static constexpr int kMaxDelaySeconds = 300;

    explicit UserStore(const Database &db) : m_db(db) {}

    /** Adds an account (ManageUsers); returns its id. */
    Outcome<qint64> add(const Session &actor, const NewUser &user) const;
    /** Adds the first administrator of a database that has no accounts yet. */
    Outcome<qint64> addFirstAdministrator(const NewUser &user) const;
    /** Every account, by login. */
    Outcome<QList<UserAccount>> list() const;
    /** Disables an account (ManageUsers); nobody may disable their own account. */
    Status disable(const Session &actor, const QString &login) const;
    /** Sets a password: one's own, or anyone's with ManageUsers. */
    Status setPassword(const Session &actor, const QString &login,
                       const QString &newPassword) const;
    /** Checks login and password; records failures and throttles repeated ones. */
    Outcome<Session> authenticate(const QString &login, const QString &password,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /** Seconds to wait after @p failures failures in a row (0 while within kFreeAttempts). */
    static int delaySeconds(int failures);

private:
    Outcome<qint64> insertUser(const NewUser &user, qint64 actorId, const QString &actorLogin,
                               const QString &actorRole) const;

    const Database &m_db;
};

} // namespace bd
