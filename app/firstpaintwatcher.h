#pragma once

#include <QObject>

// Tells once when a widget has been painted for the first time, after the paint has been
// flushed (the signal is queued behind the paint).
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *widget);

Q_SIGNALS:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
