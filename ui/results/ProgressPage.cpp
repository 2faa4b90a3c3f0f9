#include "ProgressPage.h"

#include "CorrectionDialog.h"
#include "Database.h"
#include "RegisterQuery.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcProgress, "ballotdesk.ui.progress", QtWarningMsg)

namespace bd {

// What the workers hand back; Outcome has no default state, which QFuture needs.
struct ProgressPage::TreeWork
{
    Error error;
    qint64 electionId = 0;
    ProgressCounts national;
    QList<TerritoryProgress> regions;
    QHash<qint64, QList<TerritoryProgress>> districts; ///< by region id
};

struct ProgressPage::ContestWork
{
    Error error;
    QList<ContestProgress> contests;
};

struct ProgressPage::ProtocolWork
{
    Error error;
    QList<ProtocolChoice> protocols;
    int limit = 0;
};

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;
constexpr int kSortRole = Qt::UserRole + 3;

enum CountColumn {
    ColTotal,
    ColNoEntry,
    ColOneEntry,
    ColDiffering,
    ColErrors,
    ColAccepted,
    ColPercent,
    CountColumns
};

QStringList countHeaders()
{
    return {ProgressPage::tr("Protocols"), ProgressPage::tr("No entry"),
            ProgressPage::tr("One entry"), ProgressPage::tr("Differing"),
            ProgressPage::tr("Errors"),    ProgressPage::tr("Accepted"),
            ProgressPage::tr("% accepted")};
}

QStringList countCells(const ProgressCounts &c)
{
    const QLocale locale;
    const QString percent = c.total > 0 ? ProgressPage::tr("%1 %").arg(locale.toString(
                                              100.0 * double(c.accepted) / double(c.total), 'f', 1))
                                        : QString();
    return {locale.toString(c.total),
            locale.toString(c.noEntry),
            locale.toString(c.oneEntry),
            locale.toString(c.differing),
            locale.toString(c.erroneous),
            locale.toString(c.accepted),
            percent};
}

// A connection belongs to its thread: each worker opens (and closes) its own.
template <typename Work> bool openIn(const QString &path, Work &work, std::optional<Database> &db)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        work.error = opened.error();
        return false;
    }
    db.emplace(std::move(opened).value());
    return true;
}

ProgressPage::TreeWork loadTreeFrom(const Database &db)
{
    ProgressPage::TreeWork work;
    auto heading = RegisterQuery::election(db);
    if (!heading) {
        work.error = heading.error();
        return work;
    }
    work.electionId = heading->id;
    auto national = ProgressQueries::national(db, work.electionId);
    if (!national) {
        work.error = national.error();
        return work;
    }
    work.national = *national;
    auto regions = ProgressQueries::territories(db, work.electionId, std::nullopt);
    if (!regions) {
        work.error = regions.error();
        return work;
    }
    work.regions = *regions;
    for (const TerritoryProgress &region : std::as_const(work.regions)) {
        auto districts = ProgressQueries::territories(db, work.electionId, region.territoryId);
        if (!districts) {
            work.error = districts.error();
            return work;
        }
        work.districts.insert(region.territoryId, *districts);
    }
    return work;
}

ProgressPage::TreeWork loadTreeIn(const QString &path)
{
    ProgressPage::TreeWork work;
    std::optional<Database> db;
    if (!openIn(path, work, db))
        return work;
    return loadTreeFrom(*db);
}

ProgressPage::ContestWork loadContestsFrom(const Database &db, qint64 electionId,
                                           std::optional<qint64> territoryId)
{
    ProgressPage::ContestWork work;
    auto contests = ProgressQueries::contests(db, electionId, territoryId);
    if (!contests)
        work.error = contests.error();
    else
        work.contests = *contests;
    return work;
}

ProgressPage::ContestWork loadContestsIn(const QString &path, qint64 electionId,
                                         std::optional<qint64> territoryId)
{
    ProgressPage::ContestWork work;
    std::optional<Database> db;
    if (!openIn(path, work, db))
        return work;
    return loadContestsFrom(*db, electionId, territoryId);
}

