#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace psv::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_suspended)
            Q_EMIT idle();
    });
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
    if (m_timeoutMs > 0 && !m_suspended)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace psv::ui
