#include "../DemoFixture.h"
#include "../RecordingPrompter.h"
#include "RegisterTestSupport.h"

#include "CandidateStatusDialog.h"
#include "Database.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "RecordAccess.h"
#include "RegisterActions.h"
#include "RegisterEditorDialog.h"
#include "RegisterSearchField.h"
#include "RegisterService.h"
#include "RegisterTableModel.h"
#include "RegisterView.h"
#include "SourcePluralTranslator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace bd;

/** Editing the registers from the main window: forms, undo/redo, refusals, search. */
class TestRegisterEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsNeedSignIn();
    void addStationWithKeyboardThenUndoRedo();
    void registeredCandidateUnder25KeepsSaveDisabled();
    void candidateEditorShowsHistory();
    void deletingContestWithStationsIsRefused();
    void deletingObserverCanBeUndone();
    void changeStatusWithdrawsWithReason();
    void searchFindsCandidateByPartOfName();
    void overviewExplainsNotRegistered();
    void rendersEditorsForTheReadme();
    void refusedUndoIsReportedAndDropped();
    void exportWritesFileInBackground();
    void droppedCsvOpensImportWithGuessedKind();

private:
    RegisterEditorDialog *waitForEditor();
    std::unique_ptr<Database> openCopy() const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::optional<Session> m_admin;
    std::unique_ptr<test::RecordingPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    SourcePluralTranslator m_plurals;
};

void TestRegisterEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::useEnglishLocale();
    QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    QVERIFY(m_dir.isValid());
    m_demo = test::createDemoFile(m_dir);
    QVERIFY(!m_demo.isEmpty());
    m_path = m_dir.filePath(QStringLiteral("edit.sqlite"));
    QVERIFY(test::freshCopy(m_demo, m_path));
    m_admin = test::signInAdmin(m_path);
    QVERIFY(m_admin.has_value());
}

void TestRegisterEditing::init()
{
    QVERIFY(test::freshCopy(m_demo, m_path));
    m_prompter = std::make_unique<test::RecordingPrompter>();
    m_window = std::make_unique<MainWindow>(nullptr, m_prompter.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->loadElection(m_path, MainWindow::SummaryMode::Immediate).ok());
    m_window->setSession(m_admin);
}

void TestRegisterEditing::cleanup()
{
    m_window.reset();
    m_prompter.reset();
}

std::unique_ptr<Database> TestRegisterEditing::openCopy() const
{
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    if (!db)
        return nullptr;
    return std::make_unique<Database>(std::move(db).value());
}

RegisterEditorDialog *TestRegisterEditing::waitForEditor()
{
    // The form opens without exec(): wait for it to show.
    for (int i = 0; i < 100; ++i) {
        auto *dialog = m_window->findChild<RegisterEditorDialog *>();
        if (dialog != nullptr && dialog->isVisible())
            return dialog;
        QTest::qWait(20);
    }
    return nullptr;
}

void TestRegisterEditing::actionsNeedSignIn()
{
    RegisterActions *actions = m_window->registerActions();
    QVERIFY(m_window->showPage(QStringLiteral("stations")));
    QVERIFY(actions->addAction()->isEnabled());
    QCOMPARE(actions->addAction()->shortcuts().constFirst(), QKeySequence(Qt::Key_Insert));
    m_window->setSession(std::nullopt);
    QVERIFY(!actions->addAction()->isEnabled());
    QVERIFY(!actions->importAction()->isEnabled());
    QCOMPARE(actions->addAction()->toolTip(), QStringLiteral("Sign in to edit the registers"));
    QCOMPARE(actions->deleteAction()->toolTip(), QStringLiteral("Sign in to edit the registers"));
    QVERIFY(actions->addRecord(RegisterKind::PollingStations) == nullptr);
}

