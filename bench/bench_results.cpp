// Times results entry at national scale: the type-ahead, a protocol's sheet, finishing the
// first and the second entry, the coordinator's queue and the progress counts.
// See bench/README.md.

#include "BenchHarness.h"
#include "ProgressQueries.h"
#include "ProtocolEntryService.h"
#include "UserStore.h"

#include <QCoreApplication>

using namespace bd;
using bd::bench::measure;
using bd::bench::out;

namespace {

// Figures that raise nothing for the sheet's station (see tst_protocolentryservice).
ProtocolFigures cleanFigures(const ProtocolSheet &sheet)
{
    const qint64 a = sheet.context.stationRegisteredVoters.value_or(1000);
    const qint64 c = sheet.context.lastHourlyReport.value_or(a / 2);
    ProtocolFigures f;
    f.votersOnList = CountValue::of(a);
    f.ballotsIssuedStation = CountValue::of(c);
    f.ballotsIssuedOutside = CountValue::of(0);
    f.ballotsCancelled = CountValue::of(10);
    f.ballotsReceived = CountValue::of(c + 10);
    f.ballotsInStationBoxes = CountValue::of(c);
    f.ballotsInMobileBoxes = CountValue::of(0);
    f.invalidBallots = CountValue::of(0);
    for (int i = 0; i < sheet.candidates.size(); ++i)
        f.votes.append(CandidateVotes{sheet.candidates.at(i).id, CountValue::of(i == 0 ? c : 0)});
    return f;
}

QStringList warnings(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!f.isError())
            codes << f.code;
    }
    return codes;
}

