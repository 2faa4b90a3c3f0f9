#include "SummaryCommand.h"

#include "Database.h"
#include "LocalizedName.h"
#include "SummaryQueries.h"

#include <QJsonDocument>
#include <QLocale>

namespace bd::cli {

QString SummaryCommand::summary() const
{
    return tr("Print the national figures of an election: seats, candidates, stations, voters, "
              "turnout by region.");
}

void SummaryCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("db"), tr("The election file to read."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of a table.")});
}

int SummaryCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    if (const int rc = checkArguments(parser, streams, {QStringLiteral("db")}); rc != Success)
        return rc;
    const QString path = parser.value(QStringLiteral("db"));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    auto summary = SummaryQueries::national(*db);
    if (!summary)
        return fail(streams, summary.error());

    if (parser.isSet(QStringLiteral("json"))) {
        streams.out << QString::fromUtf8(
            QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented));
        streams.out.flush();
    } else {
        printTable(*summary, streams.out);
    }
    return Success;
}

void SummaryCommand::printTable(const ElectionSummary &s, QTextStream &out)
{
    const QLocale locale;
    auto number = [&locale](qint64 n) {
        return locale.toString(n);
    };
    auto percent = [&locale](double p) {
        return locale.toString(p, 'f', 1) + QLatin1String(" %");
    };
    auto line = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(34, QLatin1Char(' ')) << value.rightJustified(14) << '\n';
    };

    out << s.name << QStringLiteral(" — ") << locale.toString(s.date, QLocale::LongFormat) << '\n';
    if (s.synthetic)
        out << tr("Demo data: published totals, synthetic details") << '\n';
    out << '\n';
    line(tr("Regions with elections"), number(s.regionsWithElections));
    line(tr("Seats"), number(s.seats));
    line(tr("Candidates nominated"), number(s.candidatesNominated));
    line(tr("Candidates registered"), number(s.candidatesRegistered));
    line(tr("  nominated by parties"), number(s.candidatesParty) + QLatin1String(" (") +
                                           percent(s.candidatesPartyPercent()) + QLatin1Char(')'));
    line(tr("  self-nominated"), number(s.candidatesSelfNominated) + QLatin1String(" (") +
                                     percent(s.candidatesSelfNominatedPercent()) +
                                     QLatin1Char(')'));
    line(tr("  men"), number(s.candidatesMen));
    line(tr("  women"), number(s.candidatesWomen));
    line(tr("Polling stations"), number(s.pollingStations));
    line(tr("  with an accepted protocol"), number(s.stationsReported));
    line(tr("Voters on the lists"), number(s.votersOnLists));
    line(tr("Ballots issued"), number(s.ballotsIssued));
    line(tr("Turnout"), percent(s.turnoutPercent()));
    line(tr("Observers"), number(s.observers));
    line(tr("Serious incidents"), number(s.seriousIncidents));
    line(tr("Contests decided"),
         number(s.contestsDecided) + QLatin1String(" / ") + number(s.contests));
    out << '\n' << tr("Turnout by region") << '\n';
    out << tr("Region").leftJustified(28) << tr("Seats").rightJustified(7)
        << tr("Cand.").rightJustified(7) << tr("Stations").rightJustified(10)
        << tr("Voters").rightJustified(12) << tr("Issued").rightJustified(12)
        << tr("Turnout").rightJustified(10) << '\n';
    for (const RegionFigures &r : s.turnoutByRegion) {
        out << LocalizedName::pick(locale, r.nameKk, r.nameRu, r.nameEn)
                   .leftJustified(28, QLatin1Char(' '), true)
            << number(r.seats).rightJustified(7) << number(r.candidatesRegistered).rightJustified(7)
            << number(r.pollingStations).rightJustified(10)
            << number(r.votersOnLists).rightJustified(12)
            << number(r.ballotsIssued).rightJustified(12)
            << percent(r.turnoutPercent()).rightJustified(10) << '\n';
    }
    out.flush();
}

} // namespace bd::cli
