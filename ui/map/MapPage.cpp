#include "MapPage.h"

#include "Database.h"
#include "DialogPrompter.h"
#include "GeoJsonReader.h"
#include "MapWidget.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcMapPage, "ballotdesk.ui.map", QtWarningMsg)

namespace bd {

namespace {

using Outcomes = QHash<qint64, ContestOutcome>;

// What a worker hands back: the scene, the contest outcomes it computed (reused by later
// loads), or why there is nothing.
struct LoadResult
{
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const Outcomes> outcomes;
    std::optional<MapFigures> parent;
    Error error;
};

std::optional<MapFigures> findItem(const MapData &data, const QString &code)
{
    for (const MapFigures &f : data.items) {
        if (f.code == code)
            return f;
    }
    return std::nullopt;
}

// Runs on a worker thread with its own connection (or on the GUI thread for screenshots).
LoadResult loadLevel(const Database &db, MapLevel level, const QString &code,
                     std::optional<MapFigures> parent, const QString &grandParentCode,
                     std::shared_ptr<const Outcomes> outcomes, const QString &language)
{
    LoadResult result;
    if (!outcomes) {
        auto computed = MapQueries::outcomes(db);
        if (!computed) {
            result.error = computed.error();
            return result;
        }
        outcomes = std::make_shared<const Outcomes>(std::move(*computed));
    }
    result.outcomes = outcomes;
    if (level != MapLevel::Regions && !parent) {
        // Drilled in from outside (the dashboard's filter): the parent comes from its level.
        MapRequest above;
        above.level = level == MapLevel::Districts ? MapLevel::Regions : MapLevel::Districts;
        above.parentCode = grandParentCode;
        above.outcomes = outcomes.get();
        auto data = MapQueries::load(db, above);
        if (!data) {
            result.error = data.error();
            return result;
        }
        parent = findItem(*data, code);
        if (!parent) {
            result.error =
                Error{QStringLiteral("map.unknown-territory"),
                      MapPage::tr("The election has no territory with the code %1.").arg(code),
                      {}};
            return result;
        }
    }
    MapRequest request;
    request.level = level;
    request.parentCode = code;
    request.outcomes = outcomes.get();
    auto data = MapQueries::load(db, request);
    if (!data) {
        result.error = data.error();
        return result;
    }
    result.parent = parent;
    result.scene = std::make_shared<const MapScene>(
        MapSceneBuilder::build(std::move(*data), parent, language));
    return result;
}

LoadResult loadInWorker(const QString &path, MapLevel level, const QString &code,
                        const std::optional<MapFigures> &parent, const QString &grandParentCode,
                        const std::shared_ptr<const Outcomes> &outcomes, const QString &language)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        LoadResult result;
        result.error = db.error();
        return result;
    }
    return loadLevel(*db, level, code, parent, grandParentCode, outcomes, language);
}

