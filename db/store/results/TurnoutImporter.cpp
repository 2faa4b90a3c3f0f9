#include "TurnoutImporter.h"

#include "CsvReader.h"
#include "TurnoutService.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace bd {

namespace {

const auto kStationColumn = QStringLiteral("station_code");
const auto kHourColumn = QStringLiteral("reported_at");
const auto kVotersColumn = QStringLiteral("voters_received_ballots");
constexpr qint64 kMaxCount = 999999999;

struct Row
{
    int line = 0;
    QString station;
    QTime hour;
    qint64 voters = 0;
};

class Problems
{
public:
    Problems(TurnoutImportReport &report, QString file) : m_report(report), m_file(std::move(file))
    {}
    void add(int line, const QString &column, const QString &reason)
    {
        if (!full())
            m_report.problems.append(ImportProblem{m_file, line, column, reason});
    }
    bool full() const { return m_report.problems.size() >= TurnoutImportReport::kMaxProblems; }
    bool empty() const { return m_report.problems.isEmpty(); }

private:
    TurnoutImportReport &m_report;
    QString m_file;
};

// Report hours are shown as on the paper and in the file: 24-hour HH:MM.
QString hourText(QTime hour)
{
    return hour.toString(QStringLiteral("HH:mm"));
}

} // namespace

QStringList TurnoutImporter::columns()
{
    return {kStationColumn, kHourColumn, kVotersColumn};
}

