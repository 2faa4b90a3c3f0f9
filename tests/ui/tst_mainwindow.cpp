#include "AppSettings.h"
#include "Database.h"
#include "DemoFixture.h"
#include "ElectionNight.h"
#include "FigureCard.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "ProgressPage.h"
#include "RecordingPrompter.h"
#include "RegisterTableModel.h"
#include "RegisterView.h"
#include "SourcePluralTranslator.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace bd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QAction *findAction(QWidget *window, const QString &text)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

/** The main window: title, banner, overview figures, registers, errors, recent files, demo. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithoutElection();
    void titleNamesElectionAndBannerShowsSyntheticData();
    void overviewShowsNationalFigures();
    void overviewComputesInBackground();
    void everyViewRendersWithoutWarnings();
    void shortcutsSwitchPages();
    void filterFindsRowsAfterTyping();
    void nonSqliteFileIsReportedAndUntouched();
    void missingFileIsReported();
    void failedOpenKeepsOpenElection();
    void recentFilesRememberOpenedFile();
    void aboutNamesLicenceAndAttribution();
    void newFromDemoCreatesAndOpens();
    void newFromDemoCanBeCancelled();
    void closingWhileLoadingLeavesNoWorkBehind();
    void pagesFollowChangesMadeElsewhere();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_election;
    SourcePluralTranslator m_plurals;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<test::RecordingPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_demo = test::createDemoFile(m_dir);
    QVERIFY(!m_demo.isEmpty());
    auto db = Database::open(m_demo, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto heading = RegisterQuery::election(*db);
    QVERIFY(heading.ok());
    QVERIFY(heading->synthetic);
    m_election = heading->name;
    QVERIFY(!m_election.isEmpty());
}

void TestMainWindow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_prompter = std::make_unique<test::RecordingPrompter>();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_prompter.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_prompter.reset();
    m_settings.reset();
    m_qsettings.reset();
}

void TestMainWindow::startsWithoutElection()
{
    QVERIFY(!m_window->isElectionOpen());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("BallotDesk"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("syntheticBanner"))->isVisible());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("welcome"))->isVisible());
}

void TestMainWindow::titleNamesElectionAndBannerShowsSyntheticData()
{
    QVERIFY(m_window->loadElection(m_demo, MainWindow::SummaryMode::Immediate).ok());
    QCOMPARE(m_window->windowTitle(), m_election + QStringLiteral(" — BallotDesk"));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("syntheticBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Demo data: published totals, synthetic details"));
    QVERIFY(m_prompter->errors.isEmpty());
}

void TestMainWindow::overviewShowsNationalFigures()
{
    QVERIFY(m_window->loadElection(m_demo, MainWindow::SummaryMode::Immediate).ok());
    OverviewPage *overview = m_window->overviewPage();
    QVERIFY(overview->isVisible());
    QCOMPARE(overview->card(QStringLiteral("seats"))->value(), QStringLiteral("730"));
    QCOMPARE(overview->card(QStringLiteral("seats"))->detail(), QStringLiteral("in 14 regions"));
    QCOMPARE(overview->card(QStringLiteral("polling_stations"))->value(), QStringLiteral("1,847"));
    QCOMPARE(overview->card(QStringLiteral("candidates_nominated"))->value(),
             QStringLiteral("2,582"));
    QCOMPARE(overview->card(QStringLiteral("candidates_registered"))->value(),
             QStringLiteral("2,297"));
    QCOMPARE(overview->card(QStringLiteral("candidates_party"))->value(), QStringLiteral("878"));
    QVERIFY(overview->card(QStringLiteral("candidates_party"))
                ->detail()
                .contains(QStringLiteral("38.2 %")));
    QCOMPARE(overview->card(QStringLiteral("candidates_self"))->value(), QStringLiteral("1,419"));
    QVERIFY(overview->card(QStringLiteral("candidates_self"))
                ->detail()
                .contains(QStringLiteral("61.8 %")));
    QCOMPARE(overview->card(QStringLiteral("candidates_men"))->value(), QStringLiteral("1,839"));
    QCOMPARE(overview->card(QStringLiteral("candidates_women"))->value(), QStringLiteral("458"));
    QCOMPARE(overview->card(QStringLiteral("voters"))->value(), QStringLiteral("1,209,817"));
    QCOMPARE(overview->card(QStringLiteral("serious_incidents"))->value(), QStringLiteral("0"));
    QCOMPARE(overview->card(QStringLiteral("contests_decided"))->value(), QStringLiteral("730"));

    QTableWidget *turnout = overview->turnoutTable();
    QCOMPARE(turnout->rowCount(), 14);
    QCOMPARE(turnout->item(0, 0)->text(), QStringLiteral("East Kazakhstan Region"));
    QCOMPARE(turnout->item(0, 3)->text(), QStringLiteral("90.9 %"));
    QCOMPARE(turnout->item(1, 0)->text(), QStringLiteral("Zhambyl Region"));
    QCOMPARE(turnout->item(13, 0)->text(), QStringLiteral("Almaty Region"));
    QCOMPARE(turnout->item(13, 3)->text(), QStringLiteral("66.5 %"));
}

void TestMainWindow::overviewComputesInBackground()
{
    QSignalSpy loaded(m_window->overviewPage(), &OverviewPage::loaded);
    QVERIFY(m_window->openElection(m_demo));
    QVERIFY(m_window->overviewPage()->isLoading());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_window->overviewPage()->card(QStringLiteral("seats"))->value(),
             QStringLiteral("730"));
    QVERIFY(m_prompter->errors.isEmpty());
}

void TestMainWindow::everyViewRendersWithoutWarnings()
{
    // Any warning fails, except the offscreen platform's note on window size hints.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    QVERIFY(m_window->loadElection(m_demo, MainWindow::SummaryMode::Immediate).ok());
    for (const QString &key : MainWindow::pageKeys()) {
        QVERIFY(m_window->showPage(key));
        QCOMPARE(m_window->currentPageKey(), key);
        QApplication::processEvents();
        const QPixmap image = m_window->grab();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_window->size());
        if (const std::optional<Register> reg = RegisterQuery::fromKey(key)) {
            RegisterView *view = m_window->registerView(*reg);
            QVERIFY(view->isVisible());
            QVERIFY(view->model()->rowCount() > 0);
            QVERIFY(view->matchingRows() > 0);
        }
    }
    QVERIFY(!m_window->showPage(QStringLiteral("nonsense")));
}

void TestMainWindow::shortcutsSwitchPages()
{
    QVERIFY(m_window->loadElection(m_demo, MainWindow::SummaryMode::Immediate).ok());
    QAction *contests = findAction(m_window.get(), QStringLiteral("Contests"));
    QVERIFY(contests);
    QCOMPARE(contests->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *observers = findAction(m_window.get(), QStringLiteral("Observers"));
    QVERIFY(observers);
    QCOMPARE(observers->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
    // Past Ctrl+9 and Ctrl+0 the election-night pages have letters of their own.
    const QList<QPair<QString, QKeySequence>> later = {
        {QStringLiteral("Charts"), QKeySequence(Qt::CTRL | Qt::Key_0)},
        {QStringLiteral("Protocol entry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        {QStringLiteral("Resolution"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {QStringLiteral("Progress"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
        {QStringLiteral("Hourly turnout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {QStringLiteral("Audit log"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
    };
    for (const auto &[title, keys] : later) {
        QAction *action = findAction(m_window.get(), title);
        QVERIFY2(action, qPrintable(title));
        QCOMPARE(action->shortcut(), keys);
    }

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("contests"));
    QVERIFY(contests->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("progress"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("overview"));
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentRow(), 0);
}

void TestMainWindow::filterFindsRowsAfterTyping()
{
    QVERIFY(m_window->loadElection(m_demo, MainWindow::SummaryMode::Immediate).ok());
    QVERIFY(m_window->showPage(QStringLiteral("stations")));
    RegisterView *view = m_window->registerView(Register::PollingStations);
    auto *count = view->findChild<QLabel *>(QStringLiteral("rowCount"));
    QCOMPARE(count->text(), QStringLiteral("1,847 rows"));
    QTest::keyClicks(view->filterEdit(), QStringLiteral("Mangystau"));
    // Debounced: nothing is queried while the user types.
    QCOMPARE(view->model()->filter(), QString());
    QTRY_COMPARE(view->model()->filter(), QStringLiteral("Mangystau"));
    QCOMPARE(view->matchingRows(), qint64(14));
    QCOMPARE(count->text(), QStringLiteral("14 rows"));
    QCOMPARE(view->model()->rowCount(), 14);

    // One row reads in the singular: a station code is unique.
    const QString code = view->model()->index(0, 0).data().toString();
    view->filterEdit()->setText(code);
    QTRY_COMPARE(view->matchingRows(), qint64(1));
    QCOMPARE(count->text(), QStringLiteral("1 row"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::nonSqliteFileIsReportedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the commission meeting, not a database.\n");
    }
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    QVERIFY(!m_window->openElection(path));
    QCOMPARE(m_prompter->errors.size(), 1);
    QVERIFY2(
        m_prompter->errors.constFirst().contains(QStringLiteral("not a BallotDesk election file")),
        qPrintable(m_prompter->errors.constFirst()));
    QCOMPARE(m_prompter->errorTitles.constFirst(), QStringLiteral("Cannot Open Election File"));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!m_window->isElectionOpen());
    QVERIFY(m_settings->recentFiles().isEmpty());
}

void TestMainWindow::missingFileIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
    QVERIFY(!m_window->openElection(path));
    QCOMPARE(m_prompter->errors.size(), 1);
    QVERIFY(m_prompter->errors.constFirst().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::failedOpenKeepsOpenElection()
{
    QVERIFY(m_window->openElection(m_demo));
    QVERIFY(!m_window->openElection(m_dir.filePath(QStringLiteral("absent.sqlite"))));
    QVERIFY(m_window->isElectionOpen());
    QCOMPARE(m_window->currentFile(), m_demo);
    QVERIFY(m_window->windowTitle().startsWith(m_election));
}

void TestMainWindow::recentFilesRememberOpenedFile()
{
    QVERIFY(m_window->openElection(m_demo));
    QCOMPARE(m_settings->recentFiles(), QStringList{QFileInfo(m_demo).canonicalFilePath()});
    m_qsettings->sync();
    QSettings reread(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(AppSettings(&reread).recentFiles().size(), 1);

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QVERIFY(findAction(m_window.get(), QStringLiteral("1 demo.sqlite")));

    for (int i = 0; i < AppSettings::MaxRecentFiles + 3; ++i)
        m_settings->addRecentFile(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(i)));
    QCOMPARE(m_settings->recentFiles().size(), AppSettings::MaxRecentFiles);
}

void TestMainWindow::aboutNamesLicenceAndAttribution()
{
    QAction *about = findAction(m_window.get(), QStringLiteral("About BallotDesk"));
    QVERIFY(about);
    about->trigger();
    QCOMPARE(m_prompter->abouts.size(), 1);
    QVERIFY(m_prompter->abouts.constFirst().contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(m_prompter->abouts.constFirst().contains(QStringLiteral("geokz")));
    QVERIFY(m_prompter->abouts.constFirst().contains(QStringLiteral("CC BY 4.0")));
}

void TestMainWindow::newFromDemoCreatesAndOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("created.sqlite"));
    m_prompter->nextSavePath = path;
    QSignalSpy finished(m_window.get(), &MainWindow::demoCreationFinished);
    QAction *action = findAction(m_window.get(), QStringLiteral("New from Demo…"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(m_window->isCreatingDemo());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join(QLatin1Char('\n'))));
    QVERIFY(m_window->isElectionOpen());
    QCOMPARE(QFileInfo(m_window->currentFile()), QFileInfo(path));
    QCOMPARE(m_window->windowTitle(), m_election + QStringLiteral(" — BallotDesk"));
}

void TestMainWindow::newFromDemoCanBeCancelled()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    QSignalSpy finished(m_window.get(), &MainWindow::demoCreationFinished);
    m_window->createDemoElection(path);
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(m_prompter->errors.isEmpty());
    QVERIFY(!m_window->isElectionOpen());
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::closingWhileLoadingLeavesNoWorkBehind()
{
    // Open the election without waiting for its summary, start the map and charts loading,
    // then close the window at once: every page waits for its own background work, so nothing
    // runs on afterwards and nothing holds the application's thread pool at exit.
    QVERIFY(m_window->openElection(m_demo));
    QVERIFY(m_window->overviewPage()->isLoading());
    QVERIFY(m_window->showPage(QStringLiteral("map")));
    QVERIFY(m_window->showPage(QStringLiteral("charts")));
    m_window.reset();
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
}

void TestMainWindow::pagesFollowChangesMadeElsewhere()
{
    // Another desk reopens protocols of the election this window shows: within a few seconds
    // the progress page counts them again, without F5.
    const QString path = m_dir.filePath(QStringLiteral("changing.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QVERIFY(m_window->loadElection(path, MainWindow::SummaryMode::Immediate).ok());
    QVERIFY(m_window->showPage(QStringLiteral("progress")));
    auto *progress = m_window->findChild<ProgressPage *>();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->nationalCounts() && progress->nationalCounts()->accepted == 1847, 30000);
    {
        auto other = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(other.ok());
        auto heading = RegisterQuery::election(*other);
        QVERIFY(heading.ok());
        auto ids = ElectionNight::everyNth(*other, heading->id, 400);
        QVERIFY(ids.ok());
        QVERIFY(!ids->isEmpty());
        QVERIFY(ElectionNight::reopen(*other, *ids).ok());
        const qint64 expected = 1847 - ids->size();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->nationalCounts() && progress->nationalCounts()->accepted == expected, 30000);
        QCOMPARE(progress->nationalCounts()->noEntry, qint64(ids->size()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
