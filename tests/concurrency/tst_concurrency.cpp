// Several desks at once: operator and coordinator processes (concurrency_driver) enter and
// correct protocols of one election at the same time, on SQLite and on PostgreSQL. Afterwards
// every protocol was accepted exactly once from two entries by different operators, with the
// figures typed; every correction is counted once in row_version, the corrections table and
// the audit log; and the audit chain and protocol seals verify.
#include "../PgFixture.h"

#include "AuditVerifier.h"
#include "Database.h"
#include "DemoElection.h"
#include "ElectionCopy.h"
#include "ElectionNight.h"
#include "UserStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace bd;

namespace {

constexpr int kEnteredProtocols = 24;
constexpr int kCorrectedProtocols = 3;
constexpr int kCorrectionRounds = 4;

struct Desk
{
    QString mode, login, password;
};

const QList<Desk> kDesks = {
    {QStringLiteral("enter"), QStringLiteral("operator1"), QStringLiteral("demo-operator1-2021")},
    {QStringLiteral("enter"), QStringLiteral("operator2"), QStringLiteral("demo-operator2-2021")},
    {QStringLiteral("enter"), QStringLiteral("operator3"), QStringLiteral("operator3-pass-2026")},
    {QStringLiteral("enter"), QStringLiteral("operator4"), QStringLiteral("operator4-pass-2026")},
    {QStringLiteral("correct"), QStringLiteral("coordinator"),
     QStringLiteral("demo-coordinator-2021")},
    {QStringLiteral("correct"), QStringLiteral("coordinator2"),
     QStringLiteral("coordinator2-pass-2026")},
    {QStringLiteral("correct"), QStringLiteral("coordinator3"),
     QStringLiteral("coordinator3-pass-2026")},
};

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QList<qint64> ids(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QList<qint64> list;
    auto query = db.exec(sql, values);
    if (!query)
        return list;
    while (query->next())
        list << query->value(0).toLongLong();
    return list;
}

qint64 number(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto value = db.scalar(sql, values);
    return value ? value->toLongLong() : -1;
}

QString votes(const Database &db, qint64 protocolId)
{
    QStringList rows;
    auto query = db.exec(QStringLiteral("SELECT candidate_id, votes FROM protocol_vote "
                                        "WHERE protocol_id = ? ORDER BY candidate_id"),
                         {protocolId});
    if (!query)
        return QStringLiteral("error");
    while (query->next())
        rows << query->value(0).toString() + QLatin1Char('=') + query->value(1).toString();
    return rows.join(QLatin1Char(' '));
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqlite();
    void postgresql();

private:
    void run(const QString &location);

    QTemporaryDir m_dir;
    QString m_pristine;
    int m_runs = 0;
};

void TestConcurrency::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    QVERIFY(DemoElection::createFile(m_pristine, DemoOptions{}, false));
}

void TestConcurrency::sqlite()
{
    run(m_dir.filePath(QStringLiteral("desks-%1.sqlite").arg(++m_runs)));
}

void TestConcurrency::postgresql()
{
    BD_PG_DATABASE(server);
    run(server.url());
}