ProgressPage::ProtocolWork loadProtocolsFrom(const Database &db, qint64 electionId,
                                             const ProgressFilter &filter)
{
    ProgressPage::ProtocolWork work;
    work.limit = filter.limit;
    auto protocols = ProgressQueries::protocols(db, electionId, filter);
    if (!protocols)
        work.error = protocols.error();
    else
        work.protocols = *protocols;
    return work;
}

ProgressPage::ProtocolWork loadProtocolsIn(const QString &path, qint64 electionId,
                                           const ProgressFilter &filter)
{
    ProgressPage::ProtocolWork work;
    std::optional<Database> db;
    if (!openIn(path, work, db))
        return work;
    return loadProtocolsFrom(*db, electionId, filter);
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupTable(QTableWidget *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // As compact as the territory tree beside it.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

/** Enter on the protocol list acts on the current row instead of moving down. */
class EnterKeys : public QObject
{
public:
    EnterKeys(std::function<void()> onEnter, QObject *parent)
        : QObject(parent), m_onEnter(std::move(onEnter))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)), m_tree(new QTreeWidget(this)), m_contestsTitle(new QLabel(this)),
      m_contests(new QTableWidget(this)), m_state(new QComboBox(this)),
      m_protocolsTitle(new QLabel(this)), m_protocols(new QTableWidget(this))
{
    auto *title = new QLabel(tr("Progress"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_correct = new QAction(tr("Correct Accepted Protocol…"), this);
    m_correct->setObjectName(QStringLiteral("progressCorrectAction"));
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_correct->setToolTip(tr("Change the official figures of an accepted protocol, with a "
                             "reason (Ctrl+Shift+K)"));
    connect(m_correct, &QAction::triggered, this, [this] { correctAccepted(); });
    addAction(m_correct);
    auto *refresh = new QAction(tr("Reload"), this);
    refresh->setObjectName(QStringLiteral("progressReloadAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Count again (F5)"));
    connect(refresh, &QAction::triggered, this, &ProgressPage::refresh);
    addAction(refresh);
    auto *correctButton = new QToolButton(this);
    correctButton->setObjectName(QStringLiteral("progressCorrectButton"));
    correctButton->setDefaultAction(m_correct);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(refresh);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_busy);
    bar->addWidget(refreshButton);
    bar->addWidget(correctButton);

    // Territories: all regions, the regions, their districts.
    m_tree->setObjectName(QStringLiteral("progressTerritories"));
    m_tree->setAccessibleName(tr("Progress by region and district"));
    m_tree->setColumnCount(1 + CountColumns);
    m_tree->setHeaderLabels(QStringList{tr("Territory")} + countHeaders());
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c <= CountColumns; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item, QTreeWidgetItem *) {
                if (item == nullptr)
                    return;
                const QVariant id = item->data(0, kIdRole);
                chooseTerritory(id.isValid() ? std::optional<qint64>(id.toLongLong())
                                             : std::nullopt);
            });

    // Contests of the chosen territory.
    m_contestsTitle->setObjectName(QStringLiteral("progressContestsTitle"));
    m_contestsTitle->setBuddy(m_contests);
    m_contests->setObjectName(QStringLiteral("progressContests"));
    m_contests->setAccessibleName(tr("Progress by contest"));
    setupTable(m_contests);
    // The result next to the contest: it is what people look for first.
    m_contests->setColumnCount(3 + CountColumns);
    m_contests->setHorizontalHeaderLabels(
        QStringList{tr("Contest"), tr("Result"), tr("Territory")} + countHeaders());
    connect(m_contests, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previousRow, int) {
                if (row == previousRow)
                    return;
                QTableWidgetItem *item = row >= 0 ? m_contests->item(row, 0) : nullptr;
                chooseContest(item != nullptr
                                  ? std::optional<qint64>(item->data(kIdRole).toLongLong())
                                  : std::nullopt);
            });
    auto *contestPane = new QWidget(this);
    auto *contestLayout = new QVBoxLayout(contestPane);
    contestLayout->setContentsMargins(0, 0, 0, 0);
    contestLayout->addWidget(m_contestsTitle);
    contestLayout->addWidget(m_contests, 1);

    // The protocols left.
    m_state->setObjectName(QStringLiteral("progressStateFilter"));
    m_state->addItem(tr("Every state"));
    for (ProtocolState state :
         {ProtocolState::Differing, ProtocolState::Erroneous, ProtocolState::FirstEntered,
          ProtocolState::Open, ProtocolState::Accepted})
        m_state->addItem(ProtocolEntryService::stateLabel(state), int(state));
    m_state->setCurrentIndex(1); // the coordinator's work first
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { loadProtocols(); });
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    m_protocolsTitle->setObjectName(QStringLiteral("progressProtocolsTitle"));
    m_protocolsTitle->setBuddy(m_protocols);
    m_protocols->setObjectName(QStringLiteral("progressProtocols"));
    m_protocols->setAccessibleName(tr("Protocols of the chosen territory, contest and state"));
    setupTable(m_protocols);
    m_protocols->setColumnCount(5);
    m_protocols->setHorizontalHeaderLabels(
        {tr("Station"), tr("Name"), tr("Contest"), tr("Territory"), tr("State")});
    m_protocols->setToolTip(tr("Enter: resolve a differing or erroneous protocol, or correct an "
                               "accepted one"));
    m_protocols->installEventFilter(
        new EnterKeys([this] { activateProtocol(m_protocols->currentRow()); }, this));
    connect(m_protocols, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { activateProtocol(row); });
    auto *protocolBar = new QHBoxLayout;
    protocolBar->addWidget(m_protocolsTitle, 1);
    protocolBar->addWidget(stateLabel);
    protocolBar->addWidget(m_state);
    auto *protocolPane = new QWidget(this);
    auto *protocolLayout = new QVBoxLayout(protocolPane);
    protocolLayout->setContentsMargins(0, 0, 0, 0);
    protocolLayout->addLayout(protocolBar);
    protocolLayout->addWidget(m_protocols, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(m_tree);
    top->addWidget(contestPane);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({620, 500});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(protocolPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    setTabOrder(m_tree, m_contests);
    setTabOrder(m_contests, m_state);
    setTabOrder(m_state, m_protocols);
    setElection(nullptr);
}

ProgressPage::~ProgressPage()
{
    cancelWorkers();
}

void ProgressPage::cancelWorkers()
{
    ++m_treeGeneration;
    ++m_contestGeneration;
    ++m_protocolGeneration;
    // The watchers still report (and count down m_pending); their results are dropped.
    m_workers.waitForDone();
}

void ProgressPage::setElection(const ElectionContext *context)
{
    m_context = context;
    const bool open = context != nullptr && context->database != nullptr;
    m_correct->setEnabled(open && context->session &&
                          context->session->require(Operation::CorrectProtocol).ok());
    const QString path = open ? context->path : QString();
    if (path == m_path && open)
        return; // only the signed-in user changed
    cancelWorkers();
    m_path = path;
    m_electionId = 0;
    m_territoryId.reset();
    m_contestId.reset();
    m_national.reset();
    m_busy->hide();
    m_tree->clear();
    m_contests->setRowCount(0);
    m_protocols->setRowCount(0);
    m_contestsTitle->setText(tr("&Contests"));
    m_protocolsTitle->setText(tr("&Protocols"));
    m_summary->setText(open ? QString() : tr("No election file is open."));
    m_status->clear();
    m_stale = true;
    if (open && isVisible())
        refresh();
}

void ProgressPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    m_stale = false;
    loadTree(/*synchronous=*/true);
}

