#include "MainWindow.h"

#include "AppSettings.h"
#include "ChartsPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DemoElection.h"
#include "DialogPrompter.h"
#include "ElectionView.h"
#include "MapPage.h"
#include "OverviewPage.h"
#include "RegisterView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
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
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

Q_LOGGING_CATEGORY(lcMainWindow, "ballotdesk.ui.mainwindow", QtWarningMsg)

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
    createActions();
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

    m_central = new QStackedWidget(this);
    m_central->addWidget(welcome);
    m_central->addWidget(content);

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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_newFromDemoAction =
        file->addAction(tr("New from &Demo…"), this, &MainWindow::chooseAndCreateDemo);
    m_newFromDemoAction->setShortcut(QKeySequence::New);
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
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeElection);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *action = view->addAction(pageTitle(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About BallotDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

Status MainWindow::loadElection(const QString &path, SummaryMode mode)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
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
        m_settings->addRecentFile(path);
        m_settings->setLastDirectory(QFileInfo(path).absolutePath());
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
    m_overview->clear();
    m_db.reset();
    m_election = ElectionHeading();
    m_banner->hide();
    m_central->setCurrentIndex(0);
    statusBar()->clearMessage();
    updateTitle();
    emit electionChanged(QString());
}

void MainWindow::setSession(const std::optional<Session> &session)
{
    m_session = session;
    if (m_db == nullptr)
        return;
    m_context.session = session;
    for (ElectionView *view : std::as_const(m_extraViews))
        view->setElection(&m_context);
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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings != nullptr ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openElection(path); });
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

} // namespace

} // namespace bd
