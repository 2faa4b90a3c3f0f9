#pragma once

#include "ElectionView.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace bd {

class ChartLoader;
class FigureCard;
class MapPage;
class TerritoryFilter;
class TurnoutByTerritoryChart;
class TurnoutThroughDayChart;
struct ChartSet;

/**
 * The "dashboard" page: the turnout map beside the key figures and the turnout charts, all
 * following one region filter; choosing a region on the map, in the filter or on a chart
 * updates the others.
 */
class DashboardPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;

    /** Filters everything to @p code (empty = all regions); the map follows. */
    void setRegionFilter(const QString &code);
    QString regionFilter() const;
    TerritoryFilter *filter() const { return m_filter; }
    ChartLoader *loader() const { return m_loader; }
    TurnoutByTerritoryChart *turnoutChart() const { return m_turnout; }
    TurnoutThroughDayChart *throughDayChart() const { return m_throughDay; }
    /** The card showing a figure ("turnout", "ballots_issued", ...), for tests. */
    FigureCard *card(const QString &key) const { return m_cards.value(key); }
    /** The turnout map, drilled into the region of the filter. */
    MapPage *mapView() const { return m_map; }

signals:
    /** The figures and charts now show the current filter. */
    void dashboardShown();
    /** The filter changed (for the map and anything else that follows it). */
    void regionFilterChanged(const QString &code);

private:
    void showSet(const ChartSet &set);
    void startLoading(const QString &code);
    void applyFilter(const QString &code, bool fromMap);

    const ElectionContext *m_context = nullptr;
    QString m_code; ///< the filter: empty = all regions
    ChartLoader *m_loader;
    TerritoryFilter *m_filter;
    QLabel *m_status;
    QProgressBar *m_busy;
    MapPage *m_map;
    bool m_filterFromMap = false; ///< the filter being loaded came from the map
    TurnoutByTerritoryChart *m_turnout;
    TurnoutThroughDayChart *m_throughDay;
    QHash<QString, FigureCard *> m_cards;
};

} // namespace bd
