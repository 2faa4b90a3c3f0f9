#include "Database.h"
#include "DemoFixture.h"
#include "ElectionView.h"
#include "MainWindow.h"
#include "ProgressPage.h"
#include "ProgressQueries.h"
#include "RecordingPrompter.h"
#include "RegisterQuery.h"
#include "ResolutionFixture.h"
#include "ResolutionPage.h"
#include "SourcePluralTranslator.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace bd;

namespace {

QStringList countTexts(const ProgressCounts &c)
{
    const QLocale locale;
    return {locale.toString(c.total),     locale.toString(c.noEntry),
            locale.toString(c.oneEntry),  locale.toString(c.differing),
            locale.toString(c.erroneous), locale.toString(c.accepted)};
}

QStringList treeTexts(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int column = 1; column <= 6; ++column)
        texts << item->text(column);
    return texts;
}

QStringList rowTexts(const QTableWidget *table, int row, int firstColumn)
{
    QStringList texts;
    for (int column = firstColumn; column < firstColumn + 6; ++column)
        texts << table->item(row, column)->text();
    return texts;
}

} // namespace

/** The progress page counts what ProgressQueries counts, and shows decided winners. */
class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsMatchQueries();
    void listsProtocolsLeftByState();
    void enterOnDifferingAsksForResolution();
    void mainWindowJumpsToResolution();
    void winnerShownForDecidedContest();
    void resultTexts_data();
    void resultTexts();

private:
    bool waitLoaded();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    SourcePluralTranslator m_plurals;
    std::optional<Database> m_db;
    qint64 m_electionId = 0;
    std::optional<Session> m_coordinator;
    QList<test::ReopenedProtocol> m_protocols; ///< open, one entry, differing, erroneous
    ElectionContext m_context;
    std::unique_ptr<ProgressPage> m_page;
};

void TestProgressPage::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestProgressPage::init()
{
    m_file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(m_template, m_file));
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    auto heading = RegisterQuery::election(*m_db);
    QVERIFY(heading.ok());
    m_electionId = heading->id;
    m_coordinator = test::demoSession(*m_db, QStringLiteral("coordinator"));
    const auto op1 = test::demoSession(*m_db, QStringLiteral("operator1"));
    const auto op2 = test::demoSession(*m_db, QStringLiteral("operator2"));
    QVERIFY(m_coordinator && op1 && op2);

    // One protocol of each state but accepted: open, one entry, differing, erroneous.
    m_protocols = test::reopenProtocols(*m_db, *m_coordinator, m_electionId, 4);
    QCOMPARE(m_protocols.size(), 4);
    const test::ReopenedProtocol &one = m_protocols.at(1);
    const test::ReopenedProtocol &differing = m_protocols.at(2);
    const test::ReopenedProtocol &erroneous = m_protocols.at(3);
    QVERIFY(test::finishEntry(*m_db, *op1, one, one.paper));
    QVERIFY(test::finishEntry(*m_db, *op1, differing, differing.paper));
    QVERIFY(test::finishEntry(*m_db, *op2, differing,
                              test::shiftOneVote(differing.sheet, differing.paper)));
    ProtocolFigures wrong = erroneous.paper;
    wrong.ballotsReceived = CountValue::of(*wrong.ballotsReceived.number() + 5);
    QVERIFY(test::finishEntry(*m_db, *op1, erroneous, wrong, /*referWithErrors=*/true));

    m_context = ElectionContext{&*m_db, m_file, true, m_coordinator};
    m_page = std::make_unique<ProgressPage>();
    m_page->setElection(&m_context);
    m_page->resize(1280, 800);
    m_page->show(); // showing the page counts
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(waitLoaded());
}

void TestProgressPage::cleanup()
{
    m_page.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
}

bool TestProgressPage::waitLoaded()
{
    return QTest::qWaitFor([this] { return !m_page->isLoading(); }, 30000);
}

void TestProgressPage::countsMatchQueries()
{
    auto national = ProgressQueries::national(*m_db, m_electionId);
    QVERIFY(national.ok());
    QCOMPARE(national->noEntry, 1);
    QCOMPARE(national->oneEntry, 1);
    QCOMPARE(national->differing, 1);
    QCOMPARE(national->erroneous, 1);
    QCOMPARE(m_page->nationalCounts(), std::optional(*national));
    const QLocale locale;
    QVERIFY2(m_page->summaryText().startsWith(
                 QStringLiteral("%1 of %2 protocols accepted")
                     .arg(locale.toString(national->accepted), locale.toString(national->total))),
             qPrintable(m_page->summaryText()));

    // The tree: all regions, then each region as ProgressQueries counts it.
    QTreeWidget *tree = m_page->territoryTree();
    QTreeWidgetItem *all = tree->topLevelItem(0);
    QCOMPARE(treeTexts(all), countTexts(*national));
    auto regions = ProgressQueries::territories(*m_db, m_electionId, std::nullopt);
    QVERIFY(regions.ok());
    QCOMPARE(all->childCount(), int(regions->size()));
    int regionsWithWork = 0;
    for (int i = 0; i < regions->size(); ++i) {
        QCOMPARE(all->child(i)->text(0), regions->at(i).name);
        QCOMPARE(treeTexts(all->child(i)), countTexts(regions->at(i).counts));
        regionsWithWork += regions->at(i).counts.accepted < regions->at(i).counts.total ? 1 : 0;
    }
    QVERIFY(regionsWithWork >= 1);

    // Drill down: a region with work left, then its districts and contests.
    int regionRow = 0;
    while (regions->at(regionRow).counts.accepted == regions->at(regionRow).counts.total)
        ++regionRow;
    tree->setCurrentItem(all->child(regionRow));
    QVERIFY(waitLoaded());
    auto districts =
        ProgressQueries::territories(*m_db, m_electionId, regions->at(regionRow).territoryId);
    QVERIFY(districts.ok());
    QCOMPARE(all->child(regionRow)->childCount(), int(districts->size()));
    for (int i = 0; i < districts->size(); ++i)
        QCOMPARE(treeTexts(all->child(regionRow)->child(i)), countTexts(districts->at(i).counts));
    auto contests =
        ProgressQueries::contests(*m_db, m_electionId, regions->at(regionRow).territoryId);
    QVERIFY(contests.ok());
    QTableWidget *table = m_page->contestTable();
    QCOMPARE(table->rowCount(), int(contests->size()));
    for (int i = 0; i < contests->size(); ++i) {
        QCOMPARE(table->item(i, 0)->text(), contests->at(i).code);
        QCOMPARE(rowTexts(table, i, 3), countTexts(contests->at(i).counts));
    }
}

