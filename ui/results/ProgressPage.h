#pragma once

#include "ElectionView.h"
#include "ProgressQueries.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace bd {

/**
 * The "progress" page: how many protocols have no entry, one entry, differing entries, errors
 * or are accepted, nationally, per region and district (a tree) and per contest, with each
 * contest's winner as soon as all its stations are accepted ("undecided (tie)", "no winner
 * (against all)" where the rules say so); and the protocols of the chosen territory, contest
 * and state, from which Enter jumps to the resolution page (differing, erroneous) or opens the
 * correction dialog (accepted, coordinators).
 *
 * Every query runs off the GUI thread on its own connection (ProgressQueries); the page drops
 * results that a newer request superseded and waits for its workers when the election closes
 * and in its destructor. F5 and showing the page read everything again.
 */
class ProgressPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);
    ~ProgressPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;
    void electionDataChanged() override;

    /** Reads everything again in the background (F5). */
    void refresh();
    /** True while a query runs. */
    bool isLoading() const;

    /** Chooses the territory (none: all) whose contests and protocols are shown. */
    void chooseTerritory(std::optional<qint64> territoryId);
    /** Chooses one contest (none: every contest of the territory) for the protocol list. */
    void chooseContest(std::optional<qint64> contestId);
    /** Chooses the state listed (none: every state). */
    void chooseState(std::optional<ProtocolState> state);

    /** The national counts shown. */
    std::optional<ProgressCounts> nationalCounts() const { return m_national; }
    QTreeWidget *territoryTree() const { return m_tree; }
    QTableWidget *contestTable() const { return m_contests; }
    QTableWidget *protocolTable() const { return m_protocols; }
    QComboBox *stateFilter() const { return m_state; }
    QString summaryText() const;
    /** The protocol ids listed, in order. */
    QList<qint64> listedProtocolIds() const;

    /** The text of a contest's result column for @p contest. */
    static QString resultText(const ContestProgress &contest);

    // What the workers hand back (defined in the .cpp).
    struct TreeWork;
    struct ContestWork;
    struct ProtocolWork;

signals:
    /** Every query asked for so far has been answered. */
    void loaded();
    /** Enter on a protocol that waits for a coordinator. */
    void resolveRequested(qint64 protocolId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadTree(bool synchronous = false);
    void loadContests(bool synchronous = false);
    void loadProtocols(bool synchronous = false);
    void showTree(const TreeWork &work, bool synchronous);
    void showContests(const ContestWork &work);
    void showProtocols(const ProtocolWork &work);
    void showFailure(const QString &message);
    void finishOne();
    void activateProtocol(int row);
    void correctAccepted(qint64 protocolId = 0);
    void cancelWorkers();

    const ElectionContext *m_context = nullptr;
    QString m_path;
    qint64 m_electionId = 0;
    std::optional<qint64> m_territoryId;
    std::optional<qint64> m_contestId;
    std::optional<ProgressCounts> m_national;
    quint64 m_treeGeneration = 0;
    quint64 m_contestGeneration = 0;
    quint64 m_protocolGeneration = 0;
    int m_pending = 0;
    bool m_stale = true; ///< counted before the page was last hidden, or never

    QLabel *m_summary;
    QProgressBar *m_busy;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QLabel *m_contestsTitle;
    QTableWidget *m_contests;
    QComboBox *m_state;
    QLabel *m_protocolsTitle;
    QTableWidget *m_protocols;
    QAction *m_correct;
    QThreadPool m_workers;
};

} // namespace bd
