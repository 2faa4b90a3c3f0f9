#include "AuditPage.h"
#include "AuditQuery.h"
#include "AuditTableModel.h"
#include "Backup.h"
#include "Database.h"
#include "DemoFixture.h"
#include "MainWindow.h"
#include "RecordingPrompter.h"
#include "ScriptedSignInPrompter.h"
#include "SourcePluralTranslator.h"
#include "UserStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace bd;

namespace {

qint64 auditCount(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return -1;
    auto count = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return count ? count->toLongLong() : -1;
}

// The demo's log holds only the creation of the election: sign-ins add records by others.
void addSignIns(const QString &path, const QString &login, int count)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    for (int i = 0; i < count; ++i)
        QVERIFY(UserStore(*db).authenticate(login, QStringLiteral("demo-%1-2021").arg(login)).ok());
}

bool isDisabled(const QString &path, const QString &login)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return false;
    auto disabled =
        db->scalar(QStringLiteral("SELECT disabled FROM app_user WHERE login = ?"), {login});
    return disabled && disabled->toInt() == 1;
}

} // namespace

/** The audit page (table, filters, verification, export) and File › Back Up / Restore. */
class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void queryPagesNewestFirstWithoutGaps();
    void queryFilters();
    void pageListsRecordsAndVerifiesIntact();
    void pageNamesEditedRecord();
    void pageNamesChangedProtocol();
    void userFilterNarrowsTable();
    void readableValues();
    void exportWritesCsv();
    void backupAndRestore();
    void restoreNeedsConfirmation();
    void analystMayNotBackUp();

private:
    AuditPage *openAuditPage(const QString &login, const QString &password);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    SourcePluralTranslator m_plurals;
    std::unique_ptr<test::RecordingPrompter> m_prompter;
    std::unique_ptr<test::ScriptedSignInPrompter> m_signIn;
    std::unique_ptr<MainWindow> m_window;
};

void TestAuditPage::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestAuditPage::init()
{
    m_file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(m_template, m_file));
    m_prompter = std::make_unique<test::RecordingPrompter>();
    m_signIn = std::make_unique<test::ScriptedSignInPrompter>();
    m_window = std::make_unique<MainWindow>(nullptr, m_prompter.get());
    m_window->setSignInPrompter(m_signIn.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditPage::cleanup()
{
    m_window.reset();
    // Pages compute in pool threads on their own connections: let them finish before the
    // next test, and before the temporary files go.
    QThreadPool::globalInstance()->waitForDone();
    m_signIn.reset();
    m_prompter.reset();
}

AuditPage *TestAuditPage::openAuditPage(const QString &login, const QString &password)
{
    m_signIn->signIns = {{login, password}};
    if (!m_window->openElection(m_file))
        return nullptr;
    if (!m_window->showPage(QStringLiteral("audit")))
        return nullptr;
    auto *page = m_window->findChild<AuditPage *>(QStringLiteral("auditPage"));
    if (page == nullptr)
        return nullptr;
    if (!QTest::qWaitFor([page] { return !page->isVerifying(); }, 10000))
        return nullptr;
    return page;
}

void TestAuditPage::queryPagesNewestFirstWithoutGaps()
{
    addSignIns(m_file, QStringLiteral("operator1"), 4);
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    const qint64 total = auditCount(m_file);
    QVERIFY(total >= 5);
    QList<qint64> ids;
    std::optional<qint64> before;
    for (;;) {
        auto page = AuditQuery::page(*db, {}, before, 2);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 2);
        for (const AuditEntry &entry : *page)
            ids << entry.id;
        before = page->constLast().id;
    }
    QCOMPARE(ids.size(), total);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) < ids.at(i - 1));
}

