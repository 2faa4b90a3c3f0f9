#include "RegisterTable.h"

#include <QDateTime>
#include <QVariant>

namespace bd {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant doubleOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

Error missingReference(const QString &code)
{
    return Error{QStringLiteral("register.missing-reference"),
                 RegisterTable::tr("The code %1 refers to nothing.").arg(code),
                 {}};
}

} // namespace

RegisterTable::RegisterTable(const Database &db, qint64 electionId, const Session &session)
    : m_db(db), m_electionId(electionId), m_session(session),
      m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{}

Outcome<ElectionFacts> RegisterTable::loadFacts(const Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT id, election_date, min_candidate_age FROM election "
                                        "ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QStringLiteral("register.no-election"),
                     tr("The file holds no election; create one first (ballotdesk-cli init)."),
                     {}};
    ElectionFacts facts;
    facts.electionId = query->value(0).toLongLong();
    facts.electionDate = QDate::fromString(query->value(1).toString(), Qt::ISODate);
    facts.minCandidateAge = query->value(2).toInt();
    return facts;
}

QString RegisterTable::tableName(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Territories:
        return QStringLiteral("territory");
    case RegisterKind::Parties:
        return QStringLiteral("party");
    case RegisterKind::Contests:
        return QStringLiteral("contest");
    case RegisterKind::PollingStations:
        return QStringLiteral("polling_station");
    case RegisterKind::Candidates:
        return QStringLiteral("candidate");
    case RegisterKind::Observers:
        return QStringLiteral("observer");
    }
    return {};
}

QString RegisterTable::selectSql(RegisterKind kind, const QString &where)
{
    QString sql;
    switch (kind) {
    case RegisterKind::Territories:
        sql = QStringLiteral("SELECT x.id, x.code, p.code, x.level, x.name_kk, x.name_ru, "
                             "x.name_en, x.kato FROM territory x "
                             "LEFT JOIN territory p ON p.id = x.parent_id");
        break;
    case RegisterKind::Parties:
        sql = QStringLiteral("SELECT x.id, x.code, x.name_kk, x.name_ru, x.name_en, x.short_name, "
                             "x.color FROM party x");
        break;
    case RegisterKind::Contests:
        sql = QStringLiteral("SELECT x.id, x.code, t.code, x.name, x.seats FROM contest x "
                             "JOIN territory t ON t.id = x.territory_id");
        break;
    case RegisterKind::PollingStations:
        sql = QStringLiteral("SELECT x.id, x.code, x.number, x.name, x.address, t.code, c.code, "
                             "x.registered_voters, x.latitude, x.longitude FROM polling_station x "
                             "JOIN territory t ON t.id = x.territory_id "
                             "JOIN contest c ON c.id = x.contest_id");
        break;
    case RegisterKind::Candidates:
        sql = QStringLiteral("SELECT x.id, x.code, c.code, x.full_name, x.gender, x.birth_date, "
                             "p.code, x.status, x.status_reason, x.status_date, x.ballot_order "
                             "FROM candidate x JOIN contest c ON c.id = x.contest_id "
                             "LEFT JOIN party p ON p.id = x.party_id");
        break;
    case RegisterKind::Observers:
        sql = QStringLiteral("SELECT x.id, x.code, x.full_name, x.organization, x.kind, s.code "
                             "FROM observer x "
                             "LEFT JOIN polling_station s ON s.id = x.polling_station_id");
        break;
    }
    sql += QLatin1String(" WHERE x.election_id = ?");
    if (!where.isEmpty())
        sql += QLatin1String(" AND ") + where;
    return sql;
}

