#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bd {

/** The figures of one first-level territory (region) for the summary and its charts. */
struct RegionFigures
{
    qint64 territoryId = 0;
    QString code;
    QString nameEn;
    QString nameKk;
    QString nameRu;
    QString kato;
    int seats = 0;
    int candidatesRegistered = 0;
    int pollingStations = 0;
    int stationsReported = 0;      ///< stations with an accepted protocol
    qint64 votersOnLists = 0;      ///< registered voters of all its stations
    qint64 votersReported = 0;     ///< voters on the list (A) of its accepted protocols
    qint64 ballotsIssued = 0;      ///< C + C2 of its accepted protocols
    double turnoutPercent() const; ///< ballots issued over voters of reporting stations, 1 decimal
};

/** How many candidates left the race with a given status (refused, withdrawn, deregistered). */
struct StatusCount
{
    QString status;
    int count = 0;
};

/** The national figures of one election, computed by SummaryQueries. */
struct ElectionSummary
{
    qint64 electionId = 0;
    QString code;
    QString name;
    QString kind;
    QDate date;
    QString status;
    bool synthetic = false;
    bool againstAll = false;

    int regionsWithElections = 0;
    int contests = 0;
    int seats = 0;
    int candidatesNominated = 0; ///< every candidate ever nominated, whatever the status now
    int candidatesRegistered = 0;
    int candidatesParty = 0;          ///< registered, nominated by a party
    int candidatesSelfNominated = 0;  ///< registered, self-nominated
    int candidatesMen = 0;            ///< registered
    int candidatesWomen = 0;          ///< registered
    QList<StatusCount> notRegistered; ///< nominated but not registered, by status
    int pollingStations = 0;
    int stationsReported = 0;
    qint64 votersOnLists = 0;
    qint64 votersReported = 0;
    qint64 ballotsIssued = 0;
    int observers = 0;
    int seriousIncidents = 0;
    int minorIncidents = 0;
    int contestsDecided = 0;
    int contestsTied = 0;
    int contestsNoWinner = 0;
    QList<RegionFigures> turnoutByRegion; ///< regions with elections, highest turnout first

    double candidatesPartyPercent() const;
    double candidatesSelfNominatedPercent() const;
    double turnoutPercent() const;

    /** The JSON object of `ballotdesk-cli summary --json` (keys documented in docs/cli.md). */
    QJsonObject toJson() const;
};

} // namespace bd