void ProgressPage::electionDataChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Whatever happened elsewhere while the page was hidden is counted again.
    if (m_stale)
        refresh();
}

void ProgressPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true;
}

void ProgressPage::refresh()
{
    if (m_path.isEmpty())
        return;
    m_stale = false;
    loadTree();
}

bool ProgressPage::isLoading() const
{
    return m_pending > 0;
}

QString ProgressPage::summaryText() const
{
    return m_summary->text();
}

QList<qint64> ProgressPage::listedProtocolIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_protocols->rowCount(); ++i)
        ids << m_protocols->item(i, 0)->data(kIdRole).toLongLong();
    return ids;
}

void ProgressPage::finishOne()
{
    m_pending = qMax(0, m_pending - 1);
    if (m_pending == 0) {
        m_busy->hide();
        emit loaded();
    }
}

void ProgressPage::showFailure(const QString &message)
{
    m_status->setText(tr("The progress could not be counted: %1").arg(message));
}

void ProgressPage::loadTree(bool synchronous)
{
    const quint64 generation = ++m_treeGeneration;
    if (synchronous) {
        showTree(loadTreeFrom(*m_context->database), true);
        return;
    }
    ++m_pending;
    m_busy->show();
    auto *watcher = new QFutureWatcher<TreeWork>(this);
    connect(watcher, &QFutureWatcher<TreeWork>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_treeGeneration) // else superseded, or the election closed
            showTree(watcher->result(), false);
        finishOne();
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, loadTreeIn, m_path));
}

