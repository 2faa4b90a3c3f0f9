#include "ElectionSetup.h"

#include "AuditLog.h"
#include "PasswordHasher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bd {

namespace {

Outcome<qint64> fill(const Database &db, const NewElection &election, const NewUser &administrator)
{
    const UserStore users(db);
    auto adminId = users.addFirstAdministrator(administrator);
    if (!adminId)
        return adminId.error();

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString code = election.code.isEmpty()
                             ? QStringLiteral("ELECTION-") + election.date.toString(Qt::ISODate)
                             : election.code;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO election (code, name, kind, election_date, against_all, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {code, election.name, election.kind, election.date.toString(Qt::ISODate),
         election.againstAll ? 1 : 0, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Database::queryError(*inserted,
                                    ElectionSetup::tr("reading the id of the new election"));
    const qint64 electionId = inserted->value(0).toLongLong();
    // A RETURNING statement left on its row keeps the insert in progress, and SQLite then
    // refuses to commit ("SQL statements in progress").
    inserted->finish();
    for (const QString &hour : election.turnoutHours) {
        auto h = db.exec(
            QStringLiteral("INSERT INTO turnout_hour (election_id, report_time) VALUES (?, ?)"),
            {electionId, hour});
        if (!h)
            return h.error();
    }
    QJsonObject values;
    values.insert(QLatin1String("code"), code);
    values.insert(QLatin1String("name"), election.name);
    values.insert(QLatin1String("kind"), election.kind);
    values.insert(QLatin1String("election_date"), election.date.toString(Qt::ISODate));
    values.insert(QLatin1String("against_all"), election.againstAll);
    values.insert(QLatin1String("turnout_hours"),
                  QJsonArray::fromStringList(election.turnoutHours));
    AuditRecord record;
    record.electionId = electionId;
    record.occurredAt = now;
    record.userId = *adminId;
    record.userLogin = administrator.login;
    record.userRole = role::key(Role::Administrator);
    record.action = QStringLiteral("election.create");
    record.objectType = QStringLiteral("election");
    record.objectId = QString::number(electionId);
    record.newValues = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    if (Status s = AuditLog::append(db, record); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return electionId;
}

} // namespace

Outcome<qint64> ElectionSetup::createFile(const QString &path, const NewElection &election,
                                          const NewUser &administrator)
{
    const bool server = Database::isServerLocation(path);
    const QString shown = server ? path : QDir::toNativeSeparators(path);
    if (!server && QFileInfo::exists(path))
        return Error{
            QStringLiteral("init.exists"),
            tr("%1 already exists and was left unchanged; choose a new file name.").arg(shown),
            {}};
    if (election.name.trimmed().isEmpty())
        return Error{QStringLiteral("init.invalid"), tr("The election needs a name."), {}};
    if (!election.date.isValid())
        return Error{QStringLiteral("init.invalid"),
                     tr("The election date must be a valid date (YYYY-MM-DD)."),
                     {}};
    static const QRegularExpression hourPattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    for (const QString &hour : election.turnoutHours) {
        if (!hourPattern.match(hour).hasMatch())
            return Error{
                QStringLiteral("init.invalid"),
                tr("\"%1\" is not a turnout hour; write hours as HH:MM, e.g. 10:00.").arg(hour),
                {}};
    }
    if (Status strong = PasswordHasher::checkStrength(administrator.password); !strong)
        return strong.error();

    Outcome<qint64> created = Error{};
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        if (server) {
            // A server database is not ours to delete: refuse one that holds an election.
            auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM election"));
            if (!count)
                return count.error();
            if (count->toLongLong() > 0)
                return Error{QStringLiteral("init.exists"),
                             tr("The database %1 already holds an election and was left "
                                "unchanged; use an empty database.")
                                 .arg(shown),
                             {}};
            return fill(*db, election, administrator);
        }
        created = fill(*db, election, administrator);
        if (created) {
            if (auto r = db->exec(db->dialect().checkpointStatement()); !r)
                created = r.error();
        }
    }
    if (!created) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return created;
}

} // namespace bd
