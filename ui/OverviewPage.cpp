#include "OverviewPage.h"

#include "LocalizedName.h"

#include "Database.h"
#include "FigureCard.h"
#include "SummaryQueries.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOverview, "ballotdesk.ui.overview")

namespace bd {

namespace {

// What the worker hands back: the summary, or why there is none.
struct SummaryLoad
{
    std::optional<ElectionSummary> summary;
    Error error;
};

SummaryLoad computeSummary(const QString &path)
{
    // Runs in a pool thread: this Database (and its connection) lives and dies here.
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return {std::nullopt, db.error()};
    auto summary = SummaryQueries::national(*db);
    if (!summary)
        return {std::nullopt, summary.error()};
    return {*summary, {}};
}

QString percent(double value)
{
    return OverviewPage::tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("preparation"))
        return OverviewPage::tr("in preparation");
    if (status == QLatin1String("voting"))
        return OverviewPage::tr("voting");
    if (status == QLatin1String("counting"))
        return OverviewPage::tr("counting");
    if (status == QLatin1String("preliminary"))
        return OverviewPage::tr("preliminary results");
    if (status == QLatin1String("final"))
        return OverviewPage::tr("final results");
    return status;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QTableWidgetItem *numberItem(const QString &text, const QVariant &raw)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, raw);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_status(new QLabel(this)), m_registration(new QLabel(this)),
      m_turnoutTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("overview"));
    m_title->setObjectName(QStringLiteral("electionName"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("electionDetails"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *figures = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->setSpacing(8);
    auto addSection = [&](const QString &title, const QList<QPair<QString, QString>> &cards) {
        figuresLayout->addWidget(sectionTitle(title, figures));
        auto *grid = new QGridLayout;
        grid->setSpacing(8);
        for (int i = 0; i < cards.size(); ++i) {
            FigureCard *card = addCard(cards.at(i).first, cards.at(i).second);
            grid->addWidget(card, i / 4, i % 4);
        }
        for (int column = 0; column < 4; ++column)
            grid->setColumnStretch(column, 1);
        figuresLayout->addLayout(grid);
        figuresLayout->addSpacing(6);
    };
    addSection(tr("Contests and candidates"),
               {{QStringLiteral("seats"), tr("Seats")},
                {QStringLiteral("contests_decided"), tr("Contests decided")},
                {QStringLiteral("candidates_nominated"), tr("Candidates nominated")},
                {QStringLiteral("candidates_registered"), tr("Candidates registered")},
                {QStringLiteral("candidates_party"), tr("Nominated by parties")},
                {QStringLiteral("candidates_self"), tr("Self-nominated")},
                {QStringLiteral("candidates_men"), tr("Men")},
                {QStringLiteral("candidates_women"), tr("Women")}});
    m_registration->setObjectName(QStringLiteral("registrationSummary"));
    m_registration->setWordWrap(true);
    m_registration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registration->setToolTip(tr("Candidates nominated, registered, and why the others are not "
                                  "on the ballot"));
    figuresLayout->insertWidget(figuresLayout->count() - 1, m_registration);
    addSection(tr("Voting"), {{QStringLiteral("polling_stations"), tr("Polling stations")},
                              {QStringLiteral("voters"), tr("Voters on the lists")},
                              {QStringLiteral("ballots_issued"), tr("Ballots issued")},
                              {QStringLiteral("turnout"), tr("Turnout")}});
    addSection(tr("Observation"), {{QStringLiteral("observers"), tr("Observers")},
                                   {QStringLiteral("serious_incidents"), tr("Serious incidents")},
                                   {QStringLiteral("minor_incidents"), tr("Minor incidents")}});
    figuresLayout->addStretch(1);

    m_turnoutTable->setObjectName(QStringLiteral("turnoutByRegion"));
    m_turnoutTable->setColumnCount(4);
    m_turnoutTable->setHorizontalHeaderLabels({tr("Region"), tr("Voters"),
                                               tr("Issued", "ballots issued, short column header"),
                                               tr("Turnout", "short column header")});
    for (int column = 1; column < 4; ++column)
        m_turnoutTable->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight |
                                                                       Qt::AlignVCenter);
    m_turnoutTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_turnoutTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_turnoutTable->setAlternatingRowColors(true);
    m_turnoutTable->setWordWrap(false);
    m_turnoutTable->verticalHeader()->hide();
    m_turnoutTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_turnoutTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_turnoutTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_turnoutTable->horizontalHeader()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    m_turnoutTable->setMinimumWidth(380);
    m_turnoutTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *turnoutBox = new QWidget(this);
    auto *turnoutLayout = new QVBoxLayout(turnoutBox);
    turnoutLayout->setContentsMargins(0, 0, 0, 0);
    turnoutLayout->setSpacing(8);
    turnoutLayout->addWidget(sectionTitle(tr("Turnout by region, highest first"), turnoutBox));
    turnoutLayout->addWidget(m_turnoutTable, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(figures, 1);
    body->addWidget(turnoutBox, 0);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_status);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(body, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

OverviewPage::~OverviewPage() = default;

FigureCard *OverviewPage::addCard(const QString &key, const QString &caption)
{
    auto *card = new FigureCard(caption, this);
    card->setObjectName(key + QLatin1String("Card"));
    m_cards.insert(key, card);
    return card;
}

void OverviewPage::clear()
{
    ++m_generation; // a summary still being computed is for a file no longer shown
    m_loading = false;
    m_summary.reset();
    m_title->clear();
    m_subtitle->clear();
    m_status->hide();
    m_registration->clear();
    for (FigureCard *card : std::as_const(m_cards))
        card->clear();
    m_turnoutTable->setRowCount(0);
}

void OverviewPage::loadInBackground(const QString &databasePath)
{
    clear();
    const quint64 generation = m_generation;
    m_loading = true;
    m_status->setText(tr("Computing the figures of the election…"));
    m_status->show();

    auto *watcher = new QFutureWatcher<SummaryLoad>(this);
    connect(watcher, &QFutureWatcher<SummaryLoad>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const SummaryLoad load = watcher->result();
        if (load.summary)
            showSummary(*load.summary);
        else
            showFailure(load.error.userMessage);
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, computeSummary, databasePath));
}

bool OverviewPage::loadNow(const Database &db)
{
    clear();
    auto summary = SummaryQueries::national(db);
    if (!summary) {
        showFailure(summary.error().userMessage);
        return false;
    }
    showSummary(*summary);
    return true;
}

void OverviewPage::showFailure(const QString &message)
{
    qCWarning(lcOverview) << "summary failed:" << message;
    m_status->setText(tr("The figures could not be computed: %1").arg(message));
    m_status->show();
    emit failed(message);
}

void OverviewPage::showSummary(const ElectionSummary &summary)
{
    const QLocale locale;
    auto number = [&locale](qint64 value) {
        return locale.toString(value);
    };
    m_summary = summary;
    m_status->hide();
    m_title->setText(summary.name);
    m_subtitle->setText(tr("%1 · %2").arg(locale.toString(summary.date, QLocale::LongFormat),
                                          statusLabel(summary.status)));

    auto set = [this](const char *key, const QString &value, const QString &detail = QString()) {
        m_cards.value(QLatin1String(key))->setValue(value, detail);
    };
    set("seats", number(summary.seats),
        tr("in %Ln region(s)", nullptr, summary.regionsWithElections));
    set("contests_decided", number(summary.contestsDecided),
        tr("%1 tied, %2 without a winner")
            .arg(number(summary.contestsTied), number(summary.contestsNoWinner)));
    const int notRegistered = summary.candidatesNominated - summary.candidatesRegistered;
    set("candidates_nominated", number(summary.candidatesNominated),
        tr("%1 not registered").arg(number(notRegistered)));
    // Why nominated and registered differ, in the words of the registration workflow.
    QStringList reasons;
    QList<StatusCount> counts = summary.notRegistered;
    const QStringList order{QStringLiteral("refused"), QStringLiteral("withdrawn"),
                            QStringLiteral("deregistered"), QStringLiteral("nominated")};
    std::stable_sort(counts.begin(), counts.end(), [&order](const auto &a, const auto &b) {
        return order.indexOf(a.status) < order.indexOf(b.status);
    });
    for (const StatusCount &count : std::as_const(counts)) {
        if (count.status == QLatin1String("refused"))
            reasons << tr("%1 refused registration").arg(number(count.count));
        else if (count.status == QLatin1String("withdrawn"))
            reasons << tr("%1 withdrew").arg(number(count.count));
        else if (count.status == QLatin1String("deregistered"))
            reasons << tr("%1 deregistered").arg(number(count.count));
        else if (count.status == QLatin1String("nominated"))
            reasons << tr("%1 still awaiting a decision").arg(number(count.count));
        else
            reasons << tr("%1 %2").arg(number(count.count), count.status);
    }
    m_registration->setText(
        reasons.isEmpty()
            ? tr("%1 nominated → %2 registered")
                  .arg(number(summary.candidatesNominated), number(summary.candidatesRegistered))
            : tr("%1 nominated → %2 registered: %3")
                  .arg(number(summary.candidatesNominated), number(summary.candidatesRegistered),
                       QLocale().createSeparatedList(reasons)));
    set("candidates_registered", number(summary.candidatesRegistered),
        tr("%1 per seat")
            .arg(summary.seats > 0
                     ? locale.toString(double(summary.candidatesRegistered) / summary.seats, 'f', 1)
                     : QStringLiteral("\u2013")));
    set("candidates_party", number(summary.candidatesParty),
        tr("%1 of registered").arg(percent(summary.candidatesPartyPercent())));
    set("candidates_self", number(summary.candidatesSelfNominated),
        tr("%1 of registered").arg(percent(summary.candidatesSelfNominatedPercent())));
    const double registered = summary.candidatesRegistered > 0 ? summary.candidatesRegistered : 1;
    set("candidates_men", number(summary.candidatesMen),
        tr("%1 of registered").arg(percent(100.0 * summary.candidatesMen / registered)));
    set("candidates_women", number(summary.candidatesWomen),
        tr("%1 of registered").arg(percent(100.0 * summary.candidatesWomen / registered)));
    set("polling_stations", number(summary.pollingStations),
        tr("%1 reported").arg(number(summary.stationsReported)));
    set("voters", number(summary.votersOnLists),
        tr("%1 at reporting stations").arg(number(summary.votersReported)));
    set("ballots_issued", number(summary.ballotsIssued), tr("in and outside the stations"));
    set("turnout", percent(summary.turnoutPercent()), tr("of voters at reporting stations"));
    set("observers", number(summary.observers), tr("accredited"));
    set("serious_incidents", number(summary.seriousIncidents), tr("reported by observers"));
    set("minor_incidents", number(summary.minorIncidents), tr("reported by observers"));

    m_turnoutTable->setRowCount(int(summary.turnoutByRegion.size()));
    for (int row = 0; row < summary.turnoutByRegion.size(); ++row) {
        const RegionFigures &region = summary.turnoutByRegion.at(row);
        const QString name =
            LocalizedName::pick(QLocale(), region.nameKk, region.nameRu, region.nameEn);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(region.code);
        m_turnoutTable->setItem(row, 0, nameItem);
        m_turnoutTable->setItem(row, 1,
                                numberItem(number(region.votersOnLists), region.votersOnLists));
        m_turnoutTable->setItem(row, 2,
                                numberItem(number(region.ballotsIssued), region.ballotsIssued));
        m_turnoutTable->setItem(
            row, 3, numberItem(percent(region.turnoutPercent()), region.turnoutPercent()));
    }
    emit loaded();
}

} // namespace bd