void ProgressPage::showTree(const TreeWork &work, bool synchronous)
{
    if (!work.error.code.isEmpty() || !work.error.userMessage.isEmpty()) {
        qCWarning(lcProgress) << work.error.code << work.error.detail;
        showFailure(work.error.userMessage);
        return;
    }
    m_status->clear();
    m_electionId = work.electionId;
    m_national = work.national;
    const QLocale locale;
    const ProgressCounts &n = work.national;
    m_summary->setText(
        tr("%1 of %2 protocols accepted (%3) · %4 differing · %5 with errors · %6 with one "
           "entry · %7 with no entry")
            .arg(locale.toString(n.accepted), locale.toString(n.total),
                 n.total > 0 ? tr("%1 %").arg(locale.toString(
                                   100.0 * double(n.accepted) / double(n.total), 'f', 1))
                             : tr("—"),
                 locale.toString(n.differing), locale.toString(n.erroneous),
                 locale.toString(n.oneEntry), locale.toString(n.noEntry)));

    // Rebuild, keeping what was open and chosen.
    QSet<qint64> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *all = m_tree->topLevelItem(i);
        for (int r = 0; r < all->childCount(); ++r) {
            if (all->child(r)->isExpanded())
                expanded.insert(all->child(r)->data(0, kIdRole).toLongLong());
        }
    }
    const std::optional<qint64> chosen = m_territoryId;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const auto fill = [](QTreeWidgetItem *item, const QString &name, const ProgressCounts &c) {
        item->setText(0, name);
        const QStringList cells = countCells(c);
        for (int col = 0; col < cells.size(); ++col) {
            item->setText(col + 1, cells.at(col));
            item->setTextAlignment(col + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (c.differing + c.erroneous > 0)
            item->setToolTip(0, tr("%n protocol(s) wait for a coordinator", nullptr,
                                   int(c.differing + c.erroneous)));
    };
    auto *all = new QTreeWidgetItem(m_tree);
    fill(all, tr("All regions"), work.national);
    QTreeWidgetItem *current = all;
    for (const TerritoryProgress &region : work.regions) {
        auto *regionItem = new QTreeWidgetItem(all);
        fill(regionItem, region.name, region.counts);
        regionItem->setData(0, kIdRole, region.territoryId);
        if (chosen == region.territoryId)
            current = regionItem;
        for (const TerritoryProgress &district : work.districts.value(region.territoryId)) {
            auto *districtItem = new QTreeWidgetItem(regionItem);
            fill(districtItem, district.name, district.counts);
            districtItem->setData(0, kIdRole, district.territoryId);
            if (chosen == district.territoryId) {
                current = districtItem;
                expanded.insert(region.territoryId);
            }
        }
        regionItem->setExpanded(expanded.contains(region.territoryId));
    }
    all->setExpanded(true);
    m_tree->setCurrentItem(current);
    const QVariant currentId = current->data(0, kIdRole);
    m_territoryId =
        currentId.isValid() ? std::optional<qint64>(currentId.toLongLong()) : std::nullopt;
    // The contests and protocols follow the counts just read.
    loadContests(synchronous);
    loadProtocols(synchronous);
}

void ProgressPage::chooseTerritory(std::optional<qint64> territoryId)
{
    if (territoryId == m_territoryId && m_contests->rowCount() > 0)
        return;
    m_territoryId = territoryId;
    m_contestId.reset();
    if (m_electionId == 0)
        return;
    loadContests();
    loadProtocols();
}

void ProgressPage::chooseContest(std::optional<qint64> contestId)
{
    if (contestId == m_contestId)
        return;
    m_contestId = contestId;
    if (m_electionId == 0)
        return;
    loadProtocols();
}

void ProgressPage::chooseState(std::optional<ProtocolState> state)
{
    m_state->setCurrentIndex(state ? m_state->findData(int(*state)) : 0);
}

void ProgressPage::loadContests(bool synchronous)
{
    if (m_electionId == 0)
        return;
    const quint64 generation = ++m_contestGeneration;
    if (synchronous) {
        showContests(loadContestsFrom(*m_context->database, m_electionId, m_territoryId));
        return;
    }
    ++m_pending;
    m_busy->show();
    auto *watcher = new QFutureWatcher<ContestWork>(this);
    connect(watcher, &QFutureWatcher<ContestWork>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_contestGeneration)
            showContests(watcher->result());
        finishOne();
    });
    watcher->setFuture(
        QtConcurrent::run(&m_workers, loadContestsIn, m_path, m_electionId, m_territoryId));
}

