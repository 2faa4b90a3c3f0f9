#include "ProtocolCsv.h"

#include "AuditLog.h"
#include "CsvReader.h"
#include "ProtocolField.h"
#include "ProtocolRules.h"
#include "Role.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <utility>

namespace bd {

namespace {

const QString kStationCode = QStringLiteral("station_code");
const QString kContestCode = QStringLiteral("contest_code");
const QString kCandidateCode = QStringLiteral("candidate_code");
const QString kVotes = QStringLiteral("votes");

// Collects at most ProtocolCsvData::kMaxProblems problems over both files.
class Problems
{
public:
    explicit Problems(QList<ImportProblem> &list) : m_list(list) {}

    void add(const QString &file, int line, const QString &column, const QString &reason)
    {
        if (!full())
            m_list.append(ImportProblem{file, line, column, reason});
    }
    void add(const ImportProblem &problem)
    {
        if (!full())
            m_list.append(problem);
    }
    bool full() const { return m_list.size() >= ProtocolCsvData::kMaxProblems; }
    qsizetype count() const { return m_list.size(); }

private:
    QList<ImportProblem> &m_list;
};

/** Column name → field index of a header, after its problems were reported. */
struct Header
{
    QHash<QString, int> index;
    int fieldCount = 0;

    QString cell(const QStringList &fields, const QString &column) const
    {
        const int i = index.value(column, -1);
        return i >= 0 && i < fields.size() ? fields.at(i) : QString();
    }
};

/**
 * Reads the header of @p reader against @p columns; false when the file cannot be read on
 * (a problem was added). @p extraRule adds election-specific problems of present columns.
 */
bool readHeader(CsvReader &reader, const QString &file, const QStringList &columns,
                const QStringList &required, Problems &problems, Header &header,
                const std::function<void(Header &)> &extraRule = {})
{
    const qsizetype before = problems.count();
    if (!reader.next()) {
        if (reader.problem())
            problems.add(*reader.problem());
        else
            problems.add(file, 1, {},
                         ProtocolCsv::tr("the file is empty; the first line must be the header: %1")
                             .arg(columns.join(QLatin1Char(','))));
        return false;
    }
    const QStringList &names = reader.fields();
    header.fieldCount = static_cast<int>(names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (!columns.contains(name)) {
            problems.add(file, 1, name,
                         ProtocolCsv::tr("unknown column; the columns of %1 are: %2")
                             .arg(QFileInfo(file).fileName(), columns.join(QLatin1String(", "))));
        } else if (header.index.contains(name)) {
            problems.add(file, 1, name,
                         ProtocolCsv::tr("appears twice (fields %1 and %2); keep one")
                             .arg(header.index.value(name) + 1)
                             .arg(i + 1));
        } else {
            header.index.insert(name, i);
        }
    }
    for (const QString &name : required) {
        if (!header.index.contains(name))
            problems.add(file, 1, name,
                         ProtocolCsv::tr("required column is missing from the header"));
    }
    if (extraRule)
        extraRule(header);
    return problems.count() == before;
}

QString fieldCountReason(qsizetype fields, int expected)
{
    return fields > expected ? ProtocolCsv::tr("the row has %1 fields but the header has %2; "
                                               "quote fields that contain a comma")
                                   .arg(fields)
                                   .arg(expected)
                             : ProtocolCsv::tr("the row has %1 fields but the header has %2; "
                                               "add the missing fields")
                                   .arg(fields)
                                   .arg(expected);
}

struct StationFacts
{
    qint64 id = 0;
    qint64 contestId = 0;
    QString contestCode;
};

struct CandidateFacts
{
    qint64 id = 0;
    qint64 contestId = 0;
    QString contestCode;
};

/** Codes looked up once each, with prepared statements: memory grows with the file only. */
class CodeLookup
{
public:
    CodeLookup(const Database &db, qint64 electionId) : m_db(db), m_electionId(electionId) {}

    Outcome<std::optional<StationFacts>> station(const QString &code)
    {
        if (const auto it = m_stations.constFind(code); it != m_stations.cend())
            return *it;
        auto query =
            m_db.exec(QStringLiteral("SELECT s.id, s.contest_id, c.code FROM "
                                     "polling_station s JOIN contest c ON c.id = "
                                     "s.contest_id WHERE s.election_id = ? AND s.code = ?"),
                      {m_electionId, code});
        if (!query)
            return query.error();
        std::optional<StationFacts> facts;
        if (query->next())
            facts = StationFacts{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                 query->value(2).toString()};
        m_stations.insert(code, facts);
        return facts;
    }

