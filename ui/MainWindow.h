#pragma once

#include "ElectionView.h"
#include "Outcome.h"
#include "RegisterQuery.h"

#include <QMainWindow>

#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace bd {

class AppSettings;
class Database;
class InactivityMonitor;
class LockScreen;
class OverviewPage;
class Prompter;
class RegisterActions;
class RegisterView;
class SignInPrompter;

/**
 * The application window: the overview and the registers of one open election file.
 *
 * Dialogs go through the injected Prompter; recent files through the injected AppSettings.
 * With a SignInPrompter (the application sets one), openElection() asks who signs in and
 * closes the file again when nobody does; without one (screenshots) the window only reads.
 * A signed-in session locks after the election's inactivity period (lock_after_minutes).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** How the overview computes its figures after a file is opened. */
    enum class SummaryMode {
        Background, ///< in a worker thread; the window stays responsive
        Immediate,  ///< on this thread before openElection() returns (screenshots)
    };

    /**
     * settings (may be null: nothing remembered) and prompter (null: dialogs) must outlive
     * the window.
     */
    explicit MainWindow(AppSettings *settings = nullptr, Prompter *prompter = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The keys of the pages, in navigation order: "overview", "regions", ... "observers". */
    static QStringList pageKeys();

    /** Opens an election file, replacing the open one; the error, if any, is returned. */
    Status loadElection(const QString &path, SummaryMode mode = SummaryMode::Background);
    /** As loadElection(), telling the user through the prompter when the file cannot be opened. */
    bool openElection(const QString &path);
    void closeElection();

    bool isElectionOpen() const { return m_db != nullptr; }
    /** What the pages know of the open election (database null when none is open). */
    const ElectionContext &context() const { return m_context; }
    /** The signed-in user (none: read-only use); pages are told of every change. */
    const std::optional<Session> &session() const { return m_session; }
    void setSession(const std::optional<Session> &session);

    /** Asks for sign-in after a file opens; null (the default): never asked. Must outlive. */
    void setSignInPrompter(SignInPrompter *prompter) { m_signInPrompter = prompter; }
    /** Asks who signs in to the open file; when nobody does, closes it and returns false. */
    bool requestSignIn();
    /** Ends the session and asks for a sign-in again (File › Sign Out). */
    void signOut();
    /** Asks for the old and the new password (File › Change Password…). */
    void changePassword();

    /** Hides the content behind the lock screen until the same user's password is given. */
    void lockSession();
    /** Unlocks with the signed-in user's password; the refusal is shown on the lock screen. */
    Status unlockSession(const QString &password);
    bool isLocked() const { return m_locked; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    InactivityMonitor *inactivityMonitor() const { return m_inactivity; }
    /** Tests: lock after @p period instead of the election's minutes (zero: the election's). */
    void setInactivityPeriodOverride(std::chrono::milliseconds period);
    /** "Signed in: admin (Administrator)" or empty, as the status bar shows it. */
    QString sessionText() const;

    /** Writes a backup of the open file to @p path in a worker thread (File › Back Up…). */
    void backUpTo(const QString &path);
    /** Verifies @p backupPath, confirms, closes, restores over the open file and reopens it. */
    void restoreFrom(const QString &backupPath);
    QString currentFile() const;
    const ElectionHeading &election() const { return m_election; }

    /** Shows the page with the given key; false for an unknown key. */
    bool showPage(const QString &key);
    QString currentPageKey() const;

    OverviewPage *overviewPage() const { return m_overview; }
    /** Editing, import, export and search of the registers (Edit menu, File menu, Ctrl+F). */
    RegisterActions *registerActions() const { return m_registerActions; }
    /** The register changes of the open election (cleared when another file is opened). */
    QUndoStack *undoStack() const { return m_undoStack; }
    RegisterView *registerView(Register reg) const;

    /** Creates the demo election in path in a worker thread, then opens it. */
    void createDemoElection(const QString &path);
    bool isCreatingDemo() const { return m_creatingDemo; }

signals:
    /** An election file was opened (path) or closed (empty path). */
    void electionChanged(const QString &path);
    /** Creating the demo election ended: opened, cancelled or failed. */
    void demoCreationFinished(bool opened);
    /** Someone signed in or out (session() tells who). */
    void sessionChanged();
    /** A backup ended: written (true) or failed or cancelled. */
    void backupFinished(bool written);
    /** A restore ended: the file was replaced and opened again (true), or not. */
    void restoreFinished(bool restored);
    /** Someone (another desk, or this one) changed the open election; pages refresh. */
    void electionDataChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    /** A single .csv dropped on the window opens the import dialog. */
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCentralWidget();
    void chooseAndOpen();
    /** File › Connect to Server…: asks for a PostgreSQL address and password, then opens it. */
    void chooseAndConnect();
    /** Reloads the overview and emits electionDataChanged() when DataVersion moved on. */
    void pollDataVersion();
    void chooseAndCreateDemo();
    void showAbout();
    void chooseAndBackUp();
    void chooseAndRestore();
    void replaceWithBackup(const QString &backupPath);
    void startInactivityWatch();
    void updateSessionState();
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &title, const Error &error);
    QString dialogDirectory() const;

    AppSettings *m_settings;
    Prompter *m_prompter;
    std::unique_ptr<Prompter> m_ownPrompter;
    std::unique_ptr<Database> m_db;
    ElectionHeading m_election;

    QLabel *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_central = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    QList<RegisterView *> m_registers;
    QList<ElectionView *> m_extraViews;
    ElectionContext m_context;
    std::optional<Session> m_session;
    QUndoStack *m_undoStack = nullptr;
    RegisterActions *m_registerActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_newFromDemoAction = nullptr;
    bool m_creatingDemo = false;

    SignInPrompter *m_signInPrompter = nullptr;
    LockScreen *m_lockScreen = nullptr;
    InactivityMonitor *m_inactivity = nullptr;
    QTimer *m_dataPoll = nullptr; ///< polls DataVersion while an election is open
    qint64 m_dataVersion = 0;
    QLabel *m_sessionLabel = nullptr;
    QList<QAction *> m_sessionActions;  ///< need a session; only Sign Out while locked
    QList<QAction *> m_unlockedActions; ///< disabled while locked
    std::chrono::milliseconds m_periodOverride{0};
    int m_lockMinutes = 0;
    bool m_locked = false;
    bool m_busy = false; ///< a backup or restore is running
};

} // namespace bd