QString percent(double v)
{
    return MapPage::tr("%1 %").arg(QLocale().toString(v, 'f', 1));
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

MapPage::MapPage(QWidget *parent) : QWidget(parent)
{
    m_ownPrompter = std::make_unique<DialogPrompter>();
    m_prompter = m_ownPrompter.get();
    buildUi();
    m_steps.append(Step{});
    updateBreadcrumb();
}

MapPage::~MapPage() = default;

void MapPage::setPrompter(Prompter *prompter)
{
    m_prompter = prompter != nullptr ? prompter : m_ownPrompter.get();
}

void MapPage::buildUi()
{
    m_up = new QToolButton(this);
    m_up->setObjectName(QStringLiteral("mapUp"));
    m_up->setText(tr("Up"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_up->setToolTip(tr("Up one level (Backspace, Alt+Up)"));
    connect(m_up, &QToolButton::clicked, this, &MapPage::goUp);
    // An action rather than the button's shortcut: a button's shortcut clicks it only later.
    auto *up = new QAction(tr("Up One Level"), this);
    up->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)});
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QAction::triggered, this, &MapPage::goUp);
    addAction(up);

    m_breadcrumb = new QLabel(this);
    m_breadcrumb->setObjectName(QStringLiteral("mapBreadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    m_breadcrumb->setAccessibleName(tr("Map location"));
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        const int depth = link.toInt();
        if (depth < 0 || depth >= m_steps.size() - 1)
            return;
        while (m_steps.size() > depth + 1)
            m_steps.removeLast();
        showStep(m_steps.constLast());
        emit territorySelected(m_steps.constLast().code);
    });

    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("mapMetric"));
    m_metric->addItem(tr("Turnout (final)"), static_cast<int>(MapMetric::TurnoutFinal));
    m_metric->addItem(tr("Turnout at hour"), static_cast<int>(MapMetric::TurnoutAtHour));
    m_metric->addItem(tr("Reporting progress"), static_cast<int>(MapMetric::ReportingProgress));
    m_metric->addItem(tr("Seats won by self-nominated"),
                      static_cast<int>(MapMetric::SelfNominatedSeats));
    m_metric->addItem(tr("Candidates per seat"), static_cast<int>(MapMetric::CandidatesPerSeat));
    m_metric->setToolTip(tr("What the map colours territories by"));
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_hour->setEnabled(metric() == MapMetric::TurnoutAtHour);
        applyMetric();
    });

    m_hour = new QComboBox(this);
    m_hour->setObjectName(QStringLiteral("mapHour"));
    m_hour->setToolTip(tr("The hour of the turnout reports"));
    m_hour->setEnabled(false);
    m_hour->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *hourLabel = new QLabel(tr("&Hour:"), this);
    hourLabel->setBuddy(m_hour);
    connect(m_hour, &QComboBox::currentIndexChanged, this, [this] { applyMetric(); });

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("mapExport"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the map as PNG or SVG (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QToolButton::clicked, this, &MapPage::chooseAndExport);

    auto *refresh = new QAction(tr("Reload the Map"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &MapPage::reload);
    addAction(refresh);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 4);
    bar->addWidget(m_up);
    bar->addWidget(m_breadcrumb, 1);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addWidget(hourLabel);
    bar->addWidget(m_hour);
    bar->addWidget(m_export);

    m_map = new MapWidget(this);
    connect(m_map, &MapWidget::featureActivated, this, &MapPage::activate);
    connect(m_map, &MapWidget::upRequested, this, &MapPage::goUp);
    connect(m_map, &MapWidget::focusedFeatureChanged, this, [this](const QString &code) {
        if (!code.isEmpty())
            showMessage(m_map->toolTipFor(code));
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setContentsMargins(12, 2, 12, 6);
    m_status->setText(tr("Tab or the arrow keys move between territories, Enter opens one, "
                         "Backspace goes back; + and - zoom, Ctrl+arrows pan."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_status);
}

void MapPage::setElection(const ElectionContext *context)
{
    const QString path = context != nullptr ? context->path : QString();
    m_context = context;
    if (path == m_path && !path.isEmpty())
        return; // only the signed-in user changed
    m_path = path;
    ++m_generation;
    m_loading = false;
    m_cache.clear();
    m_outcomes.reset();
    m_scene.reset();
    m_steps = {Step{}};
    m_map->renderer().setShapes({});
    m_map->renderer().setMarkers({});
    m_map->renderer().setBackdrop({});
    m_map->featuresChanged();
    updateBreadcrumb();
    if (!m_path.isEmpty())
        showStep(m_steps.constLast());
}

void MapPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    showStep(m_steps.constLast(), /*synchronous=*/true);
}

const MapScene *MapPage::scene() const
{
    return m_scene.get();
}

MapLevel MapPage::level() const
{
    return m_steps.constLast().level;
}

QString MapPage::currentCode() const
{
    return m_steps.constLast().code;
}

MapMetric MapPage::metric() const
{
    return static_cast<MapMetric>(m_metric->currentData().toInt());
}

void MapPage::setMetric(MapMetric metric, const QString &hour)
{
    const int hourIndex = m_hour->findText(hour);
    if (hourIndex >= 0)
        m_hour->setCurrentIndex(hourIndex);
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(metric)));
    applyMetric();
}

QString MapPage::language() const
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString MapPage::cacheKey(const Step &step) const
{
    return QString::number(static_cast<int>(step.level)) + QLatin1Char('/') + step.code;
}

bool MapPage::waitForLoaded(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_loading && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_loading;
}

void MapPage::showStep(const Step &step, bool synchronous)
{
    updateBreadcrumb();
    ++m_generation;
    if (auto cached = m_cache.value(cacheKey(step))) {
        m_loading = false;
        present(*cached);
        return;
    }
    const QString grandParent =
        m_steps.size() >= 2 ? m_steps.at(m_steps.size() - 2).code : QString();
    if (synchronous) {
        LoadResult result = loadLevel(*m_context->database, step.level, step.code, step.parent,
                                      grandParent, m_outcomes, language());
        m_loading = false;
        if (!result.scene) {
            showMessage(result.error.userMessage);
            return;
        }
        m_outcomes = result.outcomes;
        m_steps.last().parent = result.parent;
        m_cache.insert(cacheKey(step), result.scene);
        present(*result.scene);
        return;
    }

    m_loading = true;
    showMessage(tr("Loading the map…"));
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this,
            [this, watcher, generation, step] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer request (or another file) took over
                m_loading = false;
                const LoadResult result = watcher->result();
                if (!result.scene) {
                    qCWarning(lcMapPage) << result.error.code << result.error.detail;
                    showMessage(result.error.userMessage);
                    emit loaded();
                    return;
                }
                m_outcomes = result.outcomes;
                m_steps.last().parent = result.parent;
                m_cache.insert(cacheKey(step), result.scene);
                present(*result.scene);
                emit loaded();
            });
    watcher->setFuture(QtConcurrent::run(&m_workers, loadInWorker, m_path, step.level, step.code,
                                         step.parent, grandParent, m_outcomes, language()));
}

