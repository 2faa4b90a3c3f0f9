#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

/** The first audit record that breaks the chain, and why. */
struct BrokenAuditRecord
{
    enum class Kind {
        ChainBroken, ///< prev_hash does not match: a record before it was deleted or reordered
        Edited,      ///< record_hash does not match its own content: the record was edited
    };
    qint64 id = 0;
    Kind kind = Kind::Edited;
    QString message; ///< translated, names the record
};

/** An accepted protocol whose figures no longer match its content_hash. */
struct ChangedProtocol
{
    qint64 protocolId = 0;
    QString stationCode;
    QString contestCode;
};

/** What AuditVerifier found. */
struct AuditReport
{
    qint64 records = 0;         ///< audit records read
    qint64 sealedProtocols = 0; ///< accepted protocols checked
    std::optional<BrokenAuditRecord> firstBroken;
    QList<ChangedProtocol> changedProtocols;

    bool intact() const { return !firstBroken && changedProtocols.isEmpty(); }
};

/**
 * Recomputes the audit chain (AuditLog's rule, in id order) and every accepted protocol's
 * seal (ProtocolSeal's rule) and reports the first broken record and every changed protocol.
 *
 * Deleting records from the end of the log leaves a shorter, valid chain; that is caught only
 * by comparing with an exported copy or a backup (the last record_hash is in every export).
 */
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    AuditVerifier() = delete;

    /** An Error only when the database cannot be read; findings are in the report. */
    static Outcome<AuditReport> verify(const Database &db);
    /** One translated sentence: "audit chain intact: ..." or what is broken. */
    static QString describe(const AuditReport &report);
};

} // namespace bd
