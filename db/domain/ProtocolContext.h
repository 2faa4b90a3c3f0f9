#pragma once

#include "RuleThresholds.h"

#include <QList>

#include <optional>

namespace bd {

/** What ProtocolRules::check() must know about the election, contest and station. */
struct ProtocolContext
{
    bool againstAllEnabled = false;        ///< the election has an "against all" field (H)
    QList<qint64> registeredCandidateIds;  ///< the contest's registered candidates (P.F.203)
    bool stationInContestTerritory = true; ///< false gives P.F.204
    std::optional<qint64> stationRegisteredVoters; ///< on record; compared by P.W.206
    std::optional<qint64> lastHourlyReport;        ///< voters who received ballots; P.W.207
    RuleThresholds thresholds;

    friend bool operator==(const ProtocolContext &a, const ProtocolContext &b) = default;
};

} // namespace bd
