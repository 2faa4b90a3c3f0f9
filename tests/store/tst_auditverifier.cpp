// Tampering with the database behind the application's back is caught and named.
#include "AuditExport.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Backup.h"
#include "Database.h"
#include "DemoElection.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void untouchedDemoVerifies();
    void changedVotesNameTheProtocol();
    void changedFigureNamesTheProtocol();
    void deletedRecordIsCaught();
    void editedRecordIsCaught();
    void reorderedRecordsAreCaught();
    void exportIsRfc4180();
    void backupVerifiesAndRestores();
    void backupRefusedWithoutPermission();

private:
    /** A fresh copy of the demo with @p extraRecords more audit records appended. */
    std::optional<Database> demoCopy(const QString &name, int extraRecords = 0);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestAuditVerifier::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Status created = DemoElection::createFile(m_demo, DemoOptions{}, false);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().userMessage));
}

std::optional<Database> TestAuditVerifier::demoCopy(const QString &name, int extraRecords)
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(m_demo, path))
        return std::nullopt;
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return std::nullopt;
    for (int i = 0; i < extraRecords; ++i) {
        AuditRecord record;
        record.action = QStringLiteral("test.note");
        record.objectType = QStringLiteral("test");
        record.objectId = QString::number(i);
        record.newValues = QStringLiteral("{\"n\":%1}").arg(i);
        Transaction transaction(*db);
        if (!AuditLog::append(*db, record) || !transaction.commit())
            return std::nullopt;
    }
    return std::move(*db);
}

void TestAuditVerifier::untouchedDemoVerifies()
{
    auto db = Database::open(m_demo, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QVERIFY(report->intact());
    QCOMPARE(report->records, 1);
    QCOMPARE(report->sealedProtocols, 1847);
    // Counts in the locale's format; the English catalogue turns "(s)" into the plural form.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(AuditVerifier::describe(*report),
             QStringLiteral("audit chain intact: 1 record(s), 1,847 protocol(s) sealed"));
    QLocale::setDefault(QLocale::c());
}

void TestAuditVerifier::changedVotesNameTheProtocol()
{
    auto db = demoCopy(QStringLiteral("votes.sqlite"));
    QVERIFY(db.has_value());
    auto target = db->exec(
        QStringLiteral("SELECT p.id, s.code, pv.candidate_id FROM protocol p "
                       "JOIN polling_station s ON s.id = p.polling_station_id "
                       "JOIN protocol_vote pv ON pv.protocol_id = p.id WHERE p.state = 'accepted' "
                       "ORDER BY p.id LIMIT 1 OFFSET 100"));
    QVERIFY(target.ok() && target->next());
    const qint64 protocolId = target->value(0).toLongLong();
    const QString station = target->value(1).toString();
    const qint64 candidateId = target->value(2).toLongLong();
    target->finish();
    QVERIFY(db->exec(QStringLiteral("UPDATE protocol_vote SET votes = votes + 1 "
                                    "WHERE protocol_id = ? AND candidate_id = ?"),
                     {protocolId, candidateId})
                .ok());

    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QVERIFY(!report->intact());
    QVERIFY(!report->firstBroken.has_value());
    QCOMPARE(report->changedProtocols.size(), 1);
    QCOMPARE(report->changedProtocols.at(0).protocolId, protocolId);
    QCOMPARE(report->changedProtocols.at(0).stationCode, station);
    QVERIFY2(AuditVerifier::describe(*report).contains(station),
             qPrintable(AuditVerifier::describe(*report)));
}

void TestAuditVerifier::changedFigureNamesTheProtocol()
{
    auto db = demoCopy(QStringLiteral("figure.sqlite"));
    QVERIFY(db.has_value());
    QVERIFY(db->exec(QStringLiteral("UPDATE protocol SET invalid_ballots = invalid_ballots + 3 "
                                    "WHERE id = (SELECT MIN(id) FROM protocol "
                                    "WHERE state = 'accepted')"))
                .ok());
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QCOMPARE(report->changedProtocols.size(), 1);
}

void TestAuditVerifier::deletedRecordIsCaught()
{
    auto db = demoCopy(QStringLiteral("deleted.sqlite"), 4);
    QVERIFY(db.has_value());
    QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QVERIFY(report->firstBroken.has_value());
    QCOMPARE(report->firstBroken->id, 4);
    QCOMPARE(report->firstBroken->kind, BrokenAuditRecord::Kind::ChainBroken);
    QVERIFY2(report->firstBroken->message.contains(QLatin1String("record 4")),
             qPrintable(report->firstBroken->message));
    QVERIFY(report->firstBroken->message.contains(QLatin1String("deleted")));
    QVERIFY(report->changedProtocols.isEmpty());

    // Deleting the first record breaks the link to the start of the log.
    QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
    report = AuditVerifier::verify(*db);
    QCOMPARE(report->firstBroken->id, 2);
}

