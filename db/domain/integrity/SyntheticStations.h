#pragma once

#include "StationFigures.h"

#include <QList>

namespace bd {

/** What a synthetic election for the integrity tests and benchmark looks like. */
struct SyntheticElectionOptions
{
    qint64 stations = 20000;
    int regions = 20;
    qint64 minVoters = 300;
    qint64 maxVoters = 3000;
    double turnout = 0.60; ///< national mean of the stations' latent turnout
    double regionTurnoutSd = 0.03;
    double stationTurnoutSd = 0.05;
    double leaderShare = 0.55; ///< national mean of the leader's latent share of valid votes
    double regionShareSd = 0.04;
    double stationShareSd = 0.05;
    double invalidShare = 0.02;
    int otherCandidates = 2;
    /** Stations with ballots stuffed for the leader, evenly spaced (so in every region):
     *  turnout raised to a whole percent of 85…98 % and at least 5 points above its own
     *  (voters rounded up to a multiple of 100 so that the percent is exact). */
    qint64 stuffedStations = 0;
    quint64 seed = 1;
};

/** A synthetic election and which of its stations were stuffed. */
struct SyntheticElection
{
    QList<StationFigures> stations;
    QList<qint64> stuffedStationIds; ///< ascending
};

/**
 * Generates synthetic station figures: binomial counts around latent rates that vary by
 * region and station (a "fair" election in the sense of Klimek et al.), optionally with
 * ballot stuffing planted in known stations. Deterministic for a seed. Synthetic: never
 * real figures.
 */
class SyntheticStations
{
public:
    SyntheticStations() = delete;

    static SyntheticElection generate(const SyntheticElectionOptions &options = {});
};

} // namespace bd
