#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace bd {

/**
 * File › Connect to Server…: host, port, database, user and password of a PostgreSQL election.
 * The address it gives carries no password; the password is only handed to the caller.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /** Pre-fills the fields from @p lastUrl (postgresql://USER@HOST:PORT/DATABASE) if given. */
    explicit ConnectDialog(const QString &lastUrl = {}, QWidget *parent = nullptr);

    /** postgresql://USER@HOST:PORT/DATABASE, without the password. */
    QString url() const;
    QString password() const;

    /** Builds the address the fields describe (the user and database name are encoded). */
    static QString buildUrl(const QString &host, int port, const QString &database,
                            const QString &user);

private:
    void updateAcceptable();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace bd
