#include "ChangePasswordDialog.h"
#include "Database.h"
#include "DemoFixture.h"
#include "InactivityMonitor.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "RecordingPrompter.h"
#include "ScriptedSignInPrompter.h"
#include "SignInDialog.h"
#include "SourcePluralTranslator.h"
#include "UserStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace bd;
using namespace std::chrono_literals;

namespace {

const QString kWrong = QStringLiteral("Wrong login or password.");

QString adminPassword()
{
    return QStringLiteral("demo-admin-2021");
}

} // namespace

/** Sign-in, sign-out, password change and the inactivity lock of the main window. */
class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInNamesUserInStatusBar();
    void wrongPasswordAndUnknownUserSayTheSame();
    void disabledUserIsRefused();
    void repeatedFailuresAreThrottled();
    void cancelClosesTheFile();
    void signOutAsksAgain();
    void dialogSignsInWithEnter();
    void dialogShowsRefusalAndStaysOpen();
    void passwordChangeRefusesShortAndWrongOld();
    void passwordChangeDialogChecksRepeat();
    void monitorFiresAfterPeriodOfInactivity();
    void sessionLocksAfterInactivity();
    void lockScreenUnlocksWithKeyboard();

private:
    void openWindow();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    SourcePluralTranslator m_plurals;
    std::unique_ptr<test::RecordingPrompter> m_prompter;
    std::unique_ptr<test::ScriptedSignInPrompter> m_signIn;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignIn::initTestCase()
{
    // Before anything hashes: the demo's fixed hashes still verify at any cost.
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestSignIn::init()
{
    // Sign-ins write to the file (failures, audit records): each test has its own copy.
    m_file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(m_template, m_file));
    m_prompter = std::make_unique<test::RecordingPrompter>();
    m_signIn = std::make_unique<test::ScriptedSignInPrompter>();
    m_window = std::make_unique<MainWindow>(nullptr, m_prompter.get());
    m_window->setSignInPrompter(m_signIn.get());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignIn::cleanup()
{
    m_window.reset();
    // Pages compute in pool threads on their own connections: let them finish before the
    // next test, and before the temporary files go.
    QThreadPool::globalInstance()->waitForDone();
    m_signIn.reset();
    m_prompter.reset();
}

void TestSignIn::signInNamesUserInStatusBar()
{
    m_signIn->signIns = {{QStringLiteral("admin"), adminPassword()}};
    QSignalSpy changed(m_window.get(), &MainWindow::sessionChanged);
    QVERIFY(m_window->openElection(m_file));
    QCOMPARE(m_signIn->signInRequests, 1);
    QVERIFY(!m_signIn->lastElectionName.isEmpty());
    QVERIFY(m_window->session().has_value());
    QCOMPARE(m_window->session()->login, QStringLiteral("admin"));
    QCOMPARE(m_window->session()->role, Role::Administrator);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_window->context().session->login, QStringLiteral("admin"));

    auto *label = m_window->findChild<QLabel *>(QStringLiteral("sessionLabel"));
    QVERIFY(label != nullptr);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Signed in: admin (Administrator)"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
}

void TestSignIn::wrongPasswordAndUnknownUserSayTheSame()
{
    m_signIn->signIns = {{QStringLiteral("admin"), QStringLiteral("not-the-password")},
                         {QStringLiteral("nobody"), adminPassword()},
                         {QStringLiteral("operator1"), QStringLiteral("demo-operator1-2021")}};
    QVERIFY(m_window->openElection(m_file));
    QCOMPARE(m_signIn->messages, QStringList({kWrong, kWrong}));
    QCOMPARE(m_window->session()->login, QStringLiteral("operator1"));
    QCOMPARE(m_window->sessionText(), QStringLiteral("Signed in: operator1 (Operator)"));
}

void TestSignIn::disabledUserIsRefused()
{
    {
        auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        const UserStore users(*db);
        auto admin = users.authenticate(QStringLiteral("admin"), adminPassword());
        QVERIFY(admin.ok());
        QVERIFY(users.disable(*admin, QStringLiteral("operator2")).ok());
    }
    m_signIn->signIns = {{QStringLiteral("operator2"), QStringLiteral("demo-operator2-2021")}};
    QVERIFY(!m_window->openElection(m_file));
    QCOMPARE(m_signIn->messages,
             QStringList(
                 QStringLiteral("This account is disabled. Ask an administrator to enable it.")));
    QVERIFY(!m_window->session().has_value());
    QVERIFY(!m_window->isElectionOpen());
}

