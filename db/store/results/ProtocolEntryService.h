#pragma once

#include "Database.h"
#include "Finding.h"
#include "Outcome.h"
#include "ProtocolContext.h"
#include "ProtocolFigures.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bd {

/** Where a station's protocol stands in double entry (column protocol.state and its reason). */
enum class ProtocolState {
    Open,         ///< no finished entry yet (drafts may exist)
    FirstEntered, ///< one finished entry, waiting for the second
    Differing,    ///< two finished entries that differ (P.W.001): a coordinator resolves
    Erroneous,    ///< a finished entry was referred with errors: a coordinator resolves
    Accepted,     ///< official figures; changed only by a correction
};

/** What an operator's entry is: typed and saved, finished, or sent back by a coordinator. */
enum class EntryState {
    Draft,     ///< being typed; saved at any time
    Finished,  ///< handed in (no error, or referred to a coordinator with errors)
    Returned,  ///< sent back by a coordinator with a remark; its operator edits and finishes it
    Discarded, ///< thrown away by a coordinator; kept for the record
};

/** One registered candidate of a contest, in ballot order, for the form's G fields. */
struct BallotCandidate
{
    qint64 id = 0;
    QString code;
    QString fullName;
    QString partyName; ///< the party's name in the interface language; empty = self-nominated
    int ballotOrder = 0;
};

/** A station and contest as the type-ahead offers them. */
struct ProtocolChoice
{
    qint64 protocolId = 0;
    QString stationCode;
    QString stationNumber; ///< as printed on the paper form
    QString stationName;
    QString contestCode;
    QString contestName;
    QString territoryName; ///< the station's lowest territory
    ProtocolState state = ProtocolState::Open;
};

/** Everything a protocol form needs to show and check one station's protocol. */
struct ProtocolSheet
{
    ProtocolChoice choice;
    qint64 stationId = 0;
    qint64 contestId = 0;
    qint64 electionId = 0;
    QList<BallotCandidate> candidates;       ///< the contest's registered candidates, ballot order
    ProtocolContext context;                 ///< thresholds, against-all, voters on record, hourly
    int rowVersion = 0;                      ///< protocol.row_version, for corrections
    std::optional<ProtocolFigures> accepted; ///< the official figures once accepted
};

/** One operator's entry of a protocol. */
struct ProtocolEntry
{
    qint64 id = 0;
    qint64 protocolId = 0;
    int entryNumber = 0; ///< 1 or 2: which of the two independent entries
    qint64 enteredBy = 0;
    QString enteredByLogin;
    EntryState state = EntryState::Draft;
    ProtocolFigures figures;
    QStringList acknowledgedWarnings; ///< codes the operator checked against the paper
    QString remark;                   ///< the operator's note, or the coordinator's on return
    QDateTime updatedAt;              ///< UTC
    QDateTime finishedAt;             ///< UTC; invalid while a draft
};

/** What finishing an entry led to. */
enum class FinishOutcome {
    WaitingForSecond, ///< the first entry is in; another operator enters the second
    Accepted,         ///< both entries equal, no error: the protocol is accepted
    ToCoordinator,    ///< the entries differ or one has errors: a coordinator resolves
};

/** Both entries of a protocol that needs a coordinator, and what differs. */
struct ProtocolResolution
{
    ProtocolSheet sheet;
    ProtocolState state = ProtocolState::Differing;
    std::optional<ProtocolEntry> first;
    std::optional<ProtocolEntry> second;
    QList<Finding> firstFindings;  ///< ProtocolRules::check of the first entry
    QList<Finding> secondFindings; ///< of the second
    QList<Finding> differences;    ///< ProtocolRules::compare(first, second): P.W.001 or none
};

/** One row of the coordinator's queue. */
struct ResolutionQueueItem
{
    ProtocolChoice choice;
    ProtocolState state = ProtocolState::Differing;
    int differingFields = 0; ///< fields and candidates that differ between the entries
    QDateTime since;         ///< when the protocol started waiting (UTC)
};

/** One recorded correction of an accepted protocol. */
struct ProtocolCorrection
{
    qint64 id = 0;
    qint64 correctedBy = 0;
    QString correctedByLogin;
    QDateTime correctedAt; ///< UTC
    QString reason;
    ProtocolFigures oldFigures;
    ProtocolFigures newFigures;
};

/**
 * Double entry of results protocols, coordinator resolution and corrections
 * (spec/protocol-rules.md, "Entry and acceptance").
 *
 * Every rule lives here, not in forms: the second entry is by a different user and is never
 * shown the first; an entry with errors cannot be finished except by referring it to a
 * coordinator; every warning of a finished entry must be acknowledged (who and when are
 * stored); two equal entries without error make the protocol accepted (figures copied to
 * protocol/protocol_vote, sealed with ProtocolSeal, row_version bumped); an accepted protocol
 * changes only through correct(). Each change is one Transaction with its AuditLog record and
 * is committed (durable) before the call returns. Operators need Operation::EnterProtocol;
 * resolution needs ResolveEntries; corrections need CorrectProtocol; reading needs
 * ReadResults. Error codes: "protocol.not-found", "protocol.accepted", "protocol.same-user",
 * "protocol.entries-full", "protocol.has-errors", "protocol.unacknowledged",
 * "protocol.not-yours", "protocol.state", "protocol.conflict" (row_version moved on),
 * "protocol.reason-required", "protocol.no-change".
 */
