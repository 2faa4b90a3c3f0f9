#pragma once

#include "Database.h"
#include "Outcome.h"
#include "RegisterRecords.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

/** One register row that matches a search. */
struct SearchHit
{
    RegisterKind kind = RegisterKind::Territories;
    qint64 id = 0;
    QString code;
    QString label;  ///< what to show first: a name, "Station 123"
    QString detail; ///< one line of context: the address, the contest, the party
};

/**
 * Searches the registers: candidates by part of the name, stations by number or part of the
 * address, any register by code. Answers within a frame on the demo; bounded by @p limit.
 */
class RegisterSearch
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSearch)

public:
    RegisterSearch() = delete;

    static Outcome<QList<SearchHit>> find(const Database &db, const QString &text, int limit = 50);
};

} // namespace bd
