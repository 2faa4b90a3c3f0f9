#include "Database.h"
#include "DemoFixture.h"
#include "ElectionNight.h"
#include "FindingList.h"
#include "MainWindow.h"
#include "ProgressQueries.h"
#include "ProtocolEntryPage.h"
#include "ProtocolEntryService.h"
#include "ProtocolPicker.h"
#include "ProtocolRules.h"
#include "RegisterQuery.h"
#include "SourcePluralTranslator.h"
#include "UserStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace bd;
using Mark = ProtocolEntryPage::Mark;

namespace {

const QByteArray kChildArgument = "--draft-child";
const QByteArray kSavedMarker = "DRAFT-SAVED";

// Positions of the form's fields in paper order; the candidates follow F.
enum Slot { A = 0, B, C, C2, D, E, E2, F, G1 };

/** A protocol reopened for the tests and the figures of its paper form. */
struct Paper
{
    qint64 protocolId = 0;
    QString stationCode;
    QString stationNumber;
    ProtocolFigures figures;
    std::optional<qint64> registered;
    std::optional<qint64> lastHourly;
};

QString passwordOf(const QString &login)
{
    return QStringLiteral("demo-%1-2021").arg(login);
}

/** The texts an operator types, in the order of the form. */
QStringList formTexts(const ProtocolSheet &sheet, const ProtocolFigures &figures)
{
    QStringList texts;
    for (ProtocolField field : ProtocolFields::formOrder(false))
        texts << figures.field(field).text();
    for (const BallotCandidate &candidate : sheet.candidates) {
        const CountValue *votes = figures.votesFor(candidate.id);
        texts << (votes != nullptr ? votes->text() : QString());
    }
    if (sheet.context.againstAllEnabled)
        texts << figures.againstAll.text();
    return texts;
}

qint64 numberAt(const QStringList &texts, int slot)
{
    return texts.at(slot).toLongLong();
}

void addAt(QStringList &texts, int slot, qint64 delta)
{
    texts[slot] = QString::number(numberAt(texts, slot) + delta);
}

/** The candidate field with the most votes (to take votes from without going negative). */
int largestCandidate(const QStringList &texts, int candidates)
{
    int best = G1;
    for (int i = G1; i < G1 + candidates; ++i) {
        if (numberAt(texts, i) > numberAt(texts, best))
            best = i;
    }
    return best;
}

/** Changes the paper's figures so that the form raises @p recipe's finding. */
QStringList applyRecipe(const QString &recipe, QStringList texts, const Paper &paper,
                        int candidates, bool againstAll)
{
    const qint64 issued = numberAt(texts, C) + numberAt(texts, C2);
    const qint64 found = numberAt(texts, E) + numberAt(texts, E2);
    const int top = largestCandidate(texts, candidates);
    if (recipe == QLatin1String("B+1")) {
        addAt(texts, B, 1);
    } else if (recipe == QLatin1String("A<issued")) {
        texts[A] = QString::number(issued - 1);
    } else if (recipe == QLatin1String("E+1")) {
        addAt(texts, E, 1);
    } else if (recipe == QLatin1String("E2>C2")) {
        const qint64 delta = numberAt(texts, C2) + 1 - numberAt(texts, E2);
        texts[E2] = QString::number(numberAt(texts, C2) + 1);
        addAt(texts, E, -delta);
    } else if (recipe == QLatin1String("G+1")) {
        addAt(texts, G1, 1);
    } else if (recipe.startsWith(QLatin1String("A="))) {
        texts[A] = recipe.mid(2);
    } else if (recipe.startsWith(QLatin1String("C="))) {
        texts[C] = recipe.mid(2);
    } else if (recipe.startsWith(QLatin1String("D="))) {
        texts[D] = recipe.mid(2);
    } else if (recipe == QLatin1String("many invalid")) {
        const qint64 target = (3 * found + 99) / 100 + 1;
        const qint64 delta = target - numberAt(texts, F);
        addAt(texts, F, delta);
        addAt(texts, top, -delta);
    } else if (recipe == QLatin1String("missing ballots")) {
        addAt(texts, E, -20);
        addAt(texts, top, -20);
    } else if (recipe == QLatin1String("full turnout")) {
        texts[A] = QString::number(issued);
    } else if (recipe == QLatin1String("nobody voted")) {
        for (int i = E; i < texts.size(); ++i)
            texts[i] = QStringLiteral("0");
    } else if (recipe == QLatin1String("all zero")) {
        for (QString &text : texts)
            text = QStringLiteral("0");
    } else if (recipe == QLatin1String("list differs")) {
        texts[A] = QString::number(*paper.registered * 6 / 5 + 1);
    } else if (recipe == QLatin1String("hourly differs")) {
        const qint64 k = (3 * issued + 99) / 100 + 2;
        addAt(texts, C, k);
        addAt(texts, B, k);
        addAt(texts, E, k);
        addAt(texts, top, k);
    }
    Q_UNUSED(againstAll);
    return texts;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() != nullptr ? focused()->objectName() : QStringLiteral("(none)");
}

} // namespace

