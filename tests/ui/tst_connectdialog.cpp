// File › Connect to Server…: the dialog builds an address without password, and the window
// opens a PostgreSQL election through it (on the test server; skipped without one).
#include "../PgFixture.h"

#include "AppSettings.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DemoElection.h"
#include "MainWindow.h"
#include "RecordingPrompter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

/** Answers File › Connect to Server… with a fixed address and password. */
class ConnectingPrompter : public bd::test::RecordingPrompter
{
public:
    std::optional<ServerConnection> askServerConnection(QWidget *, const QString &last) override
    {
        lastOffered = last;
        return answer;
    }
    std::optional<QString> askPassword(QWidget *, const QString &, const QString &) override
    {
        ++passwordQuestions;
        return std::nullopt;
    }
    std::optional<ServerConnection> answer;
    QString lastOffered;
    int passwordQuestions = 0;
};

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheAddressWithoutPassword();
    void connectNeedsHostDatabaseAndUser();
    void windowOpensAServerElection();
};

void TestConnectDialog::buildsTheAddressWithoutPassword()
{
    ConnectDialog dialog(QStringLiteral("postgresql://clerk@db.example:6543/akim2021"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
             QStringLiteral("db.example"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 6543);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text(),
             QStringLiteral("akim2021"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
             QStringLiteral("clerk"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(password->hasFocus() || !dialog.isVisible());
    password->setText(QStringLiteral("s3cret"));
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://clerk@db.example:6543/akim2021"));
    QVERIFY(!dialog.url().contains(QLatin1String("s3cret")));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QCOMPARE(ConnectDialog::buildUrl(QStringLiteral(" localhost "), 5432,
                                     QStringLiteral("election"), QStringLiteral("ballotdesk")),
             QStringLiteral("postgresql://ballotdesk@localhost:5432/election"));
}

void TestConnectDialog::connectNeedsHostDatabaseAndUser()
{
    ConnectDialog dialog;
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("e"));
    QVERIFY(!connect->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")),
                     QStringLiteral("clerk"));
    QVERIFY(connect->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->clear();
    QVERIFY(!connect->isEnabled());
}

void TestConnectDialog::windowOpensAServerElection()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    BD_PG_DATABASE(server);
    QVERIFY(DemoElection::createFile(server.url(), DemoOptions{}, false));
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    ConnectingPrompter prompter;
    prompter.answer = ServerConnection{server.url(), QString()};
    {
        MainWindow window(&settings, &prompter);
        auto *connect = window.findChild<QAction *>(QStringLiteral("connectAction"));
        QVERIFY(connect);
        connect->trigger();
        QVERIFY2(window.isElectionOpen(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(window.context().path, server.url());
        QCOMPARE(prompter.passwordQuestions, 0);
        // Remembered without password; offered again next time.
        QCOMPARE(settings.recentFiles().value(0), server.url());
        connect->trigger();
        QCOMPARE(prompter.lastOffered, server.url());
        window.closeElection();
    }
    // A server that is not there: an error, no crash, nothing open.
    QUrl missing(server.url());
    missing.setPath(QStringLiteral("/bd_test_missing"));
    prompter.answer = ServerConnection{missing.toString(), QString()};
    MainWindow window(&settings, &prompter);
    window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    QVERIFY(!window.isElectionOpen());
    QVERIFY(!prompter.errors.isEmpty());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
