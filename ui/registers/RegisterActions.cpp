#include "RegisterActions.h"

#include "CandidateStatusDialog.h"
#include "Database.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "Prompter.h"
#include "RecordAccess.h"
#include "RegisterCommand.h"
#include "RegisterEditorDialog.h"
#include "RegisterExporter.h"
#include "RegisterSearchField.h"
#include "RegisterService.h"
#include "RegisterTableModel.h"
#include "RegisterView.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRegisterActions, "ballotdesk.ui.registers.actions", QtInfoMsg)

namespace bd {

namespace {

QString withShortcut(const QString &text, const QString &keys)
{
    return RegisterActions::tr("%1 (%2)").arg(text, keys);
}

} // namespace

RegisterActions::RegisterActions(MainWindow *window, Prompter *prompter, QUndoStack *stack)
    : QObject(window), m_window(window), m_prompter(prompter), m_stack(stack),
      m_search(new RegisterSearchField(window))
{
    createActions();
    connect(m_search, &RegisterSearchField::hitChosen, this, &RegisterActions::showHit);
    for (Register reg : RegisterQuery::all()) {
        RegisterView *view = m_window->registerView(reg);
        QList<QAction *> actions{m_add, m_edit, m_delete};
        if (reg == Register::Candidates)
            actions << nullptr << m_changeStatus;
        view->setContextActions(actions);
        connect(view, &RegisterView::rowActivated, this, [this, reg](qint64 id) {
            if (m_edit->isEnabled())
                editRecord(RecordAccess::kindOf(reg), id);
        });
        connect(view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &RegisterActions::updateState);
    }
    if (auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages")))
        connect(pages, &QStackedWidget::currentChanged, this, &RegisterActions::updateState);
    connect(m_stack, &QUndoStack::indexChanged, this, &RegisterActions::updateState);
    // The undo history belongs to one open election: another file starts a new one.
    connect(m_window, &MainWindow::electionChanged, this, [this] {
        m_stack->clear();
        updateState();
    });
    connect(m_window, &MainWindow::sessionChanged, this, &RegisterActions::updateState);
    updateState();
}

void RegisterActions::createActions()
{
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIconText(tr("Undo"));
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redo->setIconText(tr("Redo"));
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);

    m_add = new QAction(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addRecordAction"));
    m_add->setIconText(tr("Add"));
    m_add->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)});
    connect(m_add, &QAction::triggered, this, [this] {
        if (const std::optional<Register> reg = currentRegister())
            addRecord(RecordAccess::kindOf(*reg));
    });
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editRecordAction"));
    m_edit->setIconText(tr("Edit"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &RegisterActions::editCurrent);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteRecordAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &RegisterActions::deleteCurrent);
    m_changeStatus = new QAction(tr("Change &Status…"), this);
    m_changeStatus->setObjectName(QStringLiteral("changeStatusAction"));
    m_changeStatus->setIconText(tr("Change Status"));
    m_changeStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_changeStatus, &QAction::triggered, this, [this] {
        if (RegisterView *view = m_window->registerView(Register::Candidates);
            view != nullptr && view->currentId() != 0)
            changeStatus(view->currentId());
    });
    m_find = new QAction(tr("&Find in Registers…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_import = new QAction(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    m_import->setIconText(tr("Import CSV"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { importCsv(); });
    for (RegisterKind kind : RegisterKinds::all()) {
        auto *action = new QAction(tr("%1…").arg(RegisterKinds::label(kind)), this);
        action->setObjectName(QLatin1String("export-") + RegisterKinds::key(kind));
        connect(action, &QAction::triggered, this, [this, kind] { chooseAndExport(kind); });
        m_exports << action;
    }
    // Window-wide shortcuts that work with the menus closed.
    for (QAction *action :
         {m_undo, m_redo, m_add, m_edit, m_delete, m_changeStatus, m_find, m_import})
        m_window->addAction(action);
}

void RegisterActions::addFileActions(QMenu *file)
{
    file->addAction(m_import);
    QMenu *exportMenu = file->addMenu(tr("&Export CSV"));
    exportMenu->setObjectName(QStringLiteral("exportCsvMenu"));
    exportMenu->addActions(m_exports);
}

QMenu *RegisterActions::createEditMenu(QMenuBar *bar)
{
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_add);
    edit->addAction(m_edit);
    edit->addAction(m_delete);
    edit->addAction(m_changeStatus);
    edit->addSeparator();
    edit->addAction(m_find);
    return edit;
}