void TestProgressPage::listsProtocolsLeftByState()
{
    // The coordinator's work first: the differing protocol.
    QCOMPARE(m_page->listedProtocolIds(), QList<qint64>{m_protocols.at(2).id});
    m_page->chooseState(ProtocolState::Erroneous);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->listedProtocolIds(), QList<qint64>{m_protocols.at(3).id});
    m_page->chooseState(ProtocolState::FirstEntered);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->listedProtocolIds(), QList<qint64>{m_protocols.at(1).id});
    m_page->chooseState(ProtocolState::Open);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->listedProtocolIds(), QList<qint64>{m_protocols.at(0).id});
    QCOMPARE(m_page->protocolTable()->item(0, 0)->text(),
             m_protocols.at(0).sheet.choice.stationNumber);
    QCOMPARE(m_page->protocolTable()->item(0, 4)->text(),
             ProtocolEntryService::stateLabel(ProtocolState::Open));
}

void TestProgressPage::enterOnDifferingAsksForResolution()
{
    QSignalSpy resolve(m_page.get(), &ProgressPage::resolveRequested);
    QTableWidget *table = m_page->protocolTable();
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(resolve.count(), 1);
    QCOMPARE(resolve.at(0).at(0).toLongLong(), m_protocols.at(2).id);
}

void TestProgressPage::mainWindowJumpsToResolution()
{
    m_page.reset();
    test::RecordingPrompter prompter;
    MainWindow window(nullptr, &prompter);
    QVERIFY(window.loadElection(m_file, MainWindow::SummaryMode::Immediate).ok());
    window.setSession(m_coordinator);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.showPage(QStringLiteral("progress")));
    auto *progress = window.findChild<ProgressPage *>(QStringLiteral("progressPage"));
    QVERIFY(progress != nullptr);
    QVERIFY(QTest::qWaitFor([progress] { return !progress->isLoading(); }, 30000));
    QCOMPARE(progress->listedProtocolIds(), QList<qint64>{m_protocols.at(2).id});

    QTableWidget *table = progress->protocolTable();
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(window.currentPageKey(), QStringLiteral("resolution"));
    auto *resolution = window.findChild<ResolutionPage *>(QStringLiteral("resolutionPage"));
    QVERIFY(resolution != nullptr);
    QCOMPARE(resolution->currentProtocolId(), m_protocols.at(2).id);
    window.closeElection();
}

void TestProgressPage::winnerShownForDecidedContest()
{
    auto contests = ProgressQueries::contests(*m_db, m_electionId, std::nullopt);
    QVERIFY(contests.ok());
    QTableWidget *table = m_page->contestTable();
    QCOMPARE(table->rowCount(), int(contests->size()));
    const int resultColumn = 1;
    QCOMPARE(table->horizontalHeaderItem(resultColumn)->text(), QStringLiteral("Result"));
    int decided = 0;
    int pending = 0;
    for (int i = 0; i < contests->size(); ++i) {
        const ContestProgress &c = contests->at(i);
        if (c.outcome.state == ContestOutcome::State::Decided) {
            QVERIFY(!c.winnerName.isEmpty());
            QCOMPARE(table->item(i, resultColumn)->text(), c.winnerName);
            ++decided;
        } else if (c.outcome.state == ContestOutcome::State::Pending) {
            QCOMPARE(table->item(i, resultColumn)->text(),
                     QStringLiteral("Waiting: %1 of %2 accepted")
                         .arg(c.counts.accepted)
                         .arg(c.counts.total));
            ++pending;
        }
    }
    QVERIFY(decided > 0);
    QVERIFY(pending >= 1); // the contests of the reopened protocols
}

void TestProgressPage::resultTexts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("decided") << int(ContestOutcome::State::Decided) << QStringLiteral("A. Winner");
    QTest::newRow("tie") << int(ContestOutcome::State::Tie) << QStringLiteral("Undecided (tie)");
    QTest::newRow("against all") << int(ContestOutcome::State::NoWinnerAgainstAll)
                                 << QStringLiteral("No winner (against all)");
    QTest::newRow("pending") << int(ContestOutcome::State::Pending)
                             << QStringLiteral("Waiting: 3 of 5 accepted");
}

void TestProgressPage::resultTexts()
{
    QFETCH(int, state);
    QFETCH(QString, text);
    ContestProgress contest;
    contest.outcome.state = static_cast<ContestOutcome::State>(state);
    contest.winnerName = QStringLiteral("A. Winner");
    contest.counts.total = 5;
    contest.counts.accepted = 3;
    QCOMPARE(ProgressPage::resultText(contest), text);
}

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
