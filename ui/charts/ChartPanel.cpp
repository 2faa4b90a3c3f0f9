#include "ChartPanel.h"

#include "DialogPrompter.h"
#include "LocalizedName.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

namespace bd {

ChartPanel::ChartPanel(const QString &key, QWidget *parent)
    : QWidget(parent), m_key(key), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_note(new QLabel(this))
{
    setObjectName(key + QLatin1String("Chart"));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(320);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *png = new QAction(tr("Export as &PNG…"), this);
    png->setObjectName(QStringLiteral("exportPngAction"));
    png->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    png->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(png, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("png")); });
    auto *svg = new QAction(tr("Export as &SVG…"), this);
    svg->setObjectName(QStringLiteral("exportSvgAction"));
    svg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    svg->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(svg, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("svg")); });
    addAction(png);
    addAction(svg);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, png, svg](QPoint at) {
        QMenu menu(this);
        menu.addAction(png);
        menu.addAction(svg);
        menu.exec(m_view->mapToGlobal(at));
    });
    m_view->setToolTip(tr("Right-click or press the Menu key to export this chart."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    applyPalette();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::clear()
{
    resetChart(QString());
    m_note->hide();
}

QString ChartPanel::title() const
{
    return m_chart->title();
}

void ChartPanel::resetChart(const QString &title)
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(title);
    m_chart->setLocale(QLocale());
    m_note->hide();
}

void ChartPanel::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartPanel::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chart->legend()->setFont(font());
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setLabelsFont(font());
        QFont axisTitle = font();
        axisTitle.setBold(true);
        axis->setTitleFont(axisTitle);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    m_view->setBackgroundBrush(p.brush(QPalette::Base));
}

void ChartPanel::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QString ChartPanel::nameOf(const ChartNames &names)
{
    const QString name = LocalizedName::pick(QLocale(), names.nameKk, names.nameRu, names.nameEn);
    return name.isEmpty() ? names.code : name;
}

QString ChartPanel::scopeName(const ChartScope &scope)
{
    return scope.isWholeElection() ? tr("all regions") : nameOf(scope.names);
}

QString ChartPanel::percent(double value, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

Status ChartPanel::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A chart on a page never shown has no size yet: lay it out at a useful one first, as
    // QChartView would on a resize.
    QSize size = m_view->viewport()->size();
    if (!m_view->isVisible() || size.width() < 320 || size.height() < 240) {
        size = QSize(900, 560);
        m_view->scene()->setSceneRect(QRectF(QPointF(0, 0), size));
        m_chart->resize(size);
    }
    const QRectF source = m_view->scene()->sceneRect();
    auto failed = [&path](const QString &why) {
        return Error{
            QStringLiteral("charts.export-failed"),
            tr("The chart could not be written to %1: %2").arg(QDir::toNativeSeparators(path), why),
            {}};
    };
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_chart->title());
        generator.setDescription(tr("Exported from BallotDesk"));
        QPainter painter;
        if (!painter.begin(&generator))
            return failed(tr("the file cannot be created."));
        m_view->scene()->render(&painter, QRectF(QPoint(0, 0), size), source);
        if (!painter.end())
            return failed(tr("writing the file failed."));
        if (QFileInfo(path).size() == 0)
            return failed(tr("nothing was written."));
        return {};
    }
    if (suffix != QLatin1String("png"))
        return Error{QStringLiteral("charts.bad-format"),
                     tr("Charts are exported as .png or .svg files, not .%1.").arg(suffix),
                     {}};
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter;
    if (!painter.begin(&image))
        return failed(tr("the image cannot be drawn."));
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->scene()->render(&painter, QRectF(QPoint(0, 0), size), source);
    painter.end();
    if (!image.save(path, "PNG"))
        return failed(tr("the file cannot be written."));
    return {};
}

void ChartPanel::exportWithDialog(const QString &format)
{
    DialogPrompter fallback;
    Prompter *prompter = m_prompter != nullptr ? m_prompter : &fallback;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(directory).filePath(m_key + QLatin1Char('.') + format);
    const QString filter =
        format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = prompter->chooseFileToSave(this, tr("Export Chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (Status st = exportTo(path); !st)
        prompter->showError(this, tr("Cannot Export Chart"), st.error().userMessage,
                            st.error().detail);
}

} // namespace bd
