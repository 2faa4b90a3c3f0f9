#include "ChartsPage.h"

#include "CandidatesChart.h"
#include "ChartLoader.h"
#include "Database.h"
#include "DialogPrompter.h"
#include "SeatsWonChart.h"
#include "TerritoryFilter.h"
#include "TurnoutByTerritoryChart.h"
#include "TurnoutHistogramChart.h"
#include "TurnoutScatterChart.h"
#include "TurnoutThroughDayChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace bd {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent), m_loader(new ChartLoader(ChartSet::All, this)),
      m_filter(new TerritoryFilter(this)), m_status(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_export(new QToolButton(this))
{
    auto *title = new QLabel(tr("Charts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *filterLabel = new QLabel(tr("&Region:"), this);
    filterLabel->setBuddy(m_filter);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setRange(0, 0); // how long the queries take is not known in advance
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->setObjectName(QStringLiteral("cancelCharts"));
    m_cancel->setToolTip(tr("Stop computing the charts"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        m_busy->hide();
        m_cancel->hide();
        m_code = m_shownCode;
        m_filter->showCode(m_shownCode);
        m_status->setText(tr("Cancelled: the charts show the previous choice."));
    });

    m_export->setObjectName(QStringLiteral("exportCharts"));
    m_export->setText(tr("&Export Charts"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("All Charts as &PNG…"), this,
                    [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("All Charts as &SVG…"), this,
                    [this] { exportWithDialog(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    m_export->setToolTip(tr("Save every chart as an image (Alt+E); one chart: right-click it"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_busy);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    auto *byTerritory = new TurnoutByTerritoryChart;
    m_charts = {byTerritory,       new TurnoutThroughDayChart, new CandidatesChart,
                new SeatsWonChart, new TurnoutHistogramChart,  new TurnoutScatterChart};
    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(12);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setMinimumHeight(360);
        gridLayout->addWidget(m_charts.at(i), int(i / 2), int(i % 2));
    }
    gridLayout->setColumnStretch(0, 1);
    gridLayout->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_filter, &TerritoryFilter::codeChosen, this, &ChartsPage::setRegionFilter);
    connect(m_loader, &ChartLoader::loaded, this, &ChartsPage::showSet);
    connect(m_loader, &ChartLoader::failed, this, &ChartsPage::showFailure);
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setPrompter(Prompter *prompter)
{
    m_prompter = prompter;
    for (ChartPanel *chart : std::as_const(m_charts))
        chart->setPrompter(prompter);
}

void ChartsPage::setElection(const ElectionContext *context)
{
    const bool sameFile = context != nullptr && m_context != nullptr &&
                          context->path == m_context->path && m_filter->hasRegions();
    m_context = context;
    if (context == nullptr || context->database == nullptr) {
        m_loader->cancel();
        m_filter->reset();
        m_code.clear();
        for (ChartPanel *chart : std::as_const(m_charts))
            chart->clear();
        m_status->clear();
        m_busy->hide();
        m_cancel->hide();
        return;
    }
    if (sameFile)
        return; // only the signed-in user changed
    m_filter->reset();
    m_code.clear();
    startLoading(QString());
}

void ChartsPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    m_loader->loadNow(*m_context->database, regionFilter());
}

void ChartsPage::setRegionFilter(const QString &code)
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    m_code = code;
    m_filter->showCode(code);
    startLoading(code);
}

QString ChartsPage::regionFilter() const
{
    return m_code;
}

void ChartsPage::startLoading(const QString &code)
{
    m_status->setText(tr("Computing the charts…"));
    m_busy->show();
    m_cancel->show();
    m_loader->load(m_context->path, code);
}

void ChartsPage::showSet(const ChartSet &set)
{
    m_busy->hide();
    m_cancel->hide();
    m_status->clear();
    if (!m_filter->hasRegions())
        m_filter->setRegions(set.regions);
    m_filter->showCode(set.scope.territoryCode, set.scope.names);
    m_shownCode = set.scope.territoryCode;
    for (ChartPanel *chart : std::as_const(m_charts))
        chart->showData(set);
    // Drill-down: a click on a territory's bar filters to it (regions to districts only).
    if (set.turnout && set.scope.childDepth <= 1) {
        QList<ChartNames> rows;
        for (const TerritoryTurnout &t : set.turnout->territories)
            rows.prepend(t.names); // the chart draws them lowest first
        for (QAbstractSeries *series : m_charts.constFirst()->chart()->series()) {
            if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series)) {
                connect(bars, &QHorizontalBarSeries::clicked, this, [this, rows](int index) {
                    if (index >= 0 && index < rows.size())
                        setRegionFilter(rows.at(index).code);
                });
            }
        }
    }
    emit chartsShown();
}

void ChartsPage::showFailure(const QString &message)
{
    m_busy->hide();
    m_cancel->hide();
    m_status->setText(tr("The charts could not be computed: %1").arg(message));
}

Status ChartsPage::exportAll(const QString &path)
{
    const QFileInfo target(path);
    const QString suffix = target.suffix().toLower();
    for (ChartPanel *chart : std::as_const(m_charts)) {
        const QString file = target.dir().filePath(target.completeBaseName() + QLatin1Char('-') +
                                                   chart->key() + QLatin1Char('.') + suffix);
        if (Status st = chart->exportTo(file); !st)
            return st;
    }
    return {};
}

void ChartsPage::exportWithDialog(const QString &format)
{
    DialogPrompter fallback;
    Prompter *prompter = m_prompter != nullptr ? m_prompter : &fallback;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(directory).filePath(QStringLiteral("charts.") + format);
    const QString filter =
        format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = prompter->chooseFileToSave(
        this, tr("Export All Charts (one file per chart, named after this one)"), suggested,
        filter);
    if (path.isEmpty())
        return;
    if (Status st = exportAll(path); !st)
        prompter->showError(this, tr("Cannot Export Charts"), st.error().userMessage,
                            st.error().detail);
    else
        m_status->setText(
            tr("Exported the charts next to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace bd
