#pragma once

#include "ChartQueries.h"

#include <QComboBox>

namespace bd {

/**
 * The region filter of the charts and the dashboard: "All regions" and each region; a district
 * chosen elsewhere (a click on a bar, the map) joins the list while it is the filter.
 */
class TerritoryFilter : public QComboBox
{
    Q_OBJECT

public:
    explicit TerritoryFilter(QWidget *parent = nullptr);

    /** The choices: every region of the election (keeps the current code when it is one). */
    void setRegions(const QList<ChartNames> &regions);
    /** Shows @p code (empty = all regions) as chosen, adding it when it is not a region. */
    void showCode(const QString &code, const ChartNames &names = {});
    /** The code chosen; empty for all regions. */
    QString currentCode() const;
    bool hasRegions() const { return count() > 1; }
    /** Back to "All regions" only (no election open). */
    void reset();

signals:
    /** The user chose another territory (not emitted by showCode or setRegions). */
    void codeChosen(const QString &code);
};

} // namespace bd
