#include "Permissions.h"

namespace bd {

namespace {

constexpr int bit(Operation operation)
{
    return 1 << static_cast<int>(operation);
}

int allowedOperations(Role role)
{
    switch (role) {
    case Role::Administrator:
        return bit(Operation::ManageUsers) | bit(Operation::ConfigureElection) |
               bit(Operation::EditRegisters) | bit(Operation::ImportRegisters) |
               bit(Operation::Backup) | bit(Operation::Restore) | bit(Operation::ReadResults);
    case Role::Coordinator:
        return bit(Operation::ResolveEntries) | bit(Operation::CorrectProtocol) |
               bit(Operation::FinalizeResults) | bit(Operation::ReadResults) |
               bit(Operation::ExportReports);
    case Role::Operator:
        return bit(Operation::EnterProtocol) | bit(Operation::EnterTurnout) |
               bit(Operation::ReadResults);
    case Role::Analyst:
        return bit(Operation::ReadResults) | bit(Operation::ExportReports) |
               bit(Operation::ExportAudit) | bit(Operation::VerifyAudit);
    }
    return 0;
}

} // namespace

bool Permissions::allows(Role role, Operation operation)
{
    return (allowedOperations(role) & bit(operation)) != 0;
}

Status Permissions::check(Role role, Operation operation)
{
    if (allows(role, operation))
        return {};
    return refusal(role, operation);
}

QList<Operation> Permissions::allOperations()
{
    QList<Operation> operations;
    for (int i = 0; i <= static_cast<int>(Operation::Restore); ++i)
        operations << static_cast<Operation>(i);
    return operations;
}

QString Permissions::operationKey(Operation operation)
{
    static const char *const keys[] = {"manage-users",     "configure-election",
                                       "edit-registers",   "import-registers",
                                       "enter-protocol",   "enter-turnout",
                                       "resolve-entries",  "correct-protocol",
                                       "finalize-results", "read-results",
                                       "export-reports",   "verify-audit",
                                       "export-audit",     "backup",
                                       "restore"};
    return QLatin1String(keys[static_cast<int>(operation)]);
}

Error Permissions::refusal(Role role, Operation operation)
{
    QString who;
    switch (role) {
    case Role::Administrator:
        who = tr("An administrator", "subject of a refusal");
        break;
    case Role::Coordinator:
        who = tr("A coordinator", "subject of a refusal");
        break;
    case Role::Operator:
        who = tr("An operator", "subject of a refusal");
        break;
    case Role::Analyst:
        who = tr("An analyst", "subject of a refusal");
        break;
    }

    QString what;
    switch (operation) {
    case Operation::ManageUsers:
        what = tr("manage user accounts", "refused operation");
        break;
    case Operation::ConfigureElection:
        what = tr("set up or change the election", "refused operation");
        break;
    case Operation::EditRegisters:
        what = tr("edit the registers", "refused operation");
        break;
    case Operation::ImportRegisters:
        what = tr("import registers", "refused operation");
        break;
    case Operation::EnterProtocol:
        what = tr("enter a protocol", "refused operation");
        break;
    case Operation::EnterTurnout:
        what = tr("enter a turnout report", "refused operation");
        break;
    case Operation::ResolveEntries:
        what = tr("resolve differing protocol entries", "refused operation");
        break;
    case Operation::CorrectProtocol:
        what = tr("correct an accepted protocol", "refused operation");
        break;
    case Operation::FinalizeResults:
        what = tr("mark the results final", "refused operation");
        break;
    case Operation::ReadResults:
        what = tr("read the results", "refused operation");
        break;
    case Operation::ExportReports:
        what = tr("export reports", "refused operation");
        break;
    case Operation::VerifyAudit:
        what = tr("verify the audit log", "refused operation");
        break;
    case Operation::ExportAudit:
        what = tr("export the audit log", "refused operation");
        break;
    case Operation::Backup:
        what = tr("back up the election file", "refused operation");
        break;
    case Operation::Restore:
        what = tr("restore the election file from a backup", "refused operation");
        break;
    }

    // The first role, in the order of the matrix, that may do it.
    QString ask;
    for (Role other : role::all()) {
        if (!allows(other, operation))
            continue;
        switch (other) {
        case Role::Administrator:
            ask = tr("ask an administrator", "who may do a refused operation");
            break;
        case Role::Coordinator:
            ask = tr("ask a coordinator", "who may do a refused operation");
            break;
        case Role::Operator:
            ask = tr("ask an operator", "who may do a refused operation");
            break;
        case Role::Analyst:
            ask = tr("ask an analyst", "who may do a refused operation");
            break;
        }
        break;
    }

    //: %1 the role ("An operator"), %2 the operation ("correct an accepted protocol"),
    //: %3 who may ("ask a coordinator")
    const QString message = tr("%1 may not %2; %3.").arg(who, what, ask);
    return Error{
        QStringLiteral("permission.denied"), message,
        QStringLiteral("role=%1 operation=%2").arg(role::key(role), operationKey(operation))};
}

} // namespace bd
