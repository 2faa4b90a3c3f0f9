#pragma once

#include "ElectionSummary.h"
#include "Outcome.h"

#include <QCoreApplication>

namespace bd {

class Database;

/** Aggregate queries over one election: national and per-region figures. */
class SummaryQueries
{
    Q_DECLARE_TR_FUNCTIONS(SummaryQueries)

public:
    /** The figures of the database's election (the first, when a server holds several). */
    static Outcome<ElectionSummary> national(const Database &db);
};

} // namespace bd
