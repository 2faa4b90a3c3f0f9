#pragma once

#include "SignInPrompter.h"

#include <QDialog>

class QLineEdit;

namespace bd {

class MessageLine;

/**
 * Asks for the current password and the new one twice; the callback (UserStore) checks the
 * old password and the minimum length, and the dialog stays open showing any refusal.
 */
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(const QString &login, SignInPrompter::PasswordChange change,
                         QWidget *parent = nullptr);

    /** The message shown for the last refused attempt (empty: none). */
    QString message() const;
    QLineEdit *oldPasswordEdit() const { return m_old; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *repeatPasswordEdit() const { return m_repeat; }

private:
    void tryChange();

    SignInPrompter::PasswordChange m_change;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    MessageLine *m_message;
};

} // namespace bd
