#pragma once

#include "Database.h"
#include "Finding.h"
#include "ImportProblem.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

namespace bd {

/** What a turnout import stored, or the problems that stopped it. */
struct TurnoutImportReport
{
    static constexpr int kMaxProblems = 100;

    /** The file's reports at one hour. */
    struct Hour
    {
        QTime hour;
        qint64 stations = 0;
        qint64 votersReceivedBallots = 0;
    };

    int rows = 0;                  ///< rows read (and, without problems, stored)
    int stations = 0;              ///< distinct stations in the file
    QList<Hour> hours;             ///< the rows per election hour, in hour order
    QList<ImportProblem> problems; ///< at most kMaxProblems; non-empty → nothing was written
    QList<ImportProblem> warnings; ///< P.W.207 findings: stored, but worth a look
};

/**
 * Imports hourly turnout reports from turnout.csv (spec/csv-formats.md: station_code,
 * reported_at HH:MM, voters_received_ballots): all or nothing, through TurnoutService.
 *
 * Every field is checked, and the rows that read well go through the rules of TurnoutService
 * (unknown station, an hour that is not the election's, T.F.301, T.F.302, each against the
 * station's stored reports too) in a transaction that is committed only when no row has a
 * problem, so one run lists everything to fix. Every problem names the file, the line, the
 * column and the reason; a rule finding names its code and hour. Needs
 * Operation::EnterTurnout.
 */
class TurnoutImporter
{
    Q_DECLARE_TR_FUNCTIONS(TurnoutImporter)

public:
    TurnoutImporter() = delete;

    /** The columns of turnout.csv, in their documented order. */
    static QStringList columns();

    /** An Error only when the import cannot run at all (refused role, unreadable file). */
    static Outcome<TurnoutImportReport> importFile(const Database &db, const Session &session,
                                                   const QString &path);
};

} // namespace bd