/** The protocol entry page, driven by the keyboard as an operator drives it. */
class TestProtocolEntryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeProtocolByKeyboardTwoOperators();
    void differingSecondEntryGoesToCoordinator();
    void findingsAsTyped_data();
    void findingsAsTyped();
    void referToCoordinatorNeedsRemark();
    void sameOperatorCannotFinishTwice();
    void draftRestoredAndOtherEntryHidden();
    void bothEntriesTakenIsRefused();
    void returnedEntryShowsRemark();
    void acceptedOpensReadOnly();
    void roleWithoutEntryIsReadOnly();
    void typeAheadChoosesAmongEqualNumbers();
    void draftSurvivesKill();
    void pageInMainWindow();

private:
    Session signIn(const QString &login);
    void showPage(const QString &login);
    void switchUser(const QString &login);
    void openByKeyboard(const QString &typed, qint64 expectedProtocol);
    void typeForm(const QStringList &texts);
    QLineEdit *editorAt(int index) const;
    std::optional<ProtocolEntry> entryOf(const QString &login, qint64 protocolId);
    ProtocolState stateOf(qint64 protocolId);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    qint64 m_electionId = 0;
    QList<Paper> m_papers;
    Paper m_accepted; ///< a protocol left accepted
    std::unique_ptr<Database> m_db;
    ElectionContext m_context;
    std::unique_ptr<ProtocolEntryPage> m_page;
    SourcePluralTranslator m_plurals;
};

void TestProtocolEntryPage::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());

    auto db = Database::open(m_template, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    auto election = RegisterQuery::election(*db);
    QVERIFY(election.ok());
    m_electionId = election->id;

    // Paper forms: accepted demo protocols whose figures raise nothing, with two candidates
    // or more, a list on record, an hourly report and room for the recipes above.
    const ProtocolEntryService reader(*db, Session{0, QString(), Role::Analyst});
    auto choices = reader.find(m_electionId, QString(), 400);
    QVERIFY(choices.ok());
    QList<qint64> reopen;
    for (const ProtocolChoice &choice : std::as_const(*choices)) {
        auto sheet = reader.sheet(choice.protocolId);
        QVERIFY(sheet.ok());
        if (!sheet->accepted)
            continue;
        const ProtocolFigures &figures = *sheet->accepted;
        if (m_accepted.protocolId == 0) {
            m_accepted = {
                choice.protocolId, choice.stationCode, choice.stationNumber, figures, {}, {}};
            continue;
        }
        if (m_papers.size() >= 12 || sheet->candidates.size() < 2 ||
            !ProtocolEntryService::check(*sheet, figures).isEmpty() ||
            !sheet->context.stationRegisteredVoters || !sheet->context.lastHourlyReport)
            continue;
        const qint64 issued = *figures.issued();
        const qint64 a = *figures.votersOnList.number();
        if (*figures.found() < 200 || issued * 100 > a * 85 || issued * 100 < a * 20)
            continue;
        if (std::any_of(figures.votes.cbegin(), figures.votes.cend(),
                        [](const CandidateVotes &v) { return v.votes.number().value_or(0) < 1; }))
            continue;
        m_papers << Paper{choice.protocolId,
                          choice.stationCode,
                          choice.stationNumber,
                          figures,
                          sheet->context.stationRegisteredVoters,
                          sheet->context.lastHourlyReport};
        reopen << choice.protocolId;
    }
    QVERIFY2(m_papers.size() >= 6, qPrintable(QString::number(m_papers.size())));
    QVERIFY(ElectionNight::reopen(*db, reopen).ok());
}

void TestProtocolEntryPage::init()
{
    m_file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(m_template, m_file));
    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db = std::make_unique<Database>(std::move(db).value());
}

