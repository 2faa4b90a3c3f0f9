// ballotdesk-cli check, import and status of results protocols, and demo --election-night, run
// as a user would: every rule code a CSV row can raise, the exact JSON, bad files named by
// line and column with nothing written, double entry by two operators, --entry, status counts.
#include "CliRunner.h"

#include "../store/registers/DatabaseDigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

using Run = bd::test::CliRun;

// Fields of protocols.csv after the two codes: A, B, C, C2, D, E, E2, F.
enum Field { A, B, C, C2, D, E, E2, F, kFields };

const QStringList kProtocolHeader = {QStringLiteral("station_code"),
                                     QStringLiteral("contest_code"),
                                     QStringLiteral("voters_on_list"),
                                     QStringLiteral("ballots_received"),
                                     QStringLiteral("ballots_issued_station"),
                                     QStringLiteral("ballots_issued_outside"),
                                     QStringLiteral("ballots_cancelled"),
                                     QStringLiteral("ballots_in_station_boxes"),
                                     QStringLiteral("ballots_in_mobile_boxes"),
                                     QStringLiteral("invalid_ballots")};

/** One station's protocol as a user would write it into protocols.csv and votes.csv. */
struct Row
{
    QString station;
    QString contest;
    QStringList values; ///< A … F as text (kFields of them)
    std::optional<QString> againstAll;
    QList<QPair<QString, QString>> votes; ///< candidate code, votes as text

    qint64 n(Field f) const { return values.at(f).toLongLong(); }
    void set(Field f, qint64 v) { values[f] = QString::number(v); }
    qint64 issued() const { return n(C) + n(C2); }
    qint64 found() const { return n(E) + n(E2); }
};

QByteArray protocolsCsv(const QList<Row> &rows, bool withAgainstAll = false)
{
    QStringList header = kProtocolHeader;
    if (withAgainstAll)
        header << QStringLiteral("against_all");
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Row &row : rows) {
        QStringList cells{row.station, row.contest};
        cells += row.values;
        if (withAgainstAll)
            cells << row.againstAll.value_or(QString());
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

QByteArray votesCsv(const QList<Row> &rows)
{
    QByteArray csv = "station_code,candidate_code,votes\n";
    for (const Row &row : rows) {
        for (const auto &vote : row.votes)
            csv += QStringLiteral("%1,%2,%3\n").arg(row.station, vote.first, vote.second).toUtf8();
    }
    return csv;
}

/** The counts of `status protocols --json`, or an empty object. */
QJsonObject statusOf(const QString &db)
{
    const Run run = bd::test::runCli({QStringLiteral("status"), QStringLiteral("protocols"),
                                      QStringLiteral("--db"), db, QStringLiteral("--json")});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/** The count printed after @p label in import's summary ("  Accepted   3"), or -1. */
qint64 countAfter(const QString &out, const QString &label)
{
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  ") + label + QLatin1Char(' ')))
            return QLocale().toLongLong(line.mid(label.size() + 2).trimmed());
    }
    return -1;
}

} // namespace

class TestCliProtocols : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoProtocolsCheckClean();
    void checkFindsRuleCode_data();
    void checkFindsRuleCode();
    void checkJsonShape();
    void checkExampleFiles();
    void badFiles_data();
    void badFiles();
    void againstAllColumnFollowsTheElection();
    void electionNightStatus();
    void statusText();
    void importFirstThenSecondAccepts();
    void importDifferingGoesToCoordinator();
    void importSameUserRefused();
    void importEntryMismatchRefused();
    void importRowWithErrorsWritesNothing();
    void importAcceptedProtocolRefused();
    void analystMayNotImport();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /** The accepted figures of @p stationCode in the plain demo. */
    Row paperRow(const QString &stationCode) const;
    /** A copy of the election-night demo for one test. */
    QString nightCopy(const QString &name) const;
    /** Codes of stations whose protocol in @p db is in @p state, by station code. */
    static QStringList stationsInState(const QString &db, const QString &state, int limit);
    Run check(const QList<Row> &rows, const QString &db, bool json = true,
              bool withAgainstAll = false);
    Run import(const QList<Row> &rows, const QString &db, const QString &login,
               const QStringList &extra = {});
    static QByteArray digestWithoutSignIns(const QString &db);
    /** The errors and warnings of the single row of a check --json run. */
    static QPair<QStringList, QStringList> codesOf(const Run &run);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_night;
    QString m_clean;        ///< a station whose accepted figures raise nothing
    QString m_other;        ///< a station of another contest than m_clean's
    QString m_unregStation; ///< a station whose contest has a candidate who is not registered
    QString m_unregCandidate;
};

