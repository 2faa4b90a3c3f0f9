// Accounts: hashing, sign-in errors, throttling, permissions and their audit records.
#include "AuditVerifier.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "UserStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

namespace {

const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kOperatorPassword = QStringLiteral("operator-password-1");

} // namespace

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hashAndVerify();
    void hashWithSaltIsDeterministic();
    void minimumLength_data();
    void minimumLength();
    void signIn();
    void wrongPassword();
    void unknownUser();
    void disabledUser();
    void throttlingAfterFailures();
    void delayGrowsAndIsCapped();
    void addRefusedForOtherRoles();
    void duplicateLogin();
    void setPasswordOwnAndOthers();
    void auditRecordsWithoutPasswords();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    Session m_admin;
};

void TestUserStore::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
}

void TestUserStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("users.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_db.emplace(std::move(*db));
    const UserStore users(*m_db);
    auto adminId =
        users.addFirstAdministrator({QStringLiteral("root"), QStringLiteral("Root Admin"),
                                     Role::Administrator, kAdminPassword});
    QVERIFY2(adminId.ok(), adminId.ok() ? "" : qPrintable(adminId.error().userMessage));
    m_admin = Session{*adminId, QStringLiteral("root"), Role::Administrator};
    auto operatorId = users.add(m_admin, {QStringLiteral("op"), QStringLiteral("Operator One"),
                                          Role::Operator, kOperatorPassword});
    QVERIFY(operatorId.ok());
}

void TestUserStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestUserStore::hashAndVerify()
{
    auto hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(hash.ok());
    QVERIFY(hash->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash->contains(QLatin1String("correct")));
    QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("correct horse battery ")));
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
    // A fresh salt each time.
    auto again = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(again.ok());
    QVERIFY(*again != *hash);
}

void TestUserStore::hashWithSaltIsDeterministic()
{
    const QByteArray salt(16, 's');
    auto a = PasswordHasher::hash(QStringLiteral("demo-admin-2021"), salt);
    auto b = PasswordHasher::hash(QStringLiteral("demo-admin-2021"), salt);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(*a, *b);
    QVERIFY(PasswordHasher::verify(*a, QStringLiteral("demo-admin-2021")));
    QVERIFY(!PasswordHasher::hash(QStringLiteral("demo-admin-2021"), QByteArray(4, 's')).ok());
}

void TestUserStore::minimumLength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("11") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("12") << QStringLiteral("abcdefghijkl") << true;
    // Twelve characters outside the BMP are 24 UTF-16 units but still 12 characters.
    QTest::newRow("11 emoji") << QString::fromUtf8("\xF0\x9F\x97\xB3").repeated(11) << false;
    QTest::newRow("12 cyrillic") << QString::fromUtf8("\xD0\xB6").repeated(12) << true;
}

void TestUserStore::minimumLength()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    auto hash = PasswordHasher::hash(password);
    QCOMPARE(hash.ok(), accepted);
    if (!accepted) {
        QCOMPARE(hash.error().code, QStringLiteral("password.too-short"));
        QVERIFY(hash.error().userMessage.contains(QLatin1String("12")));
        // The store refuses it too, and adds nothing.
        auto added = UserStore(*m_db).add(
            m_admin, {QStringLiteral("short"), QStringLiteral("S"), Role::Analyst, password});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("password.too-short"));
    }
}

void TestUserStore::signIn()
{
    auto session = UserStore(*m_db).authenticate(QStringLiteral("op"), kOperatorPassword);
    QVERIFY(session.ok());
    QCOMPARE(session->login, QStringLiteral("op"));
    QCOMPARE(session->role, Role::Operator);
    QVERIFY(session->userId > 0);
}

void TestUserStore::wrongPassword()
{
    auto session =
        UserStore(*m_db).authenticate(QStringLiteral("op"), QStringLiteral("not-the-password"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QStringLiteral("auth.wrong-password"));
    QCOMPARE(session.error().userMessage, QStringLiteral("Wrong login or password."));
    auto failures =
        m_db->scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE login = 'op'"));
    QVERIFY(failures.ok());
    QCOMPARE(failures->toInt(), 1);
    // Success resets the count.
    QVERIFY(UserStore(*m_db).authenticate(QStringLiteral("op"), kOperatorPassword).ok());
    failures =
        m_db->scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE login = 'op'"));
    QCOMPARE(failures->toInt(), 0);
}

void TestUserStore::unknownUser()
{
    auto session = UserStore(*m_db).authenticate(QStringLiteral("ghost"), kOperatorPassword);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QStringLiteral("auth.unknown-user"));
    // The same words as a wrong password: no hint which logins exist.
    QCOMPARE(session.error().userMessage, QStringLiteral("Wrong login or password."));
}

