#include "RegisterService.h"

#include "AuditLog.h"
#include "DatabaseRegisterLookup.h"
#include "RegisterCsvFormat.h"
#include "RegisterRules.h"
#include "RegisterTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {

QString objectType(RegisterKind kind)
{
    return RegisterTable::tableName(kind);
}

QString recordJson(const RegisterRecord &record)
{
    const QStringList columns = RegisterCsvFormat::columns(kindOf(record));
    const QStringList values = RegisterCsvFormat::format(record);
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), values.at(i));
    if (const auto *candidate = std::get_if<CandidateRecord>(&record))
        object.insert(QStringLiteral("status_date"), candidate->statusDate.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 idOf(const RegisterRecord &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

Error invalid(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << RegisterService::tr("%1: %2").arg(p.field, p.message);
    return Error{
        QStringLiteral("register.invalid"),
        RegisterService::tr("The record was not saved:\n%1").arg(lines.join(QLatin1Char('\n'))),
        {}};
}

struct Dependant
{
    QString sql; // counts the rows that refer to the id (bound once per '?')
    int binds = 1;
    const char *label; // %n-plural phrase
};

QList<Dependant> dependantsOf(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return {{QStringLiteral("SELECT COUNT(*) FROM territory WHERE parent_id = ?"), 1,
                 QT_TR_N_NOOP("%n territory(ies)")},
                {QStringLiteral("SELECT COUNT(*) FROM contest WHERE territory_id = ?"), 1,
                 QT_TR_N_NOOP("%n contest(s)")},
                {QStringLiteral("SELECT COUNT(*) FROM polling_station WHERE territory_id = ?"), 1,
                 QT_TR_N_NOOP("%n polling station(s)")}};
    case RegisterKind::Parties:
        return {{QStringLiteral("SELECT COUNT(*) FROM candidate WHERE party_id = ?"), 1,
                 QT_TR_N_NOOP("%n candidate(s)")}};
    case RegisterKind::Contests:
        return {{QStringLiteral("SELECT COUNT(*) FROM polling_station WHERE contest_id = ?"), 1,
                 QT_TR_N_NOOP("%n polling station(s)")},
                {QStringLiteral("SELECT COUNT(*) FROM candidate WHERE contest_id = ?"), 1,
                 QT_TR_N_NOOP("%n candidate(s)")},
                {QStringLiteral("SELECT COUNT(*) FROM protocol p WHERE p.contest_id = ? AND "
                                "(p.state <> 'open' OR EXISTS (SELECT 1 FROM protocol_entry e "
                                "WHERE e.protocol_id = p.id))"),
                 1, QT_TR_N_NOOP("%n protocol(s) being entered or accepted")}};
    case RegisterKind::PollingStations:
        return {{QStringLiteral("SELECT COUNT(*) FROM observer WHERE polling_station_id = ?"), 1,
                 QT_TR_N_NOOP("%n observer(s)")},
                // An open protocol with no entries goes with its station (remove()).
                {QStringLiteral("SELECT COUNT(*) FROM protocol p WHERE p.polling_station_id = ? "
                                "AND (p.state <> 'open' OR EXISTS (SELECT 1 FROM protocol_entry e "
                                "WHERE e.protocol_id = p.id))"),
                 1, QT_TR_N_NOOP("%n protocol(s) being entered or accepted")},
                {QStringLiteral("SELECT COUNT(*) FROM turnout_report WHERE polling_station_id = ?"),
                 1, QT_TR_N_NOOP("%n turnout report(s)")},
                {QStringLiteral("SELECT COUNT(*) FROM incident WHERE polling_station_id = ?"), 1,
                 QT_TR_N_NOOP("%n incident(s)")}};
    case RegisterKind::Candidates:
        return {{QStringLiteral("SELECT COUNT(*) FROM protocol_vote WHERE candidate_id = ?"), 1,
                 QT_TR_N_NOOP("%n protocol vote count(s)")},
                {QStringLiteral("SELECT COUNT(*) FROM protocol_entry_vote WHERE candidate_id = ?"),
                 1, QT_TR_N_NOOP("%n entered vote count(s)")}};
    case RegisterKind::Observers:
        return {{QStringLiteral("SELECT COUNT(*) FROM incident WHERE observer_id = ?"), 1,
                 QT_TR_N_NOOP("%n incident(s)")}};
    }
    return {};
}

} // namespace

