#pragma once

#include "AuditVerifier.h"
#include "Database.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

/**
 * Backs up an election file and restores one, verifying before trusting a copy.
 *
 * create() uses SQLite's VACUUM INTO, which writes a consistent snapshot while other
 * connections keep writing. restore() first verifies the backup (integrity_check and the audit
 * chain), then writes it over the target through a temporary file and a rename. It refuses
 * while the target has a -wal or -shm file beside it, i.e. while some program has it open or
 * after a crash: close BallotDesk (or open and close the file once) before restoring.
 */
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    Backup() = delete;

    /** Writes a backup of @p db to @p outPath (must not exist) and verifies it. Needs Backup. */
    static Outcome<AuditReport> create(const Database &db, const Session &actor,
                                       const QString &outPath);
    /** integrity_check "ok" and an intact audit chain; Error "backup.invalid" otherwise. */
    static Outcome<AuditReport> verifyFile(const QString &path);
    /** Verifies @p backupPath, then replaces @p targetPath with it. Needs Restore. */
    static Status restore(const Session &actor, const QString &backupPath,
                          const QString &targetPath);
    /** Error "backup.server": a server database is backed up with pg_dump, not here. */
    static Error serverRefusal(const QString &location);
};

} // namespace bd
