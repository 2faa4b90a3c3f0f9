#include "MapQueries.h"

#include "ContestResults.h"
#include "Database.h"

#include <QSet>

namespace bd {

namespace {

std::optional<double> ratio(double part, double whole, double factor)
{
    if (whole <= 0)
        return std::nullopt;
    return part * factor / whole;
}

// The territories of a level: their depth, and the parent they hang under (0 for regions).
struct Scope
{
    int depth = 0;
    qint64 parentId = 0;
    // SQL fragments: the ancestor filter and, below regions, the subtree restriction that keeps
    // the inner scans off the rest of the country.
    QString ancestor() const
    {
        return parentId == 0
                   ? QStringLiteral("a.depth = 0")
                   : QStringLiteral("a.depth = %1 AND a.parent_id = %2").arg(depth).arg(parentId);
    }
    QString subtree(const QString &column) const
    {
        if (parentId == 0)
            return {};
        return QStringLiteral(" AND %1 IN (SELECT descendant_id FROM territory_closure "
                              "WHERE ancestor_id = %2)")
            .arg(column)
            .arg(parentId);
    }
};

Outcome<qint64> electionId(const Database &db)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM election ORDER BY id LIMIT 1"));
    if (!id)
        return Error{QStringLiteral("map.no-election"),
                     MapQueries::tr("The database holds no election yet."), id.error().detail};
    return id->toLongLong();
}

Outcome<QStringList> turnoutHours(const Database &db, qint64 election)
{
    auto q = db.exec(QStringLiteral("SELECT report_time FROM turnout_hour WHERE election_id = ? "
                                    "ORDER BY report_time"),
                     {election});
    if (!q)
        return q.error();
    QStringList hours;
    while (q->next())
        hours << q->value(0).toString();
    return hours;
}

Outcome<qint64> territoryId(const Database &db, qint64 election, const QString &code, int depth)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM territory WHERE election_id = ? AND code = ? "
                                    "AND depth = ?"),
                     {election, code, depth});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("map.unknown-territory"),
                     MapQueries::tr("The election has no territory with the code %1 at this "
                                    "level.")
                         .arg(code),
                     {}};
    return q->value(0).toLongLong();
}

Status readBoundaries(const Database &db, QHash<qint64, MapFigures *> &byId)
{
    // Stored (imported) boundaries, when the election has any: few rows, read by primary key.
    auto q = db.exec(QStringLiteral("SELECT territory_id, geojson FROM territory_boundary"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (MapFigures *f = byId.value(q->value(0).toLongLong()))
            f->storedBoundary = q->value(1).toString();
    }
    return {};
}

// Seats decided and won by self-nominated candidates per map item, from the contest outcomes.
// contestToItem maps each contest to the item (territory or station list) it counts for.
Outcome<QSet<qint64>> selfNominatedCandidates(const Database &db, qint64 election)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM candidate WHERE election_id = ? AND "
                                    "status = 'registered' AND party_id IS NULL"),
                     {election});
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

