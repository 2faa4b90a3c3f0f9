#include "MainWindow.h"

#include "AppSettings.h"
#include "AuditPage.h"
#include "Backup.h"
#include "ChartsPage.h"
#include "DashboardPage.h"
#include "DataVersion.h"
#include "Database.h"
#include "DemoElection.h"
#include "DialogPrompter.h"
#include "ElectionSettings.h"
#include "ElectionView.h"
#include "InactivityMonitor.h"
#include "LockScreen.h"
#include "MapPage.h"
#include "OverviewPage.h"
#include "PasswordHasher.h"
#include "PdfExportFlow.h"
#include "ProgressPage.h"
#include "ProtocolEntryPage.h"
#include "RegisterActions.h"
#include "RegisterSearchField.h"
#include "RegisterView.h"
#include "ResolutionPage.h"
#include "SignInPrompter.h"
#include "TurnoutPage.h"
#include "UserStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

Q_LOGGING_CATEGORY(lcMainWindow, "ballotdesk.ui.mainwindow", QtWarningMsg)

// How often an open server election is checked for other desks' changes.
constexpr int kDataPollMilliseconds = 3000;

namespace bd {

namespace {

/**
 * Pages after the overview and the registers: each later feature adds one row here (its key for
 * --screenshot/--view, its navigation title, and how to make it). A page that shows the open
 * election implements ElectionView.
 */
struct ExtraPage
{
    const char *key;
    const char *title; ///< marked with QT_TRANSLATE_NOOP("bd::MainWindow", ...)
    QWidget *(*create)(QWidget *parent);
    /// Its View menu shortcut once Ctrl+1…9 and Ctrl+0 are taken (portable text), or none.
    const char *shortcut = nullptr;
};

const QList<ExtraPage> &extraPages()
{
    static const QList<ExtraPage> pages = {
        {"map", QT_TRANSLATE_NOOP("bd::MainWindow", "Map"),
         [](QWidget *parent) -> QWidget * {
             return new MapPage(parent);
         }},
        {"dashboard", QT_TRANSLATE_NOOP("bd::MainWindow", "Dashboard"),
         [](QWidget *parent) -> QWidget * {
             return new DashboardPage(parent);
         }},
        {"charts", QT_TRANSLATE_NOOP("bd::MainWindow", "Charts"),
         [](QWidget *parent) -> QWidget * {
             return new ChartsPage(parent);
         }},
        {"audit", QT_TRANSLATE_NOOP("bd::MainWindow", "Audit log"),
         [](QWidget *parent) -> QWidget * { return new AuditPage(parent); }, "Ctrl+Shift+A"},
        {"resolution", QT_TRANSLATE_NOOP("bd::MainWindow", "Resolution"),
         [](QWidget *parent) -> QWidget * { return new ResolutionPage(parent); }, "Ctrl+Shift+R"},
        {"progress", QT_TRANSLATE_NOOP("bd::MainWindow", "Progress"),
         [](QWidget *parent) -> QWidget * { return new ProgressPage(parent); }, "Ctrl+Shift+G"},
        {"turnout", QT_TRANSLATE_NOOP("bd::MainWindow", "Hourly turnout"),
         [](QWidget *parent) -> QWidget * { return new TurnoutPage(parent); }, "Ctrl+Shift+T"},
        {"protocol-entry", QT_TRANSLATE_NOOP("bd::MainWindow", "Protocol entry"),
         [](QWidget *parent) -> QWidget * { return new ProtocolEntryPage(parent); },
         "Ctrl+Shift+I"},
    };
    return pages;
}

QString pageTitle(int index)
{
    switch (index) {
    case 0:
        return MainWindow::tr("Overview");
    case 1:
        return MainWindow::tr("Regions");
    case 2:
        return MainWindow::tr("Contests");
    case 3:
        return MainWindow::tr("Polling stations");
    case 4:
        return MainWindow::tr("Parties");
    case 5:
        return MainWindow::tr("Candidates");
    case 6:
        return MainWindow::tr("Observers");
    default:
        if (index - 7 >= 0 && index - 7 < extraPages().size())
            return MainWindow::tr(extraPages().at(index - 7).title);
        return {};
    }
}

QString electionFileFilter()
{
    return MainWindow::tr("Election files (*.sqlite *.db);;All files (*)");
}

// What the demo worker shares with the GUI thread: progress out, cancellation in.
struct DemoProgress
{
    std::atomic<int> percent{0};
    std::atomic<bool> cancel{false};
};

Status runDemoCreation(const QString &path, const std::shared_ptr<DemoProgress> &progress);

// What a backup worker hands back; QFuture needs a default state, which Outcome lacks.
struct BackupWork
{
    std::optional<AuditReport> report;
    Error error;
};

BackupWork runBackup(const QString &databasePath, const Session &session, const QString &outPath);
BackupWork runVerifyBackup(const QString &backupPath);
Status runRestore(const Session &session, const QString &backupPath, const QString &targetPath);

} // namespace

MainWindow::MainWindow(AppSettings *settings, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_prompter(prompter)
{
    if (m_prompter == nullptr) {
        m_ownPrompter = std::make_unique<DialogPrompter>();
        m_prompter = m_ownPrompter.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    createCentralWidget();
    m_undoStack = new QUndoStack(this);
    m_registerActions = new RegisterActions(this, m_prompter, m_undoStack);
    createActions();
    setAcceptDrops(true);
    updateTitle();
    if (m_settings != nullptr && !m_settings->mainWindowGeometry().isEmpty())
        restoreGeometry(m_settings->mainWindowGeometry());
    else
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The views hold pointers to the database: detach them before it goes.
    closeElection();
}

QStringList MainWindow::pageKeys()
{
    QStringList keys{QStringLiteral("overview")};
    for (Register reg : RegisterQuery::all())
        keys << RegisterQuery::key(reg);
    for (const ExtraPage &page : extraPages())
        keys << QString::fromLatin1(page.key);
    return keys;
}

void MainWindow::createCentralWidget()
{
    m_banner = new QLabel(tr("Demo data: published totals, synthetic details"), this);
    m_banner->setObjectName(QStringLiteral("syntheticBanner"));
    m_banner->setToolTip(tr("The published aggregates are reproduced exactly; names, per-station "
                            "figures and votes are generated."));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(6);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    // The one fixed colour of the product: a warning that must read the same in every palette.
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
    warning.setColor(QPalette::WindowText, QColor(0x4d, 0x34, 0x00));
    m_banner->setPalette(warning);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overview = new OverviewPage(m_pages);
    m_pages->addWidget(m_overview);
    for (Register reg : RegisterQuery::all()) {
        auto *view = new RegisterView(reg, m_pages);
        m_registers << view;
        m_pages->addWidget(view);
    }
    for (const ExtraPage &page : extraPages()) {
        QWidget *widget = page.create(m_pages);
        widget->setObjectName(QString::fromLatin1(page.key) + QLatin1String("Page"));
        m_pages->addWidget(widget);
        if (auto *view = dynamic_cast<ElectionView *>(widget))
            m_extraViews << view;
        if (auto *audit = qobject_cast<AuditPage *>(widget))
            audit->setPrompter(m_prompter);
        if (auto *resolution = qobject_cast<ResolutionPage *>(widget))
            resolution->setPrompter(m_prompter);
    }
    // Enter on a differing protocol in the progress list opens it on the resolution page.
    auto *resolution = m_pages->findChild<ResolutionPage *>();
    if (auto *progress = m_pages->findChild<ProgressPage *>(); progress && resolution) {
        connect(progress, &ProgressPage::resolveRequested, this, [this, resolution](qint64 id) {
            showPage(QStringLiteral("resolution"));
            resolution->selectProtocol(id);
        });
    }
    int widest = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *item = new QListWidgetItem(pageTitle(i), m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() + 14));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(i)).arg(i + 1));
        widest = qMax(widest, fontMetrics().horizontalAdvance(pageTitle(i)));
    }
    m_navigation->setFixedWidth(widest + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_navigation);
    contentLayout->addWidget(m_pages, 1);

    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcome"));
    auto *welcomeText =
        new QLabel(tr("Open an election file, or create the demo election of the 2021 rural akim "
                      "elections to explore BallotDesk."),
                   welcome);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto *openButton = new QPushButton(tr("Open Election File…"), welcome);
    auto *demoButton = new QPushButton(tr("New from Demo…"), welcome);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::chooseAndCreateDemo);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(2);

    // While the session is locked, the lock screen replaces the content (index 2).
    m_lockScreen = new LockScreen(this);
    connect(m_lockScreen, &LockScreen::unlockRequested, this,
            [this](const QString &password) { (void)unlockSession(password); });
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);

    m_central = new QStackedWidget(this);
    m_central->addWidget(welcome);
    m_central->addWidget(content);
    m_central->addWidget(m_lockScreen);

    m_inactivity = new InactivityMonitor(this);
    // Other desks (and this one) change the election: notice it within seconds (DataVersion).
    m_dataPoll = new QTimer(this);
    m_dataPoll->setInterval(kDataPollMilliseconds);
    connect(m_dataPoll, &QTimer::timeout, this, &MainWindow::pollDataVersion);
    connect(m_inactivity, &InactivityMonitor::idle, this, &MainWindow::lockSession);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_central, 1);
    setCentralWidget(central);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    QAction *connectToServer =
        file->addAction(tr("Connect to &Server…"), this, &MainWindow::chooseAndConnect);
    connectToServer->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_newFromDemoAction =
        file->addAction(tr("New from &Demo…"), this, &MainWindow::chooseAndCreateDemo);
    // Ctrl+N adds a record to the register shown (Edit › Add), as in the other editors.
    m_newFromDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newFromDemoAction->setObjectName(QStringLiteral("newFromDemoAction"));
    file->addSeparator();
    if (auto *map = m_pages->findChild<MapPage *>()) {
        map->setPrompter(m_prompter);
        QAction *importBoundaries = file->addAction(tr("Import &Boundaries…"), this, [this, map] {
            if (m_db == nullptr)
                return;
            showPage(QStringLiteral("map"));
            map->chooseAndImportBoundaries();
        });
        importBoundaries->setObjectName(QStringLiteral("importBoundariesAction"));
        importBoundaries->setStatusTip(
            tr("Link the features of a GeoJSON file to territories by code or KATO and store "
               "them in the election file"));
        file->addSeparator();
    }
    QAction *exportPdf = file->addAction(tr("Export &PDF…"), this, [this] {
        if (m_db != nullptr && m_session)
            PdfExportFlow::run(this, *m_db, m_session->login, *m_prompter);
    });
    exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    exportPdf->setShortcut(QKeySequence::Print);
    exportPdf->setStatusTip(tr("National summary, regional report or contest result sheet as "
                               "PDF, with print preview and printing (%1)")
                                .arg(exportPdf->shortcut().toString(QKeySequence::NativeText)));
    file->addSeparator();
    QAction *backUp = file->addAction(tr("&Back Up…"), this, &MainWindow::chooseAndBackUp);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *restore =
        file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseAndRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *changePassword =
        file->addAction(tr("Change &Password…"), this, &MainWindow::changePassword);
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lockSession);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *signOut = file->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addSeparator();
    m_registerActions->addFileActions(file);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeElection);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    // The store refuses what the role may not do (with its message); these only need someone.
    m_sessionActions = {exportPdf, backUp, restore, changePassword, lock, signOut};
    m_unlockedActions = {open, connectToServer, m_newFromDemoAction, close,
                         m_recentMenu->menuAction()};

    m_registerActions->createEditMenu(menuBar());
    QToolBar *tools = addToolBar(tr("Registers"));
    tools->setObjectName(QStringLiteral("registersToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_registerActions->populateToolBar(tools);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *action = view->addAction(pageTitle(i));
        // Ctrl+1…9 and Ctrl+0 for the first ten pages, then each later page's own shortcut.
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else if (i - 7 < extraPages().size() && extraPages().at(i - 7).shortcut != nullptr)
            action->setShortcut(QKeySequence(QString::fromLatin1(extraPages().at(i - 7).shortcut),
                                             QKeySequence::PortableText));
        action->setCheckable(true);
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        m_pageActions << action;
    }
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        for (QAction *action : std::as_const(m_pageActions))
            action->setChecked(action->data().toInt() == index);
        m_navigation->setCurrentRow(index);
    });
    m_pageActions.constFirst()->setChecked(true);
    m_unlockedActions << m_pageActions;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About BallotDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    updateSessionState();
}

