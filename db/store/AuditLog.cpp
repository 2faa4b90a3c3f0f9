#include "AuditLog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {

QJsonValue idValue(qint64 id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QVariant idColumn(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant textColumn(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::recordHash(const QString &prevHash, const AuditRecord &record)
{
    QJsonObject canonical;
    canonical.insert(QLatin1String("election_id"), idValue(record.electionId));
    canonical.insert(QLatin1String("occurred_at"), textValue(record.occurredAt));
    canonical.insert(QLatin1String("user_id"), idValue(record.userId));
    canonical.insert(QLatin1String("user_login"), textValue(record.userLogin));
    canonical.insert(QLatin1String("user_role"), textValue(record.userRole));
    canonical.insert(QLatin1String("action"), textValue(record.action));
    canonical.insert(QLatin1String("object_type"), textValue(record.objectType));
    canonical.insert(QLatin1String("object_id"), textValue(record.objectId));
    canonical.insert(QLatin1String("old_values"), textValue(record.oldValues));
    canonical.insert(QLatin1String("new_values"), textValue(record.newValues));
    const QByteArray bytes =
        prevHash.toUtf8() + '\n' + QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const Database &db, const AuditRecord &record)
{
    if (record.action.isEmpty() || record.objectType.isEmpty())
        return Error{QStringLiteral("audit.invalid"),
                     tr("An audit record needs an action and an object type; nothing was "
                        "recorded."),
                     record.action + QLatin1Char('/') + record.objectType};

    AuditRecord stored = record;
    if (stored.occurredAt.isEmpty())
        stored.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    auto last =
        db.exec(QStringLiteral("SELECT record_hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    const QString prevHash = last->next() ? last->value(0).toString() : genesisHash();
    const QString hash = recordHash(prevHash, stored);

    auto inserted = db.exec(
        QStringLiteral("INSERT INTO audit_log (election_id, occurred_at, user_id, user_login, "
                       "user_role, action, object_type, object_id, old_values, new_values, "
                       "prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idColumn(stored.electionId), stored.occurredAt, idColumn(stored.userId),
         textColumn(stored.userLogin), textColumn(stored.userRole), stored.action,
         stored.objectType, textColumn(stored.objectId), textColumn(stored.oldValues),
         textColumn(stored.newValues), prevHash, hash});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace bd