void TestUserStore::disabledUser()
{
    const UserStore users(*m_db);
    QVERIFY(users.disable(m_admin, QStringLiteral("op")).ok());
    auto session = users.authenticate(QStringLiteral("op"), kOperatorPassword);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QStringLiteral("auth.disabled"));
    QVERIFY(session.error().userMessage.startsWith(QLatin1String("This account is disabled.")));
    // Only the right password learns that the account is disabled.
    auto wrong = users.authenticate(QStringLiteral("op"), QStringLiteral("not-the-password"));
    QCOMPARE(wrong.error().code, QStringLiteral("auth.wrong-password"));
    // Disabling twice, an unknown login, or oneself are refused.
    QCOMPARE(users.disable(m_admin, QStringLiteral("op")).error().code,
             QStringLiteral("user.already-disabled"));
    QCOMPARE(users.disable(m_admin, QStringLiteral("ghost")).error().code,
             QStringLiteral("user.unknown"));
    QCOMPARE(users.disable(m_admin, QStringLiteral("root")).error().code,
             QStringLiteral("user.disable-self"));
    auto list = users.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).login, QStringLiteral("op"));
    QVERIFY(list->at(0).disabled);
    QVERIFY(!list->at(1).disabled);
}

void TestUserStore::throttlingAfterFailures()
{
    const UserStore users(*m_db);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < UserStore::kFreeAttempts; ++i) {
        auto failed = users.authenticate(QStringLiteral("op"), QStringLiteral("wrong-password!"),
                                         start.addSecs(i));
        QCOMPARE(failed.error().code, QStringLiteral("auth.wrong-password"));
    }
    const QDateTime lastFailure = start.addSecs(UserStore::kFreeAttempts - 1);
    // Even the right password is refused during the delay, with a message saying when.
    auto throttled = users.authenticate(QStringLiteral("op"), kOperatorPassword, lastFailure);
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().code, QStringLiteral("auth.throttled"));
    QVERIFY2(throttled.error().userMessage.contains(QLatin1String("Try again in 1 second")),
             qPrintable(throttled.error().userMessage));
    // A refused attempt does not count as a failure.
    auto failures =
        m_db->scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE login = 'op'"));
    QCOMPARE(failures->toInt(), UserStore::kFreeAttempts);
    // After the delay, a wrong password fails again and doubles the delay.
    auto sixth = users.authenticate(QStringLiteral("op"), QStringLiteral("wrong-password!"),
                                    lastFailure.addSecs(1));
    QCOMPARE(sixth.error().code, QStringLiteral("auth.wrong-password"));
    auto again =
        users.authenticate(QStringLiteral("op"), kOperatorPassword, lastFailure.addSecs(1));
    QCOMPARE(again.error().code, QStringLiteral("auth.throttled"));
    QVERIFY(again.error().userMessage.contains(QLatin1String("2 second")));
    // Once it has passed, the right password works and resets the count.
    auto signedIn =
        users.authenticate(QStringLiteral("op"), kOperatorPassword, lastFailure.addSecs(3));
    QVERIFY2(signedIn.ok(), signedIn.ok() ? "" : qPrintable(signedIn.error().userMessage));
    failures =
        m_db->scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE login = 'op'"));
    QCOMPARE(failures->toInt(), 0);
}

void TestUserStore::delayGrowsAndIsCapped()
{
    QCOMPARE(UserStore::delaySeconds(0), 0);
    QCOMPARE(UserStore::delaySeconds(4), 0);
    QCOMPARE(UserStore::delaySeconds(5), 1);
    QCOMPARE(UserStore::delaySeconds(6), 2);
    QCOMPARE(UserStore::delaySeconds(10), 32);
    QCOMPARE(UserStore::delaySeconds(14), 300);
    QCOMPARE(UserStore::delaySeconds(1000), 300);
}

