#include "CorrectionDialog.h"
#include "Database.h"
#include "DemoFixture.h"
#include "ElectionNight.h"
#include "RegisterQuery.h"
#include "ResolutionFixture.h"
#include "SourcePluralTranslator.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace bd;

/** Correcting an accepted protocol: figures, reason, audit, history, conflicts. */
class TestCorrectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findsStationByTypeAhead();
    void correctionChangesFiguresAndIsRecorded();
    void reasonIsRequired();
    void errorsBlockSaving();
    void conflictShowsCurrentFiguresAndReloads();
    void listsEarlierCorrections();
    void refusesProtocolNotAccepted();

private:
    /** Types @p text over the edit of @p key, as a user would. */
    void retype(CorrectionDialog &dialog, const QString &key, const QString &text);
    /** One vote moved between the first two candidates in the dialog's edits. */
    ProtocolFigures typeShiftedVote(CorrectionDialog &dialog);
    void tickWarnings(CorrectionDialog &dialog);
    qint64 auditCount(const QString &action) const;
    std::optional<ProtocolSheet> sheetOf(qint64 protocolId) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_file;
    SourcePluralTranslator m_plurals;
    std::optional<Database> m_db;
    qint64 m_electionId = 0;
    std::optional<Session> m_coordinator;
    qint64 m_protocolId = 0; ///< an accepted protocol with two candidates or more
    ProtocolSheet m_sheet;
};

void TestCorrectionDialog::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_template = test::createDemoFile(m_dir);
    QVERIFY(!m_template.isEmpty());
}

void TestCorrectionDialog::init()
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
    QVERIFY(m_coordinator.has_value());
    auto ids = ElectionNight::everyNth(*m_db, m_electionId, 41);
    QVERIFY(ids.ok());
    m_protocolId = 0;
    for (qint64 id : *ids) {
        auto sheet = ProtocolEntryService(*m_db, *m_coordinator).sheet(id);
        QVERIFY(sheet.ok());
        if (sheet->accepted && sheet->candidates.size() >= 2 &&
            sheet->accepted->votesFor(sheet->candidates.at(0).id)->number().value_or(0) > 0) {
            m_protocolId = id;
            m_sheet = *sheet;
            break;
        }
    }
    QVERIFY(m_protocolId != 0);
}

void TestCorrectionDialog::cleanup()
{
    m_db.reset();
}

void TestCorrectionDialog::retype(CorrectionDialog &dialog, const QString &key, const QString &text)
{
    QLineEdit *edit = dialog.fieldEdit(key);
    QVERIFY2(edit != nullptr, qPrintable(key));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

ProtocolFigures TestCorrectionDialog::typeShiftedVote(CorrectionDialog &dialog)
{
    const ProtocolFigures shifted = test::shiftOneVote(m_sheet, *m_sheet.accepted);
    for (int i = 0; i < 2; ++i) {
        const qint64 id = m_sheet.candidates.at(i).id;
        retype(dialog, QStringLiteral("G_%1").arg(id), shifted.votesFor(id)->text());
    }
    return shifted;
}

void TestCorrectionDialog::tickWarnings(CorrectionDialog &dialog)
{
    for (const QString &code : dialog.findingCodes()) {
        if (QCheckBox *box = dialog.acknowledgement(code))
            box->setChecked(true);
    }
}

qint64 TestCorrectionDialog::auditCount(const QString &action) const
{
    auto count =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    return count ? count->toLongLong() : -1;
}

std::optional<ProtocolSheet> TestCorrectionDialog::sheetOf(qint64 protocolId) const
{
    auto sheet = ProtocolEntryService(*m_db, *m_coordinator).sheet(protocolId);
    return sheet ? std::optional(*sheet) : std::nullopt;
}

void TestCorrectionDialog::findsStationByTypeAhead()
{
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.searchEdit()->setFocus();
    QTest::keyClicks(dialog.searchEdit(), m_sheet.choice.stationCode);
    QVERIFY(dialog.matchList()->count() >= 1);
    QCOMPARE(dialog.matchList()->currentItem()->data(Qt::UserRole + 1).toLongLong(), m_protocolId);
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    QCOMPARE(dialog.protocolId(), m_protocolId);
    QCOMPARE(dialog.officialFigures(), m_sheet.accepted);
    // Focus goes to the first field, filled with the official value.
    QCOMPARE(QApplication::focusWidget(), dialog.fieldEdit(QStringLiteral("voters_on_list")));
    QCOMPARE(dialog.fieldEdit(QStringLiteral("voters_on_list"))->text(),
             m_sheet.accepted->votersOnList.text());
}

void TestCorrectionDialog::correctionChangesFiguresAndIsRecorded()
{
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.loadProtocol(m_protocolId));
    QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet
    const ProtocolFigures shifted = typeShiftedVote(dialog);
    QCOMPARE(dialog.typedFigures(), shifted);
    tickWarnings(dialog);
    dialog.reasonEdit()->setFocus();
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Decision 12 of the district commission"));
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.readinessText()));

    const qint64 auditBefore = auditCount(QStringLiteral("protocol.correct"));
    QSignalSpy corrected(&dialog, &CorrectionDialog::corrected);
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(corrected.count(), 1);
    QCOMPARE(corrected.at(0).at(0).toLongLong(), m_protocolId);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<ProtocolSheet> after = sheetOf(m_protocolId);
    QVERIFY(after.has_value());
    QCOMPARE(after->accepted, std::optional(shifted));
    QCOMPARE(after->rowVersion, m_sheet.rowVersion + 1);
    QCOMPARE(auditCount(QStringLiteral("protocol.correct")), auditBefore + 1);
    auto corrections = ProtocolEntryService(*m_db, *m_coordinator).corrections(m_protocolId);
    QVERIFY(corrections.ok());
    QCOMPARE(corrections->size(), 1);
    QCOMPARE(corrections->at(0).reason, QStringLiteral("Decision 12 of the district commission"));
    QCOMPARE(corrections->at(0).oldFigures, *m_sheet.accepted);
    QCOMPARE(corrections->at(0).newFigures, shifted);
    QCOMPARE(corrections->at(0).correctedByLogin, QStringLiteral("coordinator"));
}

