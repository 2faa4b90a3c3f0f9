#include "ProtocolEntryService.h"

#include "AuditLog.h"
#include "LocalizedName.h"
#include "ProtocolChoiceQuery.h"
#include "ProtocolFiguresJson.h"
#include "ProtocolRules.h"
#include "ProtocolSeal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

// The figure columns of protocol and protocol_entry, in the order of ProtocolField (A, B, C,
// C2, D, E, E2, F, H), which is also the order ProtocolSeal reads.
const QStringList &figureColumns()
{
    static const QStringList columns = {QStringLiteral("voters_on_list"),
                                        QStringLiteral("ballots_received"),
                                        QStringLiteral("ballots_issued_station"),
                                        QStringLiteral("ballots_issued_outside"),
                                        QStringLiteral("ballots_cancelled"),
                                        QStringLiteral("ballots_in_station_boxes"),
                                        QStringLiteral("ballots_in_mobile_boxes"),
                                        QStringLiteral("invalid_ballots"),
                                        QStringLiteral("against_all")};
    return columns;
}

QString prefixed(const QString &alias)
{
    QStringList names;
    for (const QString &column : figureColumns())
        names << alias + QLatin1Char('.') + column;
    return names.join(QStringLiteral(", "));
}

QVariant nullCount()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant countVariant(const CountValue &value)
{
    if (const auto n = value.number())
        return QVariant::fromValue<qint64>(*n);
    return nullCount();
}

