#include "RegisterService.h"

namespace bd {

RegisterService::RegisterService(const Database &db, Session session)
    : m_db(db), m_session(std::move(session))
{}

QList<FieldProblem> RegisterService::validate(const RegisterRecord &) const
{
    return {};
}

Outcome<qint64> RegisterService::add(const RegisterRecord &)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Status RegisterService::update(const RegisterRecord &)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Status RegisterService::remove(RegisterKind, qint64)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Outcome<RegisterRecord> RegisterService::load(RegisterKind, qint64) const
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Outcome<RegisterRecord> RegisterService::loadByCode(RegisterKind, const QString &) const
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Status RegisterService::changeCandidateStatus(qint64, const QString &, QDate, const QString &)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

Outcome<QList<CandidateStatusChange>> RegisterService::candidateHistory(qint64) const
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

} // namespace bd