void TestAuditPage::queryFilters()
{
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto admin =
        UserStore(*db).authenticate(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"));
    QVERIFY(admin.ok());

    AuditFilter byUser;
    byUser.userLogin = QStringLiteral("admin");
    auto adminRows = AuditQuery::page(*db, byUser, std::nullopt, 1000);
    QVERIFY(adminRows.ok());
    QVERIFY(!adminRows->isEmpty());
    for (const AuditEntry &entry : *adminRows)
        QCOMPARE(entry.userLogin, QStringLiteral("admin"));
    QCOMPARE(adminRows->constFirst().action, QStringLiteral("user.sign-in"));

    AuditFilter byObject;
    byObject.objectType = QStringLiteral("user");
    byObject.objectId = QString::number(admin->userId);
    auto objectRows = AuditQuery::page(*db, byObject, std::nullopt, 1000);
    QVERIFY(objectRows.ok());
    QVERIFY(!objectRows->isEmpty());
    for (const AuditEntry &entry : *objectRows) {
        QCOMPARE(entry.objectType, QStringLiteral("user"));
        QCOMPARE(entry.objectId, QString::number(admin->userId));
    }

    // The sign-in just now is inside a window around now and outside one in 2000.
    AuditFilter recent;
    recent.from = QDateTime::currentDateTimeUtc().addSecs(-120);
    recent.to = QDateTime::currentDateTimeUtc().addSecs(120);
    auto recentRows = AuditQuery::page(*db, recent, std::nullopt, 1000);
    QVERIFY(recentRows.ok());
    QVERIFY(!recentRows->isEmpty());
    QCOMPARE(recentRows->constFirst().action, QStringLiteral("user.sign-in"));
    AuditFilter old;
    old.to = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    auto oldRows = AuditQuery::page(*db, old, std::nullopt, 1000);
    QVERIFY(oldRows.ok());
    QVERIFY(oldRows->isEmpty());

    auto logins = AuditQuery::logins(*db);
    QVERIFY(logins.ok());
    QVERIFY(logins->contains(QStringLiteral("operator2")));
    auto types = AuditQuery::objectTypes(*db);
    QVERIFY(types.ok());
    QVERIFY(types->contains(QStringLiteral("user")));
}

void TestAuditPage::pageListsRecordsAndVerifiesIntact()
{
    AuditPage *page = openAuditPage(QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021"));
    QVERIFY(page != nullptr);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->report().has_value());
    QVERIFY(page->report()->intact());
    const qint64 total = auditCount(m_file);
    QVERIFY(total > 0);
    QCOMPARE(page->report()->records, total);
    QVERIFY(page->report()->sealedProtocols > 0);
    const QRegularExpression intact(
        QStringLiteral("^Audit chain intact: ([0-9,]+) records?, ([0-9,]+) protocols? sealed\\.$"));
    const QRegularExpressionMatch match = intact.match(page->statusText());
    QVERIFY2(match.hasMatch(), qPrintable(page->statusText()));
    QCOMPARE(match.captured(1), QLocale().toString(total));
    QCOMPARE(match.captured(2), QLocale().toString(page->report()->sealedProtocols));

    // Newest first: the analyst's own sign-in heads the table.
    AuditTableModel *model = page->model();
    QCOMPARE(model->rowCount(), int(qMin<qint64>(total, AuditTableModel::kPageSize)));
    QCOMPARE(model->index(0, AuditTableModel::User).data().toString(), QStringLiteral("analyst"));
    QCOMPARE(model->index(0, AuditTableModel::UserRole).data().toString(),
             QStringLiteral("Analyst"));
    QCOMPARE(model->index(0, AuditTableModel::Action).data().toString(),
             QStringLiteral("user.sign-in"));
    QCOMPARE(model->index(model->rowCount() - 1, AuditTableModel::Action).data().toString(),
             QStringLiteral("election.create"));
    QVERIFY(page->table()->isVisible());
}

void TestAuditPage::pageNamesEditedRecord()
{
    AuditPage *page = openAuditPage(QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021"));
    QVERIFY(page != nullptr);
    QVERIFY(page->report()->intact());
    {
        auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET new_values = '{\"role\":\"x\"}' "
                                        "WHERE id = 2"))
                    .ok());
    }
    QSignalSpy verified(page, &AuditPage::verified);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("verifyAgainButton")),
                      Qt::LeftButton);
    QVERIFY(verified.wait(10000));
    QVERIFY(!page->report()->intact());
    QCOMPARE(page->report()->firstBroken->id, 2);
    QVERIFY2(page->statusText().contains(QLatin1String("Audit record 2 was edited")),
             qPrintable(page->statusText()));
    QVERIFY(!page->statusText().contains(QLatin1String("intact")));
}

