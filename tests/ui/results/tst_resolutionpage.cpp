#include "Database.h"
#include "DemoFixture.h"
#include "ElectionView.h"
#include "RecordingPrompter.h"
#include "RegisterQuery.h"
#include "ResolutionFixture.h"
#include "ResolutionPage.h"
#include "SourcePluralTranslator.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace bd;

/** The coordinator's resolution page, driven by its keyboard shortcuts only. */
class TestResolutionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsBothEntriesWithDifferencesMarked();
    void keepFirstThenKeepSecond();
    void returnSendsEntryBackWithRemark();
    void returnWithoutRemarkChangesNothing();
    void discardBothWithReason();
    void keepingEntryWithErrorsIsRefused();
    void operatorOnlyReads();

private:
    ProtocolState stateOf(qint64 protocolId) const;
    std::optional<ProtocolFigures> officialOf(qint64 protocolId) const;
    /** Reopens @p count protocols; the first operator enters the paper, the second differs. */
    QList<test::ReopenedProtocol> makeDiffering(int count);
    void press(Qt::Key key);
    int markedRows() const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    SourcePluralTranslator m_plurals;
    std::optional<Database> m_db;
    qint64 m_electionId = 0;
    std::optional<Session> m_coordinator;
    std::optional<Session> m_operator1;
    std::optional<Session> m_operator2;
    ElectionContext m_context;
    std::unique_ptr<test::RecordingPrompter> m_prompter;
    std::unique_ptr<ResolutionPage> m_page;
};

void TestResolutionPage::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestResolutionPage::init()
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
    m_operator1 = test::demoSession(*m_db, QStringLiteral("operator1"));
    m_operator2 = test::demoSession(*m_db, QStringLiteral("operator2"));
    QVERIFY(m_coordinator && m_operator1 && m_operator2);

    m_prompter = std::make_unique<test::RecordingPrompter>();
    m_context = ElectionContext{&*m_db, m_file, true, m_coordinator};
    m_page = std::make_unique<ResolutionPage>();
    m_page->setPrompter(m_prompter.get());
    m_page->setElection(&m_context);
    m_page->resize(1200, 760);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestResolutionPage::cleanup()
{
    m_page.reset();
    m_prompter.reset();
    m_db.reset();
}

ProtocolState TestResolutionPage::stateOf(qint64 protocolId) const
{
    auto sheet = ProtocolEntryService(*m_db, *m_coordinator).sheet(protocolId);
    return sheet ? sheet->choice.state : ProtocolState::Open;
}

std::optional<ProtocolFigures> TestResolutionPage::officialOf(qint64 protocolId) const
{
    auto sheet = ProtocolEntryService(*m_db, *m_coordinator).sheet(protocolId);
    return sheet ? sheet->accepted : std::nullopt;
}

QList<test::ReopenedProtocol> TestResolutionPage::makeDiffering(int count)
{
    const QList<test::ReopenedProtocol> protocols =
        test::reopenProtocols(*m_db, *m_coordinator, m_electionId, count);
    if (protocols.size() != count)
        return {};
    for (const test::ReopenedProtocol &p : protocols) {
        if (!test::finishEntry(*m_db, *m_operator1, p, p.paper) ||
            !test::finishEntry(*m_db, *m_operator2, p, test::shiftOneVote(p.sheet, p.paper)))
            return {};
    }
    m_page->reload();
    return protocols;
}

void TestResolutionPage::press(Qt::Key key)
{
    QTest::keyClick(m_page.get(), key, Qt::AltModifier);
}

int TestResolutionPage::markedRows() const
{
    int marked = 0;
    QTableWidget *entries = m_page->entriesTable();
    for (int row = 0; row < entries->rowCount(); ++row)
        marked += entries->item(row, 0)->text() == QStringLiteral("≠") ? 1 : 0;
    return marked;
}

