#include "ReportDocument.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace bd {

namespace {
constexpr double kHeaderHeight = 150;
constexpr double kBannerHeight = 90;
constexpr double kFooterHeight = 190;
constexpr double kAttributionHeight = 110;
} // namespace

ReportDocument::ReportDocument(ReportMeta meta, QString fontFamily)
    : m_meta(std::move(meta)), m_family(std::move(fontFamily)),
      m_bannerText(tr("Demo data: published totals, synthetic details")),
      m_generatedText(
          tr("Generated %1 by %2")
              .arg(m_meta.locale.toString(m_meta.generated, QLocale::ShortFormat), m_meta.user)),
      m_pageText(tr("Page %1 of %2")),
      m_hashText(tr("Data hash (SHA-256): %1").arg(m_meta.dataHash))
{}

QFont ReportDocument::font(double points, bool bold) const
{
    QFont f(m_family);
    f.setPixelSize(qRound(px(points)));
    f.setBold(bold);
    // Exact glyph positions at any resolution: the PDF and the preview break lines alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void ReportDocument::setDataHash(const QString &hash)
{
    m_meta.dataHash = hash;
    m_hashText = tr("Data hash (SHA-256): %1").arg(hash);
}

void ReportDocument::add(ReportBlock block)
{
    m_blocks.append(std::move(block));
    m_laidOut = false;
}

void ReportDocument::pageBreak()
{
    m_breaks.append(int(m_blocks.size()));
    m_laidOut = false;
}

double ReportDocument::bodyTop() const
{
    return kMargin + kHeaderHeight + (m_meta.synthetic ? kBannerHeight : 0);
}

double ReportDocument::bodyBottom() const
{
    // Room for the attribution is kept on every page so that a map never overlaps it.
    return kPageHeight - kMargin - kFooterHeight - kAttributionHeight;
}

void ReportDocument::paginate()
{
    m_pages.clear();
    m_pages.append(Page{});
    double y = bodyTop();
    const double bottom = bodyBottom();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock &block = m_blocks.at(i);
        double needed = block.height;
        // A heading goes to the next page with what it introduces: a table's header and first
        // row, say (a chain of blocks kept with the next).
        for (qsizetype j = i; j + 1 < m_blocks.size() && m_blocks.at(j).keepWithNext; ++j)
            needed += m_blocks.at(j + 1).height;
        const bool forced = m_breaks.contains(i) && !m_pages.last().items.isEmpty();
        if (forced || (y + needed > bottom && !m_pages.last().items.isEmpty())) {
            m_pages.append(Page{});
            y = bodyTop();
            if (block.repeatHeader) {
                m_pages.last().items.append(Placed{-1, i, y});
                y += block.repeatHeader();
            }
        }
        m_pages.last().items.append(Placed{i, i, y});
        m_pages.last().hasMap = m_pages.last().hasMap || block.hasMap;
        y += block.height;
    }
    m_laidOut = true;
}

int ReportDocument::pageCount()
{
    if (!m_laidOut)
        paginate();
    return int(m_pages.size());
}

Status ReportDocument::render(QPagedPaintDevice &device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const int pages = pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{QStringLiteral("report.paint"),
                     tr("The report could not be drawn: the output could not be opened."),
                     {}};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Everything is laid out at 300 dpi; a printer of another resolution scales it.
    const double scale = device.width() / kPageWidth;
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device.newPage()) {
            painter.end();
            return Error{QStringLiteral("report.page"),
                         tr("The report could not be drawn: a new page could not be started."),
                         {}};
        }
        painter.resetTransform();
        painter.scale(scale, scale);
        const Page &page = m_pages.at(p);
        paintFrame(painter, p, pages, page.hasMap);
        for (const Placed &placed : page.items) {
            const ReportBlock &block = m_blocks.at(placed.owner);
            painter.save();
            if (placed.block < 0) {
                const QRectF rect(kMargin, placed.y, contentWidth(), block.repeatHeader());
                block.paintHeader(painter, rect);
            } else {
                const QRectF rect(kMargin, placed.y, contentWidth(), block.height);
                block.paint(painter, rect);
            }
            painter.restore();
        }
    }
    if (!painter.end()) {
        return Error{QStringLiteral("report.write"), tr("The report could not be written."), {}};
    }
    return {};
}

Status ReportDocument::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(int(kDpi));
    writer.setTitle(m_meta.title);
    writer.setCreator(QStringLiteral("BallotDesk"));
    const Status status = render(writer);
    if (!status)
        return status;
    return {};
}

void ReportDocument::paintFrame(QPainter &painter, int pageIndex, int pageCount, bool hasMap) const
{
    const QColor ink(0x20, 0x20, 0x20);
    const QColor muted(0x60, 0x60, 0x60);
    const double left = kMargin;
    const double width = contentWidth();

    // Header: the title on the left, the subtitle (election, date) on the right, a rule below.
    painter.setPen(ink);
    painter.setFont(font(9, true));
    const QRectF header(left, kMargin, width, kHeaderHeight - 30);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_meta.title);
    const double titleWidth = QFontMetricsF(font(9, true)).horizontalAdvance(m_meta.title);
    painter.setFont(font(8));
    painter.setPen(muted);
    // A long contest name gives way to the title rather than overlap it.
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     QFontMetricsF(font(8)).elidedText(m_meta.subtitle, Qt::ElideRight,
                                                       width - titleWidth - 80));
    painter.setPen(QPen(muted, 3));
    painter.drawLine(QPointF(left, kMargin + kHeaderHeight - 20),
                     QPointF(left + width, kMargin + kHeaderHeight - 20));

    if (m_meta.synthetic) {
        const QRectF banner(left, kMargin + kHeaderHeight, width, kBannerHeight - 20);
        painter.fillRect(banner, QColor(0xFF, 0xF3, 0xCD));
        painter.setPen(QColor(0x85, 0x64, 0x04));
        painter.setFont(font(8, true));
        painter.drawText(banner, Qt::AlignCenter, m_bannerText);
    }

    const double footerTop = kPageHeight - kMargin - kFooterHeight;
    if (hasMap) {
        painter.setPen(muted);
        painter.setFont(font(6));
        painter.drawText(QRectF(left, footerTop - kAttributionHeight, width, kAttributionHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_meta.attribution);
    }
    painter.setPen(QPen(muted, 3));
    painter.drawLine(QPointF(left, footerTop + 15), QPointF(left + width, footerTop + 15));
    painter.setPen(ink);
    painter.setFont(font(7));
    const QRectF line1(left, footerTop + 30, width, 70);
    const QRectF line2(left, footerTop + 100, width, 70);
    painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, m_generatedText);
    painter.drawText(
        line1, Qt::AlignRight | Qt::AlignVCenter,
        m_pageText.arg(m_meta.locale.toString(pageIndex + 1), m_meta.locale.toString(pageCount)));
    painter.setPen(muted);
    painter.setFont(font(6));
    painter.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, m_hashText);
}

} // namespace bd
