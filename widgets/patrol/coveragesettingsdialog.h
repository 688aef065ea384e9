#pragma once

// The settings of the 1-3-5 coverage analysis: the band limits, the detour factor of straight
// legs, the walk-in distance, the speed a proposed platform is assumed to drive at, and whether
// roads join where they cross. Checked as typed; Save is offered only for usable settings.

#include "geo/responsecoverage.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

class CoverageSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CoverageSettingsDialog(const coverage::Settings &settings, QWidget *parent = nullptr);

    // The settings as entered (the bands as parsed; an unparsable list gives none).
    coverage::Settings settings() const;
    // What is wrong with them (translated), empty when usable.
    QString problem() const;

private:
    void check();

    coverage::Settings m_base;
    QLineEdit *m_bands = nullptr;
    QDoubleSpinBox *m_detour = nullptr;
    QDoubleSpinBox *m_walkIn = nullptr;
    QDoubleSpinBox *m_newSpeed = nullptr;
    QCheckBox *m_joinCrossings = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