void TestProtocolEntryPage::cleanup()
{
    if (m_page)
        m_page->setElection(nullptr);
    m_page.reset();
    m_context = ElectionContext();
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
}

Session TestProtocolEntryPage::signIn(const QString &login)
{
    auto session = UserStore(*m_db).authenticate(login, passwordOf(login));
    if (!session) {
        qWarning("sign-in of %s failed: %s", qPrintable(login),
                 qPrintable(session.error().userMessage));
        return {};
    }
    return *session;
}

void TestProtocolEntryPage::showPage(const QString &login)
{
    m_context = ElectionContext{m_db.get(), m_file, true, std::nullopt};
    if (!login.isEmpty()) {
        m_context.session = signIn(login);
        QVERIFY(m_context.session->userId != 0);
    }
    m_page = std::make_unique<ProtocolEntryPage>();
    m_page->setElection(&m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->activateWindow();
    m_page->setFocus(); // the page's focus proxy is the station field
    QTRY_COMPARE(focused(), static_cast<QWidget *>(m_page->picker()));
}

void TestProtocolEntryPage::switchUser(const QString &login)
{
    m_context.session = signIn(login);
    QVERIFY(m_context.session->userId != 0);
    m_page->setElection(&m_context);
    // Alt+S: back to the station field.
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->picker()));
}

void TestProtocolEntryPage::openByKeyboard(const QString &typed, qint64 expectedProtocol)
{
    QWidget *station = focused();
    QCOMPARE(station, static_cast<QWidget *>(m_page->picker()));
    QTest::keyClick(station, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(station, typed);
    QTest::keyClick(station, Qt::Key_Return);
    QVERIFY(m_page->sheet().has_value());
    QCOMPARE(m_page->sheet()->choice.protocolId, expectedProtocol);
    // The list under the station field closes; the window takes the keyboard back.
    QWidget *expected = m_page->isReadOnly() ? static_cast<QWidget *>(m_page->picker())
                                             : m_page->fieldEditor(ProtocolField::VotersOnList);
    QCOMPARE(focused(), expected);
}

QLineEdit *TestProtocolEntryPage::editorAt(int index) const
{
    const ProtocolSheet &sheet = *m_page->sheet();
    const QList<ProtocolField> fields = ProtocolFields::formOrder(false);
    if (index < fields.size())
        return m_page->fieldEditor(fields.at(index));
    index -= int(fields.size());
    if (index < sheet.candidates.size())
        return m_page->candidateEditor(sheet.candidates.at(index).id);
    return m_page->fieldEditor(ProtocolField::AgainstAll);
}

void TestProtocolEntryPage::typeForm(const QStringList &texts)
{
    for (int i = 0; i < texts.size(); ++i) {
        QWidget *field = focused();
        QVERIFY2(field == editorAt(i),
                 qPrintable(QStringLiteral("field %1: focus is on %2").arg(i).arg(focusName())));
        if (!texts.at(i).isEmpty())
            QTest::keyClicks(field, texts.at(i));
        QTest::keyClick(field, Qt::Key_Return);
    }
}

std::optional<ProtocolEntry> TestProtocolEntryPage::entryOf(const QString &login, qint64 protocolId)
{
    const ProtocolEntryService service(*m_db, signIn(login));
    auto mine = service.myEntry(protocolId);
    if (!mine)
        return std::nullopt;
    return *mine;
}

ProtocolState TestProtocolEntryPage::stateOf(qint64 protocolId)
{
    const ProtocolEntryService service(*m_db, Session{0, QString(), Role::Analyst});
    auto sheet = service.sheet(protocolId);
    return sheet ? sheet->choice.state : ProtocolState::Open;
}

void TestProtocolEntryPage::wholeProtocolByKeyboardTwoOperators()
{
    const Paper &paper = m_papers.at(0);
    auto before = ProgressQueries::national(*m_db, m_electionId);
    QVERIFY(before.ok());

    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    const QStringList texts = formTexts(*m_page->sheet(), paper.figures);
    QCOMPARE(texts.size(), 8 + m_page->sheet()->candidates.size());
    typeForm(texts);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_page->findings().isEmpty());
    QCOMPARE(m_page->findingList()->codes(), QStringList());
    QCOMPARE(m_page->figures(), paper.figures);
    // From the last field Enter goes to Finish, and Enter there hands the entry in.
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->finishButton()));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("waits for the second entry")),
             qPrintable(m_page->statusText()));
    QVERIFY(m_page->statusText().contains(paper.stationNumber));
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->picker()));
    QVERIFY(!m_page->sheet().has_value());

    const std::optional<ProtocolEntry> first =
        entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(first.has_value());
    QCOMPARE(first->state, EntryState::Finished);
    QCOMPARE(first->entryNumber, 1);
    QCOMPARE(first->figures, paper.figures);
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::FirstEntered);

    // The second operator types the same paper without seeing the first entry.
    switchUser(QStringLiteral("operator2"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY2(editorAt(i)->text().isEmpty(), qPrintable(editorAt(i)->objectName()));
    QVERIFY(!m_page->isReadOnly());
    typeForm(texts);
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->finishButton()));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("the protocol is accepted")),
             qPrintable(m_page->statusText()));

    QCOMPARE(stateOf(paper.protocolId), ProtocolState::Accepted);
    const ProtocolEntryService reader(*m_db, Session{0, QString(), Role::Analyst});
    auto sheet = reader.sheet(paper.protocolId);
    QVERIFY(sheet.ok());
    QVERIFY(sheet->accepted.has_value());
    QCOMPARE(*sheet->accepted, paper.figures);
    auto after = ProgressQueries::national(*m_db, m_electionId);
    QVERIFY(after.ok());
    QCOMPARE(after->accepted, before->accepted + 1);
    QCOMPARE(after->noEntry, before->noEntry - 1);
}