void TestResolutionPage::showsBothEntriesWithDifferencesMarked()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(1);
    QCOMPARE(protocols.size(), 1);
    const test::ReopenedProtocol &p = protocols.constFirst();
    QCOMPARE(m_page->queuedProtocolIds(), QList<qint64>{p.id});
    QCOMPARE(m_page->currentProtocolId(), p.id);

    // A, B, C, C2, D, E, E2, F and one row per candidate; the two moved votes are marked.
    QTableWidget *entries = m_page->entriesTable();
    QCOMPARE(entries->rowCount(),
             8 + int(p.sheet.candidates.size()) + (p.sheet.context.againstAllEnabled ? 1 : 0));
    QCOMPARE(markedRows(), 2);
    const QLocale locale;
    const qint64 firstVotes = *p.paper.votesFor(p.sheet.candidates.at(0).id)->number();
    QCOMPARE(entries->item(8, 0)->text(), QStringLiteral("≠"));
    QCOMPARE(entries->item(8, 2)->text(), locale.toString(firstVotes));
    QCOMPARE(entries->item(8, 3)->text(), locale.toString(firstVotes - 1));
    // The marked rows are coloured too, not only marked.
    QVERIFY(entries->item(8, 2)->background().style() != Qt::NoBrush);
    QVERIFY(entries->item(0, 2)->background().style() == Qt::NoBrush);
    // Who entered what.
    QVERIFY(entries->horizontalHeaderItem(2)->text().contains(QStringLiteral("operator1")));
    QVERIFY(entries->horizontalHeaderItem(3)->text().contains(QStringLiteral("operator2")));
    auto *first = m_page->findChild<QLabel *>(QStringLiteral("firstEntrySummary"));
    QVERIFY(first != nullptr && first->text().contains(QStringLiteral("operator1")));
}

void TestResolutionPage::keepFirstThenKeepSecond()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(3);
    QCOMPARE(protocols.size(), 3);
    QCOMPARE(m_page->queuedProtocolIds(),
             (QList<qint64>{protocols.at(0).id, protocols.at(1).id, protocols.at(2).id}));
    QCOMPARE(m_page->currentProtocolId(), protocols.at(0).id);
    QSignalSpy resolved(m_page.get(), &ResolutionPage::resolved);

    press(Qt::Key_1); // keep first
    QCOMPARE(stateOf(protocols.at(0).id), ProtocolState::Accepted);
    QCOMPARE(officialOf(protocols.at(0).id), std::optional(protocols.at(0).paper));
    QCOMPARE(resolved.count(), 1);
    // The next protocol of the queue is chosen at once.
    QCOMPARE(m_page->queuedProtocolIds(), (QList<qint64>{protocols.at(1).id, protocols.at(2).id}));
    QCOMPARE(m_page->currentProtocolId(), protocols.at(1).id);
    QVERIFY(m_page->messageText().contains(QStringLiteral("first entry was kept")));

    press(Qt::Key_2); // keep second
    QCOMPARE(stateOf(protocols.at(1).id), ProtocolState::Accepted);
    QCOMPARE(officialOf(protocols.at(1).id),
             std::optional(test::shiftOneVote(protocols.at(1).sheet, protocols.at(1).paper)));
    QCOMPARE(m_page->currentProtocolId(), protocols.at(2).id);
    QCOMPARE(stateOf(protocols.at(2).id), ProtocolState::Differing);
}

void TestResolutionPage::returnSendsEntryBackWithRemark()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(2);
    QCOMPARE(protocols.size(), 2);
    const qint64 id = protocols.at(0).id;
    m_prompter->textAnswer = QStringLiteral("Check the votes of the first two candidates.");

    press(Qt::Key_3); // return the first entry
    QCOMPARE(m_prompter->textQuestions.size(), 1);
    QVERIFY(m_prompter->textQuestions.constFirst().contains(QStringLiteral("operator1")));
    // The second entry stands; the first operator has their entry back with the remark.
    QCOMPARE(stateOf(id), ProtocolState::FirstEntered);
    QVERIFY(!officialOf(id));
    auto mine = ProtocolEntryService(*m_db, *m_operator1).myEntry(id);
    QVERIFY(mine.ok() && mine->has_value());
    QCOMPARE((*mine)->state, EntryState::Returned);
    QCOMPARE((*mine)->remark, QStringLiteral("Check the votes of the first two candidates."));
    QCOMPARE(m_page->currentProtocolId(), protocols.at(1).id);

    press(Qt::Key_4); // return the second entry of the next one
    QCOMPARE(stateOf(protocols.at(1).id), ProtocolState::FirstEntered);
    auto theirs = ProtocolEntryService(*m_db, *m_operator2).myEntry(protocols.at(1).id);
    QVERIFY(theirs.ok() && theirs->has_value());
    QCOMPARE((*theirs)->state, EntryState::Returned);
    QVERIFY(m_page->queuedProtocolIds().isEmpty());
    QCOMPARE(m_page->currentProtocolId(), 0);
}