Status readTerritoryLevel(const Database &db, qint64 election, const Scope &scope,
                          const QHash<qint64, ContestOutcome> &outcomes, MapData &data)
{
    const QVariantList e{election};
    auto territories =
        db.exec(QStringLiteral("SELECT a.id, a.code, a.kato, a.name_en, a.name_kk, a.name_ru "
                               "FROM territory a WHERE a.election_id = ? AND %1 ORDER BY a.code")
                    .arg(scope.ancestor()),
                e);
    if (!territories)
        return territories.error();
    while (territories->next()) {
        MapFigures f;
        f.id = territories->value(0).toLongLong();
        f.code = territories->value(1).toString();
        f.kato = territories->value(2).toString();
        f.nameEn = territories->value(3).toString();
        f.nameKk = territories->value(4).toString();
        f.nameRu = territories->value(5).toString();
        data.items.append(f);
    }
    QHash<qint64, MapFigures *> byId;
    for (MapFigures &f : data.items)
        byId.insert(f.id, &f);
    if (byId.isEmpty())
        return {};

    // Rows are added up per leaf territory first and only those sums meet the closure, as in
    // SummaryQueries; "+ps.election_id" keeps SQLite on the covering index.
    const QString toAncestor =
        QStringLiteral(" JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
                       "JOIN territory a ON a.id = tc.ancestor_id AND ") +
        scope.ancestor();
    const QString psSubtree = scope.subtree(QStringLiteral("ps.territory_id"));

    auto stations =
        db.exec(QStringLiteral("SELECT a.id, SUM(t.stations), SUM(t.voters) FROM ("
                               "SELECT ps.territory_id AS territory_id, COUNT(*) AS stations, "
                               "SUM(ps.registered_voters) AS voters FROM polling_station ps "
                               "WHERE +ps.election_id = ?") +
                    psSubtree + QStringLiteral(" GROUP BY ps.territory_id) t") + toAncestor +
                    QStringLiteral(" GROUP BY a.id"),
                e);
    if (!stations)
        return stations.error();
    while (stations->next()) {
        if (MapFigures *f = byId.value(stations->value(0).toLongLong())) {
            f->stations = stations->value(1).toInt();
            f->votersOnLists = stations->value(2).toLongLong();
        }
    }

    auto protocols =
        db.exec(QStringLiteral("SELECT a.id, SUM(t.reported), SUM(t.voters), SUM(t.issued) FROM ("
                               "SELECT ps.territory_id AS territory_id, COUNT(*) AS reported, "
                               "SUM(p.voters_on_list) AS voters, "
                               "SUM(p.ballots_issued_station + p.ballots_issued_outside) AS issued "
                               "FROM protocol p CROSS JOIN polling_station ps "
                               "WHERE p.state = 'accepted' AND ps.id = p.polling_station_id "
                               "AND ps.contest_id = p.contest_id AND ps.election_id = ?") +
                    psSubtree + QStringLiteral(" GROUP BY ps.territory_id) t") + toAncestor +
                    QStringLiteral(" GROUP BY a.id"),
                e);
    if (!protocols)
        return protocols.error();
    while (protocols->next()) {
        if (MapFigures *f = byId.value(protocols->value(0).toLongLong())) {
            f->stationsReported = protocols->value(1).toInt();
            f->votersReported = protocols->value(2).toLongLong();
            f->ballotsIssued = protocols->value(3).toLongLong();
        }
    }

    auto hours = db.exec(
        QStringLiteral("SELECT a.id, t.report_time, SUM(t.stations), SUM(t.voters), "
                       "SUM(t.received) FROM ("
                       "SELECT ps.territory_id AS territory_id, r.report_time AS report_time, "
                       "COUNT(*) AS stations, SUM(ps.registered_voters) AS voters, "
                       "SUM(r.voters_received_ballots) AS received "
                       "FROM turnout_report r JOIN polling_station ps "
                       "ON ps.id = r.polling_station_id WHERE ps.election_id = ?") +
            psSubtree + QStringLiteral(" GROUP BY ps.territory_id, r.report_time) t") + toAncestor +
            QStringLiteral(" GROUP BY a.id, t.report_time"),
        e);
    if (!hours)
        return hours.error();
    while (hours->next()) {
        if (MapFigures *f = byId.value(hours->value(0).toLongLong()))
            f->byHour.insert(hours->value(1).toString(),
                             HourFigures{hours->value(2).toInt(), hours->value(3).toLongLong(),
                                         hours->value(4).toLongLong()});
    }

    // Contests hang on okrugs; each counts for the item whose subtree holds its okrug.
    const QString contestSubtree = scope.subtree(QStringLiteral("c.territory_id"));
    auto contests =
        db.exec(QStringLiteral("SELECT c.id, a.id, c.seats FROM contest c "
                               "JOIN territory_closure tc ON tc.descendant_id = c.territory_id "
                               "JOIN territory a ON a.id = tc.ancestor_id AND ") +
                    scope.ancestor() + QStringLiteral(" WHERE c.election_id = ?") + contestSubtree,
                e);
    if (!contests)
        return contests.error();
    QHash<qint64, MapFigures *> byContest;
    while (contests->next()) {
        MapFigures *f = byId.value(contests->value(1).toLongLong());
        if (f == nullptr)
            continue;
        byContest.insert(contests->value(0).toLongLong(), f);
        f->seats += contests->value(2).toInt();
    }

    auto candidates = db.exec(
        QStringLiteral("SELECT contest_id, COUNT(*) FROM candidate WHERE election_id = ? AND "
                       "status = 'registered' GROUP BY contest_id"),
        e);
    if (!candidates)
        return candidates.error();
    while (candidates->next()) {
        if (MapFigures *f = byContest.value(candidates->value(0).toLongLong()))
            f->candidatesRegistered += candidates->value(1).toInt();
    }

    auto self = selfNominatedCandidates(db, election);
    if (!self)
        return self.error();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it->state != ContestOutcome::State::Decided || !it->winnerId)
            continue;
        if (MapFigures *f = byContest.value(it.key())) {
            ++f->seatsDecided;
            if (self->contains(*it->winnerId))
                ++f->seatsSelfNominated;
        }
    }
    return readBoundaries(db, byId);
}