class ProtocolEntryService
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolEntryService)

public:
    ProtocolEntryService(const Database &db, Session session);

    /**
     * Type-ahead: protocols of @p electionId whose station number or station code starts with
     * @p prefix (case-insensitive), ordered by station number then contest code, at most
     * @p limit. Uses indexes; fast at a million stations.
     */
    Outcome<QList<ProtocolChoice>> find(qint64 electionId, const QString &prefix,
                                        int limit = 20) const;
    /** The protocol of station @p stationCode and contest @p contestCode (CLI, imports). */
    Outcome<qint64> protocolId(qint64 electionId, const QString &stationCode,
                               const QString &contestCode) const;
    /** Station, contest, candidates in ballot order and the rule context. */
    Outcome<ProtocolSheet> sheet(qint64 protocolId) const;
    /** Every finding for @p figures on @p sheet (ProtocolRules::check). */
    static QList<Finding> check(const ProtocolSheet &sheet, const ProtocolFigures &figures);

    /**
     * The signed-in operator's own live entry of the protocol (draft, returned or finished),
     * or nullopt when they have none. Never returns another user's entry.
     */
    Outcome<std::optional<ProtocolEntry>> myEntry(qint64 protocolId) const;
    /**
     * Saves the operator's draft (creating their entry, number 1 or 2, on first save).
     * Refused when the protocol is accepted, when both entries are taken by other users,
     * or when the user's entry is finished ("protocol.same-user": the other entry is for
     * someone else). Empty and mistyped fields are kept as typed; a returned entry stays
     * Returned until it is finished. Votes are kept for the sheet's candidates only.
     */
    Outcome<ProtocolEntry> saveDraft(qint64 protocolId, const ProtocolFigures &figures,
                                     const QStringList &acknowledgedWarnings);
    /**
     * Finishes the operator's entry with @p figures. Refused with "protocol.has-errors" when
     * they have an error, unless @p referWithErrors (the paper itself is wrong; @p remark says
     * why, required then); refused with "protocol.unacknowledged" when a warning is not in
     * @p acknowledgedWarnings. The second operator must differ from the first
     * ("protocol.same-user"). Compares with the other finished entry and accepts or sends the
     * protocol to a coordinator.
     */
    Outcome<FinishOutcome> finish(qint64 protocolId, const ProtocolFigures &figures,
                                  const QStringList &acknowledgedWarnings,
                                  const QString &remark = {}, bool referWithErrors = false);

    /**
     * Protocols waiting for a coordinator (Differing and Erroneous), oldest first, at most
     * @p limit. An Erroneous protocol may still take its other entry from a second operator.
     */
    Outcome<QList<ResolutionQueueItem>> resolutionQueue(qint64 electionId, int limit = 500) const;
    /** Both entries, their findings and their differences (ResolveEntries: entry is blind). */
    Outcome<ProtocolResolution> resolution(qint64 protocolId) const;
    /**
     * Accepts entry @p entryNumber's figures (the other entry is discarded). Refused when the
     * kept entry has an error; its warnings count as acknowledged by the coordinator.
     */
    Status keepEntry(qint64 protocolId, int entryNumber);
    /**
     * Sends entry @p entryNumber back to its operator with @p remark (required). The protocol
     * becomes FirstEntered when the other entry is finished (Erroneous if that one was
     * referred with errors), else Open.
     */
    Status returnEntry(qint64 protocolId, int entryNumber, const QString &remark);
    /** Discards both entries; the protocol is open for two new entries. @p reason required. */
    Status discardBoth(qint64 protocolId, const QString &reason);

    /**
     * Changes the official figures of an accepted protocol. @p reason is required, the new
     * figures must differ and have no error, their warnings must be in @p acknowledgedWarnings,
     * and @p expectedRowVersion must still be the protocol's row_version (else
     * "protocol.conflict", whose message gives the current values). The correction row and
     * the audit record hold the old and new values; the seal is recomputed.
     */
    Status correct(qint64 protocolId, int expectedRowVersion, const ProtocolFigures &figures,
                   const QString &reason, const QStringList &acknowledgedWarnings);
    /** The protocol's corrections, oldest first. */
    Outcome<QList<ProtocolCorrection>> corrections(qint64 protocolId) const;

    /** Stable text of a state for CSV/JSON: "open", "first_entered", ... */
    static QString stateKey(ProtocolState state);
    /** Translated label of a state, e.g. "Differing entries". */
    static QString stateLabel(ProtocolState state);

private:
    const Database &m_db;
    Session m_session;
};

} // namespace bd
