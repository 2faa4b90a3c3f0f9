#include "FigureCard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace bd {

FigureCard::FigureCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(this)),
      m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Cards of a row share its height, so their values line up.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true); // long captions in Kazakh and Russian
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    updateFonts();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    clear();
}

void FigureCard::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

void FigureCard::clear()
{
    // An en dash holds the place of a figure not known yet, so the card keeps its height.
    setValue(QStringLiteral("\u2013"), QStringLiteral(" "));
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::detail() const
{
    return m_detail->text();
}

void FigureCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void FigureCard::updateFonts()
{
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_detail->setFont(small);
}

} // namespace bd
