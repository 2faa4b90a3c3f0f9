#include "StatusCommand.h"

#include "Database.h"
#include "ProgressQueries.h"
#include "RegisterTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bd::cli {

namespace {

QJsonObject countsJson(const ProgressCounts &c)
{
    return QJsonObject{
        {QStringLiteral("open"), c.noEntry},        {QStringLiteral("first_entered"), c.oneEntry},
        {QStringLiteral("differing"), c.differing}, {QStringLiteral("erroneous"), c.erroneous},
        {QStringLiteral("accepted"), c.accepted},   {QStringLiteral("total"), c.total},
    };
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("Count the protocols in each state of double entry: status protocols --db DB.");
}

void StatusCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("what"), tr("protocols"));
    parser.addOption({QStringLiteral("db"), tr("The election file to read."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("json"),
         tr("Print one JSON object: open, first_entered, differing, erroneous, accepted, total, "
            "and regions (the same counts per region).")});
}

int StatusCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.constFirst() != QLatin1String("protocols"))
        return usageError(streams, tr("Say what to count: status protocols."));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(streams, tr("Missing --db FILE."));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    auto facts = RegisterTable::loadFacts(*db);
    if (!facts)
        return fail(streams, facts.error());
    auto national = ProgressQueries::national(*db, facts->electionId);
    if (!national)
        return fail(streams, national.error());
    auto regions = ProgressQueries::territories(*db, facts->electionId, std::nullopt);
    if (!regions)
        return fail(streams, regions.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = countsJson(*national);
        QJsonArray perRegion;
        for (const TerritoryProgress &region : std::as_const(*regions)) {
            QJsonObject item = countsJson(region.counts);
            item.insert(QStringLiteral("code"), region.code);
            item.insert(QStringLiteral("name"), region.name);
            perRegion.append(item);
        }
        object.insert(QStringLiteral("regions"), perRegion);
        streams.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        streams.out.flush();
        return Success;
    }

    const QLocale locale;
    const auto row = [&](const QString &label, const ProgressCounts &c) {
        streams.out << label.leftJustified(28, QLatin1Char(' '), true)
                    << locale.toString(c.noEntry).rightJustified(9)
                    << locale.toString(c.oneEntry).rightJustified(9)
                    << locale.toString(c.differing).rightJustified(10)
                    << locale.toString(c.erroneous).rightJustified(9)
                    << locale.toString(c.accepted).rightJustified(10)
                    << locale.toString(c.total).rightJustified(9) << '\n';
    };
    streams.out << tr("Protocols by state of double entry") << "\n\n";
    streams.out << tr("Region").leftJustified(28) << tr("No entry").rightJustified(9)
                << tr("One").rightJustified(9) << tr("Differing").rightJustified(10)
                << tr("Errors").rightJustified(9) << tr("Accepted").rightJustified(10)
                << tr("Total").rightJustified(9) << '\n';
    for (const TerritoryProgress &region : std::as_const(*regions))
        row(region.name, region.counts);
    row(tr("All regions"), *national);
    streams.out.flush();
    return Success;
}

} // namespace bd::cli
