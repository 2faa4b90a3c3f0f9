#pragma once

#include "Database.h"
#include "Outcome.h"
#include "RegisterLookup.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace bd {

/**
 * The SQL of the six register tables: records read with their codes resolved, rows inserted
 * and updated with codes turned into ids through a RegisterLookup (territory depth and closure
 * rows included). Callers hold the Transaction; rules are checked before, by RegisterRules.
 */
class RegisterTable
{
    Q_DECLARE_TR_FUNCTIONS(RegisterTable)

public:
    RegisterTable(const Database &db, qint64 electionId, const Session &session);

    /** The election's facts (id, date, minimum candidate age) of the file's election. */
    static Outcome<ElectionFacts> loadFacts(const Database &db);

    /** SELECT of @p kind's records with codes, filtered by @p where (after the election). */
    static QString selectSql(RegisterKind kind, const QString &where = {});
    /** The record of the current row of a query made from selectSql(). */
    static RegisterRecord fromQuery(RegisterKind kind, const QSqlQuery &query);
    /** The database table of @p kind, e.g. "polling_station". */
    static QString tableName(RegisterKind kind);

    Outcome<RegisterRecord> load(RegisterKind kind, qint64 id) const;

    /** Inserts @p record; a candidate also gets the first row of its status history. */
    Outcome<qint64> insert(const RegisterRecord &record, const RegisterLookup &lookup);
    /** Updates the row record.id (a territory's parent only when it has no dependants). */
    Status update(const RegisterRecord &record, const RegisterLookup &lookup);
    /** Appends a step to a candidate's status history. */
    Status addHistory(qint64 candidateId, const QString &status, QDate date, const QString &reason);

    /**
     * Opens the protocol (state 'open') of station @p stationId for its contest, or with no
     * @p stationId of every station of the election that has none: one set-based INSERT, fast
     * after an import of hundreds of thousands of stations. Nothing happens to a station
     * whose protocol exists.
     */
    Status openProtocols(std::optional<qint64> stationId = std::nullopt);
    /**
     * Why station @p stationId may not change contest or be removed: its protocol has entries
     * (kept ones or discarded ones, which are history) or is no longer open. Empty when its
     * protocol may follow the station.
     */
    Outcome<QString> protocolInUse(qint64 stationId) const;

private:
    Outcome<QSqlQuery *> statement(const QString &key, const QString &sql);

    const Database &m_db;
    qint64 m_electionId = 0;
    Session m_session;
    QString m_now;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace bd
