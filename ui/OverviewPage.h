#pragma once

#include "ElectionSummary.h"

#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace bd {

class Database;
class FigureCard;

/**
 * The national figures of the open election: cards and turnout by region.
 *
 * loadInBackground() computes the summary in a worker thread on its own connection (a
 * connection belongs to its thread); loadNow() computes it at once, for screenshots.
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    /** Computes the summary of the election file at path off the GUI thread. */
    void loadInBackground(const QString &databasePath);
    /** Computes the summary on this thread with db; false (and the error shown) on failure. */
    bool loadNow(const Database &db);
    /** Forgets the figures (no election open). */
    void clear();

    bool isLoading() const { return m_loading; }
    const std::optional<ElectionSummary> &summary() const { return m_summary; }
    /** The card showing a figure ("seats", "polling_stations", ...), for tests. */
    FigureCard *card(const QString &key) const { return m_cards.value(key); }
    QTableWidget *turnoutTable() const { return m_turnoutTable; }
    /** Nominated → registered and why the others are not (refused, withdrawn, ...). */
    QLabel *registrationSummary() const { return m_registration; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    FigureCard *addCard(const QString &key, const QString &caption);
    void showSummary(const ElectionSummary &summary);
    void showFailure(const QString &message);

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_registration;
    QTableWidget *m_turnoutTable;
    QHash<QString, FigureCard *> m_cards;
    std::optional<ElectionSummary> m_summary;
    quint64 m_generation = 0;
    bool m_loading = false;
    // Declared last, so destroyed first: waits for this object's background work, so no task
    // outlives it and none is left holding the application's thread pool at exit.
    QThreadPool m_workers;
};

} // namespace bd
