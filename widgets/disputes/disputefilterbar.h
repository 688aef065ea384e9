#pragma once

#include <QWidget>

struct DisputeFilter;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

// The dispute queue's filter bar: category, status, handling level, source, reported date range
// and a full-text search box. Changes are announced at once, typing after a short pause.
class DisputeFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DisputeFilterBar(QWidget *parent = nullptr);

    // Copies the bar's fields into a filter (leaving its region, queue and sort alone).
    void applyTo(DisputeFilter &filter) const;
    // True when any field narrows the list.
    bool isNarrowing() const;
    // Back to "any" everywhere (one filterChanged).
    void clear();

    QComboBox *categoryBox() const { return m_category; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *sourceBox() const { return m_source; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    void announce();

    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_source = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_typing = nullptr;
    bool m_quiet = false; // clear() in progress: one announcement at the end
};
