#include "SignInDialog.h"

#include "MessageLine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

SignInDialog::SignInDialog(const QString &electionName, SignInPrompter::Attempt attempt,
                           QWidget *parent)
    : QDialog(parent), m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));

    auto *heading = new QLabel(tr("<b>Sign in to %1</b>").arg(electionName.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto *explanation =
        new QLabel(tr("Every change you make is recorded in the audit log under your name."), this);
    explanation->setWordWrap(true);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    m_message = new MessageLine(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Close File"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Close the election file without signing in (Esc)"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_login->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::trySignIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->showMessage(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    Outcome<Session> session = m_attempt(m_login->text().trimmed(), m_password->text());
    m_password->clear();
    if (!session) {
        m_message->showMessage(session.error().userMessage);
        m_password->setFocus();
        return;
    }
    m_session = *session;
    accept();
}

} // namespace bd
