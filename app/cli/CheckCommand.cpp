#include "CheckCommand.h"

#include "Database.h"
#include "ProtocolCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bd::cli {

QString CheckCommand::summary() const
{
    return tr("Check results protocols without writing: check protocols PROTOCOLS.csv VOTES.csv "
              "--db DB.");
}

void CheckCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("what"), tr("protocols"));
    parser.addPositionalArgument(QStringLiteral("protocols"),
                                 tr("protocols.csv: one row per polling station and contest."));
    parser.addPositionalArgument(QStringLiteral("votes"),
                                 tr("votes.csv: one row per polling station and candidate."));
    parser.addOption({QStringLiteral("db"), tr("The election file to check against."), tr("FILE")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print a JSON array, one object per row in file order: station_code, "
                         "contest_code, errors and warnings (lists of rule codes).")});
}

int CheckCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != QLatin1String("protocols"))
        return usageError(streams, tr("Say what to check: check protocols PROTOCOLS.csv "
                                      "VOTES.csv."));
    if (positional.size() != 3)
        return usageError(streams, tr("Give two files: PROTOCOLS.csv and VOTES.csv."));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(streams, tr("Missing --db FILE."));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    auto data = ProtocolCsv::read(*db, positional.at(1), positional.at(2));
    if (!data)
        return fail(streams, data.error());
    // Checking reads only, like summary: no account is needed. The session only carries the
    // read permission that every role has.
    const Session reader{0, QString(), Role::Analyst};
    auto checks = ProtocolCsv::check(*db, reader, *data);
    if (!checks)
        return fail(streams, checks.error());

    int withErrors = 0;
    int withWarningsOnly = 0;
    for (const ProtocolCsvCheck &c : std::as_const(*checks)) {
        if (c.hasErrors())
            ++withErrors;
        else if (!c.findings.isEmpty())
            ++withWarningsOnly;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ProtocolCsvCheck &c : std::as_const(*checks)) {
            rows.append(QJsonObject{
                {QStringLiteral("station_code"), c.row.stationCode},
                {QStringLiteral("contest_code"), c.row.contestCode},
                {QStringLiteral("errors"), QJsonArray::fromStringList(c.errorCodes())},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warningCodes())},
            });
        }
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        const QLocale locale;
        for (const ProtocolCsvCheck &c : std::as_const(*checks)) {
            if (c.findings.isEmpty())
                continue;
            const QStringList errors = c.errorCodes();
            const QStringList warnings = c.warningCodes();
            QString findings;
            if (!errors.isEmpty() && !warnings.isEmpty())
                findings = tr("errors %1; warnings %2")
                               .arg(locale.createSeparatedList(errors),
                                    locale.createSeparatedList(warnings));
            else if (!errors.isEmpty())
                findings = tr("errors %1").arg(locale.createSeparatedList(errors));
            else
                findings = tr("warnings %1").arg(locale.createSeparatedList(warnings));
            //: FILE:LINE: station CODE, contest CODE: the rule codes found in the row
            streams.out << tr("%1:%2: station %3, contest %4: %5")
                               .arg(data->protocolsFile)
                               .arg(c.row.line)
                               .arg(c.row.stationCode, c.row.contestCode, findings)
                        << '\n';
        }
        const qsizetype rows = checks->size();
        streams.out << tr("Rows checked: %1; with errors: %2; with warnings only: %3; without "
                          "findings: %4.")
                           .arg(locale.toString(rows), locale.toString(withErrors),
                                locale.toString(withWarningsOnly),
                                locale.toString(rows - withErrors - withWarningsOnly))
                    << '\n';
        if (!data->problems.isEmpty())
            streams.out << tr("Problems in the files: %1 (on standard error).")
                               .arg(locale.toString(data->problems.size()))
                        << '\n';
    }
    streams.out.flush();
    // One problem per line, FILE:LINE: column NAME: reason, so editors and scripts can jump.
    for (const ImportProblem &problem : std::as_const(data->problems))
        streams.err << problem.text() << '\n';
    streams.err.flush();
    return withErrors == 0 && data->problems.isEmpty() ? Success : Failure;
}

} // namespace bd::cli
