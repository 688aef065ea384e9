#include "patrolrecorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

struct KindLabel
{
    const char *key;
    const char *label;
};
const KindLabel kKindLabels[] = {
    {"dispute", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Dispute")},
    {"fight", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Fight")},
    {"theft", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Theft")},
    {"traffic", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Traffic accident")},
    {"fire", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Fire")},
    {"help", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Call for help")},
    {"noise", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Noise")},
    {"suspicious", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Suspicious activity")},
    {"other", QT_TRANSLATE_NOOP("PatrolRecordDialog", "Other")},
};

QDateTimeEdit *timeEdit(const QString &objectName, const QDateTime &at)
{
    auto *edit = new QDateTimeEdit(at);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

PatrolRecordDialog::PatrolRecordDialog(Record record, const QList<PlatformChoice> &platforms,
                                       QWidget *parent)
    : QDialog(parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("patrolRecordDialog"));
    setWindowTitle(record == Record::Shift ? tr("Record a patrol shift") : tr("Record an incident"));
    auto *form = new QFormLayout;

    m_platform = new QComboBox;
    m_platform->setObjectName(QStringLiteral("platform"));
    if (record == Record::Incident)
        m_platform->addItem(tr("(no platform)"), QString());
    for (const PlatformChoice &p : platforms)
        m_platform->addItem(QStringLiteral("%1  %2").arg(p.code, p.name), p.code);
    form->addRow(tr("&Platform"), m_platform);

    // Now, to the minute.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60);
    if (record == Record::Shift) {
        m_start = timeEdit(QStringLiteral("start"), now.addSecs(-8 * 3600));
        m_end = timeEdit(QStringLiteral("end"), now);
        m_officers = new QSpinBox;
        m_officers->setObjectName(QStringLiteral("officers"));
        m_officers->setRange(0, 1000);
        m_officers->setValue(2);
        m_volunteers = new QSpinBox;
        m_volunteers->setObjectName(QStringLiteral("volunteers"));
        m_volunteers->setRange(0, 10000);
        m_distance = new QDoubleSpinBox;
        m_distance->setObjectName(QStringLiteral("distance"));
        m_distance->setRange(0, 2000);
        m_distance->setDecimals(1);
        m_distance->setSuffix(tr(" km"));
        form->addRow(tr("&Start"), m_start);
        form->addRow(tr("&End"), m_end);
        form->addRow(tr("&Officers"), m_officers);
        form->addRow(tr("&Volunteers"), m_volunteers);
        form->addRow(tr("&Distance patrolled"), m_distance);
    } else {
        m_kind = new QComboBox;
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const KindLabel &k : kKindLabels)
            m_kind->addItem(tr(k.label), QLatin1String(k.key));
        m_grid = new QLineEdit;
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->setPlaceholderText(tr("15-digit grid code (optional)"));
        m_grid->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\d{0,15}")), m_grid));
        m_called = timeEdit(QStringLiteral("called"), now);
        auto optionalTime = [&](const QString &name, QCheckBox **box, QDateTimeEdit **edit,
                                int minutesLater) {
            *box = new QCheckBox;
            (*box)->setObjectName(name + QStringLiteral("Given"));
            (*box)->setChecked(true);
            *edit = timeEdit(name, now.addSecs(minutesLater * 60));
            connect(*box, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
            auto *row = new QHBoxLayout;
            row->addWidget(*box);
            row->addWidget(*edit, 1);
            return row;
        };
        form->addRow(tr("&Kind"), m_kind);
        form->addRow(tr("&Grid"), m_grid);
        form->addRow(tr("&Called in"), m_called);
        form->addRow(tr("&Dispatched"),
                     optionalTime(QStringLiteral("dispatched"), &m_hasDispatched, &m_dispatched, 1));
        form->addRow(tr("&Arrived"),
                     optionalTime(QStringLiteral("arrived"), &m_hasArrived, &m_arrived, 4));
        form->addRow(tr("&Finished"),
                     optionalTime(QStringLiteral("finished"), &m_hasFinished, &m_finished, 30));
    }

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b91c1c"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatrolRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

void PatrolRecordDialog::setPlatform(const QString &code)
{
    const int index = m_platform->findData(code);
    if (index >= 0)
        m_platform->setCurrentIndex(index);
}

ShiftInput PatrolRecordDialog::shift() const
{
    ShiftInput s;
    s.platformCode = m_platform->currentData().toString();
    if (m_record != Record::Shift)
        return s;
    s.startAt = m_start->dateTime().toMSecsSinceEpoch();
    s.endAt = m_end->dateTime().toMSecsSinceEpoch();
    s.officers = m_officers->value();
    s.volunteers = m_volunteers->value();
    s.distanceKm = m_distance->value();
    return s;
}

IncidentInput PatrolRecordDialog::incident() const
{
    IncidentInput i;
    i.platformCode = m_platform->currentData().toString();
    if (m_record != Record::Incident)
        return i;
    i.kind = m_kind->currentData().toString();
    i.gridCode = m_grid->text().trimmed();
    i.calledAt = m_called->dateTime().toMSecsSinceEpoch();
    if (m_hasDispatched->isChecked())
        i.dispatchedAt = m_dispatched->dateTime().toMSecsSinceEpoch();
    if (m_hasArrived->isChecked())
        i.arrivedAt = m_arrived->dateTime().toMSecsSinceEpoch();
    if (m_hasFinished->isChecked())
        i.finishedAt = m_finished->dateTime().toMSecsSinceEpoch();
    return i;
}

QString PatrolRecordDialog::problemsText() const
{
    return m_problems->text();
}

void PatrolRecordDialog::accept()
{
    QStringList problems;
    if (m_record == Record::Shift && m_saveShift)
        problems = m_saveShift(shift());
    else if (m_record == Record::Incident && m_saveIncident)
        problems = m_saveIncident(incident());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    if (problems.isEmpty())
        QDialog::accept();
}