Outcome<TurnoutImportReport> TurnoutImporter::importFile(const Database &db, const Session &session,
                                                         const QString &path)
{
    if (Status allowed = session.require(Operation::EnterTurnout); !allowed)
        return allowed.error();
    TurnoutService service(db, session);
    auto election = service.electionId();
    if (!election)
        return election.error();
    auto hours = service.hours(*election);
    if (!hours)
        return hours.error();

    TurnoutImportReport report;
    Problems problems(report, path);
    CsvReader reader(path, path);
    if (Status s = reader.open(); !s)
        return s.error();
    if (!reader.next()) {
        if (reader.problem())
            report.problems.append(*reader.problem());
        else
            problems.add(1, {},
                         tr("the file is empty; the first line must be the header: %1")
                             .arg(columns().join(QLatin1Char(','))));
        return report;
    }

    // Columns by name, in any order.
    QHash<QString, int> index;
    const QStringList header = reader.fields();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!columns().contains(name))
            problems.add(1, name,
                         tr("unknown column; the columns of turnout.csv are: %1")
                             .arg(columns().join(QLatin1String(", "))));
        else if (index.contains(name))
            problems.add(1, name,
                         tr("appears twice (fields %1 and %2); keep one")
                             .arg(index.value(name) + 1)
                             .arg(i + 1));
        else
            index.insert(name, i);
    }
    for (const QString &name : columns()) {
        if (!index.contains(name))
            problems.add(1, name, tr("required column is missing from the header"));
    }
    if (!problems.empty())
        return report;

    static const QRegularExpression hourPattern(QStringLiteral("^\\d{2}:\\d{2}$"));
    static const QRegularExpression countPattern(QStringLiteral("^\\d{1,9}$"));
    QStringList hourTexts;
    for (QTime h : std::as_const(*hours))
        hourTexts << h.toString(QStringLiteral("HH:mm"));

    QList<Row> rows;
    QHash<QPair<QString, QTime>, int> lineOf; // (station, hour) → line
    QHash<QString, int> firstLineOf;          // station → its first line
    QList<QString> stationOrder;
    const int fieldCount = int(header.size());
    while (!problems.full() && reader.next()) {
        ++report.rows;
        const QStringList &fields = reader.fields();
        const int line = reader.line();
        if (fields.size() != fieldCount) {
            problems.add(line, {},
                         fields.size() > fieldCount
                             ? tr("the row has %1 fields but the header has %2; quote fields "
                                  "that contain a comma")
                                   .arg(fields.size())
                                   .arg(fieldCount)
                             : tr("the row has %1 fields but the header has %2; add the "
                                  "missing fields")
                                   .arg(fields.size())
                                   .arg(fieldCount));
            continue;
        }
        Row row;
        row.line = line;
        bool ok = true;
        row.station = fields.at(index.value(kStationColumn)).trimmed();
        if (row.station.isEmpty()) {
            problems.add(line, kStationColumn, tr("the station code is empty"));
            ok = false;
        }
        const QString hourField = fields.at(index.value(kHourColumn)).trimmed();
        row.hour = QTime::fromString(hourField, QStringLiteral("HH:mm"));
        if (!hourPattern.match(hourField).hasMatch() || !row.hour.isValid()) {
            problems.add(
                line, kHourColumn,
                tr("\"%1\" is not a time of day as HH:MM (for example 10:00)").arg(hourField));
            ok = false;
        } else if (!hours->contains(row.hour)) {
            problems.add(line, kHourColumn,
                         tr("%1 is not a report hour of this election; its hours are %2")
                             .arg(hourField, hourTexts.join(QLatin1String(", "))));
            ok = false;
        }
        const QString votersField = fields.at(index.value(kVotersColumn)).trimmed();
        if (!countPattern.match(votersField).hasMatch()) {
            problems.add(line, kVotersColumn,
                         votersField.isEmpty()
                             ? tr("the number of voters who received ballots is empty")
                             : tr("\"%1\" is not a whole number from 0 to %2")
                                   .arg(votersField, QLocale().toString(kMaxCount)));
            ok = false;
        } else {
            row.voters = votersField.toLongLong();
        }
        if (!ok)
            continue;
        const QPair<QString, QTime> key{row.station, row.hour};
        if (const auto it = lineOf.constFind(key); it != lineOf.cend()) {
            problems.add(line, kHourColumn,
                         tr("the %1 report of station %2 is already on line %3")
                             .arg(hourField, row.station)
                             .arg(*it));
            continue;
        }
        lineOf.insert(key, line);
        if (!firstLineOf.contains(row.station)) {
            firstLineOf.insert(row.station, line);
            stationOrder.append(row.station);
        }
        rows.append(row);
    }
    if (reader.problem())
        report.problems.append(*reader.problem());
    if (report.rows == 0 && problems.empty())
        problems.add(1, {}, tr("the file has a header but no rows; there is nothing to import"));
    if (rows.isEmpty() || problems.full())
        return report;

    QHash<QString, QList<TurnoutReading>> byStation;
    for (const Row &row : std::as_const(rows))
        byStation[row.station].append(TurnoutReading{row.hour, row.voters});
    QList<QPair<QString, QList<TurnoutReading>>> grouped;
    for (const QString &station : std::as_const(stationOrder))
        grouped.append({station, byStation.value(station)});

    // The rules run over the good rows even when others have problems, so that one run lists
    // everything to fix; the transaction is committed only when no row has a problem.
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QHash<QString, QList<Finding>> findings;
    const Status saved = service.saveMany(*election, grouped, &findings);
    if (!saved && findings.isEmpty())
        return saved.error(); // nothing about a row: a refused role or a database failure

    // Each finding goes to the line of its station and hour; a finding about a report stored
    // earlier (not in the file) goes to the station's first line.
    QList<ImportProblem> found;
    QList<ImportProblem> warnings;
    for (const QString &station : std::as_const(stationOrder)) {
        for (const Finding &f : findings.value(station)) {
            const bool inFile = f.hour.isValid() && lineOf.contains({station, f.hour});
            const int line = inFile ? lineOf.value({station, f.hour}) : firstLineOf.value(station);
            QString column = kVotersColumn;
            QString reason;
            if (f.code == QLatin1String("turnout.station")) {
                column = kStationColumn;
                reason = f.message;
            } else if (f.code == QLatin1String("turnout.hour")) {
                column = kHourColumn;
                reason = f.message;
            } else if (f.hour.isValid()) {
                reason = tr("%1 at %2: %3").arg(f.code, hourText(f.hour), f.message);
            } else {
                reason = tr("%1: %2").arg(f.code, f.message);
            }
            const ImportProblem problem{path, line, column, reason};
            if (f.isError())
                found.append(problem);
            else
                warnings.append(problem);
        }
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    std::stable_sort(
        warnings.begin(), warnings.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (!saved && found.isEmpty()) // should not happen: an error always comes with its finding
        return saved.error();
    if (!saved || !problems.empty()) {
        for (const ImportProblem &p : std::as_const(found))
            problems.add(p.line, p.column, p.reason);
        std::stable_sort(
            report.problems.begin(), report.problems.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        return report; // the transaction rolls back
    }
    if (Status st = transaction.commit(); !st)
        return st.error();
    report.warnings = warnings;
    report.stations = int(stationOrder.size());
    QMap<QTime, TurnoutImportReport::Hour> perHour;
    for (const Row &row : std::as_const(rows)) {
        TurnoutImportReport::Hour &h = perHour[row.hour];
        h.hour = row.hour;
        ++h.stations;
        h.votersReceivedBallots += row.voters;
    }
    report.hours = perHour.values();
    return report;
}

} // namespace bd
