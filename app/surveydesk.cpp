#include "surveydesk.h"

#include "domain/surveystats.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"
#include "survey/surveydock.h"
#include "survey/surveyimportdialog.h"
#include "survey/surveyschemedialog.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QtConcurrent>

namespace {

struct Loaded
{
    SurveyScheme scheme;
    QString schemeProblem;
    QStringList waves;
    QList<SurveyWaveFigures> figures;
    QString error;
};

// Every wave's figures, each with the change against the wave before it.
Loaded load(const QString &path)
{
    Loaded out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        SurveyRepository repo(*db);
        out.scheme = repo.currentScheme(&out.schemeProblem);
        const SurveyGeography geo = repo.geography();
        std::optional<SurveyTally> previous;
        for (const SurveyRepository::Wave &w : repo.waves()) {
            out.waves << w.name;
            SurveyTally tally = repo.tally(w.id);
            out.figures.append({w.name, SurveyStats::compute(geo, tally,
                                                             previous ? &*previous : nullptr,
                                                             out.scheme)});
            previous = std::move(tally);
        }
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return out;
}

} // namespace

SurveyDesk::SurveyDesk(Database &db, SurveyDock *dock, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dock(dock)
    , m_dialogParent(dialogParent)
    , m_path(db.path())
{
    m_readOnly = db.isReadOnly();
}

SurveyDesk::~SurveyDesk()
{
    ++m_generation;   // a load still running is dropped
}

void SurveyDesk::refresh()
{
    const int generation = ++m_generation;
    m_busy = true;
    m_dock->showBusy(true);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;   // a newer request
        m_busy = false;
        m_dock->showBusy(false);
        const Loaded loaded = watcher->result();
        if (!loaded.error.isEmpty()) {
            m_dock->showMessage(tr("The survey could not be read:\n%1").arg(loaded.error));
        } else if (loaded.waves.isEmpty()) {
            m_dock->clearFigures();
            m_dock->showMessage(tr("No survey responses yet: import a wave with "
                                   "File › Import survey responses…"));
        } else {
            m_dock->setScheme(loaded.scheme);
            m_dock->setWaves(loaded.waves);
            m_dock->setFigures(loaded.figures);
        }
        Q_EMIT refreshed();
    });
    watcher->setFuture(QtConcurrent::run(load, m_path));
}

SurveyImportDialog *SurveyDesk::importResponses()
{
    auto *dialog = new SurveyImportDialog(m_path, m_actor, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWaves(m_dock->waves(), m_dock->wave());
    connect(dialog, &SurveyImportDialog::imported, this, [this](const QString &wave) {
        refresh();
        Q_EMIT imported(wave);
    });
    dialog->show();
    return dialog;
}

void SurveyDesk::editScheme()
{
    SurveyScheme current;
    try {
        current = SurveyRepository(m_db).currentScheme();
    } catch (const StoreError &e) {
        QMessageBox::critical(m_dialogParent, tr("Survey scheme"), e.message());
        return;
    }
    SurveySchemeDialog dialog(current, m_dialogParent);
    const bool accepted = m_schemeHook ? m_schemeHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    if (m_readOnly) {
        QMessageBox::warning(m_dialogParent, tr("Survey scheme"),
                             tr("The database is open read-only: the scheme was not saved."));
        return;
    }
    const SurveyScheme scheme = dialog.scheme();
    if (scheme.sameRules(current) && scheme.name == current.name)
        return;
    try {
        SurveyRepository(m_db).saveScheme(scheme, m_actor);
    } catch (const StoreError &e) {
        QMessageBox::critical(m_dialogParent, tr("Survey scheme"),
                              tr("The scheme was not saved:\n%1").arg(e.message()));
        return;
    }
    refresh();
    Q_EMIT schemeChanged();
}
