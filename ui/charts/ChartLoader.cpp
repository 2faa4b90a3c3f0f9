#include "ChartLoader.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcCharts, "ballotdesk.ui.charts")

namespace bd {

ChartLoader::ChartLoader(ChartSet::Parts parts, QObject *parent) : QObject(parent), m_parts(parts)
{}

void ChartLoader::load(const QString &path, const QString &territoryCode)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Outcome<ChartSet>>(this);
    connect(watcher, &QFutureWatcher<Outcome<ChartSet>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded by a newer request
                deliver(watcher->result());
            });
    watcher->setFuture(
        QtConcurrent::run(&m_workers, &ChartSet::computeFile, path, territoryCode, m_parts));
}

void ChartLoader::loadNow(const Database &db, const QString &territoryCode)
{
    ++m_generation;
    m_loading = true;
    deliver(ChartSet::compute(db, territoryCode, m_parts));
}

void ChartLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

void ChartLoader::deliver(const Outcome<ChartSet> &result)
{
    m_loading = false;
    if (result) {
        emit loaded(*result);
        return;
    }
    qCWarning(lcCharts) << "charts failed:" << result.error().userMessage << result.error().detail;
    emit failed(result.error().userMessage);
}

} // namespace bd
