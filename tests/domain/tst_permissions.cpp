// Every role against every operation: allowed or refused with a message naming the role.
#include "Permissions.h"
#include "Session.h"

#include <QTest>

using bd::Operation;
using bd::Permissions;
using bd::Role;

Q_DECLARE_METATYPE(bd::Role)
Q_DECLARE_METATYPE(bd::Operation)

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void refusalExample();
    void roleKeysRoundTrip();
    void sessionRequire();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<bool>("allowed");

    // The expected matrix, written out independently of Permissions.cpp.
    const QList<Operation> admin = {Operation::ManageUsers,   Operation::ConfigureElection,
                                    Operation::EditRegisters, Operation::ImportRegisters,
                                    Operation::Backup,        Operation::Restore,
                                    Operation::ReadResults};
    const QList<Operation> coordinator = {Operation::ResolveEntries, Operation::CorrectProtocol,
                                          Operation::FinalizeResults, Operation::ReadResults,
                                          Operation::ExportReports};
    const QList<Operation> operatorOps = {Operation::EnterProtocol, Operation::EnterTurnout,
                                          Operation::ReadResults};
    const QList<Operation> analyst = {Operation::ReadResults, Operation::ExportReports,
                                      Operation::ExportAudit, Operation::VerifyAudit};
    const QList<QPair<Role, QList<Operation>>> expected = {{Role::Administrator, admin},
                                                           {Role::Coordinator, coordinator},
                                                           {Role::Operator, operatorOps},
                                                           {Role::Analyst, analyst}};
    QCOMPARE(Permissions::allOperations().size(), 15);
    for (const auto &[role, allowedOps] : expected) {
        for (Operation operation : Permissions::allOperations()) {
            const QByteArray tag =
                (bd::role::key(role) + QLatin1Char('/') + Permissions::operationKey(operation))
                    .toUtf8();
            QTest::newRow(tag.constData()) << role << operation << allowedOps.contains(operation);
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Operation, operation);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, operation), allowed);
    const bd::Status status = Permissions::check(role, operation);
    QCOMPARE(status.ok(), allowed);
    if (allowed)
        return;
    const bd::Error error = Permissions::refusal(role, operation);
    QCOMPARE(error.code, QStringLiteral("permission.denied"));
    // Names the refused role ("An operator ...") and who may do it.
    const QString roleName = bd::role::key(role);
    QVERIFY2(error.userMessage.contains(roleName, Qt::CaseInsensitive),
             qPrintable(error.userMessage));
    QVERIFY2(error.userMessage.contains(QLatin1String("may not")), qPrintable(error.userMessage));
    QVERIFY2(error.userMessage.contains(QLatin1String("; ask ")), qPrintable(error.userMessage));
    QVERIFY(error.userMessage.endsWith(QLatin1Char('.')));
    QCOMPARE(status.error().userMessage, error.userMessage);
    QVERIFY(error.detail.contains(Permissions::operationKey(operation)));
}

void TestPermissions::refusalExample()
{
    QCOMPARE(Permissions::refusal(Role::Operator, Operation::CorrectProtocol).userMessage,
             QStringLiteral("An operator may not correct an accepted protocol; ask a "
                            "coordinator."));
    QCOMPARE(Permissions::refusal(Role::Analyst, Operation::ManageUsers).userMessage,
             QStringLiteral("An analyst may not manage user accounts; ask an administrator."));
}

void TestPermissions::roleKeysRoundTrip()
{
    for (Role role : bd::role::all()) {
        QCOMPARE(bd::role::fromKey(bd::role::key(role)), std::optional<Role>(role));
        QVERIFY(!bd::role::label(role).isEmpty());
    }
    QVERIFY(!bd::role::fromKey(QStringLiteral("superuser")).has_value());
    QVERIFY(!bd::role::fromKey(QStringLiteral("Operator")).has_value());
}

void TestPermissions::sessionRequire()
{
    const bd::Session operatorSession{3, QStringLiteral("operator1"), Role::Operator};
    QVERIFY(operatorSession.require(Operation::EnterProtocol).ok());
    const bd::Status refused = operatorSession.require(Operation::FinalizeResults);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("permission.denied"));
}

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