CountValue countFrom(const QVariant &value)
{
    return value.isNull() ? CountValue::empty() : CountValue::of(value.toLongLong());
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QString entryStateKey(EntryState state)
{
    switch (state) {
    case EntryState::Draft:
        return QStringLiteral("draft");
    case EntryState::Finished:
        return QStringLiteral("finished");
    case EntryState::Returned:
        return QStringLiteral("returned");
    case EntryState::Discarded:
        return QStringLiteral("discarded");
    }
    return QStringLiteral("draft");
}

EntryState entryStateFrom(const QString &key)
{
    if (key == QLatin1String("finished"))
        return EntryState::Finished;
    if (key == QLatin1String("returned"))
        return EntryState::Returned;
    if (key == QLatin1String("discarded"))
        return EntryState::Discarded;
    return EntryState::Draft;
}

// The raw text of invalid counts, which the BIGINT columns cannot hold, so that a draft with a
// typing mistake comes back as typed: {"A": "12.5", "G:17": "1 200"}.
QString invalidTexts(const ProtocolFigures &figures)
{
    QJsonObject object;
    for (const ProtocolField field : ProtocolFields::all()) {
        if (figures.field(field).isInvalid())
            object.insert(ProtocolFields::letter(field), figures.field(field).text());
    }
    for (const CandidateVotes &v : figures.votes) {
        if (v.votes.isInvalid())
            object.insert(QStringLiteral("G:%1").arg(v.candidateId), v.votes.text());
    }
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** An entry as stored, with what ProtocolEntry does not carry. */
struct StoredEntry
{
    ProtocolEntry entry;
    bool referredWithErrors = false;
};

/** A protocol row with its station and contest, as the service needs it. */
struct ProtocolRow
{
    ProtocolChoice choice;
    QString state;
    qint64 stationId = 0;
    qint64 stationTerritoryId = 0;
    qint64 registeredVoters = 0;
    qint64 contestId = 0;
    qint64 contestTerritoryId = 0;
    qint64 electionId = 0;
    int rowVersion = 0;
    ProtocolState protocolState() const { return choice.state; }
};

Error notFound(qint64 protocolId)
{
    return Error{
        QStringLiteral("protocol.not-found"),
        ProtocolEntryService::tr("There is no protocol %1 in this election file.").arg(protocolId),
        {}};
}

Outcome<ProtocolRow> loadRow(const Database &db, qint64 protocolId)
{
    auto query = db.exec(QStringLiteral("SELECT ") + ProtocolChoiceQuery::columns() +
                             QStringLiteral(", s.id, s.territory_id, s.registered_voters, c.id, "
                                            "c.territory_id, c.election_id, p.row_version ") +
                             ProtocolChoiceQuery::from() + QStringLiteral("WHERE p.id = ?"),
                         {protocolId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(protocolId);
    ProtocolRow row;
    row.choice = ProtocolChoiceQuery::read(*query);
    row.state = query->value(9).toString();
    const int n = ProtocolChoiceQuery::columnCount();
    row.stationId = query->value(n).toLongLong();
    row.stationTerritoryId = query->value(n + 1).toLongLong();
    row.registeredVoters = query->value(n + 2).toLongLong();
    row.contestId = query->value(n + 3).toLongLong();
    row.contestTerritoryId = query->value(n + 4).toLongLong();
    row.electionId = query->value(n + 5).toLongLong();
    row.rowVersion = query->value(n + 6).toInt();
    return row;
}

// Takes the protocol's row for this transaction before reading it (a row lock on PostgreSQL,
// the write lock on SQLite), so that two operators finishing at the same moment are
// serialized: the second sees the first's entry and compares with it.
Outcome<ProtocolRow> lockRow(const Database &db, qint64 protocolId)
{
    if (auto r = db.exec(QStringLiteral("UPDATE protocol SET row_version = row_version "
                                        "WHERE id = ?"),
                         {protocolId});
        !r)
        return r.error();
    return loadRow(db, protocolId);
}

Outcome<ProtocolSheet> loadSheet(const Database &db, const ProtocolRow &row)
{
    ProtocolSheet sheet;
    sheet.choice = row.choice;
    sheet.stationId = row.stationId;
    sheet.contestId = row.contestId;
    sheet.electionId = row.electionId;
    sheet.rowVersion = row.rowVersion;

    auto candidates = db.exec(
        QStringLiteral("SELECT k.id, k.code, k.full_name, COALESCE(k.ballot_order, 0), "
                       "COALESCE(p.name_kk, ''), COALESCE(p.name_ru, ''), COALESCE(p.name_en, '') "
                       "FROM candidate k LEFT JOIN party p ON p.id = k.party_id "
                       "WHERE k.contest_id = ? AND k.status = ? "
                       "ORDER BY CASE WHEN k.ballot_order IS NULL THEN 1 ELSE 0 END, "
                       "k.ballot_order, k.code"),
        {row.contestId, QStringLiteral("registered")});
    if (!candidates)
        return candidates.error();
    while (candidates->next()) {
        BallotCandidate candidate;
        candidate.id = candidates->value(0).toLongLong();
        candidate.code = candidates->value(1).toString();
        candidate.fullName = candidates->value(2).toString();
        candidate.ballotOrder = candidates->value(3).toInt();
        candidate.partyName =
            LocalizedName::pick(QLocale(), candidates->value(4).toString(),
                                candidates->value(5).toString(), candidates->value(6).toString());
        sheet.candidates.append(candidate);
        sheet.context.registeredCandidateIds.append(candidate.id);
    }

    auto election = db.exec(
        QStringLiteral("SELECT against_all, invalid_warn_percent, missing_ballots_warn_count, "
                       "missing_ballots_warn_percent, turnout_high_warn_percent, "
                       "turnout_low_warn_percent, voters_diff_warn_percent, "
                       "hourly_diff_warn_percent FROM election WHERE id = ?"),
        {row.electionId});
    if (!election)
        return election.error();
    if (election->next()) {
        sheet.context.againstAllEnabled = election->value(0).toInt() != 0;
        RuleThresholds &t = sheet.context.thresholds;
        t.invalidPercent = election->value(1).toDouble();
        t.missingBallotsAbsolute = election->value(2).toLongLong();
        t.missingBallotsPercent = election->value(3).toDouble();
        t.turnoutHighPercent = election->value(4).toDouble();
        t.turnoutLowPercent = election->value(5).toDouble();
        t.votersDifferencePercent = election->value(6).toDouble();
        t.hourlyReportDifferencePercent = election->value(7).toDouble();
    }
    sheet.context.stationRegisteredVoters = row.registeredVoters;

    // The station's last hourly report: report times are HH:MM text, so the greatest is the
    // latest (the UNIQUE (polling_station_id, report_time) index serves this).
    auto hourly = db.exec(QStringLiteral("SELECT voters_received_ballots FROM turnout_report "
                                         "WHERE polling_station_id = ? "
                                         "ORDER BY report_time DESC LIMIT 1"),
                          {row.stationId});
    if (!hourly)
        return hourly.error();
    if (hourly->next())
        sheet.context.lastHourlyReport = hourly->value(0).toLongLong();

    auto inside = db.exec(QStringLiteral("SELECT COUNT(*) FROM territory_closure "
                                         "WHERE ancestor_id = ? AND descendant_id = ?"),
                          {row.contestTerritoryId, row.stationTerritoryId});
    if (!inside)
        return inside.error();
    sheet.context.stationInContestTerritory = inside->next() && inside->value(0).toLongLong() > 0;

    if (row.protocolState() == ProtocolState::Accepted) {
        auto figures =
            db.exec(QStringLiteral("SELECT ") + figureColumns().join(QStringLiteral(", ")) +
                        QStringLiteral(" FROM protocol WHERE id = ?"),
                    {row.choice.protocolId});
        if (!figures)
            return figures.error();
        if (figures->next()) {
            ProtocolFigures accepted;
            const QList<ProtocolField> fields = ProtocolFields::all();
            for (int i = 0; i < fields.size(); ++i)
                accepted.field(fields.at(i)) = countFrom(figures->value(i));
            auto votes = db.exec(QStringLiteral("SELECT v.candidate_id, v.votes "
                                                "FROM protocol_vote v "
                                                "JOIN candidate k ON k.id = v.candidate_id "
                                                "WHERE v.protocol_id = ? "
                                                "ORDER BY k.ballot_order, k.code"),
                                 {row.choice.protocolId});
            if (!votes)
                return votes.error();
            while (votes->next())
                accepted.votes.append(
                    CandidateVotes{votes->value(0).toLongLong(), countFrom(votes->value(1))});
            sheet.accepted = accepted;
        }
    }
    return sheet;
}

QHash<qint64, QString> candidateCodes(const ProtocolSheet &sheet)
{
    QHash<qint64, QString> codes;
    for (const BallotCandidate &c : sheet.candidates)
        codes.insert(c.id, c.code);
    return codes;
}

Outcome<QList<StoredEntry>> loadEntries(const Database &db, qint64 protocolId, bool liveOnly)
{
    auto query =
        db.exec(QStringLiteral("SELECT e.id, e.entry_number, e.entered_by, u.login, e.state, ") +
                    prefixed(QStringLiteral("e")) +
                    QStringLiteral(", COALESCE(e.remark, ''), e.updated_at, e.finished_at, "
                                   "COALESCE(e.invalid_text, ''), e.referred_with_errors "
                                   "FROM protocol_entry e JOIN app_user u ON u.id = e.entered_by "
                                   "WHERE e.protocol_id = ?") +
                    (liveOnly ? QStringLiteral(" AND e.state <> 'discarded'") : QString()) +
                    QStringLiteral(" ORDER BY e.entry_number, e.id"),
                {protocolId});
    if (!query)
        return query.error();
    QList<StoredEntry> entries;
    QList<QJsonObject> invalid;
    while (query->next()) {
        StoredEntry stored;
        ProtocolEntry &e = stored.entry;
        e.id = query->value(0).toLongLong();
        e.protocolId = protocolId;
        e.entryNumber = query->value(1).toInt();
        e.enteredBy = query->value(2).toLongLong();
        e.enteredByLogin = query->value(3).toString();
        e.state = entryStateFrom(query->value(4).toString());
        const QList<ProtocolField> fields = ProtocolFields::all();
        for (int i = 0; i < fields.size(); ++i)
            e.figures.field(fields.at(i)) = countFrom(query->value(5 + i));
        e.remark = query->value(14).toString();
        e.updatedAt = timeFrom(query->value(15));
        e.finishedAt = timeFrom(query->value(16));
        invalid.append(QJsonDocument::fromJson(query->value(17).toString().toUtf8()).object());
        stored.referredWithErrors = query->value(18).toInt() != 0;
        for (int i = 0; i < fields.size(); ++i) {
            const QString letter = ProtocolFields::letter(fields.at(i));
            if (invalid.constLast().contains(letter))
                e.figures.field(fields.at(i)) =
                    CountValue::parse(invalid.constLast().value(letter).toString());
        }
        entries.append(stored);
    }
    for (int i = 0; i < entries.size(); ++i) {
        ProtocolEntry &e = entries[i].entry;
        auto votes = db.exec(QStringLiteral("SELECT v.candidate_id, v.votes "
                                            "FROM protocol_entry_vote v "
                                            "JOIN candidate k ON k.id = v.candidate_id "
                                            "WHERE v.entry_id = ? "
                                            "ORDER BY k.ballot_order, k.code"),
                             {e.id});
        if (!votes)
            return votes.error();
        while (votes->next()) {
            const qint64 candidateId = votes->value(0).toLongLong();
            CountValue value = countFrom(votes->value(1));
            const QString key = QStringLiteral("G:%1").arg(candidateId);
            if (invalid.at(i).contains(key))
                value = CountValue::parse(invalid.at(i).value(key).toString());
            e.figures.votes.append(CandidateVotes{candidateId, value});
        }
        auto acks = db.exec(QStringLiteral("SELECT code FROM protocol_entry_acknowledgement "
                                           "WHERE entry_id = ? ORDER BY code"),
                            {e.id});
        if (!acks)
            return acks.error();
        while (acks->next())
            e.acknowledgedWarnings << acks->value(0).toString();
    }
    return entries;
}

const StoredEntry *entryNumbered(const QList<StoredEntry> &entries, int number)
{
    for (const StoredEntry &e : entries) {
        if (e.entry.entryNumber == number)
            return &e;
    }
    return nullptr;
}

const StoredEntry *entryOf(const QList<StoredEntry> &entries, qint64 userId)
{
    for (const StoredEntry &e : entries) {
        if (e.entry.enteredBy == userId)
            return &e;
    }
    return nullptr;
}

/** What an entry write stores. */
struct EntryWrite
{
    EntryState state = EntryState::Draft;
    ProtocolFigures figures;
    QStringList acknowledged;
    QString remark;
    bool referredWithErrors = false;
};

// Writes the user's entry (inserting it as @p number when @p existingId is 0) with its votes
// and acknowledgements. Votes are stored for the sheet's candidates only (the table's foreign
// key needs a candidate that exists), once each.
Outcome<qint64> writeEntry(const Database &db, const Session &session, qint64 protocolId,
                           qint64 existingId, int number, const ProtocolSheet &sheet,
                           const EntryWrite &write)
{
    const QString now = nowText();
    QVariantList figures;
    for (const ProtocolField field : ProtocolFields::all())
        figures << countVariant(write.figures.field(field));
    const QVariant finishedAt = write.state == EntryState::Finished ? QVariant(now) : nullText();
    const QVariant invalid = textOrNull(invalidTexts(write.figures));
    const QVariant referred = QVariant::fromValue<qint64>(write.referredWithErrors ? 1 : 0);

    qint64 entryId = existingId;
    if (entryId == 0) {
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO protocol_entry (protocol_id, entry_number, entered_by, "
                           "state, ") +
                figureColumns().join(QStringLiteral(", ")) +
                QStringLiteral(", remark, created_at, updated_at, finished_at, invalid_text, "
                               "referred_with_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            QVariantList{protocolId, number, session.userId, entryStateKey(write.state)} + figures +
                QVariantList{textOrNull(write.remark), now, now, finishedAt, invalid, referred});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Database::queryError(*inserted, ProtocolEntryService::tr("saving an entry"));
        entryId = inserted->value(0).toLongLong();
        inserted->finish();
    } else {
        QStringList sets;
        for (const QString &column : figureColumns())
            sets << column + QStringLiteral(" = ?");
        auto updated =
            db.exec(QStringLiteral("UPDATE protocol_entry SET state = ?, ") +
                        sets.join(QStringLiteral(", ")) +
                        QStringLiteral(", remark = ?, updated_at = ?, finished_at = ?, "
                                       "invalid_text = ?, referred_with_errors = ? WHERE id = ?"),
                    QVariantList{entryStateKey(write.state)} + figures +
                        QVariantList{textOrNull(write.remark), now, finishedAt, invalid, referred,
                                     entryId});
        if (!updated)
            return updated.error();
        for (const QString &table : {QStringLiteral("protocol_entry_vote"),
                                     QStringLiteral("protocol_entry_acknowledgement")}) {
            if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE entry_id = ?").arg(table),
                                 {entryId});
                !r)
                return r.error();
        }
    }

    QSet<qint64> known;
    for (const BallotCandidate &c : sheet.candidates)
        known.insert(c.id);
    QSet<qint64> written;
    for (const CandidateVotes &v : write.figures.votes) {
        if (!known.contains(v.candidateId) || written.contains(v.candidateId))
            continue;
        written.insert(v.candidateId);
        if (auto r = db.exec(QStringLiteral("INSERT INTO protocol_entry_vote (entry_id, "
                                            "candidate_id, votes) VALUES (?, ?, ?)"),
                             {entryId, v.candidateId, countVariant(v.votes)});
            !r)
            return r.error();
    }
    QStringList codes = write.acknowledged;
    codes.removeDuplicates();
    for (const QString &code : std::as_const(codes)) {
        if (code.isEmpty())
            continue;
        if (auto r = db.exec(QStringLiteral("INSERT INTO protocol_entry_acknowledgement "
                                            "(entry_id, code, acknowledged_by, acknowledged_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             {entryId, code, session.userId, now});
            !r)
            return r.error();
    }
    return entryId;
}

Status setState(const Database &db, qint64 protocolId, ProtocolState state)
{
    const auto [stateKey, reason] = ProtocolChoiceQuery::columns(state);
    auto r = db.exec(QStringLiteral("UPDATE protocol SET state = ?, resolution_reason = ?, "
                                    "state_changed_at = ? WHERE id = ?"),
                     {stateKey, textOrNull(reason), nowText(), protocolId});
    if (!r)
        return r.error();
    return {};
}

Status audit(const Database &db, const Session &session, qint64 electionId, const QString &action,
             qint64 protocolId, const QString &oldValues, const QString &newValues)
{
    AuditRecord record;
    record.electionId = electionId;
    record.userId = session.userId;
    record.userLogin = session.login;
    record.userRole = role::key(session.role);
    record.action = action;
    record.objectType = QStringLiteral("protocol");
    record.objectId = QString::number(protocolId);
    record.oldValues = oldValues;
    record.newValues = newValues;
    return AuditLog::append(db, record);
}

QString entryJson(const ProtocolSheet &sheet, int number, const ProtocolFigures &figures,
                  const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("station"), sheet.choice.stationCode);
    object.insert(QStringLiteral("contest"), sheet.choice.contestCode);
    if (number > 0)
        object.insert(QStringLiteral("entry"), number);
    object.insert(QStringLiteral("figures"),
                  ProtocolFiguresJson::toJson(figures, candidateCodes(sheet)));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Copies @p figures to the protocol and its protocol_vote rows, seals them and bumps
// row_version. The caller has checked that they have no error.
Status writeOfficial(const Database &db, const ProtocolSheet &sheet, const ProtocolFigures &figures,
                     std::optional<qint64> acceptedBy)
{
    const qint64 protocolId = sheet.choice.protocolId;
    QList<std::optional<qint64>> sealFigures;
    QVariantList values;
    for (const ProtocolField field : ProtocolFields::all()) {
        // H stays empty where the election has no "against all" (ProtocolSeal's rule).
        const bool skip = field == ProtocolField::AgainstAll && !sheet.context.againstAllEnabled;
        const auto n = skip ? std::nullopt : figures.field(field).number();
        sealFigures << n;
        values << (n ? QVariant::fromValue<qint64>(*n) : nullCount());
    }
    QList<QPair<QString, qint64>> sealVotes;
    const QHash<qint64, QString> codes = candidateCodes(sheet);
    for (const BallotCandidate &c : sheet.candidates) {
        const CountValue *votes = figures.votesFor(c.id);
        if (votes && votes->number())
            sealVotes.append({c.code, *votes->number()});
    }
    const QString seal = ProtocolSeal::hash(sheet.choice.stationCode, sheet.choice.contestCode,
                                            sealFigures, sealVotes);

    QStringList sets;
    for (const QString &column : figureColumns())
        sets << column + QStringLiteral(" = ?");
    QString sql = QStringLiteral("UPDATE protocol SET state = 'accepted', "
                                 "resolution_reason = NULL, row_version = row_version + 1, ") +
                  sets.join(QStringLiteral(", ")) + QStringLiteral(", content_hash = ?");
    values << seal;
    if (acceptedBy) {
        const QString now = nowText();
        sql += QStringLiteral(", accepted_at = ?, accepted_by = ?, state_changed_at = ?");
        values << now << *acceptedBy << now;
    }
    sql += QStringLiteral(" WHERE id = ?");
    values << protocolId;
    if (auto r = db.exec(sql, values); !r)
        return r.error();
    if (auto r = db.exec(QStringLiteral("DELETE FROM protocol_vote WHERE protocol_id = ?"),
                         {protocolId});
        !r)
        return r.error();
    for (const BallotCandidate &c : sheet.candidates) {
        const CountValue *votes = figures.votesFor(c.id);
        if (!votes || !votes->number())
            continue;
        if (auto r = db.exec(QStringLiteral("INSERT INTO protocol_vote (protocol_id, "
                                            "candidate_id, votes) VALUES (?, ?, ?)"),
                             {protocolId, c.id, QVariant::fromValue<qint64>(*votes->number())});
            !r)
            return r.error();
    }
    return {};
}

QStringList unacknowledged(const QList<Finding> &findings, const QStringList &acknowledged)
{
    QStringList missing;
    for (const Finding &f : findings) {
        if (!f.isError() && !acknowledged.contains(f.code) && !missing.contains(f.code))
            missing << f.code;
    }
    return missing;
}

QStringList errorCodes(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (f.isError() && !codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

Error hasErrors(const QStringList &codes)
{
    return Error{QStringLiteral("protocol.has-errors"),
                 ProtocolEntryService::tr("The figures have errors (%1). Correct them from the "
                                          "paper form, or refer the entry to a coordinator if "
                                          "the paper itself is wrong.")
                     .arg(codes.join(QStringLiteral(", "))),
                 {}};
}

Error notAcknowledged(const QStringList &codes)
{
    return Error{QStringLiteral("protocol.unacknowledged"),
                 ProtocolEntryService::tr("Check these warnings against the paper form and "
                                          "confirm each of them: %1.")
                     .arg(codes.join(QStringLiteral(", "))),
                 {}};
}

Error stateError(const QString &message)
{
    return Error{QStringLiteral("protocol.state"), message, {}};
}

Error acceptedError()
{
    return Error{QStringLiteral("protocol.accepted"),
                 ProtocolEntryService::tr("This protocol is already accepted; only a "
                                          "coordinator can change it, through a correction."),
                 {}};
}

Error reasonRequired(const QString &message)
{
    return Error{QStringLiteral("protocol.reason-required"), message, {}};
}

/** The live entry the signed-in operator may write, or the refusal. */
struct Slot
{
    qint64 entryId = 0;
    int number = 0;
    EntryState state = EntryState::Draft;
};

Outcome<Slot> operatorSlot(const QList<StoredEntry> &live, const Session &session)
{
    if (const StoredEntry *mine = entryOf(live, session.userId)) {
        if (mine->entry.state == EntryState::Finished)
            return Error{QStringLiteral("protocol.same-user"),
                         ProtocolEntryService::tr("You have already finished entry %1 of this "
                                                  "protocol; the other entry must be made by "
                                                  "a different operator.")
                             .arg(mine->entry.entryNumber),
                         {}};
        return Slot{mine->entry.id, mine->entry.entryNumber, mine->entry.state};
    }
    for (int number : {1, 2}) {
        if (!entryNumbered(live, number))
            return Slot{0, number, EntryState::Draft};
    }
    return Error{QStringLiteral("protocol.entries-full"),
                 ProtocolEntryService::tr("Two other operators are already entering this "
                                          "protocol."),
                 {}};
}

/** A protocol waiting for a coordinator, read under its lock, and the entry decided on. */
struct WaitingProtocol
{
    ProtocolRow row;
    ProtocolSheet sheet;
    QList<StoredEntry> live;
    qsizetype entryIndex = -1;
    const StoredEntry &entry() const { return live.at(entryIndex); }
    const StoredEntry *other() const
    {
        return entryNumbered(live, entry().entry.entryNumber == 1 ? 2 : 1);
    }
};

/**
 * Locks protocol @p protocolId for this transaction and checks that it waits for a coordinator
 * and that its entry @p entryNumber is finished (else @p notFinished, which takes the number).
 */
Outcome<WaitingProtocol> loadWaiting(const Database &db, qint64 protocolId, int entryNumber,
                                     const QString &notFinished)
{
    auto row = lockRow(db, protocolId);
    if (!row)
        return row.error();
    if (row->protocolState() == ProtocolState::Accepted)
        return acceptedError();
    if (row->state != QLatin1String("needs_resolution"))
        return stateError(
            ProtocolEntryService::tr("Only a protocol waiting for a coordinator can be resolved."));
    auto sheet = loadSheet(db, *row);
    if (!sheet)
        return sheet.error();
    auto live = loadEntries(db, protocolId, true);
    if (!live)
        return live.error();
    WaitingProtocol waiting{*row, *sheet, *live};
    for (qsizetype i = 0; i < waiting.live.size(); ++i) {
        if (waiting.live.at(i).entry.entryNumber == entryNumber &&
            waiting.live.at(i).entry.state == EntryState::Finished)
            waiting.entryIndex = i;
    }
    if (waiting.entryIndex < 0)
        return stateError(notFinished.arg(entryNumber));
    return waiting;
}

} // namespace

ProtocolEntryService::ProtocolEntryService(const Database &db, Session session)
    : m_db(db), m_session(std::move(session))
{}

Outcome<QList<ProtocolChoice>> ProtocolEntryService::find(qint64 electionId, const QString &prefix,
                                                          int limit) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    QList<ProtocolChoice> choices;
    if (limit <= 0)
        return choices;
    const QString text = prefix.trimmed();
    // Index range scans over (election_id, number) and (election_id, code): the keys in
    // [text, text + U+FFFF). Case-insensitive for the usual all-upper or all-lower codes by
    // looking up each spelling; no LIKE, which would scan a million rows.
    QStringList spellings{text};
    for (const QString &variant : {text.toUpper(), text.toLower()}) {
        if (!spellings.contains(variant))
            spellings << variant;
    }
    QSet<qint64> seen;
    const QString order = QStringLiteral(" ORDER BY s.%1, c.code LIMIT %2");
    for (const QString &column : {QStringLiteral("number"), QStringLiteral("code")}) {
        for (const QString &spelling : std::as_const(spellings)) {
            auto query =
                m_db.exec(ProtocolChoiceQuery::select() +
                              QStringLiteral("WHERE s.election_id = ? AND s.%1 >= ? AND s.%1 < ?")
                                  .arg(column) +
                              order.arg(column).arg(limit),
                          {electionId, spelling.isNull() ? QStringLiteral("") : spelling,
                           spelling + QChar(0xFFFF)});
            if (!query)
                return query.error();
            while (query->next()) {
                ProtocolChoice choice = ProtocolChoiceQuery::read(*query);
                if (seen.contains(choice.protocolId))
                    continue;
                seen.insert(choice.protocolId);
                choices.append(choice);
            }
            if (text.isEmpty())
                break;
        }
        if (text.isEmpty())
            break;
    }
    std::stable_sort(choices.begin(), choices.end(),
                     [](const ProtocolChoice &a, const ProtocolChoice &b) {
                         if (a.stationNumber != b.stationNumber)
                             return a.stationNumber < b.stationNumber;
                         return a.contestCode < b.contestCode;
                     });
    if (choices.size() > limit)
        choices.resize(limit);
    return choices;
}

Outcome<qint64> ProtocolEntryService::protocolId(qint64 electionId, const QString &stationCode,
                                                 const QString &contestCode) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    auto query = m_db.exec(QStringLiteral("SELECT p.id FROM protocol p "
                                          "JOIN polling_station s ON s.id = p.polling_station_id "
                                          "JOIN contest c ON c.id = p.contest_id "
                                          "WHERE s.election_id = ? AND s.code = ? AND c.code = ?"),
                           {electionId, stationCode, contestCode});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QStringLiteral("protocol.not-found"),
                     tr("There is no protocol of polling station %1 for contest %2.")
                         .arg(stationCode, contestCode),
                     {}};
    return query->value(0).toLongLong();
}

Outcome<ProtocolSheet> ProtocolEntryService::sheet(qint64 protocolId) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    auto row = loadRow(m_db, protocolId);
    if (!row)
        return row.error();
    return loadSheet(m_db, *row);
}

QList<Finding> ProtocolEntryService::check(const ProtocolSheet &sheet,
                                           const ProtocolFigures &figures)
{
    return ProtocolRules::check(figures, sheet.context);
}

Outcome<std::optional<ProtocolEntry>> ProtocolEntryService::myEntry(qint64 protocolId) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    if (auto row = loadRow(m_db, protocolId); !row)
        return row.error();
    auto live = loadEntries(m_db, protocolId, true);
    if (!live)
        return live.error();
    if (const StoredEntry *mine = entryOf(*live, m_session.userId))
        return std::optional<ProtocolEntry>(mine->entry);
    return std::optional<ProtocolEntry>();
}