Status MainWindow::loadElection(const QString &path, SummaryMode mode)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    // A server that wants a password (none remembered, none in BALLOTDESK_DB_PASSWORD): ask.
    for (int attempt = 0;
         !opened && opened.error().code == QLatin1String("db.password-required") && attempt < 3;
         ++attempt) {
        const std::optional<QString> password =
            m_prompter->askPassword(this, tr("Database Password"),
                                    tr("The password of the database user for %1:").arg(path));
        if (!password)
            break;
        Database::setServerPassword(path, *password);
        opened = Database::open(path, Database::OpenMode::ExistingOnly);
    }
    if (!opened)
        return opened.error();
    auto heading = RegisterQuery::election(*opened);
    if (!heading)
        return heading.error();

    closeElection();
    m_db = std::make_unique<Database>(std::move(opened).value());
    m_election = *heading;
    qCInfo(lcMainWindow) << "opened" << m_db->location();

    for (RegisterView *view : std::as_const(m_registers))
        view->setDatabase(m_db.get());
    m_context = ElectionContext{m_db.get(), m_db->location(), m_election.synthetic, m_session};
    for (ElectionView *view : std::as_const(m_extraViews)) {
        view->setElection(&m_context);
        if (mode == SummaryMode::Immediate)
            view->prepareForScreenshot();
    }
    if (mode == SummaryMode::Immediate)
        (void)m_overview->loadNow(*m_db); // a failure is shown on the page itself
    else
        m_overview->loadInBackground(m_db->location());

    m_banner->setVisible(m_election.synthetic);
    m_central->setCurrentIndex(1);
    statusBar()->showMessage(QDir::toNativeSeparators(m_db->location()));
    updateTitle();
    if (m_settings != nullptr) {
        m_settings->addRecentFile(path); // a server's address holds no password
        if (!Database::isServerLocation(path))
            m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    }
    // Every change writes an audit record, on a server or in a file shared by several
    // windows, and on this desk too: the pages that cache figures (map, progress, turnout)
    // learn of all of them from one indexed read every few seconds.
    {
        auto version = DataVersion::current(*m_db);
        m_dataVersion = version ? *version : 0;
        m_dataPoll->start();
    }
    emit electionChanged(m_db->location());
    return {};
}

