#pragma once

#include "ChartSet.h"
#include "Outcome.h"

#include <QChart>
#include <QWidget>

class QChartView;
class QLabel;

namespace bd {

class Prompter;

/**
 * One chart of the charts page and the dashboard: a QChartView with a title, axes with units, a
 * legend and tooltips, styled from the palette, exported as PNG or SVG from its context menu
 * (Menu key or Shift+F10 on the focused chart) or by the page.
 */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /** @p key names the chart in exported file names ("turnout-by-region"). */
    ChartPanel(const QString &key, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString key() const { return m_key; }
    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    /** Replaces the chart with the data of @p set (its part of it). */
    virtual void showData(const ChartSet &set) = 0;
    /** Empties the chart (no election open). */
    void clear();
    /** The chart's title as shown. */
    QString title() const;
    /** Writes the chart to @p path as PNG or SVG, chosen by the suffix. */
    Status exportTo(const QString &path);
    /** Where the export dialogs go; tests inject a recording prompter. */
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

protected:
    /** Removes every series and axis, then sets the title and an optional note below it. */
    void resetChart(const QString &title);
    /** Says why the chart is empty ("No accepted protocols yet."). */
    void showNote(const QString &note);
    /** Applies the palette to the chart: background, title, labels, grid. */
    void applyPalette();
    /** Shows @p text as a tooltip at the mouse, or hides it for an empty text. */
    void showTip(const QString &text);
    /** The territory's name in the interface language. */
    static QString nameOf(const ChartNames &names);
    /** The whole election or the territory the chart is filtered to. */
    static QString scopeName(const ChartScope &scope);
    static QString percent(double value, int decimals = 1);
    void changeEvent(QEvent *event) override;

private:
    void exportWithDialog(const QString &format);

    QString m_key;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_note;
    Prompter *m_prompter = nullptr;
};

} // namespace bd
