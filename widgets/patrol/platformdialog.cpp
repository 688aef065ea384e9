#include "platformdialog.h"

#include "store/platformrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("PlatformDialog", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("PlatformDialog", "Name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("PlatformDialog", "Kind")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("PlatformDialog", "Responsible area")},
        {QStringLiteral("lon"), QT_TRANSLATE_NOOP("PlatformDialog", "Longitude")},
        {QStringLiteral("lat"), QT_TRANSLATE_NOOP("PlatformDialog", "Latitude")},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("PlatformDialog", "Staff")},
        {QStringLiteral("vehicles"), QT_TRANSLATE_NOOP("PlatformDialog", "Vehicles")},
        {QStringLiteral("volunteers"), QT_TRANSLATE_NOOP("PlatformDialog", "Volunteers")},
        {QStringLiteral("duty_hours"), QT_TRANSLATE_NOOP("PlatformDialog", "Duty hours")},
        {QStringLiteral("speed_kmh"), QT_TRANSLATE_NOOP("PlatformDialog", "Travel speed")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field
                                   : QCoreApplication::translate("PlatformDialog", *it);
}

} // namespace

PlatformDialog::PlatformDialog(PlatformRepository &repo, const QList<Region> &areas,
                               const QString &actor, const std::optional<Platform> &existing,
                               QWidget *parent)
    : QDialog(parent)
    , m_repo(repo)
    , m_areas(areas)
    , m_actor(actor)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("platformDialog"));
    setWindowTitle(existing ? tr("Edit platform %1").arg(existing->input.name)
                            : tr("New patrol platform"));

    auto named = [](auto *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_code = named(new QLineEdit, "code");
    m_code->setPlaceholderText(tr("e.g. KJ-07"));
    m_name = named(new QLineEdit, "name");
    m_kind = named(new QComboBox, "kind");
    for (PlatformKind k : allPlatformKinds())
        m_kind->addItem(platformKindLabel(k), int(k));
    m_area = named(new QComboBox, "area");
    m_area->setEditable(false);
    for (const Region &r : m_areas)
        m_area->addItem(r.level == RegionLevel::Township ? r.name
                                                         : QStringLiteral("    ") + r.name,
                        r.code);
    m_lon = named(new QDoubleSpinBox, "lon");
    m_lon->setRange(73, 136);
    m_lon->setDecimals(6);
    m_lon->setSuffix(QStringLiteral("° E"));
    m_lat = named(new QDoubleSpinBox, "lat");
    m_lat->setRange(3, 54);
    m_lat->setDecimals(6);
    m_lat->setSuffix(QStringLiteral("° N"));
    auto counter = [&](const char *name, int max) {
        auto *s = named(new QSpinBox, name);
        s->setRange(0, max);
        s->setGroupSeparatorShown(true);
        return s;
    };
    m_staff = counter("staff", 10000);
    m_vehicles = counter("vehicles", 1000);
    m_volunteers = counter("volunteers", 100000);
    m_volunteers->setToolTip(tr("Red-armband patrollers (红袖章), household security heads (治安户长) "
                                "and other volunteers on its rota"));
    m_duty = named(new QLineEdit, "dutyHours");
    m_duty->setPlaceholderText(tr("24h, or 08:00-22:00"));
    m_speed = named(new QDoubleSpinBox, "speed");
    m_speed->setRange(3, 120);
    m_speed->setDecimals(0);
    m_speed->setSuffix(tr(" km/h"));
    m_speed->setToolTip(tr("The average speed to a call, used for the 1-3-5 minute coverage"));
    m_opened = named(new QDateEdit, "opened");
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problems = named(new QLabel, "problems");
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    auto *position = new QHBoxLayout;
    position->addWidget(m_lon);
    position->addWidget(m_lat);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Responsible &area"), m_area);
    form->addRow(tr("&Position"), position);
    form->addRow(tr("&Staff"), m_staff);
    form->addRow(tr("&Vehicles"), m_vehicles);
    form->addRow(tr("V&olunteers"), m_volunteers);
    form->addRow(tr("&Duty hours"), m_duty);
    form->addRow(tr("&Travel speed"), m_speed);
    form->addRow(tr("Opened &on"), m_opened);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlatformDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    if (existing) {
        const PlatformInput &in = existing->input;
        m_code->setText(in.code);
        m_name->setText(in.name);
        m_kind->setCurrentIndex(m_kind->findData(int(in.kind)));
        int area = m_area->findData(in.regionCode);
        if (area < 0) {
            m_area->addItem(existing->regionName.isEmpty() ? in.regionCode : existing->regionName,
                            in.regionCode);
            area = m_area->count() - 1;
        }
        m_area->setCurrentIndex(area);
        m_lon->setValue(in.lon);
        m_lat->setValue(in.lat);
        m_staff->setValue(in.staff);
        m_vehicles->setValue(in.vehicles);
        m_volunteers->setValue(in.volunteers);
        m_duty->setText(in.dutyHours);
        m_speed->setValue(in.speedKmh);
        m_opened->setDate(in.openedOn.isValid() ? in.openedOn : QDate::currentDate());
        m_speedEdited = m_positionEdited = true;
    } else {
        m_kind->setCurrentIndex(m_kind->findData(int(PlatformKind::Patrol)));
        m_duty->setText(QStringLiteral("24h"));
        m_opened->setDate(QDate::currentDate());
        kindChanged();
        areaChanged();
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlatformDialog::kindChanged);
    connect(m_area, &QComboBox::currentIndexChanged, this, &PlatformDialog::areaChanged);
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this] { m_speedEdited = true; });
    for (QDoubleSpinBox *s : {m_lon, m_lat})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { m_positionEdited = true; });
    for (QLineEdit *e : {m_code, m_name, m_duty})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_storeProblems.clear();
            updateProblems();
        });
    m_speedEdited = existing.has_value();
    updateProblems();
}