void MapPage::present(const MapScene &scene)
{
    m_scene = m_cache.value(cacheKey(m_steps.constLast()));
    ChoroplethRenderer &r = m_map->renderer();
    r.setShapes(scene.shapes);
    r.setMarkers(scene.markers);
    r.setBackdrop(scene.backdrop);

    const QString currentHour = m_hour->currentText();
    m_hour->blockSignals(true);
    m_hour->clear();
    m_hour->addItems(scene.data.hours);
    const int keep = m_hour->findText(currentHour);
    m_hour->setCurrentIndex(keep >= 0 ? keep : int(m_hour->count()) - 1);
    m_hour->blockSignals(false);

    m_map->featuresChanged();
    applyMetric();
    updateBreadcrumb();
    if (scene.data.level == MapLevel::Stations)
        showMessage(
            scene.unlinked > 0
                ? tr("%n station(s) without coordinates are not drawn.", nullptr, scene.unlinked)
                : tr("%n polling station(s).", nullptr, static_cast<int>(scene.markers.size())));
    else if (scene.unlinked > 0)
        showMessage(tr("%n territory(ies) have no boundary and are not drawn; import "
                       "boundaries with File › Import Boundaries….",
                       nullptr, scene.unlinked));
    else
        showMessage(tr("Click a territory or press Enter to open it; Backspace goes back."));
}

QString MapPage::metricTitle() const
{
    switch (metric()) {
    case MapMetric::TurnoutFinal:
        return tr("Turnout, % of voters (accepted protocols)");
    case MapMetric::TurnoutAtHour:
        return tr("Turnout at %1, % of voters").arg(m_hour->currentText());
    case MapMetric::ReportingProgress:
        return tr("Stations with an accepted protocol, %");
    case MapMetric::SelfNominatedSeats:
        return tr("Seats won by self-nominated candidates, %");
    case MapMetric::CandidatesPerSeat:
        return tr("Registered candidates per seat");
    }
    return {};
}

void MapPage::applyMetric()
{
    if (!m_scene)
        return;
    ChoroplethRenderer &r = m_map->renderer();
    const MapMetric m = metric();
    r.setValues(m_scene->values(m, m_hour->currentText()),
                m == MapMetric::CandidatesPerSeat ? ChoroplethRenderer::Formatter(ratio)
                                                  : ChoroplethRenderer::Formatter(percent));
    const QString place = m_steps.constLast().level == MapLevel::Regions
                              ? tr("Kazakhstan, by region")
                              : m_steps.constLast().name;
    r.setTitle(tr("%1 — %2").arg(metricTitle(), place));
    r.setLegendTitle(m_metric->currentText());
    m_map->update();
}

void MapPage::updateBreadcrumb()
{
    QStringList parts;
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString name = i == 0 ? tr("Kazakhstan") : m_steps.at(i).name.toHtmlEscaped();
        if (i + 1 < m_steps.size())
            parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(name);
        else
            parts << QStringLiteral("<b>%1</b>").arg(name);
    }
    m_breadcrumb->setText(parts.join(QStringLiteral(" › ")));
    m_up->setEnabled(m_steps.size() > 1);
}

void MapPage::activate(const QString &code)
{
    if (!m_scene || m_loading)
        return;
    const MapFigures *figures = m_scene->figures(code);
    const MapLevel current = m_steps.constLast().level;
    if (figures == nullptr) {
        showMessage(tr("%1 has no territory in this election.").arg(m_map->renderer().name(code)));
        return;
    }
    if (current == MapLevel::Stations) {
        showMessage(m_map->toolTipFor(code));
        return;
    }
    Step step;
    step.level = current == MapLevel::Regions ? MapLevel::Districts : MapLevel::Stations;
    step.code = figures->code;
    step.name = figures->name(language());
    step.parent = *figures;
    m_steps.append(step);
    showStep(step);
    emit territorySelected(step.code);
}

void MapPage::goUp()
{
    if (m_steps.size() <= 1)
        return;
    const QString from = m_steps.constLast().code;
    m_steps.removeLast();
    showStep(m_steps.constLast());
    m_map->setFocusedFeature(from);
    emit territorySelected(m_steps.constLast().code);
}

