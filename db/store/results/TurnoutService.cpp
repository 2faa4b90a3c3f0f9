#include "TurnoutService.h"

#include "AuditLog.h"
#include "LocalizedName.h"
#include "Role.h"
#include "Turnout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace bd {

namespace {

const auto kHourFormat = QStringLiteral("HH:mm");

QString hourKey(QTime hour)
{
    return hour.toString(kHourFormat);
}

QTime hourFromKey(const QString &text)
{
    return QTime::fromString(text, kHourFormat);
}

// A station with its accepted protocol's A and C + C2 (the left join keeps stations without).
const auto kStationSelect = QStringLiteral(
    "SELECT ps.id, ps.election_id, ps.code, ps.number, COALESCE(ps.name, ''), "
    "ps.registered_voters, p.voters_on_list, "
    "p.ballots_issued_station + p.ballots_issued_outside, "
    "t.name_kk, t.name_ru, t.name_en "
    "FROM polling_station ps JOIN territory t ON t.id = ps.territory_id "
    "LEFT JOIN protocol p ON p.polling_station_id = ps.id AND p.contest_id = ps.contest_id "
    "AND p.state = 'accepted' ");

StationTurnout stationFrom(const QSqlQuery &q)
{
    StationTurnout s;
    s.stationId = q.value(0).toLongLong();
    s.electionId = q.value(1).toLongLong();
    s.stationCode = q.value(2).toString();
    s.stationNumber = q.value(3).toString();
    s.stationName = q.value(4).toString();
    s.registeredVoters = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        s.protocolVotersOnList = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        s.protocolIssued = q.value(7).toLongLong();
    s.territoryName = LocalizedName::pick(QLocale(), q.value(8).toString(), q.value(9).toString(),
                                          q.value(10).toString());
    return s;
}

Status readReadings(const Database &db, StationTurnout &station)
{
    auto q = db.exec(QStringLiteral("SELECT report_time, voters_received_ballots FROM "
                                    "turnout_report WHERE polling_station_id = ? "
                                    "ORDER BY report_time"),
                     {station.stationId});
    if (!q)
        return q.error();
    station.readings.clear();
    while (q->next())
        station.readings.append(
            TurnoutReading{hourFromKey(q->value(0).toString()), q->value(1).toLongLong()});
    return {};
}

Outcome<QList<QTime>> electionHours(const Database &db, qint64 electionId)
{
    auto q = db.exec(QStringLiteral("SELECT report_time FROM turnout_hour WHERE election_id = ? "
                                    "ORDER BY report_time"),
                     {electionId});
    if (!q)
        return q.error();
    QList<QTime> hours;
    while (q->next())
        hours.append(hourFromKey(q->value(0).toString()));
    return hours;
}

Outcome<double> hourlyThreshold(const Database &db, qint64 electionId)
{
    auto v = db.scalar(QStringLiteral("SELECT hourly_diff_warn_percent FROM election WHERE id = ?"),
                       {electionId});
    if (!v)
        return v.error();
    return v->toDouble();
}

QString hoursText(const QList<QTime> &hours)
{
    QStringList texts;
    for (QTime h : hours)
        texts << hourKey(h);
    return QLocale().createSeparatedList(texts);
}

// The stored reports with the given ones in their place, in hour order.
QList<TurnoutReading> merged(const QList<TurnoutReading> &stored,
                             const QList<TurnoutReading> &given)
{
    QMap<QTime, qint64> byHour;
    for (const TurnoutReading &r : stored)
        byHour.insert(r.hour, r.votersReceivedBallots);
    for (const TurnoutReading &r : given)
        byHour.insert(r.hour, r.votersReceivedBallots);
    QList<TurnoutReading> out;
    for (auto it = byHour.cbegin(); it != byHour.cend(); ++it)
        out.append(TurnoutReading{it.key(), it.value()});
    return out;
}

// P.W.207 for the latest report: |report − (C + C2)| > p % of C + C2, compared exactly in
// basis points as ProtocolRules does.
std::optional<Finding> closingWarning(const StationTurnout &station,
                                      const QList<TurnoutReading> &readings, double percent)
{
    if (!station.protocolIssued || readings.isEmpty())
        return std::nullopt;
    const TurnoutReading &last = readings.constLast();
    const qint64 issued = *station.protocolIssued;
    const qint64 report = last.votersReceivedBallots;
    const qint64 difference = report > issued ? report - issued : issued - report;
    const qint64 basisPoints = std::llround(percent * 100.0);
    if (difference * 10000 <= basisPoints * issued)
        return std::nullopt;
    const QLocale locale;
    Finding f;
    f.code = QStringLiteral("P.W.207");
    f.severity = Severity::Warning;
    f.hour = last.hour;
    f.message = TurnoutService::tr("The %1 report (%2 voters received ballots) differs from the "
                                   "ballots issued in the accepted protocol (C + C2 = %3) by "
                                   "more than %4 %.")
                    .arg(hourKey(last.hour), locale.toString(report), locale.toString(issued),
                         locale.toString(percent, 'g', 4));
    f.advice = TurnoutService::tr("Check the report with the polling station; the protocol's "
                                  "figures stay as accepted.");
    return f;
}

QString readingsJson(const QList<TurnoutReading> &readings)
{
    QJsonObject object;
    for (const TurnoutReading &r : readings)
        object.insert(hourKey(r.hour), r.votersReceivedBallots);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString findingsText(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        if (f.isError())
            lines << QStringLiteral("%1: %2").arg(f.code, f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::optional<qint64> StationTurnout::readingAt(QTime hour) const
{
    for (const TurnoutReading &r : readings) {
        if (r.hour == hour)
            return r.votersReceivedBallots;
    }
    return std::nullopt;
}

double TurnoutAtHour::percent() const
{
    return Turnout::roundedPercent(votersReceivedBallots, votersOnList);
}

TurnoutService::TurnoutService(const Database &db, Session session)
    : m_db(db), m_session(std::move(session))
{}

Outcome<qint64> TurnoutService::electionId() const
{
    auto id = m_db.exec(QStringLiteral("SELECT id FROM election ORDER BY id LIMIT 1"));
    if (!id)
        return id.error();
    if (!id->next())
        return Error{QStringLiteral("turnout.no-election"),
                     tr("The election file holds no election yet."),
                     {}};
    return id->value(0).toLongLong();
}

Outcome<QList<QTime>> TurnoutService::hours(qint64 electionId) const
{
    return electionHours(m_db, electionId);
}

Outcome<QList<StationTurnout>> TurnoutService::find(qint64 electionId, const QString &prefix,
                                                    int limit) const
{
    const QString needle = prefix.trimmed();
    QList<StationTurnout> found;
    if (needle.isEmpty() || limit <= 0)
        return found;
    auto hours = electionHours(m_db, electionId);
    if (!hours)
        return hours.error();
    // Numbers first (what is printed on the report), then codes: both read a prefix range of
    // their index, [text, text + U+FFFF).
    QSet<qint64> seen;
    for (const QString &column : {QStringLiteral("number"), QStringLiteral("code")}) {
        if (found.size() >= limit)
            break;
        auto q =
            m_db.exec(kStationSelect + QStringLiteral("WHERE ps.election_id = ? AND ps.%1 >= ? AND "
                                                      "ps.%1 < ? ORDER BY ps.%1, ps.code LIMIT %2")
                                           .arg(column)
                                           .arg(limit),
                      {electionId, needle, needle + QChar(0xFFFF)});
        if (!q)
            return q.error();
        while (q->next() && found.size() < limit) {
            StationTurnout s = stationFrom(*q);
            if (seen.contains(s.stationId))
                continue;
            seen.insert(s.stationId);
            s.hours = *hours;
            found.append(s);
        }
    }
    for (StationTurnout &s : found) {
        if (Status st = readReadings(m_db, s); !st)
            return st.error();
    }
    return found;
}

Outcome<StationTurnout> TurnoutService::station(qint64 stationId) const
{
    auto q = m_db.exec(kStationSelect + QStringLiteral("WHERE ps.id = ?"), {stationId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("turnout.station"),
                     tr("There is no polling station with the id %1.").arg(stationId),
                     {}};
    StationTurnout s = stationFrom(*q);
    auto hours = electionHours(m_db, s.electionId);
    if (!hours)
        return hours.error();
    s.hours = *hours;
    if (Status st = readReadings(m_db, s); !st)
        return st.error();
    return s;
}

Outcome<QList<Finding>> TurnoutService::check(qint64 stationId,
                                              const QList<TurnoutReading> &readings) const
{
    auto s = station(stationId);
    if (!s)
        return s.error();
    QSet<QTime> given;
    for (const TurnoutReading &r : readings) {
        if (!s->hours.contains(r.hour))
            return Error{QStringLiteral("turnout.hour"),
                         tr("%1 is not a report hour of this election; its hours are %2.")
                             .arg(r.hour.isValid() ? hourKey(r.hour) : tr("An invalid time"),
                                  hoursText(s->hours)),
                         {}};
        if (given.contains(r.hour))
            return Error{QStringLiteral("turnout.duplicate-hour"),
                         tr("The %1 report is given twice.").arg(hourKey(r.hour)),
                         {}};
        given.insert(r.hour);
    }
    const QList<TurnoutReading> all = merged(s->readings, readings);
    QList<Finding> findings = HourlyTurnoutRules::check(all, s->votersOnList());
    auto threshold = hourlyThreshold(m_db, s->electionId);
    if (!threshold)
        return threshold.error();
    if (auto warning = closingWarning(*s, all, *threshold))
        findings.append(*warning);
    return findings;
}

Status TurnoutService::save(qint64 stationId, const QList<TurnoutReading> &readings)
{
    if (Status allowed = m_session.require(Operation::EnterTurnout); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto s = station(stationId);
    if (!s)
        return s.error();
    QHash<QString, QList<Finding>> findings;
    if (Status st = saveMany(s->electionId, {{s->stationCode, readings}}, &findings); !st)
        return st;
    return transaction.commit();
}

Status TurnoutService::saveMany(qint64 electionId,
                                const QList<QPair<QString, QList<TurnoutReading>>> &rows)
{
    QHash<QString, QList<Finding>> findings;
    return saveMany(electionId, rows, &findings);
}

Status TurnoutService::saveMany(qint64 electionId,
                                const QList<QPair<QString, QList<TurnoutReading>>> &rows,
                                QHash<QString, QList<Finding>> *findings)
{
    if (Status allowed = m_session.require(Operation::EnterTurnout); !allowed)
        return allowed;
    // Nested in save()'s transaction, this one is a no-op guard (Transaction knows).
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto hours = electionHours(m_db, electionId);
    if (!hours)
        return hours.error();
    auto threshold = hourlyThreshold(m_db, electionId);
    if (!threshold)
        return threshold.error();

    // Every station's reports are checked before anything is written: all or nothing.
    struct Pending
    {
        StationTurnout station;
        QList<TurnoutReading> changed;
        QList<TurnoutReading> old;
    };
    QList<Pending> pending;
    QHash<QString, qsizetype> byCode;
    bool refused = false;
    QString firstProblem;
    const auto refuse = [&](const QString &code, const Finding &finding) {
        (*findings)[code].append(finding);
        if (finding.isError()) {
            if (!refused)
                firstProblem = QStringLiteral("%1: %2").arg(code, finding.message);
            refused = true;
        }
    };

    // Rows for the same station are taken together.
    QList<QPair<QString, QList<TurnoutReading>>> grouped;
    for (const auto &row : rows) {
        const auto it = byCode.constFind(row.first);
        if (it == byCode.cend()) {
            byCode.insert(row.first, grouped.size());
            grouped.append(row);
        } else {
            grouped[*it].second += row.second;
        }
    }
    byCode.clear();

    for (const auto &row : std::as_const(grouped)) {
        auto q =
            m_db.exec(kStationSelect + QStringLiteral("WHERE ps.election_id = ? AND ps.code = ?"),
                      {electionId, row.first});
        if (!q)
            return q.error();
        if (!q->next()) {
            Finding f;
            f.code = QStringLiteral("turnout.station");
            f.message = tr("There is no polling station %1 in this election.").arg(row.first);
            f.advice = tr("Check the station code against the polling stations register.");
            refuse(row.first, f);
            continue;
        }
        Pending p;
        p.station = stationFrom(*q);
        p.station.hours = *hours;
        if (Status st = readReadings(m_db, p.station); !st)
            return st;

        QSet<QTime> given;
        QList<TurnoutReading> valid;
        for (const TurnoutReading &r : row.second) {
            if (!hours->contains(r.hour)) {
                Finding f;
                f.code = QStringLiteral("turnout.hour");
                f.hour = r.hour;
                f.message = tr("%1 is not a report hour of this election; its hours are %2.")
                                .arg(hourKey(r.hour), hoursText(*hours));
                refuse(row.first, f);
                continue;
            }
            if (given.contains(r.hour)) {
                Finding f;
                f.code = QStringLiteral("turnout.duplicate-hour");
                f.hour = r.hour;
                f.message =
                    tr("The %1 report of this station is given twice.").arg(hourKey(r.hour));
                refuse(row.first, f);
                continue;
            }
            given.insert(r.hour);
            valid.append(r);
        }
        const QList<TurnoutReading> all = merged(p.station.readings, valid);
        for (const Finding &f : HourlyTurnoutRules::check(all, p.station.votersOnList()))
            refuse(row.first, f);
        if (auto warning = closingWarning(p.station, all, *threshold))
            (*findings)[row.first].append(*warning);

        std::sort(valid.begin(), valid.end(),
                  [](const TurnoutReading &a, const TurnoutReading &b) { return a.hour < b.hour; });
        for (const TurnoutReading &r : std::as_const(valid)) {
            const std::optional<qint64> stored = p.station.readingAt(r.hour);
            if (stored && *stored == r.votersReceivedBallots)
                continue; // unchanged: keep who entered it
            p.changed.append(r);
            if (stored)
                p.old.append(TurnoutReading{r.hour, *stored});
        }
        if (!p.changed.isEmpty())
            pending.append(p);
    }
    if (refused) {
        qsizetype errors = 0;
        for (const QList<Finding> &list : std::as_const(*findings)) {
            for (const Finding &f : list)
                errors += f.isError() ? 1 : 0;
        }
        const QString message =
            grouped.size() == 1
                ? tr("The turnout reports were not saved:\n%1")
                      .arg(findingsText(findings->value(grouped.constFirst().first)))
                : tr("No turnout report was saved: %n problem(s), the first %1", nullptr,
                     int(errors))
                      .arg(firstProblem);
        const bool onlyHours =
            std::all_of(findings->cbegin(), findings->cend(), [](const QList<Finding> &list) {
                return std::all_of(list.cbegin(), list.cend(), [](const Finding &f) {
                    return !f.isError() || f.code == QLatin1String("turnout.hour");
                });
            });
        return Error{onlyHours ? QStringLiteral("turnout.hour") : QStringLiteral("turnout.rules"),
                     message,
                     {}};
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO turnout_report (polling_station_id, report_time, voters_received_ballots, "
        "entered_by, entered_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (polling_station_id, report_time) DO UPDATE SET "
        "voters_received_ballots = excluded.voters_received_ballots, "
        "entered_by = excluded.entered_by, entered_at = excluded.entered_at"));
    if (!upsert)
        return upsert.error();
    const QVariant user = m_session.userId > 0 ? QVariant(m_session.userId) : QVariant();
    for (const Pending &p : std::as_const(pending)) {
        for (const TurnoutReading &r : p.changed) {
            if (Status st = m_db.execPrepared(*upsert, {p.station.stationId, hourKey(r.hour),
                                                        r.votersReceivedBallots, user, now});
                !st)
                return st;
        }
        AuditRecord audit;
        audit.electionId = electionId;
        audit.occurredAt = now;
        audit.userId = m_session.userId;
        audit.userLogin = m_session.login;
        audit.userRole = role::key(m_session.role);
        audit.action = QStringLiteral("turnout.save");
        audit.objectType = QStringLiteral("polling_station");
        audit.objectId = p.station.stationCode;
        audit.oldValues = p.old.isEmpty() ? QString() : readingsJson(p.old);
        audit.newValues = readingsJson(p.changed);
        if (Status st = AuditLog::append(m_db, audit); !st)
            return st;
    }
    return transaction.commit();
}

Outcome<QList<TurnoutAtHour>> TurnoutService::national(qint64 electionId) const
{
    auto hours = electionHours(m_db, electionId);
    if (!hours)
        return hours.error();
    auto total = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM polling_station WHERE election_id = ?"), {electionId});
    if (!total)
        return total.error();
    QList<TurnoutAtHour> result;
    for (QTime h : std::as_const(*hours)) {
        TurnoutAtHour at;
        at.hour = h;
        at.stationsTotal = total->toLongLong();
        result.append(at);
    }
    // Driven by the stations in table order: each station's accepted protocol once (covering
    // index protocol_state_figures), then its reports from the covering index of schema v6.
    // CROSS JOIN fixes that order; left to itself SQLite reads the reports by hour and looks
    // the station and protocol up for every report. At 1,000,000 stations and 4,000,000
    // reports: 3.4 s CPU → 2.1 s (see Migrations.cpp, schema v6).
    auto q = m_db.exec(QStringLiteral("SELECT tr.report_time, COUNT(*), "
                                      "SUM(COALESCE(p.voters_on_list, ps.registered_voters)), "
                                      "SUM(tr.voters_received_ballots) "
                                      "FROM polling_station ps "
                                      "LEFT JOIN protocol p ON p.polling_station_id = ps.id "
                                      "AND p.contest_id = ps.contest_id AND p.state = 'accepted' "
                                      "CROSS JOIN turnout_report tr "
                                      "WHERE tr.polling_station_id = ps.id AND +ps.election_id = ? "
                                      "GROUP BY tr.report_time"),
                       {electionId});
    if (!q)
        return q.error();
    while (q->next()) {
        const qsizetype i = hours->indexOf(hourFromKey(q->value(0).toString()));
        if (i < 0)
            continue; // a report at an hour the election no longer has
        result[i].stationsReported = q->value(1).toLongLong();
        result[i].votersOnList = q->value(2).toLongLong();
        result[i].votersReceivedBallots = q->value(3).toLongLong();
    }
    return result;
}

Outcome<QList<RegionTurnout>> TurnoutService::regions(qint64 electionId) const
{
    auto hours = electionHours(m_db, electionId);
    if (!hours)
        return hours.error();
    auto list =
        m_db.exec(QStringLiteral("SELECT id, code, name_kk, name_ru, name_en FROM territory "
                                 "WHERE election_id = ? AND depth = 0 ORDER BY code"),
                  {electionId});
    if (!list)
        return list.error();
    QList<RegionTurnout> result;
    QHash<qint64, qsizetype> index;
    const QLocale locale;
    while (list->next()) {
        RegionTurnout r;
        r.territoryId = list->value(0).toLongLong();
        r.code = list->value(1).toString();
        r.name = LocalizedName::pick(locale, list->value(2).toString(), list->value(3).toString(),
                                     list->value(4).toString());
        for (QTime h : std::as_const(*hours)) {
            TurnoutAtHour at;
            at.hour = h;
            r.hours.append(at);
        }
        index.insert(r.territoryId, result.size());
        result.append(r);
    }

    // Stations per lowest territory first (a few hundred thousand groups at most), then those
    // sums joined to the closure to reach each region. The reports below are added up the same
    // way, in the order national() explains (4.7 s CPU at 1,000,000 stations).
    auto totals =
        m_db.exec(QStringLiteral("SELECT tc.ancestor_id, SUM(t.stations) FROM ("
                                 "SELECT territory_id, COUNT(*) AS stations FROM polling_station "
                                 "WHERE election_id = ? GROUP BY territory_id) t "
                                 "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
                                 "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
                                 "GROUP BY tc.ancestor_id"),
                  {electionId});
    if (!totals)
        return totals.error();
    while (totals->next()) {
        const auto it = index.constFind(totals->value(0).toLongLong());
        if (it == index.cend())
            continue;
        for (TurnoutAtHour &at : result[*it].hours)
            at.stationsTotal = totals->value(1).toLongLong();
    }

    // Regions without polling stations (cities without rural elections) have no turnout.
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const RegionTurnout &r) {
                                    return r.hours.isEmpty() ||
                                           r.hours.constFirst().stationsTotal == 0;
                                }),
                 result.end());
    index.clear();
    for (qsizetype i = 0; i < result.size(); ++i)
        index.insert(result.at(i).territoryId, i);

    auto q = m_db.exec(
        QStringLiteral("SELECT tc.ancestor_id, t.report_time, SUM(t.stations), SUM(t.voters), "
                       "SUM(t.received) FROM ("
                       "SELECT ps.territory_id AS territory_id, tr.report_time AS report_time, "
                       "COUNT(*) AS stations, "
                       "SUM(COALESCE(p.voters_on_list, ps.registered_voters)) AS voters, "
                       "SUM(tr.voters_received_ballots) AS received "
                       "FROM polling_station ps "
                       "LEFT JOIN protocol p ON p.polling_station_id = ps.id "
                       "AND p.contest_id = ps.contest_id AND p.state = 'accepted' "
                       "CROSS JOIN turnout_report tr "
                       "WHERE tr.polling_station_id = ps.id AND +ps.election_id = ? "
                       "GROUP BY ps.territory_id, tr.report_time) t "
                       "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
                       "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
                       "GROUP BY tc.ancestor_id, t.report_time"),
        {electionId});
    if (!q)
        return q.error();
    while (q->next()) {
        const auto it = index.constFind(q->value(0).toLongLong());
        const qsizetype h = hours->indexOf(hourFromKey(q->value(1).toString()));
        if (it == index.cend() || h < 0)
            continue;
        TurnoutAtHour &at = result[*it].hours[h];
        at.stationsReported = q->value(2).toLongLong();
        at.votersOnList = q->value(3).toLongLong();
        at.votersReceivedBallots = q->value(4).toLongLong();
    }
    return result;
}

QList<TurnoutAtHour> TurnoutService::total(const QList<RegionTurnout> &regions)
{
    QList<TurnoutAtHour> sum;
    for (const RegionTurnout &r : regions) {
        if (sum.isEmpty()) {
            for (const TurnoutAtHour &at : r.hours) {
                TurnoutAtHour zero;
                zero.hour = at.hour;
                sum.append(zero);
            }
        }
        for (qsizetype i = 0; i < r.hours.size() && i < sum.size(); ++i) {
            sum[i].votersReceivedBallots += r.hours.at(i).votersReceivedBallots;
            sum[i].votersOnList += r.hours.at(i).votersOnList;
            sum[i].stationsReported += r.hours.at(i).stationsReported;
            sum[i].stationsTotal += r.hours.at(i).stationsTotal;
        }
    }
    return sum;
}

} // namespace bd