void TestSignIn::repeatedFailuresAreThrottled()
{
    for (int i = 0; i < UserStore::kFreeAttempts + 1; ++i)
        m_signIn->signIns << test::ScriptedSignInPrompter::Credentials{
            QStringLiteral("coordinator"), QStringLiteral("wrong-wrong-wrong")};
    QVERIFY(!m_window->openElection(m_file));
    QCOMPARE(m_signIn->messages.size(), UserStore::kFreeAttempts + 1);
    for (int i = 0; i < UserStore::kFreeAttempts; ++i)
        QCOMPARE(m_signIn->messages.at(i), kWrong);
    QVERIFY2(m_signIn->messages.constLast().startsWith(
                 QLatin1String("Too many failed sign-ins for this login. Try again in ")),
             qPrintable(m_signIn->messages.constLast()));
    QVERIFY(m_signIn->messages.constLast().endsWith(QLatin1String("second.")));
}

void TestSignIn::cancelClosesTheFile()
{
    QSignalSpy changed(m_window.get(), &MainWindow::electionChanged);
    QVERIFY(!m_window->openElection(m_file));
    QCOMPARE(m_signIn->signInRequests, 1);
    QVERIFY(!m_window->isElectionOpen());
    QVERIFY(!m_window->session().has_value());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("welcome"))->isVisible());
    QCOMPARE(changed.constLast().constFirst().toString(), QString());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
}

void TestSignIn::signOutAsksAgain()
{
    m_signIn->signIns = {{QStringLiteral("admin"), adminPassword()}};
    QVERIFY(m_window->openElection(m_file));
    m_signIn->signIns = {{QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021")}};
    m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QCOMPARE(m_signIn->signInRequests, 2);
    QCOMPARE(m_window->session()->login, QStringLiteral("analyst"));
    QCOMPARE(m_window->sessionText(), QStringLiteral("Signed in: analyst (Analyst)"));

    // Signing out and then cancelling leaves no session and no open file.
    m_window->signOut();
    QVERIFY(!m_window->session().has_value());
    QVERIFY(!m_window->isElectionOpen());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("sessionLabel"))->isVisible());
}

void TestSignIn::dialogSignsInWithEnter()
{
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const Database *connection = &*db;
    SignInDialog dialog(QStringLiteral("Demo"),
                        [connection](const QString &login, const QString &password) {
                            return UserStore(*connection).authenticate(login, password);
                        });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.loginEdit());
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin"));
    QTest::keyClick(dialog.loginEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    QTest::keyClicks(dialog.passwordEdit(), adminPassword());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.session().has_value());
    QCOMPARE(dialog.session()->login, QStringLiteral("admin"));
}