void TestRegisterEditing::addStationWithKeyboardThenUndoRedo()
{
    auto db = openCopy();
    QVERIFY(db);
    const qint64 auditBefore = test::countRows(*db, QStringLiteral("audit_log"));
    // A station of the demo gives a territory and a contest that fit together.
    const QList<qint64> stations = test::firstIds(*db, Register::PollingStations, 1);
    QCOMPARE(stations.size(), 1);
    auto existing =
        RegisterService(*db, *m_admin).load(RegisterKind::PollingStations, stations.first());
    QVERIFY(existing.ok());
    const auto &model = std::get<PollingStationRecord>(*existing);

    QVERIFY(m_window->showPage(QStringLiteral("stations")));
    RegisterView *view = m_window->registerView(Register::PollingStations);
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Insert);
    QPointer<RegisterEditorDialog> dialog = waitForEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QCOMPARE(dialog->kind(), RegisterKind::PollingStations);

    // Every field typed, Enter to move on; Enter on the last field saves.
    const QList<QPair<QString, QString>> typed = {
        {QStringLiteral("code"), QStringLiteral("PS-TEST-1")},
        {QStringLiteral("number"), QStringLiteral("9901")},
        {QStringLiteral("name"), QStringLiteral("School No. 7")},
        {QStringLiteral("address"), QStringLiteral("1 Abai street")},
        {QStringLiteral("territory_code"), model.territoryCode},
        {QStringLiteral("contest_code"), model.contestCode},
        {QStringLiteral("registered_voters"), QStringLiteral("1234")},
        {QStringLiteral("latitude"), QStringLiteral("51.1")},
        {QStringLiteral("longitude"), QStringLiteral("71.4")},
    };
    for (const auto &entry : typed) {
        QWidget *field = dialog->field(entry.first);
        QVERIFY2(field != nullptr, qPrintable(entry.first));
        if (auto *spin = qobject_cast<QSpinBox *>(field))
            spin->selectAll();
        QTest::keyClicks(field, entry.second);
        if (entry.first != QLatin1String("longitude"))
            QTest::keyClick(field, Qt::Key_Return);
    }
    dialog->validateNow();
    QVERIFY2(dialog->problems().isEmpty(),
             qPrintable(QStringList(dialog->problems().values()).join(QLatin1Char('|'))));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::keyClick(dialog->field(QStringLiteral("longitude")), Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QVERIFY(m_prompter->errors.isEmpty());

    RegisterService service(*db, *m_admin);
    auto added = service.loadByCode(RegisterKind::PollingStations, QStringLiteral("PS-TEST-1"));
    QVERIFY(added.ok());
    const auto &station = std::get<PollingStationRecord>(*added);
    QCOMPARE(station.registeredVoters, 1234);
    QCOMPARE(station.number, QStringLiteral("9901"));
    QCOMPARE(test::countRows(*db, QStringLiteral("audit_log")), auditBefore + 1);
    // The row is in the table (the new row is selected).
    QCOMPARE(view->currentId(), station.id);

    QAction *undo = m_window->registerActions()->undoAction();
    QCOMPARE(undo->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Add polling station PS-TEST-1"));
    QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(
        !service.loadByCode(RegisterKind::PollingStations, QStringLiteral("PS-TEST-1")).ok());
    QVERIFY(view->model()->rowOfId(station.id) < 0);
    QCOMPARE(m_window->undoStack()->index(), 0);

    QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(
        service.loadByCode(RegisterKind::PollingStations, QStringLiteral("PS-TEST-1")).ok());
    QCOMPARE(m_window->undoStack()->index(), 1);
    QVERIFY(m_prompter->errors.isEmpty());
}

void TestRegisterEditing::registeredCandidateUnder25KeepsSaveDisabled()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> candidates = test::firstIds(*db, Register::Candidates, 1);
    QCOMPARE(candidates.size(), 1);
    QVERIFY(m_window->showPage(QStringLiteral("candidates")));
    QPointer<RegisterEditorDialog> dialog =
        m_window->registerActions()->editRecord(RegisterKind::Candidates, candidates.first());
    QVERIFY(dialog);

    auto *status = qobject_cast<QComboBox *>(dialog->field(QStringLiteral("status")));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("registered")));
    auto *birth = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("birth_date")));
    QVERIFY(birth);
    const QDate twenty = m_window->election().date.addYears(-20);
    birth->selectAll();
    QTest::keyClicks(birth, twenty.toString(Qt::ISODate));
    // The form checks after a short pause in typing.
    QTRY_VERIFY(!dialog->problems().isEmpty());
    const QString problems = QStringList(dialog->problems().values()).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("25")), qPrintable(problems));
    QVERIFY(!dialog->saveButton()->isEnabled());
    // The problem is shown next to its field.
    bool shown = false;
    for (const QString &key : dialog->problems().keys()) {
        if (auto *label = dialog->findChild<QLabel *>(key + QLatin1String("Problem")))
            shown = shown || (label->isVisible() && label->text().contains(QLatin1String("25")));
    }
    QVERIFY(shown);
    QTest::keyClick(birth, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isVisible()); // not saved
    QTest::keyClick(birth, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestRegisterEditing::candidateEditorShowsHistory()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> candidates = test::firstIds(*db, Register::Candidates, 1);
    auto history = RegisterService(*db, *m_admin).candidateHistory(candidates.first());
    QVERIFY(history.ok());
    QPointer<RegisterEditorDialog> dialog =
        m_window->registerActions()->editRecord(RegisterKind::Candidates, candidates.first());
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("statusHistory"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(history->size()));
    dialog->reject();
}