void TestCliProtocols::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run demo = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_night = path(QStringLiteral("night.sqlite"));
    const Run night = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_night,
                                        QStringLiteral("--election-night")});
    QVERIFY2(night.exitCode == 0, qPrintable(night.err));
    QVERIFY2(night.out.contains(QStringLiteral("462 protocols reopened")), qPrintable(night.out));

    auto db = bd::Database::open(m_demo, bd::Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    // A station of a contest with a candidate who is not registered (refused, withdrawn …).
    auto unreg = db->exec(QStringLiteral(
        "SELECT k.code, s.code FROM candidate k JOIN polling_station s ON s.contest_id = "
        "k.contest_id WHERE k.status <> 'registered' ORDER BY s.code, k.code LIMIT 1"));
    QVERIFY(unreg.ok() && unreg->next());
    m_unregCandidate = unreg->value(0).toString();
    m_unregStation = unreg->value(1).toString();
}

Row TestCliProtocols::paperRow(const QString &stationCode) const
{
    Row row;
    auto db = bd::Database::open(m_demo, bd::Database::OpenMode::ExistingOnly);
    if (!db)
        return row;
    auto p = db->exec(
        QStringLiteral("SELECT p.id, s.code, c.code, p.voters_on_list, p.ballots_received, "
                       "p.ballots_issued_station, p.ballots_issued_outside, p.ballots_cancelled, "
                       "p.ballots_in_station_boxes, p.ballots_in_mobile_boxes, p.invalid_ballots "
                       "FROM protocol p JOIN polling_station s ON s.id = p.polling_station_id "
                       "JOIN contest c ON c.id = p.contest_id WHERE s.code = ?"),
        {stationCode});
    if (!p || !p->next())
        return row;
    const qint64 id = p->value(0).toLongLong();
    row.station = p->value(1).toString();
    row.contest = p->value(2).toString();
    for (int i = 0; i < kFields; ++i)
        row.values << QString::number(p->value(3 + i).toLongLong());
    auto votes = db->exec(QStringLiteral("SELECT k.code, v.votes FROM protocol_vote v JOIN "
                                         "candidate k ON k.id = v.candidate_id WHERE "
                                         "v.protocol_id = ? ORDER BY k.ballot_order, k.code"),
                          {id});
    while (votes && votes->next())
        row.votes.append(
            {votes->value(0).toString(), QString::number(votes->value(1).toLongLong())});
    return row;
}

QString TestCliProtocols::nightCopy(const QString &name) const
{
    const QString copy = path(name + QStringLiteral(".sqlite"));
    QFile::remove(copy);
    if (!QFile::copy(m_night, copy))
        return {};
    return copy;
}

QStringList TestCliProtocols::stationsInState(const QString &db, const QString &state, int limit)
{
    QStringList codes;
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    if (!opened)
        return codes;
    auto query = opened->exec(QStringLiteral("SELECT s.code FROM protocol p JOIN polling_station "
                                             "s ON s.id = p.polling_station_id WHERE p.state = ? "
                                             "ORDER BY s.code LIMIT %1")
                                  .arg(limit),
                              {state});
    while (query && query->next())
        codes << query->value(0).toString();
    return codes;
}

Run TestCliProtocols::check(const QList<Row> &rows, const QString &db, bool json,
                            bool withAgainstAll)
{
    const QString protocols = path(QStringLiteral("check-protocols.csv"));
    const QString votes = path(QStringLiteral("check-votes.csv"));
    if (!bd::test::writeBytes(protocols, protocolsCsv(rows, withAgainstAll)) ||
        !bd::test::writeBytes(votes, votesCsv(rows)))
        return {};
    QStringList arguments{QStringLiteral("check"),
                          QStringLiteral("protocols"),
                          protocols,
                          votes,
                          QStringLiteral("--db"),
                          db};
    if (json)
        arguments << QStringLiteral("--json");
    return bd::test::runCli(arguments);
}

Run TestCliProtocols::import(const QList<Row> &rows, const QString &db, const QString &login,
                             const QStringList &extra)
{
    const QString protocols = path(QStringLiteral("import-protocols.csv"));
    const QString votes = path(QStringLiteral("import-votes.csv"));
    if (!bd::test::writeBytes(protocols, protocolsCsv(rows)) ||
        !bd::test::writeBytes(votes, votesCsv(rows)))
        return {};
    return bd::test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("protocols"),
                                        protocols, votes, QStringLiteral("--db"), db,
                                        QStringLiteral("--user"), login,
                                        QStringLiteral("--password-stdin")} +
                                extra,
                            QStringLiteral("demo-%1-2021").arg(login).toUtf8() + '\n');
}

QByteArray TestCliProtocols::digestWithoutSignIns(const QString &db)
{
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    if (!opened)
        return QByteArrayLiteral("cannot open");
    // A successful sign-in appends its audit record; everything else must stay as it was.
    return bd::test::databaseDigest(*opened, QStringLiteral("audit_log"),
                                    QStringLiteral("action = 'user.sign-in'"));
}

QPair<QStringList, QStringList> TestCliProtocols::codesOf(const Run &run)
{
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    if (rows.size() != 1)
        return {{QStringLiteral("(not one row)")}, {}};
    const QJsonObject row = rows.first().toObject();
    QStringList errors;
    QStringList warnings;
    for (const QJsonValue &v : row.value(QStringLiteral("errors")).toArray())
        errors << v.toString();
    for (const QJsonValue &v : row.value(QStringLiteral("warnings")).toArray())
        warnings << v.toString();
    return {errors, warnings};
}

