#include "DemoElectionNight.h"

#include "ElectionNight.h"
#include "ProtocolEntryService.h"
#include "RegisterTable.h"
#include "UserStore.h"

#include <QHash>

namespace bd {

namespace {

// What becomes of the reopened protocol at position i (by id): spread over the whole country.
enum class Plan { StayOpen, FirstOnly, DoubleEntry, Differing, Erroneous };

Plan planFor(qsizetype i)
{
    if (i % 250 == 7)
        return Plan::Erroneous; // two of the demo's 462
    if (i % 60 == 3)
        return Plan::Differing;
    if (i % 4 == 0)
        return Plan::FirstOnly;
    if (i % 4 == 1)
        return Plan::DoubleEntry;
    return Plan::StayOpen;
}

QStringList warningCodes(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!f.isError() && !codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

Outcome<Session> demoOperator(const QList<UserAccount> &accounts, const QString &login)
{
    for (const UserAccount &account : accounts) {
        if (account.login == login && account.role == Role::Operator && !account.disabled)
            return Session{account.id, account.login, account.role};
    }
    return Error{
        QStringLiteral("demo.no-operator"),
        DemoElectionNight::tr("The demo operator %1 is missing from this file.").arg(login),
        {}};
}

Status finishAs(const Database &db, const Session &session, qint64 protocolId,
                const ProtocolFigures &figures, const QString &remark = {},
                bool referWithErrors = false)
{
    ProtocolEntryService service(db, session);
    auto sheet = service.sheet(protocolId);
    if (!sheet)
        return sheet.error();
    const QStringList warnings = warningCodes(ProtocolEntryService::check(*sheet, figures));
    auto finished = service.finish(protocolId, figures, warnings, remark, referWithErrors);
    if (!finished)
        return finished.error();
    return {};
}

} // namespace

Outcome<ElectionNightCounts> DemoElectionNight::apply(const Database &db)
{
    auto facts = RegisterTable::loadFacts(db);
    if (!facts)
        return facts.error();
    auto accounts = UserStore(db).list();
    if (!accounts)
        return accounts.error();
    auto operator1 = demoOperator(*accounts, QStringLiteral("operator1"));
    if (!operator1)
        return operator1.error();
    auto operator2 = demoOperator(*accounts, QStringLiteral("operator2"));
    if (!operator2)
        return operator2.error();

    auto ids = ElectionNight::everyNth(db, facts->electionId, kReopenEvery);
    if (!ids)
        return ids.error();
    // The paper forms: the figures accepted in the demo, read before they are cleared.
    const ProtocolEntryService reader(db, *operator1);
    QHash<qint64, ProtocolFigures> paper;
    for (const qint64 id : std::as_const(*ids)) {
        auto sheet = reader.sheet(id);
        if (!sheet)
            return sheet.error();
        if (!sheet->accepted)
            return Error{QStringLiteral("demo.not-accepted"),
                         tr("The demo's protocol %1 is not accepted; create a fresh demo.").arg(id),
                         {}};
        paper.insert(id, *sheet->accepted);
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = ElectionNight::reopen(db, *ids); !s)
        return s.error();

    ElectionNightCounts counts;
    counts.reopened = static_cast<int>(ids->size());
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const qint64 id = ids->at(i);
        const ProtocolFigures &figures = paper[id];
        Status done;
        switch (planFor(i)) {
        case Plan::StayOpen:
            ++counts.open;
            break;
        case Plan::FirstOnly:
            done = finishAs(db, (i / 4) % 2 == 0 ? *operator1 : *operator2, id, figures);
            ++counts.firstEntered;
            break;
        case Plan::DoubleEntry:
            done = finishAs(db, *operator1, id, figures);
            if (done)
                done = finishAs(db, *operator2, id, figures);
            ++counts.accepted;
            break;
        case Plan::Differing: {
            // The second operator typed voters on the list with one digit too many.
            ProtocolFigures typo = figures;
            typo.votersOnList = CountValue::of(*figures.votersOnList.number() * 10 + 1);
            done = finishAs(db, *operator1, id, figures);
            if (done)
                done = finishAs(db, *operator2, id, typo);
            ++counts.differing;
            break;
        }
        case Plan::Erroneous: {
            // Ballots received do not add up on the paper form itself (P.F.101).
            ProtocolFigures wrong = figures;
            wrong.ballotsReceived = CountValue::of(*figures.ballotsReceived.number() + 100);
            done = finishAs(db, *operator1, id, wrong,
                            tr("B on the paper form does not equal C + C2 + D; the precinct "
                               "commission was asked to recount the unused ballots."),
                            true);
            ++counts.erroneous;
            break;
        }
        }
        if (!done)
            return done.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return counts;
}

} // namespace bd