void TestRegisterEditing::deletingContestWithStationsIsRefused()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> contests = test::firstIds(*db, Register::Contests, 1);
    QCOMPARE(contests.size(), 1);
    QVERIFY(m_window->showPage(QStringLiteral("contests")));
    RegisterView *view = m_window->registerView(Register::Contests);
    QVERIFY(view->selectId(contests.first()));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QTRY_COMPARE(m_prompter->errors.size(), 1);
    QVERIFY2(m_prompter->errors.constFirst().contains(QLatin1String("polling station")),
             qPrintable(m_prompter->errors.constFirst()));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(RegisterService(*db, *m_admin).load(RegisterKind::Contests, contests.first()).ok());
}

void TestRegisterEditing::deletingObserverCanBeUndone()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> observers = test::firstIds(*db, Register::Observers, 1);
    QCOMPARE(observers.size(), 1);
    RegisterService service(*db, *m_admin);
    auto before = service.load(RegisterKind::Observers, observers.first());
    QVERIFY(before.ok());
    const QString code = RecordAccess::code(*before);
    QVERIFY(m_window->showPage(QStringLiteral("observers")));
    QVERIFY(
        m_window->registerActions()->deleteRecord(RegisterKind::Observers, observers.first()).ok());
    QVERIFY(!service.loadByCode(RegisterKind::Observers, code).ok());
    m_window->undoStack()->undo();
    auto restored = service.loadByCode(RegisterKind::Observers, code);
    QVERIFY(restored.ok());
    QCOMPARE(std::get<ObserverRecord>(*restored).fullName,
             std::get<ObserverRecord>(*before).fullName);
    m_window->undoStack()->redo();
    QVERIFY(!service.loadByCode(RegisterKind::Observers, code).ok());
    QVERIFY(m_prompter->errors.isEmpty());
}

void TestRegisterEditing::changeStatusWithdrawsWithReason()
{
    auto db = openCopy();
    QVERIFY(db);
    // A registered candidate among the first of the register.
    RegisterService service(*db, *m_admin);
    qint64 id = 0;
    for (qint64 candidate : test::firstIds(*db, Register::Candidates, 40)) {
        auto record = service.load(RegisterKind::Candidates, candidate);
        if (record && std::get<CandidateRecord>(*record).status == QLatin1String("registered")) {
            id = candidate;
            break;
        }
    }
    QVERIFY(id != 0);
    QVERIFY(m_window->showPage(QStringLiteral("candidates")));
    QPointer<CandidateStatusDialog> dialog = m_window->registerActions()->changeStatus(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->statusBox()->count(), 2); // withdrawn or deregistered
    dialog->statusBox()->setCurrentIndex(
        dialog->statusBox()->findData(QStringLiteral("withdrawn")));
    dialog->validateNow();
    QVERIFY(!dialog->saveButton()->isEnabled()); // a withdrawal needs its reason
    QVERIFY(!dialog->problemText().isEmpty());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Withdrew for family reasons"));
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    dialog->save();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join(QLatin1Char('|'))));
    auto after = service.load(RegisterKind::Candidates, id);
    QVERIFY(after.ok());
    QCOMPARE(std::get<CandidateRecord>(*after).status, QStringLiteral("withdrawn"));
    QCOMPARE(std::get<CandidateRecord>(*after).statusReason,
             QStringLiteral("Withdrew for family reasons"));
    QVERIFY(m_window->undoStack()->undoText().startsWith(QLatin1String("Change status")));
    auto history = service.candidateHistory(id);
    QVERIFY(history.ok());
    QCOMPARE(history->constLast().status, QStringLiteral("withdrawn"));

    // Undo puts the candidate back as registered (or says why it cannot).
    m_window->undoStack()->undo();
    auto undone = service.load(RegisterKind::Candidates, id);
    QVERIFY(undone.ok());
    if (m_prompter->errors.isEmpty())
        QCOMPARE(std::get<CandidateRecord>(*undone).status, QStringLiteral("registered"));
    else
        QCOMPARE(m_window->undoStack()->count(), 0);
    qInfo("undo of a status change: %s",
          m_prompter->errors.isEmpty() ? "restored" : qPrintable(m_prompter->errors.constFirst()));
}