QString ProgressPage::resultText(const ContestProgress &contest)
{
    switch (contest.outcome.state) {
    case ContestOutcome::State::Decided:
        return contest.winnerName;
    case ContestOutcome::State::Tie:
        return tr("Undecided (tie)");
    case ContestOutcome::State::NoWinnerAgainstAll:
        return tr("No winner (against all)");
    case ContestOutcome::State::Pending:
        break;
    }
    const QLocale locale;
    return tr("Waiting: %1 of %2 accepted")
        .arg(locale.toString(contest.counts.accepted), locale.toString(contest.counts.total));
}

void ProgressPage::showContests(const ContestWork &work)
{
    if (!work.error.userMessage.isEmpty()) {
        qCWarning(lcProgress) << work.error.code << work.error.detail;
        showFailure(work.error.userMessage);
        return;
    }
    const QSignalBlocker blocker(m_contests);
    const std::optional<qint64> chosen = m_contestId;
    m_contests->setRowCount(int(work.contests.size()));
    int currentRow = -1;
    for (int i = 0; i < work.contests.size(); ++i) {
        const ContestProgress &c = work.contests.at(i);
        auto *code = cell(c.code);
        code->setData(kIdRole, c.contestId);
        code->setToolTip(c.name);
        m_contests->setItem(i, 0, code);
        m_contests->setItem(i, 2, cell(c.territoryName));
        const QStringList cells = countCells(c.counts);
        for (int col = 0; col < cells.size(); ++col)
            m_contests->setItem(i, 3 + col, cell(cells.at(col), true));
        auto *result = cell(resultText(c));
        if (c.outcome.state == ContestOutcome::State::Pending)
            result->setForeground(palette().color(QPalette::PlaceholderText));
        else if (c.outcome.state != ContestOutcome::State::Decided) {
            QFont bold = result->font();
            bold.setBold(true);
            result->setFont(bold);
        }
        result->setToolTip(c.outcome.describe());
        m_contests->setItem(i, 1, result);
        if (chosen == c.contestId)
            currentRow = i;
    }
    if (currentRow < 0)
        m_contestId.reset();
    m_contests->setCurrentCell(currentRow, 0);
    m_contests->resizeColumnsToContents();
    m_contestsTitle->setText(
        tr("&Contests: %1").arg(tr("%n contest(s)", nullptr, int(work.contests.size()))));
}

