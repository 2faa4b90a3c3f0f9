#pragma once

#include "Outcome.h"
#include "RegisterQuery.h"
#include "RegisterRecords.h"

#include <QObject>

#include <optional>

class QAction;
class QDropEvent;
class QDragEnterEvent;
class QMenu;
class QMenuBar;
class QMimeData;
class QToolBar;
class QUndoStack;

namespace bd {

class CandidateStatusDialog;
class ImportDialog;
class MainWindow;
class Prompter;
class RegisterEditorDialog;
class RegisterSearchField;
struct SearchHit;

/**
 * Editing the registers from the main window: Add / Edit / Delete / Change status (Edit menu
 * and each register page's context menu), undo and redo through the window's QUndoStack, CSV
 * import (File menu, drag and drop) and export, and the search across the registers.
 *
 * Every change is a RegisterCommand calling RegisterService; editing needs a signed-in user.
 * Dialogs are opened with open(), never exec(), so tests drive them with the keyboard.
 */
class RegisterActions : public QObject
{
    Q_OBJECT

public:
    RegisterActions(MainWindow *window, Prompter *prompter, QUndoStack *stack);

    /** Adds Import CSV… and the Export CSV submenu to the File menu. */
    void addFileActions(QMenu *file);
    /** Creates the Edit menu: Undo, Redo, Add, Edit, Delete, Change status, Find. */
    QMenu *createEditMenu(QMenuBar *bar);
    /** Fills the window's tool bar: the edit actions, Undo/Redo, and the search field. */
    void populateToolBar(QToolBar *bar);
    RegisterSearchField *searchField() const { return m_search; }

    /** The open election or the signed-in user changed. */
    void updateState();

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *changeStatusAction() const { return m_changeStatus; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *importAction() const { return m_import; }
    QAction *findAction() const { return m_find; }

    /** Opens the form for a new record of kind (non-blocking); null when editing is off. */
    RegisterEditorDialog *addRecord(RegisterKind kind);
    /** Opens the form of an existing record; null when it cannot be loaded. */
    RegisterEditorDialog *editRecord(RegisterKind kind, qint64 id);
    /** Deletes a record through an undo command; the refusal, if any, is shown and returned. */
    Status deleteRecord(RegisterKind kind, qint64 id);
    CandidateStatusDialog *changeStatus(qint64 candidateId);
    /** Opens the import dialog, with a file to preview (dropped) or none (menu). */
    ImportDialog *importCsv(const QString &path = QString());
    /** Exports a kind to path in a worker thread; the outcome is reported when done. */
    void exportCsv(RegisterKind kind, const QString &path);
    /** Shows the page of a search hit and selects its row. */
    bool showHit(SearchHit hit); // a copy: showing the page may refresh the search

    /** For MainWindow's drag and drop: accepts a single local .csv file. */
    static QString droppedCsv(const QMimeData *mime);

signals:
    /** A register changed (an edit, an undo, an import): views and overview are refreshed. */
    void registersChanged();
    /** An export ended: ok, or the message shown. */
    void exportFinished(bool ok, const QString &message);

private:
    void createActions();
    std::optional<Register> currentRegister() const;
    Status push(RegisterKind kind, std::optional<RegisterRecord> before,
                std::optional<RegisterRecord> after, const QString &text);
    void afterChange(RegisterKind kind, qint64 id);
    void editCurrent();
    void deleteCurrent();
    void chooseAndExport(RegisterKind kind);
    void showError(const QString &title, const Error &error);

    MainWindow *m_window;
    Prompter *m_prompter;
    QUndoStack *m_stack;
    RegisterSearchField *m_search;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_changeStatus = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_find = nullptr;
    QList<QAction *> m_exports;
    int m_exportsRunning = 0;
};

} // namespace bd