RegisterService::RegisterService(const Database &db, Session session)
    : m_db(db), m_session(std::move(session))
{}

QList<FieldProblem> RegisterService::validate(const RegisterRecord &record) const
{
    return check(record, true);
}

QList<FieldProblem> RegisterService::check(const RegisterRecord &record, bool checkTransition) const
{
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return {FieldProblem{QStringLiteral("code"), facts.error().userMessage}};
    DatabaseRegisterLookup lookup(m_db, facts->electionId);
    QList<FieldProblem> problems = RegisterRules::check(record, lookup, *facts);
    if (const auto *candidate = std::get_if<CandidateRecord>(&record);
        checkTransition && candidate && candidate->id) {
        RegisterTable table(m_db, facts->electionId, m_session);
        if (auto current = table.load(RegisterKind::Candidates, candidate->id); current) {
            const QString from = std::get<CandidateRecord>(*current).status;
            if (from != candidate->status &&
                !RegisterRules::transitionAllowed(from, candidate->status))
                problems.append({QStringLiteral("status"),
                                 tr("a %1 candidate cannot become %2; nominated → registered or "
                                    "refused, registered → withdrawn or deregistered")
                                     .arg(from, candidate->status)});
        }
    }
    if (const auto *contest = std::get_if<ContestRecord>(&record); contest && contest->id) {
        // Moving a contest to another territory must not leave its stations outside it.
        const auto territory = lookup.territory(contest->territoryCode);
        if (territory) {
            auto outside = m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM polling_station s WHERE s.contest_id = ? "
                               "AND NOT EXISTS (SELECT 1 FROM territory_closure c WHERE "
                               "c.ancestor_id = ? AND c.descendant_id = s.territory_id)"),
                {contest->id, territory->id});
            if (!outside)
                problems.append({QStringLiteral("territory_code"), outside.error().userMessage});
            else if (const int n = outside->toInt(); n > 0)
                problems.append({QStringLiteral("territory_code"),
                                 tr("%n polling station(s) of this contest lie outside %1; move "
                                    "them first",
                                    nullptr, n)
                                     .arg(contest->territoryCode)});
        }
    }
    if (const auto *station = std::get_if<PollingStationRecord>(&record); station && station->id) {
        // The protocol follows its station to another contest only while nothing is entered.
        RegisterTable table(m_db, facts->electionId, m_session);
        auto current = table.load(RegisterKind::PollingStations, station->id);
        if (current &&
            std::get<PollingStationRecord>(*current).contestCode != station->contestCode) {
            auto inUse = table.protocolInUse(station->id);
            if (!inUse)
                problems.append({QStringLiteral("contest_code"), inUse.error().userMessage});
            else if (!inUse->isEmpty())
                problems.append({QStringLiteral("contest_code"),
                                 tr("the contest cannot change: %1").arg(*inUse)});
        }
    }
    return problems;
}

