#include "AuditQuery.h"

namespace bd {

namespace {

// occurred_at is stored as ISO 8601 UTC with or without milliseconds; comparing text against
// a bound to the second orders both forms correctly.
QString secondText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

Outcome<QStringList> column(const Database &db, const QString &sql)
{
    auto query = db.exec(sql);
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

} // namespace

Outcome<QList<AuditEntry>> AuditQuery::page(const Database &db, const AuditFilter &filter,
                                            std::optional<qint64> beforeId, int limit)
{
    QString sql = QStringLiteral("SELECT id, occurred_at, user_login, user_role, action, "
                                 "object_type, object_id, old_values, new_values FROM audit_log "
                                 "WHERE 1 = 1");
    QVariantList values;
    if (beforeId) {
        sql += QLatin1String(" AND id < ?");
        values << *beforeId;
    }
    if (!filter.userLogin.isEmpty()) {
        sql += QLatin1String(" AND user_login = ?");
        values << filter.userLogin;
    }
    if (!filter.objectType.isEmpty()) {
        sql += QLatin1String(" AND object_type = ?");
        values << filter.objectType;
    }
    if (!filter.objectId.isEmpty()) {
        sql += QLatin1String(" AND object_id = ?");
        values << filter.objectId;
    }
    if (filter.from.isValid()) {
        sql += QLatin1String(" AND occurred_at >= ?");
        values << secondText(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QLatin1String(" AND occurred_at < ?");
        values << secondText(filter.to.addSecs(1));
    }
    // Newest first in chain order: ids grow with every append, occurred_at may be given.
    sql += QLatin1String(" ORDER BY id DESC LIMIT ?");
    values << qMax(1, limit);

    auto query = db.exec(sql, values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.occurredAt = text(query->value(1));
        entry.userLogin = text(query->value(2));
        entry.userRole = text(query->value(3));
        entry.action = text(query->value(4));
        entry.objectType = text(query->value(5));
        entry.objectId = text(query->value(6));
        entry.oldValues = text(query->value(7));
        entry.newValues = text(query->value(8));
        entries << entry;
    }
    return entries;
}

Outcome<QStringList> AuditQuery::logins(const Database &db)
{
    return column(db, QStringLiteral("SELECT login FROM app_user ORDER BY login"));
}

Outcome<QStringList> AuditQuery::objectTypes(const Database &db)
{
    // audit_log_object (object_type, object_id) answers this from the index.
    return column(db, QStringLiteral("SELECT DISTINCT object_type FROM audit_log "
                                     "ORDER BY object_type"));
}

} // namespace bd
