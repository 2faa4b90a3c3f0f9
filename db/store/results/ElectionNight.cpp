#include "ElectionNight.h"

#include "AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bd {

namespace {

// At most this many ids in one IN (...) list: SQLite's default limit of bound values is 32766.
constexpr int kBatch = 500;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Status ElectionNight::reopen(const Database &db, const QList<qint64> &protocolIds)
{
    if (protocolIds.isEmpty())
        return {};
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();

    QSet<qint64> elections;
    QSet<qint64> found;
    for (qsizetype start = 0; start < protocolIds.size(); start += kBatch) {
        const QList<qint64> batch = protocolIds.mid(start, kBatch);
        QVariantList ids;
        for (const qint64 id : batch)
            ids << id;
        auto query = db.exec(QStringLiteral("SELECT p.id, e.id, e.synthetic FROM protocol p "
                                            "JOIN contest c ON c.id = p.contest_id "
                                            "JOIN election e ON e.id = c.election_id "
                                            "WHERE p.id IN (%1)")
                                 .arg(placeholders(batch.size())),
                             ids);
        if (!query)
            return query.error();
        while (query->next()) {
            found.insert(query->value(0).toLongLong());
            elections.insert(query->value(1).toLongLong());
            if (query->value(2).toInt() != 1)
                return Error{QStringLiteral("demo.not-synthetic"),
                             tr("Protocols can be reopened only in a synthetic (demo) "
                                "election; this election's results are real."),
                             {}};
        }
    }
    for (const qint64 id : protocolIds) {
        if (!found.contains(id))
            return Error{QStringLiteral("protocol.not-found"),
                         tr("There is no protocol %1 in this election file.").arg(id),
                         {}};
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qsizetype start = 0; start < protocolIds.size(); start += kBatch) {
        const QList<qint64> batch = protocolIds.mid(start, kBatch);
        QVariantList ids;
        for (const qint64 id : batch)
            ids << id;
        const QString in = placeholders(batch.size());
        const QStringList statements = {
            QStringLiteral("DELETE FROM protocol_entry_vote WHERE entry_id IN "
                           "(SELECT id FROM protocol_entry WHERE protocol_id IN (%1))"),
            QStringLiteral("DELETE FROM protocol_entry_acknowledgement WHERE entry_id IN "
                           "(SELECT id FROM protocol_entry WHERE protocol_id IN (%1))"),
            QStringLiteral("DELETE FROM protocol_entry WHERE protocol_id IN (%1)"),
            QStringLiteral("DELETE FROM protocol_vote WHERE protocol_id IN (%1)"),
        };
        for (const QString &sql : statements) {
            if (auto r = db.exec(sql.arg(in), ids); !r)
                return r.error();
        }
        if (auto r = db.exec(
                QStringLiteral(
                    "UPDATE protocol SET state = 'open', resolution_reason = NULL, "
                    "state_changed_at = ?, row_version = row_version + 1, voters_on_list = NULL, "
                    "ballots_received = NULL, ballots_issued_station = NULL, "
                    "ballots_issued_outside = NULL, ballots_cancelled = NULL, "
                    "ballots_in_station_boxes = NULL, ballots_in_mobile_boxes = NULL, "
                    "invalid_ballots = NULL, against_all = NULL, accepted_at = NULL, "
                    "accepted_by = NULL, content_hash = NULL WHERE id IN (%1)")
                    .arg(in),
                QVariantList{now} + ids);
            !r)
            return r.error();
    }

    QJsonArray reopened;
    for (const qint64 id : protocolIds)
        reopened.append(id);
    QJsonObject values;
    values.insert(QStringLiteral("protocols"), reopened);
    values.insert(QStringLiteral("count"), protocolIds.size());
    AuditRecord record;
    record.electionId = elections.size() == 1 ? *elections.cbegin() : 0;
    record.action = QStringLiteral("protocol.reopen-demo");
    record.objectType = QStringLiteral("election");
    record.objectId = elections.size() == 1 ? QString::number(*elections.cbegin()) : QString();
    record.newValues = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    if (Status s = AuditLog::append(db, record); !s)
        return s;
    return transaction.commit();
}

Outcome<QList<qint64>> ElectionNight::everyNth(const Database &db, qint64 electionId, int nth)
{
    auto query = db.exec(QStringLiteral("SELECT p.id FROM protocol p "
                                        "JOIN contest c ON c.id = p.contest_id "
                                        "WHERE c.election_id = ? ORDER BY p.id"),
                         {electionId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    qint64 index = 0;
    const int step = std::max(1, nth);
    while (query->next()) {
        if (index++ % step == 0)
            ids << query->value(0).toLongLong();
    }
    return ids;
}

} // namespace bd
