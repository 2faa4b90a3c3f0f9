#pragma once

// Protocols of the demo turned back into election-night work for the coordinator's screens:
// reopened, then entered through the service by operator1 and operator2.

#include "Database.h"
#include "ElectionNight.h"
#include "ProtocolEntryService.h"
#include "UserStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::test {

inline QString demoPassword(const QString &login)
{
    return QStringLiteral("demo-%1-2021").arg(login);
}

/** The session of a demo account; nothing (and a warning) when the sign-in fails. */
inline std::optional<Session> demoSession(const Database &db, const QString &login)
{
    auto session = UserStore(db).authenticate(login, demoPassword(login));
    if (!session) {
        qWarning("sign-in of %s failed: %s", qPrintable(login),
                 qPrintable(session.error().userMessage));
        return std::nullopt;
    }
    return *session;
}

/** The warnings of @p figures, which an operator checks against the paper. */
inline QStringList warningCodes(const ProtocolSheet &sheet, const ProtocolFigures &figures)
{
    QStringList codes;
    for (const Finding &f : ProtocolEntryService::check(sheet, figures)) {
        if (!f.isError())
            codes << f.code;
    }
    return codes;
}

/** One vote moved from the first candidate to the second: the entries differ, no error. */
inline ProtocolFigures shiftOneVote(const ProtocolSheet &sheet, ProtocolFigures figures)
{
    const qint64 from = sheet.candidates.at(0).id;
    const qint64 to = sheet.candidates.at(1).id;
    for (CandidateVotes &v : figures.votes) {
        if (v.candidateId == from)
            v.votes = CountValue::of(*v.votes.number() - 1);
        else if (v.candidateId == to)
            v.votes = CountValue::of(*v.votes.number() + 1);
    }
    return figures;
}

/** A protocol reopened for a test: its sheet and the figures of its paper form. */
struct ReopenedProtocol
{
    qint64 id = 0;
    ProtocolSheet sheet;
    ProtocolFigures paper; ///< the figures it had when accepted
};

/**
 * Reopens @p count accepted protocols whose contest has two candidates or more and whose first
 * candidate has a vote (so that shiftOneVote() works), ascending by id. Empty on failure.
 */
inline QList<ReopenedProtocol> reopenProtocols(const Database &db, const Session &reader,
                                               qint64 electionId, int count)
{
    QList<ReopenedProtocol> chosen;
    auto ids = ElectionNight::everyNth(db, electionId, 37);
    if (!ids)
        return {};
    ProtocolEntryService service(db, reader);
    for (qint64 id : *ids) {
        auto sheet = service.sheet(id);
        if (!sheet || !sheet->accepted || sheet->candidates.size() < 2)
            continue;
        const CountValue *first = sheet->accepted->votesFor(sheet->candidates.at(0).id);
        if (first == nullptr || first->number().value_or(0) < 1)
            continue;
        chosen.append({id, *sheet, *sheet->accepted});
        if (chosen.size() == count)
            break;
    }
    QList<qint64> reopen;
    for (const ReopenedProtocol &p : std::as_const(chosen))
        reopen << p.id;
    if (Status s = ElectionNight::reopen(db, reopen); !s) {
        qWarning("reopen failed: %s", qPrintable(s.error().userMessage));
        return {};
    }
    // The sheets again: reopened protocols have no official figures and a new row version.
    for (ReopenedProtocol &p : chosen) {
        auto sheet = service.sheet(p.id);
        if (!sheet)
            return {};
        p.sheet = *sheet;
    }
    return chosen;
}

/** Finishes @p figures as @p session's entry; false (and a warning) when refused. */
inline bool finishEntry(const Database &db, const Session &session, const ReopenedProtocol &p,
                        const ProtocolFigures &figures, bool referWithErrors = false)
{
    ProtocolEntryService service(db, session);
    auto done =
        service.finish(p.id, figures, warningCodes(p.sheet, figures),
                       referWithErrors ? QStringLiteral("The paper does not add up.") : QString(),
                       referWithErrors);
    if (!done) {
        qWarning("finish failed: %s", qPrintable(done.error().userMessage));
        return false;
    }
    return true;
}

} // namespace bd::test
