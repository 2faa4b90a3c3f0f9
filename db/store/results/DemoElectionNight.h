#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>

namespace bd {

/** What DemoElectionNight::apply() left in each state. */
struct ElectionNightCounts
{
    int reopened = 0;     ///< protocols turned back into open ones
    int open = 0;         ///< of those, still without a finished entry
    int firstEntered = 0; ///< with a first entry only
    int accepted = 0;     ///< accepted again through two equal entries
    int differing = 0;    ///< two entries that differ: a coordinator resolves
    int erroneous = 0;    ///< referred to a coordinator with errors
};

/**
 * The demo on election night (`ballotdesk-cli demo --election-night`): every fourth protocol
 * of the demo reopened with ElectionNight::reopen(), then entered through ProtocolEntryService
 * by the demo's operators from the paper figures (the demo's accepted ones), so that entry,
 * resolution and progress can be tried: some first entries only (by operator1 and operator2
 * in turn), some accepted by double entry (operator1 then operator2), a few differing (the
 * second entry mistyped voters on the list) and two referred with errors (B mistyped by
 * operator1). The same demo gives the same protocols in the same states.
 */
class DemoElectionNight
{
    Q_DECLARE_TR_FUNCTIONS(DemoElectionNight)

public:
    DemoElectionNight() = delete;

    /** Every fourth protocol, by id, is reopened. */
    static constexpr int kReopenEvery = 4;

    /** Applies the election night to a freshly generated demo, all in one transaction. */
    static Outcome<ElectionNightCounts> apply(const Database &db);
};

} // namespace bd
