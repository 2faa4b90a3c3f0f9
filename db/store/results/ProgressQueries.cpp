#include "ProgressQueries.h"

#include "ContestResults.h"
#include "Database.h"
#include "LocalizedName.h"
#include "ProtocolChoiceQuery.h"

#include <QHash>
#include <QLocale>

namespace bd {

namespace {

constexpr int kBatch = 500;

// Adds @p count protocols in stored state @p state; needs_resolution counts as differing until
// splitErroneous() moves the erroneous ones.
void add(ProgressCounts &counts, const QString &state, qint64 count)
{
    counts.total += count;
    if (state == QLatin1String("open"))
        counts.noEntry += count;
    else if (state == QLatin1String("first_entered"))
        counts.oneEntry += count;
    else if (state == QLatin1String("needs_resolution"))
        counts.differing += count;
    else if (state == QLatin1String("accepted"))
        counts.accepted += count;
}

void splitErroneous(ProgressCounts &counts, qint64 erroneous)
{
    counts.erroneous = erroneous;
    counts.differing -= erroneous;
}

// Erroneous protocols grouped by @p key (an expression over p and s). Few protocols wait for a
// coordinator, so the query starts from them (the protocol_queue index) and joins outwards.
Outcome<QHash<qint64, qint64>> erroneousBy(const Database &db, const QString &key,
                                           const QString &joins)
{
    auto query = db.exec(QStringLiteral("SELECT %1, COUNT(*) FROM protocol p %2 "
                                        "WHERE p.state = 'needs_resolution' AND "
                                        "p.resolution_reason = 'erroneous' GROUP BY %1")
                             .arg(key, joins));
    if (!query)
        return query.error();
    QHash<qint64, qint64> counts;
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return counts;
}

QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

// The outcomes of the contests @p contestIds only, with ContestResults' rules (ContestTally on
// the registered candidates' votes of accepted protocols), a batch of contests at a time: a
// region's contests without tallying the whole country.
Outcome<QHash<qint64, ContestOutcome>> outcomesOf(const Database &db,
                                                  const QList<qint64> &contestIds)
{
    struct Tally
    {
        int stations = 0;
        int reported = 0;
        std::optional<qint64> againstAll;
        QList<CandidateTotal> totals;
    };
    QHash<qint64, ContestOutcome> outcomes;
    for (qsizetype start = 0; start < contestIds.size(); start += kBatch) {
        const QList<qint64> batch = contestIds.mid(start, kBatch);
        QVariantList ids;
        QHash<qint64, Tally> tallies;
        for (const qint64 id : batch) {
            ids << id;
            tallies.insert(id, Tally{});
        }
        const QString in = marks(batch.size());
        auto stations = db.exec(QStringLiteral("SELECT contest_id, COUNT(*) FROM polling_station "
                                               "WHERE contest_id IN (%1) GROUP BY contest_id")
                                    .arg(in),
                                ids);
        if (!stations)
            return stations.error();
        while (stations->next())
            tallies[stations->value(0).toLongLong()].stations = stations->value(1).toInt();
        auto accepted = db.exec(QStringLiteral("SELECT contest_id, COUNT(*), SUM(against_all) "
                                               "FROM protocol WHERE state = 'accepted' AND "
                                               "contest_id IN (%1) GROUP BY contest_id")
                                    .arg(in),
                                ids);
        if (!accepted)
            return accepted.error();
        while (accepted->next()) {
            Tally &t = tallies[accepted->value(0).toLongLong()];
            t.reported = accepted->value(1).toInt();
            if (!accepted->value(2).isNull())
                t.againstAll = accepted->value(2).toLongLong();
        }
        QHash<qint64, qint64> votes;
        // From the contests' candidates to their votes and each vote's protocol (by key): the
        // state is tested in the sum, not in WHERE, where it would lead the planner to walk
        // every accepted protocol of the country.
        auto sums =
            db.exec(QStringLiteral("SELECT v.candidate_id, SUM(CASE WHEN p.state = 'accepted' "
                                   "THEN v.votes ELSE 0 END) FROM candidate k "
                                   "JOIN protocol_vote v ON v.candidate_id = k.id "
                                   "JOIN protocol p ON p.id = v.protocol_id "
                                   "WHERE k.contest_id IN (%1) AND k.status = 'registered' "
                                   "GROUP BY v.candidate_id")
                        .arg(in),
                    ids);
        if (!sums)
            return sums.error();
        while (sums->next())
            votes.insert(sums->value(0).toLongLong(), sums->value(1).toLongLong());
        auto candidates = db.exec(QStringLiteral("SELECT contest_id, id FROM candidate WHERE "
                                                 "contest_id IN (%1) AND status = 'registered' "
                                                 "ORDER BY contest_id, id")
                                      .arg(in),
                                  ids);
        if (!candidates)
            return candidates.error();
        while (candidates->next()) {
            const qint64 id = candidates->value(1).toLongLong();
            tallies[candidates->value(0).toLongLong()].totals.append(
                CandidateTotal{id, votes.value(id)});
        }
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
            outcomes.insert(it.key(), ContestTally::decide(it->totals, it->againstAll, it->reported,
                                                           it->stations));
    }
    return outcomes;
}

QString localized(const QSqlQuery &query, int first)
{
    return LocalizedName::pick(QLocale(), query.value(first).toString(),
                               query.value(first + 1).toString(),
                               query.value(first + 2).toString());
}

} // namespace

Outcome<ProgressCounts> ProgressQueries::national(const Database &db, qint64 electionId)
{
    // Through protocol_contest (contest_id, state): the index alone, contest by contest.
    auto query = db.exec(QStringLiteral("SELECT p.state, COUNT(*) FROM contest c "
                                        "JOIN protocol p ON p.contest_id = c.id "
                                        "WHERE c.election_id = ? GROUP BY p.state"),
                         {electionId});
    if (!query)
        return query.error();
    ProgressCounts counts;
    while (query->next())
        add(counts, query->value(0).toString(), query->value(1).toLongLong());
    auto erroneous = erroneousBy(db, QStringLiteral("c.election_id"),
                                 QStringLiteral("JOIN contest c ON c.id = p.contest_id"));
    if (!erroneous)
        return erroneous.error();
    splitErroneous(counts, erroneous->value(electionId));
    return counts;
}

Outcome<QList<TerritoryProgress>>
ProgressQueries::territories(const Database &db, qint64 electionId, std::optional<qint64> parentId)
{
    const QString which = parentId ? QStringLiteral("a.election_id = ? AND a.parent_id = ?")
                                   : QStringLiteral("a.election_id = ? AND a.depth = 0");
    QVariantList values{electionId};
    if (parentId)
        values << *parentId;

    auto list = db.exec(QStringLiteral("SELECT a.id, a.code, COALESCE(a.name_kk, ''), "
                                       "COALESCE(a.name_ru, ''), COALESCE(a.name_en, '') "
                                       "FROM territory a WHERE %1 ORDER BY a.code")
                            .arg(which),
                        values);
    if (!list)
        return list.error();
    QList<TerritoryProgress> rows;
    QHash<qint64, int> index;
    while (list->next()) {
        TerritoryProgress row;
        row.territoryId = list->value(0).toLongLong();
        row.code = list->value(1).toString();
        row.name = localized(*list, 2);
        index.insert(row.territoryId, rows.size());
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    // Each territory's stations through the closure, then their protocols' states:
    // polling_station_territory_voters and protocol_station_state serve it from indexes.
    auto counts = db.exec(QStringLiteral("SELECT tc.ancestor_id, p.state, COUNT(*) "
                                         "FROM territory a "
                                         "JOIN territory_closure tc ON tc.ancestor_id = a.id "
                                         "JOIN polling_station s ON s.territory_id = "
                                         "tc.descendant_id "
                                         "JOIN protocol p ON p.polling_station_id = s.id "
                                         "WHERE %1 GROUP BY tc.ancestor_id, p.state")
                              .arg(which),
                          values);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const int i = index.value(counts->value(0).toLongLong(), -1);
        if (i >= 0)
            add(rows[i].counts, counts->value(1).toString(), counts->value(2).toLongLong());
    }
    auto erroneous = erroneousBy(
        db, QStringLiteral("tc.ancestor_id"),
        QStringLiteral("JOIN polling_station s ON s.id = p.polling_station_id "
                       "JOIN territory_closure tc ON tc.descendant_id = s.territory_id"));
    if (!erroneous)
        return erroneous.error();
    for (TerritoryProgress &row : rows)
        splitErroneous(row.counts, erroneous->value(row.territoryId));
    return rows;
}

Outcome<QList<ContestProgress>> ProgressQueries::contests(const Database &db, qint64 electionId,
                                                          std::optional<qint64> territoryId)
{
    const QString inside = territoryId
                               ? QStringLiteral(" AND c.territory_id IN (SELECT descendant_id FROM "
                                                "territory_closure WHERE ancestor_id = ?)")
                               : QString();
    QVariantList values{electionId};
    if (territoryId)
        values << *territoryId;

    auto list = db.exec(QStringLiteral("SELECT c.id, c.code, c.name, COALESCE(t.name_kk, ''), "
                                       "COALESCE(t.name_ru, ''), COALESCE(t.name_en, '') "
                                       "FROM contest c JOIN territory t ON t.id = c.territory_id "
                                       "WHERE c.election_id = ?%1 ORDER BY c.code")
                            .arg(inside),
                        values);
    if (!list)
        return list.error();
    QList<ContestProgress> rows;
    QHash<qint64, int> index;
    while (list->next()) {
        ContestProgress row;
        row.contestId = list->value(0).toLongLong();
        row.code = list->value(1).toString();
        row.name = list->value(2).toString();
        row.territoryName = localized(*list, 3);
        index.insert(row.contestId, rows.size());
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    auto counts = db.exec(QStringLiteral("SELECT p.contest_id, p.state, COUNT(*) FROM contest c "
                                         "JOIN protocol p ON p.contest_id = c.id "
                                         "WHERE c.election_id = ?%1 "
                                         "GROUP BY p.contest_id, p.state")
                              .arg(inside),
                          values);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const int i = index.value(counts->value(0).toLongLong(), -1);
        if (i >= 0)
            add(rows[i].counts, counts->value(1).toString(), counts->value(2).toLongLong());
    }
    auto erroneous = erroneousBy(db, QStringLiteral("p.contest_id"), QString());
    if (!erroneous)
        return erroneous.error();

    // One region's contests are tallied alone; every contest of the election at once.
    QList<qint64> contestIds;
    for (const ContestProgress &row : std::as_const(rows))
        contestIds << row.contestId;
    auto outcomes =
        territoryId ? outcomesOf(db, contestIds) : ContestResults::outcomes(db, electionId);
    if (!outcomes)
        return outcomes.error();
    QHash<qint64, QList<int>> byWinner;
    for (ContestProgress &row : rows) {
        splitErroneous(row.counts, erroneous->value(row.contestId));
        row.outcome = outcomes->value(row.contestId);
        if (row.outcome.state == ContestOutcome::State::Decided && row.outcome.winnerId)
            byWinner[*row.outcome.winnerId].append(index.value(row.contestId));
    }

    // The winners' names, a batch of ids at a time.
    const QList<qint64> winners = byWinner.keys();
    for (qsizetype start = 0; start < winners.size(); start += kBatch) {
        const QList<qint64> batch = winners.mid(start, kBatch);
        QStringList marks;
        QVariantList ids;
        for (const qint64 id : batch) {
            marks << QStringLiteral("?");
            ids << id;
        }
        auto names = db.exec(QStringLiteral("SELECT id, full_name FROM candidate WHERE id IN (%1)")
                                 .arg(marks.join(QStringLiteral(", "))),
                             ids);
        if (!names)
            return names.error();
        while (names->next()) {
            for (const int i : byWinner.value(names->value(0).toLongLong()))
                rows[i].winnerName = names->value(1).toString();
        }
    }
    return rows;
}

Outcome<QList<ProtocolChoice>> ProgressQueries::protocols(const Database &db, qint64 electionId,
                                                          const ProgressFilter &filter)
{
    QString where = QStringLiteral("WHERE s.election_id = ?");
    QVariantList values{electionId};
    if (filter.territoryId) {
        where += QStringLiteral(" AND s.territory_id IN (SELECT descendant_id FROM "
                                "territory_closure WHERE ancestor_id = ?)");
        values << *filter.territoryId;
    }
    if (filter.contestId) {
        where += QStringLiteral(" AND p.contest_id = ?");
        values << *filter.contestId;
    }
    if (filter.state) {
        const auto [state, reason] = ProtocolChoiceQuery::columns(*filter.state);
        where += QStringLiteral(" AND p.state = ?");
        values << state;
        if (!reason.isEmpty()) {
            where += QStringLiteral(" AND p.resolution_reason = ?");
            values << reason;
        }
    }
    auto query = db.exec(
        ProtocolChoiceQuery::select() + where +
            QStringLiteral(" ORDER BY s.number, c.code LIMIT %1").arg(std::max(0, filter.limit)),
        values);
    if (!query)
        return query.error();
    QList<ProtocolChoice> choices;
    while (query->next())
        choices.append(ProtocolChoiceQuery::read(*query));
    return choices;
}

} // namespace bd
