#pragma once

#include "RegisterLookup.h"
#include "RegisterRecords.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

/**
 * Every rule of the registers for one record, as FieldProblems named by CSV column: the form
 * of each value, unique codes, references that exist, the territory tree, the party's one
 * standing candidate per contest, the minimum age of a registered candidate on election day.
 * Shared by the service (forms, edits) and the importer, so both refuse the same records.
 */
class RegisterRules
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRules)

public:
    RegisterRules() = delete;

    /** All problems of @p record; record.id is the row being changed (0 for a new one). */
    static QList<FieldProblem> check(const RegisterRecord &record, const RegisterLookup &lookup,
                                     const ElectionFacts &facts);

    /** Whether the workflow allows @p from → @p to. */
    static bool transitionAllowed(const QString &from, const QString &to);
    /** Whether @p status needs a reason (refused, withdrawn, deregistered). */
    static bool needsReason(const QString &status);
    /** Whether @p status counts for the one-candidate-per-party rule (nominated, registered). */
    static bool isStanding(const QString &status);
    /** Age in whole years on @p day of someone born on @p birth. */
    static int ageOn(QDate birth, QDate day);
};

} // namespace bd