void TestProtocolEntryPage::differingSecondEntryGoesToCoordinator()
{
    const Paper &paper = m_papers.at(1);
    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    const QStringList texts = formTexts(*m_page->sheet(), paper.figures);
    typeForm(texts);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::FirstEntered);

    // The second operator reads two candidates' votes differently (the sum stays): no
    // finding on the form, P.W.001 at finishing.
    switchUser(QStringLiteral("operator2"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QStringList other = texts;
    addAt(other, G1, 1);
    addAt(other, G1 + 1, -1);
    QVERIFY(numberAt(other, G1 + 1) >= 0);
    typeForm(other);
    QCOMPARE(m_page->findingList()->codes(), QStringList());
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("sent to the coordinator")),
             qPrintable(m_page->statusText()));
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::Differing);
}

void TestProtocolEntryPage::findingsAsTyped_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("errorFields");  // letters marked as errors
    QTest::addColumn<QStringList>("markedFields"); // letters showing the code
    QTest::addColumn<bool>("candidatesMarked");    // the G fields show the code
    QTest::addColumn<bool>("canFinish");           // after ticking every warning

    const auto letters = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("P.F.101") << "B+1"
                             << "P.F.101" << letters("B C C2 D") << letters("B C C2 D") << false
                             << false;
    QTest::newRow("P.F.102") << "A<issued"
                             << "P.F.102" << letters("A C C2") << letters("A C C2") << false
                             << false;
    QTest::newRow("P.F.103") << "E+1"
                             << "P.F.103" << letters("C C2 E E2") << letters("C C2 E E2") << false
                             << false;
    QTest::newRow("P.F.104") << "E2>C2"
                             << "P.F.104" << letters("C2 E2") << letters("C2 E2") << false << false;
    QTest::newRow("P.F.201") << "G+1"
                             << "P.F.201" << letters("E E2 F") << letters("E E2 F") << true
                             << false;
    QTest::newRow("P.F.202 letters") << "A=12a"
                                     << "P.F.202" << letters("A") << letters("A") << false << false;
    QTest::newRow("P.F.202 empty") << "C="
                                   << "P.F.202" << letters("C") << letters("C") << false << false;
    QTest::newRow("P.F.202 negative")
        << "D=-5"
        << "P.F.202" << letters("D") << letters("D") << false << false;
    QTest::newRow("P.F.202 decimal") << "D=1.5"
                                     << "P.F.202" << letters("D") << letters("D") << false << false;
    QTest::newRow("P.F.202 too large")
        << "D=1000000000"
        << "P.F.202" << letters("D") << letters("D") << false << false;
    QTest::newRow("P.W.201") << "many invalid"
                             << "P.W.201" << QStringList() << letters("E E2 F") << false << true;
    QTest::newRow("P.W.202") << "missing ballots"
                             << "P.W.202" << QStringList() << letters("C C2 E E2") << false << true;
    QTest::newRow("P.W.203") << "full turnout"
                             << "P.W.203" << QStringList() << letters("A C C2") << false << true;
    QTest::newRow("P.W.204") << "nobody voted"
                             << "P.W.204" << QStringList() << letters("E E2") << false << true;
    QTest::newRow("P.W.205") << "all zero"
                             << "P.W.205" << QStringList() << letters("A") << false << true;
    QTest::newRow("P.W.206") << "list differs"
                             << "P.W.206" << QStringList() << letters("A") << false << true;
    QTest::newRow("P.W.207") << "hourly differs"
                             << "P.W.207" << QStringList() << letters("C C2") << false << true;
}

