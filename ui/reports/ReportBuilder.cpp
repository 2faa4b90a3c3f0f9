#include "ReportBuilder.h"

#include "ChoroplethRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

namespace bd {

namespace {
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xC8, 0xC8, 0xC8);
const QColor kStripe(0xF3, 0xF5, 0xF7);
const QColor kBar(0x2C, 0x7F, 0xB8); // YlGnBu's blue, as the map
} // namespace

void ReportBuilder::title(const QString &text, const QString &subtitle)
{
    const QFont big = m_doc.font(18, true);
    const QFont small = m_doc.font(10);
    const double h1 = QFontMetricsF(big).height();
    const double h2 = QFontMetricsF(small).height();
    m_doc.add(ReportBlock{
        h1 + h2 + 60, [big, small, text, subtitle, h1, h2](QPainter &p, const QRectF &r) {
            p.setPen(kInk);
            p.setFont(big);
            p.drawText(QRectF(r.left(), r.top(), r.width(), h1), Qt::AlignLeft | Qt::AlignVCenter,
                       text);
            p.setFont(small);
            p.setPen(kMuted);
            p.drawText(QRectF(r.left(), r.top() + h1 + 10, r.width(), h2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(small).elidedText(subtitle, Qt::ElideRight, r.width()));
        }});
}

void ReportBuilder::heading(const QString &text)
{
    const QFont f = m_doc.font(12, true);
    const double h = QFontMetricsF(f).height();
    ReportBlock block{h + 70, [f, text, h](QPainter &p, const QRectF &r) {
                          p.setPen(kInk);
                          p.setFont(f);
                          p.drawText(QRectF(r.left(), r.top() + 40, r.width(), h),
                                     Qt::AlignLeft | Qt::AlignVCenter, text);
                      }};
    block.keepWithNext = true;
    m_doc.add(std::move(block));
}

void ReportBuilder::paragraph(const QString &text, double points)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->setDefaultFont(m_doc.font(points));
    doc->setDocumentMargin(0);
    doc->setPlainText(text);
    doc->setTextWidth(m_doc.contentWidth());
    const double h = doc->size().height();
    m_doc.add(ReportBlock{h + 20, [doc](QPainter &p, const QRectF &r) {
                              p.translate(r.topLeft());
                              QAbstractTextDocumentLayout::PaintContext context;
                              context.palette.setColor(QPalette::Text, kInk);
                              doc->documentLayout()->draw(&p, context);
                          }});
}

void ReportBuilder::figures(const QList<QPair<QString, QString>> &pairs)
{
    const QFont label = m_doc.font(9);
    const QFont value = m_doc.font(9, true);
    const double rowHeight = QFontMetricsF(label).height() * 1.5;
    const qsizetype perColumn = (pairs.size() + 1) / 2;
    for (qsizetype row = 0; row < perColumn; ++row) {
        QList<QPair<QString, QString>> cells{pairs.at(row)};
        if (row + perColumn < pairs.size())
            cells.append(pairs.at(row + perColumn));
        m_doc.add(ReportBlock{
            rowHeight, [cells, label, value](QPainter &p, const QRectF &r) {
                const double gap = 80;
                const double w = (r.width() - gap) / 2;
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    const QRectF cell(r.left() + double(i) * (w + gap), r.top(), w, r.height());
                    p.setPen(QPen(kRule, 2));
                    p.drawLine(cell.bottomLeft(), cell.bottomRight());
                    p.setPen(kMuted);
                    p.setFont(label);
                    p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, cells.at(i).first);
                    p.setPen(kInk);
                    p.setFont(value);
                    p.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, cells.at(i).second);
                }
            }});
    }
}

void ReportBuilder::table(const QList<ReportColumn> &columns, const QList<QStringList> &rows,
                          double points)
{
    const QFont body = m_doc.font(points);
    const QFont bold = m_doc.font(points, true);
    const double rowHeight = QFontMetricsF(body).height() * 1.45;
    double total = 0;
    for (const ReportColumn &c : columns)
        total += c.width;
    QList<QPair<double, double>> spans; // x offset and width as fractions of the table width
    double x = 0;
    for (const ReportColumn &c : columns) {
        spans.append({x / total, c.width / total});
        x += c.width;
    }
    auto cellRect = [spans](const QRectF &r, qsizetype i) {
        return QRectF(r.left() + spans.at(i).first * r.width() + 12, r.top(),
                      spans.at(i).second * r.width() - 24, r.height());
    };
    // Headers may wrap onto two lines; their height follows the longest.
    double headerHeight = rowHeight;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const double w = spans.at(i).second * m_doc.contentWidth() - 24;
        const QRectF need = QFontMetricsF(bold).boundingRect(
            QRectF(0, 0, w, 10000), Qt::TextWordWrap | Qt::AlignLeft, columns.at(i).title);
        headerHeight = qMax(headerHeight, need.height() + rowHeight * 0.45);
    }
    auto paintHeader = [columns, bold, cellRect](QPainter &p, const QRectF &r) {
        p.fillRect(r, QColor(0xE4, 0xEA, 0xF0));
        p.setPen(kInk);
        p.setFont(bold);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            p.drawText(cellRect(r, i),
                       int(columns.at(i).align | Qt::AlignVCenter) | Qt::TextWordWrap,
                       columns.at(i).title);
        }
    };
    ReportBlock header{headerHeight, paintHeader};
    header.keepWithNext = true;
    m_doc.add(header);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QStringList cells = rows.at(row);
        const bool stripe = row % 2 == 1;
        ReportBlock block{
            rowHeight, [columns, cells, body, cellRect, stripe](QPainter &p, const QRectF &r) {
                if (stripe)
                    p.fillRect(r, kStripe);
                p.setPen(kInk);
                p.setFont(body);
                const QFontMetricsF metrics(body);
                for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
                    const QRectF cell = cellRect(r, i);
                    p.drawText(cell, int(columns.at(i).align | Qt::AlignVCenter),
                               metrics.elidedText(cells.at(i), Qt::ElideRight, cell.width()));
                }
            }};
        block.repeatHeader = [headerHeight] {
            return headerHeight;
        };
        block.paintHeader = paintHeader;
        m_doc.add(std::move(block));
    }
    spacer(30);
}

