#pragma once

// The idle lock of DESIGN §11: watches the person's input (keys, mouse, wheel, touch) through an
// application event filter and says idle() once no input came for the policy's minutes. The
// clock and the check interval are injectable so that a test can advance time.

#include <QObject>

#include <functional>

class QTimer;

class IdleLock : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;   // ms; default QDateTime::currentMSecsSinceEpoch

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setClock(Clock clock);
    void setCheckInterval(int ms);
    // 0 turns the lock off.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    // Watches only while active (signed in and not locked); becoming active counts as input.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Input came now.
    void poke();
    // Compares the clock with the last input; emits idle() (once) when the time has passed.
    void check();
    qint64 lastInput() const { return m_lastInput; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTimer();

    Clock m_clock;
    QTimer *m_timer = nullptr;
    int m_minutes = 0;
    bool m_active = false;
    qint64 m_lastInput = 0;
};
