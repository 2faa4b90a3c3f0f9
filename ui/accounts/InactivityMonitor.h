#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace bd {

/**
 * Watches the application's keyboard and mouse events and says when none came for a period.
 *
 * The clock is injectable (milliseconds since some start) so that tests can move time on;
 * check() compares it with the last activity and is called by a timer while running.
 */
class InactivityMonitor : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit InactivityMonitor(QObject *parent = nullptr);
    ~InactivityMonitor() override;

    /** Replaces the steady clock (tests). */
    void setClock(Clock clock);
    /** Starts watching: idle() after @p period without activity. */
    void start(std::chrono::milliseconds period);
    void stop();
    bool isRunning() const { return m_running; }
    std::chrono::milliseconds period() const { return m_period; }

    /** Counts as activity now. */
    void touch();
    /** Emits idle() (once) when the period has passed since the last activity. */
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Clock m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_period{0};
    qint64 m_lastActivity = 0;
    bool m_running = false;
};

} // namespace bd