void RegisterActions::populateToolBar(QToolBar *bar)
{
    bar->addAction(m_add);
    bar->addAction(m_edit);
    bar->addAction(m_delete);
    bar->addAction(m_changeStatus);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_import);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search->setMinimumWidth(320);
    m_search->setMaximumWidth(420);
    bar->addWidget(m_search);
}

std::optional<Register> RegisterActions::currentRegister() const
{
    return RegisterQuery::fromKey(m_window->currentPageKey());
}

void RegisterActions::updateState()
{
    const bool open = m_window->isElectionOpen();
    // A locked window keeps its session but edits nothing until unlocked.
    const bool signedIn = m_window->session().has_value() && !m_window->isLocked();
    const std::optional<Register> reg = currentRegister();
    const RegisterView *view = reg ? m_window->registerView(*reg) : nullptr;
    const bool hasRow = view != nullptr && view->currentId() != 0;
    const bool canEdit = open && signedIn;
    const QString signIn = tr("Sign in to edit the registers");

    m_add->setEnabled(canEdit && reg.has_value());
    m_edit->setEnabled(canEdit && hasRow);
    m_delete->setEnabled(canEdit && hasRow);
    m_changeStatus->setEnabled(canEdit && hasRow && reg == Register::Candidates);
    m_import->setEnabled(canEdit);
    for (QAction *action : std::as_const(m_exports))
        action->setEnabled(open);
    m_find->setEnabled(open);

    m_undo->setEnabled(canEdit && m_stack->canUndo());
    m_redo->setEnabled(canEdit && m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));

    auto tip = [&](QAction *action, const QString &text, const QString &keys) {
        action->setToolTip(open && !signedIn ? signIn : withShortcut(text, keys));
        action->setStatusTip(action->toolTip());
    };
    tip(m_add, tr("Add a record to this register"), tr("Insert, Ctrl+N"));
    tip(m_edit, tr("Edit the selected record"), tr("Enter, F2"));
    tip(m_delete, tr("Delete the selected record"), tr("Delete"));
    tip(m_changeStatus, tr("Register, refuse, withdraw or deregister the candidate"), tr("Ctrl+T"));
    tip(m_import, tr("Import a register from a CSV file"), tr("Ctrl+I"));
    tip(m_undo, tr("Undo the last change of the registers"), tr("Ctrl+Z"));
    tip(m_redo, tr("Redo the change undone last"), tr("Ctrl+Shift+Z"));
    m_search->setDatabase(m_window->context().database);
}

Status RegisterActions::push(RegisterKind kind, std::optional<RegisterRecord> before,
                             std::optional<RegisterRecord> after, const QString &text)
{
    Q_UNUSED(kind);
    RegisterCommand::Environment env;
    MainWindow *window = m_window;
    env.database = [window] {
        return window->context().database;
    };
    env.session = [window] {
        return window->session();
    };
    env.reportError = [this](const QString &title, const Error &error) {
        showError(title, error);
    };
    env.changed = [this](RegisterKind changedKind, qint64 id) {
        afterChange(changedKind, id);
    };
    auto command =
        std::make_unique<RegisterCommand>(env, std::move(before), std::move(after), text);
    const Status status = command->execute();
    if (!status)
        return status;
    m_stack->push(command.release());
    return {};
}

