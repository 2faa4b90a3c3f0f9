#include "AuditVerifier.h"

#include "AuditLog.h"
#include "ProtocolSeal.h"

#include <QHash>

namespace bd {

namespace {

std::optional<qint64> optionalCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Status verifyChain(const Database &db, AuditReport &report)
{
    auto query = db.exec(QStringLiteral(
        "SELECT id, election_id, occurred_at, user_id, user_login, user_role, action, "
        "object_type, object_id, old_values, new_values, prev_hash, record_hash "
        "FROM audit_log ORDER BY id"));
    if (!query)
        return query.error();
    QString expectedPrev = AuditLog::genesisHash();
    qint64 previousId = 0;
    while (query->next()) {
        ++report.records;
        if (report.firstBroken)
            continue;
        const qint64 id = query->value(0).toLongLong();
        AuditRecord record;
        record.electionId = query->value(1).toLongLong();
        record.occurredAt = query->value(2).toString();
        record.userId = query->value(3).toLongLong();
        record.userLogin = query->value(4).toString();
        record.userRole = query->value(5).toString();
        record.action = query->value(6).toString();
        record.objectType = query->value(7).toString();
        record.objectId = query->value(8).toString();
        record.oldValues = query->value(9).toString();
        record.newValues = query->value(10).toString();
        const QString prevHash = query->value(11).toString();
        const QString recordHash = query->value(12).toString();

        if (prevHash != expectedPrev) {
            const QString message =
                previousId == 0
                    ? AuditVerifier::tr("Audit record %1 is not linked to the start of the log: "
                                        "records before it were deleted.")
                          .arg(id)
                    : AuditVerifier::tr("Audit record %1 is not linked to record %2 before it: "
                                        "records between them were deleted, inserted or "
                                        "reordered.")
                          .arg(id)
                          .arg(previousId);
            report.firstBroken =
                BrokenAuditRecord{id, BrokenAuditRecord::Kind::ChainBroken, message};
        } else if (AuditLog::recordHash(prevHash, record) != recordHash) {
            report.firstBroken = BrokenAuditRecord{
                id, BrokenAuditRecord::Kind::Edited,
                AuditVerifier::tr("Audit record %1 was edited: its content no longer matches "
                                  "its hash.")
                    .arg(id)};
        }
        expectedPrev = recordHash;
        previousId = id;
    }
    return {};
}

Status verifyProtocols(const Database &db, AuditReport &report)
{
    // Candidate codes and votes of accepted protocols, grouped by protocol.
    auto votes = db.exec(QStringLiteral(
        "SELECT pv.protocol_id, c.code, pv.votes FROM protocol_vote pv "
        "JOIN protocol p ON p.id = pv.protocol_id JOIN candidate c ON c.id = pv.candidate_id "
        "WHERE p.state = 'accepted'"));
    if (!votes)
        return votes.error();
    QHash<qint64, QList<QPair<QString, qint64>>> votesByProtocol;
    while (votes->next())
        votesByProtocol[votes->value(0).toLongLong()].append(
            {votes->value(1).toString(), votes->value(2).toLongLong()});

    auto protocols = db.exec(QStringLiteral(
        "SELECT p.id, s.code, c.code, p.voters_on_list, p.ballots_received, "
        "p.ballots_issued_station, p.ballots_issued_outside, p.ballots_cancelled, "
        "p.ballots_in_station_boxes, p.ballots_in_mobile_boxes, p.invalid_ballots, "
        "p.against_all, p.content_hash FROM protocol p "
        "JOIN polling_station s ON s.id = p.polling_station_id "
        "JOIN contest c ON c.id = p.contest_id WHERE p.state = 'accepted' ORDER BY p.id"));
    if (!protocols)
        return protocols.error();
    while (protocols->next()) {
        ++report.sealedProtocols;
        const qint64 id = protocols->value(0).toLongLong();
        QList<std::optional<qint64>> figures;
        for (int column = 3; column <= 11; ++column)
            figures << optionalCount(protocols->value(column));
        const QString station = protocols->value(1).toString();
        const QString contest = protocols->value(2).toString();
        const QString expected =
            ProtocolSeal::hash(station, contest, figures, votesByProtocol.value(id));
        if (expected != protocols->value(12).toString())
            report.changedProtocols << ChangedProtocol{id, station, contest};
    }
    return {};
}

} // namespace

Outcome<AuditReport> AuditVerifier::verify(const Database &db)
{
    AuditReport report;
    if (Status s = verifyChain(db, report); !s)
        return s.error();
    if (Status s = verifyProtocols(db, report); !s)
        return s.error();
    return report;
}

QString AuditVerifier::describe(const AuditReport &report)
{
    if (report.intact())
        return tr("audit chain intact: %1, %2")
            .arg(tr("%Ln record(s)", nullptr, static_cast<int>(report.records)),
                 tr("%Ln protocol(s) sealed", nullptr, static_cast<int>(report.sealedProtocols)));
    QStringList lines;
    if (report.firstBroken)
        lines << report.firstBroken->message;
    for (const ChangedProtocol &changed : report.changedProtocols)
        lines << tr("The figures of the accepted protocol of station %1 (contest %2) were "
                    "changed outside the application: they no longer match its seal.")
                     .arg(changed.stationCode, changed.contestCode);
    return lines.join(QLatin1Char('\n'));
}

} // namespace bd
