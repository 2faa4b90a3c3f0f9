#include "Backup.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace bd {

Error Backup::serverRefusal(const QString &location)
{
    return Error{QStringLiteral("backup.server"),
                 tr("%1 is a PostgreSQL database: back it up and restore it with pg_dump and "
                    "pg_restore (see \"Running on a PostgreSQL server\" in the README), or copy "
                    "the election to a file with ballotdesk-cli copy.")
                     .arg(location),
                 {}};
}

Outcome<AuditReport> Backup::create(const Database &db, const Session &actor,
                                    const QString &outPath)
{
    if (Status allowed = actor.require(Operation::Backup); !allowed)
        return allowed.error();
    if (db.isServer())
        return serverRefusal(db.location());
    if (QFileInfo::exists(outPath))
        return Error{QStringLiteral("backup.exists"),
                     tr("%1 exists already; choose a new file for the backup.").arg(outPath),
                     {}};
    auto vacuum = db.exec(QStringLiteral("VACUUM INTO ?"), {QFileInfo(outPath).absoluteFilePath()});
    if (!vacuum) {
        Error error = vacuum.error();
        error.code = QStringLiteral("backup.failed");
        error.userMessage = tr("Could not write the backup to %1.").arg(outPath);
        return error;
    }
    return verifyFile(outPath);
}

Outcome<AuditReport> Backup::verifyFile(const QString &path)
{
    if (Database::isServerLocation(path))
        return serverRefusal(path);
    AuditReport report;
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        auto check = db->scalar(db->dialect().integrityCheckQuery());
        if (!check)
            return check.error();
        if (check->toString() != QLatin1String("ok"))
            return Error{QStringLiteral("backup.invalid"),
                         tr("The backup %1 is damaged; do not use it.").arg(path),
                         check->toString()};
        auto verified = AuditVerifier::verify(*db);
        if (!verified)
            return verified.error();
        report = *verified;
    }
    if (!report.intact())
        return Error{QStringLiteral("backup.invalid"),
                     tr("The backup %1 fails the audit check; do not use it.").arg(path),
                     AuditVerifier::describe(report)};
    return report;
}

Status Backup::restore(const Session &actor, const QString &backupPath, const QString &targetPath)
{
    if (Status allowed = actor.require(Operation::Restore); !allowed)
        return allowed;
    if (Database::isServerLocation(targetPath))
        return serverRefusal(targetPath);
    if (Database::isServerLocation(backupPath))
        return serverRefusal(backupPath);
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(targetPath + QLatin1String(suffix)))
            return Error{QStringLiteral("backup.target-open"),
                         tr("%1 is open in BallotDesk or was not closed properly; close it "
                            "before restoring.")
                             .arg(targetPath),
                         targetPath + QLatin1String(suffix)};
    }
    auto verified = verifyFile(backupPath);
    if (!verified)
        return verified.error();

    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("backup.restore-failed"),
                     tr("Could not read the backup %1.").arg(backupPath), source.errorString()};
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("backup.restore-failed"),
                     tr("Could not write %1; it is unchanged.").arg(targetPath),
                     target.errorString()};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error{QStringLiteral("backup.restore-failed"),
                         tr("Could not write %1; it is unchanged.").arg(targetPath),
                         target.errorString()};
        }
    }
    if (!target.commit())
        return Error{QStringLiteral("backup.restore-failed"),
                     tr("Could not write %1; it is unchanged.").arg(targetPath),
                     target.errorString()};
    return {};
}

} // namespace bd
