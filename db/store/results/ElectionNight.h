#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

/**
 * Turns accepted protocols of a synthetic election (the demo) back into protocols waiting for
 * entry, to rehearse election night: `ballotdesk-cli demo --election-night` and the tests.
 */
class ElectionNight
{
    Q_DECLARE_TR_FUNCTIONS(ElectionNight)

public:
    ElectionNight() = delete;

    /**
     * Clears the official figures, votes, seal and every entry (with its votes and
     * acknowledgements) of each protocol in @p protocolIds and sets it open, in one
     * transaction with one audit record "protocol.reopen-demo" (object "election", the ids in
     * new_values). Corrections are kept. Refused ("demo.not-synthetic") unless every protocol
     * belongs to an election marked synthetic; "protocol.not-found" for an unknown id. Needs no
     * session: it is a demo tool, not an operation of the commission.
     */
    static Status reopen(const Database &db, const QList<qint64> &protocolIds);

    /**
     * The ids of every @p nth protocol of election @p electionId (by id, starting with the
     * first), for reopen(); @p nth = 1 gives all of them.
     */
    static Outcome<QList<qint64>> everyNth(const Database &db, qint64 electionId, int nth);
};

} // namespace bd
