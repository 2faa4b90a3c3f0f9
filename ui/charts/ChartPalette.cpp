#include "ChartPalette.h"

namespace bd {

const QList<QColor> &ChartPalette::categorical()
{
    // Okabe & Ito (2008), "Color Universal Design", without black.
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                         QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                         QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                         QColor(0xF0, 0xE4, 0x42)};
    return colors;
}

QColor ChartPalette::color(qsizetype index)
{
    const QList<QColor> &colors = categorical();
    return colors.at(index % colors.size());
}

QPen ChartPalette::linePen(qsizetype index, qreal width)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                          Qt::DashDotLine};
    const qsizetype round = (index / categorical().size()) % 4;
    QPen pen(color(index), width);
    pen.setStyle(styles[round]);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QColor ChartPalette::partyColor(const QString &registered, qsizetype fallbackIndex)
{
    const QColor own = QColor::fromString(registered);
    return own.isValid() ? own : color(fallbackIndex);
}

QColor ChartPalette::selfNominated()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor ChartPalette::primary()
{
    return color(0);
}

QColor ChartPalette::reference()
{
    return QColor(0xD5, 0x5E, 0x00);
}

} // namespace bd
