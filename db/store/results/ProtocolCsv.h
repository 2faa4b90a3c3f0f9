#pragma once

#include "Database.h"
#include "Finding.h"
#include "ImportProblem.h"
#include "Outcome.h"
#include "ProtocolEntryService.h"
#include "ProtocolFigures.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

/** One row of protocols.csv with its candidates' votes from votes.csv, codes resolved. */
struct ProtocolCsvRow
{
    int line = 0; ///< physical line of the row in protocols.csv (header = 1)
    QString stationCode;
    QString contestCode;
    qint64 stationId = 0;
    qint64 contestId = 0;
    /** The contest the station votes in; differs from contestCode for P.F.204. */
    QString stationContestCode;
    /**
     * The figures as written: a cell that is not a count keeps its text (P.F.202); the votes
     * of each votes.csv row of the station for a candidate of the contest, resolved to ids.
     */
    ProtocolFigures figures;

    bool stationInContest() const { return stationContestCode == contestCode; }
};

/** Both files read: the rows in file order and the problems that are not rule findings. */
struct ProtocolCsvData
{
    static constexpr int kMaxProblems = 100;

    QString protocolsFile; ///< as given, for messages
    QString votesFile;
    qint64 electionId = 0;
    bool againstAllEnabled = false;
    QList<ProtocolCsvRow> rows;    ///< rows without a problem, in file order
    QList<ImportProblem> problems; ///< at most kMaxProblems; any → nothing may be written
};

/** The findings of one row, as the protocol form would show them. */
struct ProtocolCsvCheck
{
    ProtocolCsvRow row;
    std::optional<qint64> protocolId; ///< none for P.F.204 (the station has no such protocol)
    ProtocolState state = ProtocolState::Open;
    QList<Finding> findings;

    bool hasErrors() const;
    /** The codes of the errors, each once, in the order of the findings. */
    QStringList errorCodes() const;
    /** The codes of the warnings, each once, in the order of the findings. */
    QStringList warningCodes() const;
};

/** Which of the two entries the rows of an import must become (--entry). */
enum class ExpectedEntry { Any, First, Second };

/** What importing protocols did, or which rows stopped it. */
struct ProtocolImportReport
{
    int accepted = 0;         ///< second entries equal to the first: accepted
    int waitingForSecond = 0; ///< first entries
    int toCoordinator = 0;    ///< second entries that differ from the first (P.W.001)
    /** Rows refused (errors, wrong state, same user, other entry); any → nothing written. */
    QList<ImportProblem> refused;
};

/**
 * Results protocols from CSV (spec/csv-formats.md, protocols.csv and votes.csv): reading with
 * every code resolved against the database, the findings of each row, and the import of the
 * rows as the signed-in operator's entries through ProtocolEntryService, all or nothing.
 *
 * Problems of the files themselves (columns, unknown or duplicate codes, a candidate of
 * another contest, "against all" where the election has none) are ImportProblems naming file,
 * line and column. A count that is empty or not a whole number keeps its text and becomes the
 * rule finding P.F.202 of its row; a station named with a contest it does not vote in is
 * P.F.204; votes for a candidate of the contest who is not registered, or no votes row for a
 * registered one, are P.F.203.
 */
class ProtocolCsv
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCsv)

public:
    ProtocolCsv() = delete;

    /** The columns of protocols.csv, "against_all" last where the election has it. */
    static QStringList protocolColumns(bool againstAllEnabled);
    /** The columns of votes.csv. */
    static QStringList voteColumns();

    /**
     * Reads both files and resolves station, contest and candidate codes in the election of
     * @p db. An Error only when the files cannot be read at all or the database fails.
     */
    static Outcome<ProtocolCsvData> read(const Database &db, const QString &protocolsPath,
                                         const QString &votesPath);

    /**
     * The findings of every row (ProtocolEntryService::check with the protocol's context),
     * in file order. Reads only; @p session needs Operation::ReadResults.
     */
    static Outcome<QList<ProtocolCsvCheck>> check(const Database &db, const Session &session,
                                                  const ProtocolCsvData &data);

    /**
     * Finishes one entry per row as the signed-in operator, every warning acknowledged by
     * them, following double entry: a row becomes the first entry of an open protocol or the
     * second of a protocol with one finished entry by another user. A row with errors, of an
     * accepted protocol or one waiting for a coordinator, whose first entry is the user's own,
     * or that would be the other entry than @p expected, is refused; then nothing is written.
     * Otherwise all rows are written in one transaction with one audit record of the import.
     * @p data must have no problems. Needs Operation::EnterProtocol.
     */
    static Outcome<ProtocolImportReport> import(const Database &db, const Session &session,
                                                const ProtocolCsvData &data,
                                                ExpectedEntry expected = ExpectedEntry::Any);
};

} // namespace bd