void TestCliProtocols::demoProtocolsCheckClean()
{
    // Every accepted protocol of the demo, written out and checked: no row has an error, and
    // the first rows without any finding give the stations the rule tests perturb.
    auto db = bd::Database::open(m_demo, bd::Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto codes = db->exec(QStringLiteral("SELECT code FROM polling_station ORDER BY code"));
    QVERIFY(codes.ok());
    QList<Row> rows;
    while (codes->next())
        rows << paperRow(codes->value(0).toString());
    QCOMPARE(rows.size(), 1847);
    const Run run = check(rows, m_demo);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray checked = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(checked.size(), rows.size());
    int withWarnings = 0;
    for (qsizetype i = 0; i < checked.size(); ++i) {
        const QJsonObject object = checked.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("station_code")).toString(), rows.at(i).station);
        QVERIFY(object.value(QStringLiteral("errors")).toArray().isEmpty());
        if (!object.value(QStringLiteral("warnings")).toArray().isEmpty()) {
            ++withWarnings;
            continue;
        }
        const Row &row = rows.at(i);
        if (m_clean.isEmpty() && row.votes.size() >= 2 && row.n(C2) > 0 &&
            row.n(E) > row.n(C2) + 50 && row.n(A) - row.issued() > 100)
            m_clean = row.station;
    }
    QVERIFY(withWarnings > 0); // the demo has protocols whose warnings were acknowledged
    QVERIFY(!m_clean.isEmpty());
    const QString cleanContest = paperRow(m_clean).contest;
    for (const Row &row : std::as_const(rows)) {
        if (row.contest != cleanContest && row.votes.size() >= 2) {
            m_other = row.station;
            break;
        }
    }
    QVERIFY(!m_other.isEmpty());
}

void TestCliProtocols::checkFindsRuleCode_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    // Errors: exactly this error and no other. Warnings: this warning among the row's, no error.
    QTest::newRow("P.F.101 B off by one") << "b+1"
                                          << "P.F.101";
    QTest::newRow("P.F.102 more issued than voters") << "a<issued"
                                                     << "P.F.102";
    QTest::newRow("P.F.103 more found than issued") << "found>issued"
                                                    << "P.F.103";
    QTest::newRow("P.F.104 mobile boxes") << "e2>c2"
                                          << "P.F.104";
    QTest::newRow("P.F.201 invalid plus votes") << "f+1"
                                                << "P.F.201";
    QTest::newRow("P.F.202 decimal") << "f=12.5"
                                     << "P.F.202";
    QTest::newRow("P.F.202 empty") << "c2="
                                   << "P.F.202";
    QTest::newRow("P.F.202 negative votes") << "votes=-3"
                                            << "P.F.202";
    QTest::newRow("P.F.202 text") << "a=many"
                                  << "P.F.202";
    QTest::newRow("P.F.203 registered candidate missing") << "drop-candidate"
                                                          << "P.F.203";
    QTest::newRow("P.F.203 candidate not registered") << "unregistered"
                                                      << "P.F.203";
    QTest::newRow("P.F.204 station of another contest") << "other-station"
                                                        << "P.F.204";
    QTest::newRow("P.W.201 many invalid") << "many-invalid"
                                          << "P.W.201";
    QTest::newRow("P.W.202 ballots missing") << "missing"
                                             << "P.W.202";
    QTest::newRow("P.W.203 turnout 100 %") << "a=issued"
                                           << "P.W.203";
    QTest::newRow("P.W.204 nobody voted") << "nobody"
                                          << "P.W.204";
    QTest::newRow("P.W.205 no voters") << "a=0"
                                       << "P.W.205";
    QTest::newRow("P.W.206 voters on record") << "a*2"
                                              << "P.W.206";
    QTest::newRow("P.W.207 hourly turnout") << "issued+10%"
                                            << "P.W.207";
}

