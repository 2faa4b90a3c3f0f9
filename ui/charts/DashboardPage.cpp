#include "DashboardPage.h"

#include "ChartLoader.h"
#include "ChartPanel.h"
#include "FigureCard.h"
#include "MapPage.h"
#include "TerritoryFilter.h"
#include "Turnout.h"
#include "TurnoutByTerritoryChart.h"
#include "TurnoutThroughDayChart.h"

#include <QBarSet>
#include <QChart>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

namespace {

QString percent(double value)
{
    return DashboardPage::tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_loader(new ChartLoader(
                           ChartSet::Turnout | ChartSet::TurnoutByHour | ChartSet::Seats, this)),
      m_filter(new TerritoryFilter(this)), m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_map(new MapPage), m_turnout(new TurnoutByTerritoryChart),
      m_throughDay(new TurnoutThroughDayChart)
{
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *filterLabel = new QLabel(tr("&Region:"), this);
    filterLabel->setBuddy(m_filter);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    auto *figures = new QWidget;
    auto *figuresLayout = new QGridLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->setSpacing(8);
    const QList<QPair<QString, QString>> cards = {
        {QStringLiteral("turnout"), tr("Turnout")},
        {QStringLiteral("ballots_issued"), tr("Ballots issued")},
        {QStringLiteral("voters"), tr("Voters on the lists")},
        {QStringLiteral("stations_reported"), tr("Stations reported")},
        {QStringLiteral("seats_decided"), tr("Seats decided")},
        {QStringLiteral("seats_self"), tr("Won by self-nominated")}};
    for (qsizetype i = 0; i < cards.size(); ++i) {
        auto *card = new FigureCard(cards.at(i).second, figures);
        card->setObjectName(cards.at(i).first + QLatin1String("Card"));
        m_cards.insert(cards.at(i).first, card);
        figuresLayout->addWidget(card, int(i / 2), int(i % 2));
    }

    m_map->setObjectName(QStringLiteral("dashboardMap"));
    m_map->setMinimumSize(420, 420);
    m_turnout->setMinimumHeight(420);
    m_throughDay->setMinimumHeight(360);

    // Two columns: the map over the day's course on the left; the key figures over the
    // turnout by region on the right.
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(12);
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_map, 3);
    left->addWidget(m_throughDay, 2);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(figures, 0);
    right->addWidget(m_turnout, 1);
    columns->addLayout(left, 11);
    columns->addLayout(right, 9);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_filter, &TerritoryFilter::codeChosen, this, &DashboardPage::setRegionFilter);
    // The map drills down (a region, a district) or goes back up: the rest follows it.
    connect(m_map, &MapPage::territorySelected, this,
            [this](const QString &code) { applyFilter(code, /*fromMap=*/true); });
    connect(m_loader, &ChartLoader::loaded, this, &DashboardPage::showSet);
    connect(m_loader, &ChartLoader::failed, this, [this](const QString &message) {
        m_busy->hide();
        m_status->setText(tr("The figures could not be computed: %1").arg(message));
    });
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setElection(const ElectionContext *context)
{
    const bool sameFile = context != nullptr && m_context != nullptr &&
                          context->path == m_context->path && m_filter->hasRegions();
    m_context = context;
    m_map->setElection(context);
    if (context == nullptr || context->database == nullptr) {
        m_loader->cancel();
        m_filter->reset();
        m_code.clear();
        m_turnout->clear();
        m_throughDay->clear();
        for (FigureCard *card : std::as_const(m_cards))
            card->clear();
        m_status->clear();
        m_busy->hide();
        return;
    }
    if (sameFile)
        return;
    m_filter->reset();
    m_code.clear();
    startLoading(QString());
}

void DashboardPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    m_map->prepareForScreenshot();
    m_loader->loadNow(*m_context->database, regionFilter());
}

void DashboardPage::setRegionFilter(const QString &code)
{
    applyFilter(code, /*fromMap=*/false);
}

void DashboardPage::applyFilter(const QString &code, bool fromMap)
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    m_filterFromMap = fromMap;
    const bool changed = code != m_code;
    m_code = code;
    m_filter->showCode(code);
    startLoading(code);
    if (changed)
        emit regionFilterChanged(code);
}

QString DashboardPage::regionFilter() const
{
    return m_code;
}

void DashboardPage::startLoading(const QString &code)
{
    m_status->setText(tr("Computing the figures…"));
    m_busy->show();
    m_loader->load(m_context->path, code);
}

void DashboardPage::showSet(const ChartSet &set)
{
    m_busy->hide();
    m_status->clear();
    if (!m_filter->hasRegions())
        m_filter->setRegions(set.regions);
    m_filter->showCode(set.scope.territoryCode, set.scope.names);
    m_turnout->showData(set);
    m_throughDay->showData(set);
    // The map shows the districts of the filter's region (it drills into a district itself).
    if (!m_filterFromMap)
        m_map->setRegionFilter(set.scope.childDepth == 2 ? set.scope.parentCode
                                                         : set.scope.territoryCode);
    m_filterFromMap = false;

    const QLocale locale;
    auto set_ = [this](const char *key, const QString &value, const QString &detail) {
        m_cards.value(QLatin1String(key))->setValue(value, detail);
    };
    if (set.turnout) {
        const TerritoryTurnout &t = set.turnout->total;
        set_("turnout", percent(t.turnoutPercent()), tr("of voters at reporting stations"));
        set_("ballots_issued", locale.toString(t.ballotsIssued), tr("in and outside the stations"));
        set_("voters", locale.toString(t.votersReported), tr("at reporting stations"));
        const int stations = set.turnoutByHour && !set.turnoutByHour->total.hours.isEmpty()
                                 ? set.turnoutByHour->total.hours.constLast().stations
                                 : 0;
        set_("stations_reported", locale.toString(t.stationsReported),
             stations > 0 ? tr("%1 sent hourly turnout").arg(locale.toString(stations))
                          : QString());
    }
    if (set.seats) {
        const SeatsWon &s = *set.seats;
        const int decided = s.total() - s.undecided;
        set_("seats_decided", locale.toString(decided), tr("of %Ln seat(s)", nullptr, s.total()));
        set_("seats_self", locale.toString(s.selfNominated),
             tr("%1 of decided seats")
                 .arg(percent(Turnout::roundedPercent(s.selfNominated, decided))));
    }
    // Drill-down from the chart: a click on a region's bar filters to it.
    if (set.turnout && set.scope.childDepth <= 1) {
        QList<ChartNames> rows;
        for (const TerritoryTurnout &t : set.turnout->territories)
            rows.prepend(t.names);
        for (QAbstractSeries *series : m_turnout->chart()->series()) {
            if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series)) {
                connect(bars, &QHorizontalBarSeries::clicked, this, [this, rows](int index) {
                    if (index >= 0 && index < rows.size())
                        setRegionFilter(rows.at(index).code);
                });
            }
        }
    }
    emit dashboardShown();
}

} // namespace bd
