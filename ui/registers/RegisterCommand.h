#pragma once

#include "Outcome.h"
#include "RegisterRecords.h"

#include <QDate>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace bd {

class Database;
struct Session;

/**
 * One register change on the undo stack: add (no record before), delete (none after), edit
 * (both), or a candidate status change. Records are found again by code, not id, because an
 * undone delete re-adds the record under a new id.
 *
 * The first execution happens before the command is pushed (so a refusal never reaches the
 * stack); a later refused undo or redo reports the service's message and drops the command.
 */
class RegisterCommand : public QUndoCommand
{
public:
    /** Where the command runs: the open database and the signed-in user, and how it reports. */
    struct Environment
    {
        std::function<const Database *()> database;
        std::function<std::optional<Session>()> session;
        std::function<void(const QString &title, const Error &)> reportError;
        std::function<void(RegisterKind, qint64 id)> changed; ///< id 0: the record is gone
    };

    /** A candidate status step (redo); undo restores the record as it was. */
    struct StatusStep
    {
        QString status;
        QDate date;
        QString reason;
    };

    RegisterCommand(Environment environment, std::optional<RegisterRecord> before,
                    std::optional<RegisterRecord> after, const QString &text);
    RegisterCommand(Environment environment, const RegisterRecord &before, StatusStep step,
                    const QString &text);

    /** Runs the change for the first time; push the command only when this succeeds. */
    Status execute();
    /** The id of the record after the last execution (0 after a delete). */
    qint64 recordId() const { return m_recordId; }

    void redo() override;
    void undo() override;

private:
    Status apply(const std::optional<RegisterRecord> &from, const std::optional<RegisterRecord> &to,
                 bool forward);
    void runFromStack(bool forward);

    Environment m_env;
    std::optional<RegisterRecord> m_before;
    std::optional<RegisterRecord> m_after;
    std::optional<StatusStep> m_step;
    qint64 m_recordId = 0;
    bool m_executed = false;
};

} // namespace bd
