#include "MemoryRegisterLookup.h"

#include "RegisterRules.h"

namespace bd {

Outcome<MemoryRegisterLookup> MemoryRegisterLookup::load(const Database &db, qint64 electionId,
                                                         RegisterKind kind)
{
    MemoryRegisterLookup lookup;
    auto territories = db.exec(QStringLiteral("SELECT id, code, parent_id, depth FROM territory "
                                              "WHERE election_id = ?"),
                               {electionId});
    if (!territories)
        return territories.error();
    while (territories->next()) {
        const Territory t{territories->value(0).toLongLong(), territories->value(2).toLongLong(),
                          territories->value(3).toInt()};
        lookup.m_territories.insert(territories->value(1).toString(), t);
        lookup.m_parentOf.insert(t.id, t.parentId);
    }
    auto contests =
        db.exec(QStringLiteral("SELECT id, code, territory_id FROM contest WHERE election_id = ?"),
                {electionId});
    if (!contests)
        return contests.error();
    while (contests->next())
        lookup.m_contests.insert(
            contests->value(1).toString(),
            ContestRef{contests->value(0).toLongLong(), contests->value(2).toLongLong()});
    auto parties =
        db.exec(QStringLiteral("SELECT id, code FROM party WHERE election_id = ?"), {electionId});
    if (!parties)
        return parties.error();
    while (parties->next())
        lookup.m_parties.insert(parties->value(1).toString(), parties->value(0).toLongLong());
    // Stations can be a million rows: read them only for the imports that refer to them.
    if (kind == RegisterKind::PollingStations || kind == RegisterKind::Observers) {
        auto stations =
            db.exec(QStringLiteral("SELECT id, code FROM polling_station WHERE election_id = ?"),
                    {electionId});
        if (!stations)
            return stations.error();
        while (stations->next())
            lookup.m_stations.insert(stations->value(1).toString(),
                                     stations->value(0).toLongLong());
    }
    if (kind == RegisterKind::Candidates) {
        auto candidates = db.exec(QStringLiteral("SELECT id, code, contest_id, party_id, status "
                                                 "FROM candidate WHERE election_id = ?"),
                                  {electionId});
        if (!candidates)
            return candidates.error();
        while (candidates->next()) {
            lookup.m_candidates.insert(candidates->value(1).toString(),
                                       candidates->value(0).toLongLong());
            if (!candidates->value(3).isNull() &&
                RegisterRules::isStanding(candidates->value(4).toString()))
                lookup.m_standing.insert(
                    {candidates->value(2).toLongLong(), candidates->value(3).toLongLong()});
        }
    }
    if (kind == RegisterKind::Observers) {
        auto observers = db.exec(
            QStringLiteral("SELECT id, code FROM observer WHERE election_id = ?"), {electionId});
        if (!observers)
            return observers.error();
        while (observers->next())
            lookup.m_observers.insert(observers->value(1).toString(),
                                      observers->value(0).toLongLong());
    }
    return lookup;
}

std::optional<TerritoryRef> MemoryRegisterLookup::territory(const QString &code) const
{
    const auto it = m_territories.constFind(code);
    if (it == m_territories.constEnd())
        return std::nullopt;
    return TerritoryRef{it->id, it->depth};
}

std::optional<ContestRef> MemoryRegisterLookup::contest(const QString &code) const
{
    const auto it = m_contests.constFind(code);
    if (it == m_contests.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qint64> MemoryRegisterLookup::party(const QString &code) const
{
    const auto it = m_parties.constFind(code);
    return it == m_parties.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<qint64> MemoryRegisterLookup::station(const QString &code) const
{
    const auto it = m_stations.constFind(code);
    return it == m_stations.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<qint64> MemoryRegisterLookup::idOfCode(RegisterKind kind, const QString &code) const
{
    switch (kind) {
    case RegisterKind::Territories:
        if (const auto t = territory(code))
            return t->id;
        return std::nullopt;
    case RegisterKind::Parties:
        return party(code);
    case RegisterKind::Contests:
        if (const auto c = contest(code))
            return c->id;
        return std::nullopt;
    case RegisterKind::PollingStations:
        return station(code);
    case RegisterKind::Candidates: {
        const auto it = m_candidates.constFind(code);
        return it == m_candidates.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
    case RegisterKind::Observers: {
        const auto it = m_observers.constFind(code);
        return it == m_observers.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
    }
    return std::nullopt;
}

bool MemoryRegisterLookup::isInside(qint64 ancestor, qint64 descendant) const
{
    // Walks up from the descendant; the tree is shallow (region, district, okrug).
    qint64 current = descendant;
    for (int guard = 0; current != 0 && guard < 1000; ++guard) {
        if (current == ancestor)
            return true;
        current = m_parentOf.value(current, 0);
    }
    return false;
}

bool MemoryRegisterLookup::hasStandingCandidate(qint64 contestId, qint64 partyId,
                                                qint64 exceptCandidate) const
{
    Q_UNUSED(exceptCandidate) // an import only adds candidates, so none is being replaced
    return m_standing.contains({contestId, partyId});
}

void MemoryRegisterLookup::add(const RegisterRecord &record, qint64 id)
{
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TerritoryRecord>) {
                const auto parent = r.parentCode.isEmpty() ? std::nullopt : territory(r.parentCode);
                const Territory t{id, parent ? parent->id : 0, parent ? parent->depth + 1 : 0};
                m_territories.insert(r.code, t);
                m_parentOf.insert(id, t.parentId);
            } else if constexpr (std::is_same_v<T, PartyRecord>) {
                m_parties.insert(r.code, id);
            } else if constexpr (std::is_same_v<T, ContestRecord>) {
                const auto t = territory(r.territoryCode);
                m_contests.insert(r.code, ContestRef{id, t ? t->id : 0});
            } else if constexpr (std::is_same_v<T, PollingStationRecord>) {
                m_stations.insert(r.code, id);
            } else if constexpr (std::is_same_v<T, CandidateRecord>) {
                m_candidates.insert(r.code, id);
                const auto c = contest(r.contestCode);
                const auto p = r.partyCode.isEmpty() ? std::nullopt : party(r.partyCode);
                if (c && p && RegisterRules::isStanding(r.status))
                    m_standing.insert({c->id, *p});
            } else {
                m_observers.insert(r.code, id);
            }
        },
        record);
}

} // namespace bd
