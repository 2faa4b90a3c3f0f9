#pragma once

#include "Database.h"
#include "Outcome.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

/**
 * Adds, changes, removes and loads register records and runs the candidate workflow.
 *
 * Every rule of the registers is enforced here, not only in forms: unique codes, references
 * that exist, at most one standing candidate of a party per contest, a registered candidate of
 * election.min_candidate_age on election day, a reason for refused/withdrawn/deregistered,
 * voters a whole number ≥ 0, a station's territory inside its contest's territory,
 * coordinates in range, colours #RRGGBB, real dates and no birth date in the future.
 * Every change runs in one Transaction with an AuditLog record (who, when, what, old and new
 * values as JSON) and needs Operation::EditRegisters.
 */
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(RegisterService)

public:
    RegisterService(const Database &db, Session session);

    /** Every rule for @p record, for live form checks; empty = it may be saved. */
    QList<FieldProblem> validate(const RegisterRecord &record) const;
    /** Adds @p record (its id is ignored) and returns the new id. */
    Outcome<qint64> add(const RegisterRecord &record);
    /** Changes the row whose id is record.id. */
    Status update(const RegisterRecord &record);
    /** Removes a row nothing depends on; otherwise says what depends on it. */
    Status remove(RegisterKind kind, qint64 id);
    Outcome<RegisterRecord> load(RegisterKind kind, qint64 id) const;
    /** Finds a row by its code; Error "register.not-found" when there is none. */
    Outcome<RegisterRecord> loadByCode(RegisterKind kind, const QString &code) const;

    /**
     * nominated → registered | refused; registered → withdrawn | deregistered; anything else
     * is refused with a message. Writes a candidate_status_change history row.
     */
    Status changeCandidateStatus(qint64 candidateId, const QString &status, QDate date,
                                 const QString &reason);
    /**
     * Takes back the candidate's last status step (the undo of changeCandidateStatus): the
     * candidate returns to @p previous's status, date and reason. Refused unless the current
     * status is the last step of the history and @p previous is the step before it. The
     * history keeps both steps and gains the return, so nothing is lost.
     */
    Status undoCandidateStatus(qint64 candidateId, const CandidateRecord &previous);
    /** The candidate's history, oldest first. */
    Outcome<QList<CandidateStatusChange>> candidateHistory(qint64 candidateId) const;

private:
    QList<FieldProblem> check(const RegisterRecord &record, bool checkTransition) const;
    Status store(const RegisterRecord &record, bool checkTransition, const QString &action);

    const Database &m_db;
    Session m_session;
};

} // namespace bd
