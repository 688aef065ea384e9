#include "coveragedesk.h"

#include "patrol/coveragedock.h"
#include "patrol/coveragesettingsdialog.h"
#include "qt/coverageproposalmodel.h"
#include "qt/coveragetablemodel.h"
#include "store/coverageanalysis.h"
#include "store/database.h"
#include "store/coveragerepository.h"
#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QtConcurrent>

#include <cmath>

namespace {

struct Analysed
{
    std::shared_ptr<const CoverageAnalysis> analysis;
    CoverageReport report;
    QString error;
};

Analysed analyse(const QString &path)
{
    Analysed out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        std::shared_ptr<const CoverageAnalysis> analysis = CoverageAnalysis::load(*db);
        out.report = CoverageReport::build(analysis->inputs(), analysis->compute());
        out.analysis = std::move(analysis);
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return out;
}

struct Suggested
{
    std::vector<coverage::Suggestion> chosen;
    std::vector<coverage::Site> sites;
    std::optional<CoverageReport> after;
    bool cancelled = false;
};

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1)
            + QLatin1Char('%')
                     : QStringLiteral("–");
}

} // namespace

CoverageDesk::CoverageDesk(Database &db, CoverageDock *dock, QWidget *dialogParent,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialogParent(dialogParent)
    , m_path(db.path())
    , m_dock(dock)
    , m_townships(std::make_unique<CoverageTableModel>())
    , m_proposals(std::make_unique<CoverageProposalModel>())
{
    m_dock->setModels(m_townships.get(), m_proposals.get());
    connect(m_dock, &CoverageDock::refreshRequested, this, &CoverageDesk::refresh);
    connect(m_dock, &CoverageDock::settingsRequested, this, &CoverageDesk::editSettings);
    connect(m_dock, &CoverageDock::suggestRequested, this, &CoverageDesk::suggest);
    connect(m_dock, &CoverageDock::cancelRequested, this, &CoverageDesk::cancel);
    connect(m_dock, &CoverageDock::showAfterToggled, this, [this](bool after) {
        if (after)
            Q_EMIT showOnMapRequested(); // "with them" means nothing on a map of other colours
        Q_EMIT mapChanged();
    });
    connect(m_dock, &CoverageDock::showOnMapRequested, this, &CoverageDesk::showOnMapRequested);
}

CoverageDesk::~CoverageDesk()
{
    cancel();
    m_dock->setModels(nullptr, nullptr);
    m_dock->setBusy(false);
    m_dock->showMessage(tr("No database open"));
}

void CoverageDesk::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CoverageDesk::refresh()
{
    cancel();
    const int generation = ++m_generation;
    m_busy = true;
    m_dock->setBusy(true, tr("Analysing coverage…"));
    if (!m_analysis)
        m_dock->showMessage(tr("Analysing coverage…"));
    auto *watcher = new QFutureWatcher<Analysed>(this);
    connect(watcher, &QFutureWatcher<Analysed>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request
        m_busy = false;
        const Analysed a = watcher->result();
        m_dock->setBusy(false);
        m_proposals->setProposals({}, {});
        if (!a.error.isEmpty()) {
            m_dock->showMessage(tr("The coverage could not be analysed:\n%1").arg(a.error));
            Q_EMIT analysed();
            Q_EMIT mapChanged();
            return;
        }
        m_analysis = a.analysis;
        m_report = std::make_shared<const CoverageReport>(a.report);
        m_afterReport.reset();
        m_gridRow.clear();
        for (int i = 0; i < int(m_report->grids.size()); ++i)
            m_gridRow.insert(m_report->grids[size_t(i)].code, i);
        m_townships->setReport(*m_report);
        const CoverageRepository::Inputs &in = m_analysis->inputs();
        if (in.grids.empty()) {
            m_dock->showMessage(tr("No grids with a place on the map: import grid boundaries "
                                   "first."));
            Q_EMIT analysed();
            Q_EMIT mapChanged();
            return;
        }
        QStringList bands;
        for (int b = 0; b + 1 < m_report->bandCount(); ++b)
            bands << m_report->bandLabel(b);
        m_dock->setBands(bands);
        const coverage::Settings &s = in.settings;
        const QString model = m_analysis->withRoads()
            ? tr("travel over %1 km of imported roads")
                  .arg(QLocale().toString(m_analysis->roads().stats().lengthKm, 'f', 1))
            : tr("straight line × %1 detour (no road network imported)")
                  .arg(QLocale().toString(s.detourFactor, 'f', 2));
        QString summary = tr("%1 platforms · %2 grids · %3 residents · %4.")
                              .arg(in.platforms.size())
                              .arg(in.grids.size())
                              .arg(QLocale().toString(m_report->total.totalResidents()))
                              .arg(model);
        if (in.platforms.empty())
            summary += QLatin1Char(' ') + tr("No patrol platforms yet: every grid is beyond "
                                              "reach.");
        if (in.gridsWithoutCentroid > 0)
            summary += QLatin1Char(' ')
                + tr("%n grid(s) without an outline are left out.", nullptr,
                     in.gridsWithoutCentroid);
        if (!m_analysis->settingsProblem().isEmpty())
            summary += QLatin1Char(' ')
                + tr("Stored settings not usable (%1); defaults used.")
                      .arg(m_analysis->settingsProblem());
        m_dock->setSummary(summary);
        m_dock->setResultText({});
        m_dock->showContent();
        Q_EMIT analysed();
        Q_EMIT mapChanged();
    });
    watcher->setFuture(QtConcurrent::run(analyse, m_path));
}