Outcome<ProtocolEntry> ProtocolEntryService::saveDraft(qint64 protocolId,
                                                       const ProtocolFigures &figures,
                                                       const QStringList &acknowledgedWarnings)
{
    if (Status s = m_session.require(Operation::EnterProtocol); !s)
        return s.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = lockRow(m_db, protocolId);
    if (!row)
        return row.error();
    if (row->protocolState() == ProtocolState::Accepted)
        return acceptedError();
    auto sheet = loadSheet(m_db, *row);
    if (!sheet)
        return sheet.error();
    auto live = loadEntries(m_db, protocolId, true);
    if (!live)
        return live.error();
    auto slot = operatorSlot(*live, m_session);
    if (!slot)
        return slot.error();

    EntryWrite write;
    write.state = slot->state == EntryState::Returned ? EntryState::Returned : EntryState::Draft;
    write.figures = figures;
    write.acknowledged = acknowledgedWarnings;
    if (const StoredEntry *mine = entryOf(*live, m_session.userId))
        write.remark = mine->entry.remark;
    auto entryId =
        writeEntry(m_db, m_session, protocolId, slot->entryId, slot->number, *sheet, write);
    if (!entryId)
        return entryId.error();
    if (Status s = audit(m_db, m_session, row->electionId, QStringLiteral("protocol.draft"),
                         protocolId, {}, entryJson(*sheet, slot->number, figures));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();

    auto saved = loadEntries(m_db, protocolId, true);
    if (!saved)
        return saved.error();
    if (const StoredEntry *mine = entryOf(*saved, m_session.userId))
        return mine->entry;
    return notFound(protocolId);
}

Outcome<FinishOutcome> ProtocolEntryService::finish(qint64 protocolId,
                                                    const ProtocolFigures &figures,
                                                    const QStringList &acknowledgedWarnings,
                                                    const QString &remark, bool referWithErrors)
{
    if (Status s = m_session.require(Operation::EnterProtocol); !s)
        return s.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = lockRow(m_db, protocolId);
    if (!row)
        return row.error();
    if (row->protocolState() == ProtocolState::Accepted)
        return acceptedError();
    auto sheet = loadSheet(m_db, *row);
    if (!sheet)
        return sheet.error();
    auto live = loadEntries(m_db, protocolId, true);
    if (!live)
        return live.error();
    auto slot = operatorSlot(*live, m_session);
    if (!slot)
        return slot.error();

    const QList<Finding> findings = check(*sheet, figures);
    const QStringList errors = errorCodes(findings);
    const bool referred = !errors.isEmpty();
    if (referred && !referWithErrors)
        return hasErrors(errors);
    if (referred && remark.trimmed().isEmpty())
        return reasonRequired(tr("Say why the entry goes to a coordinator with errors (for "
                                 "example, what is wrong on the paper form)."));
    if (!referred) {
        if (const QStringList missing = unacknowledged(findings, acknowledgedWarnings);
            !missing.isEmpty())
            return notAcknowledged(missing);
    }

    EntryWrite write;
    write.state = EntryState::Finished;
    write.figures = figures;
    write.acknowledged = acknowledgedWarnings;
    write.remark = remark.trimmed();
    write.referredWithErrors = referred;
    auto entryId =
        writeEntry(m_db, m_session, protocolId, slot->entryId, slot->number, *sheet, write);
    if (!entryId)
        return entryId.error();
    QJsonObject extra;
    extra.insert(QStringLiteral("referred_with_errors"), referred);
    if (referred)
        extra.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    extra.insert(QStringLiteral("acknowledged"), QJsonArray::fromStringList(acknowledgedWarnings));
    if (Status s = audit(m_db, m_session, row->electionId, QStringLiteral("protocol.finish"),
                         protocolId, {}, entryJson(*sheet, slot->number, figures, extra));
        !s)
        return s.error();

    // Compare with the other finished entry, if there is one.
    const StoredEntry *other = entryNumbered(*live, slot->number == 1 ? 2 : 1);
    const bool otherFinished = other && other->entry.state == EntryState::Finished;
    FinishOutcome outcome = FinishOutcome::WaitingForSecond;
    if (otherFinished) {
        const bool equal = ProtocolRules::compare(other->entry.figures, figures).isEmpty();
        if (equal && !referred && !other->referredWithErrors) {
            if (Status s = writeOfficial(m_db, *sheet, figures, m_session.userId); !s)
                return s.error();
            if (Status s =
                    audit(m_db, m_session, row->electionId, QStringLiteral("protocol.accept"),
                          protocolId, {}, entryJson(*sheet, 0, figures));
                !s)
                return s.error();
            outcome = FinishOutcome::Accepted;
        } else {
            const bool erroneous = referred || other->referredWithErrors;
            if (Status s =
                    setState(m_db, protocolId,
                             erroneous ? ProtocolState::Erroneous : ProtocolState::Differing);
                !s)
                return s.error();
            outcome = FinishOutcome::ToCoordinator;
        }
    } else if (referred || row->protocolState() == ProtocolState::Erroneous) {
        if (Status s = setState(m_db, protocolId, ProtocolState::Erroneous); !s)
            return s.error();
        outcome = FinishOutcome::ToCoordinator;
    } else {
        if (Status s = setState(m_db, protocolId, ProtocolState::FirstEntered); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

Outcome<QList<ResolutionQueueItem>> ProtocolEntryService::resolutionQueue(qint64 electionId,
                                                                          int limit) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    QList<ResolutionQueueItem> items;
    // protocol_queue (state, state_changed_at): only the protocols waiting are read.
    auto query = m_db.exec(
        ProtocolChoiceQuery::select().replace(QStringLiteral("COALESCE(p.resolution_reason, '') "),
                                              QStringLiteral("COALESCE(p.resolution_reason, ''), "
                                                             "p.state_changed_at ")) +
            QStringLiteral("WHERE p.state = 'needs_resolution' AND "
                           "c.election_id = ? "
                           "ORDER BY p.state_changed_at, p.id LIMIT %1")
                .arg(std::max(0, limit)),
        {electionId});
    if (!query)
        return query.error();
    while (query->next()) {
        ResolutionQueueItem item;
        item.choice = ProtocolChoiceQuery::read(*query);
        item.state = item.choice.state;
        item.since = timeFrom(query->value(ProtocolChoiceQuery::columnCount()));
        items.append(item);
    }
    for (ResolutionQueueItem &item : items) {
        auto live = loadEntries(m_db, item.choice.protocolId, true);
        if (!live)
            return live.error();
        const StoredEntry *first = entryNumbered(*live, 1);
        const StoredEntry *second = entryNumbered(*live, 2);
        if (first && second) {
            for (const Finding &f :
                 ProtocolRules::compare(first->entry.figures, second->entry.figures))
                item.differingFields += f.fields.size() + f.candidateIds.size();
        }
    }
    return items;
}

// Both entries side by side: for coordinators only, so that double entry stays blind.
Outcome<ProtocolResolution> ProtocolEntryService::resolution(qint64 protocolId) const
{
    if (Status s = m_session.require(Operation::ResolveEntries); !s)
        return s.error();
    auto row = loadRow(m_db, protocolId);
    if (!row)
        return row.error();
    auto sheet = loadSheet(m_db, *row);
    if (!sheet)
        return sheet.error();
    auto live = loadEntries(m_db, protocolId, true);
    if (!live)
        return live.error();
    ProtocolResolution resolution;
    resolution.sheet = *sheet;
    resolution.state = row->protocolState();
    if (const StoredEntry *e = entryNumbered(*live, 1)) {
        resolution.first = e->entry;
        resolution.firstFindings = check(*sheet, e->entry.figures);
    }
    if (const StoredEntry *e = entryNumbered(*live, 2)) {
        resolution.second = e->entry;
        resolution.secondFindings = check(*sheet, e->entry.figures);
    }
    if (resolution.first && resolution.second)
        resolution.differences =
            ProtocolRules::compare(resolution.first->figures, resolution.second->figures);
    return resolution;
}

Status ProtocolEntryService::keepEntry(qint64 protocolId, int entryNumber)
{
    if (Status s = m_session.require(Operation::ResolveEntries); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto waiting = loadWaiting(m_db, protocolId, entryNumber,
                               tr("Entry %1 of this protocol is not finished; it cannot be kept."));
    if (!waiting)
        return waiting.error();
    const ProtocolRow &row = waiting->row;
    const ProtocolSheet &sheet = waiting->sheet;
    const QList<StoredEntry> &live = waiting->live;
    const StoredEntry &kept = waiting->entry();
    const QList<Finding> findings = check(sheet, kept.entry.figures);
    if (const QStringList errors = errorCodes(findings); !errors.isEmpty())
        return Error{QStringLiteral("protocol.has-errors"),
                     tr("Entry %1 has errors (%2) and cannot be accepted. Return it to its "
                        "operator or discard both entries.")
                         .arg(entryNumber)
                         .arg(errors.join(QStringLiteral(", "))),
                     {}};

    // The coordinator acknowledges the kept entry's warnings its operator did not.
    const QString now = nowText();
    for (const QString &code : unacknowledged(findings, kept.entry.acknowledgedWarnings)) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO protocol_entry_acknowledgement "
                                              "(entry_id, code, acknowledged_by, "
                                              "acknowledged_at) VALUES (?, ?, ?, ?)"),
                               {kept.entry.id, code, m_session.userId, now});
            !r)
            return r.error();
    }
    for (const StoredEntry &e : live) {
        if (e.entry.id == kept.entry.id)
            continue;
        if (auto r = m_db.exec(QStringLiteral("UPDATE protocol_entry SET state = 'discarded', "
                                              "updated_at = ? WHERE id = ?"),
                               {now, e.entry.id});
            !r)
            return r.error();
    }
    if (Status s = writeOfficial(m_db, sheet, kept.entry.figures, m_session.userId); !s)
        return s;
    QJsonObject extra;
    extra.insert(QStringLiteral("kept_entry"), entryNumber);
    if (Status s = audit(m_db, m_session, row.electionId, QStringLiteral("protocol.keep"),
                         protocolId, {}, entryJson(sheet, entryNumber, kept.entry.figures, extra));
        !s)
        return s;
    return transaction.commit();
}