bool MainWindow::openElection(const QString &path)
{
    Status status = loadElection(path);
    if (!status) {
        showError(tr("Cannot Open Election File"), status.error());
        return false;
    }
    if (m_signInPrompter != nullptr)
        return requestSignIn();
    return true;
}

void MainWindow::closeElection()
{
    if (m_db == nullptr)
        return;
    for (RegisterView *view : std::as_const(m_registers))
        view->setDatabase(nullptr);
    for (ElectionView *view : std::as_const(m_extraViews))
        view->setElection(nullptr);
    m_context = ElectionContext();
    // The accounts live in the file: its session ends with it.
    m_session.reset();
    m_locked = false;
    m_inactivity->stop();
    m_dataPoll->stop();
    m_overview->clear();
    m_db.reset();
    m_election = ElectionHeading();
    m_banner->hide();
    m_central->setCurrentIndex(0);
    statusBar()->clearMessage();
    updateTitle();
    updateSessionState();
    emit electionChanged(QString());
    emit sessionChanged();
}

void MainWindow::setSession(const std::optional<Session> &session)
{
    m_session = session;
    m_locked = false;
    if (m_db != nullptr) {
        m_central->setCurrentIndex(1);
        m_context.session = session;
        for (ElectionView *view : std::as_const(m_extraViews))
            view->setElection(&m_context);
    }
    startInactivityWatch();
    updateSessionState();
    emit sessionChanged();
}

