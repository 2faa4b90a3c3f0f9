#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class MessageLine;

/**
 * What the window shows instead of its content while the session is locked: who is signed in,
 * why it is locked, a password field to unlock and a way to sign out.
 */
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    /** Prepares the screen for the user's session locked after @p minutes without activity. */
    void lock(const QString &login, const QString &roleLabel, int minutes);
    /** Shows why the last unlock failed and clears the password. */
    void showError(const QString &message);

    QString explanation() const;
    QString errorMessage() const;
    QLineEdit *passwordEdit() const { return m_password; }

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    MessageLine *m_message;
};

} // namespace bd