Status readStations(const Database &db, qint64 election, qint64 districtId,
                    const QHash<qint64, ContestOutcome> &outcomes, MapData &data)
{
    const QVariantList scope{districtId};
    auto stations = db.exec(
        QStringLiteral("SELECT ps.id, ps.code, ps.number, ps.name, ps.latitude, ps.longitude, "
                       "ps.registered_voters, ps.contest_id, c.seats, p.voters_on_list, "
                       "p.ballots_issued_station + p.ballots_issued_outside "
                       "FROM territory_closure tc "
                       "JOIN polling_station ps ON ps.territory_id = tc.descendant_id "
                       "JOIN contest c ON c.id = ps.contest_id "
                       "LEFT JOIN protocol p ON p.polling_station_id = ps.id "
                       "AND p.contest_id = ps.contest_id AND p.state = 'accepted' "
                       "WHERE tc.ancestor_id = ? ORDER BY ps.id"),
        scope);
    if (!stations)
        return stations.error();
    QHash<qint64, qsizetype> index;
    QHash<qint64, QList<qsizetype>> byContest;
    while (stations->next()) {
        MapFigures f;
        f.id = stations->value(0).toLongLong();
        f.code = stations->value(1).toString();
        const QString number = stations->value(2).toString();
        const QString name = stations->value(3).toString();
        // A station is named by its number; the register's name goes into every language.
        f.nameEn = f.nameKk = f.nameRu =
            name.isEmpty() ? MapQueries::tr("Polling station No. %1").arg(number) : name;
        f.kato = number;
        if (!stations->value(4).isNull() && !stations->value(5).isNull())
            f.lonLat = QPointF(stations->value(5).toDouble(), stations->value(4).toDouble());
        f.stations = 1;
        f.votersOnLists = stations->value(6).toLongLong();
        f.seats = stations->value(8).toInt();
        if (!stations->value(9).isNull()) {
            f.stationsReported = 1;
            f.votersReported = stations->value(9).toLongLong();
            f.ballotsIssued = stations->value(10).toLongLong();
        }
        byContest[stations->value(7).toLongLong()].append(data.items.size());
        index.insert(f.id, data.items.size());
        data.items.append(f);
    }
    if (data.items.isEmpty())
        return {};

    auto hours = db.exec(QStringLiteral("SELECT r.polling_station_id, r.report_time, "
                                        "ps.registered_voters, r.voters_received_ballots "
                                        "FROM territory_closure tc "
                                        "JOIN polling_station ps "
                                        "ON ps.territory_id = tc.descendant_id "
                                        "JOIN turnout_report r ON r.polling_station_id = ps.id "
                                        "WHERE tc.ancestor_id = ?"),
                         scope);
    if (!hours)
        return hours.error();
    while (hours->next()) {
        const auto it = index.constFind(hours->value(0).toLongLong());
        if (it != index.cend())
            data.items[*it].byHour.insert(
                hours->value(1).toString(),
                HourFigures{1, hours->value(2).toLongLong(), hours->value(3).toLongLong()});
    }

    auto candidates = db.exec(
        QStringLiteral("SELECT k.contest_id, COUNT(*) FROM territory_closure tc "
                       "JOIN contest c ON c.territory_id = tc.descendant_id "
                       "JOIN candidate k ON k.contest_id = c.id AND k.status = 'registered' "
                       "WHERE tc.ancestor_id = ? GROUP BY k.contest_id"),
        scope);
    if (!candidates)
        return candidates.error();
    while (candidates->next()) {
        for (qsizetype i : byContest.value(candidates->value(0).toLongLong()))
            data.items[i].candidatesRegistered = candidates->value(1).toInt();
    }

    auto self = selfNominatedCandidates(db, election);
    if (!self)
        return self.error();
    for (auto it = byContest.cbegin(); it != byContest.cend(); ++it) {
        const auto outcome = outcomes.constFind(it.key());
        if (outcome == outcomes.cend() || outcome->state != ContestOutcome::State::Decided ||
            !outcome->winnerId)
            continue;
        for (qsizetype i : *it) {
            data.items[i].seatsDecided = 1;
            data.items[i].seatsSelfNominated = self->contains(*outcome->winnerId) ? 1 : 0;
        }
    }
    return {};
}

} // namespace