bool MainWindow::requestSignIn()
{
    if (m_db == nullptr || m_signInPrompter == nullptr)
        return false;
    // Nothing of the file shows until someone has signed in.
    m_central->setCurrentIndex(0);
    const Database *db = m_db.get();
    const auto attempt = [db](const QString &login, const QString &password) {
        return UserStore(*db).authenticate(login, password);
    };
    const std::optional<Session> session = m_signInPrompter->signIn(this, m_election.name, attempt);
    if (!session) {
        // Nothing may be seen or changed without a session: no sign-in, no open file.
        qCInfo(lcMainWindow) << "sign-in cancelled; closing" << db->location();
        closeElection();
        return false;
    }
    qCInfo(lcMainWindow) << "signed in" << session->login;
    setSession(session);
    return true;
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    qCInfo(lcMainWindow) << "signed out" << m_session->login;
    setSession(std::nullopt);
    if (m_signInPrompter != nullptr)
        (void)requestSignIn();
}

void MainWindow::changePassword()
{
    if (!m_session || m_db == nullptr || m_locked || m_signInPrompter == nullptr)
        return;
    const Database *db = m_db.get();
    const Session session = *m_session;
    const auto change = [db, session](const QString &oldPassword, const QString &newPassword) {
        // The length is checked first, so that a short new password does not count as a
        // failed sign-in with the old one.
        if (Status strong = PasswordHasher::checkStrength(newPassword); !strong)
            return strong;
        const UserStore users(*db);
        auto checked = users.authenticate(session.login, oldPassword);
        if (!checked) {
            if (checked.error().code == QLatin1String("auth.wrong-password"))
                return Status(Error{
                    checked.error().code, MainWindow::tr("The current password is wrong."), {}});
            return Status(checked.error());
        }
        return users.setPassword(session, session.login, newPassword);
    };
    if (m_signInPrompter->changePassword(this, session.login, change))
        statusBar()->showMessage(tr("The password of %1 was changed.").arg(session.login), 5000);
}

