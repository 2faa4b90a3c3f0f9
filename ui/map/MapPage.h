#pragma once

#include "BoundaryStore.h"
#include "ElectionView.h"
#include "MapScene.h"

#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace bd {

class MapWidget;
class Prompter;

/**
 * The "Map" page: a choropleth of the open election by region, drilling down to the districts
 * of a region and the stations of a district, coloured by the chosen metric.
 *
 * Levels load off the GUI thread (each worker opens its own connection) and are kept, so that
 * switching metric, hour or going back up is instant; F5 reloads. The dashboard embeds the page
 * and drives it with setRegionFilter(); territorySelected() reports drill-downs.
 */
class MapPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit MapPage(QWidget *parent = nullptr);
    ~MapPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;
    void electionDataChanged() override;

protected:
    void showEvent(QShowEvent *event) override;

public:
    /** Replaces the dialog prompter (tests). The page does not own it. */
    void setPrompter(Prompter *prompter);

    MapWidget *mapWidget() const { return m_map; }
    /** The scene shown, when one is loaded. */
    const MapScene *scene() const;
    MapLevel level() const;
    /** The code of the territory drilled into (empty at the country level). */
    QString currentCode() const;
    MapMetric metric() const;
    void setMetric(MapMetric metric, const QString &hour = {});
    bool isLoading() const { return m_loading; }
    /** Waits (processing events) until loading finishes; false on timeout. For tests. */
    bool waitForLoaded(int timeoutMs = 20000);

    /**
     * Links the features of the GeoJSON file @p path to territories by @p property (compared
     * with the territory code or KATO) and stores them in the election; needs a signed-in user
     * allowed to import registers.
     */
    Status importBoundaries(const QString &path, const QString &property, BoundaryMatch match);

    Status exportPng(const QString &path, QSize size = {1600, 1000});
    Status exportSvg(const QString &path, QSize size = {1600, 1000});

public slots:
    /** Shows the districts of the region @p code, or the whole country when empty. */
    void setRegionFilter(const QString &code);
    /** Asks for a GeoJSON file and the property that links it, then imports (File menu). */
    void chooseAndImportBoundaries();
    void chooseAndExport();
    void goUp();
    void reload();

signals:
    /** A region or district was drilled into (empty: back to the whole country). */
    void territorySelected(const QString &code);
    void loaded();

private:
    struct Step
    {
        MapLevel level = MapLevel::Regions;
        QString code; ///< parent of the level (empty for regions)
        QString name;
        std::optional<MapFigures> parent;
    };
    struct Loaded;

    void buildUi();
    void showStep(const Step &step, bool synchronous = false);
    void present(const MapScene &scene);
    void applyMetric();
    void updateBreadcrumb();
    void activate(const QString &code);
    void showMessage(const QString &text);
    QString cacheKey(const Step &step) const;
    QString metricTitle() const;
    QString language() const;

    const ElectionContext *m_context = nullptr;
    QString m_path;
    Prompter *m_prompter = nullptr;
    std::unique_ptr<Prompter> m_ownPrompter;

    MapWidget *m_map = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QToolButton *m_up = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_hour = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;

    QList<Step> m_steps;
    QHash<QString, std::shared_ptr<const MapScene>> m_cache;
    std::shared_ptr<const MapScene> m_scene;
    std::shared_ptr<const QHash<qint64, ContestOutcome>> m_outcomes;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_staleScene = false; ///< data changed while hidden: reload when shown
    // Declared last, so destroyed first: waits for this object's background work, so no task
    // outlives it and none is left holding the application's thread pool at exit.
    QThreadPool m_workers;
};

} // namespace bd
