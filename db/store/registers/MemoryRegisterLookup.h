#pragma once

#include "Database.h"
#include "Outcome.h"
#include "RegisterLookup.h"

#include <QHash>
#include <QSet>

namespace bd {

/**
 * The register rules' answers from memory, for imports of many rows: the referenced registers
 * are read once, and each row checked or written is added so later rows can refer to it.
 */
class MemoryRegisterLookup : public RegisterLookup
{
public:
    /** Reads what an import of @p kind needs from the election @p electionId. */
    static Outcome<MemoryRegisterLookup> load(const Database &db, qint64 electionId,
                                              RegisterKind kind);

    std::optional<TerritoryRef> territory(const QString &code) const override;
    std::optional<ContestRef> contest(const QString &code) const override;
    std::optional<qint64> party(const QString &code) const override;
    std::optional<qint64> station(const QString &code) const override;
    std::optional<qint64> idOfCode(RegisterKind kind, const QString &code) const override;
    bool isInside(qint64 ancestor, qint64 descendant) const override;
    bool hasStandingCandidate(qint64 contestId, qint64 partyId,
                              qint64 exceptCandidate) const override;

    /** Adds a row of the imported kind (id: a real id, or a stand-in while checking). */
    void add(const RegisterRecord &record, qint64 id);

private:
    struct Territory
    {
        qint64 id = 0;
        qint64 parentId = 0;
        int depth = 0;
    };

    QHash<QString, Territory> m_territories;
    QHash<qint64, qint64> m_parentOf;
    QHash<QString, ContestRef> m_contests;
    QHash<QString, qint64> m_parties;
    QHash<QString, qint64> m_stations;
    QHash<QString, qint64> m_candidates;
    QHash<QString, qint64> m_observers;
    QSet<QPair<qint64, qint64>> m_standing; // (contest, party)
};

} // namespace bd
