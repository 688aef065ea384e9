#include "coveragesettingsdialog.h"

#include "domain/responsestats.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CoverageSettingsDialog::CoverageSettingsDialog(const coverage::Settings &settings,
                                               QWidget *parent)
    : QDialog(parent)
    , m_base(settings)
{
    setObjectName(QStringLiteral("coverageSettingsDialog"));
    setWindowTitle(tr("Coverage settings"));
    QStringList bands;
    for (double b : settings.bandMinutes)
        bands << QString::number(b);
    m_bands = new QLineEdit(bands.join(QStringLiteral(", ")));
    m_bands->setObjectName(QStringLiteral("bands"));
    m_bands->setToolTip(tr("Minutes, ascending, e.g. 1, 3, 5"));
    auto spin = [](const char *name, double value, double min, double max, int decimals,
                   const QString &suffix) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        box->setDecimals(decimals);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_detour = spin("detour", settings.detourFactor, 1, 5, 2, QString());
    m_detour->setToolTip(tr("Straight distance × this = the way driven where no road is known"));
    m_walkIn = spin("walkIn", settings.walkInMetres, 0, 5000, 0, tr(" m"));
    m_walkIn->setToolTip(tr("A grid this close to a platform is reached directly, not by road"));
    m_newSpeed = spin("newSiteSpeed", settings.newSiteSpeedKmh, 1, 120, 0, tr(" km/h"));
    m_joinCrossings = new QCheckBox(tr("Roads join where they cross"));
    m_joinCrossings->setObjectName(QStringLiteral("joinCrossings"));
    m_joinCrossings->setChecked(settings.joinCrossings);
    m_joinCrossings->setToolTip(tr("Off for road data whose junctions are shared vertices, so "
                                   "that a bridge does not count as a crossroads"));

    auto *form = new QFormLayout;
    form->addRow(tr("Response &bands (minutes)"), m_bands);
    form->addRow(tr("&Detour factor"), m_detour);
    form->addRow(tr("&Walk-in distance"), m_walkIn);
    form->addRow(tr("Speed of a &proposed platform"), m_newSpeed);
    form->addRow(QString(), m_joinCrossings);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_bands, &QLineEdit::textChanged, this, &CoverageSettingsDialog::check);
    check();
}

coverage::Settings CoverageSettingsDialog::settings() const
{
    coverage::Settings s = m_base;
    s.bandMinutes = ResponseTimes::parseBands(m_bands->text()).value_or(std::vector<double>());
    s.detourFactor = m_detour->value();
    s.walkInMetres = m_walkIn->value();
    s.newSiteSpeedKmh = m_newSpeed->value();
    s.joinCrossings = m_joinCrossings->isChecked();
    return s;
}

QString CoverageSettingsDialog::problem() const
{
    if (!ResponseTimes::parseBands(m_bands->text()))
        return tr("The bands must be minutes separated by commas, such as 1, 3, 5.");
    return settings().problem();
}

void CoverageSettingsDialog::check()
{
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(wrong.isEmpty());
}
