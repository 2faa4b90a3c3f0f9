#include "LockScreen.h"

#include "MessageLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bd {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(tr("Session locked"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("lockExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setToolTip(tr("Unlock with your password (Enter)"));
    auto *signOut = new QPushButton(tr("Sign &Out"), this);
    signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    signOut->setToolTip(tr("End this session; another user may sign in"));
    m_message = new MessageLine(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));

    connect(m_password, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        const QString password = m_password->text();
        m_password->clear();
        emit unlockRequested(password);
    });
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);
    row->addWidget(signOut);

    auto *box = new QWidget(this);
    box->setMaximumWidth(520);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(icon);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_explanation);
    boxLayout->addSpacing(8);
    boxLayout->addLayout(row);
    boxLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setFocusProxy(m_password);
}

void LockScreen::lock(const QString &login, const QString &roleLabel, int minutes)
{
    m_explanation->setText(
        tr("The session of %1 (%2) was locked after %n minute(s) without activity. Enter the "
           "password of %1 to continue, or sign out.",
           nullptr, minutes)
            .arg(login, roleLabel));
    m_password->clear();
    m_message->clearMessage();
}

void LockScreen::showError(const QString &message)
{
    m_password->clear();
    m_message->showMessage(message);
    m_password->setFocus();
}

QString LockScreen::explanation() const
{
    return m_explanation->text();
}

QString LockScreen::errorMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace bd
