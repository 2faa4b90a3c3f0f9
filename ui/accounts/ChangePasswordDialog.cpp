#include "ChangePasswordDialog.h"

#include "MessageLine.h"
#include "PasswordHasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {

QLineEdit *passwordEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(const QString &login,
                                           SignInPrompter::PasswordChange change, QWidget *parent)
    : QDialog(parent), m_change(std::move(change))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change Password"));
    auto *heading =
        new QLabel(tr("Change the password of <b>%1</b>. The new password needs at least %n "
                      "character(s).",
                      nullptr, PasswordHasher::kMinimumLength)
                       .arg(login.toHtmlEscaped()),
                   this);
    heading->setWordWrap(true);
    m_old = passwordEdit(QStringLiteral("oldPassword"), tr("Current password"), this);
    m_new = passwordEdit(QStringLiteral("newPassword"), tr("New password"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPassword"), tr("New password again"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Again:"), m_repeat);
    m_message = new MessageLine(this);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("C&hange Password"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("changePasswordButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &ChangePasswordDialog::tryChange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_old->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ChangePasswordDialog::tryChange()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->showMessage(tr("The two new passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const Status status = m_change(m_old->text(), m_new->text());
    if (!status) {
        m_message->showMessage(status.error().userMessage);
        m_new->clear();
        m_repeat->clear();
        m_new->setFocus();
        return;
    }
    accept();
}

} // namespace bd
