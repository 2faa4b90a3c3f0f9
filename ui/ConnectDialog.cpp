#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace bd {

ConnectDialog::ConnectDialog(const QString &lastUrl, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_host->setText(QStringLiteral("localhost"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Not stored: asked again at each connection, unless "
                              "BALLOTDESK_DB_PASSWORD is set."));

    const QUrl last(lastUrl);
    if (last.isValid() && !last.host().isEmpty()) {
        m_host->setText(last.host());
        m_port->setValue(last.port(5432));
        m_database->setText(last.path().mid(1));
        m_user->setText(last.userName());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The election's PostgreSQL database. You sign in with your "
                               "BallotDesk account after connecting."),
                            this);
    note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAcceptable);
    updateAcceptable();
    // Start where something is still missing.
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_database, m_user, m_password}) {
        auto *edit = qobject_cast<QLineEdit *>(field);
        if (edit != nullptr && edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

QString ConnectDialog::buildUrl(const QString &host, int port, const QString &database,
                                const QString &user)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(QLatin1Char('/') + database.trimmed());
    return url.toString();
}

QString ConnectDialog::url() const
{
    return buildUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text());
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty() &&
                     !m_user->text().trimmed().isEmpty());
}

} // namespace bd
