#include "FindingList.h"

#include "EntryColours.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd {

FindingList::FindingList(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noFindings"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
}

void FindingList::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    QSet<QString> warnings;
    for (const Finding &finding : findings) {
        if (!finding.isError())
            warnings.insert(finding.code);
    }
    m_ticked.intersect(warnings);
    rebuild();
}

void FindingList::setAcknowledged(const QStringList &codes)
{
    m_ticked = QSet<QString>(codes.begin(), codes.end());
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(m_ticked.contains(box->property("code").toString()));
    }
}

QStringList FindingList::acknowledged() const
{
    QStringList codes;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            codes << box->property("code").toString();
    }
    return codes;
}

bool FindingList::allAcknowledged() const
{
    return firstUnticked() == nullptr;
}

QStringList FindingList::codes() const
{
    QStringList codes;
    for (const Finding &finding : m_findings)
        codes << finding.code;
    return codes;
}

QCheckBox *FindingList::acknowledgementBox(const QString &code) const
{
    for (QCheckBox *box : m_boxes) {
        if (box->property("code").toString() == code)
            return box;
    }
    return nullptr;
}

QList<QCheckBox *> FindingList::boxes() const
{
    return m_boxes;
}

QCheckBox *FindingList::firstUnticked() const
{
    for (QCheckBox *box : m_boxes) {
        if (!box->isChecked())
            return box;
    }
    return nullptr;
}

void FindingList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
}

void FindingList::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void FindingList::rebuild()
{
    for (QWidget *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    m_boxes.clear();
    m_empty->setVisible(m_findings.isEmpty());

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        auto *item = new QFrame(this);
        item->setObjectName(QStringLiteral("finding_%1").arg(finding.code));
        item->setProperty("severity",
                          finding.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        item->setFrameShape(QFrame::StyledPanel);
        item->setAutoFillBackground(true);

        auto *icon = new QLabel(item);
        icon->setPixmap(style()
                            ->standardIcon(finding.isError() ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning,
                                           nullptr, this)
                            .pixmap(iconSize, iconSize));
        auto *title = new QLabel(finding.isError() ? tr("%1 · Error").arg(finding.code)
                                                   : tr("%1 · Warning").arg(finding.code),
                                 item);
        title->setObjectName(QStringLiteral("findingCode"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *message = new QLabel(finding.message, item);
        message->setObjectName(QStringLiteral("findingMessage"));
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *advice = new QLabel(finding.advice, item);
        advice->setObjectName(QStringLiteral("findingAdvice"));
        advice->setWordWrap(true);
        advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont italic = advice->font();
        italic.setItalic(true);
        advice->setFont(italic);
        advice->setVisible(!finding.advice.isEmpty());

        auto *grid = new QGridLayout(item);
        grid->setContentsMargins(8, 6, 8, 6);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        grid->addWidget(icon, 0, 0, 3, 1, Qt::AlignTop);
        grid->addWidget(title, 0, 1);
        grid->addWidget(message, 1, 1);
        grid->addWidget(advice, 2, 1);
        grid->setColumnStretch(1, 1);
        item->setAccessibleName(
            tr("%1: %2 %3").arg(title->text(), finding.message, finding.advice).trimmed());

        if (!finding.isError()) {
            auto *box = new QCheckBox(tr("Checked against the paper"), item);
            box->setObjectName(QStringLiteral("acknowledge_%1").arg(finding.code));
            box->setProperty("code", finding.code);
            box->setToolTip(tr("Tick (Space) once the paper form shows the same figures"));
            box->setAccessibleName(tr("%1 checked against the paper").arg(finding.code));
            box->setChecked(m_ticked.contains(finding.code));
            box->setEnabled(!m_readOnly);
            connect(box, &QCheckBox::toggled, this, [this, box](bool checked) {
                const QString code = box->property("code").toString();
                if (checked)
                    m_ticked.insert(code);
                else
                    m_ticked.remove(code);
                emit acknowledgementChanged();
            });
            grid->addWidget(box, 3, 1);
            m_boxes << box;
        }
        m_layout->insertWidget(m_layout->count() - 1, item);
        item->setVisible(true); // now, not when the layout gets to it: its box takes focus
        m_items << item;
    }
    updateColours();
    emit rebuilt();
}

void FindingList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

void FindingList::updateColours()
{
    for (QWidget *item : std::as_const(m_items)) {
        const EntryColours::Mark mark =
            item->property("severity").toString() == QLatin1String("error")
                ? EntryColours::Mark::Error
                : EntryColours::Mark::Warning;
        QPalette p = palette();
        p.setColor(QPalette::Window, EntryColours::background(mark, palette()));
        item->setPalette(p);
    }
}

} // namespace bd
