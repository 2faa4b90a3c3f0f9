#include "ElectionSummary.h"

#include "Turnout.h"

#include <QJsonArray>

namespace bd {

double RegionFigures::turnoutPercent() const
{
    return Turnout::roundedPercent(ballotsIssued, votersReported);
}

double ElectionSummary::candidatesPartyPercent() const
{
    return Turnout::roundedPercent(candidatesParty, candidatesRegistered);
}

double ElectionSummary::candidatesSelfNominatedPercent() const
{
    return Turnout::roundedPercent(candidatesSelfNominated, candidatesRegistered);
}

double ElectionSummary::turnoutPercent() const
{
    return Turnout::roundedPercent(ballotsIssued, votersReported);
}

QJsonObject ElectionSummary::toJson() const
{
    QJsonArray regions;
    for (const RegionFigures &r : turnoutByRegion) {
        regions.append(QJsonObject{
            {QStringLiteral("code"), r.code},
            {QStringLiteral("name_en"), r.nameEn},
            {QStringLiteral("name_kk"), r.nameKk},
            {QStringLiteral("name_ru"), r.nameRu},
            {QStringLiteral("kato"), r.kato},
            {QStringLiteral("seats"), r.seats},
            {QStringLiteral("candidates_registered"), r.candidatesRegistered},
            {QStringLiteral("polling_stations"), r.pollingStations},
            {QStringLiteral("stations_reported"), r.stationsReported},
            {QStringLiteral("voters_on_lists"), r.votersOnLists},
            {QStringLiteral("ballots_issued"), r.ballotsIssued},
            {QStringLiteral("turnout_percent"), r.turnoutPercent()},
        });
    }
    QJsonObject notRegisteredByStatus;
    for (const StatusCount &s : notRegistered)
        notRegisteredByStatus.insert(s.status, s.count);

    return QJsonObject{
        {QStringLiteral("synthetic"), synthetic},
        {QStringLiteral("election"), name},
        {QStringLiteral("election_code"), code},
        {QStringLiteral("election_date"), date.toString(Qt::ISODate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("against_all"), againstAll},
        {QStringLiteral("regions_with_elections"), regionsWithElections},
        {QStringLiteral("contests"), contests},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("candidates_nominated"), candidatesNominated},
        {QStringLiteral("candidates_registered"), candidatesRegistered},
        {QStringLiteral("candidates_not_registered"), notRegisteredByStatus},
        {QStringLiteral("candidates_party"), candidatesParty},
        {QStringLiteral("candidates_self_nominated"), candidatesSelfNominated},
        {QStringLiteral("candidates_party_percent"), candidatesPartyPercent()},
        {QStringLiteral("candidates_self_nominated_percent"), candidatesSelfNominatedPercent()},
        {QStringLiteral("candidates_men"), candidatesMen},
        {QStringLiteral("candidates_women"), candidatesWomen},
        {QStringLiteral("polling_stations"), pollingStations},
        {QStringLiteral("stations_reported"), stationsReported},
        {QStringLiteral("voters_on_lists"), votersOnLists},
        {QStringLiteral("ballots_issued"), ballotsIssued},
        {QStringLiteral("turnout_percent"), turnoutPercent()},
        {QStringLiteral("observers"), observers},
        {QStringLiteral("serious_incidents"), seriousIncidents},
        {QStringLiteral("minor_incidents"), minorIncidents},
        {QStringLiteral("contests_decided"), contestsDecided},
        {QStringLiteral("contests_tied"), contestsTied},
        {QStringLiteral("contests_no_winner"), contestsNoWinner},
        {QStringLiteral("turnout_by_region"), regions},
    };
}

} // namespace bd