RegisterRecord RegisterTable::fromQuery(RegisterKind kind, const QSqlQuery &q)
{
    const auto text = [&q](int i) {
        return q.value(i).toString();
    };
    switch (kind) {
    case RegisterKind::Territories:
        return TerritoryRecord{
            q.value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5), text(6), text(7)};
    case RegisterKind::Parties:
        return PartyRecord{
            q.value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5), text(6)};
    case RegisterKind::Contests:
        return ContestRecord{q.value(0).toLongLong(), text(1), text(2), text(3),
                             q.value(4).toInt()};
    case RegisterKind::PollingStations: {
        PollingStationRecord r;
        r.id = q.value(0).toLongLong();
        r.code = text(1);
        r.number = text(2);
        r.name = text(3);
        r.address = text(4);
        r.territoryCode = text(5);
        r.contestCode = text(6);
        r.registeredVoters = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            r.latitude = q.value(8).toDouble();
        if (!q.value(9).isNull())
            r.longitude = q.value(9).toDouble();
        return r;
    }
    case RegisterKind::Candidates: {
        CandidateRecord r;
        r.id = q.value(0).toLongLong();
        r.code = text(1);
        r.contestCode = text(2);
        r.fullName = text(3);
        r.gender = text(4);
        r.birthDate = QDate::fromString(text(5), Qt::ISODate);
        r.partyCode = text(6);
        r.status = text(7);
        r.statusReason = text(8);
        r.statusDate = QDate::fromString(text(9), Qt::ISODate);
        if (!q.value(10).isNull())
            r.ballotOrder = q.value(10).toInt();
        return r;
    }
    case RegisterKind::Observers:
        return ObserverRecord{q.value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5)};
    }
    return TerritoryRecord{};
}

Outcome<RegisterRecord> RegisterTable::load(RegisterKind kind, qint64 id) const
{
    auto query = m_db.exec(selectSql(kind, QStringLiteral("x.id = ?")), {m_electionId, id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QStringLiteral("register.not-found"),
                     tr("The row no longer exists; it may have been deleted."),
                     {}};
    return fromQuery(kind, *query);
}

Outcome<QSqlQuery *> RegisterTable::statement(const QString &key, const QString &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_statements.emplace(key, std::make_unique<QSqlQuery>(std::move(*prepared))).first;
    }
    return it->second.get();
}