Outcome<QHash<qint64, ContestOutcome>> MapQueries::outcomes(const Database &db)
{
    auto election = electionId(db);
    if (!election)
        return election.error();
    return ContestResults::outcomes(db, *election);
}

Outcome<MapData> MapQueries::load(const Database &db, const MapRequest &request)
{
    auto election = electionId(db);
    if (!election)
        return election.error();
    MapData data;
    data.level = request.level;
    data.electionId = *election;
    data.parentCode = request.parentCode;
    auto hours = turnoutHours(db, *election);
    if (!hours)
        return hours.error();
    data.hours = *hours;

    QHash<qint64, ContestOutcome> computed;
    const QHash<qint64, ContestOutcome> *outcomes = request.outcomes;
    if (outcomes == nullptr) {
        auto all = ContestResults::outcomes(db, *election);
        if (!all)
            return all.error();
        computed = std::move(*all);
        outcomes = &computed;
    }

    Scope scope;
    switch (request.level) {
    case MapLevel::Regions:
        break;
    case MapLevel::Districts:
    case MapLevel::Stations: {
        const int parentDepth = request.level == MapLevel::Districts ? 0 : 1;
        auto parent = territoryId(db, *election, request.parentCode, parentDepth);
        if (!parent)
            return parent.error();
        scope.depth = parentDepth + 1;
        scope.parentId = *parent;
        break;
    }
    }
    const Status status = request.level == MapLevel::Stations
                              ? readStations(db, *election, scope.parentId, *outcomes, data)
                              : readTerritoryLevel(db, *election, scope, *outcomes, data);
    if (!status)
        return status.error();
    return data;
}

std::optional<double> MapFigures::value(MapMetric metric, const QString &hour) const
{
    switch (metric) {
    case MapMetric::TurnoutFinal:
        return ratio(static_cast<double>(ballotsIssued), static_cast<double>(votersReported), 100);
    case MapMetric::TurnoutAtHour: {
        const auto it = byHour.constFind(hour);
        if (it == byHour.cend())
            return std::nullopt;
        return ratio(static_cast<double>(it->received), static_cast<double>(it->voters), 100);
    }
    case MapMetric::ReportingProgress:
        return ratio(stationsReported, stations, 100);
    case MapMetric::SelfNominatedSeats:
        return ratio(seatsSelfNominated, seatsDecided, 100);
    case MapMetric::CandidatesPerSeat:
        return ratio(candidatesRegistered, seats, 1);
    }
    return std::nullopt;
}

QString MapFigures::name(const QString &language) const
{
    QString preferred = nameEn;
    if (language == QLatin1String("kk"))
        preferred = nameKk;
    else if (language == QLatin1String("ru"))
        preferred = nameRu;
    if (!preferred.isEmpty())
        return preferred;
    for (const QString &n : {nameEn, nameRu, nameKk}) {
        if (!n.isEmpty())
            return n;
    }
    return code;
}

} // namespace bd
