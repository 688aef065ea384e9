#include "idlelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_lastInput = m_clock();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastInput = m_clock();
}

void IdleLock::setCheckInterval(int ms)
{
    m_timer->setInterval(ms);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    updateTimer();
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    poke();
    updateTimer();
}

void IdleLock::updateTimer()
{
    if (m_active && m_minutes > 0)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleLock::poke()
{
    m_lastInput = m_clock();
}

void IdleLock::check()
{
    if (!m_active || m_minutes <= 0)
        return;
    if (m_clock() - m_lastInput >= qint64(m_minutes) * 60000) {
        // Once: whoever locks makes it active again after the unlock.
        m_active = false;
        updateTimer();
        Q_EMIT idle();
    }
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            poke();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
