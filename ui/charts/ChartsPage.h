#pragma once

#include "ElectionView.h"
#include "Outcome.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace bd {

class ChartLoader;
class ChartPanel;
class Prompter;
class TerritoryFilter;
struct ChartSet;

/**
 * The "charts" page: the six turnout and results charts of the open election in a scrollable
 * grid, filtered to one region (or district) at a time, computed off the GUI thread.
 */
class ChartsPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;

    /** Shows the charts of @p code (empty = all regions), computing them in the background. */
    void setRegionFilter(const QString &code);
    QString regionFilter() const;
    TerritoryFilter *filter() const { return m_filter; }
    QList<ChartPanel *> charts() const { return m_charts; }
    ChartLoader *loader() const { return m_loader; }
    /** Where the export dialogs go (tests inject a recording prompter). */
    void setPrompter(Prompter *prompter);
    /**
     * Writes every chart next to @p path: "dir/name.png" gives "dir/name-turnout-by-region.png"
     * and so on, in the format of the suffix (png or svg). Stops at the first failure.
     */
    Status exportAll(const QString &path);

signals:
    /** The charts now show the data of the current filter. */
    void chartsShown();

private:
    void showSet(const ChartSet &set);
    void showFailure(const QString &message);
    void startLoading(const QString &code);
    void exportWithDialog(const QString &format);

    const ElectionContext *m_context = nullptr;
    QString m_code;      ///< the filter: empty = all regions
    QString m_shownCode; ///< the filter of the charts on screen
    ChartLoader *m_loader;
    TerritoryFilter *m_filter;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QToolButton *m_export;
    QList<ChartPanel *> m_charts;
    Prompter *m_prompter = nullptr;
};

} // namespace bd
