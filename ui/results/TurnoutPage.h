#pragma once

#include "ElectionView.h"
#include "TurnoutService.h"

#include <QThreadPool>
#include <QTime>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCompleter;
class QGridLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableWidget;

namespace bd {

class MessageLine;
class TurnoutHourChart;

/**
 * The "Hourly turnout" page: an operator types a station's hourly reports (type-ahead for the
 * station, one field per election hour, Enter to the next hour, T.F.301/T.F.302 checked as
 * they type and marked on the offending hour, Save with Ctrl+S through TurnoutService); below,
 * national and regional turnout at each hour as a table and a line chart, computed off the GUI
 * thread on the worker's own connection. Without Operation::EnterTurnout the entry is
 * read-only.
 */
class TurnoutPage : public QWidget, public ElectionView
{
    Q_OBJECT

public:
    explicit TurnoutPage(QWidget *parent = nullptr);
    ~TurnoutPage() override;

    void setElection(const ElectionContext *context) override;
    void prepareForScreenshot() override;
    void electionDataChanged() override;

protected:
    void showEvent(QShowEvent *event) override;

public:
    /** Loads the station with this code, or the only station with this number. */
    bool chooseStation(const QString &codeOrNumber);
    /** The station shown in the entry, or 0. */
    qint64 stationId() const;
    /** Saves the entered reports (Ctrl+S); false when refused (the message line says why). */
    bool save();
    /** Recomputes national and regional turnout in the background. */
    void refresh();
    bool isLoading() const { return m_loading; }
    bool isReadOnly() const { return m_readOnly; }

    QLineEdit *stationField() const { return m_station; }
    /** The field of @p hour, or null when it is not one of the election's hours. */
    QLineEdit *hourField(QTime hour) const;
    /** The code of the finding at @p hour ("T.F.301"), or null. */
    QLabel *findingLabel(QTime hour) const;
    /** The findings of what is typed, as the rules gave them. */
    QList<Finding> findings() const { return m_findings; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *table() const { return m_table; }
    TurnoutHourChart *chart() const { return m_chart; }
    QString message() const;

signals:
    /** The table and chart show freshly computed figures (or why they could not). */
    void loaded();
    /** The station's reports were saved. */
    void saved();

private:
    struct HourRow
    {
        QTime hour;
        QLabel *label = nullptr;
        QLineEdit *field = nullptr;
        QLabel *finding = nullptr;
    };
    struct Loaded
    {
        QList<RegionTurnout> regions;
        QList<TurnoutAtHour> national;
        Error error;
        bool ok = false;
    };

    static Loaded compute(const Database &db, const std::shared_ptr<std::atomic<bool>> &cancel);
    static Loaded computeFile(const QString &path,
                              const std::shared_ptr<std::atomic<bool>> &cancel);

    Session session() const;
    void stopWorkers();
    void rebuildHours(const QList<QTime> &hours);
    void updateCompletions(const QString &text);
    void chooseFromList(const QModelIndex &index);
    void showStation(const StationTurnout &station);
    void clearStation();
    void recheck();
    QList<TurnoutReading> typedReadings() const;
    bool hasChanges() const;
    void updateSaveState();
    void focusNextHour(int row);
    void showLoaded(const Loaded &result);
    void applyReadOnly();

    const ElectionContext *m_context = nullptr;
    QString m_path;
    qint64 m_electionId = 0;
    bool m_readOnly = true;
    std::optional<StationTurnout> m_current;
    QList<Finding> m_findings;

    QLineEdit *m_station;
    QCompleter *m_completer;
    QStandardItemModel *m_completions;
    QLabel *m_stationInfo;
    QGridLayout *m_hoursLayout;
    QList<HourRow> m_rows;
    QLabel *m_findingText;
    QLabel *m_readOnlyNote;
    MessageLine *m_message;
    QPushButton *m_save;
    QAction *m_saveAction;

    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
    QTableWidget *m_table;
    TurnoutHourChart *m_chart;

    bool m_loading = false;
    bool m_figuresStale = false; ///< data changed while hidden: refresh when shown
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    // Declared last, so destroyed first: no worker outlives the page.
    QThreadPool m_workers;
};

} // namespace bd
