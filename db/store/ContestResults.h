#pragma once

#include "ContestTally.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QHash>

namespace bd {

class Database;

/** Tallies every contest of an election from its accepted protocols. */
class ContestResults
{
    Q_DECLARE_TR_FUNCTIONS(ContestResults)

public:
    /** The outcome of each contest of @p electionId, keyed by contest id. */
    static Outcome<QHash<qint64, ContestOutcome>> outcomes(const Database &db, qint64 electionId);
};

} // namespace bd