void TestProtocolEntryPage::findingsAsTyped()
{
    QFETCH(QString, recipe);
    QFETCH(QString, code);
    QFETCH(QStringList, errorFields);
    QFETCH(QStringList, markedFields);
    QFETCH(bool, candidatesMarked);
    QFETCH(bool, canFinish);

    const Paper &paper = m_papers.at(2);
    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    const ProtocolSheet sheet = *m_page->sheet();
    const QStringList texts =
        applyRecipe(recipe, formTexts(sheet, paper.figures), paper, int(sheet.candidates.size()),
                    sheet.context.againstAllEnabled);
    typeForm(texts);
    QVERIFY(!QTest::currentTestFailed());

    // The finding is listed with its message and advice.
    const QStringList codes = m_page->findingList()->codes();
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    auto *item = m_page->findingList()->findChild<QFrame *>(QStringLiteral("finding_") + code);
    QVERIFY(item != nullptr);
    QVERIFY(item->isVisible());
    auto *message = item->findChild<QLabel *>(QStringLiteral("findingMessage"));
    auto *advice = item->findChild<QLabel *>(QStringLiteral("findingAdvice"));
    QVERIFY(message != nullptr && !message->text().isEmpty());
    QVERIFY(advice != nullptr && !advice->text().isEmpty());
    QVERIFY(item->findChild<QLabel *>(QStringLiteral("findingCode"))->text().startsWith(code));

    // The fields involved are marked, with the code beside them, not by colour alone.
    for (ProtocolField field : ProtocolFields::formOrder(false)) {
        const QString letter = ProtocolFields::letter(field);
        if (errorFields.contains(letter))
            QVERIFY2(m_page->fieldMark(field) == Mark::Error, qPrintable(letter));
        if (markedFields.contains(letter)) {
            QVERIFY2(m_page->fieldMark(field) != Mark::None, qPrintable(letter));
            QVERIFY2(m_page->fieldMarkText(field).contains(code),
                     qPrintable(letter + QLatin1Char(':') + m_page->fieldMarkText(field)));
        } else if (!texts.join(QString()).isEmpty() && codes.size() == 1) {
            QVERIFY2(m_page->fieldMark(field) == Mark::None, qPrintable(letter));
        }
    }
    for (const BallotCandidate &candidate : sheet.candidates) {
        if (candidatesMarked)
            QCOMPARE(m_page->candidateMark(candidate.id), Mark::Error);
    }

    const bool errors = ProtocolRules::hasErrors(m_page->findings());
    QCOMPARE(!errors, canFinish);
    QVERIFY(!m_page->finishButton()->isEnabled());
    QCOMPARE(m_page->referButton()->isEnabled(), errors);
    if (errors) {
        // Enter after the last field goes back to the first field at fault.
        QVERIFY(focused() != m_page->finishButton());
        return;
    }

    // Enter from the last field went to the first warning to check; Space ticks, Enter moves.
    const QList<QCheckBox *> boxes = m_page->findingList()->boxes();
    QVERIFY(!boxes.isEmpty());
    QVERIFY(m_page->findingList()->acknowledgementBox(code) != nullptr);
    for (QCheckBox *box : boxes) {
        QVERIFY(!m_page->finishButton()->isEnabled());
        QCOMPARE(focused(), static_cast<QWidget *>(box));
        QVERIFY(!box->isChecked());
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        QTest::keyClick(box, Qt::Key_Return);
    }
    QVERIFY(m_page->finishButton()->isEnabled());
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->finishButton()));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("waits for the second entry")),
             qPrintable(m_page->statusText()));
    const std::optional<ProtocolEntry> entry =
        entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, EntryState::Finished);
    QVERIFY(entry->acknowledgedWarnings.contains(code));
}