RegisterEditorDialog *RegisterActions::addRecord(RegisterKind kind)
{
    if (!m_window->isElectionOpen() || !m_window->session())
        return nullptr;
    RegisterRecord fresh = RecordAccess::empty(kind);
    if (auto *territory = std::get_if<TerritoryRecord>(&fresh);
        territory != nullptr && currentRegister() == Register::Regions)
        territory->level = QStringLiteral("region");
    auto *dialog = new RegisterEditorDialog(m_window->context().database, *m_window->session(),
                                            fresh, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this, kind](const RegisterRecord &record) {
        return push(kind, std::nullopt, record,
                    RecordAccess::addText(kind, RecordAccess::code(record)));
    });
    dialog->open();
    return dialog;
}

RegisterEditorDialog *RegisterActions::editRecord(RegisterKind kind, qint64 id)
{
    if (!m_window->isElectionOpen() || !m_window->session())
        return nullptr;
    const RegisterService service(*m_window->context().database, *m_window->session());
    auto loaded = service.load(kind, id);
    if (!loaded) {
        showError(tr("Cannot Edit"), loaded.error());
        return nullptr;
    }
    const RegisterRecord before = *loaded;
    auto *dialog = new RegisterEditorDialog(m_window->context().database, *m_window->session(),
                                            before, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this, kind, before](const RegisterRecord &record) {
        return push(kind, before, record, RecordAccess::editText(kind, RecordAccess::code(record)));
    });
    dialog->open();
    return dialog;
}

Status RegisterActions::deleteRecord(RegisterKind kind, qint64 id)
{
    if (!m_window->isElectionOpen() || !m_window->session())
        return Error{
            QStringLiteral("register.no-session"), tr("Sign in to edit the registers."), {}};
    const RegisterService service(*m_window->context().database, *m_window->session());
    auto loaded = service.load(kind, id);
    Status status;
    if (!loaded)
        status = loaded.error();
    else
        status = push(kind, *loaded, std::nullopt,
                      RecordAccess::deleteText(kind, RecordAccess::code(*loaded)));
    if (!status)
        showError(tr("Cannot Delete"), status.error());
    return status;
}

