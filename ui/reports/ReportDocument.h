#pragma once

#include "Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace bd {

/** What every page of a report states: where it comes from, who made it, when, from what. */
struct ReportMeta
{
    QString title;
    QString subtitle;
    QString user;
    QDateTime generated;
    QString dataHash; ///< SHA-256 (hex) of the figures the report was made from
    bool synthetic = false;
    QString attribution; ///< printed on pages with a map
    QLocale locale;
};

/** A piece of a report laid out in one go: its height and how to paint it into its rectangle. */
struct ReportBlock
{
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    ReportBlock() = default;
    ReportBlock(double blockHeight, Paint painter) : height(blockHeight), paint(std::move(painter))
    {}

    double height = 0;
    Paint paint;
    bool hasMap = false;
    bool keepWithNext = false;            ///< headings: never last on a page
    std::function<double()> repeatHeader; ///< table rows: height of the header to repeat
    std::function<void(QPainter &, const QRectF &)> paintHeader;
};

/**
 * An A4 report in device pixels at 300 dpi: blocks flow down the page between a header and a
 * footer ("Page N of M", generation time and user, data hash), with the demo banner on every
 * page of synthetic data and the boundary attribution on pages with a map. Paints onto any
 * QPagedPaintDevice (QPdfWriter for export, QPrinter for preview and printing).
 */
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr double kDpi = 300;
    static constexpr double kPageWidth = 2480; ///< A4 at 300 dpi
    static constexpr double kPageHeight = 3508;
    static constexpr double kMargin = 200; ///< about 17 mm

    explicit ReportDocument(ReportMeta meta, QString fontFamily);

    /** A font of @p points at 300 dpi in the report's embedded family. */
    QFont font(double points, bool bold = false) const;
    static double px(double points) { return points * kDpi / 72.0; }
    double contentWidth() const { return kPageWidth - 2 * kMargin; }
    const ReportMeta &meta() const { return m_meta; }
    const QString &fontFamily() const { return m_family; }

    /** Sets the SHA-256 of the figures shown (call while the report's translator is installed). */
    void setDataHash(const QString &hash);

    void add(ReportBlock block);
    void pageBreak();

    /** Lays the blocks out on pages; the page count is known before the first one is painted. */
    int pageCount();
    /** Paints every page onto @p device (its page layout is set to A4 without margins). */
    Status render(QPagedPaintDevice &device);
    /** Writes the report to a PDF file with the given title. */
    Status writePdf(const QString &path);

private:
    struct Placed
    {
        int block = -1; ///< -1: a repeated table header
        int owner = -1; ///< the row block whose header it repeats
        double y = 0;
    };
    struct Page
    {
        QList<Placed> items;
        bool hasMap = false;
    };

    void paginate();
    double bodyTop() const;
    double bodyBottom() const;
    void paintFrame(QPainter &painter, int pageIndex, int pageCount, bool hasMap) const;

    ReportMeta m_meta;
    QString m_family;
    // Frame texts are translated when the report is built: the preview repaints it later, after
    // the report's translator has gone.
    QString m_bannerText;
    QString m_generatedText;
    QString m_pageText;
    QString m_hashText;
    QList<ReportBlock> m_blocks;
    QList<int> m_breaks; ///< block indices that start a page
    QList<Page> m_pages;
    bool m_laidOut = false;
};

} // namespace bd