void TestProtocolEntryPage::referToCoordinatorNeedsRemark()
{
    const Paper &paper = m_papers.at(3);
    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QStringList texts = formTexts(*m_page->sheet(), paper.figures);
    addAt(texts, B, 3); // the paper itself does not add up
    typeForm(texts);
    QVERIFY(m_page->findingList()->codes().contains(QStringLiteral("P.F.101")));
    QVERIFY(!m_page->finishButton()->isEnabled());
    // Back at the first field at fault.
    QCOMPARE(focused(),
             static_cast<QWidget *>(m_page->fieldEditor(ProtocolField::BallotsReceived)));

    // Alt+R: the remark; Enter there refers, but not without a remark.
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->remarkField()));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("Write in the remark")),
             qPrintable(m_page->statusText()));
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::Open);
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->remarkField()));
    QTest::keyClicks(focused(), QStringLiteral("B on the paper is 3 more than C + C2 + D"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY2(m_page->statusText().contains(QLatin1String("sent to the coordinator")),
             qPrintable(m_page->statusText()));
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::Erroneous);
    const std::optional<ProtocolEntry> entry =
        entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->remark, QStringLiteral("B on the paper is 3 more than C + C2 + D"));
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->picker()));
}

void TestProtocolEntryPage::sameOperatorCannotFinishTwice()
{
    const Paper &paper = m_papers.at(4);
    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    typeForm(formTexts(*m_page->sheet(), paper.figures));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(stateOf(paper.protocolId), ProtocolState::FirstEntered);

    // The same operator comes back: their own entry, read-only, and why.
    openByKeyboard(paper.stationCode, paper.protocolId);
    QVERIFY(m_page->isReadOnly());
    QVERIFY2(m_page->noticeText().contains(QLatin1String("another operator")),
             qPrintable(m_page->noticeText()));
    QCOMPARE(m_page->figures(), paper.figures);
    QVERIFY(!m_page->finishButton()->isEnabled());
}

