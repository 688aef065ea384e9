#include "platformdesk.h"

#include "map/mapview.h"
#include "patrol/patrolrecorddialog.h"
#include "patrol/platformdialog.h"
#include "patrol/platformdock.h"
#include "qt/platformtablemodel.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/platformrepository.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPointF>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// Asks for the day a platform leaves service (today by default).
QDate askRetireDay(QWidget *parent, const QString &name)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(PlatformDesk::tr("Retire %1").arg(name));
    auto *text = new QLabel(PlatformDesk::tr(
        "%1 leaves service on the day chosen. Its shifts and incidents stay in the records; it "
        "no longer counts for coverage or shows on the map.").arg(name));
    text->setWordWrap(true);
    auto *calendar = new QCalendarWidget;
    calendar->setSelectedDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(PlatformDesk::tr("Retire"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

PlatformDesk::PlatformDesk(Database &db, PlatformDock *dock, MapView *map, QWidget *dialogParent,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dock(dock)
    , m_map(map)
    , m_dialogParent(dialogParent)
    , m_repo(std::make_unique<PlatformRepository>(db))
    , m_model(std::make_unique<PlatformTableModel>())
{
    m_dock->setModel(m_model.get());
    m_dock->setEditable(!db.isReadOnly());
    connect(m_dock, &PlatformDock::addRequested, this, &PlatformDesk::addPlatform);
    connect(m_dock, &PlatformDock::editRequested, this, &PlatformDesk::editPlatform);
    connect(m_dock, &PlatformDock::retireRequested, this, &PlatformDesk::retirePlatform);
    connect(m_dock, &PlatformDock::showRetiredChanged, this, &PlatformDesk::reload);
    connect(m_dock, &PlatformDock::moveOnMapToggled, m_map, &MapView::setPlatformsMovable);
    connect(m_dock, &PlatformDock::platformSelected, m_map, &MapView::setSelectedPlatform);
    connect(m_map, &MapView::platformClicked, m_dock, &PlatformDock::selectPlatform);
    connect(m_map, &MapView::platformDropped, this, &PlatformDesk::movePlatform);
    connect(m_dock, &PlatformDock::recordShiftRequested, this, &PlatformDesk::recordShift);
    connect(m_dock, &PlatformDock::recordIncidentRequested, this, &PlatformDesk::recordIncident);
    connect(m_dock, &PlatformDock::importRequested, this, &PlatformDesk::importRecords);
    m_map->setPlatformsMovable(m_dock->moveOnMapAction()->isChecked() && !db.isReadOnly());
    reload();
}

PlatformDesk::~PlatformDesk()
{
    m_map->setPlatformsMovable(false);
    m_map->setSelectedPlatform(QString());
    m_dock->setModel(nullptr);
    disconnect(m_map, nullptr, this, nullptr);
    disconnect(m_map, nullptr, m_dock, nullptr);
    disconnect(m_dock, nullptr, this, nullptr);
    disconnect(m_dock, nullptr, m_map, nullptr);
}

void PlatformDesk::reload()
{
    const QString current = m_dock->currentPlatformId();
    try {
        m_model->setPlatforms(m_repo->all(m_dock->showsRetired()));
    } catch (const StoreError &e) {
        m_dock->showMessage(tr("The platforms could not be read:\n%1").arg(e.message()));
        return;
    }
    if (!current.isEmpty())
        m_dock->selectPlatform(current);
}

void PlatformDesk::refused(const QString &title, const QString &message)
{
    m_lastRefusal = message;
    if (!m_formHook && !m_retireHook && !m_moveHook)
        QMessageBox::warning(m_dialogParent, title, message);
}

bool PlatformDesk::runForm(PlatformDialog &dialog)
{
    if (m_formHook)
        return m_formHook(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void PlatformDesk::addPlatform()
{
    QList<Region> areas;
    try {
        RegionRepository regions(m_db);
        for (const Region &r : regions.list({}))
            if (r.level == RegionLevel::Township || r.level == RegionLevel::Village)
                areas.append(r);
    } catch (const StoreError &e) {
        refused(tr("New patrol platform"), e.message());
        return;
    }
    // Townships, each followed by its villages.
    std::stable_sort(areas.begin(), areas.end(), [](const Region &a, const Region &b) {
        return a.code < b.code;
    });
    PlatformDialog dialog(*m_repo, areas, m_actor, std::nullopt, m_dialogParent);
    if (!runForm(dialog))
        return;
    reload();
    m_dock->selectPlatform(dialog.savedId());
    Q_EMIT platformsChanged();
}

void PlatformDesk::editPlatform(const QString &id)
{
    std::optional<Platform> existing;
    QList<Region> areas;
    try {
        existing = m_repo->byId(id);
        for (const Region &r : RegionRepository(m_db).list({}))
            if (r.level == RegionLevel::Township || r.level == RegionLevel::Village)
                areas.append(r);
    } catch (const StoreError &e) {
        refused(tr("Edit platform"), e.message());
        return;
    }
    if (!existing) {
        refused(tr("Edit platform"), tr("The platform is no longer in the registry."));
        reload();
        return;
    }
    PlatformDialog dialog(*m_repo, areas, m_actor, existing, m_dialogParent);
    if (!runForm(dialog))
        return;
    reload();
    Q_EMIT platformsChanged();
}

void PlatformDesk::retirePlatform(const QString &id)
{
    const Platform *p = m_model->platform(id);
    if (!p)
        return;
    const QString name = p->input.name;
    const qint64 rev = p->rev;
    const QDate day = m_retireHook ? m_retireHook(name) : askRetireDay(m_dialogParent, name);
    if (!day.isValid())
        return;
    try {
        m_repo->retire(id, rev, day, m_actor);
    } catch (const PlatformRefused &e) {
        refused(tr("Retire %1").arg(name), e.message());
        reload();
        return;
    } catch (const StoreError &e) {
        refused(tr("Retire %1").arg(name), e.message());
        return;
    }
    reload();
    Q_EMIT platformsChanged();
}

void PlatformDesk::movePlatform(const QString &id, const QPointF &lonLat)
{
    const Platform *p = m_model->platform(id);
    if (!p) {
        Q_EMIT platformsChanged(); // the map shows a platform the registry no longer has
        return;
    }
    const QString name = p->input.name;
    const qint64 rev = p->rev;
    const bool yes = m_moveHook
        ? m_moveHook(name)
        : QMessageBox::question(m_dialogParent, tr("Move platform"),
                                tr("Move %1 to %2° E, %3° N?")
                                    .arg(name)
                                    .arg(lonLat.x(), 0, 'f', 5)
                                    .arg(lonLat.y(), 0, 'f', 5))
              == QMessageBox::Yes;
    if (yes) {
        try {
            m_repo->move(id, rev, lonLat.x(), lonLat.y(), m_actor);
        } catch (const PlatformRefused &e) {
            refused(tr("Move platform"), e.message());
        } catch (const StoreError &e) {
            refused(tr("Move platform"), e.message());
        }
    }
    reload();
    // Moved or not, the map reads the points again (a refused move goes back to its place).
    Q_EMIT platformsChanged();
}

namespace {

QList<PatrolRecordDialog::PlatformChoice> platformChoices(const PlatformTableModel &model)
{
    QList<PatrolRecordDialog::PlatformChoice> out;
    for (const Platform &p : model.platforms()) {
        if (!p.retired())
            out.append({p.input.code, p.input.name});
    }
    return out;
}

} // namespace

void PlatformDesk::recordShift()
{
    PatrolRecordDialog dialog(PatrolRecordDialog::Record::Shift, platformChoices(*m_model),
                              m_dialogParent);
    if (const Platform *p = m_model->platform(m_dock->currentPlatformId()))
        dialog.setPlatform(p->input.code);
    dialog.setSaveShift([this](const ShiftInput &shift) {
        try {
            return PatrolRecords(m_db).addShift(shift, m_actor).problems;
        } catch (const StoreError &e) {
            return QStringList {e.message()};
        }
    });
    const bool saved = m_recordHook ? m_recordHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (saved && dialog.result() == QDialog::Accepted)
        Q_EMIT recordsChanged();
}

void PlatformDesk::recordIncident()
{
    PatrolRecordDialog dialog(PatrolRecordDialog::Record::Incident, platformChoices(*m_model),
                              m_dialogParent);
    if (const Platform *p = m_model->platform(m_dock->currentPlatformId()))
        dialog.setPlatform(p->input.code);
    dialog.setSaveIncident([this](const IncidentInput &incident) {
        try {
            return PatrolRecords(m_db).addIncident(incident, m_actor).problems;
        } catch (const StoreError &e) {
            return QStringList {e.message()};
        }
    });
    const bool saved = m_recordHook ? m_recordHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (saved && dialog.result() == QDialog::Accepted)
        Q_EMIT recordsChanged();
}

void PlatformDesk::importRecords(bool incidents)
{
    if (m_importing)
        return;
    const QString path = m_importPathHook
        ? m_importPathHook(incidents)
        : QFileDialog::getOpenFileName(m_dialogParent,
                                       incidents ? tr("Import incidents") : tr("Import patrol shifts"),
                                       QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_importing = true;
    m_dock->setCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_importing = false;
        m_dock->unsetCursor();
        const ImportResult r = watcher->result();
        if (r.ok()) {
            m_lastImportReport = tr("%1: %2 rows read, %3 new, %4 already recorded.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(r.read)
                                     .arg(r.inserted)
                                     .arg(r.unchanged);
        } else {
            QStringList lines = r.problems;
            if (r.moreProblems > 0)
                lines << tr("… and %n more problem(s)", nullptr, r.moreProblems);
            m_lastImportReport = tr("Nothing was imported:\n%1").arg(lines.join(QLatin1Char('\n')));
        }
        if (!m_importPathHook) {
            if (r.ok())
                QMessageBox::information(m_dialogParent, tr("Import"), m_lastImportReport);
            else
                QMessageBox::warning(m_dialogParent, tr("Import"), m_lastImportReport);
        }
        if (r.ok() && r.inserted > 0)
            Q_EMIT recordsChanged();
        Q_EMIT importFinished(r.ok());
    });
    watcher->setFuture(QtConcurrent::run(
        [dbPath = m_db.path(), path, incidents, actor = m_actor]() -> ImportResult {
            try {
                auto db = Database::open(dbPath);
                PatrolRecords records(*db);
                return incidents ? records.importIncidents(path, actor)
                                 : records.importShifts(path, actor);
            } catch (const StoreError &e) {
                ImportResult failed;
                failed.problems << e.message();
                return failed;
            }
        }));
}
