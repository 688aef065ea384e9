#include "mapmetricsrepository.h"

#include "storestatement.h"

#include "coverageanalysis.h"
#include "database.h"
#include "storeerror.h"
#include "surveyrepository.h"

#include "domain/pinyininitials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <cmath>
#include <limits>

namespace {

struct MetricName
{
    MapMetric metric;
    const char *key;
    const char *label;
    ValueFormat format;
    ChoroplethPalette palette;
};

const MetricName kMetrics[] = {
    {MapMetric::OpenPerThousand, "open-per-1000",
     QT_TRANSLATE_NOOP("MapMetric", "Open disputes per 1,000 residents"), ValueFormat::Decimal,
     ChoroplethPalette::YellowOrangeRed},
    {MapMetric::Overdue, "overdue", QT_TRANSLATE_NOOP("MapMetric", "Overdue disputes"),
     ValueFormat::Count, ChoroplethPalette::YellowOrangeRed},
    {MapMetric::LastThirtyDays, "last-30-days",
     QT_TRANSLATE_NOOP("MapMetric", "Disputes reported in the last 30 days"), ValueFormat::Count,
     ChoroplethPalette::YellowOrangeRed},
    {MapMetric::SecurityRate, "security-rate",
     QT_TRANSLATE_NOOP("MapMetric", "Sense of security (survey)"), ValueFormat::Percent,
     ChoroplethPalette::YellowOrangeRedReversed},
    {MapMetric::ResponseBand, "response-band",
     QT_TRANSLATE_NOOP("MapMetric", "Response-time band (1-3-5)"), ValueFormat::Count,
     ChoroplethPalette::YellowOrangeRed},
    {MapMetric::RiskLevel, "risk", QT_TRANSLATE_NOOP("MapMetric", "Four-colour risk level"),
     ValueFormat::Count, ChoroplethPalette::YellowOrangeRed},
    {MapMetric::OrderSatisfaction, "order-satisfaction",
     QT_TRANSLATE_NOOP("MapMetric", "Public order satisfaction (survey)"), ValueFormat::Percent,
     ChoroplethPalette::YellowOrangeRedReversed},
    {MapMetric::EnforcementSatisfaction, "enforcement-satisfaction",
     QT_TRANSLATE_NOOP("MapMetric", "Law enforcement satisfaction (survey)"),
     ValueFormat::Percent, ChoroplethPalette::YellowOrangeRedReversed},
    {MapMetric::Awareness, "awareness",
     QT_TRANSLATE_NOOP("MapMetric", "Awareness of the safety campaign (survey)"),
     ValueFormat::Percent, ChoroplethPalette::YellowOrangeRedReversed},
    {MapMetric::Participation, "participation",
     QT_TRANSLATE_NOOP("MapMetric", "Participation in the safety campaign (survey)"),
     ValueFormat::Percent, ChoroplethPalette::YellowOrangeRedReversed},
};

// The survey indicator a metric shows (0 = security …); -1 for the others.
int surveyIndicatorOf(MapMetric metric)
{
    switch (metric) {
    case MapMetric::SecurityRate: return 0;
    case MapMetric::OrderSatisfaction: return 1;
    case MapMetric::EnforcementSatisfaction: return 2;
    case MapMetric::Awareness: return 3;
    case MapMetric::Participation: return 4;
    default: return -1;
    }
}

const MetricName &nameOf(MapMetric metric)
{
    return kMetrics[static_cast<int>(metric)];
}

// The dispute queue's conditions (disputerepository.cpp), repeated word for word so that the
// partial index of open cases (dispute_open) is used and the counts agree with the queue's.
const char kOpenCondition[] = "d.status NOT IN ('closed', 'withdrawn')";
// ?1 is the as-of day.
const char kOverdueCondition[]
    = "(d.status IN ('accepted', 'routed', 'mediating') AND d.due_on < ?1)";
// Tombstones, from their partial index: testing a rid against this list needs no row read.
const char kLiveCondition[]
    = "+d.rid NOT IN (SELECT rid FROM dispute INDEXED BY dispute_deleted WHERE deleted = 1)";

// The rows where `condition` holds: SQLite sums its 0/1 comparisons; PostgreSQL's comparisons
// are booleans, which it does not sum.
QByteArray countWhere(bool postgres, const QByteArray &condition)
{
    return postgres ? "count(*) FILTER (WHERE " + condition + ")" : "sum(" + condition + ")";
}

constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;

QString upperBound(const QString &prefix)
{
    return prefix + QLatin1Char('~'); // '~' sorts after every digit
}

QString dayOf(const QDateTime &t)
{
    return t.toLocalTime().date().toString(Qt::ISODate);
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    const auto rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

// --- metric names --------------------------------------------------------------------------

const QList<MapMetric> &mapMetrics()
{
    static const QList<MapMetric> all
        = {MapMetric::OpenPerThousand,   MapMetric::Overdue,
           MapMetric::LastThirtyDays,    MapMetric::SecurityRate,
           MapMetric::OrderSatisfaction, MapMetric::EnforcementSatisfaction,
           MapMetric::Awareness,         MapMetric::Participation,
           MapMetric::ResponseBand,      MapMetric::RiskLevel};
    return all;
}

QString mapMetricKey(MapMetric metric)
{
    return QString::fromLatin1(nameOf(metric).key);
}

bool mapMetricFromKey(const QString &key, MapMetric *metric)
{
    for (const MetricName &m : kMetrics) {
        if (key == QLatin1String(m.key)) {
            *metric = m.metric;
            return true;
        }
    }
    return false;
}

QString mapMetricLabel(MapMetric metric)
{
    return QCoreApplication::translate("MapMetric", nameOf(metric).label);
}

ValueFormat mapMetricFormat(MapMetric metric)
{
    return nameOf(metric).format;
}

ChoroplethPalette mapMetricPalette(MapMetric metric)
{
    return nameOf(metric).palette;
}

// --- figures and risk ----------------------------------------------------------------------

std::optional<double> MapRegionFigures::openPerThousand() const
{
    if (population <= 0)
        return std::nullopt;
    return double(open) * 1000.0 / double(population);
}

std::optional<double> MapRegionFigures::surveyRate(int indicator) const
{
    if (indicator < 0 || indicator >= int(surveyAnswers.size())
        || surveyAnswers[size_t(indicator)] <= 0)
        return std::nullopt;
    return surveyScore[size_t(indicator)] / double(surveyAnswers[size_t(indicator)]);
}

MapRiskThresholds MapRiskThresholds::of(const std::vector<MapRegionFigures> &regions)
{
    std::vector<double> rates;
    rates.reserve(regions.size());
    for (const MapRegionFigures &r : regions) {
        if (const std::optional<double> rate = r.openPerThousand())
            rates.push_back(*rate);
    }
    MapRiskThresholds t;
    if (rates.empty())
        return t;
    std::sort(rates.begin(), rates.end());
    t.top5 = percentile(rates, 0.95);
    t.top20 = percentile(rates, 0.80);
    return t;
}

int mapRiskLevel(const MapRegionFigures &region, const MapRiskThresholds &thresholds)
{
    const std::optional<double> rate = region.openPerThousand();
    auto atOrAbove = [&](const std::optional<double> &threshold) {
        return rate && threshold && *rate > 0 && *rate >= *threshold;
    };
    if (region.majorOverdue > 0 || (atOrAbove(thresholds.top5) && region.overdue > 0))
        return 3;
    if (region.overdue > 0 || region.majorOpen > 0 || atOrAbove(thresholds.top20))
        return 2;
    const std::optional<double> security = region.securityRate();
    if (region.open > 0 || (security && *security < thresholds.lowSecurityRate))
        return 1;
    return 0;
}

// --- MapMetrics ----------------------------------------------------------------------------

bool MapMetrics::available(MapMetric metric) const
{
    if (surveyIndicatorOf(metric) >= 0)
        return !surveyWave.isEmpty();
    if (metric == MapMetric::ResponseBand)
        return !responseBandLabels.isEmpty();
    return true;
}

QString MapMetrics::unavailableReason(MapMetric metric) const
{
    if (available(metric))
        return {};
    if (surveyIndicatorOf(metric) >= 0)
        return QCoreApplication::translate("MapMetric", "No survey responses yet.");
    return QCoreApplication::translate(
        "MapMetric", "No response-time coverage: the store has no patrol platforms or no grids.");
}

std::vector<double> MapMetrics::values(MapMetric metric) const
{
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> out(regions.size(), none);
    if (!available(metric))
        return out;
    for (size_t i = 0; i < regions.size(); ++i) {
        const MapRegionFigures &r = regions[i];
        switch (metric) {
        case MapMetric::OpenPerThousand: out[i] = r.openPerThousand().value_or(none); break;
        case MapMetric::Overdue: out[i] = double(r.overdue); break;
        case MapMetric::LastThirtyDays: out[i] = double(r.lastThirtyDays); break;
        case MapMetric::SecurityRate:
        case MapMetric::OrderSatisfaction:
        case MapMetric::EnforcementSatisfaction:
        case MapMetric::Awareness:
        case MapMetric::Participation:
            out[i] = r.surveyRate(surveyIndicatorOf(metric)).value_or(none);
            break;
        case MapMetric::ResponseBand:
            if (i < responseBands.size())
                out[i] = responseBands[i];
            break;
        case MapMetric::RiskLevel: out[i] = double(r.riskLevel); break;
        }
    }
    return out;
}

int MapMetrics::indexOf(const QString &code) const
{
    return byCode.value(code, -1);
}

void MapMetrics::attachCoverage(const CoverageReport &report)
{
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    responseBands.assign(regions.size(), none);
    responseBandLabels.clear();
    for (int band = 0; band < report.bandCount(); ++band)
        responseBandLabels << report.bandLabel(band);
    if (regions.empty())
        return;
    // Grid codes begin with the codes of the regions above them (RegionCodes).
    const int prefixLength = RegionCodes::prefixLength(level);
    QHash<QString, int> byPrefix;
    for (size_t i = 0; i < regions.size(); ++i)
        byPrefix.insert(regions[i].code.left(prefixLength), int(i));
    const size_t bands = size_t(report.bandCount());
    std::vector<std::vector<qint64>> residents(regions.size(), std::vector<qint64>(bands, 0));
    std::vector<std::vector<qint64>> grids(regions.size(), std::vector<qint64>(bands, 0));
    std::vector<bool> placed(regions.size(), false);
    for (const CoverageReport::GridRow &g : report.grids) {
        const auto it = byPrefix.constFind(g.code.left(prefixLength));
        if (it == byPrefix.constEnd())
            continue;
        const size_t r = size_t(*it);
        const size_t band = std::min(size_t(std::max(g.band, 0)), bands - 1);
        residents[r][band] += g.residents;
        grids[r][band] += 1;
        placed[r] = true;
    }
    for (size_t r = 0; r < regions.size(); ++r) {
        if (!placed[r])
            continue;
        qint64 total = 0;
        for (qint64 n : residents[r])
            total += n;
        const std::vector<qint64> &weights = total > 0 ? residents[r] : grids[r];
        if (total <= 0)
            for (qint64 n : weights)
                total += n;
        qint64 running = 0;
        for (size_t band = 0; band < bands; ++band) {
            running += weights[band];
            if (2 * running >= total) {
                responseBands[r] = double(band);
                break;
            }
        }
    }
}

// --- repository ----------------------------------------------------------------------------

void MapMetricsRepository::attachCoverage(MapMetrics &metrics) const
{
    const auto analysis = CoverageAnalysis::load(m_db);
    if (analysis->inputs().grids.empty() || analysis->inputs().platforms.empty())
        return;
    metrics.attachCoverage(CoverageReport::build(analysis->inputs(), analysis->compute()));
}

MapMetrics MapMetricsRepository::metrics(RegionLevel level, const QDateTime &asOf) const
{
    MapMetrics out;
    out.level = level;
    out.asOf = asOf;
    const int prefixLength = RegionCodes::prefixLength(level);
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    const QString today = dayOf(asOf);

    // The regions of the level, and the index of each by its descendants' code prefix.
    std::deque<std::string> prefixes; // keys of byPrefix; a deque never moves them
    std::unordered_map<std::string_view, int> byPrefix;
    {
        StoreStatement q(m_db, "SELECT code, name, population, households FROM region "
                          "WHERE level = ?1 AND deleted = 0 ORDER BY code");
        q.bind(1, qint64(level));
        while (q.next()) {
            MapRegionFigures r;
            r.code = q.string(0);
            r.name = q.string(1);
            r.population = q.integer(2);
            r.households = q.integer(3);
            const int index = int(out.regions.size());
            out.byCode.insert(r.code, index);
            byPrefix.emplace(prefixes.emplace_back(q.text(0).substr(0, size_t(prefixLength))),
                             index);
            out.regions.push_back(std::move(r));
        }
    }
    auto regionOf = [&](std::string_view code) -> MapRegionFigures * {
        const auto it = byPrefix.find(code.substr(0, size_t(prefixLength)));
        return it == byPrefix.end() ? nullptr : &out.regions[size_t(it->second)];
    };

    // Population and households: the sums of the live grids below (see MapRegionFigures).
    if (level != RegionLevel::Grid) {
        std::vector<qint64> population(out.regions.size(), 0), households(out.regions.size(), 0);
        std::vector<bool> hasGrids(out.regions.size(), false);
        StoreStatement q(m_db, "SELECT code, population, households FROM region "
                          "WHERE level = 3 AND deleted = 0");
        while (q.next()) {
            const auto it = byPrefix.find(q.text(0).substr(0, size_t(prefixLength)));
            if (it == byPrefix.end())
                continue;
            population[size_t(it->second)] += q.integer(1);
            households[size_t(it->second)] += q.integer(2);
            hasGrids[size_t(it->second)] = true;
        }
        for (size_t i = 0; i < out.regions.size(); ++i) {
            if (hasGrids[i]) {
                out.regions[i].population = population[i];
                out.regions[i].households = households[i];
            }
        }
    }

    // Open, overdue and major cases per grid, through the partial index of open cases (in grid
    // order, so grouping needs no sort).
    {
        const bool postgres = m_db.isPostgres();
        const QByteArray majorOverdue
            = (postgres ? "d.is_major <> 0 AND " : "d.is_major AND ") + QByteArray(kOverdueCondition);
        StoreStatement q(m_db,
                    "SELECT d.grid_code, count(*), " + countWhere(postgres, kOverdueCondition)
                        + ", sum(d.is_major), " + countWhere(postgres, majorOverdue)
                        + " FROM dispute d INDEXED BY dispute_open WHERE " + kOpenCondition
                        + " AND d.deleted = 0 AND d.reported_at < ?2 GROUP BY d.grid_code");
        q.bind(1, today.toUtf8());
        q.bind(2, asOfMs);
        while (q.next()) {
            if (MapRegionFigures *r = regionOf(q.text(0))) {
                r->open += q.integer(1);
                r->overdue += q.integer(2);
                r->majorOpen += q.integer(3);
                r->majorOverdue += q.integer(4);
            }
        }
    }

    // Reported in the last 30 days: the report-time index holds the grid code, so only the
    // index is read.
    {
        StoreStatement q(m_db, QByteArray("SELECT d.grid_code, count(*) FROM dispute d INDEXED BY "
                                     "dispute_reported WHERE d.reported_at >= ?1 AND "
                                     "d.reported_at < ?2 AND ")
                              + kLiveCondition + " GROUP BY d.grid_code");
        q.bind(1, asOfMs - kThirtyDaysMs);
        q.bind(2, asOfMs);
        while (q.next()) {
            if (MapRegionFigures *r = regionOf(q.text(0)))
                r->lastThirtyDays += q.integer(1);
        }
    }

    // Survey: the latest wave with responses, from the answers counted per village (or
    // township) that migration 7 keeps, scored by the scheme in force.
    {
        QSqlQuery wave = m_db.prepare(QStringLiteral(
            "SELECT w.id, w.name FROM survey_wave w WHERE w.deleted = 0 AND "
            "w.starts_on <= :day AND EXISTS (SELECT 1 FROM survey_tally t "
            "WHERE t.wave_id = w.id AND t.responses > 0) "
            "ORDER BY w.starts_on DESC, w.name DESC LIMIT 1"));
        wave.bindValue(QStringLiteral(":day"), today);
        Database::exec(wave);
        if (wave.next()) {
            out.surveyWave = wave.value(1).toString();
            const QString waveId = wave.value(0).toString();
            wave.finish();
            SurveyRepository survey(m_db);
            const SurveyScheme scheme = survey.currentScheme();
            const SurveyTally tally = survey.tally(waveId);
            // Grids take their village's figures: responses are keyed by at most 12 digits.
            const int keyLength = std::min(prefixLength, 12);
            struct Sums
            {
                std::array<qint64, SurveyIndicatorCount> answers{};
                std::array<double, SurveyIndicatorCount> score{};
            };
            QHash<QString, Sums> byKey;
            for (qsizetype r = 0; r < tally.regions.size(); ++r) {
                Sums &sums = byKey[tally.regions.at(r).left(keyLength)];
                for (SurveyIndicator indicator : SurveyIndicators::all()) {
                    const int k = int(indicator);
                    const SurveyIndicatorRule &rule = scheme.rule(indicator);
                    const SurveyTally::Counts &counts = tally.counts[size_t(r)][size_t(k)];
                    for (int code = 1; code <= std::min<int>(SurveyMaxAnswers,
                                                             int(rule.answers.size()));
                         ++code) {
                        sums.answers[size_t(k)] += counts[size_t(code)];
                        sums.score[size_t(k)] += double(counts[size_t(code)]) * rule.score(code);
                    }
                }
            }
            for (MapRegionFigures &r : out.regions) {
                const auto it = byKey.constFind(r.code.left(keyLength));
                if (it != byKey.constEnd()) {
                    r.surveyAnswers = it->answers;
                    r.surveyScore = it->score;
                }
            }
        }
    }

    out.riskThresholds = MapRiskThresholds::of(out.regions);
    for (MapRegionFigures &r : out.regions)
        r.riskLevel = mapRiskLevel(r, out.riskThresholds);
    return out;
}

std::optional<MapHoverInfo> MapMetricsRepository::hoverInfo(const QString &code,
                                                            const QDateTime &asOf) const
{
    MapHoverInfo info;
    {
        StoreStatement q(m_db, "SELECT r.code, r.name, r.level, r.population, r.households, p.name "
                          "FROM region r LEFT JOIN person p ON p.id = r.worker_id "
                          "AND p.deleted = 0 WHERE r.code = ?1 AND r.deleted = 0");
        q.bind(1, code.toUtf8());
        if (!q.next())
            return std::nullopt;
        info.code = q.string(0);
        info.name = q.string(1);
        info.level = static_cast<RegionLevel>(q.integer(2));
        info.population = q.integer(3);
        info.households = q.integer(4);
        info.workerName = q.string(5);
    }
    const QByteArray lo = RegionCodes::descendantPrefix(info.code, info.level).toUtf8();
    const QByteArray hi = lo + '~'; // '~' sorts after every digit

    if (info.level != RegionLevel::Grid) {
        StoreStatement q(m_db, "SELECT count(*), coalesce(sum(population), 0), "
                          "coalesce(sum(households), 0) FROM region "
                          "WHERE level = 3 AND code >= ?1 AND code < ?2 AND deleted = 0");
        q.bind(1, lo);
        q.bind(2, hi);
        if (q.next() && q.integer(0) > 0) {
            info.population = q.integer(1);
            info.households = q.integer(2);
        }
    }

    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    {
        StoreStatement q(m_db, "SELECT count(*), coalesce("
                                   + countWhere(m_db.isPostgres(), kOverdueCondition)
                                   + ", 0) FROM dispute d INDEXED BY dispute_open WHERE "
                              + kOpenCondition
                              + " AND d.grid_code >= ?2 AND d.grid_code < ?3 AND "
                                "d.deleted = 0 AND d.reported_at < ?4");
        q.bind(1, dayOf(asOf).toUtf8());
        q.bind(2, lo);
        q.bind(3, hi);
        q.bind(4, asOfMs);
        if (q.next()) {
            info.open = q.integer(0);
            info.overdue = q.integer(1);
        }
    }
    {
        // A grid or village reads its own disputes by grid code; above that the 30 days of
        // the whole county are fewer index entries than the region's whole history.
        const bool byTime = info.level == RegionLevel::County
                            || info.level == RegionLevel::Township;
        StoreStatement q(m_db, QByteArray("SELECT count(*) FROM dispute d INDEXED BY ")
                              + (byTime ? "dispute_reported" : "dispute_grid")
                              + " WHERE d.grid_code >= ?1 AND d.grid_code < ?2 AND "
                                "d.reported_at >= ?3 AND d.reported_at < ?4 AND "
                              + kLiveCondition);
        q.bind(1, lo);
        q.bind(2, hi);
        q.bind(3, asOfMs - kThirtyDaysMs);
        q.bind(4, asOfMs);
        if (q.next())
            info.lastThirtyDays = q.integer(0);
    }
    return info;
}

QList<RegionMatch> MapMetricsRepository::search(const QString &typed, int limit) const
{
    QList<RegionMatch> out;
    const QString text = typed.trimmed();
    if (text.isEmpty() || limit <= 0)
        return out;
    QSet<QString> found;
    auto add = [&](QSqlQuery &q, RegionMatch::Kind kind) {
        while (out.size() < limit && q.next()) {
            const QString code = q.value(0).toString();
            if (found.contains(code))
                continue;
            found.insert(code);
            out << RegionMatch {code, q.value(1).toString(),
                                static_cast<RegionLevel>(q.value(2).toInt()), kind};
        }
    };

    bool digits = true;
    bool letters = true;
    for (QChar c : text) {
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        letters = letters && c.unicode() < 0x80 && c.isLetter();
    }

    // Codes starting with the digits, level by level along the (level, code) index.
    if (digits) {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT code, name, level FROM region WHERE level = :level AND code >= :lo AND "
            "code < :hi AND deleted = 0 ORDER BY code LIMIT :n"));
        for (int level = 0; level <= 3 && out.size() < limit; ++level) {
            q.bindValue(QStringLiteral(":level"), level);
            q.bindValue(QStringLiteral(":lo"), text);
            q.bindValue(QStringLiteral(":hi"), upperBound(text));
            q.bindValue(QStringLiteral(":n"), limit - out.size());
            Database::exec(q);
            add(q, RegionMatch::Kind::Code);
        }
    }
    // Names containing the text, walking the (level, code) index until enough are found.
    if (out.size() < limit) {
        const QString byName = QStringLiteral(
            "SELECT code, name, level FROM region INDEXED BY region_level "
            "WHERE deleted = 0 AND instr(name, :text) > 0 ORDER BY level, code LIMIT :n");
        // PostgreSQL has no instr(); its strpos() takes the same arguments.
        QSqlQuery q = m_db.prepare(
            m_db.isPostgres() ? QString(byName).replace(QLatin1String("instr("), QLatin1String("strpos("))
                              : byName);
        q.bindValue(QStringLiteral(":text"), text);
        q.bindValue(QStringLiteral(":n"), limit);
        Database::exec(q);
        add(q, RegionMatch::Kind::Name);
    }
    // Pinyin initials are not in the store: names are read in the same order and tested here.
    if (letters && out.size() < limit && PinyinInitials::isAvailable()) {
        const QString all = QStringLiteral("SELECT code, name, level FROM region INDEXED BY "
                                           "region_level WHERE deleted = 0 ORDER BY level, code");
        QSqlQuery q = m_db.prepare(all);
        Database::exec(q);
        while (out.size() < limit && q.next()) {
            const QString name = q.value(1).toString();
            const QString code = q.value(0).toString();
            if (!PinyinInitials::matches(name, text) || found.contains(code))
                continue;
            found.insert(code);
            out << RegionMatch {code, name, static_cast<RegionLevel>(q.value(2).toInt()),
                                RegionMatch::Kind::PinyinInitials};
        }
    }
    return out;
}
