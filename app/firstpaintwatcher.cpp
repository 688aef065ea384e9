#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstPainted);
    }
    return false;
}
