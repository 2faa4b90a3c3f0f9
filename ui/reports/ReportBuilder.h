#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace bd {

class ChoroplethRenderer;

/** A table column of a report: its title, share of the width and alignment. */
struct ReportColumn
{
    QString title;
    double width = 1; ///< relative to the other columns
    Qt::Alignment align = Qt::AlignRight;
};

/** One bar of a report's bar chart: its label, value and the text printed beside it. */
struct ReportBar
{
    QString label;
    double value = 0;
    QString text;
};

/** Adds the usual parts of a report (headings, text, figures, tables, charts, maps) to a document.
 */
class ReportBuilder
{
public:
    explicit ReportBuilder(ReportDocument &document) : m_doc(document) {}

    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    void paragraph(const QString &text, double points = 9);
    /** Label and value pairs in two columns. */
    void figures(const QList<QPair<QString, QString>> &pairs);
    /** A table whose header is repeated on every page it spans. */
    void table(const QList<ReportColumn> &columns, const QList<QStringList> &rows,
               double points = 7.5);
    /** Horizontal bars scaled to @p maximum, with a reference line at @p reference (if > 0). */
    void barChart(const QList<ReportBar> &bars, double maximum, double reference = 0,
                  const QString &referenceLabel = {});
    /** The map drawn by the one shared renderer (kept alive by the document). */
    void map(std::shared_ptr<ChoroplethRenderer> renderer, double height);
    /** Signature lines for the commission: a role, a line for the signature and one for the name.
     */
    void signatures(const QStringList &roles);
    void spacer(double height);

private:
    ReportDocument &m_doc;
};

} // namespace bd
