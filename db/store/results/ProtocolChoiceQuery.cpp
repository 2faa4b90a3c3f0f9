#include "ProtocolChoiceQuery.h"

#include "LocalizedName.h"

#include <QLocale>
#include <QVariant>

namespace bd {

QString ProtocolChoiceQuery::columns()
{
    return QStringLiteral(
        "p.id, s.code, s.number, COALESCE(s.name, ''), c.code, c.name, "
        "COALESCE(t.name_kk, ''), COALESCE(t.name_ru, ''), COALESCE(t.name_en, ''), p.state, "
        "COALESCE(p.resolution_reason, '') ");
}

QString ProtocolChoiceQuery::from()
{
    return QStringLiteral(
        "FROM protocol p JOIN polling_station s ON s.id = p.polling_station_id "
        "JOIN contest c ON c.id = p.contest_id JOIN territory t ON t.id = s.territory_id ");
}

QString ProtocolChoiceQuery::select()
{
    return QStringLiteral("SELECT ") + columns() + from();
}

int ProtocolChoiceQuery::columnCount()
{
    return 11;
}

ProtocolChoice ProtocolChoiceQuery::read(const QSqlQuery &query)
{
    ProtocolChoice choice;
    choice.protocolId = query.value(0).toLongLong();
    choice.stationCode = query.value(1).toString();
    choice.stationNumber = query.value(2).toString();
    choice.stationName = query.value(3).toString();
    choice.contestCode = query.value(4).toString();
    choice.contestName = query.value(5).toString();
    choice.territoryName = LocalizedName::pick(
        QLocale(), query.value(6).toString(), query.value(7).toString(), query.value(8).toString());
    choice.state = state(query.value(9).toString(), query.value(10).toString());
    return choice;
}

ProtocolState ProtocolChoiceQuery::state(const QString &state, const QString &reason)
{
    if (state == QLatin1String("first_entered"))
        return ProtocolState::FirstEntered;
    if (state == QLatin1String("needs_resolution"))
        return reason == QLatin1String("erroneous") ? ProtocolState::Erroneous
                                                    : ProtocolState::Differing;
    if (state == QLatin1String("accepted"))
        return ProtocolState::Accepted;
    return ProtocolState::Open;
}

QPair<QString, QString> ProtocolChoiceQuery::columns(ProtocolState state)
{
    switch (state) {
    case ProtocolState::Open:
        return {QStringLiteral("open"), {}};
    case ProtocolState::FirstEntered:
        return {QStringLiteral("first_entered"), {}};
    case ProtocolState::Differing:
        return {QStringLiteral("needs_resolution"), QStringLiteral("differing")};
    case ProtocolState::Erroneous:
        return {QStringLiteral("needs_resolution"), QStringLiteral("erroneous")};
    case ProtocolState::Accepted:
        return {QStringLiteral("accepted"), {}};
    }
    return {QStringLiteral("open"), {}};
}

} // namespace bd