Outcome<qint64> RegisterTable::insert(const RegisterRecord &record, const RegisterLookup &lookup)
{
    QString sql;
    QVariantList values{m_electionId};
    std::optional<TerritoryRef> parent;
    switch (kindOf(record)) {
    case RegisterKind::Territories: {
        const auto &r = std::get<TerritoryRecord>(record);
        if (!r.parentCode.isEmpty()) {
            parent = lookup.territory(r.parentCode);
            if (!parent)
                return missingReference(r.parentCode);
        }
        sql = QStringLiteral("INSERT INTO territory (election_id, parent_id, code, level, depth, "
                             "name_kk, name_ru, name_en, kato) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        values << idOrNull(parent ? std::optional<qint64>(parent->id) : std::nullopt) << r.code
               << r.level << (parent ? parent->depth + 1 : 0) << textOrNull(r.nameKk)
               << textOrNull(r.nameRu) << textOrNull(r.nameEn) << textOrNull(r.kato);
        break;
    }
    case RegisterKind::Parties: {
        const auto &r = std::get<PartyRecord>(record);
        sql = QStringLiteral("INSERT INTO party (election_id, code, name_kk, name_ru, name_en, "
                             "short_name, color) VALUES (?, ?, ?, ?, ?, ?, ?)");
        values << r.code << textOrNull(r.nameKk) << textOrNull(r.nameRu) << textOrNull(r.nameEn)
               << textOrNull(r.shortName) << textOrNull(r.color);
        break;
    }
    case RegisterKind::Contests: {
        const auto &r = std::get<ContestRecord>(record);
        const auto territory = lookup.territory(r.territoryCode);
        if (!territory)
            return missingReference(r.territoryCode);
        sql = QStringLiteral("INSERT INTO contest (election_id, code, name, territory_id, seats) "
                             "VALUES (?, ?, ?, ?, ?)");
        values << r.code << r.name << territory->id << r.seats;
        break;
    }
    case RegisterKind::PollingStations: {
        const auto &r = std::get<PollingStationRecord>(record);
        const auto territory = lookup.territory(r.territoryCode);
        if (!territory)
            return missingReference(r.territoryCode);
        const auto contest = lookup.contest(r.contestCode);
        if (!contest)
            return missingReference(r.contestCode);
        sql = QStringLiteral("INSERT INTO polling_station (election_id, code, number, name, "
                             "address, territory_id, contest_id, registered_voters, latitude, "
                             "longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        values << r.code << r.number << textOrNull(r.name) << textOrNull(r.address) << territory->id
               << contest->id << r.registeredVoters << doubleOrNull(r.latitude)
               << doubleOrNull(r.longitude);
        break;
    }
    case RegisterKind::Candidates: {
        const auto &r = std::get<CandidateRecord>(record);
        const auto contest = lookup.contest(r.contestCode);
        if (!contest)
            return missingReference(r.contestCode);
        std::optional<qint64> party;
        if (!r.partyCode.isEmpty()) {
            party = lookup.party(r.partyCode);
            if (!party)
                return missingReference(r.partyCode);
        }
        sql = QStringLiteral("INSERT INTO candidate (election_id, code, contest_id, full_name, "
                             "gender, birth_date, party_id, status, status_reason, status_date, "
                             "ballot_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        values << r.code << contest->id << r.fullName << textOrNull(r.gender)
               << r.birthDate.toString(Qt::ISODate) << idOrNull(party) << r.status
               << textOrNull(r.statusReason) << dateOrNull(r.statusDate)
               << (r.ballotOrder ? QVariant(*r.ballotOrder) : QVariant(QMetaType::fromType<int>()));
        break;
    }
    case RegisterKind::Observers: {
        const auto &r = std::get<ObserverRecord>(record);
        std::optional<qint64> station;
        if (!r.pollingStationCode.isEmpty()) {
            station = lookup.station(r.pollingStationCode);
            if (!station)
                return missingReference(r.pollingStationCode);
        }
        sql = QStringLiteral("INSERT INTO observer (election_id, code, full_name, organization, "
                             "kind, polling_station_id) VALUES (?, ?, ?, ?, ?, ?)");
        values << r.code << r.fullName << r.organization << r.kind << idOrNull(station);
        break;
    }
    }
    sql += QLatin1String(" RETURNING id");
    auto query = statement(QLatin1String("insert-") + RegisterKinds::key(kindOf(record)), sql);
    if (!query)
        return query.error();
    if (Status s = m_db.execPrepared(**query, values); !s)
        return s.error();
    if (!(*query)->next())
        return Database::queryError(**query, tr("reading the id of a new record"));
    const qint64 id = (*query)->value(0).toLongLong();
    (*query)->finish();

    if (kindOf(record) == RegisterKind::Territories) {
        auto self = statement(QStringLiteral("closure-self"),
                              QStringLiteral("INSERT INTO territory_closure (ancestor_id, "
                                             "descendant_id, distance) VALUES (?, ?, 0)"));
        if (!self)
            return self.error();
        if (Status s = m_db.execPrepared(**self, {id, id}); !s)
            return s.error();
        if (parent) {
            auto up = statement(QStringLiteral("closure-up"),
                                QStringLiteral("INSERT INTO territory_closure (ancestor_id, "
                                               "descendant_id, distance) SELECT ancestor_id, ?, "
                                               "distance + 1 FROM territory_closure "
                                               "WHERE descendant_id = ?"));
            if (!up)
                return up.error();
            if (Status s = m_db.execPrepared(**up, {id, parent->id}); !s)
                return s.error();
        }
    } else if (kindOf(record) == RegisterKind::Candidates) {
        const auto &r = std::get<CandidateRecord>(record);
        if (Status s = addHistory(id, r.status, r.statusDate, r.statusReason); !s)
            return s.error();
    }
    return id;
}

Status RegisterTable::update(const RegisterRecord &record, const RegisterLookup &lookup)
{
    QString sql;
    QVariantList values;
    qint64 id = 0;
    switch (kindOf(record)) {
    case RegisterKind::Territories: {
        const auto &r = std::get<TerritoryRecord>(record);
        id = r.id;
        auto current = load(RegisterKind::Territories, id);
        if (!current)
            return current.error();
        const auto &old = std::get<TerritoryRecord>(*current);
        std::optional<TerritoryRef> parent;
        if (!r.parentCode.isEmpty()) {
            parent = lookup.territory(r.parentCode);
            if (!parent)
                return missingReference(r.parentCode);
        }
        if (old.parentCode != r.parentCode) {
            // Moving a territory with parts, contests or stations would move them too and could
            // break the station-inside-contest rule; only a leaf moves, so its closure is simple.
            auto dependants = m_db.scalar(
                QStringLiteral("SELECT (SELECT COUNT(*) FROM territory WHERE parent_id = ?) + "
                               "(SELECT COUNT(*) FROM contest WHERE territory_id = ?) + "
                               "(SELECT COUNT(*) FROM polling_station WHERE territory_id = ?)"),
                {id, id, id});
            if (!dependants)
                return dependants.error();
            if (dependants->toLongLong() > 0)
                return Error{QStringLiteral("register.territory-move"),
                             tr("Territory %1 has territories, contests or polling stations; "
                                "it cannot move to another parent. Move them first.")
                                 .arg(old.code),
                             {}};
            if (auto del = m_db.exec(QStringLiteral("DELETE FROM territory_closure WHERE "
                                                    "descendant_id = ? AND ancestor_id <> ?"),
                                     {id, id});
                !del)
                return del.error();
            if (parent) {
                if (auto ins =
                        m_db.exec(QStringLiteral("INSERT INTO territory_closure (ancestor_id, "
                                                 "descendant_id, distance) SELECT ancestor_id, ?, "
                                                 "distance + 1 FROM territory_closure WHERE "
                                                 "descendant_id = ?"),
                                  {id, parent->id});
                    !ins)
                    return ins.error();
            }
        }
        sql = QStringLiteral("UPDATE territory SET parent_id = ?, code = ?, level = ?, depth = ?, "
                             "name_kk = ?, name_ru = ?, name_en = ?, kato = ? WHERE id = ?");
        values << idOrNull(parent ? std::optional<qint64>(parent->id) : std::nullopt) << r.code
               << r.level << (parent ? parent->depth + 1 : 0) << textOrNull(r.nameKk)
               << textOrNull(r.nameRu) << textOrNull(r.nameEn) << textOrNull(r.kato);
        break;
    }
    case RegisterKind::Parties: {
        const auto &r = std::get<PartyRecord>(record);
        id = r.id;
        sql = QStringLiteral("UPDATE party SET code = ?, name_kk = ?, name_ru = ?, name_en = ?, "
                             "short_name = ?, color = ? WHERE id = ?");
        values << r.code << textOrNull(r.nameKk) << textOrNull(r.nameRu) << textOrNull(r.nameEn)
               << textOrNull(r.shortName) << textOrNull(r.color);
        break;
    }
    case RegisterKind::Contests: {
        const auto &r = std::get<ContestRecord>(record);
        id = r.id;
        const auto territory = lookup.territory(r.territoryCode);
        if (!territory)
            return missingReference(r.territoryCode);
        sql = QStringLiteral(
            "UPDATE contest SET code = ?, name = ?, territory_id = ?, seats = ? WHERE id = ?");
        values << r.code << r.name << territory->id << r.seats;
        break;
    }
    case RegisterKind::PollingStations: {
        const auto &r = std::get<PollingStationRecord>(record);
        id = r.id;
        const auto territory = lookup.territory(r.territoryCode);
        if (!territory)
            return missingReference(r.territoryCode);
        const auto contest = lookup.contest(r.contestCode);
        if (!contest)
            return missingReference(r.contestCode);
        // The station's protocol follows it to another contest while nothing is entered.
        auto current =
            m_db.exec(QStringLiteral("SELECT contest_id FROM polling_station WHERE id = ?"), {id});
        if (!current)
            return current.error();
        if (current->next() && current->value(0).toLongLong() != contest->id) {
            auto inUse = protocolInUse(id);
            if (!inUse)
                return inUse.error();
            if (!inUse->isEmpty())
                return Error{QStringLiteral("register.protocol-in-use"),
                             tr("Polling station %1 cannot move to contest %2: %3.")
                                 .arg(r.code, r.contestCode, *inUse),
                             {}};
            if (auto moved = m_db.exec(QStringLiteral("UPDATE protocol SET contest_id = ?, "
                                                      "row_version = row_version + 1 "
                                                      "WHERE polling_station_id = ?"),
                                       {contest->id, id});
                !moved)
                return moved.error();
        }
        sql = QStringLiteral("UPDATE polling_station SET code = ?, number = ?, name = ?, "
                             "address = ?, territory_id = ?, contest_id = ?, "
                             "registered_voters = ?, latitude = ?, longitude = ? WHERE id = ?");
        values << r.code << r.number << textOrNull(r.name) << textOrNull(r.address) << territory->id
               << contest->id << r.registeredVoters << doubleOrNull(r.latitude)
               << doubleOrNull(r.longitude);
        break;
    }
    case RegisterKind::Candidates: {
        const auto &r = std::get<CandidateRecord>(record);
        id = r.id;
        const auto contest = lookup.contest(r.contestCode);
        if (!contest)
            return missingReference(r.contestCode);
        std::optional<qint64> party;
        if (!r.partyCode.isEmpty()) {
            party = lookup.party(r.partyCode);
            if (!party)
                return missingReference(r.partyCode);
        }
        sql = QStringLiteral("UPDATE candidate SET code = ?, contest_id = ?, full_name = ?, "
                             "gender = ?, birth_date = ?, party_id = ?, status = ?, "
                             "status_reason = ?, status_date = ?, ballot_order = ? WHERE id = ?");
        values << r.code << contest->id << r.fullName << textOrNull(r.gender)
               << r.birthDate.toString(Qt::ISODate) << idOrNull(party) << r.status
               << textOrNull(r.statusReason) << dateOrNull(r.statusDate)
               << (r.ballotOrder ? QVariant(*r.ballotOrder) : QVariant(QMetaType::fromType<int>()));
        break;
    }
    case RegisterKind::Observers: {
        const auto &r = std::get<ObserverRecord>(record);
        id = r.id;
        std::optional<qint64> station;
        if (!r.pollingStationCode.isEmpty()) {
            station = lookup.station(r.pollingStationCode);
            if (!station)
                return missingReference(r.pollingStationCode);
        }
        sql = QStringLiteral("UPDATE observer SET code = ?, full_name = ?, organization = ?, "
                             "kind = ?, polling_station_id = ? WHERE id = ?");
        values << r.code << r.fullName << r.organization << r.kind << idOrNull(station);
        break;
    }
    }
    values << id;
    auto updated = m_db.exec(sql, values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QStringLiteral("register.not-found"),
                     tr("The row no longer exists; it may have been deleted."),
                     {}};
    if (kindOf(record) == RegisterKind::PollingStations)
        return openProtocols(id); // a station of a file made before migration 7 gets its own
    return {};
}

Status RegisterTable::openProtocols(std::optional<qint64> stationId)
{
    // ON CONFLICT after INSERT … SELECT needs the WHERE clause (SQLite's parsing of "ON").
    if (stationId) {
        auto query =
            statement(QStringLiteral("open-protocol"),
                      QStringLiteral("INSERT INTO protocol (polling_station_id, contest_id) "
                                     "SELECT id, contest_id FROM polling_station WHERE id = ? "
                                     "ON CONFLICT (polling_station_id, contest_id) DO NOTHING"));
        if (!query)
            return query.error();
        return m_db.execPrepared(**query, {*stationId});
    }
    auto opened = m_db.exec(
        QStringLiteral("INSERT INTO protocol (polling_station_id, contest_id) "
                       "SELECT s.id, s.contest_id FROM polling_station s "
                       "WHERE s.election_id = ? AND NOT EXISTS (SELECT 1 FROM protocol p "
                       "WHERE p.polling_station_id = s.id AND p.contest_id = s.contest_id) "
                       "ORDER BY s.id"),
        {m_electionId});
    if (!opened)
        return opened.error();
    return {};
}

Outcome<QString> RegisterTable::protocolInUse(qint64 stationId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT p.state, (SELECT COUNT(*) FROM protocol_entry e "
                                          "WHERE e.protocol_id = p.id) FROM protocol p "
                                          "WHERE p.polling_station_id = ? ORDER BY p.id"),
                           {stationId});
    if (!query)
        return query.error();
    while (query->next()) {
        const QString state = query->value(0).toString();
        const int entries = query->value(1).toInt();
        if (state == QLatin1String("accepted"))
            return tr("its protocol is already accepted");
        if (entries > 0)
            return tr("its protocol already has %n entry(ies)", nullptr, entries);
        if (state != QLatin1String("open"))
            return tr("its protocol is being entered");
    }
    return QString();
}

Status RegisterTable::addHistory(qint64 candidateId, const QString &status, QDate date,
                                 const QString &reason)
{
    auto query =
        statement(QStringLiteral("history"),
                  QStringLiteral("INSERT INTO candidate_status_change (candidate_id, status, "
                                 "status_date, reason, changed_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    return m_db.execPrepared(
        **query,
        {candidateId, status, dateOrNull(date), textOrNull(reason), m_now,
         idOrNull(m_session.userId > 0 ? std::optional<qint64>(m_session.userId) : std::nullopt)});
}

} // namespace bd