void TestConcurrency::run(const QString &location)
{
    QList<qint64> entered, corrected;
    QHash<qint64, qint64> rowVersions;
    QHash<qint64, qint64> voteTotals;
    {
        // The election: the demo with more operators and coordinators.
        auto pristine = Database::open(m_pristine, Database::OpenMode::ExistingOnly);
        QVERIFY(pristine);
        auto admin = UserStore(*pristine).authenticate(QStringLiteral("admin"),
                                                       QStringLiteral("demo-admin-2021"));
        QVERIFY(admin);
        auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        auto copied = ElectionCopy::copy(*pristine, *db, *admin);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().detail));
        const UserStore users(*db);
        for (int i = 2; i < kDesks.size(); ++i) {
            const Desk &desk = kDesks.at(i);
            if (desk.password.startsWith(QLatin1String("demo")))
                continue; // a demo account
            auto added =
                users.add(*admin, NewUser{desk.login, desk.login,
                                          desk.mode == QLatin1String("enter") ? Role::Operator
                                                                              : Role::Coordinator,
                                          desk.password});
            QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
        }
        // Election night: protocols spread over the election open again, without entries.
        auto spread = ElectionNight::everyNth(
            *db, number(*db, QStringLiteral("SELECT MIN(id) FROM election")), 40);
        QVERIFY(spread);
        entered = spread->mid(0, kEnteredProtocols);
        const Status reopened = ElectionNight::reopen(*db, entered);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
        QCOMPARE(entered.size(), kEnteredProtocols);
        corrected = ids(*db,
                        QStringLiteral("SELECT p.id FROM protocol p WHERE p.state = 'accepted' "
                                       "AND (SELECT COUNT(*) FROM protocol_vote v WHERE "
                                       "v.protocol_id = p.id AND v.votes > 10) >= 2 "
                                       "ORDER BY p.id LIMIT ?"),
                        {qint64(kCorrectedProtocols)});
        QCOMPARE(corrected.size(), kCorrectedProtocols);
        for (qint64 id : std::as_const(corrected)) {
            rowVersions.insert(
                id,
                number(*db, QStringLiteral("SELECT row_version FROM protocol WHERE id = ?"), {id}));
            voteTotals.insert(id, number(*db,
                                         QStringLiteral("SELECT SUM(votes) FROM protocol_vote "
                                                        "WHERE protocol_id = ?"),
                                         {id}));
        }
    }

    // All desks at once.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kDesks.size(); ++i) {
        const Desk &desk = kDesks.at(i);
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(BD_DRIVER_PATH));
        const bool entering = desk.mode == QLatin1String("enter");
        process->setArguments({desk.mode, location, desk.login, desk.password,
                               entering ? m_pristine : QString::number(kCorrectionRounds),
                               joinIds(entering ? entered : corrected), QString::number(i + 1)});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes)
        process->start();
    QHash<QString, int> outcomes;
    QHash<qint64, int> corrections;
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(240000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(err));
        const QStringList lines = QString::fromUtf8(process->readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            ++outcomes[parts.at(0)];
            if (parts.at(0) == QLatin1String("corrected"))
                ++corrections[parts.at(1).toLongLong()];
        }
    }
    qInfo() << location << outcomes;

    // Each protocol: one first entry, one accepting second entry, the rest refused.
    QCOMPARE(outcomes.value(QStringLiteral("waiting")), kEnteredProtocols);
    QCOMPARE(outcomes.value(QStringLiteral("accepted")), kEnteredProtocols);
    QCOMPARE(outcomes.value(QStringLiteral("coordinator")), 0);
    QCOMPARE(outcomes.value(QStringLiteral("refused")), kEnteredProtocols * 2);
    QCOMPARE(outcomes.value(QStringLiteral("corrected")),
             kCorrectedProtocols * kCorrectionRounds * 3);

    auto db = Database::open(location, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    auto pristine = Database::open(m_pristine, Database::OpenMode::ExistingOnly);
    QVERIFY(pristine);
    for (qint64 id : std::as_const(entered)) {
        QCOMPARE(number(*db,
                        QStringLiteral("SELECT COUNT(*) FROM protocol WHERE id = ? AND "
                                       "state = 'accepted'"),
                        {id}),
                 qint64(1));
        QCOMPARE(number(*db,
                        QStringLiteral("SELECT COUNT(*) FROM protocol_entry WHERE "
                                       "protocol_id = ? AND state = 'finished'"),
                        {id}),
                 qint64(2));
        QCOMPARE(number(*db,
                        QStringLiteral("SELECT COUNT(DISTINCT entered_by) FROM "
                                       "protocol_entry WHERE protocol_id = ?"),
                        {id}),
                 qint64(2));
        QCOMPARE(number(*db,
                        QStringLiteral("SELECT COUNT(*) FROM protocol_entry WHERE "
                                       "protocol_id = ?"),
                        {id}),
                 qint64(2));
        QCOMPARE(votes(*db, id), votes(*pristine, id));
    }
    for (qint64 id : std::as_const(corrected)) {
        const int count = corrections.value(id);
        QCOMPARE(count, kCorrectionRounds * 3);
        QCOMPARE(number(*db,
                        QStringLiteral("SELECT COUNT(*) FROM protocol_correction WHERE "
                                       "protocol_id = ?"),
                        {id}),
                 qint64(count));
        QCOMPARE(number(*db, QStringLiteral("SELECT row_version FROM protocol WHERE id = ?"), {id}),
                 rowVersions.value(id) + count);
        QCOMPARE(
            number(*db,
                   QStringLiteral("SELECT SUM(votes) FROM protocol_vote WHERE protocol_id = ?"),
                   {id}),
            voteTotals.value(id));
    }
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                    {QStringLiteral("protocol.correct")}),
             qint64(kCorrectedProtocols * kCorrectionRounds * 3));
    const QString acceptedOf =
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND object_id = ?");
    for (qint64 id : std::as_const(entered)) {
        const QVariantList key{QStringLiteral("protocol.accept"), QString::number(id)};
        QCOMPARE(number(*db, acceptedOf, key) - number(*pristine, acceptedOf, key), qint64(1));
    }
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(AuditVerifier::describe(*report)));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
