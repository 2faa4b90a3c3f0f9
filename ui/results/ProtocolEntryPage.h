#pragma once

#include "ElectionView.h"
#include "EntryColours.h"
#include "ProtocolEntryService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace bd {

class FindingList;
class MessageLine;
class ProtocolPicker;

/**
 * Entry of a polling station's results protocol from the paper form (issue 5, item 1).
 *
 * Keyboard-first: the station field (type-ahead, Enter opens), then A, B, C, C2, D, E, E2, F,
 * the candidates' votes in ballot order and H; Enter moves on like Tab and from the last field
 * to Finish. Every change is checked (ProtocolEntryService::check): the fields involved are
 * coloured and marked with an icon and the code, and the findings list explains each one.
 * Errors block Finish; each warning is ticked "Checked against the paper" first; "Refer to
 * Coordinator" hands in an entry with errors with a remark. The draft is saved a second after
 * each change and when the operator leaves the protocol; "Draft saved at …" shows only once
 * the store has committed it. The page never shows another operator's entry.
 */
class ProtocolEntryPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 1000;

    using Mark = EntryColours::Mark;

    explicit ProtocolEntryPage(QWidget *parent = nullptr);
    ~ProtocolEntryPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;

    /** Opens protocol @p protocolId (saving the draft of the one open first). */
    bool openProtocol(qint64 protocolId);
    /** Saves the open draft now if it changed; false when the store refused or failed. */
    bool saveDraftNow();
    /** Finishes the open entry (the Finish button). */
    void finish();
    /** Hands the open entry in with its errors (the Refer to Coordinator button). */
    void referToCoordinator();

    /** The open protocol, if any. */
    const std::optional<ProtocolSheet> &sheet() const { return m_sheet; }
    /** True when the open protocol is shown but cannot be typed into. */
    bool isReadOnly() const { return m_readOnly; }
    /** True when a change waits for the draft timer. */
    bool hasUnsavedChanges() const { return m_dirty; }
    /** The figures as typed now. */
    ProtocolFigures figures() const;
    /** The findings shown now. */
    const QList<Finding> &findings() const { return m_findings; }

    ProtocolPicker *picker() const { return m_picker; }
    QLineEdit *fieldEditor(ProtocolField field) const;
    QLineEdit *candidateEditor(qint64 candidateId) const;
    /** How field @p field is marked: by an error, a warning, or not. */
    Mark fieldMark(ProtocolField field) const;
    Mark candidateMark(qint64 candidateId) const;
    /** The code(s) shown beside a field, e.g. "P.F.101". */
    QString fieldMarkText(ProtocolField field) const;
    FindingList *findingList() const { return m_findingList; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *referButton() const { return m_refer; }
    QLineEdit *remarkField() const { return m_remark; }
    /** The status line: what the last finish led to, or why something was refused. */
    QString statusText() const;
    /** The note about the open protocol: read-only, returned with a remark, restored draft. */
    QString noticeText() const;
    /** "Draft saved at 22:15:03" once the store committed the draft; else empty. */
    QString draftStatusText() const;

signals:
    void protocolOpened(qint64 protocolId);
    /** The draft was committed to the database. */
    void draftSaved();
    void entryFinished(bd::FinishOutcome outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Row
    {
        std::optional<ProtocolField> field;
        qint64 candidateId = 0;
        QLineEdit *editor = nullptr;
        QLabel *markerIcon = nullptr;
        QLabel *markerText = nullptr;
        Mark mark = Mark::None;
    };

    void leaveProtocol();
    void clearProtocol();
    void buildRows();
    void fill(const ProtocolFigures &figures);
    void setReadOnly(bool readOnly);
    void edited();
    void recheck();
    void applyMarks();
    void updateButtons();
    void updateTotals();
    void updateTabOrder();
    void focusAfterLastField();
    void showSample();
    void showRefusal(const Error &error);
    void showOutcome(const ProtocolChoice &choice, FinishOutcome outcome);
    const Row *rowFor(ProtocolField field) const;
    const Row *rowForCandidate(qint64 candidateId) const;
    bool canEnter() const;
    QString roleNotice() const;

    const ElectionContext *m_context = nullptr;
    std::unique_ptr<ProtocolEntryService> m_service;
    const Database *m_database = nullptr; ///< the file the service reads
    qint64 m_userId = 0;                  ///< who the service acts for (0: nobody)
    qint64 m_electionId = 0;
    bool m_canEnter = false;

    std::optional<ProtocolSheet> m_sheet;
    std::optional<ProtocolEntry> m_entry;
    QList<Finding> m_findings;
    QList<Row> m_rows;
    bool m_readOnly = true;
    bool m_dirty = false;
    bool m_sample = false; ///< a screenshot's example: never saved
    bool m_filling = false;

    ProtocolPicker *m_picker;
    QLabel *m_heading;
    QLabel *m_state;
    MessageLine *m_notice;
    QWidget *m_formArea;
    QGridLayout *m_grid;
    QLabel *m_totals;
    FindingList *m_findingList;
    QLineEdit *m_remark;
    QPushButton *m_finish;
    QPushButton *m_refer;
    MessageLine *m_status;
    QLabel *m_draftStatus;
    QTimer *m_draftTimer;
};

} // namespace bd
