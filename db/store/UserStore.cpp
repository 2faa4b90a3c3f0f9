#include "UserStore.h"

#include "AuditLog.h"
#include "PasswordHasher.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bd {

namespace {

QString nowText(const QDateTime &now)
{
    return now.toUTC().toString(Qt::ISODateWithMs);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditRecord recordBy(const Session &actor, const QString &action, const QString &userId)
{
    AuditRecord record;
    record.userId = actor.userId;
    record.userLogin = actor.login;
    record.userRole = role::key(actor.role);
    record.action = action;
    record.objectType = QStringLiteral("user");
    record.objectId = userId;
    return record;
}

Error wrongCredentials(const QString &code, const QString &detail)
{
    return Error{code, UserStore::tr("Wrong login or password."), detail};
}

} // namespace

int UserStore::delaySeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int exponent = std::min(failures - kFreeAttempts, 16);
    return std::min(1 << exponent, kMaxDelaySeconds);
}

Outcome<qint64> UserStore::insertUser(const NewUser &user, qint64 actorId,
                                      const QString &actorLogin, const QString &actorRole) const
{
    const QString login = user.login.trimmed();
    if (login.isEmpty() || login != user.login)
        return Error{QStringLiteral("user.invalid-login"),
                     tr("A login must not be empty or begin or end with spaces."), user.login};
    auto existing =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE login = ?"), {login});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error{QStringLiteral("user.exists"),
                     tr("The login \"%1\" is taken; choose another one.").arg(login),
                     {}};
    auto hash = PasswordHasher::hash(user.password);
    if (!hash)
        return hash.error();

    const QString created = nowText(QDateTime::currentDateTimeUtc());
    auto inserted =
        m_db.exec(QStringLiteral("INSERT INTO app_user (login, full_name, role, "
                                 "password_hash, password_changed_at, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  {login, user.fullName, role::key(user.role), *hash, created, created});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Database::queryError(*inserted, tr("reading the id of a new account"));
    const qint64 id = inserted->value(0).toLongLong();

    QJsonObject values;
    values.insert(QLatin1String("login"), login);
    values.insert(QLatin1String("full_name"), user.fullName);
    values.insert(QLatin1String("role"), role::key(user.role));
    AuditRecord record;
    record.occurredAt = created;
    record.userId = actorId == 0 ? id : actorId;
    record.userLogin = actorLogin.isEmpty() ? login : actorLogin;
    record.userRole = actorRole.isEmpty() ? role::key(user.role) : actorRole;
    record.action = QStringLiteral("user.add");
    record.objectType = QStringLiteral("user");
    record.objectId = QString::number(id);
    record.newValues = json(values);
    if (Status s = AuditLog::append(m_db, record); !s)
        return s.error();
    return id;
}

Outcome<qint64> UserStore::add(const Session &actor, const NewUser &user) const
{
    if (Status allowed = actor.require(Operation::ManageUsers); !allowed)
        return allowed.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto id = insertUser(user, actor.userId, actor.login, role::key(actor.role));
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Outcome<qint64> UserStore::addFirstAdministrator(const NewUser &user) const
{
    if (user.role != Role::Administrator)
        return Error{QStringLiteral("user.first-not-admin"),
                     tr("The first account of an election must be an administrator."),
                     {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user"));
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return Error{QStringLiteral("user.not-first"),
                     tr("This election already has accounts; an administrator adds new ones."),
                     {}};
    auto id = insertUser(user, 0, {}, {});
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Outcome<QList<UserAccount>> UserStore::list() const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT id, login, full_name, role, disabled, password_hash IS NOT NULL, "
                       "failed_attempts, created_at FROM app_user ORDER BY login"));
    if (!query)
        return query.error();
    QList<UserAccount> accounts;
    while (query->next()) {
        UserAccount account;
        account.id = query->value(0).toLongLong();
        account.login = query->value(1).toString();
        account.fullName = query->value(2).toString();
        account.role = role::fromKey(query->value(3).toString()).value_or(Role::Analyst);
        account.disabled = query->value(4).toInt() != 0;
        account.hasPassword = query->value(5).toInt() != 0;
        account.failedAttempts = query->value(6).toInt();
        account.createdAt = query->value(7).toString();
        accounts << account;
    }
    return accounts;
}

Status UserStore::disable(const Session &actor, const QString &login) const
{
    if (Status allowed = actor.require(Operation::ManageUsers); !allowed)
        return allowed;
    if (login == actor.login)
        return Error{QStringLiteral("user.disable-self"),
                     tr("You cannot disable your own account; ask another administrator."),
                     {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row =
        m_db.exec(QStringLiteral("SELECT id, disabled FROM app_user WHERE login = ?"), {login});
    if (!row)
        return row.error();
    if (!row->next())
        return Error{QStringLiteral("user.unknown"),
                     tr("There is no account with the login \"%1\".").arg(login),
                     {}};
    const qint64 id = row->value(0).toLongLong();
    if (row->value(1).toInt() != 0)
        return Error{QStringLiteral("user.already-disabled"),
                     tr("The account \"%1\" is already disabled.").arg(login),
                     {}};
    auto updated = m_db.exec(QStringLiteral("UPDATE app_user SET disabled = 1 WHERE id = ?"), {id});
    if (!updated)
        return updated.error();
    AuditRecord record = recordBy(actor, QStringLiteral("user.disable"), QString::number(id));
    record.oldValues = QStringLiteral("{\"disabled\":false}");
    record.newValues = QStringLiteral("{\"disabled\":true}");
    if (Status s = AuditLog::append(m_db, record); !s)
        return s;
    return transaction.commit();
}

Status UserStore::setPassword(const Session &actor, const QString &login,
                              const QString &newPassword) const
{
    if (login != actor.login) {
        if (Status allowed = actor.require(Operation::ManageUsers); !allowed)
            return allowed;
    }
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = m_db.exec(QStringLiteral("SELECT id FROM app_user WHERE login = ?"), {login});
    if (!row)
        return row.error();
    if (!row->next())
        return Error{QStringLiteral("user.unknown"),
                     tr("There is no account with the login \"%1\".").arg(login),
                     {}};
    const qint64 id = row->value(0).toLongLong();
    const QString changed = nowText(QDateTime::currentDateTimeUtc());
    auto updated = m_db.exec(QStringLiteral("UPDATE app_user SET password_hash = ?, "
                                            "password_changed_at = ?, failed_attempts = 0, "
                                            "last_failed_at = NULL WHERE id = ?"),
                             {*hash, changed, id});
    if (!updated)
        return updated.error();
    AuditRecord record = recordBy(actor, QStringLiteral("user.password"), QString::number(id));
    record.occurredAt = changed;
    // Only the fact and the time: never the password or its hash.
    record.newValues = json(QJsonObject{{QLatin1String("password_changed_at"), changed}});
    if (Status s = AuditLog::append(m_db, record); !s)
        return s;
    return transaction.commit();
}

Outcome<Session> UserStore::authenticate(const QString &login, const QString &password,
                                         const QDateTime &now) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = m_db.exec(QStringLiteral("SELECT id, role, password_hash, disabled, "
                                        "failed_attempts, last_failed_at FROM app_user "
                                        "WHERE login = ?"),
                         {login});
    if (!row)
        return row.error();
    if (!row->next()) {
        // Spend the time a real check takes, so that timing does not tell which logins exist.
        static const QString dummy =
            PasswordHasher::hash(QStringLiteral("not-a-real-password"), QByteArray(16, 'x'))
                .value();
        (void)PasswordHasher::verify(dummy, password);
        return wrongCredentials(QStringLiteral("auth.unknown-user"), {});
    }
    const qint64 id = row->value(0).toLongLong();
    const QString roleKey = row->value(1).toString();
    const std::optional<Role> userRole = role::fromKey(roleKey);
    const QString hash = row->value(2).toString();
    const bool disabled = row->value(3).toInt() != 0;
    const int failures = row->value(4).toInt();
    const QDateTime lastFailed = QDateTime::fromString(row->value(5).toString(), Qt::ISODate);
    row->finish();

    if (const int delay = delaySeconds(failures); delay > 0 && lastFailed.isValid()) {
        const QDateTime retryAt = lastFailed.addSecs(delay);
        if (now < retryAt) {
            const qint64 wait = std::max<qint64>(1, now.secsTo(retryAt));
            return Error{QStringLiteral("auth.throttled"),
                         tr("Too many failed sign-ins for this login. Try again in %n second(s).",
                            nullptr, static_cast<int>(wait)),
                         retryAt.toString(Qt::ISODate)};
        }
    }

    AuditRecord record;
    record.occurredAt = nowText(now);
    record.userId = id;
    record.userLogin = login;
    record.userRole = roleKey;
    record.objectType = QStringLiteral("user");
    record.objectId = QString::number(id);

    if (!PasswordHasher::verify(hash, password) || !userRole) {
        auto updated = m_db.exec(QStringLiteral("UPDATE app_user SET failed_attempts = "
                                                "failed_attempts + 1, last_failed_at = ? "
                                                "WHERE id = ?"),
                                 {nowText(now), id});
        if (!updated)
            return updated.error();
        record.action = QStringLiteral("user.sign-in-failed");
        record.newValues = json(QJsonObject{{QLatin1String("failed_attempts"), failures + 1}});
        if (Status s = AuditLog::append(m_db, record); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        return wrongCredentials(QStringLiteral("auth.wrong-password"), {});
    }
    if (disabled)
        return Error{QStringLiteral("auth.disabled"),
                     tr("This account is disabled. Ask an administrator to enable it."),
                     {}};

    auto updated = m_db.exec(QStringLiteral("UPDATE app_user SET failed_attempts = 0, "
                                            "last_failed_at = NULL WHERE id = ?"),
                             {id});
    if (!updated)
        return updated.error();
    record.userRole = role::key(*userRole);
    record.action = QStringLiteral("user.sign-in");
    if (Status s = AuditLog::append(m_db, record); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return Session{id, login, *userRole};
}

} // namespace bd
