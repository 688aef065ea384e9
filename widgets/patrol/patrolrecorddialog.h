#pragma once

// The form to record one patrol shift or one incident (接处警) by hand. Save hands the record
// to the owner's save function, which writes it through the store; the form stays open
// listing what was refused until a save succeeds.

#include "store/patrolrecords.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class PatrolRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Record { Shift, Incident };
    struct PlatformChoice
    {
        QString code;
        QString name;
    };
    // Returns the problems ("field 'NAME': …"); empty when it was written.
    using SaveShift = std::function<QStringList(const ShiftInput &)>;
    using SaveIncident = std::function<QStringList(const IncidentInput &)>;

    PatrolRecordDialog(Record record, const QList<PlatformChoice> &platforms,
                       QWidget *parent = nullptr);

    void setSaveShift(SaveShift save) { m_saveShift = std::move(save); }
    void setSaveIncident(SaveIncident save) { m_saveIncident = std::move(save); }
    // Starts on this platform (its code).
    void setPlatform(const QString &code);

    ShiftInput shift() const;
    IncidentInput incident() const;
    QString problemsText() const;

    void accept() override;

private:
    Record m_record;
    SaveShift m_saveShift;
    SaveIncident m_saveIncident;

    QComboBox *m_platform = nullptr;
    // shift
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QSpinBox *m_officers = nullptr;
    QSpinBox *m_volunteers = nullptr;
    QDoubleSpinBox *m_distance = nullptr;
    // incident
    QComboBox *m_kind = nullptr;
    QLineEdit *m_grid = nullptr;
    QDateTimeEdit *m_called = nullptr;
    QCheckBox *m_hasDispatched = nullptr;
    QDateTimeEdit *m_dispatched = nullptr;
    QCheckBox *m_hasArrived = nullptr;
    QDateTimeEdit *m_arrived = nullptr;
    QCheckBox *m_hasFinished = nullptr;
    QDateTimeEdit *m_finished = nullptr;

    QLabel *m_problems = nullptr;
};
