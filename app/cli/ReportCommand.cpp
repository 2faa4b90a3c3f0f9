#include "ReportCommand.h"

#include "Database.h"
#include "ReportGenerator.h"

namespace bd::cli {

QString ReportCommand::summary() const
{
    return tr("Write a PDF report: the national summary, a regional report or a contest result "
              "sheet.");
}

void ReportCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("kind"), tr("summary, region or contest."),
                                 QStringLiteral("summary|region|contest"));
    parser.addOption({QStringLiteral("db"), tr("The election file to read."), tr("FILE")});
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), tr("FILE.pdf")});
    parser.addOption(
        {QStringLiteral("region"), tr("The region of a regional report (its code)."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("contest"), tr("The contest of a result sheet (its code)."), tr("CODE")});
    parser.addOption({QStringLiteral("lang"),
                      tr("The report's language: kk, ru or en (default: the user's language)."),
                      QStringLiteral("kk|ru|en")});
}

int ReportCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, tr("Give one kind of report: summary, region or contest."));
    ReportRequest request;
    const QString kind = positional.constFirst();
    if (kind == QLatin1String("summary")) {
        request.kind = ReportKind::Summary;
    } else if (kind == QLatin1String("region")) {
        request.kind = ReportKind::Region;
    } else if (kind == QLatin1String("contest")) {
        request.kind = ReportKind::Contest;
    } else {
        return usageError(streams, tr("Unknown kind of report '%1': use summary, region or "
                                      "contest.")
                                       .arg(kind));
    }
    for (const QLatin1String option : {QLatin1String("db"), QLatin1String("out")}) {
        if (parser.value(QString(option)).isEmpty())
            return usageError(streams, tr("The option --%1 is required.").arg(QString(option)));
    }
    if (request.kind == ReportKind::Region) {
        request.regionCode = parser.value(QStringLiteral("region"));
        if (request.regionCode.isEmpty())
            return usageError(streams, tr("A regional report needs --region CODE."));
    }
    if (request.kind == ReportKind::Contest) {
        request.contestCode = parser.value(QStringLiteral("contest"));
        if (request.contestCode.isEmpty())
            return usageError(streams, tr("A contest result sheet needs --contest CODE."));
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        request.language = parser.value(QStringLiteral("lang"));
        if (request.language != QLatin1String("kk") && request.language != QLatin1String("ru") &&
            request.language != QLatin1String("en")) {
            return usageError(streams,
                              tr("Unknown language '%1': use kk, ru or en.").arg(request.language));
        }
    }

    auto db = Database::open(parser.value(QStringLiteral("db")), Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (const Status status = ReportGenerator::exportPdf(*db, request, out); !status)
        return fail(streams, status.error());
    streams.out << tr("Wrote %1.").arg(out) << '\n';
    streams.out.flush();
    return Success;
}

} // namespace bd::cli