Outcome<Session> account(const Database &db, const Session &admin, const QString &login, Role role)
{
    auto id = UserStore(db).add(
        admin, NewUser{login, login, role, QStringLiteral("bench-%1-2026").arg(login)});
    if (!id)
        return id.error();
    return Session{*id, login, role};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_results"));
    auto scale = bench::openScaleElection(
        app, QStringLiteral("Times double entry and progress on a synthetic election."));
    if (!scale) {
        out() << scale.error().userMessage << ' ' << scale.error().detail << '\n';
        return scale.error().code == QLatin1String("bench.usage") ? 2 : 1;
    }
    const Database &db = *scale->db;
    auto election = db.scalar(QStringLiteral("SELECT MIN(id) FROM election"));
    if (!election)
        return 1;
    const qint64 electionId = election->toLongLong();

    // Accounts: the first administrator of the file, then two operators.
    const QString suffix = QString::number(QDateTime::currentSecsSinceEpoch());
    auto adminId = UserStore(db).addFirstAdministrator(
        NewUser{QStringLiteral("bench-admin"), QStringLiteral("Bench"), Role::Administrator,
                QStringLiteral("bench-admin-2026")});
    Session admin{adminId ? *adminId : 0, QStringLiteral("bench-admin"), Role::Administrator};
    if (!adminId) {
        auto authenticated = UserStore(db).authenticate(QStringLiteral("bench-admin"),
                                                        QStringLiteral("bench-admin-2026"));
        if (!authenticated) {
            out() << authenticated.error().userMessage << '\n';
            return 1;
        }
        admin = *authenticated;
    }
    auto one = account(db, admin, QStringLiteral("op1-") + suffix, Role::Operator);
    auto two = account(db, admin, QStringLiteral("op2-") + suffix, Role::Operator);
    auto coordinator = account(db, admin, QStringLiteral("co-") + suffix, Role::Coordinator);
    if (!one || !two || !coordinator) {
        out() << "cannot add the bench accounts\n";
        return 1;
    }
    ProtocolEntryService first(db, *one);
    ProtocolEntryService second(db, *two);

    ProgressFilter open;
    open.state = ProtocolState::Open;
    open.limit = 10;
    auto openProtocols = ProgressQueries::protocols(db, electionId, open);
    if (!openProtocols || openProtocols->size() < 6) {
        out() << "too few open protocols\n";
        return 1;
    }

    measure(QStringLiteral("find: type-ahead \"7000\""), [&]() -> Outcome<QString> {
        auto hits = first.find(electionId, QStringLiteral("7000"), 20);
        if (!hits)
            return hits.error();
        return QStringLiteral("%1 protocols").arg(hits->size());
    });
    measure(QStringLiteral("find: type-ahead by code \"ps00123\""), [&]() -> Outcome<QString> {
        auto hits = first.find(electionId, QStringLiteral("ps00123"), 20);
        if (!hits)
            return hits.error();
        return QStringLiteral("%1 protocols").arg(hits->size());
    });
    const qint64 sampleId = openProtocols->first().protocolId;
    measure(QStringLiteral("sheet of one protocol"), [&]() -> Outcome<QString> {
        auto sheet = first.sheet(sampleId);
        if (!sheet)
            return sheet.error();
        return QStringLiteral("%1 candidates").arg(sheet->candidates.size());
    });

    int next = 0;
    QList<QPair<qint64, ProtocolFigures>> finished;
    measure(QStringLiteral("finish: first entry"), [&]() -> Outcome<QString> {
        const qint64 id = openProtocols->at(next++).protocolId;
        auto sheet = first.sheet(id);
        if (!sheet)
            return sheet.error();
        const ProtocolFigures figures = cleanFigures(*sheet);
        auto outcome =
            first.finish(id, figures, warnings(ProtocolEntryService::check(*sheet, figures)));
        if (!outcome)
            return outcome.error();
        finished.append({id, figures});
        return QStringLiteral("sheet + finish, waiting for the second");
    });
    int second_ = 0;
    measure(QStringLiteral("finish: second entry, accepted"), [&]() -> Outcome<QString> {
        const auto &[id, figures] = finished.at(second_++);
        auto sheet = second.sheet(id);
        if (!sheet)
            return sheet.error();
        auto outcome =
            second.finish(id, figures, warnings(ProtocolEntryService::check(*sheet, figures)));
        if (!outcome)
            return outcome.error();
        return *outcome == FinishOutcome::Accepted ? QStringLiteral("sheet + finish, accepted")
                                                   : QStringLiteral("not accepted");
    });

    ProtocolEntryService coordinating(db, *coordinator);
    measure(QStringLiteral("resolution queue"), [&]() -> Outcome<QString> {
        auto queue = coordinating.resolutionQueue(electionId);
        if (!queue)
            return queue.error();
        return QStringLiteral("%1 waiting").arg(queue->size());
    });
    measure(QStringLiteral("ProgressQueries::national"), [&]() -> Outcome<QString> {
        auto counts = ProgressQueries::national(db, electionId);
        if (!counts)
            return counts.error();
        return QStringLiteral("%1 protocols, %2 accepted").arg(counts->total).arg(counts->accepted);
    });
    qint64 regionId = 0;
    measure(QStringLiteral("ProgressQueries::territories (regions)"), [&]() -> Outcome<QString> {
        auto rows = ProgressQueries::territories(db, electionId, std::nullopt);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            regionId = rows->first().territoryId;
        return QStringLiteral("%1 regions").arg(rows->size());
    });
    measure(QStringLiteral("ProgressQueries::territories (districts of one region)"),
            [&]() -> Outcome<QString> {
                auto rows = ProgressQueries::territories(db, electionId, regionId);
                if (!rows)
                    return rows.error();
                return QStringLiteral("%1 districts").arg(rows->size());
            });
    measure(QStringLiteral("ProgressQueries::contests (one region)"), [&]() -> Outcome<QString> {
        auto rows = ProgressQueries::contests(db, electionId, regionId);
        if (!rows)
            return rows.error();
        return QStringLiteral("%1 contests").arg(rows->size());
    });
    ProgressFilter left;
    left.territoryId = regionId;
    left.state = ProtocolState::Open;
    left.limit = 1000;
    measure(QStringLiteral("ProgressQueries::protocols (open, one region)"),
            [&]() -> Outcome<QString> {
                auto rows = ProgressQueries::protocols(db, electionId, left);
                if (!rows)
                    return rows.error();
                return QStringLiteral("%1 protocols").arg(rows->size());
            });
    return 0;
}