void PlatformDialog::kindChanged()
{
    // A new platform drives at its kind's usual speed until the user sets another.
    if (!m_speedEdited) {
        m_speed->blockSignals(true);
        m_speed->setValue(defaultPlatformSpeed(PlatformKind(m_kind->currentData().toInt())));
        m_speed->blockSignals(false);
    }
    updateProblems();
}

void PlatformDialog::areaChanged()
{
    if (!m_positionEdited) {
        const QString code = m_area->currentData().toString();
        for (const Region &r : m_areas) {
            if (r.code == code && !r.centroid.isNull()) {
                m_lon->blockSignals(true);
                m_lat->blockSignals(true);
                m_lon->setValue(r.centroid.x());
                m_lat->setValue(r.centroid.y());
                m_lon->blockSignals(false);
                m_lat->blockSignals(false);
            }
        }
    }
    updateProblems();
}

void PlatformDialog::setPosition(double lon, double lat)
{
    m_lon->setValue(lon);
    m_lat->setValue(lat);
    m_positionEdited = true;
}

PlatformInput PlatformDialog::input() const
{
    PlatformInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.kind = PlatformKind(m_kind->currentData().toInt());
    in.regionCode = m_area->currentData().toString();
    in.lon = m_lon->value();
    in.lat = m_lat->value();
    in.staff = m_staff->value();
    in.vehicles = m_vehicles->value();
    in.volunteers = m_volunteers->value();
    in.dutyHours = m_duty->text().trimmed();
    in.speedKmh = m_speed->value();
    in.openedOn = m_opened->date();
    return in;
}

QList<PlatformProblem> PlatformDialog::problems() const
{
    QList<PlatformProblem> out = PlatformRules::check(input());
    for (const PlatformProblem &p : m_storeProblems) {
        bool known = false;
        for (const PlatformProblem &q : out)
            known = known || (q.field == p.field && q.message == p.message);
        if (!known)
            out.append(p);
    }
    return out;
}

void PlatformDialog::updateProblems()
{
    const QList<PlatformProblem> list = problems();
    QStringList lines;
    for (const PlatformProblem &p : list)
        lines << (p.field.isEmpty() ? p.message : tr("%1: %2").arg(fieldLabel(p.field), p.message));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_save->setEnabled(list.isEmpty());
}

void PlatformDialog::accept()
{
    m_storeProblems.clear();
    try {
        if (m_existing) {
            m_repo.update(m_existing->id, m_existing->rev, input(), m_actor);
            m_savedId = m_existing->id;
        } else {
            m_savedId = m_repo.add(input(), m_actor);
        }
    } catch (const PlatformRefused &refused) {
        m_storeProblems = refused.problems();
        if (m_storeProblems.isEmpty())
            m_storeProblems.append({QString(), refused.message()});
        updateProblems();
        // Let the person fix it: a refused save never closes the form.
        m_save->setEnabled(true);
        return;
    }
    QDialog::accept();
}