void TestRegisterEditing::searchFindsCandidateByPartOfName()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> candidates = test::firstIds(*db, Register::Candidates, 3);
    QVERIFY(candidates.size() >= 3);
    auto record = RegisterService(*db, *m_admin).load(RegisterKind::Candidates, candidates.at(2));
    QVERIFY(record.ok());
    const QString fullName = std::get<CandidateRecord>(*record).fullName;
    const QString part = fullName.mid(0, fullName.indexOf(QLatin1Char(' ')) + 3);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    RegisterSearchField *search = m_window->registerActions()->searchField();
    QTRY_VERIFY(search->hasFocus());
    // Demo names are Kazakh and Russian: QTest types ASCII only, so the text is inserted as
    // an input method would, and the debounced search is awaited.
    search->insert(part);
    emit search->textEdited(search->text());
    QTRY_VERIFY(!search->hits().isEmpty());
    int index = -1;
    for (int i = 0; i < search->hits().size(); ++i) {
        if (search->hits().at(i).kind == RegisterKind::Candidates &&
            search->hits().at(i).id == candidates.at(2))
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(part));
    emit search->hitChosen(search->hits().at(index));
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("candidates"));
    QCOMPARE(m_window->registerView(Register::Candidates)->currentId(), candidates.at(2));
}

void TestRegisterEditing::overviewExplainsNotRegistered()
{
    const QString text = m_window->overviewPage()->registrationSummary()->text();
    // 2,582 - 2,297 = 285 = 171 + 91 + 23, in the order of the workflow.
    QCOMPARE(text, QStringLiteral("2,582 nominated → 2,297 registered: 171 refused registration, "
                                  "91 withdrew, and 23 deregistered"));
}

void TestRegisterEditing::rendersEditorsForTheReadme()
{
    // The README's pictures of the editors: BD_SCREENSHOT_DIR=docs/images writes them.
    const QString outDir = qEnvironmentVariable("BD_SCREENSHOT_DIR");
    auto db = openCopy();
    QVERIFY(db);
    RegisterService service(*db, *m_admin);
    qint64 candidate = 0;
    for (qint64 id : test::firstIds(*db, Register::Candidates, 40)) {
        auto record = service.load(RegisterKind::Candidates, id);
        auto history = service.candidateHistory(id);
        if (record && history && history->size() >= 2) {
            candidate = id;
            break;
        }
    }
    if (candidate == 0)
        candidate = test::firstIds(*db, Register::Candidates, 1).value(0);
    QVERIFY(candidate != 0);
    const qint64 station = test::firstIds(*db, Register::PollingStations, 1).value(0);
    QVERIFY(station != 0);

    auto render = [&](RegisterEditorDialog *dialog, const QString &name) {
        QVERIFY(dialog);
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        QCoreApplication::processEvents();
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 520);
        if (!outDir.isEmpty())
            QVERIFY(image.save(QDir(outDir).filePath(name), "PNG"));
        dialog->reject();
    };
    QPointer<RegisterEditorDialog> candidateEditor =
        m_window->registerActions()->editRecord(RegisterKind::Candidates, candidate);
    render(candidateEditor, QStringLiteral("candidate-editor.png"));

    QPointer<RegisterEditorDialog> stationEditor =
        m_window->registerActions()->editRecord(RegisterKind::PollingStations, station);
    QVERIFY(stationEditor);
    // A latitude out of range shows how a problem is explained under its field.
    auto *latitude = qobject_cast<QLineEdit *>(stationEditor->field(QStringLiteral("latitude")));
    QVERIFY(latitude);
    latitude->selectAll();
    QTest::keyClicks(latitude, QStringLiteral("95.2"));
    stationEditor->validateNow();
    QVERIFY(!stationEditor->problem(QStringLiteral("latitude")).isEmpty());
    QVERIFY(!stationEditor->saveButton()->isEnabled());
    render(stationEditor, QStringLiteral("station-editor.png"));
}

