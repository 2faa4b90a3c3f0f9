#include "MessageLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace bd {

MessageLine::MessageLine(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageLine::showMessage(const QString &text, Kind kind)
{
    const QStyle::StandardPixmap pixmap =
        kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    // Screen readers announce the message through the widget's name.
    setAccessibleName(text);
    show();
}

void MessageLine::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageLine::text() const
{
    return m_text->text();
}

} // namespace bd