void TestCliProtocols::checkFindsRuleCode()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QVERIFY(!m_clean.isEmpty());
    Row row = paperRow(change == QLatin1String("unregistered") ? m_unregStation : m_clean);
    QVERIFY(!row.station.isEmpty());
    const auto top = std::max_element(row.votes.begin(), row.votes.end(), [](auto &x, auto &y) {
        return x.second.toLongLong() < y.second.toLongLong();
    });
    if (change == QLatin1String("b+1")) {
        row.set(B, row.n(B) + 1);
    } else if (change == QLatin1String("a<issued")) {
        row.set(A, row.issued() - 1);
    } else if (change == QLatin1String("found>issued")) {
        const qint64 more = row.issued() - row.found() + 1;
        row.set(E, row.n(E) + more);
        row.set(F, row.n(F) + more);
    } else if (change == QLatin1String("e2>c2")) {
        const qint64 move = row.n(C2) + 1 - row.n(E2);
        row.set(E2, row.n(E2) + move);
        row.set(E, row.n(E) - move);
    } else if (change == QLatin1String("f+1")) {
        row.set(F, row.n(F) + 1);
    } else if (change == QLatin1String("f=12.5")) {
        row.values[F] = QStringLiteral("12.5");
    } else if (change == QLatin1String("c2=")) {
        row.values[C2].clear();
    } else if (change == QLatin1String("votes=-3")) {
        row.votes[0].second = QStringLiteral("-3");
    } else if (change == QLatin1String("a=many")) {
        row.values[A] = QStringLiteral("many");
    } else if (change == QLatin1String("drop-candidate")) {
        // The dropped candidate's votes count as invalid, so that the sums still agree.
        row.set(F, row.n(F) + row.votes.constLast().second.toLongLong());
        row.votes.removeLast();
    } else if (change == QLatin1String("unregistered")) {
        row.votes.append({m_unregCandidate, QStringLiteral("0")});
    } else if (change == QLatin1String("other-station")) {
        row.station = m_other; // m_other votes in another contest than row.contest
    } else if (change == QLatin1String("many-invalid")) {
        const qint64 target = (3 * row.found() + 99) / 100 + 1;
        const qint64 move = std::max<qint64>(0, target - row.n(F));
        QVERIFY(top->second.toLongLong() >= move);
        top->second = QString::number(top->second.toLongLong() - move);
        row.set(F, row.n(F) + move);
    } else if (change == QLatin1String("missing")) {
        row.set(C, row.n(C) + 20);
        row.set(B, row.n(B) + 20);
        row.set(A, row.n(A) + 20);
    } else if (change == QLatin1String("a=issued")) {
        row.set(A, row.issued());
    } else if (change == QLatin1String("nobody")) {
        row.set(E, 0);
        row.set(E2, 0);
        row.set(F, 0);
        for (auto &vote : row.votes)
            vote.second = QStringLiteral("0");
    } else if (change == QLatin1String("a=0")) {
        row.set(A, 0);
        row.set(D, row.n(B));
        for (const Field f : {C, C2, E, E2, F})
            row.set(f, 0);
        for (auto &vote : row.votes)
            vote.second = QStringLiteral("0");
    } else if (change == QLatin1String("a*2")) {
        row.set(A, row.n(A) * 2);
    } else if (change == QLatin1String("issued+10%")) {
        const qint64 more = row.issued() / 10 + 20;
        row.set(C, row.n(C) + more);
        row.set(B, row.n(B) + more);
        row.set(A, row.n(A) + more);
    } else {
        QFAIL("unknown change");
    }

    const QByteArray before = digestWithoutSignIns(m_demo);
    const Run run = check({row}, m_demo);
    const auto [errors, warnings] = codesOf(run);
    if (code.startsWith(QLatin1String("P.F."))) {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(errors, QStringList{code});
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(errors, QStringList{});
        QVERIFY2(warnings.contains(code), qPrintable(warnings.join(QLatin1Char(' '))));
    }
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(digestWithoutSignIns(m_demo), before);

    // The same row as text: one line naming the file, line 2, the station and the code.
    const Run text = check({row}, m_demo, false);
    QCOMPARE(text.exitCode, run.exitCode);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path(QStringLiteral("check-protocols.csv:2: station ")) +
                                    row.station),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(code));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Rows checked: 1; with errors: ")),
             qPrintable(lines.at(1)));
}

void TestCliProtocols::checkJsonShape()
{
    Row clean = paperRow(m_clean);
    Row wrong = paperRow(m_other);
    wrong.set(B, wrong.n(B) + 1);
    const Run run = check({clean, wrong}, m_demo);
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 2);
    const QStringList keys = {QStringLiteral("contest_code"), QStringLiteral("errors"),
                              QStringLiteral("station_code"), QStringLiteral("warnings")};
    for (const QJsonValue &value : rows)
        QCOMPARE(value.toObject().keys(), keys);
    QCOMPARE(rows.at(0).toObject(), (QJsonObject{{QStringLiteral("station_code"), clean.station},
                                                 {QStringLiteral("contest_code"), clean.contest},
                                                 {QStringLiteral("errors"), QJsonArray()},
                                                 {QStringLiteral("warnings"), QJsonArray()}}));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("station_code")).toString(), wrong.station);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("errors")).toArray(),
             QJsonArray{QStringLiteral("P.F.101")});
}

void TestCliProtocols::checkExampleFiles()
{
    // The examples in tests/data/protocols are the demo's figures: they check clean.
    const QString dir = QStringLiteral(BD_TEST_DATA_DIR "/protocols/");
    const Run run =
        bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"),
                          dir + QStringLiteral("protocols.csv"), dir + QStringLiteral("votes.csv"),
                          QStringLiteral("--db"), m_demo, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &value : rows)
        QVERIFY(value.toObject().value(QStringLiteral("errors")).toArray().isEmpty());

    const Run bad =
        bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"),
                          dir + QStringLiteral("protocols-bad.csv"),
                          dir + QStringLiteral("votes-bad.csv"), QStringLiteral("--db"), m_demo});
    QCOMPARE(bad.exitCode, 1);
    const QStringList problems = bad.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).startsWith(
                 dir + QStringLiteral("protocols-bad.csv:3: column station_code: no "
                                      "polling station has the code")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(
                 dir + QStringLiteral("protocols-bad.csv:4: column station_code: station ")),
             qPrintable(problems.at(1)));
    QVERIFY2(
        problems.at(2).startsWith(dir + QStringLiteral("votes-bad.csv:3: column candidate_code: no "
                                                       "candidate has the code")),
        qPrintable(problems.at(2)));
    QVERIFY2(problems.at(3).startsWith(
                 dir + QStringLiteral("votes-bad.csv:5: column candidate_code: candidate ")),
             qPrintable(problems.at(3)));
    // The row that could be read is still checked: P.F.101 in its line.
    QVERIFY2(bad.out.contains(dir + QStringLiteral("protocols-bad.csv:2: station ")),
             qPrintable(bad.out));
    QVERIFY(bad.out.contains(QStringLiteral("errors P.F.101")));
}

