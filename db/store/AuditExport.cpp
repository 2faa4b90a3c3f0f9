#include "AuditExport.h"

#include <QSaveFile>

namespace bd {

QString AuditExport::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Outcome<qint64> AuditExport::writeCsv(const Database &db, const QString &path)
{
    auto query = db.exec(
        QStringLiteral("SELECT id, occurred_at, user_login, user_role, action, object_type, "
                       "object_id, old_values, new_values, prev_hash, record_hash "
                       "FROM audit_log ORDER BY id"));
    if (!query)
        return query.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("audit.export-failed"),
                     tr("Could not write the audit log to %1.").arg(path), file.errorString()};
    const QByteArray crlf("\r\n");
    file.write("id,occurred_at,user_login,user_role,action,object_type,object_id,old_values,"
               "new_values,prev_hash,record_hash\r\n");
    qint64 rows = 0;
    while (query->next()) {
        QStringList fields;
        for (int column = 0; column < 11; ++column)
            fields << csvField(query->value(column).toString());
        file.write(fields.join(QLatin1Char(',')).toUtf8() + crlf);
        ++rows;
    }
    if (!file.commit())
        return Error{QStringLiteral("audit.export-failed"),
                     tr("Could not write the audit log to %1.").arg(path), file.errorString()};
    return rows;
}

} // namespace bd
