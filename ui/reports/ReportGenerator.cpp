#include "ReportGenerator.h"

#include "ChartQueries.h"
#include "ChoroplethRenderer.h"
#include "ContestResults.h"
#include "Database.h"
#include "IntegrityAnalysis.h"
#include "IntegritySection.h"
#include "LocalizedName.h"
#include "MapQueries.h"
#include "MapScene.h"
#include "ReportBuilder.h"
#include "ReportQueries.h"
#include "ReportTranslator.h"
#include "SummaryQueries.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPalette>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReports, "ballotdesk.ui.reports")

namespace bd {

namespace {

/** Formats numbers, percentages and names as the report's language writes them. */
struct Style
{
    QLocale locale;
    QString language;
    QString number(qint64 n) const { return locale.toString(n); }
    QString percent(double p) const
    {
        return locale.toString(p, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
    }
    QString share(qint64 part, qint64 whole) const
    {
        return whole > 0 ? percent(std::round(1000.0 * double(part) / double(whole)) / 10.0)
                         : QStringLiteral("—");
    }
    QString name(const QString &kk, const QString &ru, const QString &en) const
    {
        return LocalizedName::pick(locale, kk, ru, en);
    }
};

QString statusText(const QString &status)
{
    if (status == QLatin1String("final"))
        return ReportGenerator::tr("final results");
    if (status == QLatin1String("preliminary"))
        return ReportGenerator::tr("preliminary results");
    if (status == QLatin1String("counting"))
        return ReportGenerator::tr("counting in progress");
    if (status == QLatin1String("voting"))
        return ReportGenerator::tr("voting in progress");
    return ReportGenerator::tr("in preparation");
}

QString outcomeText(const ContestOutcome &o, const Style &s)
{
    switch (o.state) {
    case ContestOutcome::State::Pending:
        return ReportGenerator::tr("counting: %1 of %2 stations reported")
            .arg(s.number(o.stationsReported), s.number(o.stationsTotal));
    case ContestOutcome::State::Decided:
        return ReportGenerator::tr("decided");
    case ContestOutcome::State::Tie:
        return ReportGenerator::tr("tie: repeat voting or lot");
    case ContestOutcome::State::NoWinnerAgainstAll:
        return ReportGenerator::tr("no winner: against all");
    }
    return {};
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? ReportGenerator::tr("command line")
                          : ReportGenerator::tr("%1 (command line)").arg(user);
}

QString hashOf(const QJsonObject &figures)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(figures).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

std::shared_ptr<ChoroplethRenderer> turnoutMap(const MapScene &scene, const Style &s,
                                               const QString &title)
{
    auto renderer = std::make_shared<ChoroplethRenderer>();
    renderer->setPalette(QPalette(QColor(0xF0, 0xF0, 0xF0)));
    renderer->setShapes(scene.shapes);
    renderer->setMarkers(scene.markers);
    renderer->setBackdrop(scene.backdrop);
    const QLocale locale = s.locale;
    renderer->setValues(scene.values(MapMetric::TurnoutFinal, {}), [locale](double v) {
        return locale.toString(v, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
    });
    renderer->setTitle(title);
    renderer->setLegendTitle(ReportGenerator::tr("Turnout"));
    // The full credit is the attribution line at the foot of the page.
    renderer->setAttribution(ReportGenerator::tr("Boundaries: see the note below."));
    return renderer;
}

QString attributionText()
{
    QFile file(QStringLiteral(":/geo/ATTRIBUTION.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcReports) << "cannot read the boundary attribution";
        return QStringLiteral("Administrative boundaries: geokz (CC BY 4.0).");
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QJsonObject throughDayJson(const TurnoutThroughDay &day)
{
    QJsonArray hours;
    for (const HourlyTurnout &h : day.total.hours)
        hours.append(QJsonArray{h.hour, h.stations, h.voters, h.received});
    return QJsonObject{{QStringLiteral("hours"), hours}};
}

void addThroughDay(ReportBuilder &b, const TurnoutThroughDay &day, const Style &s)
{
    b.heading(ReportGenerator::tr("Turnout through the day"));
    QList<ReportColumn> columns{{ReportGenerator::tr("Time"), 1, Qt::AlignLeft},
                                {ReportGenerator::tr("Stations reporting"), 1.2},
                                {ReportGenerator::tr("Voters on their lists"), 1.4},
                                {ReportGenerator::tr("Had received a ballot"), 1.4},
                                {ReportGenerator::tr("Turnout"), 1}};
    QList<QStringList> rows;
    for (const HourlyTurnout &h : day.total.hours) {
        rows.append({h.hour, s.number(h.stations), s.number(h.voters), s.number(h.received),
                     s.percent(h.percent())});
    }
    if (rows.isEmpty())
        b.paragraph(ReportGenerator::tr("No turnout reports yet."));
    else
        b.table(columns, rows);
}

void addSeatsWon(ReportBuilder &b, const SeatsWon &seats, const Style &s, QJsonObject &figures)
{
    b.heading(ReportGenerator::tr("Seats won"));
    QList<QStringList> rows;
    QJsonArray json;
    const int total = seats.total();
    for (const PartyCount &p : seats.byParty) {
        rows.append({s.name(p.names.nameKk, p.names.nameRu, p.names.nameEn), s.number(p.count),
                     s.share(p.count, total)});
        json.append(QJsonArray{p.names.code, p.count});
    }
    rows.append({ReportGenerator::tr("Self-nominated"), s.number(seats.selfNominated),
                 s.share(seats.selfNominated, total)});
    rows.append({ReportGenerator::tr("Not yet decided"), s.number(seats.undecided),
                 s.share(seats.undecided, total)});
    rows.append({ReportGenerator::tr("All seats"), s.number(total), s.percent(100)});
    json.append(QJsonArray{QStringLiteral("self"), seats.selfNominated});
    json.append(QJsonArray{QStringLiteral("undecided"), seats.undecided});
    figures.insert(QStringLiteral("seatsWon"), json);
    b.table({{ReportGenerator::tr("Party"), 4, Qt::AlignLeft},
             {ReportGenerator::tr("Seats"), 1},
             {ReportGenerator::tr("Share"), 1}},
            rows);
}

struct Names
{
    QList<ReportContest> contests;
    QHash<qint64, ReportCandidate> candidates;
    ContestOutcomes outcomes;
};

Outcome<Names> loadNames(const Database &db, qint64 electionId)
{
    Names names;
    auto contests = ReportQueries::contests(db, electionId);
    if (!contests)
        return contests.error();
    names.contests = *contests;
    auto candidates = ReportQueries::candidates(db, electionId);
    if (!candidates)
        return candidates.error();
    names.candidates = *candidates;
    auto outcomes = ContestResults::outcomes(db, electionId);
    if (!outcomes)
        return outcomes.error();
    names.outcomes = *outcomes;
    return names;
}

void addUndecided(ReportBuilder &b, const Names &names, const QString &regionCode, const Style &s,
                  QJsonObject &figures)
{
    b.heading(ReportGenerator::tr("Contests still undecided"));
    QList<QStringList> rows;
    QJsonArray json;
    for (const ReportContest &c : names.contests) {
        if (!regionCode.isEmpty() && c.regionCode != regionCode)
            continue;
        const ContestOutcome o = names.outcomes.value(c.id);
        if (o.state == ContestOutcome::State::Decided)
            continue;
        rows.append(
            {c.code, c.name, s.name(c.regionKk, c.regionRu, c.regionEn), outcomeText(o, s)});
        json.append(QJsonArray{c.code, int(o.state)});
    }
    figures.insert(QStringLiteral("undecided"), json);
    if (rows.isEmpty()) {
        b.paragraph(ReportGenerator::tr("Every contest is decided."));
        return;
    }
    b.table({{ReportGenerator::tr("Code"), 2.1, Qt::AlignLeft},
             {ReportGenerator::tr("Contest"), 3, Qt::AlignLeft},
             {ReportGenerator::tr("Region"), 2.4, Qt::AlignLeft},
             {ReportGenerator::tr("State"), 3, Qt::AlignLeft}},
            rows);
}

ReportMeta metaFor(const ElectionSummary &summary, const ReportRequest &request, const Style &s,
                   const QString &title)
{
    ReportMeta meta;
    meta.title = title;
    meta.subtitle =
        summary.name + QStringLiteral(" · ") + s.locale.toString(summary.date, QLocale::LongFormat);
    meta.user = request.user.isEmpty() ? osUser() : request.user;
    meta.generated = QDateTime::currentDateTime();
    meta.synthetic = summary.synthetic;
    meta.attribution = attributionText();
    meta.locale = s.locale;
    return meta;
}

/** The figures are gathered first and hashed, then the document is made with the hash. */
struct Plan
{
    std::shared_ptr<QJsonObject> figures = std::make_shared<QJsonObject>();
    QString title;
    std::function<void(ReportBuilder &)> build;
};

Outcome<Plan> planSummary(const Database &db, const ElectionSummary &summary, const Style &s)
{
    auto scope = ChartQueries::scope(db, {});
    if (!scope)
        return scope.error();
    auto day = ChartQueries::turnoutThroughDay(db, *scope);
    if (!day)
        return day.error();
    auto names = loadNames(db, summary.electionId);
    if (!names)
        return names.error();
    auto seats = ChartQueries::seatsWon(db, *scope, &names->outcomes);
    if (!seats)
        return seats.error();
    MapRequest mapRequest;
    mapRequest.outcomes = &names->outcomes;
    auto mapData = MapQueries::load(db, mapRequest);
    if (!mapData)
        return mapData.error();
    const MapScene scene = MapSceneBuilder::build(*mapData, std::nullopt, s.language);
    auto integrity = IntegrityAnalysis::run(db);
    if (!integrity)
        return integrity.error();

    Plan plan;
    plan.title = ReportGenerator::tr("National summary");
    plan.figures->insert(QStringLiteral("integrity"), IntegritySection::figures(*integrity));
    plan.figures->insert(QStringLiteral("summary"), summary.toJson());
    plan.figures->insert(QStringLiteral("throughDay"), throughDayJson(*day));
    auto map = turnoutMap(scene, s, ReportGenerator::tr("Turnout by region"));
    plan.build = [summary, s, day = *day, names = *names, seats = *seats, map,
                  integrity = *integrity, figures = plan.figures](ReportBuilder &b) {
        const ElectionSummary &e = summary;
        b.title(
            ReportGenerator::tr("National summary"),
            ReportGenerator::tr("%1 · %2 · %3")
                .arg(e.name, s.locale.toString(e.date, QLocale::LongFormat), statusText(e.status)));
        b.heading(ReportGenerator::tr("Headline figures"));
        b.figures({
            {ReportGenerator::tr("Regions with elections"), s.number(e.regionsWithElections)},
            {ReportGenerator::tr("Seats"), s.number(e.seats)},
            {ReportGenerator::tr("Candidates nominated"), s.number(e.candidatesNominated)},
            {ReportGenerator::tr("Candidates registered"), s.number(e.candidatesRegistered)},
            {ReportGenerator::tr("Nominated by parties"),
             ReportGenerator::tr("%1 (%2)").arg(s.number(e.candidatesParty),
                                                s.percent(e.candidatesPartyPercent()))},
            {ReportGenerator::tr("Self-nominated"),
             ReportGenerator::tr("%1 (%2)").arg(s.number(e.candidatesSelfNominated),
                                                s.percent(e.candidatesSelfNominatedPercent()))},
            {ReportGenerator::tr("Men"), s.number(e.candidatesMen)},
            {ReportGenerator::tr("Women"), s.number(e.candidatesWomen)},
            {ReportGenerator::tr("Polling stations"), s.number(e.pollingStations)},
            {ReportGenerator::tr("With an accepted protocol"), s.number(e.stationsReported)},
            {ReportGenerator::tr("Voters on the lists"), s.number(e.votersOnLists)},
            {ReportGenerator::tr("Ballots issued"), s.number(e.ballotsIssued)},
            {ReportGenerator::tr("Turnout"), s.percent(e.turnoutPercent())},
            {ReportGenerator::tr("Observers"), s.number(e.observers)},
            {ReportGenerator::tr("Serious incidents"), s.number(e.seriousIncidents)},
            {ReportGenerator::tr("Minor incidents"), s.number(e.minorIncidents)},
            {ReportGenerator::tr("Contests decided"),
             ReportGenerator::tr("%1 of %2")
                 .arg(s.number(e.contestsDecided), s.number(e.contests))},
        });
        b.spacer(40);
        b.map(map, 1500);

        b.heading(ReportGenerator::tr("Turnout by region"));
        QList<ReportBar> bars;
        double maximum = 0;
        for (const RegionFigures &r : e.turnoutByRegion) {
            bars.append({s.name(r.nameKk, r.nameRu, r.nameEn), r.turnoutPercent(),
                         s.percent(r.turnoutPercent())});
            maximum = std::max(maximum, r.turnoutPercent());
        }
        b.barChart(bars, std::max(100.0, maximum), e.turnoutPercent(),
                   ReportGenerator::tr("national %1").arg(s.percent(e.turnoutPercent())));
        QList<QStringList> rows;
        for (const RegionFigures &r : e.turnoutByRegion) {
            rows.append({s.name(r.nameKk, r.nameRu, r.nameEn), s.number(r.seats),
                         s.number(r.candidatesRegistered), s.number(r.pollingStations),
                         s.number(r.votersOnLists), s.number(r.ballotsIssued),
                         s.percent(r.turnoutPercent())});
        }
        rows.append({ReportGenerator::tr("Total"), s.number(e.seats),
                     s.number(e.candidatesRegistered), s.number(e.pollingStations),
                     s.number(e.votersOnLists), s.number(e.ballotsIssued),
                     s.percent(e.turnoutPercent())});
        b.table({{ReportGenerator::tr("Region"), 3.2, Qt::AlignLeft},
                 {ReportGenerator::tr("Seats"), 1},
                 {ReportGenerator::tr("Candidates"), 1.3},
                 {ReportGenerator::tr("Stations"), 1.2},
                 {ReportGenerator::tr("Voters"), 1.5},
                 {ReportGenerator::tr("Ballots issued"), 1.5},
                 {ReportGenerator::tr("Turnout"), 1.2}},
                rows);
        addThroughDay(b, day, s);
        addSeatsWon(b, seats, s, *figures);
        addUndecided(b, names, {}, s, *figures);
        IntegritySection::add(b, integrity, s.locale);
    };
    return plan;
}

Outcome<Plan> planRegion(const Database &db, const ElectionSummary &summary, const Style &s,
                         const QString &regionCode)
{
    const auto region =
        std::find_if(summary.turnoutByRegion.cbegin(), summary.turnoutByRegion.cend(),
                     [&](const RegionFigures &r) { return r.code == regionCode; });
    if (region == summary.turnoutByRegion.cend()) {
        return Error{QStringLiteral("report.unknown-region"),
                     ReportGenerator::tr("There is no region with the code \"%1\" in this "
                                         "election. Use the code of one of its regions, such as "
                                         "\"%2\".")
                         .arg(regionCode, summary.turnoutByRegion.isEmpty()
                                              ? QString()
                                              : summary.turnoutByRegion.constFirst().code),
                     {}};
    }
    const RegionFigures r = *region;
    auto scope = ChartQueries::scope(db, regionCode);
    if (!scope)
        return scope.error();
    auto day = ChartQueries::turnoutThroughDay(db, *scope);
    if (!day)
        return day.error();
    auto names = loadNames(db, summary.electionId);
    if (!names)
        return names.error();
    auto seats = ChartQueries::seatsWon(db, *scope, &names->outcomes);
    if (!seats)
        return seats.error();
    auto turnout = ReportQueries::contestTurnout(db, summary.electionId);
    if (!turnout)
        return turnout.error();
    MapRequest regions;
    regions.outcomes = &names->outcomes;
    auto regionData = MapQueries::load(db, regions);
    if (!regionData)
        return regionData.error();
    std::optional<MapFigures> parent;
    for (const MapFigures &f : regionData->items) {
        if (f.code == regionCode)
            parent = f;
    }
    MapRequest districts;
    districts.level = MapLevel::Districts;
    districts.parentCode = regionCode;
    districts.outcomes = &names->outcomes;
    auto districtData = MapQueries::load(db, districts);
    if (!districtData)
        return districtData.error();
    const MapScene scene = MapSceneBuilder::build(*districtData, parent, s.language);

    Plan plan;
    const QString regionName = s.name(r.nameKk, r.nameRu, r.nameEn);
    plan.title = ReportGenerator::tr("Regional report: %1").arg(regionName);
    QJsonObject figures{{QStringLiteral("region"), r.code},
                        {QStringLiteral("seats"), r.seats},
                        {QStringLiteral("stations"), r.pollingStations},
                        {QStringLiteral("voters"), r.votersOnLists},
                        {QStringLiteral("issued"), r.ballotsIssued}};
    QJsonArray districtJson;
    for (const MapFigures &f : districtData->items) {
        districtJson.append(QJsonArray{f.code, f.stations, f.votersOnLists, f.votersReported,
                                       f.ballotsIssued, f.seats, f.candidatesRegistered});
    }
    figures.insert(QStringLiteral("districts"), districtJson);
    figures.insert(QStringLiteral("throughDay"), throughDayJson(*day));
    *plan.figures = figures;
    auto map = turnoutMap(scene, s, ReportGenerator::tr("Turnout by district"));
    plan.build = [summary, r, regionName, s, day = *day, names = *names, seats = *seats,
                  turnout = *turnout, districts = *districtData, map,
                  json = plan.figures](ReportBuilder &b) {
        b.title(regionName,
                ReportGenerator::tr("%1 · %2 · %3")
                    .arg(summary.name, s.locale.toString(summary.date, QLocale::LongFormat),
                         statusText(summary.status)));
        b.heading(ReportGenerator::tr("Headline figures"));
        const double regionTurnout = r.turnoutPercent();
        b.figures({
            {ReportGenerator::tr("Seats"), s.number(r.seats)},
            {ReportGenerator::tr("Candidates registered"), s.number(r.candidatesRegistered)},
            {ReportGenerator::tr("Polling stations"), s.number(r.pollingStations)},
            {ReportGenerator::tr("With an accepted protocol"), s.number(r.stationsReported)},
            {ReportGenerator::tr("Voters on the lists"), s.number(r.votersOnLists)},
            {ReportGenerator::tr("Ballots issued"), s.number(r.ballotsIssued)},
            {ReportGenerator::tr("Turnout"), s.percent(regionTurnout)},
            {ReportGenerator::tr("Districts"), s.number(districts.items.size())},
        });
        b.spacer(40);
        b.map(map, 1400);
        b.heading(ReportGenerator::tr("Turnout by district"));
        QList<MapFigures> items = districts.items;
        std::sort(items.begin(), items.end(), [&](const MapFigures &a, const MapFigures &c) {
            return a.value(MapMetric::TurnoutFinal).value_or(-1) >
                   c.value(MapMetric::TurnoutFinal).value_or(-1);
        });
        QList<ReportBar> bars;
        QList<QStringList> rows;
        for (const MapFigures &f : items) {
            const auto value = f.value(MapMetric::TurnoutFinal);
            const QString text = value ? s.percent(*value) : QStringLiteral("—");
            bars.append({f.name(s.language), value.value_or(0), text});
            rows.append({f.name(s.language), s.number(f.seats), s.number(f.candidatesRegistered),
                         s.number(f.stations), s.number(f.votersOnLists), s.number(f.ballotsIssued),
                         text});
        }
        b.barChart(bars, 100, regionTurnout,
                   ReportGenerator::tr("region %1").arg(s.percent(regionTurnout)));
        b.table({{ReportGenerator::tr("District"), 3.2, Qt::AlignLeft},
                 {ReportGenerator::tr("Seats"), 1},
                 {ReportGenerator::tr("Candidates"), 1.3},
                 {ReportGenerator::tr("Stations"), 1.2},
                 {ReportGenerator::tr("Voters"), 1.5},
                 {ReportGenerator::tr("Ballots issued"), 1.5},
                 {ReportGenerator::tr("Turnout"), 1.2}},
                rows);
        addThroughDay(b, day, s);
        addSeatsWon(b, seats, s, *json);

        b.heading(ReportGenerator::tr("Contests"));
        QList<QStringList> contestRows;
        QJsonArray contestJson;
        for (const ReportContest &c : names.contests) {
            if (c.regionCode != r.code)
                continue;
            const ContestOutcome o = names.outcomes.value(c.id);
            QString winner = outcomeText(o, s);
            QString nomination;
            if (o.state == ContestOutcome::State::Decided && o.winnerId) {
                const ReportCandidate w = names.candidates.value(*o.winnerId);
                winner = w.name;
                nomination = w.selfNominated()
                                 ? ReportGenerator::tr("self-nominated")
                                 : (w.partyShort.isEmpty() ? s.name(w.partyKk, w.partyRu, w.partyEn)
                                                           : w.partyShort);
            }
            const ContestTurnout t = turnout.value(c.id);
            contestRows.append({c.code, c.name, winner, nomination, s.number(o.winnerVotes),
                                s.number(o.marginVotes),
                                s.share(t.ballotsIssued, t.votersReported)});
            contestJson.append(QJsonArray{c.code, int(o.state), o.winnerVotes, o.marginVotes});
        }
        json->insert(QStringLiteral("contests"), contestJson);
        b.table({{ReportGenerator::tr("Code"), 2.1, Qt::AlignLeft},
                 {ReportGenerator::tr("Contest"), 2.2, Qt::AlignLeft},
                 {ReportGenerator::tr("Winner"), 2.4, Qt::AlignLeft},
                 {ReportGenerator::tr("Nomination"), 1.4, Qt::AlignLeft},
                 {ReportGenerator::tr("Votes"), 1},
                 {ReportGenerator::tr("Margin"), 1},
                 {ReportGenerator::tr("Turnout"), 1.1}},
                contestRows, 7);
        addUndecided(b, names, r.code, s, *json);
    };
    return plan;
}

Outcome<Plan> planContest(const Database &db, const ElectionSummary &summary, const Style &s,
                          const QString &contestCode)
{
    auto names = loadNames(db, summary.electionId);
    if (!names)
        return names.error();
    const auto contest =
        std::find_if(names->contests.cbegin(), names->contests.cend(),
                     [&](const ReportContest &c) { return c.code == contestCode; });
    if (contest == names->contests.cend()) {
        return Error{QStringLiteral("report.unknown-contest"),
                     ReportGenerator::tr("There is no contest with the code \"%1\" in this "
                                         "election. Check the code in the contest register.")
                         .arg(contestCode),
                     {}};
    }
    const ReportContest c = *contest;
    auto lines = ReportQueries::stationSheet(db, c.id);
    if (!lines)
        return lines.error();
    const ContestOutcome outcome = names->outcomes.value(c.id);
    QList<ReportCandidate> candidates;
    for (const ReportCandidate &candidate : std::as_const(names->candidates)) {
        if (candidate.contestId == c.id)
            candidates.append(candidate);
    }
    QHash<qint64, qint64> totals;
    for (const StationSheetLine &l : std::as_const(*lines)) {
        for (auto it = l.votes.cbegin(); it != l.votes.cend(); ++it)
            totals[it.key()] += it.value();
    }
    std::sort(candidates.begin(), candidates.end(),
              [&](const ReportCandidate &a, const ReportCandidate &b) {
                  const qint64 va = totals.value(a.id);
                  const qint64 vb = totals.value(b.id);
                  return va != vb ? va > vb : a.name < b.name;
              });

    Plan plan;
    plan.title = ReportGenerator::tr("Contest result sheet: %1").arg(c.code);
    QJsonArray stationJson;
    for (const StationSheetLine &l : std::as_const(*lines)) {
        QJsonArray figures;
        for (qint64 f : l.figures)
            figures.append(f);
        QJsonObject votes;
        for (auto it = l.votes.cbegin(); it != l.votes.cend(); ++it)
            votes.insert(QString::number(it.key()), it.value());
        stationJson.append(QJsonArray{l.code, l.state, figures, votes});
    }
    *plan.figures = QJsonObject{{QStringLiteral("contest"), c.code},
                                {QStringLiteral("stations"), stationJson},
                                {QStringLiteral("state"), int(outcome.state)}};
    plan.build = [summary, s, c, lines = *lines, outcome, candidates, totals](ReportBuilder &b) {
        b.title(ReportGenerator::tr("Contest result sheet"),
                ReportGenerator::tr("%1 %2 · %3 · %4")
                    .arg(c.code, c.name, s.name(c.regionKk, c.regionRu, c.regionEn),
                         s.locale.toString(summary.date, QLocale::LongFormat)));
        QString result;
        if (outcome.state == ContestOutcome::State::Decided && outcome.winnerId) {
            QString winner;
            for (const ReportCandidate &candidate : candidates) {
                if (candidate.id == *outcome.winnerId)
                    winner = candidate.name;
            }
            result = ReportGenerator::tr("Elected: %1, %2 votes, a margin of %3 votes.")
                         .arg(winner, s.number(outcome.winnerVotes), s.number(outcome.marginVotes));
        } else {
            result = ReportGenerator::tr("Undecided: %1.").arg(outcomeText(outcome, s));
        }
        b.paragraph(result, 11);
        b.paragraph(ReportGenerator::tr("Seats: %1. Polling stations: %2, of which %3 with an "
                                        "accepted protocol.")
                        .arg(s.number(c.seats), s.number(lines.size()),
                             s.number(outcome.stationsReported)));

        b.heading(ReportGenerator::tr("Candidates"));
        QList<QStringList> candidateRows;
        qint64 valid = 0;
        for (const ReportCandidate &candidate : candidates)
            valid += totals.value(candidate.id);
        int number = 0;
        for (const ReportCandidate &candidate : candidates) {
            ++number;
            candidateRows.append(
                {s.number(number), candidate.name,
                 candidate.selfNominated()
                     ? ReportGenerator::tr("self-nominated")
                     : s.name(candidate.partyKk, candidate.partyRu, candidate.partyEn),
                 s.number(totals.value(candidate.id)), s.share(totals.value(candidate.id), valid)});
        }
        b.table({{ReportGenerator::tr("No."), 0.6, Qt::AlignLeft},
                 {ReportGenerator::tr("Candidate"), 3.4, Qt::AlignLeft},
                 {ReportGenerator::tr("Nomination"), 3.4, Qt::AlignLeft},
                 {ReportGenerator::tr("Votes"), 1.2},
                 {ReportGenerator::tr("Share"), 1}},
                candidateRows);

        b.heading(ReportGenerator::tr("Protocols of the polling stations"));
        b.paragraph(ReportGenerator::tr("A voters on the list · B ballots received · C issued at "
                                        "the station · C2 issued outside it · D cancelled · E in "
                                        "the station's boxes · E2 in mobile boxes · F invalid · H "
                                        "against all"),
                    7);
        const QStringList letters{QStringLiteral("A"),  QStringLiteral("B"), QStringLiteral("C"),
                                  QStringLiteral("C2"), QStringLiteral("D"), QStringLiteral("E"),
                                  QStringLiteral("E2"), QStringLiteral("F"), QStringLiteral("H")};
        QList<ReportColumn> columns{{ReportGenerator::tr("Station"), 1.6, Qt::AlignLeft}};
        for (const QString &letter : letters)
            columns.append({letter, 1});
        QList<QStringList> rows;
        for (const StationSheetLine &l : lines) {
            QStringList row{l.number};
            if (l.figures.isEmpty()) {
                row.append(l.state.isEmpty() ? ReportGenerator::tr("no protocol")
                                             : ReportGenerator::tr("not accepted"));
            } else {
                for (qint64 f : l.figures)
                    row.append(f < 0 ? QStringLiteral("—") : s.number(f));
            }
            rows.append(row);
        }
        b.table(columns, rows, 7);

        b.heading(ReportGenerator::tr("Votes by polling station"));
        QList<ReportColumn> voteColumns{{ReportGenerator::tr("Station"), 1.6, Qt::AlignLeft}};
        // Candidates are numbered as in the table above, to keep columns narrow.
        for (qsizetype i = 0; i < candidates.size(); ++i)
            voteColumns.append({s.number(i + 1), 1});
        QList<QStringList> voteRows;
        for (const StationSheetLine &l : lines) {
            QStringList row{l.number};
            for (const ReportCandidate &candidate : candidates) {
                row.append(l.figures.isEmpty() ? QStringLiteral("—")
                                               : s.number(l.votes.value(candidate.id)));
            }
            voteRows.append(row);
        }
        b.table(voteColumns, voteRows, 7);

        b.heading(ReportGenerator::tr("The commission"));
        b.signatures({ReportGenerator::tr("Chair"), ReportGenerator::tr("Secretary"),
                      ReportGenerator::tr("Member"), ReportGenerator::tr("Member"),
                      ReportGenerator::tr("Member")});
    };
    return plan;
}

} // namespace

QString ReportGenerator::languageOf(const QLocale &locale)
{
    if (locale.language() == QLocale::Kazakh)
        return QStringLiteral("kk");
    if (locale.language() == QLocale::Russian)
        return QStringLiteral("ru");
    return QStringLiteral("en");
}

QLocale ReportGenerator::localeFor(const QString &language)
{
    if (language == QLatin1String("kk"))
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportGenerator::fontFamily()
{
    static const QString family = [] {
        QString name;
        for (const QString &file : {QStringLiteral(":/fonts/DejaVuSans.ttf"),
                                    QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id < 0) {
                qCWarning(lcReports) << "cannot load the report font" << file;
                continue;
            }
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.constFirst();
        }
        return name;
    }();
    return family;
}

Outcome<std::shared_ptr<ReportDocument>> ReportGenerator::build(const Database &db,
                                                                const ReportRequest &request)
{
    const QString language = request.language.isEmpty() ? languageOf(QLocale()) : request.language;
    const ReportTranslator translator(language);
    const Style style{localeFor(language), language};

    auto summary = SummaryQueries::national(db);
    if (!summary)
        return summary.error();

    Outcome<Plan> plan = Error{};
    switch (request.kind) {
    case ReportKind::Summary:
        plan = planSummary(db, *summary, style);
        break;
    case ReportKind::Region:
        plan = planRegion(db, *summary, style, request.regionCode);
        break;
    case ReportKind::Contest:
        plan = planContest(db, *summary, style, request.contestCode);
        break;
    }
    if (!plan)
        return plan.error();

    auto document = std::make_shared<ReportDocument>(metaFor(*summary, request, style, plan->title),
                                                     fontFamily());
    ReportBuilder builder(*document);
    plan->build(builder);
    // Figures gathered while building (seats, contests) are part of what the report shows.
    document->setDataHash(hashOf(*plan->figures));
    document->pageCount();
    return document;
}

Status ReportGenerator::exportPdf(const Database &db, const ReportRequest &request,
                                  const QString &path)
{
    auto document = build(db, request);
    if (!document)
        return document.error();
    const QString language = request.language.isEmpty() ? languageOf(QLocale()) : request.language;
    const ReportTranslator translator(language);
    return (*document)->writePdf(path);
}

} // namespace bd