void TestCorrectionDialog::reasonIsRequired()
{
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    QVERIFY(dialog.loadProtocol(m_protocolId));
    typeShiftedVote(dialog);
    tickWarnings(dialog);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.readinessText().contains(QStringLiteral("give the reason")),
             qPrintable(dialog.readinessText()));
    // Saving anyway is refused by the service, and nothing changes.
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.messageText().contains(QStringLiteral("needs a reason")),
             qPrintable(dialog.messageText()));
    QCOMPARE(sheetOf(m_protocolId)->accepted, m_sheet.accepted);
    QCOMPARE(auditCount(QStringLiteral("protocol.correct")), 0);
}

void TestCorrectionDialog::errorsBlockSaving()
{
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    QVERIFY(dialog.loadProtocol(m_protocolId));
    const qint64 received = *m_sheet.accepted->ballotsReceived.number();
    retype(dialog, QStringLiteral("ballots_received"), QString::number(received + 3));
    QVERIFY(dialog.findingCodes().contains(QStringLiteral("P.F.101")));
    QVERIFY(dialog.fieldEdit(QStringLiteral("ballots_received"))
                ->toolTip()
                .contains(QStringLiteral("P.F.101")));
    QVERIFY(dialog.fieldEdit(QStringLiteral("voters_on_list"))->toolTip().isEmpty());
    dialog.reasonEdit()->setText(QStringLiteral("Typo on the paper"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.readinessText().contains(QStringLiteral("resolve 1 error")));
    QVERIFY(!dialog.save());
    QCOMPARE(sheetOf(m_protocolId)->accepted, m_sheet.accepted);
}

void TestCorrectionDialog::conflictShowsCurrentFiguresAndReloads()
{
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    QVERIFY(dialog.loadProtocol(m_protocolId));
    // Meanwhile another coordinator corrects the same protocol.
    ProtocolFigures theirs = *m_sheet.accepted;
    theirs.ballotsReceived = CountValue::of(*theirs.ballotsReceived.number() + 2);
    theirs.ballotsCancelled = CountValue::of(*theirs.ballotsCancelled.number() + 2);
    {
        ProtocolEntryService other(*m_db, *m_coordinator);
        Status s = other.correct(m_protocolId, m_sheet.rowVersion, theirs,
                                 QStringLiteral("Recount"), test::warningCodes(m_sheet, theirs));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().userMessage));
    }
    typeShiftedVote(dialog);
    tickWarnings(dialog);
    dialog.reasonEdit()->setText(QStringLiteral("Decision 13"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.messageText().contains(QStringLiteral("Someone changed this protocol")),
             qPrintable(dialog.messageText()));
    // The dialog now shows the current figures, and a new attempt is based on them.
    QCOMPARE(dialog.officialFigures(), std::optional(theirs));
    QCOMPARE(dialog.fieldEdit(QStringLiteral("ballots_received"))->text(),
             theirs.ballotsReceived.text());
    QCOMPARE(dialog.reasonEdit()->text(), QStringLiteral("Decision 13"));
    QCOMPARE(sheetOf(m_protocolId)->accepted, std::optional(theirs));

    const ProtocolFigures mine = test::shiftOneVote(m_sheet, theirs);
    typeShiftedVote(dialog);
    QCOMPARE(dialog.typedFigures(), mine);
    tickWarnings(dialog);
    QVERIFY(dialog.save());
    QCOMPARE(sheetOf(m_protocolId)->accepted, std::optional(mine));
}

void TestCorrectionDialog::listsEarlierCorrections()
{
    ProtocolFigures first = test::shiftOneVote(m_sheet, *m_sheet.accepted);
    {
        ProtocolEntryService service(*m_db, *m_coordinator);
        Status s = service.correct(m_protocolId, m_sheet.rowVersion, first,
                                   QStringLiteral("Recount of the box"),
                                   test::warningCodes(m_sheet, first));
        QVERIFY(s.ok());
    }
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    QVERIFY(dialog.loadProtocol(m_protocolId));
    QTableWidget *history = dialog.historyTable();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("coordinator"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Recount of the box"));
    // The change names the two candidates' rows, old → new.
    const QLocale locale;
    const qint64 before = *m_sheet.accepted->votesFor(m_sheet.candidates.at(0).id)->number();
    QVERIFY2(history->item(0, 3)->text().contains(
                 QStringLiteral("G1: %1 → %2")
                     .arg(locale.toString(before), locale.toString(before - 1))),
             qPrintable(history->item(0, 3)->text()));
}

void TestCorrectionDialog::refusesProtocolNotAccepted()
{
    QVERIFY(ElectionNight::reopen(*m_db, {m_protocolId}).ok());
    CorrectionDialog dialog(*m_db, *m_coordinator, m_electionId);
    QVERIFY(!dialog.loadProtocol(m_protocolId));
    QCOMPARE(dialog.protocolId(), 0);
    QVERIFY(dialog.messageText().contains(QStringLiteral("not accepted")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    // The type-ahead shows it, but it cannot be chosen.
    dialog.search(m_sheet.choice.stationCode);
    QVERIFY(dialog.matchList()->count() >= 1);
    QVERIFY(!dialog.matchList()->item(0)->flags().testFlag(Qt::ItemIsEnabled));
}

QTEST_MAIN(TestCorrectionDialog)
#include "tst_correctiondialog.moc"
