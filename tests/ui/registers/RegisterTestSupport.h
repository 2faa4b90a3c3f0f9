#pragma once

// What the register UI tests share: a fresh copy of the demo per test and a signed-in admin.

#include "Database.h"
#include "RegisterQuery.h"
#include "Session.h"
#include "UserStore.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace bd::test {

/** Copies the demo file to path (replacing it); false when it cannot. */
inline bool freshCopy(const QString &demo, const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return QFile::copy(demo, path);
}

/** Signs in the demo administrator (one Argon2 hash). */
inline std::optional<Session> signInAdmin(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return std::nullopt;
    auto session =
        UserStore(*db).authenticate(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"));
    if (!session) {
        qWarning("sign-in failed: %s", qPrintable(session.error().userMessage));
        return std::nullopt;
    }
    return *session;
}

/** The ids of the first rows of a register, in code order. */
inline QList<qint64> firstIds(const Database &db, Register reg, int count = 5)
{
    PageRequest request;
    request.reg = reg;
    request.limit = count;
    auto page = RegisterQuery::fetch(db, request);
    return page ? page->ids : QList<qint64>();
}

/** A count the test reads straight from the file, e.g. the audit records. */
inline qint64 countRows(const Database &db, const QString &table)
{
    auto value = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return value ? value->toLongLong() : -1;
}

} // namespace bd::test
