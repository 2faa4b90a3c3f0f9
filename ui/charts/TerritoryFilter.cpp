#include "TerritoryFilter.h"

#include "LocalizedName.h"

#include <QLocale>
#include <QSignalBlocker>

namespace bd {

namespace {

QString displayName(const ChartNames &names)
{
    const QString name = LocalizedName::pick(QLocale(), names.nameKk, names.nameRu, names.nameEn);
    return name.isEmpty() ? names.code : name;
}

constexpr int kRegionRole = Qt::UserRole + 1; // true for the regions, false for an added one

} // namespace

TerritoryFilter::TerritoryFilter(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("territoryFilter"));
    setAccessibleName(tr("Region"));
    setToolTip(tr("Show the charts of one region, or of all regions (Alt+R)"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    reset();
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit codeChosen(itemData(index).toString()); });
}

void TerritoryFilter::reset()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All regions"), QString());
    setItemData(0, true, kRegionRole);
}

void TerritoryFilter::setRegions(const QList<ChartNames> &regions)
{
    const QString current = currentCode();
    const QSignalBlocker blocker(this);
    reset();
    QList<ChartNames> sorted = regions;
    std::sort(sorted.begin(), sorted.end(), [](const ChartNames &a, const ChartNames &b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    for (const ChartNames &r : std::as_const(sorted)) {
        addItem(displayName(r), r.code);
        setItemData(count() - 1, true, kRegionRole);
    }
    showCode(current);
}

void TerritoryFilter::showCode(const QString &code, const ChartNames &names)
{
    const QSignalBlocker blocker(this);
    // A district added earlier goes when another territory is chosen.
    for (int i = count() - 1; i > 0; --i) {
        if (!itemData(i, kRegionRole).toBool() && itemData(i).toString() != code)
            removeItem(i);
    }
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        addItem(names.code.isEmpty() ? code : displayName(names), code);
        index = count() - 1;
        setItemData(index, false, kRegionRole);
    }
    setCurrentIndex(std::max(0, index));
}

QString TerritoryFilter::currentCode() const
{
    return currentData().toString();
}

} // namespace bd