void TestAuditPage::pageNamesChangedProtocol()
{
    {
        auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        auto changed = db->exec(QStringLiteral(
            "UPDATE protocol_vote SET votes = votes + 1 WHERE rowid = (SELECT MIN(rowid) "
            "FROM protocol_vote)"));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().detail));
    }
    AuditPage *page = openAuditPage(QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021"));
    QVERIFY(page != nullptr);
    QVERIFY(page->report().has_value());
    QCOMPARE(page->report()->changedProtocols.size(), 1);
    QVERIFY2(page->statusText().contains(QLatin1String("no longer match its seal")),
             qPrintable(page->statusText()));
}

void TestAuditPage::userFilterNarrowsTable()
{
    addSignIns(m_file, QStringLiteral("operator1"), 2);
    AuditPage *page = openAuditPage(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"));
    QVERIFY(page != nullptr);
    AuditTableModel *model = page->model();
    const int all = model->rowCount();
    QCOMPARE(all, auditCount(m_file));
    auto *user = page->findChild<QComboBox *>(QStringLiteral("auditUserFilter"));
    QVERIFY(user != nullptr);
    const int analyst = user->findData(QStringLiteral("analyst"));
    QVERIFY(analyst > 0);
    user->setCurrentIndex(analyst);
    QTRY_COMPARE(model->filter().userLogin, QStringLiteral("analyst"));
    // Nobody signed in as the analyst in this file.
    QCOMPARE(model->rowCount(), 0);
    user->setCurrentIndex(user->findData(QStringLiteral("admin")));
    QTRY_COMPARE(model->filter().userLogin, QStringLiteral("admin"));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditTableModel::User).data().toString(),
                 QStringLiteral("admin"));
    user->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), all);
}

