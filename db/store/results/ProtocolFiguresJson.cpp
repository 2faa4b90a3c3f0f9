#include "ProtocolFiguresJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {

QJsonValue countJson(const CountValue &value)
{
    if (value.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (const auto n = value.number())
        return QJsonValue(*n);
    return QJsonValue(value.text());
}

CountValue countFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return CountValue::of(value.toInteger());
    if (value.isString())
        return CountValue::parse(value.toString());
    return CountValue::empty();
}

} // namespace

QJsonObject ProtocolFiguresJson::toJson(const ProtocolFigures &figures,
                                        const QHash<qint64, QString> &candidateCodes)
{
    QJsonObject object;
    for (const ProtocolField field : ProtocolFields::all())
        object.insert(ProtocolFields::letter(field), countJson(figures.field(field)));
    QJsonArray votes;
    for (const CandidateVotes &v : figures.votes) {
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), v.candidateId);
        if (candidateCodes.contains(v.candidateId))
            entry.insert(QStringLiteral("candidate"), candidateCodes.value(v.candidateId));
        entry.insert(QStringLiteral("votes"), countJson(v.votes));
        votes.append(entry);
    }
    object.insert(QStringLiteral("G"), votes);
    return object;
}

QString ProtocolFiguresJson::toText(const ProtocolFigures &figures,
                                    const QHash<qint64, QString> &candidateCodes)
{
    return QString::fromUtf8(
        QJsonDocument(toJson(figures, candidateCodes)).toJson(QJsonDocument::Compact));
}

ProtocolFigures ProtocolFiguresJson::fromJson(const QJsonObject &object)
{
    ProtocolFigures figures;
    for (const ProtocolField field : ProtocolFields::all())
        figures.field(field) = countFromJson(object.value(ProtocolFields::letter(field)));
    const QJsonArray votes = object.value(QStringLiteral("G")).toArray();
    for (const QJsonValue &value : votes) {
        const QJsonObject entry = value.toObject();
        figures.votes.append(CandidateVotes{entry.value(QStringLiteral("id")).toInteger(),
                                            countFromJson(entry.value(QStringLiteral("votes")))});
    }
    return figures;
}

ProtocolFigures ProtocolFiguresJson::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace bd