    Outcome<std::optional<qint64>> contest(const QString &code)
    {
        if (const auto it = m_contests.constFind(code); it != m_contests.cend())
            return *it;
        auto query =
            m_db.exec(QStringLiteral("SELECT id FROM contest WHERE election_id = ? AND code = ?"),
                      {m_electionId, code});
        if (!query)
            return query.error();
        std::optional<qint64> id;
        if (query->next())
            id = query->value(0).toLongLong();
        m_contests.insert(code, id);
        return id;
    }

    Outcome<std::optional<CandidateFacts>> candidate(const QString &code)
    {
        if (const auto it = m_candidates.constFind(code); it != m_candidates.cend())
            return *it;
        auto query = m_db.exec(QStringLiteral("SELECT k.id, k.contest_id, c.code FROM candidate k "
                                              "JOIN contest c ON c.id = k.contest_id WHERE "
                                              "k.election_id = ? AND k.code = ?"),
                               {m_electionId, code});
        if (!query)
            return query.error();
        std::optional<CandidateFacts> facts;
        if (query->next())
            facts = CandidateFacts{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                   query->value(2).toString()};
        m_candidates.insert(code, facts);
        return facts;
    }

private:
    const Database &m_db;
    qint64 m_electionId = 0;
    QHash<QString, std::optional<StationFacts>> m_stations;
    QHash<QString, std::optional<qint64>> m_contests;
    QHash<QString, std::optional<CandidateFacts>> m_candidates;
};

QString quoted(const QString &code)
{
    //: A code quoted in a message, e.g. “KZ-AKM-001”
    return ProtocolCsv::tr("“%1”").arg(code);
}

/** The station a row's station_code names; an empty or unknown code is reported at @p line. */
Outcome<std::optional<StationFacts>> rowStation(CodeLookup &lookup, Problems &problems,
                                                const QString &file, int line, const QString &code)
{
    if (code.isEmpty()) {
        problems.add(file, line, kStationCode,
                     ProtocolCsv::tr("required; give the code of a polling station"));
        return std::optional<StationFacts>();
    }
    auto found = lookup.station(code);
    if (!found)
        return found.error();
    if (!*found)
        problems.add(file, line, kStationCode,
                     ProtocolCsv::tr("no polling station has the code %1 in this election")
                         .arg(quoted(code)));
    return *found;
}

Outcome<QList<qint64>> registeredCandidates(const Database &db, qint64 contestId)
{
    auto query = db.exec(QStringLiteral("SELECT id FROM candidate WHERE contest_id = ? AND "
                                        "status = 'registered' ORDER BY ballot_order, id"),
                         {contestId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

QString rowLabel(const ProtocolCsvRow &row)
{
    return ProtocolCsv::tr("station %1, contest %2").arg(row.stationCode, row.contestCode);
}

} // namespace

bool ProtocolCsvCheck::hasErrors() const
{
    return ProtocolRules::hasErrors(findings);
}

QStringList ProtocolCsvCheck::errorCodes() const
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (f.isError() && !codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

QStringList ProtocolCsvCheck::warningCodes() const
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!f.isError() && !codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

QStringList ProtocolCsv::protocolColumns(bool againstAllEnabled)
{
    QStringList columns{kStationCode, kContestCode};
    for (const ProtocolField field : ProtocolFields::formOrder(againstAllEnabled))
        columns << ProtocolFields::key(field);
    return columns;
}

QStringList ProtocolCsv::voteColumns()
{
    return {kStationCode, kCandidateCode, kVotes};
}

Outcome<ProtocolCsvData> ProtocolCsv::read(const Database &db, const QString &protocolsPath,
                                           const QString &votesPath)
{
    ProtocolCsvData data;
    data.protocolsFile = protocolsPath;
    data.votesFile = votesPath;
    {
        auto election =
            db.exec(QStringLiteral("SELECT id, against_all FROM election ORDER BY id LIMIT 1"));
        if (!election)
            return election.error();
        if (!election->next())
            return Error{QStringLiteral("protocol-csv.no-election"),
                         tr("The file holds no election; create one first (ballotdesk-cli init)."),
                         {}};
        data.electionId = election->value(0).toLongLong();
        data.againstAllEnabled = election->value(1).toLongLong() != 0;
    }
    Problems problems(data.problems);
    CodeLookup lookup(db, data.electionId);
    const QString againstAll = ProtocolFields::key(ProtocolField::AgainstAll);

    // protocols.csv: every column but "against all" is required; it is required exactly where
    // the election has it, and an error where it has not.
    CsvReader protocols(protocolsPath, protocolsPath);
    if (Status s = protocols.open(); !s)
        return s.error();
    const QStringList protocolColumnsAll = protocolColumns(true);
    const QStringList protocolRequired = protocolColumns(data.againstAllEnabled);
    Header protocolHeader;
    const bool protocolHeaderOk = readHeader(
        protocols, protocolsPath, protocolColumnsAll, protocolRequired, problems, protocolHeader,
        [&](Header &header) {
            if (!data.againstAllEnabled && header.index.contains(againstAll)) {
                problems.add(protocolsPath, 1, againstAll,
                             tr("this election has no “against all”; remove the column"));
                header.index.remove(againstAll);
            }
        });

    // Station code → lines of its rows; (station, contest) → index in data.rows.
    QHash<QString, int> stationsWithProblemRows;
    QHash<QPair<qint64, qint64>, qsizetype> rowOf;
    QHash<QPair<qint64, qint64>, int> lineOf;
    QHash<qint64, QStringList> contestsOfStationRows;
    int protocolRows = 0;
    if (protocolHeaderOk) {
        while (!problems.full() && protocols.next()) {
            ++protocolRows;
            const QStringList &fields = protocols.fields();
            const int line = protocols.line();
            const QString stationCode = protocolHeader.cell(fields, kStationCode).trimmed();
            const QString contestCode = protocolHeader.cell(fields, kContestCode).trimmed();
            const qsizetype before = problems.count();
            if (fields.size() != protocolHeader.fieldCount) {
                problems.add(protocolsPath, line, {},
                             fieldCountReason(fields.size(), protocolHeader.fieldCount));
                stationsWithProblemRows.insert(stationCode, line);
                continue;
            }
            auto resolved = rowStation(lookup, problems, protocolsPath, line, stationCode);
            if (!resolved)
                return resolved.error();
            const std::optional<StationFacts> station = *resolved;
            std::optional<qint64> contestId;
            if (contestCode.isEmpty()) {
                problems.add(protocolsPath, line, kContestCode,
                             tr("required; give the code of the contest"));
            } else {
                auto found = lookup.contest(contestCode);
                if (!found)
                    return found.error();
                contestId = *found;
                if (!contestId)
                    problems.add(
                        protocolsPath, line, kContestCode,
                        tr("no contest has the code %1 in this election").arg(quoted(contestCode)));
            }
            if (station && contestId) {
                const QPair<qint64, qint64> key{station->id, *contestId};
                if (lineOf.contains(key))
                    problems.add(protocolsPath, line, kStationCode,
                                 tr("station %1 and contest %2 already appear on line %3; keep "
                                    "one row per station and contest")
                                     .arg(stationCode, contestCode)
                                     .arg(lineOf.value(key)));
            }
            if (problems.count() != before) {
                stationsWithProblemRows.insert(stationCode, line);
                continue;
            }
            ProtocolCsvRow row;
            row.line = line;
            row.stationCode = stationCode;
            row.contestCode = contestCode;
            row.stationId = station->id;
            row.contestId = *contestId;
            row.stationContestCode = station->contestCode;
            for (const ProtocolField field : ProtocolFields::formOrder(data.againstAllEnabled))
                row.figures.field(field) =
                    CountValue::parse(protocolHeader.cell(fields, ProtocolFields::key(field)));
            const QPair<qint64, qint64> key{row.stationId, row.contestId};
            lineOf.insert(key, line);
            rowOf.insert(key, data.rows.size());
            contestsOfStationRows[row.stationId] << contestCode;
            data.rows.append(std::move(row));
        }
        if (protocols.problem())
            problems.add(*protocols.problem());
        if (protocolRows == 0 && problems.count() == 0)
            problems.add(protocolsPath, 1, {},
                         tr("the file has a header but no rows; there is nothing to check"));
    }

    // votes.csv: each row adds a candidate's votes to the row of its station and contest.
    CsvReader votes(votesPath, votesPath);
    if (Status s = votes.open(); !s)
        return s.error();
    Header voteHeader;
    // Against a wrong protocols.csv header every votes row would be reported; check the header.
    if (readHeader(votes, votesPath, voteColumns(), voteColumns(), problems, voteHeader) &&
        protocolHeaderOk) {
        QHash<QPair<qint64, qint64>, int> voteLineOf; // (station, candidate) → line
        while (!problems.full() && votes.next()) {
            const QStringList &fields = votes.fields();
            const int line = votes.line();
            if (fields.size() != voteHeader.fieldCount) {
                problems.add(votesPath, line, {},
                             fieldCountReason(fields.size(), voteHeader.fieldCount));
                continue;
            }
            const QString stationCode = voteHeader.cell(fields, kStationCode).trimmed();
            const QString candidateCode = voteHeader.cell(fields, kCandidateCode).trimmed();
            auto resolved = rowStation(lookup, problems, votesPath, line, stationCode);
            if (!resolved)
                return resolved.error();
            const std::optional<StationFacts> station = *resolved;
            std::optional<CandidateFacts> candidate;
            if (candidateCode.isEmpty()) {
                problems.add(votesPath, line, kCandidateCode,
                             tr("required; give the code of a candidate"));
            } else {
                auto found = lookup.candidate(candidateCode);
                if (!found)
                    return found.error();
                candidate = *found;
                if (!candidate)
                    problems.add(votesPath, line, kCandidateCode,
                                 tr("no candidate has the code %1 in this election")
                                     .arg(quoted(candidateCode)));
            }
            if (!station || !candidate)
                continue;
            const QPair<qint64, qint64> voteKey{station->id, candidate->id};
            if (voteLineOf.contains(voteKey)) {
                problems.add(votesPath, line, kCandidateCode,
                             tr("candidate %1 at station %2 already appears on line %3; keep "
                                "one row per station and candidate")
                                 .arg(candidateCode, stationCode)
                                 .arg(voteLineOf.value(voteKey)));
                continue;
            }
            voteLineOf.insert(voteKey, line);
            const QPair<qint64, qint64> key{station->id, candidate->contestId};
            if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
                data.rows[*it].figures.votes.append(CandidateVotes{
                    candidate->id, CountValue::parse(voteHeader.cell(fields, kVotes))});
                continue;
            }
            const QStringList contests = contestsOfStationRows.value(station->id);
            // The station's only rows were refused above: their problem is reported once, there.
            if (contests.isEmpty() && stationsWithProblemRows.contains(stationCode))
                continue;
            if (contests.isEmpty())
                problems.add(votesPath, line, kStationCode,
                             tr("polling station %1 has no row in %2; add its protocol there")
                                 .arg(stationCode, QFileInfo(protocolsPath).fileName()));
            else
                problems.add(votesPath, line, kCandidateCode,
                             tr("candidate %1 stands in contest %2, but the row of station %3 in "
                                "%4 is for contest %5")
                                 .arg(candidateCode, candidate->contestCode, stationCode,
                                      QFileInfo(protocolsPath).fileName(),
                                      contests.join(QLatin1String(", "))));
        }
        if (votes.problem())
            problems.add(*votes.problem());
    }
    return data;
}

Outcome<QList<ProtocolCsvCheck>> ProtocolCsv::check(const Database &db, const Session &session,
                                                    const ProtocolCsvData &data)
{
    if (Status allowed = session.require(Operation::ReadResults); !allowed)
        return allowed.error();
    const ProtocolEntryService service(db, session);
    QHash<qint64, QList<qint64>> registeredOf; // contest → registered candidates, for P.F.204
    QList<ProtocolCsvCheck> checks;
    checks.reserve(data.rows.size());
    for (const ProtocolCsvRow &row : data.rows) {
        ProtocolCsvCheck result;
        result.row = row;
        // A station named with a contest it does not vote in has no such protocol: check its
        // figures in the context of the station's own protocol, against the named contest's
        // candidates, and with P.F.204.
        auto protocolId =
            service.protocolId(data.electionId, row.stationCode, row.stationContestCode);
        if (!protocolId)
            return Error{protocolId.error().code,
                         tr("%1:%2: %3")
                             .arg(data.protocolsFile)
                             .arg(row.line)
                             .arg(protocolId.error().userMessage),
                         protocolId.error().detail};
        auto sheet = service.sheet(*protocolId);
        if (!sheet)
            return sheet.error();
        ProtocolContext context = sheet->context;
        if (row.stationInContest()) {
            result.protocolId = *protocolId;
            result.state = sheet->choice.state;
        } else {
            if (!registeredOf.contains(row.contestId)) {
                auto ids = registeredCandidates(db, row.contestId);
                if (!ids)
                    return ids.error();
                registeredOf.insert(row.contestId, *ids);
            }
            context.registeredCandidateIds = registeredOf.value(row.contestId);
            context.stationInContestTerritory = false;
        }
        ProtocolSheet checked = *sheet;
        checked.context = context;
        result.findings = ProtocolEntryService::check(checked, row.figures);
        checks.append(std::move(result));
    }
    return checks;
}

Outcome<ProtocolImportReport> ProtocolCsv::import(const Database &db, const Session &session,
                                                  const ProtocolCsvData &data,
                                                  ExpectedEntry expected)
{
    if (Status allowed = session.require(Operation::EnterProtocol); !allowed)
        return allowed.error();
    if (!data.problems.isEmpty())
        return Error{QStringLiteral("protocol-csv.problems"),
                     tr("The files have problems; nothing was imported."),
                     {}};
    auto checks = check(db, session, data);
    if (!checks)
        return checks.error();

    ProtocolEntryService service(db, session);
    ProtocolImportReport report;
    const auto refuse = [&](const ProtocolCsvCheck &c, const QString &reason) {
        if (report.refused.size() < ProtocolCsvData::kMaxProblems)
            report.refused.append(
                ImportProblem{data.protocolsFile,
                              c.row.line,
                              {},
                              //: %1 names the station and contest, %2 says why the row is refused
                              tr("%1: %2").arg(rowLabel(c.row), reason)});
    };
    for (const ProtocolCsvCheck &c : std::as_const(*checks)) {
        if (c.hasErrors()) {
            QStringList items;
            for (const Finding &f : c.findings) {
                if (f.isError())
                    items << QStringLiteral("%1 %2").arg(f.code, f.message);
            }
            refuse(c, tr("has errors: %1").arg(items.join(QLatin1Char(' '))));
            continue;
        }
        switch (c.state) {
        case ProtocolState::Accepted:
            refuse(c, tr("the protocol is already accepted; only a coordinator can correct it"));
            continue;
        case ProtocolState::Differing:
        case ProtocolState::Erroneous:
            refuse(c, tr("the protocol is waiting for a coordinator to resolve its entries"));
            continue;
        case ProtocolState::Open:
            if (expected == ExpectedEntry::Second)
                refuse(c, tr("this would be the first entry of the protocol, but --entry "
                             "second was given"));
            continue;
        case ProtocolState::FirstEntered:
            break;
        }
        auto mine = service.myEntry(*c.protocolId);
        if (!mine)
            return mine.error();
        if (*mine && (*mine)->state == EntryState::Finished) {
            refuse(c, tr("you made the first entry of this protocol; the second entry must be "
                         "made by another operator"));
            continue;
        }
        if (expected == ExpectedEntry::First)
            refuse(c, tr("this would be the second entry of the protocol, but --entry first "
                         "was given"));
    }
    if (!report.refused.isEmpty())
        return report;

    const QString remark = tr("Imported from %1").arg(QFileInfo(data.protocolsFile).fileName());
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const ProtocolCsvCheck &c : std::as_const(*checks)) {
        auto finished = service.finish(*c.protocolId, c.row.figures, c.warningCodes(), remark);
        if (!finished)
            return Error{finished.error().code,
                         tr("%1:%2: %3: %4 Nothing was imported.")
                             .arg(data.protocolsFile)
                             .arg(c.row.line)
                             .arg(rowLabel(c.row), finished.error().userMessage),
                         finished.error().detail};
        const bool first = *finished == FinishOutcome::WaitingForSecond;
        if ((expected == ExpectedEntry::First && !first) ||
            (expected == ExpectedEntry::Second && first))
            return Error{QStringLiteral("protocol-csv.entry"),
                         tr("%1:%2: %3: the row became the %4 entry, not the one --entry "
                            "asked for. Nothing was imported.")
                             .arg(data.protocolsFile)
                             .arg(c.row.line)
                             .arg(rowLabel(c.row), first ? tr("first") : tr("second")),
                         {}};
        switch (*finished) {
        case FinishOutcome::WaitingForSecond:
            ++report.waitingForSecond;
            break;
        case FinishOutcome::Accepted:
            ++report.accepted;
            break;
        case FinishOutcome::ToCoordinator:
            ++report.toCoordinator;
            break;
        }
    }

    AuditRecord audit;
    audit.electionId = data.electionId;
    audit.userId = session.userId;
    audit.userLogin = session.login;
    audit.userRole = role::key(session.role);
    audit.action = QStringLiteral("protocol.import");
    audit.objectType = QStringLiteral("protocol");
    audit.newValues = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("protocols_file"), QFileInfo(data.protocolsFile).fileName()},
                {QStringLiteral("votes_file"), QFileInfo(data.votesFile).fileName()},
                {QStringLiteral("rows"), static_cast<int>(checks->size())},
                {QStringLiteral("accepted"), report.accepted},
                {QStringLiteral("first_entered"), report.waitingForSecond},
                {QStringLiteral("to_coordinator"), report.toCoordinator}})
            .toJson(QJsonDocument::Compact));
    if (Status s = AuditLog::append(db, audit); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

} // namespace bd