void TestUserStore::addRefusedForOtherRoles()
{
    const UserStore users(*m_db);
    for (Role role : {Role::Coordinator, Role::Operator, Role::Analyst}) {
        const Session actor{2, QStringLiteral("someone"), role};
        auto added = users.add(actor, {QStringLiteral("new-user"), QStringLiteral("N"),
                                       Role::Operator, kOperatorPassword});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("permission.denied"));
        QCOMPARE(users.disable(actor, QStringLiteral("op")).error().code,
                 QStringLiteral("permission.denied"));
        QCOMPARE(users.setPassword(actor, QStringLiteral("root"), kOperatorPassword).error().code,
                 QStringLiteral("permission.denied"));
    }
    auto count = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM app_user"));
    QCOMPARE(count->toInt(), 2);
    // A second "first administrator" is refused.
    auto second = users.addFirstAdministrator(
        {QStringLiteral("root2"), QStringLiteral("R"), Role::Administrator, kAdminPassword});
    QCOMPARE(second.error().code, QStringLiteral("user.not-first"));
}

void TestUserStore::duplicateLogin()
{
    auto added = UserStore(*m_db).add(
        m_admin, {QStringLiteral("op"), QStringLiteral("Again"), Role::Analyst, kOperatorPassword});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("user.exists"));
}

void TestUserStore::setPasswordOwnAndOthers()
{
    const UserStore users(*m_db);
    auto op = users.authenticate(QStringLiteral("op"), kOperatorPassword);
    QVERIFY(op.ok());
    const QString newPassword = QStringLiteral("a-new-operator-pass");
    QVERIFY(users.setPassword(*op, QStringLiteral("op"), newPassword).ok());
    QCOMPARE(users.authenticate(QStringLiteral("op"), kOperatorPassword).error().code,
             QStringLiteral("auth.wrong-password"));
    QVERIFY(users.authenticate(QStringLiteral("op"), newPassword).ok());
    // The administrator resets it; too short is refused.
    QCOMPARE(users.setPassword(m_admin, QStringLiteral("op"), QStringLiteral("short")).error().code,
             QStringLiteral("password.too-short"));
    QVERIFY(users.setPassword(m_admin, QStringLiteral("op"), kOperatorPassword).ok());
    QVERIFY(users.authenticate(QStringLiteral("op"), kOperatorPassword).ok());
}

void TestUserStore::auditRecordsWithoutPasswords()
{
    const UserStore users(*m_db);
    QVERIFY(
        users.authenticate(QStringLiteral("op"), QStringLiteral("wrong-password!")).error().code ==
        QStringLiteral("auth.wrong-password"));
    QVERIFY(users.authenticate(QStringLiteral("op"), kOperatorPassword).ok());
    QVERIFY(
        users.setPassword(m_admin, QStringLiteral("op"), QStringLiteral("new-password-123")).ok());
    QVERIFY(users.disable(m_admin, QStringLiteral("op")).ok());

    auto actions = m_db->exec(QStringLiteral(
        "SELECT action, user_login, COALESCE(old_values, '') || COALESCE(new_values, '') "
        "FROM audit_log ORDER BY id"));
    QVERIFY(actions.ok());
    QStringList seen;
    while (actions->next()) {
        seen << actions->value(0).toString() + QLatin1Char(':') + actions->value(1).toString();
        const QString values = actions->value(2).toString();
        for (const QString &secret :
             {kAdminPassword, kOperatorPassword, QStringLiteral("wrong-password!"),
              QStringLiteral("new-password-123"), QStringLiteral("argon2")})
            QVERIFY2(!values.contains(secret), qPrintable(values));
    }
    QCOMPARE(seen, (QStringList{
                       QStringLiteral("user.add:root"), QStringLiteral("user.add:root"),
                       QStringLiteral("user.sign-in-failed:op"), QStringLiteral("user.sign-in:op"),
                       QStringLiteral("user.password:root"), QStringLiteral("user.disable:root")}));
    auto report = AuditVerifier::verify(*m_db);
    QVERIFY(report.ok());
    QVERIFY(report->intact());
    QCOMPARE(report->records, 6);
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
