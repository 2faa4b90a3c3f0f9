#include "BoundaryStore.h"

#include "AuditLog.h"
#include "Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bd {

namespace {

QString propertyText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString().trimmed();
}

} // namespace

QStringList BoundaryStore::propertyNames(const QList<GeoFeature> &features)
{
    QSet<QString> names;
    for (const GeoFeature &f : features) {
        const QStringList keys = f.properties.keys();
        for (const QString &key : keys)
            names.insert(key);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QString BoundaryStore::toGeoJson(const GeoFeature &feature)
{
    QJsonArray polygons;
    for (const auto &polygon : feature.polygons) {
        QJsonArray rings;
        for (const auto &ring : polygon) {
            QJsonArray positions;
            for (const QPointF &p : ring)
                positions.append(QJsonArray{p.x(), p.y()});
            rings.append(positions);
        }
        polygons.append(rings);
    }
    const QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                               {QStringLiteral("coordinates"), polygons}};
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("Feature")},
                             {QStringLiteral("properties"), feature.properties},
                             {QStringLiteral("geometry"), geometry}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Outcome<BoundaryImportReport> BoundaryStore::import(const Database &db, const Session &session,
                                                    const QList<GeoFeature> &features,
                                                    const QString &property, BoundaryMatch match,
                                                    const QString &source)
{
    if (Status allowed = session.require(Operation::ImportRegisters); !allowed)
        return allowed.error();
    auto election = db.scalar(QStringLiteral("SELECT id FROM election ORDER BY id LIMIT 1"));
    if (!election)
        return Error{QStringLiteral("boundary.no-election"),
                     tr("The database holds no election yet."), election.error().detail};
    const qint64 electionId = election->toLongLong();

    const QString column =
        match == BoundaryMatch::Kato ? QStringLiteral("kato") : QStringLiteral("code");
    auto territories = db.exec(
        QStringLiteral("SELECT id, %1 FROM territory WHERE election_id = ? AND %1 IS NOT NULL")
            .arg(column),
        {electionId});
    if (!territories)
        return territories.error();
    QHash<QString, qint64> byKey;
    while (territories->next())
        byKey.insert(territories->value(1).toString().trimmed(),
                     territories->value(0).toLongLong());

    // Validate and link everything first, then write in one transaction: all or nothing.
    BoundaryImportReport report;
    QList<QPair<qint64, QString>> rows;
    QSet<qint64> seen;
    for (const GeoFeature &f : features) {
        const QString key = propertyText(f.properties.value(property));
        const auto it = byKey.constFind(key);
        if (key.isEmpty() || it == byKey.cend()) {
            report.unmatched << (key.isEmpty() ? tr("(no %1)").arg(property) : key);
            continue;
        }
        if (seen.contains(*it))
            return Error{QStringLiteral("boundary.duplicate"),
                         tr("Two features of %1 have %2 = %3; each territory takes one "
                            "boundary.")
                             .arg(source, property, key),
                         {}};
        seen.insert(*it);
        rows.append({*it, toGeoJson(f)});
    }
    if (rows.isEmpty())
        return Error{
            QStringLiteral("boundary.no-match"),
            tr("No feature of %1 matches a territory: no value of the property \"%2\" "
               "equals a territory's %3.")
                .arg(source, property, match == BoundaryMatch::Kato ? tr("KATO code") : tr("code")),
            {}};

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto remove =
        db.prepare(QStringLiteral("DELETE FROM territory_boundary WHERE territory_id = ?"));
    if (!remove)
        return remove.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO territory_boundary (territory_id, geojson, source) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const auto &row : std::as_const(rows)) {
        if (Status s = db.execPrepared(*remove, {row.first}); !s)
            return s.error();
        if (Status s = db.execPrepared(*insert, {row.first, row.second, source}); !s)
            return s.error();
    }
    AuditRecord record;
    record.electionId = electionId;
    record.userId = session.userId;
    record.userLogin = session.login;
    record.userRole = role::key(session.role);
    record.action = QStringLiteral("boundary.import");
    record.objectType = QStringLiteral("territory_boundary");
    record.newValues = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("source"), source},
                        {QStringLiteral("property"), property},
                        {QStringLiteral("linked"), static_cast<int>(rows.size())},
                        {QStringLiteral("unmatched"), static_cast<int>(report.unmatched.size())}})
            .toJson(QJsonDocument::Compact));
    if (Status s = AuditLog::append(db, record); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.linked = static_cast<int>(rows.size());
    return report;
}

} // namespace bd
