#pragma once

#include "Outcome.h"
#include "Role.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

/** Everything a user can ask BallotDesk to do that a role may be refused. */
enum class Operation {
    ManageUsers,       ///< add, disable users, set another user's password
    ConfigureElection, ///< create the election, change its settings and turnout hours
    EditRegisters,     ///< edit territories, stations, candidates, parties, observers
    ImportRegisters,   ///< import registers from files
    EnterProtocol,     ///< type a protocol (first or second entry)
    EnterTurnout,      ///< type an hourly turnout report
    ResolveEntries,    ///< resolve differing double entries
    CorrectProtocol,   ///< correct an accepted protocol, with a reason
    FinalizeResults,   ///< mark results preliminary or final
    ReadResults,       ///< see registers, protocols and results
    ExportReports,     ///< export result reports (PDF, CSV)
    VerifyAudit,       ///< verify the audit chain and protocol seals
    ExportAudit,       ///< export the audit log for observers
    Backup,            ///< write a backup of the election file
    Restore,           ///< replace the election file with a verified backup
};

/**
 * Which role may do which operation; every store service asks this before it changes data.
 *
 * | operation         | administrator | coordinator | operator | analyst |
 * |-------------------|:-------------:|:-----------:|:--------:|:-------:|
 * | ManageUsers       | yes           |             |          |         |
 * | ConfigureElection | yes           |             |          |         |
 * | EditRegisters     | yes           |             |          |         |
 * | ImportRegisters   | yes           |             |          |         |
 * | EnterProtocol     |               |             | yes      |         |
 * | EnterTurnout      |               |             | yes      |         |
 * | ResolveEntries    |               | yes         |          |         |
 * | CorrectProtocol   |               | yes         |          |         |
 * | FinalizeResults   |               | yes         |          |         |
 * | ReadResults       | yes           | yes         | yes      | yes     |
 * | ExportReports     |               | yes         |          | yes     |
 * | VerifyAudit       |               |             |          | yes     |
 * | ExportAudit       |               |             |          | yes     |
 * | Backup            | yes           |             |          |         |
 * | Restore           | yes           |             |          |         |
 *
 * Duties are separated on purpose: the administrator who creates accounts enters no figures,
 * operators cannot accept their own entries, and the analyst who checks the audit log changes
 * nothing. The same matrix is in docs/roles.md.
 */
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    Permissions() = delete;

    static bool allows(Role role, Operation operation);
    /**
     * The Error (code "permission.denied") for a refused operation, naming the role and the
     * role to ask, e.g. "An operator may not correct an accepted protocol; ask a coordinator."
     */
    static Error refusal(Role role, Operation operation);
    /** allows() as a Status: ok, or refusal(). */
    static Status check(Role role, Operation operation);

    /** A stable key for logs and tests, e.g. "correct-protocol". */
    static QString operationKey(Operation operation);
    /** Every operation, in declaration order. */
    static QList<Operation> allOperations();
};

} // namespace bd
