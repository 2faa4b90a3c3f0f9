#pragma once

#include "FigureRows.h"
#include "ProtocolEntryService.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace bd {

class Database;
class MessageLine;

/**
 * Corrects the official figures of an accepted protocol (coordinators only).
 *
 * Find the protocol by station number or code (type-ahead), see its official figures, type the
 * new ones with every rule checked as you type (the fields involved are tinted; each warning
 * needs "checked against the paper"), give the reason, and save: ProtocolEntryService::correct
 * with the row version that was loaded, so a correction made meanwhile by someone else is
 * refused ("protocol.conflict") and the dialog shows the current figures again. Lists the
 * protocol's earlier corrections. Enter moves to the next field, Ctrl+Enter saves, Esc closes.
 */
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(const Database &db, Session session, qint64 electionId,
                     QWidget *parent = nullptr);
    ~CorrectionDialog() override;

    /** Loads an accepted protocol; false (and a message) when it is missing or not accepted. */
    bool loadProtocol(qint64 protocolId);
    qint64 protocolId() const;
    /** The official figures shown (those the correction replaces). */
    std::optional<ProtocolFigures> officialFigures() const;
    /** The figures as typed. */
    ProtocolFigures typedFigures() const;
    /** The codes of the findings for the typed figures, errors first. */
    QStringList findingCodes() const;

    /** Runs the type-ahead for @p text as if typed in the station field. */
    void search(const QString &text);
    /** Saves the correction; true when it was recorded (the dialog then closes). */
    bool save();

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *matchList() const { return m_matches; }
    /** The edit of a row by its key: "voters_on_list", "invalid_ballots", "G_<id>"… */
    QLineEdit *fieldEdit(const QString &key) const { return m_edits.value(key); }
    QLineEdit *reasonEdit() const { return m_reason; }
    /** The "checked against the paper" box of warning @p code, or null. */
    QCheckBox *acknowledgement(const QString &code) const { return m_acks.value(code); }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *historyTable() const { return m_history; }
    /** The refusal or conflict shown, empty when none. */
    QString messageText() const;
    /** What is still missing before saving, as the dialog says it. */
    QString readinessText() const;

signals:
    /** A correction was recorded; @p confirmation says which station and what changed. */
    void corrected(qint64 protocolId, const QString &confirmation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseMatch();
    void buildForm();
    void fillHistory();
    void checkFigures();
    void rebuildFindings(const QList<Finding> &findings);
    void updateReadiness();

    const Database &m_db;
    Session m_session;
    qint64 m_electionId;
    std::optional<ProtocolSheet> m_sheet;
    QList<Finding> m_findings;
    QSet<QString> m_acknowledged;

    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_heading;
    MessageLine *m_message;
    QWidget *m_form;
    QGridLayout *m_grid;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_changeMarks;
    QList<FigureRow> m_rows;
    QWidget *m_findingsBox;
    QVBoxLayout *m_findingsLayout;
    QHash<QString, QCheckBox *> m_acks;
    QLineEdit *m_reason;
    QLabel *m_readiness;
    QLabel *m_historyLabel = nullptr;
    QTableWidget *m_history;
    QPushButton *m_save;
};

} // namespace bd
