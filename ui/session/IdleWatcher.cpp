#include "IdleWatcher.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace psv::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    restart();
}

void IdleWatcher::reset()
{
    restart();
}

void IdleWatcher::setSuspended(bool suspended)
{
    m_suspended = suspended;
    restart();
}

void IdleWatcher::restart()
{
    m_lastInputMs = Clock::nowMs();
    m_armed = m_timeoutMs > 0 && !m_suspended;
    if (m_armed)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::check()
{
    if (!m_armed)
        return;
    const qint64 left = m_lastInputMs + m_timeoutMs - Clock::nowMs();
    if (left > 0) {
        m_timer.start(int(left));
        return;
    }
    m_armed = false;
    m_timer.stop();
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_armed)
            m_lastInputMs = Clock::nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace psv::ui