void CoverageDesk::suggest(int count, int band)
{
    if (!m_analysis || m_busy || band < 0
        || band >= int(m_analysis->inputs().settings.bandMinutes.size()))
        return;
    const int generation = ++m_generation;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString bandLabel = m_report->bandLabel(band);
    m_dock->setBusy(true, tr("Looking for the best %n site(s)…", nullptr, count));
    auto *watcher = new QFutureWatcher<Suggested>(this);
    connect(watcher, &QFutureWatcher<Suggested>::finished, this,
            [this, watcher, generation, band, bandLabel] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        const Suggested s = watcher->result();
        m_dock->setBusy(false);
        const CoverageRepository::Inputs &in = m_analysis->inputs();
        const qint64 total = m_report->total.totalResidents();
        const qint64 before = m_report->total.residentsUpTo(band);
        QList<CoverageProposal> rows;
        qint64 within = before;
        for (const coverage::Suggestion &c : s.chosen) {
            CoverageProposal p;
            p.lon = c.at.lon;
            p.lat = c.at.lat;
            if (c.demand >= 0 && size_t(c.demand) < in.grids.size()) {
                const CoverageRepository::Grid &g = in.grids[size_t(c.demand)];
                p.gridCode = g.code;
                p.gridName = g.name;
                if (g.township >= 0)
                    p.townshipName = in.townships[size_t(g.township)].name;
            }
            p.residentsAdded = c.residentsAdded;
            p.gridsAdded = c.gridsAdded;
            within += c.residentsAdded;
            p.withinAfter = within;
            p.totalResidents = total;
            rows << p;
        }
        m_proposals->setProposals(rows, bandLabel);
        m_townships->setAfter(s.after, band);
        m_afterReport = s.after ? std::make_shared<const CoverageReport>(*s.after) : nullptr;
        if (s.cancelled) {
            m_dock->setResultText(tr("Cancelled: no sites proposed."));
        } else if (rows.isEmpty()) {
            m_dock->setResultText(tr("No new site would bring anyone more within %1 min.")
                                      .arg(bandLabel));
        } else {
            const qint64 after = s.after ? s.after->total.residentsUpTo(band) : within;
            m_dock->setResultText(
                tr("%n new platform(s) bring %1 more residents within %2 min: %3 → %4 of the "
                   "county's residents.",
                   nullptr, int(rows.size()))
                    .arg(QLocale().toString(after - before), bandLabel, percent(before, total),
                         percent(after, total)));
        }
        Q_EMIT suggested();
        Q_EMIT mapChanged();
    });
    const std::shared_ptr<const CoverageAnalysis> analysis = m_analysis;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    watcher->setFuture(QtConcurrent::run([analysis, cancelFlag, count, band] {
        Suggested out;
        const double minutes = analysis->inputs().settings.bandMinutes[size_t(band)];
        out.chosen = analysis->engine().suggest(analysis->inputs().sites(), count, minutes,
                                                cancelFlag.get());
        if (cancelFlag->load()) {
            out.chosen.clear();
            out.cancelled = true;
            return out;
        }
        for (const coverage::Suggestion &c : out.chosen)
            out.sites.push_back({c.at, analysis->inputs().settings.newSiteSpeedKmh});
        if (!out.sites.empty()) {
            const coverage::Result after = analysis->compute(out.sites, cancelFlag.get());
            if (after.cancelled) {
                out = Suggested();
                out.cancelled = true;
                return out;
            }
            out.after = CoverageReport::build(analysis->inputs(), after);
        }
        return out;
    }));
}

QList<QPointF> CoverageDesk::proposedPlaces() const
{
    QList<QPointF> out;
    for (const CoverageProposal &p : m_proposals->proposals())
        out << QPointF(p.lon, p.lat);
    return out;
}

std::shared_ptr<const CoverageReport> CoverageDesk::reportShownOnMap() const
{
    if (!m_analysis || m_analysis->inputs().platforms.empty())
        return nullptr; // no bands to show
    return m_dock->showsAfter() && m_afterReport ? m_afterReport : m_report;
}

const CoverageReport &CoverageDesk::report() const
{
    static const CoverageReport none;
    return m_report ? *m_report : none;
}

void CoverageDesk::editSettings()
{
    if (m_busy)
        return;
    if (!m_settingsAllowed) {
        m_dock->setResultText(tr("This account may not change the coverage settings"));
        return;
    }
    QString problem;
    coverage::Settings current;
    try {
        current = CoverageRepository(m_db).settings(&problem);
    } catch (const StoreError &e) {
        m_dock->setResultText(e.message());
        return;
    }
    CoverageSettingsDialog dialog(current, m_dialogParent);
    const bool saved = m_settingsHook ? m_settingsHook(dialog)
                                      : dialog.exec() == QDialog::Accepted;
    if (!saved || !dialog.problem().isEmpty())
        return;
    try {
        CoverageRepository(m_db).setSettings(dialog.settings(), m_actor);
    } catch (const StoreError &e) {
        if (m_settingsHook)
            m_dock->setResultText(e.message());
        else
            QMessageBox::warning(m_dialogParent, tr("Coverage settings"), e.message());
        return;
    }
    refresh();
}

QString CoverageDesk::gridResponseText(const QString &gridCode) const
{
    const auto it = m_gridRow.constFind(gridCode);
    if (it == m_gridRow.constEnd())
        return {};
    const CoverageReport::GridRow &g = m_report->grids[size_t(*it)];
    if (!std::isfinite(g.minutes) || g.platformName.isEmpty())
        return tr("Response: no platform reaches it");
    return tr("Response: %1 min from %2 (%3)")
        .arg(QLocale().toString(g.minutes, 'f', 1), g.platformName, m_report->bandLabel(g.band));
}