void TestProtocolEntryPage::draftRestoredAndOtherEntryHidden()
{
    const Paper &paper = m_papers.at(5);
    showPage(QStringLiteral("operator1"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    const QStringList texts = formTexts(*m_page->sheet(), paper.figures);
    typeForm(texts.mid(0, 4));
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(m_page->draftStatusText().isEmpty());
    // The draft is saved about a second after the last key.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->draftStatusText().startsWith(QLatin1String("Draft saved at")),
                             10000);
    QVERIFY(!m_page->hasUnsavedChanges());
    std::optional<ProtocolEntry> draft = entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->state, EntryState::Draft);
    QCOMPARE(draft->figures.votersOnList, paper.figures.votersOnList);
    QCOMPARE(draft->figures.ballotsIssuedOutside, paper.figures.ballotsIssuedOutside);
    QVERIFY(draft->figures.ballotsCancelled.isEmpty());

    // One more key, then away to another protocol: saved on leaving, without waiting.
    QTest::keyClicks(focused(), texts.at(4));
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    openByKeyboard(m_papers.at(0).stationCode, m_papers.at(0).protocolId);
    draft = entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->figures.ballotsCancelled, paper.figures.ballotsCancelled);

    // Back: the draft is restored.
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    openByKeyboard(paper.stationCode, paper.protocolId);
    QVERIFY(!m_page->isReadOnly());
    QVERIFY2(m_page->noticeText().contains(QLatin1String("draft")),
             qPrintable(m_page->noticeText()));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(editorAt(i)->text(), texts.at(i));
    QVERIFY(editorAt(5)->text().isEmpty());

    // The other operator sees an empty form, not the draft.
    switchUser(QStringLiteral("operator2"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QVERIFY(!m_page->isReadOnly());
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY(editorAt(i)->text().isEmpty());
}

void TestProtocolEntryPage::bothEntriesTakenIsRefused()
{
    const Paper &paper = m_papers.at(6 % m_papers.size());
    // Two operators have drafts; a third, new operator cannot start an entry.
    for (const QString &login : {QStringLiteral("operator1"), QStringLiteral("operator2")}) {
        ProtocolEntryService service(*m_db, signIn(login));
        QVERIFY(service.saveDraft(paper.protocolId, ProtocolFigures(), {}).ok());
    }
    const Session admin = signIn(QStringLiteral("admin"));
    NewUser third{QStringLiteral("operator3"), QStringLiteral("Third Operator"), Role::Operator,
                  passwordOf(QStringLiteral("operator3"))};
    QVERIFY(UserStore(*m_db).add(admin, third).ok());

    showPage(QStringLiteral("operator3"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QTest::keyClicks(focused(), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusText().isEmpty(), 10000);
    QVERIFY2(m_page->statusText().contains(QLatin1String("Two other operators")),
             qPrintable(m_page->statusText()));
    QVERIFY(m_page->isReadOnly());
    QVERIFY(m_page->draftStatusText().isEmpty());
    QVERIFY(!entryOf(QStringLiteral("operator3"), paper.protocolId).has_value());
}

void TestProtocolEntryPage::returnedEntryShowsRemark()
{
    const Paper &paper = m_papers.at(7 % m_papers.size());
    const QString remark = QStringLiteral("Votes of the second candidate look swapped");
    {
        ProtocolEntryService first(*m_db, signIn(QStringLiteral("operator1")));
        QVERIFY(first.finish(paper.protocolId, paper.figures, {}).ok());
        ProtocolFigures other = paper.figures;
        other.votes[0].votes = CountValue::of(*other.votes[0].votes.number() + 1);
        other.votes[1].votes = CountValue::of(*other.votes[1].votes.number() - 1);
        ProtocolEntryService second(*m_db, signIn(QStringLiteral("operator2")));
        auto outcome = second.finish(paper.protocolId, other, {});
        QVERIFY(outcome.ok());
        QCOMPARE(*outcome, FinishOutcome::ToCoordinator);
        ProtocolEntryService coordinator(*m_db, signIn(QStringLiteral("coordinator")));
        QVERIFY(coordinator.returnEntry(paper.protocolId, 2, remark).ok());
    }
    showPage(QStringLiteral("operator2"));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QVERIFY(!m_page->isReadOnly());
    QVERIFY2(m_page->noticeText().contains(remark), qPrintable(m_page->noticeText()));
}

void TestProtocolEntryPage::acceptedOpensReadOnly()
{
    showPage(QStringLiteral("operator1"));
    openByKeyboard(m_accepted.stationCode, m_accepted.protocolId);
    QVERIFY(m_page->isReadOnly());
    QVERIFY2(m_page->noticeText().contains(QLatin1String("official figures")),
             qPrintable(m_page->noticeText()));
    QCOMPARE(m_page->figures(), m_accepted.figures);
    QVERIFY(m_page->fieldEditor(ProtocolField::VotersOnList)->isReadOnly());
    QVERIFY(!m_page->finishButton()->isEnabled());
    QVERIFY(!m_page->referButton()->isEnabled());
}

void TestProtocolEntryPage::roleWithoutEntryIsReadOnly()
{
    const Paper &paper = m_papers.at(0);
    showPage(QStringLiteral("coordinator"));
    QVERIFY2(m_page->noticeText().contains(QLatin1String("not enter them")),
             qPrintable(m_page->noticeText()));
    openByKeyboard(paper.stationCode, paper.protocolId);
    QVERIFY(m_page->isReadOnly());
    QVERIFY(m_page->noticeText().contains(QLatin1String("Coordinator")));
    QVERIFY(!m_page->finishButton()->isEnabled());
}

void TestProtocolEntryPage::typeAheadChoosesAmongEqualNumbers()
{
    showPage(QStringLiteral("operator1"));
    // Station numbers repeat across regions: Enter opens the list on the first of them.
    const QString number = m_papers.at(0).stationNumber;
    QWidget *station = focused();
    QTest::keyClicks(station, number);
    const QList<ProtocolChoice> choices = m_page->picker()->choices();
    QVERIFY(!choices.isEmpty());
    int sameNumber = 0;
    for (const ProtocolChoice &choice : choices)
        sameNumber += choice.stationNumber == number ? 1 : 0;
    QTest::keyClick(station, Qt::Key_Return);
    if (sameNumber == 1) {
        QCOMPARE(m_page->sheet()->choice.stationNumber, number);
        return;
    }
    QVERIFY(!m_page->sheet().has_value());
    QVERIFY(m_page->picker()->list()->isVisible());
    QVERIFY2(m_page->statusText().contains(QLatin1String("have the number")),
             qPrintable(m_page->statusText()));
    QCOMPARE(m_page->picker()->currentRow(), 0);
    QCOMPARE(focused(), station);
    // Down, Enter: the second station with that number.
    QTest::keyClick(station, Qt::Key_Down);
    QCOMPARE(m_page->picker()->currentRow(), 1);
    QTest::keyClick(station, Qt::Key_Return);
    QVERIFY(m_page->sheet().has_value());
    QCOMPARE(m_page->sheet()->choice.protocolId, choices.at(1).protocolId);
    QVERIFY(!m_page->picker()->list()->isVisible());
    QCOMPARE(focused(), static_cast<QWidget *>(m_page->fieldEditor(ProtocolField::VotersOnList)));
}

void TestProtocolEntryPage::draftSurvivesKill()
{
    const Paper &paper = m_papers.at(1);
    // The child types a protocol as operator1 and prints the marker once the page says
    // "saved"; it is killed (SIGKILL) at once, and the draft must be in the file.
    const ProtocolEntryService reader(*m_db, Session{0, QString(), Role::Analyst});
    auto sheet = reader.sheet(paper.protocolId);
    QVERIFY(sheet.ok());
    const QStringList texts = formTexts(*sheet, paper.figures);
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(
        {QString::fromLatin1(kChildArgument), m_file, QString::number(paper.protocolId)});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("BALLOTDESK_ARGON2_TEST_COST"), QStringLiteral("1"));
    environment.insert(QStringLiteral("BD_CHILD_TEXTS"), texts.join(QLatin1Char(',')));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    m_db.reset(); // the child writes; the parent reads only afterwards
    child.start();
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains(kSavedMarker)) {
        if (!child.waitForReadyRead(60000))
            break;
        output += child.readAllStandardOutput();
    }
    if (output.contains(kSavedMarker))
        child.kill(); // SIGKILL: no destructor, no last save
    QVERIFY2(output.contains(kSavedMarker),
             qPrintable(QString::fromLocal8Bit(output + child.readAllStandardError())));
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(output.contains("Draft saved at"), output.constData());

    auto db = Database::open(m_file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db = std::make_unique<Database>(std::move(db).value());
    const std::optional<ProtocolEntry> draft =
        entryOf(QStringLiteral("operator1"), paper.protocolId);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->state, EntryState::Draft);
    QCOMPARE(draft->figures, paper.figures);
}

void TestProtocolEntryPage::pageInMainWindow()
{
    QVERIFY(MainWindow::pageKeys().contains(QStringLiteral("protocol-entry")));
    MainWindow window;
    QVERIFY(window.showPage(QStringLiteral("protocol-entry")));
    QVERIFY(window.findChild<ProtocolEntryPage *>() != nullptr);
}

/** The durability test's child: types a protocol, waits for "saved", prints the marker. */
static int runDraftChild(const QString &file, qint64 protocolId)
{
    test::useEnglishLocale();
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().userMessage));
        return 2;
    }
    auto session = UserStore(*db).authenticate(QStringLiteral("operator1"),
                                               passwordOf(QStringLiteral("operator1")));
    if (!session) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(session.error().userMessage));
        return 2;
    }
    ElectionContext context{&*db, file, true, *session};
    ProtocolEntryPage page;
    page.setElection(&context);
    page.resize(1200, 800);
    page.show();
    if (!QTest::qWaitForWindowActive(&page))
        return 3;
    if (!page.openProtocol(protocolId) || !page.sheet()) {
        std::fprintf(stderr, "open protocol: %s\n", qPrintable(page.statusText()));
        return 3;
    }
    // The paper's figures in form order, from the parent.
    const QStringList texts = QString::fromLocal8Bit(qgetenv("BD_CHILD_TEXTS"))
                                  .split(QLatin1Char(','), Qt::KeepEmptyParts);
    QLineEdit *first = page.fieldEditor(ProtocolField::VotersOnList);
    if (QApplication::focusWidget() != first) {
        std::fprintf(stderr, "field A has no focus\n");
        return 4;
    }
    for (const QString &text : texts) {
        QWidget *field = QApplication::focusWidget();
        if (field == nullptr)
            return 4;
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
    bool saved = false;
    QObject::connect(&page, &ProtocolEntryPage::draftSaved, [&saved] { saved = true; });
    if (!QTest::qWaitFor([&saved] { return saved; }, 30000)) {
        std::fprintf(stderr, "not saved: %s\n", qPrintable(page.statusText()));
        return 5;
    }
    std::printf("%s %s\n", kSavedMarker.constData(), qPrintable(page.draftStatusText()));
    std::fflush(stdout);
    // Wait to be killed; never leave on our own (leaving would save again).
    for (;;)
        QTest::qWait(1000);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (argc >= 4 && QByteArray(argv[1]) == kChildArgument)
        return runDraftChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestProtocolEntryPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_protocolentrypage.moc"