void TestCliProtocols::badFiles_data()
{
    QTest::addColumn<QString>("protocols");
    QTest::addColumn<QString>("votes");
    QTest::addColumn<QString>("problem"); ///< the start of the first problem line

    const QString header = kProtocolHeader.join(QLatin1Char(','));
    const QString ok = QStringLiteral("@S,@C,@V");
    const QString votes = QStringLiteral("station_code,candidate_code,votes\n@VOTES");
    QTest::newRow("unknown station")
        << header + QStringLiteral("\nPS-NOWHERE,@C,@V\n") << votes
        << "protocols.csv:2: column station_code: no polling station has the code “PS-NOWHERE”";
    QTest::newRow("unknown contest")
        << header + QStringLiteral("\n@S,AKIM-NOWHERE,@V\n") << votes
        << "protocols.csv:2: column contest_code: no contest has the code “AKIM-NOWHERE”";
    QTest::newRow("duplicate row")
        << header + QStringLiteral("\n") + ok + QStringLiteral("\n") + ok + QStringLiteral("\n")
        << votes
        << "protocols.csv:3: column station_code: station @S and "
           "contest @C already appear on line 2";
    QTest::newRow("missing column")
        << header.section(QLatin1Char(','), 0, -2) + QStringLiteral("\n@S,@C,1,2,3,4,5,6,7\n")
        << votes << "protocols.csv:1: column invalid_ballots: required column is missing";
    QTest::newRow("unknown column")
        << header + QStringLiteral(",remarks\n") + ok + QStringLiteral(",x\n") << votes
        << "protocols.csv:1: column remarks: unknown column";
    QTest::newRow("against all where there is none")
        << header + QStringLiteral(",against_all\n") + ok + QStringLiteral(",0\n") << votes
        << "protocols.csv:1: column against_all: this election has no “against all”";
    QTest::newRow("too many fields")
        << header + QStringLiteral("\n") + ok + QStringLiteral(",1\n") << votes
        << "protocols.csv:2: the row has 11 fields but the header "
           "has 10";
    QTest::newRow("empty protocols file")
        << QString() << votes << "protocols.csv:1: the file is empty";
    QTest::newRow("unknown candidate")
        << header + QStringLiteral("\n") + ok + QStringLiteral("\n")
        << votes + QStringLiteral("@S,NOBODY-1,5\n")
        << "votes.csv:@NEXT: column candidate_code: no candidate has the code “NOBODY-1”";
    QTest::newRow("candidate of another contest")
        << header + QStringLiteral("\n") + ok + QStringLiteral("\n")
        << votes + QStringLiteral("@S,@OTHERCAND,5\n")
        << "votes.csv:@NEXT: column candidate_code: candidate @OTHERCAND stands in contest ";
    QTest::newRow("duplicate votes row")
        << header + QStringLiteral("\n") + ok + QStringLiteral("\n")
        << votes + QStringLiteral("@S,@CAND,5\n")
        << "votes.csv:@NEXT: column candidate_code: candidate @CAND at station @S already "
           "appears on line 2";
    QTest::newRow("station without protocol row")
        << header + QStringLiteral("\n") + ok + QStringLiteral("\n")
        << votes + QStringLiteral("@OTHER,@OTHERCAND,5\n")
        << "votes.csv:@NEXT: column station_code: polling station @OTHER has no row in "
           "protocols.csv";
    QTest::newRow("votes header") << header + QStringLiteral("\n") + ok + QStringLiteral("\n")
                                  << "station,candidate_code,votes\n@VOTES"
                                  << "votes.csv:1: column station: unknown column";
}