void MainWindow::setInactivityPeriodOverride(std::chrono::milliseconds period)
{
    m_periodOverride = period;
    startInactivityWatch();
}

void MainWindow::startInactivityWatch()
{
    if (!m_session || m_db == nullptr || m_locked) {
        m_inactivity->stop();
        return;
    }
    auto minutes = ElectionSettings::lockAfterMinutes(*m_db);
    if (!minutes)
        qCWarning(lcMainWindow) << minutes.error().userMessage << minutes.error().detail;
    m_lockMinutes = minutes ? *minutes : ElectionSettings::kDefaultLockAfterMinutes;
    const std::chrono::milliseconds period =
        m_periodOverride.count() > 0 ? m_periodOverride : std::chrono::minutes(m_lockMinutes);
    m_inactivity->start(period);
}

void MainWindow::lockSession()
{
    if (!m_session || m_db == nullptr || m_locked)
        return;
    qCInfo(lcMainWindow) << "session locked" << m_session->login;
    m_locked = true;
    m_inactivity->stop();
    m_lockScreen->lock(m_session->login, role::label(m_session->role), m_lockMinutes);
    m_central->setCurrentIndex(2);
    m_lockScreen->setFocus();
    updateSessionState();
}

Status MainWindow::unlockSession(const QString &password)
{
    if (!m_locked || !m_session || m_db == nullptr)
        return {};
    auto checked = UserStore(*m_db).authenticate(m_session->login, password);
    if (checked && checked->userId != m_session->userId)
        checked = Error{QStringLiteral("auth.other-user"), tr("Wrong login or password."), {}};
    if (!checked) {
        m_lockScreen->showError(checked.error().userMessage);
        return checked.error();
    }
    m_locked = false;
    m_central->setCurrentIndex(1);
    m_pages->currentWidget()->setFocus();
    startInactivityWatch();
    updateSessionState();
    return {};
}

QString MainWindow::sessionText() const
{
    if (!m_session)
        return {};
    return tr("Signed in: %1 (%2)").arg(m_session->login, role::label(m_session->role));
}

void MainWindow::updateSessionState()
{
    const bool signedIn = m_session.has_value() && m_db != nullptr;
    if (m_registerActions != nullptr)
        m_registerActions->updateState(); // editing follows sign-in and the lock
    for (QAction *action : std::as_const(m_sessionActions)) {
        const bool signOut = action->objectName() == QLatin1String("signOutAction");
        action->setEnabled(signedIn && !m_busy && (!m_locked || signOut));
    }
    for (QAction *action : std::as_const(m_unlockedActions))
        action->setEnabled(!m_locked && !m_busy);
    if (m_newFromDemoAction != nullptr && m_creatingDemo)
        m_newFromDemoAction->setEnabled(false);
    m_sessionLabel->setText(m_locked ? tr("%1 — locked").arg(sessionText()) : sessionText());
    m_sessionLabel->setVisible(signedIn);
}

QString MainWindow::currentFile() const
{
    return m_db != nullptr ? m_db->location() : QString();
}