void TestResolutionPage::returnWithoutRemarkChangesNothing()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(1);
    QCOMPARE(protocols.size(), 1);
    const qint64 id = protocols.at(0).id;

    m_prompter->textAnswer.reset(); // the coordinator cancels the prompt
    press(Qt::Key_3);
    QCOMPARE(stateOf(id), ProtocolState::Differing);
    QCOMPARE(m_page->currentProtocolId(), id);

    m_prompter->textAnswer = QStringLiteral("   "); // an empty remark is refused
    press(Qt::Key_3);
    QCOMPARE(stateOf(id), ProtocolState::Differing);
    QVERIFY2(m_page->messageText().startsWith(QStringLiteral("Refused:")),
             qPrintable(m_page->messageText()));
}

void TestResolutionPage::discardBothWithReason()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(1);
    QCOMPARE(protocols.size(), 1);
    const qint64 id = protocols.at(0).id;
    m_prompter->textAnswer = QStringLiteral("Both operators read the wrong sheet.");

    press(Qt::Key_D);
    QCOMPARE(stateOf(id), ProtocolState::Open);
    QVERIFY(!officialOf(id));
    // Nobody has a live entry: the protocol is entered twice again.
    auto first = ProtocolEntryService(*m_db, *m_operator1).myEntry(id);
    auto second = ProtocolEntryService(*m_db, *m_operator2).myEntry(id);
    QVERIFY(first.ok() && !first->has_value());
    QVERIFY(second.ok() && !second->has_value());
    QVERIFY(m_page->queuedProtocolIds().isEmpty());
    QVERIFY(m_page->messageText().contains(QStringLiteral("both entries were discarded")));
}

void TestResolutionPage::keepingEntryWithErrorsIsRefused()
{
    const QList<test::ReopenedProtocol> protocols =
        test::reopenProtocols(*m_db, *m_coordinator, m_electionId, 1);
    QCOMPARE(protocols.size(), 1);
    const test::ReopenedProtocol &p = protocols.constFirst();
    // The second operator refers the protocol with an error: B does not add up (P.F.101).
    ProtocolFigures wrong = p.paper;
    wrong.ballotsReceived = CountValue::of(*wrong.ballotsReceived.number() + 5);
    QVERIFY(test::finishEntry(*m_db, *m_operator1, p, p.paper));
    QVERIFY(test::finishEntry(*m_db, *m_operator2, p, wrong, /*referWithErrors=*/true));
    m_page->reload();
    QCOMPARE(m_page->currentProtocolId(), p.id);
    QCOMPARE(stateOf(p.id), ProtocolState::Erroneous);
    auto *second = m_page->findChild<QLabel *>(QStringLiteral("secondEntrySummary"));
    QVERIFY(second->text().contains(QStringLiteral("P.F.101")));

    press(Qt::Key_2); // keep the erroneous second entry: refused, nothing changes
    QCOMPARE(stateOf(p.id), ProtocolState::Erroneous);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("P.F.101")),
             qPrintable(m_page->messageText()));
    QVERIFY(m_page->messageText().startsWith(QStringLiteral("Refused:")));
    QCOMPARE(m_page->currentProtocolId(), p.id);

    press(Qt::Key_1); // the first entry has no error: kept
    QCOMPARE(stateOf(p.id), ProtocolState::Accepted);
    QCOMPARE(officialOf(p.id), std::optional(p.paper));
}

void TestResolutionPage::operatorOnlyReads()
{
    const QList<test::ReopenedProtocol> protocols = makeDiffering(1);
    QCOMPARE(protocols.size(), 1);
    m_context.session = m_operator1;
    m_page->setElection(&m_context);
    QCOMPARE(m_page->queuedProtocolIds(), QList<qint64>{protocols.at(0).id});
    auto *keep = m_page->findChild<QAction *>(QStringLiteral("keepFirstAction"));
    QVERIFY(keep != nullptr && !keep->isEnabled());
    press(Qt::Key_1);
    QCOMPARE(stateOf(protocols.at(0).id), ProtocolState::Differing);
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("resolutionReadOnly"));
    QVERIFY(note != nullptr && note->isVisible());
}

QTEST_MAIN(TestResolutionPage)
#include "tst_resolutionpage.moc"
