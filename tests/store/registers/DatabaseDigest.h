#pragma once

// Test helpers for the register tests: a checksum of every table, a fresh election, files.
#include "Database.h"
#include "ElectionSetup.h"
#include "Session.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QSqlRecord>
#include <QStringList>

namespace bd::test {

/**
 * SHA-256 (hex) of an ordered dump of every table: names, column values with their types, in
 * rowid order. Equal digests mean the database content is unchanged. Rows that @p skip says
 * "leave out" (table name, SQL condition) are not dumped, e.g. the CLI's sign-in record.
 */
inline QByteArray databaseDigest(const Database &db, const QString &skipTable = {},
                                 const QString &skipCondition = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "ORDER BY name"));
    if (!tables)
        return QByteArrayLiteral("error: ") + tables.error().detail.toUtf8();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QString sql = QStringLiteral("SELECT * FROM \"%1\"").arg(table);
        if (table == skipTable && !skipCondition.isEmpty())
            sql += QStringLiteral(" WHERE NOT (%1)").arg(skipCondition);
        // WITHOUT ROWID tables do not exist in the schema; every table here has a rowid.
        sql += QStringLiteral(" ORDER BY rowid");
        auto rows = db.exec(sql);
        if (!rows)
            return QByteArrayLiteral("error: ") + rows->lastQuery().toUtf8();
        hash.addData(table.toUtf8() + '\n');
        while (rows->next()) {
            const QSqlRecord record = rows->record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows->value(i);
                hash.addData(value.isNull()
                                 ? QByteArrayLiteral("<null>")
                                 : QByteArray(value.typeName()) + ':' + value.toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result().toHex();
}

/** Writes @p bytes to @p path exactly; false when it cannot. */
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

/** Reads a whole file; empty when it cannot. */
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** The administrator of the elections made by createElection(). */
inline Session testAdministrator()
{
    return Session{1, QStringLiteral("root"), Role::Administrator};
}

/** Creates an empty election on 2021-07-25 with the administrator "root" (id 1). */
inline bool createElection(const QString &path)
{
    NewElection election;
    election.name = QStringLiteral("Test election");
    election.date = QDate(2021, 7, 25);
    auto created = ElectionSetup::createFile(path, election,
                                             NewUser{QStringLiteral("root"), QStringLiteral("Root"),
                                                     Role::Administrator,
                                                     QStringLiteral("root-password-2021")});
    return created.ok();
}

} // namespace bd::test