void TestAuditPage::readableValues()
{
    QCOMPARE(AuditTableModel::readableValues(
                 QStringLiteral("{\"login\":\"operator1\",\"disabled\":true,\"n\":3}")),
             QStringLiteral("disabled: yes, login: operator1, n: 3"));
    QCOMPARE(AuditTableModel::readableValues(QString()), QString());
    QCOMPARE(AuditTableModel::readableValues(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestAuditPage::exportWritesCsv()
{
    AuditPage *page = openAuditPage(QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021"));
    QVERIFY(page != nullptr);
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QFile::remove(csv);
    m_prompter->nextSavePath = csv;
    QSignalSpy exported(page, &AuditPage::exported);
    page->exportCsv();
    QVERIFY(exported.wait(10000));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.constFirst().startsWith("id,occurred_at,user_login"));
    const qint64 total = auditCount(m_file);
    // Header, one line per record, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), total + 2);
    QCOMPARE(page->exportMessage(),
             QStringLiteral("%1 audit records written to %2.")
                 .arg(QLocale().toString(total), QDir::toNativeSeparators(csv)));
}

void TestAuditPage::backupAndRestore()
{
    m_signIn->signIns = {{QStringLiteral("admin"), QStringLiteral("demo-admin-2021")}};
    QVERIFY(m_window->openElection(m_file));
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QFile::remove(backup);
    QSignalSpy backedUp(m_window.get(), &MainWindow::backupFinished);
    m_window->backUpTo(backup);
    QVERIFY(backedUp.wait(20000));
    QVERIFY2(backedUp.constFirst().constFirst().toBool(),
             qPrintable(m_prompter->errors.join(u'\n')));
    QVERIFY(Backup::verifyFile(backup).ok());

    // A change after the backup, which the restore takes back.
    {
        auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(UserStore(*db).disable(*m_window->session(), QStringLiteral("operator2")).ok());
    }
    QVERIFY(isDisabled(m_file, QStringLiteral("operator2")));

    m_prompter->confirmAnswer = true;
    m_signIn->signIns = {{QStringLiteral("admin"), QStringLiteral("demo-admin-2021")}};
    QSignalSpy restored(m_window.get(), &MainWindow::restoreFinished);
    m_window->restoreFrom(backup);
    QVERIFY(restored.wait(20000));
    QVERIFY2(restored.constFirst().constFirst().toBool(),
             qPrintable(m_prompter->errors.join(u'\n')));
    QCOMPARE(m_prompter->confirmations.size(), 1);
    QVERIFY(m_prompter->confirmations.constFirst().contains(QLatin1String("is intact")));
    QVERIFY(m_window->isElectionOpen());
    QCOMPARE(m_window->session()->login, QStringLiteral("admin"));
    QCOMPARE(m_signIn->signInRequests, 2);
    QVERIFY(!isDisabled(m_file, QStringLiteral("operator2")));
}

void TestAuditPage::restoreNeedsConfirmation()
{
    m_signIn->signIns = {{QStringLiteral("admin"), QStringLiteral("demo-admin-2021")}};
    QVERIFY(m_window->openElection(m_file));
    const QString backup = m_dir.filePath(QStringLiteral("backup2.sqlite"));
    QFile::remove(backup);
    QSignalSpy backedUp(m_window.get(), &MainWindow::backupFinished);
    m_window->backUpTo(backup);
    QVERIFY(backedUp.wait(20000));
    QVERIFY(backedUp.constFirst().constFirst().toBool());
    const qint64 before = auditCount(m_file);

    m_prompter->confirmAnswer = false;
    QSignalSpy restored(m_window.get(), &MainWindow::restoreFinished);
    m_window->restoreFrom(backup);
    QVERIFY(restored.wait(20000));
    QVERIFY(!restored.constFirst().constFirst().toBool());
    QCOMPARE(m_prompter->confirmations.size(), 1);
    QVERIFY(m_window->isElectionOpen());
    QCOMPARE(m_signIn->signInRequests, 1);
    QCOMPARE(auditCount(m_file), before);

    // A damaged backup is refused before any question.
    {
        auto db = Database::open(backup, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1")).ok());
    }
    QSignalSpy refused(m_window.get(), &MainWindow::restoreFinished);
    m_window->restoreFrom(backup);
    QVERIFY(refused.wait(20000));
    QVERIFY(!refused.constFirst().constFirst().toBool());
    QCOMPARE(m_prompter->confirmations.size(), 1);
    QCOMPARE(m_prompter->errorTitles.constLast(), QStringLiteral("Cannot Restore"));
}

void TestAuditPage::analystMayNotBackUp()
{
    m_signIn->signIns = {{QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021")}};
    QVERIFY(m_window->openElection(m_file));
    const QString backup = m_dir.filePath(QStringLiteral("refused.sqlite"));
    QSignalSpy backedUp(m_window.get(), &MainWindow::backupFinished);
    m_window->backUpTo(backup);
    QCOMPARE(backedUp.count(), 1);
    QVERIFY(!backedUp.constFirst().constFirst().toBool());
    QCOMPARE(m_prompter->errors.size(), 1);
    QVERIFY2(m_prompter->errors.constFirst().contains(QLatin1String("ask an administrator")),
             qPrintable(m_prompter->errors.constFirst()));
    QVERIFY(!QFile::exists(backup));
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