void TestCliProtocols::badFiles()
{
    QFETCH(QString, protocols);
    QFETCH(QString, votes);
    QFETCH(QString, problem);
    const Row clean = paperRow(m_clean);
    const Row other = paperRow(m_other);
    QString votesText;
    for (const auto &vote : clean.votes)
        votesText += QStringLiteral("%1,%2,%3\n").arg(clean.station, vote.first, vote.second);
    const int nextVotesLine = static_cast<int>(clean.votes.size()) + 2;
    const auto fill = [&](QString text) {
        // Longer names first: @VOTES before @V, @OTHERCAND before @OTHER and @CAND before @C.
        return text.replace(QStringLiteral("@VOTES"), votesText)
            .replace(QStringLiteral("@OTHERCAND"), other.votes.constFirst().first)
            .replace(QStringLiteral("@OTHER"), other.station)
            .replace(QStringLiteral("@CAND"), clean.votes.constFirst().first)
            .replace(QStringLiteral("@NEXT"), QString::number(nextVotesLine))
            .replace(QStringLiteral("@V"), clean.values.join(QLatin1Char(',')))
            .replace(QStringLiteral("@S"), clean.station)
            .replace(QStringLiteral("@C"), clean.contest);
    };
    const QString protocolsFile = path(QStringLiteral("protocols.csv"));
    const QString votesFile = path(QStringLiteral("votes.csv"));
    QVERIFY(bd::test::writeBytes(protocolsFile, fill(protocols).toUtf8()));
    QVERIFY(bd::test::writeBytes(votesFile, fill(votes).toUtf8()));
    const QString expected = m_dir.path() + QLatin1Char('/') + fill(problem);

    const Run checked =
        bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"), protocolsFile,
                          votesFile, QStringLiteral("--db"), m_demo, QStringLiteral("--json")});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.startsWith(expected),
             qPrintable(checked.err + QStringLiteral("\nexpected: ") + expected));

    const QString db = nightCopy(QStringLiteral("bad-files"));
    const QByteArray before = digestWithoutSignIns(db);
    const Run imported =
        bd::test::runCli({QStringLiteral("import"), QStringLiteral("protocols"), protocolsFile,
                          votesFile, QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("operator1"), QStringLiteral("--password-stdin")},
                         "demo-operator1-2021\n");
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.startsWith(expected), qPrintable(imported.err));
    QVERIFY(imported.err.contains(QStringLiteral("Nothing was imported.")));
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(digestWithoutSignIns(db), before);
}

void TestCliProtocols::againstAllColumnFollowsTheElection()
{
    const QString db = nightCopy(QStringLiteral("against-all"));
    {
        auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        QVERIFY(opened->exec(QStringLiteral("UPDATE election SET against_all = 1")).ok());
    }
    Row row = paperRow(m_clean);
    const Run missing = check({row}, db);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.startsWith(path(QStringLiteral("check-protocols.csv:1: column "
                                                        "against_all: required column is "
                                                        "missing"))),
             qPrintable(missing.err));

    row.againstAll = QStringLiteral("0");
    const Run zero = check({row}, db, true, true);
    QVERIFY2(zero.exitCode == 0, qPrintable(zero.err));
    QCOMPARE(codesOf(zero).first, QStringList{});

    row.againstAll = QString();
    const Run empty = check({row}, db, true, true);
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(codesOf(empty).first, QStringList{QStringLiteral("P.F.202")});

    // Votes moved to "against all" still add up; more than were found do not.
    const auto top = std::max_element(row.votes.begin(), row.votes.end(), [](auto &x, auto &y) {
        return x.second.toLongLong() < y.second.toLongLong();
    });
    top->second = QString::number(top->second.toLongLong() - 3);
    row.againstAll = QStringLiteral("3");
    const Run moved = check({row}, db, true, true);
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.out + moved.err));
    row.againstAll = QStringLiteral("4");
    const Run tooMany = check({row}, db, true, true);
    QCOMPARE(codesOf(tooMany).first, QStringList{QStringLiteral("P.F.201")});
}

void TestCliProtocols::electionNightStatus()
{
    // Every fourth of the 1,847 protocols reopened (462); of those, by design of the demo:
    // 116 with a first entry, 115 accepted again, 8 differing, 2 with errors, 221 open.
    const QJsonObject status = statusOf(m_night);
    QStringList keys = status.keys();
    QCOMPARE(keys, (QStringList{QStringLiteral("accepted"), QStringLiteral("differing"),
                                QStringLiteral("erroneous"), QStringLiteral("first_entered"),
                                QStringLiteral("open"), QStringLiteral("regions"),
                                QStringLiteral("total")}));
    QCOMPARE(status.value(QStringLiteral("total")).toInteger(), 1847);
    QCOMPARE(status.value(QStringLiteral("open")).toInteger(), 221);
    QCOMPARE(status.value(QStringLiteral("first_entered")).toInteger(), 116);
    QCOMPARE(status.value(QStringLiteral("accepted")).toInteger(), 1847 - 462 + 115);
    QCOMPARE(status.value(QStringLiteral("differing")).toInteger(), 8);
    QCOMPARE(status.value(QStringLiteral("erroneous")).toInteger(), 2);
    const QJsonArray regions = status.value(QStringLiteral("regions")).toArray();
    QVERIFY(!regions.isEmpty());
    qint64 total = 0;
    qint64 open = 0;
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        QVERIFY(!region.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!region.value(QStringLiteral("name")).toString().isEmpty());
        total += region.value(QStringLiteral("total")).toInteger();
        open += region.value(QStringLiteral("open")).toInteger();
    }
    QCOMPARE(total, 1847);
    QCOMPARE(open, 221);

    // The plain demo: everything accepted.
    const QJsonObject plain = statusOf(m_demo);
    QCOMPARE(plain.value(QStringLiteral("accepted")).toInteger(), 1847);
    QCOMPARE(plain.value(QStringLiteral("open")).toInteger(), 0);

    // The same election night again: the same protocols in the same states.
    const QString again = path(QStringLiteral("night-again.sqlite"));
    const Run run = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), again,
                                      QStringLiteral("--election-night")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(stationsInState(again, QStringLiteral("open"), 5000),
             stationsInState(m_night, QStringLiteral("open"), 5000));
    QCOMPARE(stationsInState(again, QStringLiteral("first_entered"), 5000),
             stationsInState(m_night, QStringLiteral("first_entered"), 5000));
    const Run exists = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), again,
                                         QStringLiteral("--election-night")});
    QCOMPARE(exists.exitCode, 1);
    QVERIFY(exists.err.contains(QStringLiteral("--force")));
}