void TestSignIn::dialogShowsRefusalAndStaysOpen()
{
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const Database *connection = &*db;
    SignInDialog dialog(QStringLiteral("Elections of rural akims 2021"),
                        [connection](const QString &login, const QString &password) {
                            return UserStore(*connection).authenticate(login, password);
                        });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("guess"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(), kWrong);
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
    QVERIFY(!dialog.session().has_value());
    // The README's picture of the dialog: BD_SCREENSHOT_DIR=docs/images tst_signin
    if (const QString dir = qEnvironmentVariable("BD_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("sign-in.png"))));
}

void TestSignIn::passwordChangeRefusesShortAndWrongOld()
{
    m_signIn->signIns = {{QStringLiteral("operator1"), QStringLiteral("demo-operator1-2021")}};
    QVERIFY(m_window->openElection(m_file));
    const QString fresh = QStringLiteral("a-new-long-password");
    m_signIn->changes = {{QStringLiteral("demo-operator1-2021"), QStringLiteral("short-11chr")},
                         {QStringLiteral("not-my-password"), fresh},
                         {QStringLiteral("demo-operator1-2021"), fresh}};
    m_window->findChild<QAction *>(QStringLiteral("changePasswordAction"))->trigger();
    QCOMPARE(m_signIn->changeMessages.size(), 2);
    QVERIFY2(m_signIn->changeMessages.at(0).contains(QLatin1String("12")),
             qPrintable(m_signIn->changeMessages.at(0)));
    QCOMPARE(m_signIn->changeMessages.at(1), QStringLiteral("The current password is wrong."));
    QVERIFY(m_signIn->changes.isEmpty());

    // The new password signs in; the old one no longer does.
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QVERIFY(UserStore(*db).authenticate(QStringLiteral("operator1"), fresh).ok());
    QVERIFY(!UserStore(*db)
                 .authenticate(QStringLiteral("operator1"), QStringLiteral("demo-operator1-2021"))
                 .ok());
}

void TestSignIn::passwordChangeDialogChecksRepeat()
{
    int calls = 0;
    ChangePasswordDialog dialog(QStringLiteral("admin"),
                                [&calls](const QString &, const QString &) {
                                    ++calls;
                                    return Status();
                                });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.oldPasswordEdit(), adminPassword());
    QTest::keyClicks(dialog.newPasswordEdit(), QStringLiteral("first-new-password"));
    QTest::keyClicks(dialog.repeatPasswordEdit(), QStringLiteral("other-new-password"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    QCOMPARE(calls, 0);
    QCOMPARE(dialog.message(),
             QStringLiteral("The two new passwords differ. Type the same password twice."));
    QTest::keyClicks(dialog.repeatPasswordEdit(), QStringLiteral("first-new-password"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    QCOMPARE(calls, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSignIn::monitorFiresAfterPeriodOfInactivity()
{
    qint64 now = 1000;
    InactivityMonitor monitor;
    monitor.setClock([&now] { return now; });
    QSignalSpy idle(&monitor, &InactivityMonitor::idle);
    monitor.start(std::chrono::minutes(15));
    now += 14 * 60 * 1000;
    monitor.check();
    QCOMPARE(idle.count(), 0);
    // A key press restarts the period.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(m_window.get(), &press);
    now += 14 * 60 * 1000;
    monitor.check();
    QCOMPARE(idle.count(), 0);
    now += 60 * 1000;
    monitor.check();
    QCOMPARE(idle.count(), 1);
    QVERIFY(!monitor.isRunning());
    monitor.check();
    QCOMPARE(idle.count(), 1);
}

void TestSignIn::sessionLocksAfterInactivity()
{
    m_signIn->signIns = {{QStringLiteral("coordinator"), QStringLiteral("demo-coordinator-2021")}};
    QVERIFY(m_window->openElection(m_file));
    // The demo election keeps the default period.
    QCOMPARE(m_window->inactivityMonitor()->period(), std::chrono::milliseconds(15min));
    m_window->setInactivityPeriodOverride(150ms);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 3000);

    LockScreen *lock = m_window->lockScreen();
    QVERIFY(lock->isVisible());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("pages"))->isVisible());
    QCOMPARE(lock->explanation(),
             QStringLiteral("The session of coordinator (Coordinator) was locked after 15 "
                            "minutes without activity. Enter the password of coordinator to "
                            "continue, or sign out."));
    QCOMPARE(m_window->sessionText(), QStringLiteral("Signed in: coordinator (Coordinator)"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("sessionLabel"))
                ->text()
                .endsWith(QLatin1String("locked")));
    // Nothing but Sign Out and Quit works while locked.
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("openAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());

    const Status wrong = m_window->unlockSession(QStringLiteral("demo-admin-2021"));
    QVERIFY(!wrong.ok());
    QVERIFY(m_window->isLocked());
    QCOMPARE(lock->errorMessage(), kWrong);

    QVERIFY(m_window->unlockSession(QStringLiteral("demo-coordinator-2021")).ok());
    QVERIFY(!m_window->isLocked());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("pages"))->isVisible());
    QCOMPARE(m_window->session()->login, QStringLiteral("coordinator"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
    // Watching again: it locks once more after the period.
    QVERIFY(m_window->inactivityMonitor()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 3000);
}

void TestSignIn::lockScreenUnlocksWithKeyboard()
{
    m_signIn->signIns = {{QStringLiteral("admin"), adminPassword()}};
    QVERIFY(m_window->openElection(m_file));
    m_window->findChild<QAction *>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(m_window->isLocked());
    QLineEdit *password = m_window->lockScreen()->passwordEdit();
    QTest::keyClicks(password, QStringLiteral("wrong password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(m_window->isLocked());
    QCOMPARE(m_window->lockScreen()->errorMessage(), kWrong);
    QTest::keyClicks(password, adminPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!m_window->isLocked());

    // Sign Out from the lock screen asks for a sign-in; cancelling closes the file.
    m_window->lockSession();
    QVERIFY(m_window->isLocked());
    m_window->findChild<QPushButton *>(QStringLiteral("lockSignOutButton"))->click();
    QVERIFY(!m_window->isLocked());
    QVERIFY(!m_window->isElectionOpen());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
