#include "CandidateStatusDialog.h"

#include "RegisterService.h"
#include "RegisterTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace bd {

CandidateStatusDialog::CandidateStatusDialog(const Database *db, const Session &session,
                                             const CandidateRecord &candidate, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_candidate(candidate),
      m_status(new QComboBox(this)), m_date(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_problems(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("candidateStatusDialog"));
    setWindowTitle(tr("Change Status of %1").arg(candidate.fullName));
    const QString now = RegisterTableModel::codeLabel(QStringLiteral("status"), candidate.status);
    auto *current = new QLabel(tr("%1 (%2) is now: <b>%3</b>")
                                   .arg(candidate.fullName.toHtmlEscaped(),
                                        candidate.code.toHtmlEscaped(), now.toHtmlEscaped()),
                               this);
    current->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &status : nextStatuses(candidate.status))
        m_status->addItem(RegisterTableModel::codeLabel(QStringLiteral("status"), status), status);
    m_date->setObjectName(QStringLiteral("status_date"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setText(QDate::currentDate().toString(Qt::ISODate));
    m_reason->setObjectName(QStringLiteral("status_reason"));
    m_reason->setPlaceholderText(tr("Required when refused, withdrawn or deregistered"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New &status:"), m_status);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Change Status"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_saveButton, &QPushButton::clicked, this, &CandidateStatusDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &CandidateStatusDialog::validateNow);
    connect(m_status, &QComboBox::currentIndexChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_date, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_reason, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));

    if (m_status->count() == 0) {
        m_status->setEnabled(false);
        m_date->setEnabled(false);
        m_reason->setEnabled(false);
        m_saveButton->setEnabled(false);
        m_problems->setText(tr("The registration of this candidate is closed: no further step "
                               "is possible."));
        return;
    }
    validateNow();
}

QStringList CandidateStatusDialog::nextStatuses(const QString &status)
{
    // The steps offered; RegisterService::changeCandidateStatus enforces the same workflow.
    if (status == QLatin1String("nominated"))
        return {QStringLiteral("registered"), QStringLiteral("refused")};
    if (status == QLatin1String("registered"))
        return {QStringLiteral("withdrawn"), QStringLiteral("deregistered")};
    return {};
}

QString CandidateStatusDialog::problemText() const
{
    return m_current.join(QLatin1Char('\n'));
}

void CandidateStatusDialog::validateNow()
{
    m_timer->stop();
    m_current.clear();
    const QDate date = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    if (!date.isValid())
        m_current << tr("Date: type a real date as YYYY-MM-DD.");
    CandidateRecord next = m_candidate;
    next.status = m_status->currentData().toString();
    next.statusDate = date;
    next.statusReason = m_reason->text().trimmed();
    if (m_db != nullptr) {
        const RegisterService service(*m_db, m_session);
        for (const FieldProblem &problem : service.validate(next))
            m_current << problem.message;
    }
    m_problems->setText(
        m_current.isEmpty() ? QString() : tr("⚠ %1").arg(m_current.join(QStringLiteral("\n⚠ "))));
    m_saveButton->setEnabled(m_current.isEmpty() && m_status->count() > 0);
}

void CandidateStatusDialog::save()
{
    validateNow();
    if (!m_saveButton->isEnabled())
        return;
    if (m_save) {
        const Status status = m_save(m_status->currentData().toString(),
                                     QDate::fromString(m_date->text().trimmed(), Qt::ISODate),
                                     m_reason->text().trimmed());
        if (!status) {
            m_problems->setText(tr("⚠ %1").arg(status.error().userMessage));
            return;
        }
    }
    accept();
}

} // namespace bd