void TestCliProtocols::statusText()
{
    const Run run = bd::test::runCli(
        {QStringLiteral("status"), QStringLiteral("protocols"), QStringLiteral("--db"), m_night});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    QVERIFY(lines.at(1).contains(QStringLiteral("Differing")));
    const QString last = lines.constLast();
    QVERIFY2(last.startsWith(QStringLiteral("All regions")), qPrintable(last));
    QCOMPARE(
        last.simplified().split(QLatin1Char(' ')).mid(2),
        (QStringList{QStringLiteral("221"), QStringLiteral("116"), QStringLiteral("8"),
                     QStringLiteral("2"), QLocale().toString(1500), QLocale().toString(1847)}));
}

void TestCliProtocols::importFirstThenSecondAccepts()
{
    const QString db = nightCopy(QStringLiteral("double-entry"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 3);
    QCOMPARE(open.size(), 3);
    const QList<Row> rows = {paperRow(open.at(0)), paperRow(open.at(1)), paperRow(open.at(2))};

    const Run first = import(rows, db, QStringLiteral("operator1"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QStringLiteral("Imported 3 protocols from ")),
             qPrintable(first.out));
    QVERIFY(first.out.contains(QStringLiteral("every warning acknowledged by operator1")));
    QCOMPARE(countAfter(first.out, QStringLiteral("Waiting for the second entry")), 3);
    QCOMPARE(countAfter(first.out, QStringLiteral("Accepted")), 0);
    QCOMPARE(countAfter(first.out, QStringLiteral("Sent to a coordinator")), 0);
    QJsonObject status = statusOf(db);
    QCOMPARE(status.value(QStringLiteral("open")).toInteger(), 221 - 3);
    QCOMPARE(status.value(QStringLiteral("first_entered")).toInteger(), 116 + 3);

    const Run second = import(rows, db, QStringLiteral("operator2"));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(countAfter(second.out, QStringLiteral("Accepted")), 3);
    QCOMPARE(countAfter(second.out, QStringLiteral("Waiting for the second entry")), 0);
    status = statusOf(db);
    QCOMPARE(status.value(QStringLiteral("first_entered")).toInteger(), 116);
    QCOMPARE(status.value(QStringLiteral("accepted")).toInteger(), 1500 + 3);
    QCOMPARE(stationsInState(db, QStringLiteral("accepted"), 5000).size(), 1503);

    // The official figures are the paper's: checking them against the file finds nothing new.
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    auto audit = opened->scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'protocol.import'"));
    QVERIFY(audit.ok());
    QCOMPARE(audit->toLongLong(), 2);
}

void TestCliProtocols::importDifferingGoesToCoordinator()
{
    const QString db = nightCopy(QStringLiteral("differing"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 1);
    QCOMPARE(open.size(), 1);
    Row row = paperRow(open.first());
    const Run first = import({row}, db, QStringLiteral("operator1"),
                             {QStringLiteral("--entry"), QStringLiteral("first")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    row.set(A, row.n(A) + 1); // the second operator typed A differently (P.W.001)
    const Run second = import({row}, db, QStringLiteral("operator2"),
                              {QStringLiteral("--entry"), QStringLiteral("second")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(countAfter(second.out, QStringLiteral("Sent to a coordinator")), 1);
    QCOMPARE(countAfter(second.out, QStringLiteral("Accepted")), 0);
    const QJsonObject status = statusOf(db);
    QCOMPARE(status.value(QStringLiteral("differing")).toInteger(), 8 + 1);
    QCOMPARE(status.value(QStringLiteral("open")).toInteger(), 221 - 1);
}

void TestCliProtocols::importSameUserRefused()
{
    const QString db = nightCopy(QStringLiteral("same-user"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 2);
    const QList<Row> rows = {paperRow(open.at(0)), paperRow(open.at(1))};
    const Run first = import(rows, db, QStringLiteral("operator1"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));

    const QByteArray before = digestWithoutSignIns(db);
    const Run again = import(rows, db, QStringLiteral("operator1"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    const QStringList lines = again.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), path(QStringLiteral("import-protocols.csv:2: station %1, contest %2: "
                                              "you made the first entry of this protocol; the "
                                              "second entry must be made by another operator"))
                              .arg(rows.at(0).station, rows.at(0).contest));
    QVERIFY(lines.at(1).startsWith(path(QStringLiteral("import-protocols.csv:3: "))));
    QCOMPARE(lines.at(2), QStringLiteral("Nothing was imported: 2 rows refused."));
    QCOMPARE(digestWithoutSignIns(db), before);
}

void TestCliProtocols::importEntryMismatchRefused()
{
    const QString db = nightCopy(QStringLiteral("entry"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 1);
    const QList<Row> rows = {paperRow(open.first())};
    QByteArray before = digestWithoutSignIns(db);
    const Run asSecond = import(rows, db, QStringLiteral("operator1"),
                                {QStringLiteral("--entry"), QStringLiteral("second")});
    QCOMPARE(asSecond.exitCode, 1);
    QVERIFY2(asSecond.err.contains(QStringLiteral("this would be the first entry of the protocol, "
                                                  "but --entry second was given")),
             qPrintable(asSecond.err));
    QCOMPARE(digestWithoutSignIns(db), before);

    const Run first = import(rows, db, QStringLiteral("operator1"),
                             {QStringLiteral("--entry"), QStringLiteral("first")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    before = digestWithoutSignIns(db);
    const Run asFirst = import(rows, db, QStringLiteral("operator2"),
                               {QStringLiteral("--entry"), QStringLiteral("first")});
    QCOMPARE(asFirst.exitCode, 1);
    QVERIFY2(asFirst.err.contains(QStringLiteral("this would be the second entry of the "
                                                 "protocol, but --entry first was given")),
             qPrintable(asFirst.err));
    QCOMPARE(digestWithoutSignIns(db), before);

    const Run second = import(rows, db, QStringLiteral("operator2"),
                              {QStringLiteral("--entry"), QStringLiteral("second")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(countAfter(second.out, QStringLiteral("Accepted")), 1);
}

void TestCliProtocols::importRowWithErrorsWritesNothing()
{
    const QString db = nightCopy(QStringLiteral("errors"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 2);
    Row good = paperRow(open.at(0));
    Row bad = paperRow(open.at(1));
    bad.set(B, bad.n(B) + 1);
    const QByteArray before = digestWithoutSignIns(db);
    const Run run = import({good, bad}, db, QStringLiteral("operator1"));
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path(QStringLiteral("import-protocols.csv:3: station %1, "
                                                        "contest %2: has errors: P.F.101 "))
                                        .arg(bad.station, bad.contest)),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Nothing was imported: 1 row refused."));
    QCOMPARE(digestWithoutSignIns(db), before);
}

void TestCliProtocols::importAcceptedProtocolRefused()
{
    const QString db = nightCopy(QStringLiteral("accepted"));
    const QStringList accepted = stationsInState(db, QStringLiteral("accepted"), 1);
    const QByteArray before = digestWithoutSignIns(db);
    const Run run = import({paperRow(accepted.first())}, db, QStringLiteral("operator1"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the protocol is already accepted; only a "
                                             "coordinator can correct it")),
             qPrintable(run.err));
    QCOMPARE(digestWithoutSignIns(db), before);
}

void TestCliProtocols::analystMayNotImport()
{
    const QString db = nightCopy(QStringLiteral("analyst"));
    const QStringList open = stationsInState(db, QStringLiteral("open"), 1);
    const QByteArray before = digestWithoutSignIns(db);
    const Run run = import({paperRow(open.first())}, db, QStringLiteral("analyst"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("ballotdesk-cli: An analyst may not")),
             qPrintable(run.err));
    QCOMPARE(digestWithoutSignIns(db), before);
}

void TestCliProtocols::usageErrors()
{
    const QString p = path(QStringLiteral("p.csv"));
    const QString v = path(QStringLiteral("v.csv"));
    QCOMPARE(bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"), p,
                               QStringLiteral("--db"), m_demo})
                 .exitCode,
             2);
    QCOMPARE(bd::test::runCli({QStringLiteral("check"), QStringLiteral("turnout"), p, v,
                               QStringLiteral("--db"), m_demo})
                 .exitCode,
             2);
    QCOMPARE(
        bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"), p, v}).exitCode, 2);
    QCOMPARE(bd::test::runCli({QStringLiteral("status"), QStringLiteral("--db"), m_demo}).exitCode,
             2);
    const Run entry = bd::test::runCli({QStringLiteral("import"), QStringLiteral("protocols"), p, v,
                                        QStringLiteral("--db"), m_demo, QStringLiteral("--entry"),
                                        QStringLiteral("third")});
    QCOMPARE(entry.exitCode, 2);
    QVERIFY(entry.err.contains(QStringLiteral("--entry takes first or second.")));
    const Run noFile = bd::test::runCli({QStringLiteral("check"), QStringLiteral("protocols"), p, v,
                                         QStringLiteral("--db"), m_demo});
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.startsWith(QStringLiteral("ballotdesk-cli: Cannot read ")));
    const Run help = bd::test::runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--entry")));
}

QTEST_GUILESS_MAIN(TestCliProtocols)
#include "tst_cli_protocols.moc"