void ReportBuilder::barChart(const QList<ReportBar> &bars, double maximum, double reference,
                             const QString &referenceLabel)
{
    const QFont f = m_doc.font(7.5);
    const double rowHeight = QFontMetricsF(f).height() * 1.5;
    const double height = rowHeight * double(bars.size()) + rowHeight * 1.5;
    m_doc.add(ReportBlock{
        height,
        [bars, maximum, reference, referenceLabel, f, rowHeight](QPainter &p, const QRectF &r) {
            const double labelWidth = r.width() * 0.32;
            const double valueWidth = r.width() * 0.1;
            const double barLeft = r.left() + labelWidth + 20;
            const double barWidth = r.width() - labelWidth - valueWidth - 40;
            const double top = r.top() + rowHeight * 0.5;
            const double scale = maximum > 0 ? barWidth / maximum : 0;
            p.setFont(f);
            for (qsizetype i = 0; i < bars.size(); ++i) {
                const double y = top + double(i) * rowHeight;
                p.setPen(kInk);
                p.drawText(
                    QRectF(r.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(bars.at(i).label, Qt::ElideRight, labelWidth));
                const QRectF bar(barLeft, y + rowHeight * 0.18, bars.at(i).value * scale,
                                 rowHeight * 0.64);
                p.fillRect(bar, kBar);
                p.drawText(QRectF(bar.right() + 12, y, valueWidth + 60, rowHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, bars.at(i).text);
            }
            const double bottom = top + double(bars.size()) * rowHeight;
            p.setPen(QPen(kMuted, 3));
            p.drawLine(QPointF(barLeft, top), QPointF(barLeft, bottom));
            if (reference > 0) {
                const double x = barLeft + reference * scale;
                p.setPen(QPen(QColor(0xD9, 0x48, 0x01), 4, Qt::DashLine));
                p.drawLine(QPointF(x, top - 10), QPointF(x, bottom + 10));
                p.drawText(QRectF(x - 600, bottom + 10, 1200, rowHeight), Qt::AlignCenter,
                           referenceLabel);
            }
        }});
}

void ReportBuilder::map(std::shared_ptr<ChoroplethRenderer> renderer, double height)
{
    const QString family = m_doc.fontFamily();
    ReportBlock block{height, [renderer, family](QPainter &p, const QRectF &r) {
                          // The renderer scales the painter's point size; 7 pt at the page's
                          // 300 dpi whatever the device's resolution.
                          QFont f(family);
                          f.setPointSizeF(7 * ReportDocument::kDpi / p.device()->logicalDpiY());
                          p.setFont(f);
                          renderer->paint(p, r);
                      }};
    block.hasMap = true;
    m_doc.add(std::move(block));
}

void ReportBuilder::signatures(const QStringList &roles)
{
    const QFont f = m_doc.font(9);
    const QFont small = m_doc.font(6.5);
    const double rowHeight = QFontMetricsF(f).height() * 3;
    const QString signature = ReportDocument::tr("signature");
    const QString name = ReportDocument::tr("name");
    for (const QString &role : roles) {
        m_doc.add(
            ReportBlock{rowHeight, [role, f, small, signature, name](QPainter &p, const QRectF &r) {
                            const double labelWidth = r.width() * 0.3;
                            const double lineY = r.bottom() - r.height() * 0.35;
                            p.setPen(kInk);
                            p.setFont(f);
                            p.drawText(QRectF(r.left(), r.top(), labelWidth, lineY - r.top()),
                                       Qt::AlignLeft | Qt::AlignBottom, role);
                            const double signLeft = r.left() + labelWidth + 40;
                            const double signRight = signLeft + r.width() * 0.3;
                            const double nameLeft = signRight + 80;
                            p.setPen(QPen(kInk, 3));
                            p.drawLine(QPointF(signLeft, lineY), QPointF(signRight, lineY));
                            p.drawLine(QPointF(nameLeft, lineY), QPointF(r.right(), lineY));
                            p.setPen(kMuted);
                            p.setFont(small);
                            p.drawText(QRectF(signLeft, lineY + 6, signRight - signLeft, 60),
                                       Qt::AlignHCenter | Qt::AlignTop, signature);
                            p.drawText(QRectF(nameLeft, lineY + 6, r.right() - nameLeft, 60),
                                       Qt::AlignHCenter | Qt::AlignTop, name);
                        }});
    }
}

void ReportBuilder::spacer(double height)
{
    m_doc.add(ReportBlock{height, [](QPainter &, const QRectF &) {
                          }});
}

} // namespace bd