Outcome<qint64> RegisterService::add(const RegisterRecord &record)
{
    if (Status allowed = m_session.require(Operation::EditRegisters); !allowed)
        return allowed.error();
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return facts.error();
    RegisterRecord fresh = record;
    std::visit([](auto &r) { r.id = 0; }, fresh);
    if (const QList<FieldProblem> problems = validate(fresh); !problems.isEmpty())
        return invalid(problems);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    DatabaseRegisterLookup lookup(m_db, facts->electionId);
    RegisterTable table(m_db, facts->electionId, m_session);
    auto id = table.insert(fresh, lookup);
    if (!id)
        return id.error();
    if (kindOf(fresh) == RegisterKind::PollingStations) {
        if (Status s = table.openProtocols(*id); !s)
            return s.error();
    }
    std::visit([&id](auto &r) { r.id = *id; }, fresh);
    AuditRecord audit;
    audit.electionId = facts->electionId;
    audit.userId = m_session.userId;
    audit.userLogin = m_session.login;
    audit.userRole = role::key(m_session.role);
    audit.action = objectType(kindOf(fresh)) + QLatin1String(".add");
    audit.objectType = objectType(kindOf(fresh));
    audit.objectId = QString::number(*id);
    audit.newValues = recordJson(fresh);
    if (Status s = AuditLog::append(m_db, audit); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Status RegisterService::update(const RegisterRecord &record)
{
    return store(record, true, objectType(kindOf(record)) + QLatin1String(".update"));
}

Status RegisterService::store(const RegisterRecord &record, bool checkTransition,
                              const QString &action)
{
    if (Status allowed = m_session.require(Operation::EditRegisters); !allowed)
        return allowed;
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return facts.error();
    RegisterTable table(m_db, facts->electionId, m_session);
    auto old = table.load(kindOf(record), idOf(record));
    if (!old)
        return old.error();
    if (const QList<FieldProblem> problems = check(record, checkTransition); !problems.isEmpty())
        return invalid(problems);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    DatabaseRegisterLookup lookup(m_db, facts->electionId);
    if (Status s = table.update(record, lookup); !s)
        return s;
    if (const auto *candidate = std::get_if<CandidateRecord>(&record)) {
        if (candidate->status != std::get<CandidateRecord>(*old).status) {
            if (Status s = table.addHistory(candidate->id, candidate->status, candidate->statusDate,
                                            candidate->statusReason);
                !s)
                return s;
        }
    }
    AuditRecord audit;
    audit.electionId = facts->electionId;
    audit.userId = m_session.userId;
    audit.userLogin = m_session.login;
    audit.userRole = role::key(m_session.role);
    audit.action = action;
    audit.objectType = objectType(kindOf(record));
    audit.objectId = QString::number(idOf(record));
    audit.oldValues = recordJson(*old);
    audit.newValues = recordJson(record);
    if (Status s = AuditLog::append(m_db, audit); !s)
        return s;
    return transaction.commit();
}

Status RegisterService::remove(RegisterKind kind, qint64 id)
{
    if (Status allowed = m_session.require(Operation::EditRegisters); !allowed)
        return allowed;
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return facts.error();
    RegisterTable table(m_db, facts->electionId, m_session);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto old = table.load(kind, id);
    if (!old)
        return old.error();
    QStringList parts;
    for (const Dependant &d : dependantsOf(kind)) {
        auto count = m_db.scalar(d.sql, {id});
        if (!count)
            return count.error();
        if (const int n = count->toInt(); n > 0)
            parts << tr(d.label, nullptr, n);
    }
    const QString code = std::visit([](const auto &r) { return r.code; }, *old);
    if (!parts.isEmpty())
        return Error{QStringLiteral("register.in-use"),
                     tr("%1 cannot be deleted: %2 belong to it. Delete or move them first.")
                         .arg(code, parts.join(QLatin1String(", "))),
                     {}};
    if (kind == RegisterKind::PollingStations) {
        // Only open protocols without entries are left (dependantsOf() counted the others).
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM protocol WHERE polling_station_id = ?"),
                               {id});
            !r)
            return r.error();
    }
    auto removed = m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(RegisterTable::tableName(kind)), {id});
    if (!removed)
        return removed.error();
    AuditRecord audit;
    audit.electionId = facts->electionId;
    audit.userId = m_session.userId;
    audit.userLogin = m_session.login;
    audit.userRole = role::key(m_session.role);
    audit.action = objectType(kind) + QLatin1String(".remove");
    audit.objectType = objectType(kind);
    audit.objectId = QString::number(id);
    audit.oldValues = recordJson(*old);
    if (Status s = AuditLog::append(m_db, audit); !s)
        return s;
    return transaction.commit();
}

