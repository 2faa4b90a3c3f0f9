#pragma once

#include "ElectionView.h"
#include "ProtocolEntryService.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableWidget;

namespace bd {

class MessageLine;
class Prompter;

/**
 * The coordinator's "resolution" page: the queue of protocols whose two entries differ or
 * have errors, and the chosen protocol's entries side by side with every differing row marked
 * (a colour and a "≠"), each entry's findings, operator and remark.
 *
 * Keep first (Alt+1), keep second (Alt+2), return the first or second entry to its operator
 * with a remark (Alt+3, Alt+4), discard both with a reason (Alt+D); after each, the next
 * protocol of the queue is selected. Correct Accepted Protocol… (Ctrl+Shift+K) opens the
 * CorrectionDialog. The rules are ProtocolEntryService's; refusals are shown on the page.
 * Without a coordinator's session the page only reads.
 */
class ResolutionPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit ResolutionPage(QWidget *parent = nullptr);
    ~ResolutionPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;
    void electionDataChanged() override;
    /** Asks for remarks and reasons and shows errors (tests inject one); must outlive. */
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    /** Reloads the queue, keeping the chosen protocol when it is still waiting (F5). */
    void reload();
    /** Chooses @p protocolId in the queue (reloading it first); false when it is not there. */
    bool selectProtocol(qint64 protocolId);
    /** The chosen protocol, 0 when none. */
    qint64 currentProtocolId() const;
    /** The protocols of the queue, in its order. */
    QList<qint64> queuedProtocolIds() const;

    void keepFirst() { keep(1); }
    void keepSecond() { keep(2); }
    void returnFirst() { returnEntry(1); }
    void returnSecond() { returnEntry(2); }
    void discardBoth();
    /** Opens the correction dialog, on the chosen protocol when it is accepted. */
    void correctAccepted(qint64 protocolId = 0);

    QTableWidget *queueTable() const { return m_queue; }
    QTableWidget *entriesTable() const { return m_entries; }
    /** The refusal or confirmation shown above the entries; empty when none. */
    QString messageText() const;

signals:
    /** A protocol was resolved (kept, returned or discarded) or corrected. */
    void resolved(qint64 protocolId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::optional<ProtocolEntryService> service() const;
    bool canResolve() const;
    void fillQueue(const QList<ResolutionQueueItem> &items);
    void showCurrent();
    void showResolution(const ProtocolResolution &resolution);
    void clearDetail(const QString &why);
    void updateActions();
    void keep(int entryNumber);
    void returnEntry(int entryNumber);
    /** After a successful action: reload and choose the protocol now at the same place. */
    void afterAction(qint64 protocolId, const QString &confirmation);
    void showRefusal(const Error &error);
    QString entrySummary(const std::optional<ProtocolEntry> &entry, const QList<Finding> &findings,
                         int entryNumber) const;

    const ElectionContext *m_context = nullptr;
    qint64 m_electionId = 0;
    QString m_path;
    std::optional<ProtocolResolution> m_shown;
    Prompter *m_prompter = nullptr;

    QLabel *m_queueTitle;
    QTableWidget *m_queue;
    QLabel *m_heading;
    MessageLine *m_message;
    QTableWidget *m_entries;
    QLabel *m_firstSummary;
    QLabel *m_secondSummary;
    QLabel *m_readOnly;
    QAction *m_keepFirst;
    QAction *m_keepSecond;
    QAction *m_returnFirst;
    QAction *m_returnSecond;
    QAction *m_discard;
    QAction *m_correct;
    QAction *m_reload;
};

} // namespace bd
