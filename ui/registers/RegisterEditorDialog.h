#pragma once

#include "Outcome.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace bd {

class Database;

/**
 * The form of one register record (any kind): fields named after the CSV columns, checked
 * as the user types through RegisterService::validate (debounced), each problem shown under
 * its field; Save is disabled while there is a problem. Enter moves to the next field,
 * Ctrl+Enter saves, Esc cancels. Saving goes through the injected save handler (an undo
 * command), so a refusal is shown in the form and the form stays open.
 */
class RegisterEditorDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ValidateDelayMs = 250;
    using SaveHandler = std::function<Status(const RegisterRecord &)>;

    /** A form for record (id 0: a new record); db and session are used to validate. */
    RegisterEditorDialog(const Database *db, const Session &session, const RegisterRecord &record,
                         QWidget *parent = nullptr);

    RegisterKind kind() const { return m_kind; }
    bool isNew() const { return m_id == 0; }
    /** The record as the form holds it now. */
    RegisterRecord record() const;
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    /** The editor of a field (CSV column name), e.g. "birth_date"; null when none. */
    QWidget *field(const QString &key) const;
    /** The problem shown under a field, empty when none. */
    QString problem(const QString &key) const;
    /** Every problem of the last check, field → message. */
    const QHash<QString, QString> &problems() const { return m_problems; }
    QPushButton *saveButton() const { return m_saveButton; }
    /** Checks the form now instead of after the delay (tests, screenshots). */
    void validateNow();
    /** Marks every field as edited, so every problem is shown (screenshots). */
    void showAllProblems();
    /** Tries to save (as the Save button does). */
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        QLabel *note = nullptr; ///< what a reference points to, e.g. the contest's name
        bool touched = false;
    };

    void buildForm(const RegisterRecord &record);
    void addText(const QString &key, const QString &label, const QString &value,
                 const QString &placeholder = {});
    void addReference(const QString &key, const QString &label, RegisterKind kind,
                      const QString &value, const QString &placeholder = {});
    void addChoice(const QString &key, const QString &label,
                   const QList<QPair<QString, QString>> &choices, const QString &value);
    void addCount(const QString &key, const QString &label, qint64 value, qint64 minimum,
                  qint64 maximum);
    void addField(const QString &key, const QString &label, QWidget *editor);
    void addHistory();
    void fieldEdited(const QString &key);
    QString text(const QString &key) const;
    void showProblems();
    void showReferences();
    void updateProblemColours();

    const Database *m_db;
    Session m_session;
    RegisterKind m_kind;
    qint64 m_id = 0;
    SaveHandler m_save;
    QFormLayout *m_form;
    QLabel *m_heading;
    QLabel *m_general;
    QList<Field> m_fields;
    QHash<QString, QString> m_problems;
    mutable QHash<QString, QString> m_localProblems; ///< what record() could not read
    QTableWidget *m_history = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QTimer *m_timer;
    bool m_saveTried = false;
};

} // namespace bd
