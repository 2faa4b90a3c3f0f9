#pragma once

#include "ChartSet.h"

#include <QObject>
#include <QThreadPool>

namespace bd {

/**
 * Computes chart sets off the GUI thread, each worker on its own Database connection, and
 * hands back only the latest request's result: a newer request (another region picked while
 * one still loads) makes the older result be dropped when it arrives.
 */
class ChartLoader : public QObject
{
    Q_OBJECT

public:
    explicit ChartLoader(ChartSet::Parts parts, QObject *parent = nullptr);

    /** Starts computing the charts of @p territoryCode in the file at @p path. */
    void load(const QString &path, const QString &territoryCode);
    /** Computes at once on this thread (screenshots, tests); emits loaded() or failed(). */
    void loadNow(const Database &db, const QString &territoryCode);
    /** Drops what is being computed (the election closed). */
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(const bd::ChartSet &set);
    void failed(const QString &message);

private:
    void deliver(const Outcome<ChartSet> &result);

    ChartSet::Parts m_parts;
    quint64 m_generation = 0;
    bool m_loading = false;
    // Declared last, so destroyed first: waits for this object's background work, so no task
    // outlives it and none is left holding the application's thread pool at exit.
    QThreadPool m_workers;
};

} // namespace bd
