#pragma once

#include "Outcome.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace bd {

class Database;

/**
 * "Change status…" of a candidate: the next step of the registration workflow (nominated →
 * registered or refused; registered → withdrawn or deregistered) with its date and reason.
 * The step is checked as the user types through RegisterService::validate (a reason where one
 * is required, the age of a registered candidate); the service enforces the workflow itself.
 */
class CandidateStatusDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler =
        std::function<Status(const QString &status, QDate date, const QString &reason)>;

    CandidateStatusDialog(const Database *db, const Session &session,
                          const CandidateRecord &candidate, QWidget *parent = nullptr);

    /** The steps the workflow offers from a status (empty: none, e.g. after refusal). */
    static QStringList nextStatuses(const QString &status);

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveButton() const { return m_saveButton; }
    QString problemText() const;
    void validateNow();
    void save();

private:
    const Database *m_db;
    Session m_session;
    CandidateRecord m_candidate;
    SaveHandler m_save;
    QComboBox *m_status;
    QLineEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_problems;
    QPushButton *m_saveButton;
    QTimer *m_timer;
    QStringList m_current;
};

} // namespace bd