void ProgressPage::loadProtocols(bool synchronous)
{
    if (m_electionId == 0)
        return;
    ProgressFilter filter;
    filter.territoryId = m_territoryId;
    filter.contestId = m_contestId;
    if (m_state->currentData().isValid())
        filter.state = static_cast<ProtocolState>(m_state->currentData().toInt());
    const quint64 generation = ++m_protocolGeneration;
    if (synchronous) {
        showProtocols(loadProtocolsFrom(*m_context->database, m_electionId, filter));
        return;
    }
    ++m_pending;
    m_busy->show();
    auto *watcher = new QFutureWatcher<ProtocolWork>(this);
    connect(watcher, &QFutureWatcher<ProtocolWork>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_protocolGeneration)
            showProtocols(watcher->result());
        finishOne();
    });
    watcher->setFuture(
        QtConcurrent::run(&m_workers, loadProtocolsIn, m_path, m_electionId, filter));
}

void ProgressPage::showProtocols(const ProtocolWork &work)
{
    if (!work.error.userMessage.isEmpty()) {
        qCWarning(lcProgress) << work.error.code << work.error.detail;
        showFailure(work.error.userMessage);
        return;
    }
    const qint64 keep =
        m_protocols->currentRow() >= 0
            ? m_protocols->item(m_protocols->currentRow(), 0)->data(kIdRole).toLongLong()
            : 0;
    m_protocols->setRowCount(int(work.protocols.size()));
    int currentRow = work.protocols.isEmpty() ? -1 : 0;
    for (int i = 0; i < work.protocols.size(); ++i) {
        const ProtocolChoice &p = work.protocols.at(i);
        auto *station = cell(p.stationNumber);
        station->setData(kIdRole, p.protocolId);
        station->setData(kStateRole, int(p.state));
        station->setToolTip(p.stationCode);
        m_protocols->setItem(i, 0, station);
        m_protocols->setItem(i, 1, cell(p.stationName));
        auto *contest = cell(p.contestCode);
        contest->setToolTip(p.contestName);
        m_protocols->setItem(i, 2, contest);
        m_protocols->setItem(i, 3, cell(p.territoryName));
        m_protocols->setItem(i, 4, cell(ProtocolEntryService::stateLabel(p.state)));
        if (p.protocolId == keep)
            currentRow = i;
    }
    m_protocols->setCurrentCell(currentRow, 0);
    m_protocols->resizeColumnsToContents();
    const int count = int(work.protocols.size());
    m_protocolsTitle->setText(count >= work.limit && work.limit > 0
                                  ? tr("&Protocols: the first %1").arg(QLocale().toString(count))
                                  : tr("&Protocols: %1").arg(tr("%n protocol(s)", nullptr, count)));
}

void ProgressPage::activateProtocol(int row)
{
    if (row < 0 || m_protocols->item(row, 0) == nullptr)
        return;
    const qint64 id = m_protocols->item(row, 0)->data(kIdRole).toLongLong();
    const auto state =
        static_cast<ProtocolState>(m_protocols->item(row, 0)->data(kStateRole).toInt());
    if (state == ProtocolState::Differing || state == ProtocolState::Erroneous) {
        emit resolveRequested(id);
    } else if (state == ProtocolState::Accepted && m_correct->isEnabled()) {
        correctAccepted(id);
    } else {
        m_status->setText(state == ProtocolState::Accepted
                              ? tr("Only a coordinator corrects an accepted protocol.")
                              : tr("This protocol waits for its operators' entries."));
    }
}

void ProgressPage::correctAccepted(qint64 protocolId)
{
    if (m_context == nullptr || m_context->database == nullptr || !m_context->session ||
        m_electionId == 0)
        return;
    auto *dialog =
        new CorrectionDialog(*m_context->database, *m_context->session, m_electionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (protocolId != 0)
        (void)dialog->loadProtocol(protocolId);
    connect(dialog, &CorrectionDialog::corrected, this, [this](qint64, const QString &what) {
        m_status->setText(what);
        refresh();
    });
    dialog->open();
}

} // namespace bd
