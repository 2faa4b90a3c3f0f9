#pragma once

#include "SignInPrompter.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace bd {

class MessageLine;

/**
 * Asks for login and password to open an election file; Enter signs in.
 *
 * Each attempt goes through the given callback (UserStore::authenticate); a refusal is shown
 * under the form and the dialog stays open. Cancel closes the election file.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QString &electionName, SignInPrompter::Attempt attempt,
                 QWidget *parent = nullptr);

    /** The signed-in user, after the dialog was accepted. */
    const std::optional<Session> &session() const { return m_session; }
    /** The message shown for the last refused attempt (empty: none). */
    QString message() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void trySignIn();

    SignInPrompter::Attempt m_attempt;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    MessageLine *m_message;
    std::optional<Session> m_session;
};

} // namespace bd