void TestRegisterEditing::refusedUndoIsReportedAndDropped()
{
    auto db = openCopy();
    QVERIFY(db);
    const QList<qint64> observers = test::firstIds(*db, Register::Observers, 2);
    QCOMPARE(observers.size(), 2);
    RegisterService service(*db, *m_admin);
    auto second = service.load(RegisterKind::Observers, observers.at(1));
    QVERIFY(second.ok());
    const QString code = RecordAccess::code(*second);
    auto first = service.load(RegisterKind::Observers, observers.at(0));
    QVERIFY(first.ok());
    const QString firstCode = RecordAccess::code(*first);
    RegisterActions *actions = m_window->registerActions();
    QVERIFY(actions->deleteRecord(RegisterKind::Observers, observers.at(0)).ok());
    QVERIFY(actions->deleteRecord(RegisterKind::Observers, observers.at(1)).ok());
    m_window->undoStack()->undo(); // the second observer is back
    QVERIFY(service.loadByCode(RegisterKind::Observers, code).ok());
    // Someone else deletes it meanwhile: redoing its deletion finds nothing and is refused.
    auto back = service.loadByCode(RegisterKind::Observers, code);
    QVERIFY(service.remove(RegisterKind::Observers, RecordAccess::id(*back)).ok());
    m_window->undoStack()->redo();
    QCOMPARE(m_prompter->errors.size(), 1);
    QCOMPARE(m_prompter->errorTitles.constFirst(), QStringLiteral("Cannot Redo"));
    // The refused command is gone; the stack still undoes the first deletion.
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->index(), 1);
    QVERIFY(m_window->registerActions()->undoAction()->isEnabled());
    m_window->undoStack()->undo();
    QVERIFY(service.loadByCode(RegisterKind::Observers, firstCode).ok());
    QCOMPARE(m_prompter->errors.size(), 1);
    QCOMPARE(m_window->undoStack()->index(), 0);
}

void TestRegisterEditing::exportWritesFileInBackground()
{
    RegisterActions *actions = m_window->registerActions();
    const QString out = m_dir.filePath(QStringLiteral("parties-export.csv"));
    QFile::remove(out);
    QSignalSpy finished(actions, &RegisterActions::exportFinished);
    actions->exportCsv(RegisterKind::Parties, out);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine().trimmed();
    QVERIFY2(header.startsWith("code,"), header.constData());
    QVERIFY(file.readAll().count('\n') >= 1);
}

void TestRegisterEditing::droppedCsvOpensImportWithGuessedKind()
{
    const QString csv = m_dir.filePath(QStringLiteral("observers-drop.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("code,full_name,organization,kind,polling_station_code\n"
               "OBS-DROP-1,Aigerim Bekova,Transparency Watch,ngo,\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QCOMPARE(RegisterActions::droppedCsv(&mime), csv);
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), RegisterKind::Observers);
    QCOMPARE(dialog->previewTable()->rowCount(), 1);
    // Nothing is imported until the user confirms.
    auto db = openCopy();
    QVERIFY(db);
    RegisterService service(*db, *m_admin);
    QVERIFY(!service.loadByCode(RegisterKind::Observers, QStringLiteral("OBS-DROP-1")).ok());
    QSignalSpy finished(dialog.data(), &ImportDialog::importFinished);
    dialog->startImport();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    QVERIFY(service.loadByCode(RegisterKind::Observers, QStringLiteral("OBS-DROP-1")).ok());
    // The observers page shows the imported row.
    QVERIFY(m_window->showPage(QStringLiteral("observers")));
    RegisterView *view = m_window->registerView(Register::Observers);
    view->loadNow();
    QCOMPARE(view->matchingRows(), test::countRows(*db, QStringLiteral("observer")));
    dialog->reject();
}

QTEST_MAIN(TestRegisterEditing)
#include "tst_registerediting.moc"