bool MainWindow::showPage(const QString &key)
{
    const int index = int(pageKeys().indexOf(key));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageKey() const
{
    return pageKeys().value(m_pages->currentIndex());
}

RegisterView *MainWindow::registerView(Register reg) const
{
    for (RegisterView *view : m_registers) {
        if (view->registerKind() == reg)
            return view;
    }
    return nullptr;
}

void MainWindow::updateTitle()
{
    if (m_db == nullptr)
        setWindowTitle(tr("BallotDesk"));
    else
        setWindowTitle(tr("%1 — BallotDesk").arg(m_election.name));
}

void MainWindow::showError(const QString &title, const Error &error)
{
    qCWarning(lcMainWindow) << error.code << error.userMessage << error.detail;
    m_prompter->showError(this, title, error.userMessage, error.detail);
}

QString MainWindow::dialogDirectory() const
{
    if (m_db != nullptr)
        return QFileInfo(m_db->location()).absolutePath();
    return m_settings != nullptr ? m_settings->lastDirectory() : QDir::homePath();
}

void MainWindow::chooseAndOpen()
{
    const QString path = m_prompter->chooseFileToOpen(this, tr("Open Election File"),
                                                      dialogDirectory(), electionFileFilter());
    if (!path.isEmpty())
        openElection(path);
}

void MainWindow::pollDataVersion()
{
    if (m_db == nullptr || m_locked || m_busy)
        return;
    auto version = DataVersion::current(*m_db);
    if (!version) {
        qCWarning(lcMainWindow) << "cannot read the data version:" << version.error().detail;
        return;
    }
    if (*version == m_dataVersion)
        return;
    m_dataVersion = *version;
    m_overview->loadInBackground(m_db->location());
    for (ElectionView *view : std::as_const(m_extraViews))
        view->electionDataChanged();
    emit electionDataChanged();
}

void MainWindow::chooseAndConnect()
{
    QString last;
    const QStringList recent = m_settings != nullptr ? m_settings->recentFiles() : QStringList();
    for (const QString &location : recent) {
        if (Database::isServerLocation(location)) {
            last = location;
            break;
        }
    }
    const std::optional<ServerConnection> server = m_prompter->askServerConnection(this, last);
    if (!server)
        return;
    // Kept in memory for this run only: the page workers open their own connections.
    Database::setServerPassword(server->url, server->password);
    openElection(server->url);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings != nullptr ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(
                Database::isServerLocation(path) ? path : QFileInfo(path).fileName()),
            this, [this, path] { openElection(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        if (m_settings != nullptr)
            m_settings->clearRecentFiles();
    });
}

void MainWindow::chooseAndCreateDemo()
{
    const QString suggested =
        QDir(dialogDirectory()).filePath(QStringLiteral("akim-2021-demo.sqlite"));
    const QString path = m_prompter->chooseFileToSave(this, tr("New Election from Demo"), suggested,
                                                      electionFileFilter());
    if (!path.isEmpty())
        createDemoElection(path);
}

void MainWindow::createDemoElection(const QString &path)
{
    if (m_creatingDemo)
        return;
    // The file dialog has confirmed a replacement; the open file must let go of it first.
    if (m_db != nullptr && QFileInfo(m_db->location()) == QFileInfo(path))
        closeElection();

    m_creatingDemo = true;
    m_newFromDemoAction->setEnabled(false);
    auto progress = std::make_shared<DemoProgress>();
    auto *dialog =
        new QProgressDialog(tr("Creating the demo election…"), tr("Cancel"), 0, 100, this);
    dialog->setObjectName(QStringLiteral("demoProgress"));
    dialog->setWindowTitle(tr("New Election from Demo"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    connect(dialog, &QProgressDialog::canceled, this, [progress] { progress->cancel = true; });

    // The worker only writes an atomic; the GUI thread polls it.
    auto *poll = new QTimer(dialog);
    connect(poll, &QTimer::timeout, dialog, [dialog, progress] {
        if (!dialog->wasCanceled())
            dialog->setValue(qBound(0, progress->percent.load(), 99));
    });
    poll->start(100);

    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this,
            [this, watcher, dialog, progress, path] {
                watcher->deleteLater();
                dialog->deleteLater();
                m_creatingDemo = false;
                m_newFromDemoAction->setEnabled(true);
                const Status status = watcher->result();
                if (!status && status.error().code == QLatin1String("demo.cancelled")) {
                    qCInfo(lcMainWindow) << "demo creation cancelled";
                    emit demoCreationFinished(false);
                    return;
                }
                if (!status) {
                    showError(tr("Cannot Create the Demo Election"), status.error());
                    emit demoCreationFinished(false);
                    return;
                }
                // Finished before a late cancel was seen: the file is complete, so open it.
                const bool opened = openElection(path);
                emit demoCreationFinished(opened);
            });
    watcher->setFuture(QtConcurrent::run(runDemoCreation, path, progress));
}

void MainWindow::chooseAndBackUp()
{
    if (!m_session || m_db == nullptr)
        return;
    const QFileInfo file(m_db->location());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString suggested =
        QDir(file.absolutePath())
            .filePath(tr("%1-backup-%2.sqlite").arg(file.completeBaseName(), stamp));
    const QString path =
        m_prompter->chooseFileToSave(this, tr("Back Up Election"), suggested, electionFileFilter());
    if (!path.isEmpty())
        backUpTo(path);
}

void MainWindow::backUpTo(const QString &path)
{
    if (!m_session || m_db == nullptr || m_busy)
        return;
    if (Status allowed = m_session->require(Operation::Backup); !allowed) {
        showError(tr("Cannot Back Up"), allowed.error());
        emit backupFinished(false);
        return;
    }
    if (QFileInfo(path) == QFileInfo(m_db->location())) {
        showError(tr("Cannot Back Up"),
                  Error{QStringLiteral("backup.same-file"),
                        tr("A backup cannot replace the open election file. Choose another name."),
                        {}});
        emit backupFinished(false);
        return;
    }
    // The file dialog has confirmed the replacement; Backup::create writes only a new file.
    if (QFile::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot Back Up"), Error{QStringLiteral("backup.replace-failed"),
                                              tr("%1 could not be replaced. Choose another name.")
                                                  .arg(QDir::toNativeSeparators(path)),
                                              {}});
        emit backupFinished(false);
        return;
    }
    m_busy = true;
    updateSessionState();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    // SQLite's VACUUM INTO reports no progress: the dialog shows that work goes on.
    auto *dialog =
        new QProgressDialog(tr("Writing the backup and verifying it…"), tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("backupProgress"));
    dialog->setWindowTitle(tr("Back Up Election"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    auto *watcher = new QFutureWatcher<BackupWork>(this);
    connect(watcher, &QFutureWatcher<BackupWork>::finished, this,
            [this, watcher, dialog, cancelled, path] {
                watcher->deleteLater();
                dialog->deleteLater();
                m_busy = false;
                updateSessionState();
                const BackupWork work = watcher->result();
                if (*cancelled) {
                    // The copy cannot be interrupted; a cancelled backup leaves no file.
                    QFile::remove(path);
                    statusBar()->showMessage(tr("The backup was cancelled."), 5000);
                    emit backupFinished(false);
                    return;
                }
                if (!work.report) {
                    showError(tr("Cannot Back Up"), work.error);
                    emit backupFinished(false);
                    return;
                }
                statusBar()->showMessage(
                    tr("Backup written to %1 and verified: %Ln audit record(s).", nullptr,
                       int(work.report->records))
                        .arg(QDir::toNativeSeparators(path)),
                    10000);
                emit backupFinished(true);
            });
    watcher->setFuture(QtConcurrent::run(runBackup, m_db->location(), *m_session, path));
}

void MainWindow::chooseAndRestore()
{
    if (!m_session || m_db == nullptr)
        return;
    const QString path = m_prompter->chooseFileToOpen(this, tr("Restore from Backup"),
                                                      dialogDirectory(), electionFileFilter());
    if (!path.isEmpty())
        restoreFrom(path);
}

void MainWindow::restoreFrom(const QString &backupPath)
{
    if (!m_session || m_db == nullptr || m_busy)
        return;
    if (Status allowed = m_session->require(Operation::Restore); !allowed) {
        showError(tr("Cannot Restore"), allowed.error());
        emit restoreFinished(false);
        return;
    }
    m_busy = true;
    updateSessionState();
    auto *dialog = new QProgressDialog(tr("Verifying the backup…"), QString(), 0, 0, this);
    dialog->setObjectName(QStringLiteral("restoreProgress"));
    dialog->setWindowTitle(tr("Restore from Backup"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<BackupWork>(this);
    connect(
        watcher, &QFutureWatcher<BackupWork>::finished, this, [this, watcher, dialog, backupPath] {
            watcher->deleteLater();
            dialog->deleteLater();
            m_busy = false;
            updateSessionState();
            const BackupWork work = watcher->result();
            if (!work.report) {
                showError(tr("Cannot Restore"), work.error);
                emit restoreFinished(false);
                return;
            }
            if (!m_session || m_db == nullptr) {
                emit restoreFinished(false); // signed out or closed meanwhile
                return;
            }
            const QString question =
                tr("The backup %1 is intact: %Ln audit record(s) in an unbroken chain.\n\n"
                   "Restoring replaces %2 with it; every change made since the backup is "
                   "lost. The file is closed, restored and opened again, and you sign in "
                   "again.",
                   nullptr, int(work.report->records))
                    .arg(QDir::toNativeSeparators(backupPath),
                         QDir::toNativeSeparators(m_db->location()));
            if (!m_prompter->confirm(this, tr("Restore from Backup"), question, tr("&Restore"))) {
                emit restoreFinished(false);
                return;
            }
            replaceWithBackup(backupPath);
        });
    watcher->setFuture(QtConcurrent::run(runVerifyBackup, backupPath));
}

void MainWindow::replaceWithBackup(const QString &backupPath)
{
    const Session session = *m_session;
    const QString target = m_db->location();
    // Every connection of this window must let go of the file before it is replaced.
    closeElection();
    m_busy = true;
    updateSessionState();
    auto *dialog = new QProgressDialog(tr("Restoring the backup…"), QString(), 0, 0, this);
    dialog->setObjectName(QStringLiteral("restoreProgress"));
    dialog->setWindowTitle(tr("Restore from Backup"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, dialog, target] {
        watcher->deleteLater();
        dialog->deleteLater();
        m_busy = false;
        updateSessionState();
        const Status status = watcher->result();
        if (!status)
            showError(tr("Cannot Restore"), status.error());
        else
            statusBar()->showMessage(tr("The backup was restored."), 10000);
        // Replaced or not, the file is opened again; its accounts may differ now.
        const bool reopened = openElection(target);
        emit restoreFinished(status.ok() && reopened);
    });
    watcher->setFuture(QtConcurrent::run(runRestore, session, backupPath, target));
}

void MainWindow::showAbout()
{
    QString attribution;
    QFile file(QStringLiteral(":/geo/ATTRIBUTION.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        attribution = QString::fromUtf8(file.readAll()).trimmed().toHtmlEscaped();
    else
        attribution = tr("The attribution of the boundary data could not be read.");
    const QString text =
        tr("<h3>BallotDesk %1</h3>"
           "<p>An election results desk for election commissions: registers, protocols, "
           "turnout and results.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or (at your option) "
           "any later version (GPL-3.0-or-later). It comes with no warranty.</p>"
           "<p><small>%2</small></p>"
           "<p><small>Built with Qt %3.</small></p>")
            .arg(QStringLiteral(BD_VERSION), attribution, QString::fromLatin1(qVersion()));
    m_prompter->showAbout(this, tr("About BallotDesk"), text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db != nullptr && !RegisterActions::droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = RegisterActions::droppedCsv(event->mimeData());
    if (m_db == nullptr || path.isEmpty())
        return;
    event->acceptProposedAction();
    // The dialog guesses the register from the header and waits for the user to confirm.
    m_registerActions->importCsv(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings != nullptr)
        m_settings->setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

namespace {

Status runDemoCreation(const QString &path, const std::shared_ptr<DemoProgress> &progress)
{
    // Runs in a pool thread; DemoElection opens (and closes) its own connection here.
    DemoOptions options;
    options.progress = [progress](int percent) {
        progress->percent = percent;
        return !progress->cancel.load();
    };
    return DemoElection::createFile(path, options, /*overwrite=*/true);
}

BackupWork runBackup(const QString &databasePath, const Session &session, const QString &outPath)
{
    // A pool thread: its own connection, opened and closed here.
    BackupWork work;
    auto db = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        work.error = db.error();
        return work;
    }
    auto report = Backup::create(*db, session, outPath);
    if (report)
        work.report = *report;
    else
        work.error = report.error();
    return work;
}

BackupWork runVerifyBackup(const QString &backupPath)
{
    BackupWork work;
    auto report = Backup::verifyFile(backupPath);
    if (report)
        work.report = *report;
    else
        work.error = report.error();
    return work;
}

Status runRestore(const Session &session, const QString &backupPath, const QString &targetPath)
{
    // The overview or the audit page may still be finishing a read on their own connection;
    // SQLite removes the -wal file when the last one closes, and restore refuses until then.
    const QString wal = targetPath + QLatin1String("-wal");
    for (int i = 0; i < 100 && QFile::exists(wal); ++i)
        QThread::msleep(50);
    return Backup::restore(session, backupPath, targetPath);
}

} // namespace

} // namespace bd