void MapPage::setRegionFilter(const QString &code)
{
    const bool already =
        code.isEmpty() ? m_steps.size() == 1 : m_steps.size() == 2 && m_steps.at(1).code == code;
    if (already)
        return;
    m_steps = {Step{}};
    if (!code.isEmpty()) {
        Step step;
        step.level = MapLevel::Districts;
        step.code = code;
        step.name = code;
        if (auto regions = m_cache.value(cacheKey(m_steps.constFirst()))) {
            if (const MapFigures *f = regions->figures(code)) {
                step.name = f->name(language());
                step.parent = *f;
            }
        }
        m_steps.append(step);
    }
    if (!m_path.isEmpty())
        showStep(m_steps.constLast());
    else
        updateBreadcrumb();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleScene && !m_path.isEmpty())
        reload();
}

void MapPage::electionDataChanged()
{
    // Cached scenes hold the old figures: drop them; redraw now only when the map is shown.
    if (isVisible() && !m_loading) {
        reload();
        return;
    }
    m_cache.clear();
    m_outcomes.reset();
    m_staleScene = true;
}

void MapPage::reload()
{
    m_staleScene = false;
    m_cache.clear();
    m_outcomes.reset();
    if (!m_path.isEmpty())
        showStep(m_steps.constLast());
}

void MapPage::showMessage(const QString &text)
{
    m_status->setText(text);
}

Status MapPage::exportPng(const QString &path, QSize size)
{
    return m_map->renderer().exportPng(path, size);
}

Status MapPage::exportSvg(const QString &path, QSize size)
{
    return m_map->renderer().exportSvg(path, size);
}

void MapPage::chooseAndExport()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompter->chooseFileToSave(this, tr("Export Map"),
                                                      QDir(dir).filePath(QStringLiteral("map.png")),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const Status status = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                              ? exportSvg(path)
                              : exportPng(path);
    if (!status) {
        m_prompter->showError(this, tr("Cannot Export the Map"), status.error().userMessage,
                              status.error().detail);
        return;
    }
    showMessage(tr("Map saved to %1.").arg(QDir::toNativeSeparators(path)));
}

Status MapPage::importBoundaries(const QString &path, const QString &property, BoundaryMatch match)
{
    if (m_context == nullptr || m_context->database == nullptr)
        return Error{QStringLiteral("map.no-election"), tr("Open an election file first."), {}};
    if (!m_context->session)
        return Error{QStringLiteral("map.not-signed-in"),
                     tr("Sign in as an administrator to import boundaries."),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("map.cannot-read"),
            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), path};
    auto features = GeoJsonReader::read(file.readAll(), QFileInfo(path).fileName());
    if (!features)
        return features.error();
    auto report = BoundaryStore::import(*m_context->database, *m_context->session, *features,
                                        property, match, QFileInfo(path).fileName());
    if (!report)
        return report.error();
    showMessage(tr("%n boundary(ies) imported; %1 feature(s) matched no territory.", nullptr,
                   report->linked)
                    .arg(report->unmatched.size()));
    reload();
    return {};
}

void MapPage::chooseAndImportBoundaries()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompter->chooseFileToOpen(
        this, tr("Import Boundaries"), dir, tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompter->showError(
            this, tr("Cannot Import Boundaries"),
            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), path);
        return;
    }
    auto features = GeoJsonReader::read(file.readAll(), QFileInfo(path).fileName());
    if (!features) {
        m_prompter->showError(this, tr("Cannot Import Boundaries"), features.error().userMessage,
                              features.error().detail);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Boundaries"));
    auto *property = new QComboBox(&dialog);
    property->addItems(BoundaryStore::propertyNames(*features));
    const int kato = property->findText(QStringLiteral("KATO"));
    if (kato >= 0)
        property->setCurrentIndex(kato);
    auto *match = new QComboBox(&dialog);
    match->addItem(tr("Territory KATO code"), static_cast<int>(BoundaryMatch::Kato));
    match->addItem(tr("Territory code"), static_cast<int>(BoundaryMatch::Code));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("%n feature(s) in %1.", nullptr, int(features->size())).arg(QFileInfo(path).fileName()),
        &dialog));
    form->addRow(tr("Link by the &property:"), property);
    form->addRow(tr("&Equal to the:"), match);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = importBoundaries(
        path, property->currentText(), static_cast<BoundaryMatch>(match->currentData().toInt()));
    if (!status)
        m_prompter->showError(this, tr("Cannot Import Boundaries"), status.error().userMessage,
                              status.error().detail);
}

} // namespace bd