CandidateStatusDialog *RegisterActions::changeStatus(qint64 candidateId)
{
    if (!m_window->isElectionOpen() || !m_window->session())
        return nullptr;
    const RegisterService service(*m_window->context().database, *m_window->session());
    auto loaded = service.load(RegisterKind::Candidates, candidateId);
    if (!loaded) {
        showError(tr("Cannot Change the Status"), loaded.error());
        return nullptr;
    }
    const CandidateRecord candidate = std::get<CandidateRecord>(*loaded);
    auto *dialog = new CandidateStatusDialog(m_window->context().database, *m_window->session(),
                                             candidate, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler(
        [this, candidate](const QString &status, QDate date, const QString &reason) -> Status {
            RegisterCommand::Environment env;
            MainWindow *window = m_window;
            env.database = [window] {
                return window->context().database;
            };
            env.session = [window] {
                return window->session();
            };
            env.reportError = [this](const QString &title, const Error &error) {
                showError(title, error);
            };
            env.changed = [this](RegisterKind kind, qint64 id) {
                afterChange(kind, id);
            };
            const QString text =
                tr("Change status of candidate %1 to %2")
                    .arg(candidate.code,
                         RegisterTableModel::codeLabel(QStringLiteral("status"), status));
            auto command = std::make_unique<RegisterCommand>(
                env, RegisterRecord(candidate), RegisterCommand::StatusStep{status, date, reason},
                text);
            const Status done = command->execute();
            if (!done)
                return done;
            m_stack->push(command.release());
            return {};
        });
    dialog->open();
    return dialog;
}

void RegisterActions::editCurrent()
{
    const std::optional<Register> reg = currentRegister();
    RegisterView *view = reg ? m_window->registerView(*reg) : nullptr;
    if (view != nullptr && view->currentId() != 0)
        editRecord(RecordAccess::kindOf(*reg), view->currentId());
}

void RegisterActions::deleteCurrent()
{
    const std::optional<Register> reg = currentRegister();
    RegisterView *view = reg ? m_window->registerView(*reg) : nullptr;
    if (view != nullptr && view->currentId() != 0)
        (void)deleteRecord(RecordAccess::kindOf(*reg), view->currentId());
}

void RegisterActions::afterChange(RegisterKind kind, qint64 id)
{
    // Counts on other pages (stations per region, candidates per party) change too.
    for (Register reg : RegisterQuery::all())
        m_window->registerView(reg)->refresh();
    if (id != 0) {
        RegisterView *view = m_window->registerView(RecordAccess::registerOf(kind));
        if (view->isVisible())
            (void)view->selectId(id);
    }
    if (m_window->isElectionOpen())
        m_window->overviewPage()->loadInBackground(m_window->currentFile());
    updateState();
    emit registersChanged();
}

ImportDialog *RegisterActions::importCsv(const QString &path)
{
    if (!m_window->isElectionOpen())
        return nullptr;
    auto *dialog =
        new ImportDialog(m_window->currentFile(), m_window->session(), m_prompter, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this,
            [this](RegisterKind kind, int rows, bool ok) {
                if (!ok)
                    return;
                m_window->statusBar()->showMessage(
                    tr("%1: %Ln row(s) imported", nullptr, rows).arg(RegisterKinds::label(kind)),
                    10000);
                afterChange(kind, 0);
            });
    if (!path.isEmpty())
        dialog->setFile(path);
    dialog->open();
    return dialog;
}

QString RegisterActions::droppedCsv(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path : QString();
}

void RegisterActions::chooseAndExport(RegisterKind kind)
{
    if (!m_window->isElectionOpen())
        return;
    const QString suggested = QDir(QFileInfo(m_window->currentFile()).absolutePath())
                                  .filePath(RegisterKinds::key(kind) + QLatin1String(".csv"));
    const QString path =
        m_prompter->chooseFileToSave(m_window, tr("Export %1").arg(RegisterKinds::label(kind)),
                                     suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(kind, path);
}

void RegisterActions::exportCsv(RegisterKind kind, const QString &path)
{
    const QString databasePath = m_window->currentFile();
    ++m_exportsRunning;
    m_window->statusBar()->showMessage(
        tr("Exporting %1 to %2…").arg(RegisterKinds::label(kind), QDir::toNativeSeparators(path)));
    auto run = [databasePath, kind, path]() -> Status {
        // The worker's own connection, opened and closed in the pool thread.
        auto db = Database::open(databasePath, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        return RegisterExporter::exportFile(*db, kind, path);
    };
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, kind, path] {
        watcher->deleteLater();
        --m_exportsRunning;
        const Status status = watcher->result();
        if (!status) {
            m_window->statusBar()->clearMessage();
            showError(tr("Cannot Export %1").arg(RegisterKinds::label(kind)), status.error());
            emit exportFinished(false, status.error().userMessage);
            return;
        }
        const QString message =
            tr("%1 exported to %2").arg(RegisterKinds::label(kind), QDir::toNativeSeparators(path));
        m_window->statusBar()->showMessage(message, 10000);
        emit exportFinished(true, message);
    });
    watcher->setFuture(QtConcurrent::run(run));
}

bool RegisterActions::showHit(SearchHit hit)
{
    const Register reg = RecordAccess::registerOf(hit.kind);
    if (!m_window->showPage(RegisterQuery::key(reg)))
        return false;
    RegisterView *view = m_window->registerView(reg);
    const bool found = view->selectId(hit.id, hit.code);
    view->table()->setFocus(Qt::OtherFocusReason);
    if (!found)
        m_window->statusBar()->showMessage(
            tr("%1 is not listed on the %2 page").arg(hit.label, RegisterKinds::label(hit.kind)),
            10000);
    return found;
}

void RegisterActions::showError(const QString &title, const Error &error)
{
    qCWarning(lcRegisterActions) << error.code << error.userMessage << error.detail;
    m_prompter->showError(m_window, title, error.userMessage, error.detail);
}

} // namespace bd