Outcome<RegisterRecord> RegisterService::load(RegisterKind kind, qint64 id) const
{
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return facts.error();
    return RegisterTable(m_db, facts->electionId, m_session).load(kind, id);
}

Outcome<RegisterRecord> RegisterService::loadByCode(RegisterKind kind, const QString &code) const
{
    auto facts = RegisterTable::loadFacts(m_db);
    if (!facts)
        return facts.error();
    const auto id = DatabaseRegisterLookup(m_db, facts->electionId).idOfCode(kind, code);
    if (!id)
        return Error{QStringLiteral("register.not-found"),
                     tr("No row of %1 has the code %2.").arg(RegisterKinds::label(kind), code),
                     {}};
    return RegisterTable(m_db, facts->electionId, m_session).load(kind, *id);
}

Status RegisterService::changeCandidateStatus(qint64 candidateId, const QString &status, QDate date,
                                              const QString &reason)
{
    if (Status allowed = m_session.require(Operation::EditRegisters); !allowed)
        return allowed;
    auto current = load(RegisterKind::Candidates, candidateId);
    if (!current)
        return current.error();
    const auto &old = std::get<CandidateRecord>(*current);
    if (!RegisterRules::transitionAllowed(old.status, status))
        return Error{QStringLiteral("register.transition"),
                     tr("A %1 candidate cannot become %2. Allowed steps: nominated → registered "
                        "or refused; registered → withdrawn or deregistered.")
                         .arg(old.status, status),
                     {}};
    if (!date.isValid())
        return Error{QStringLiteral("register.invalid"), tr("Give the date of the decision."), {}};
    CandidateRecord changed = old;
    changed.status = status;
    changed.statusDate = date;
    changed.statusReason = RegisterRules::needsReason(status) ? reason : QString();
    if (status != QLatin1String("registered"))
        changed.ballotOrder.reset();
    // update() validates (reason, age, transition), writes the history row and the audit record.
    return update(changed);
}

Status RegisterService::undoCandidateStatus(qint64 candidateId, const CandidateRecord &previous)
{
    if (Status allowed = m_session.require(Operation::EditRegisters); !allowed)
        return allowed;
    auto current = load(RegisterKind::Candidates, candidateId);
    if (!current)
        return current.error();
    auto history = candidateHistory(candidateId);
    if (!history)
        return history.error();
    const auto &now = std::get<CandidateRecord>(*current);
    // Only the step just taken can be taken back, and only to where it came from: anything
    // else would rewrite the workflow rather than undo one action.
    if (history->size() < 2 || history->constLast().status != now.status ||
        history->at(history->size() - 2).status != previous.status)
        return Error{QStringLiteral("register.transition"),
                     tr("The status of candidate %1 has changed since; this step can no longer "
                        "be undone.")
                         .arg(now.code),
                     {}};
    CandidateRecord back = now;
    back.status = previous.status;
    back.statusDate = previous.statusDate;
    back.statusReason = previous.statusReason;
    back.ballotOrder = previous.ballotOrder;
    return store(back, false, QStringLiteral("candidate.status-undo"));
}

Outcome<QList<CandidateStatusChange>> RegisterService::candidateHistory(qint64 candidateId) const
{
    auto query =
        m_db.exec(QStringLiteral("SELECT h.status, h.status_date, h.reason, h.changed_at, u.login "
                                 "FROM candidate_status_change h "
                                 "LEFT JOIN app_user u ON u.id = h.changed_by "
                                 "WHERE h.candidate_id = ? ORDER BY h.id"),
                  {candidateId});
    if (!query)
        return query.error();
    QList<CandidateStatusChange> history;
    while (query->next())
        history.append(
            {query->value(0).toString(), QDate::fromString(query->value(1).toString(), Qt::ISODate),
             query->value(2).toString(), query->value(3).toString(), query->value(4).toString()});
    return history;
}

} // namespace bd
