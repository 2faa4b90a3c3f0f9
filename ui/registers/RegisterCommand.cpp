#include "RegisterCommand.h"

#include "Database.h"
#include "RecordAccess.h"
#include "RegisterService.h"
#include "Session.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommand, "ballotdesk.ui.registers.undo", QtInfoMsg)

namespace bd {

RegisterCommand::RegisterCommand(Environment environment, std::optional<RegisterRecord> before,
                                 std::optional<RegisterRecord> after, const QString &text)
    : QUndoCommand(text), m_env(std::move(environment)), m_before(std::move(before)),
      m_after(std::move(after))
{}

RegisterCommand::RegisterCommand(Environment environment, const RegisterRecord &before,
                                 StatusStep step, const QString &text)
    : QUndoCommand(text), m_env(std::move(environment)), m_before(before), m_after(before),
      m_step(std::move(step))
{}

Status RegisterCommand::execute()
{
    const Status status = apply(m_before, m_after, true);
    m_executed = status.ok();
    return status;
}

void RegisterCommand::redo()
{
    // QUndoStack::push() calls redo(); the change has already run in execute().
    if (m_executed) {
        m_executed = false;
        return;
    }
    runFromStack(true);
}

void RegisterCommand::undo()
{
    runFromStack(false);
}

void RegisterCommand::runFromStack(bool forward)
{
    const Status status =
        forward ? apply(m_before, m_after, true) : apply(m_after, m_before, false);
    if (status)
        return;
    qCWarning(lcCommand) << text() << status.error().code << status.error().detail;
    // The change did not happen: the stack drops this command so its index still matches
    // the registers.
    setObsolete(true);
    if (m_env.reportError)
        m_env.reportError(forward
                              ? QCoreApplication::translate("bd::RegisterCommand", "Cannot Redo")
                              : QCoreApplication::translate("bd::RegisterCommand", "Cannot Undo"),
                          status.error());
}

Status RegisterCommand::apply(const std::optional<RegisterRecord> &from,
                              const std::optional<RegisterRecord> &to, bool forward)
{
    const Database *db = m_env.database ? m_env.database() : nullptr;
    const std::optional<Session> session = m_env.session ? m_env.session() : std::nullopt;
    if (db == nullptr)
        return Error{
            QStringLiteral("register.no-election"),
            QCoreApplication::translate("bd::RegisterCommand", "No election file is open."),
            {}};
    if (!session)
        return Error{
            QStringLiteral("register.no-session"),
            QCoreApplication::translate("bd::RegisterCommand", "Sign in to edit the registers."),
            {}};
    RegisterService service(*db, *session);
    const RegisterKind kind = bd::kindOf(from ? *from : *to);

    // The row as it is now, found by the code it has before this step.
    qint64 currentId = 0;
    if (from) {
        auto found = service.loadByCode(kind, RecordAccess::code(*from));
        if (!found)
            return found.error();
        currentId = RecordAccess::id(*found);
    }

    Status status;
    if (m_step && forward) {
        status =
            service.changeCandidateStatus(currentId, m_step->status, m_step->date, m_step->reason);
        m_recordId = currentId;
    } else if (m_step && to && std::holds_alternative<CandidateRecord>(*to)) {
        status = service.undoCandidateStatus(currentId, std::get<CandidateRecord>(*to));
        m_recordId = currentId;
    } else if (!from && to) {
        auto added = service.add(*to);
        if (!added)
            return added.error();
        m_recordId = *added;
    } else if (from && !to) {
        status = service.remove(kind, currentId);
        m_recordId = 0;
    } else if (from && to) {
        RegisterRecord changed = *to;
        RecordAccess::setId(changed, currentId);
        status = service.update(changed);
        m_recordId = currentId;
    }
    if (status && m_env.changed)
        m_env.changed(kind, m_recordId);
    return status;
}

} // namespace bd
