// One operator or coordinator of tst_concurrency, run as its own process against a shared
// database, as a second desk would:
//
//   concurrency_driver enter DB LOGIN PASSWORD PRISTINE IDS SEED
//       finishes an entry of each protocol in IDS (comma separated, shuffled by SEED) with the
//       figures that PRISTINE (the demo before the protocols were reopened) holds for it;
//   concurrency_driver correct DB LOGIN PASSWORD ROUNDS IDS SEED
//       corrects each accepted protocol of IDS ROUNDS times, moving one vote between its first
//       two candidates, retrying when another coordinator's correction came first.
//
// Prints one line per outcome ("accepted 12", "waiting 12", "refused 12 protocol.same-user",
// "corrected 12", "conflict 12") and exits 0, or 1 on an unexpected error.
#include "Database.h"
#include "ProtocolEntryService.h"
#include "UserStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "concurrency_driver: " << what << ": " << error.code << ' '
                        << error.userMessage << ' ' << error.detail << Qt::endl;
    return 1;
}

QStringList warnings(const ProtocolSheet &sheet, const ProtocolFigures &figures)
{
    QStringList codes;
    for (const Finding &finding : ProtocolEntryService::check(sheet, figures)) {
        if (!finding.isError())
            codes << finding.code;
    }
    return codes;
}

int enter(const Database &db, const Session &session, const QString &pristinePath,
          const QList<qint64> &ids)
{
    auto pristine = Database::open(pristinePath, Database::OpenMode::ExistingOnly);
    if (!pristine)
        return fail(QStringLiteral("open pristine"), pristine.error());
    auto reader = UserStore(*pristine).authenticate(QStringLiteral("analyst"),
                                                    QStringLiteral("demo-analyst-2021"));
    if (!reader)
        return fail(QStringLiteral("sign in to pristine"), reader.error());
    const ProtocolEntryService original(*pristine, *reader);
    ProtocolEntryService service(db, session);
    for (qint64 id : ids) {
        auto before = original.sheet(id);
        if (!before || !before->accepted)
            return fail(QStringLiteral("pristine sheet %1").arg(id),
                        before ? Error{QStringLiteral("not accepted"), {}, {}} : before.error());
        auto sheet = service.sheet(id);
        if (!sheet)
            return fail(QStringLiteral("sheet %1").arg(id), sheet.error());
        const ProtocolFigures &figures = *before->accepted;
        auto finished = service.finish(id, figures, warnings(*sheet, figures));
        if (!finished) {
            const QString code = finished.error().code;
            if (code != QLatin1String("protocol.same-user") &&
                code != QLatin1String("protocol.entries-full") &&
                code != QLatin1String("protocol.accepted"))
                return fail(QStringLiteral("finish %1").arg(id), finished.error());
            out() << "refused " << id << ' ' << code << Qt::endl;
            continue;
        }
        switch (*finished) {
        case FinishOutcome::Accepted:
            out() << "accepted " << id << Qt::endl;
            break;
        case FinishOutcome::WaitingForSecond:
            out() << "waiting " << id << Qt::endl;
            break;
        case FinishOutcome::ToCoordinator:
            out() << "coordinator " << id << Qt::endl;
            break;
        }
    }
    return 0;
}

int correct(const Database &db, const Session &session, int rounds, const QList<qint64> &ids)
{
    ProtocolEntryService service(db, session);
    for (int round = 0; round < rounds; ++round) {
        for (qint64 id : ids) {
            for (int attempt = 0;; ++attempt) {
                auto sheet = service.sheet(id);
                if (!sheet || !sheet->accepted)
                    return fail(QStringLiteral("sheet %1").arg(id),
                                sheet ? Error{QStringLiteral("not accepted"), {}, {}}
                                      : sheet.error());
                ProtocolFigures figures = *sheet->accepted;
                // Move one vote from the larger to the smaller of the first two candidates:
                // the totals stay, so the figures stay free of errors.
                if (figures.votes.size() < 2)
                    return fail(QStringLiteral("protocol %1").arg(id),
                                Error{QStringLiteral("fewer than two candidates"), {}, {}});
                CandidateVotes &a = figures.votes[0];
                CandidateVotes &b = figures.votes[1];
                const qint64 va = a.votes.number().value_or(0);
                const qint64 vb = b.votes.number().value_or(0);
                if (va >= vb) {
                    a.votes = CountValue::of(va - 1);
                    b.votes = CountValue::of(vb + 1);
                } else {
                    a.votes = CountValue::of(va + 1);
                    b.votes = CountValue::of(vb - 1);
                }
                const Status corrected = service.correct(
                    id, sheet->rowVersion, figures,
                    QStringLiteral("Recount by %1, round %2").arg(session.login).arg(round + 1),
                    warnings(*sheet, figures));
                if (corrected) {
                    out() << "corrected " << id << Qt::endl;
                    break;
                }
                if (corrected.error().code != QLatin1String("protocol.conflict") || attempt > 50)
                    return fail(QStringLiteral("correct %1").arg(id), corrected.error());
                out() << "conflict " << id << Qt::endl;
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 8) {
        QTextStream(stderr) << "usage: concurrency_driver enter|correct DB LOGIN PASSWORD "
                               "PRISTINE|ROUNDS IDS SEED"
                            << Qt::endl;
        return 2;
    }
    auto db = Database::open(args.at(2), Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    auto session = UserStore(*db).authenticate(args.at(3), args.at(4));
    if (!session)
        return fail(QStringLiteral("sign in"), session.error());
    QList<qint64> ids;
    for (const QString &id : args.at(6).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << id.toLongLong();
    QRandomGenerator random(args.at(7).toUInt());
    std::shuffle(ids.begin(), ids.end(), random);
    if (args.at(1) == QLatin1String("enter"))
        return enter(*db, *session, args.at(5), ids);
    return correct(*db, *session, args.at(5).toInt(), ids);
}