void TestAuditVerifier::editedRecordIsCaught()
{
    auto db = demoCopy(QStringLiteral("edited.sqlite"), 3);
    QVERIFY(db.has_value());
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET new_values = '{\"n\":99}' WHERE id = 3"))
                .ok());
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QVERIFY(report->firstBroken.has_value());
    QCOMPARE(report->firstBroken->id, 3);
    QCOMPARE(report->firstBroken->kind, BrokenAuditRecord::Kind::Edited);
    QVERIFY2(report->firstBroken->message.contains(QLatin1String("record 3 was edited")),
             qPrintable(report->firstBroken->message));
    QCOMPARE(report->records, 4);
}

void TestAuditVerifier::reorderedRecordsAreCaught()
{
    auto db = demoCopy(QStringLiteral("reordered.sqlite"), 3);
    QVERIFY(db.has_value());
    // Swap the ids of records 2 and 3 (through a free id).
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2")).ok());
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3")).ok());
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 100")).ok());
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report.ok());
    QVERIFY(report->firstBroken.has_value());
    QCOMPARE(report->firstBroken->id, 2);
    QCOMPARE(report->firstBroken->kind, BrokenAuditRecord::Kind::ChainBroken);
}

void TestAuditVerifier::exportIsRfc4180()
{
    QCOMPARE(AuditExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(AuditExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(AuditExport::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(AuditExport::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));

    auto db = demoCopy(QStringLiteral("export.sqlite"), 2);
    QVERIFY(db.has_value());
    const QString out = m_dir.filePath(QStringLiteral("audit.csv"));
    auto rows = AuditExport::writeCsv(*db, out);
    QVERIFY(rows.ok());
    QCOMPARE(*rows, 3);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("id,occurred_at,user_login,user_role,action,object_type,"
                                     "object_id,old_values,new_values,prev_hash,record_hash\r"));
    QVERIFY(lines.at(1).startsWith("1,2021-06-25T04:00:00Z,admin,administrator,election.create,"));
    QVERIFY(lines.at(1).contains("\"{\"\"code\"\":\"\"KZ-2021-RURAL-AKIM\"\""));
    QCOMPARE(lines.size(), 5); // header, 3 records, and the empty rest after the last CRLF
}

void TestAuditVerifier::backupVerifiesAndRestores()
{
    auto db = demoCopy(QStringLiteral("live.sqlite"), 1);
    QVERIFY(db.has_value());
    const Session admin{1, QStringLiteral("admin"), Role::Administrator};
    const QString backupPath = m_dir.filePath(QStringLiteral("backup.sqlite"));
    auto report = Backup::create(*db, admin, backupPath);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(report->records, 2);
    QCOMPARE(report->sealedProtocols, 1847);
    QCOMPARE(Backup::create(*db, admin, backupPath).error().code, QStringLiteral("backup.exists"));
    QVERIFY(Backup::verifyFile(backupPath).ok());

    // A tampered backup is refused, and restoring it leaves the target alone.
    const QString badPath = m_dir.filePath(QStringLiteral("bad-backup.sqlite"));
    QVERIFY(QFile::copy(backupPath, badPath));
    {
        auto bad = Database::open(badPath, Database::OpenMode::ExistingOnly);
        QVERIFY(bad.ok());
        QVERIFY(
            bad->exec(QStringLiteral("UPDATE audit_log SET user_login = 'x' WHERE id = 2")).ok());
    }
    auto badReport = Backup::verifyFile(badPath);
    QVERIFY(!badReport.ok());
    QCOMPARE(badReport.error().code, QStringLiteral("backup.invalid"));

    const QString target = m_dir.filePath(QStringLiteral("restored.sqlite"));
    QVERIFY(QFile::copy(m_demo, target));
    QCOMPARE(Backup::restore(admin, badPath, target).error().code,
             QStringLiteral("backup.invalid"));
    QCOMPARE(
        Backup::restore(Session{5, QStringLiteral("analyst"), Role::Analyst}, backupPath, target)
            .error()
            .code,
        QStringLiteral("permission.denied"));
    const Status restored = Backup::restore(admin, backupPath, target);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().userMessage));
    auto reopened = Database::open(target, Database::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    auto records = reopened->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QCOMPARE(records->toInt(), 2);
}

void TestAuditVerifier::backupRefusedWithoutPermission()
{
    auto db = Database::open(m_demo, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const QString out = m_dir.filePath(QStringLiteral("refused.sqlite"));
    auto report = Backup::create(*db, Session{3, QStringLiteral("operator1"), Role::Operator}, out);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, QStringLiteral("permission.denied"));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