Status ProtocolEntryService::returnEntry(qint64 protocolId, int entryNumber, const QString &remark)
{
    if (Status s = m_session.require(Operation::ResolveEntries); !s)
        return s;
    if (remark.trimmed().isEmpty())
        return reasonRequired(
            tr("Write a remark for the operator: what to check on the paper form."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto waiting =
        loadWaiting(m_db, protocolId, entryNumber,
                    tr("Entry %1 of this protocol is not finished; it cannot be returned."));
    if (!waiting)
        return waiting.error();
    const ProtocolRow &row = waiting->row;
    const ProtocolSheet &sheet = waiting->sheet;
    const StoredEntry &returned = waiting->entry();
    if (auto r = m_db.exec(QStringLiteral("UPDATE protocol_entry SET state = 'returned', "
                                          "remark = ?, finished_at = NULL, "
                                          "referred_with_errors = 0, updated_at = ? "
                                          "WHERE id = ?"),
                           {remark.trimmed(), nowText(), returned.entry.id});
        !r)
        return r.error();
    const StoredEntry *other = waiting->other();
    ProtocolState next = ProtocolState::Open;
    if (other && other->entry.state == EntryState::Finished)
        next = other->referredWithErrors ? ProtocolState::Erroneous : ProtocolState::FirstEntered;
    if (Status s = setState(m_db, protocolId, next); !s)
        return s;
    QJsonObject extra;
    extra.insert(QStringLiteral("returned_entry"), entryNumber);
    extra.insert(QStringLiteral("operator"), returned.entry.enteredByLogin);
    extra.insert(QStringLiteral("remark"), remark.trimmed());
    if (Status s =
            audit(m_db, m_session, row.electionId, QStringLiteral("protocol.return"), protocolId,
                  {}, entryJson(sheet, entryNumber, returned.entry.figures, extra));
        !s)
        return s;
    return transaction.commit();
}

Status ProtocolEntryService::discardBoth(qint64 protocolId, const QString &reason)
{
    if (Status s = m_session.require(Operation::ResolveEntries); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return reasonRequired(tr("Say why both entries are discarded."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = lockRow(m_db, protocolId);
    if (!row)
        return row.error();
    if (row->protocolState() == ProtocolState::Accepted)
        return acceptedError();
    auto live = loadEntries(m_db, protocolId, true);
    if (!live)
        return live.error();
    if (live->isEmpty())
        return stateError(tr("This protocol has no entry to discard."));
    if (auto r = m_db.exec(QStringLiteral("UPDATE protocol_entry SET state = 'discarded', "
                                          "updated_at = ? WHERE protocol_id = ? "
                                          "AND state <> 'discarded'"),
                           {nowText(), protocolId});
        !r)
        return r.error();
    if (Status s = setState(m_db, protocolId, ProtocolState::Open); !s)
        return s;
    QJsonObject values;
    values.insert(QStringLiteral("reason"), reason.trimmed());
    QJsonArray discarded;
    for (const StoredEntry &e : *live)
        discarded.append(QJsonObject{{QStringLiteral("entry"), e.entry.entryNumber},
                                     {QStringLiteral("operator"), e.entry.enteredByLogin}});
    values.insert(QStringLiteral("discarded"), discarded);
    if (Status s =
            audit(m_db, m_session, row->electionId, QStringLiteral("protocol.discard"), protocolId,
                  {}, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return transaction.commit();
}

Status ProtocolEntryService::correct(qint64 protocolId, int expectedRowVersion,
                                     const ProtocolFigures &figures, const QString &reason,
                                     const QStringList &acknowledgedWarnings)
{
    if (Status s = m_session.require(Operation::CorrectProtocol); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return reasonRequired(tr("A correction needs a reason: say what was wrong and which "
                                 "document shows the right figures."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto row = lockRow(m_db, protocolId);
    if (!row)
        return row.error();
    if (row->protocolState() != ProtocolState::Accepted)
        return stateError(tr("Only an accepted protocol can be corrected."));
    auto sheet = loadSheet(m_db, *row);
    if (!sheet)
        return sheet.error();
    const ProtocolFigures old = sheet->accepted.value_or(ProtocolFigures{});
    const QHash<qint64, QString> codes = candidateCodes(*sheet);
    if (row->rowVersion != expectedRowVersion)
        return Error{QStringLiteral("protocol.conflict"),
                     tr("Someone changed this protocol while you were correcting it (version "
                        "%1, now %2). Its current figures are: %3. Reload it and correct it "
                        "again.")
                         .arg(expectedRowVersion)
                         .arg(row->rowVersion)
                         .arg(ProtocolFiguresJson::toText(old, codes)),
                     {}};
    if (figures == old)
        return Error{QStringLiteral("protocol.no-change"),
                     tr("The figures are the same as the accepted ones: nothing to correct."),
                     {}};
    const QList<Finding> findings = check(*sheet, figures);
    if (const QStringList errors = errorCodes(findings); !errors.isEmpty())
        return Error{QStringLiteral("protocol.has-errors"),
                     tr("The corrected figures have errors (%1); an accepted protocol cannot "
                        "have errors.")
                         .arg(errors.join(QStringLiteral(", "))),
                     {}};
    if (const QStringList missing = unacknowledged(findings, acknowledgedWarnings);
        !missing.isEmpty())
        return notAcknowledged(missing);

    if (Status s = writeOfficial(m_db, *sheet, figures, std::nullopt); !s)
        return s;
    const QString oldText = ProtocolFiguresJson::toText(old, codes);
    const QString newText = ProtocolFiguresJson::toText(figures, codes);
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO protocol_correction (protocol_id, "
                           "corrected_by, corrected_at, reason, old_values, "
                           "new_values) VALUES (?, ?, ?, ?, ?, ?)"),
            {protocolId, m_session.userId, nowText(), reason.trimmed(), oldText, newText});
        !r)
        return r.error();
    QJsonObject extra;
    extra.insert(QStringLiteral("reason"), reason.trimmed());
    extra.insert(QStringLiteral("acknowledged"), QJsonArray::fromStringList(acknowledgedWarnings));
    if (Status s =
            audit(m_db, m_session, row->electionId, QStringLiteral("protocol.correct"), protocolId,
                  entryJson(*sheet, 0, old), entryJson(*sheet, 0, figures, extra));
        !s)
        return s;
    return transaction.commit();
}

Outcome<QList<ProtocolCorrection>> ProtocolEntryService::corrections(qint64 protocolId) const
{
    if (Status s = m_session.require(Operation::ReadResults); !s)
        return s.error();
    auto query = m_db.exec(QStringLiteral("SELECT x.id, x.corrected_by, u.login, "
                                          "x.corrected_at, x.reason, x.old_values, x.new_values "
                                          "FROM protocol_correction x "
                                          "JOIN app_user u ON u.id = x.corrected_by "
                                          "WHERE x.protocol_id = ? ORDER BY x.id"),
                           {protocolId});
    if (!query)
        return query.error();
    QList<ProtocolCorrection> list;
    while (query->next()) {
        ProtocolCorrection c;
        c.id = query->value(0).toLongLong();
        c.correctedBy = query->value(1).toLongLong();
        c.correctedByLogin = query->value(2).toString();
        c.correctedAt = timeFrom(query->value(3));
        c.reason = query->value(4).toString();
        c.oldFigures = ProtocolFiguresJson::fromText(query->value(5).toString());
        c.newFigures = ProtocolFiguresJson::fromText(query->value(6).toString());
        list.append(c);
    }
    return list;
}

QString ProtocolEntryService::stateKey(ProtocolState state)
{
    switch (state) {
    case ProtocolState::Open:
        return QStringLiteral("open");
    case ProtocolState::FirstEntered:
        return QStringLiteral("first_entered");
    case ProtocolState::Differing:
        return QStringLiteral("differing");
    case ProtocolState::Erroneous:
        return QStringLiteral("erroneous");
    case ProtocolState::Accepted:
        return QStringLiteral("accepted");
    }
    return QStringLiteral("open");
}

QString ProtocolEntryService::stateLabel(ProtocolState state)
{
    switch (state) {
    case ProtocolState::Open:
        return tr("No entry");
    case ProtocolState::FirstEntered:
        return tr("First entry done");
    case ProtocolState::Differing:
        return tr("Differing entries");
    case ProtocolState::Erroneous:
        return tr("Entry with errors");
    case ProtocolState::Accepted:
        return tr("Accepted");
    }
    return {};
}

} // namespace bd
