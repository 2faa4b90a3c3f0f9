#include "InactivityMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

#include <algorithm>
#include <memory>

namespace bd {

InactivityMonitor::InactivityMonitor(QObject *parent) : QObject(parent)
{
    auto steady = std::make_shared<QElapsedTimer>();
    steady->start();
    m_clock = [steady] {
        return steady->elapsed();
    };
    connect(&m_timer, &QTimer::timeout, this, &InactivityMonitor::check);
    // Events of every window and dialog count, not only those of the main window.
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityMonitor::~InactivityMonitor()
{
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void InactivityMonitor::start(std::chrono::milliseconds period)
{
    m_period = period;
    m_running = true;
    m_lastActivity = m_clock();
    // Checking a few times per period keeps the lock within a quarter period of its time
    // without restarting a timer on every mouse move.
    const qint64 tick = std::clamp<qint64>(period.count() / 4, 10, 5000);
    m_timer.start(std::chrono::milliseconds(tick));
}

void InactivityMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

void InactivityMonitor::touch()
{
    m_lastActivity = m_clock();
}

void InactivityMonitor::check()
{
    if (!m_running)
        return;
    if (m_clock() - m_lastActivity >= m_period.count()) {
        stop();
        emit idle();
    }
}

bool InactivityMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_running)
            touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
