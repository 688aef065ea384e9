// Three years of disputes (矛盾纠纷) for the demo county: category mix by urban/rural and season,
// parties, case numbers, and for each a history that walks the DisputeWorkflow table. Written
// day by day so memory stays flat at any scale.

#include "democontext.h"

#include "domain/disputeworkflow.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

using S = DisputeStatus;
using A = DisputeAction;

// Placeholders of the case templates.
enum Key : int {
    KeyA, KeyB, KeyC, KeyVillage, KeyTownship, KeyGroup, KeyResident, KeyAmount, KeyArea, KeyMu,
    KeyMonths, KeyYears, KeyN, KeyCompany, KeyShop, KeyHospital, KeyEstate, KeyRoad, KeyDate,
    KeyCount
};

const char *const kKeyNames[KeyCount] = {
    "A", "B", "C", "village", "township", "group", "resident", "amount", "area", "mu",
    "months", "years", "n", "company", "shop", "hospital", "estate", "road", "date"};

// A template cut into literal text and placeholders once, rendered many times.
class CaseTemplate
{
public:
    explicit CaseTemplate(const QString &text)
    {
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
            const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
            if (open < 0 || close < 0) {
                m_parts.push_back({text.mid(pos), -1});
                break;
            }
            if (open > pos)
                m_parts.push_back({text.mid(pos, open - pos), -1});
            const QString name = text.mid(open + 1, close - open - 1);
            int key = -1;
            for (int k = 0; k < KeyCount; ++k) {
                if (name == QLatin1String(kKeyNames[k]))
                    key = k;
            }
            if (key < 0)
                m_parts.push_back({text.mid(open, close - open + 1), -1});
            else {
                m_parts.push_back({QString(), key});
                m_used |= 1u << key;
            }
            pos = close + 1;
        }
    }
    bool uses(int key) const { return m_used & (1u << key); }
    unsigned used() const { return m_used; }
    QString render(const QString *values) const
    {
        QString out;
        out.reserve(160);
        for (const Part &p : m_parts)
            out += p.key < 0 ? p.literal : values[p.key];
        return out;
    }

private:
    struct Part
    {
        QString literal;
        int key;
    };
    std::vector<Part> m_parts;
    unsigned m_used = 0;
};

struct Event
{
    A action;
    S to;
    qint64 at;
    QString actor;
    QString note;
    int level;          // handling level after the event
    int body;           // mediation body after the event (-1 none)
    int mediator;       // staff index (-1 none)
    int satisfaction;   // follow-up answer (-1 none)
    const char *referral;   // where a referral sends the case (nullptr for other events)
};

QString amountText(qint64 yuan)
{
    if (yuan < 10000)
        return QString::number(yuan);
    const double wan = yuan / 10000.0;
    QString s = QString::number(wan, 'f', wan < 100 ? 1 : 0);
    if (s.endsWith(QStringLiteral(".0")))
        s.chop(2);
    return s + QStringLiteral("万");
}

QString anonymous(const QString &surname, const QString &suffix = QString())
{
    return surname + QStringLiteral("某") + suffix;
}

const char *const kSatisfaction[] = {"satisfied", "basically_satisfied", "dissatisfied"};
const char *const kSatisfactionText[] = {"满意", "基本满意", "不满意"};

const char *const kResolveNotes[] = {
    "达成调解协议，当场履行完毕", "达成书面调解协议，约定分期履行",
    "经调解双方达成口头协议，当场履行", "达成调解协议，当事人已申请司法确认",
    "双方互谅互让，达成和解协议"};
const char *const kFailNotes[] = {"双方分歧较大，调解不成", "一方拒不到场，调解终止",
                                  "当事人诉求过高，经多次调解未能达成协议"};
// Referral notes and where each sends the case (dispute.referral).
const char *const kReferNotes[] = {"引导当事人向人民法院提起诉讼", "转人民法院立案（诉调对接）",
                                   "引导当事人依法逐级走访"};
const char *const kReferKinds[] = {"litigation", "litigation", "petition"};

class DisputeBuilder
{
public:
    DisputeBuilder(DemoContext &ctx, DemoGenerator::Result &result)
        : m_ctx(ctx)
        , m_spec(ctx.spec)
        , m_result(result)
        , m_rng(ctx.master.fork(30))
    {
        for (const DemoCountySpec::Category &c : m_spec.categories) {
            std::vector<CaseTemplate> titles, summaries;
            for (const QString &t : c.titles)
                titles.emplace_back(t);
            for (const QString &s : c.summaries)
                summaries.emplace_back(s);
            m_titles.push_back(std::move(titles));
            m_summaries.push_back(std::move(summaries));
        }
        std::vector<double> urban, rural;
        urban.reserve(ctx.grids.size());
        rural.reserve(ctx.grids.size());
        for (const DemoGrid &g : ctx.grids) {
            const bool u = ctx.villages[size_t(g.village)].urban;
            urban.push_back(u ? g.population : 0);
            rural.push_back(u ? 0 : g.population);
            (u ? m_urbanPopulation : m_ruralPopulation) += g.population;
        }
        m_urbanGrids.reset(urban);
        m_ruralGrids.reset(rural);
        for (const auto &s : m_spec.sources)
            m_sourceWeights.push_back(s.weight);
        for (size_t b = 0; b < ctx.bodies.size(); ++b) {
            if (ctx.bodies[b].level == 0)
                m_countyBodyByKind.insert(ctx.bodies[b].kind, int(b));
        }
        for (int a = 0; a <= int(A::Reopen); ++a)
            m_actionKeys.push_back(DisputeWorkflow::actionKey(A(a)).toLatin1());
        for (int st = 0; st <= int(S::Withdrawn); ++st)
            m_statusKeys.push_back(disputeStatusKey(S(st)).toLatin1());
    }

    void run()
    {
        const DemoCountySpec &spec = m_spec;
        const qint64 days = spec.start.daysTo(spec.end) + 1;
        const size_t nc = spec.categories.size();
        std::vector<double> catShare(nc), urbanShare(nc);
        for (size_t c = 0; c < nc; ++c) {
            const auto &cat = spec.categories[c];
            const double u = m_urbanPopulation * cat.urban, r = m_ruralPopulation * cat.rural;
            catShare[c] = u + r;
            urbanShare[c] = u + r > 0 ? u / (u + r) : 0;
        }
        auto dayWeight = [&](const QDate &d, size_t c) {
            const double weekday = d.dayOfWeek() == 6 ? 0.7 : d.dayOfWeek() == 7 ? 0.6 : 1.0;
            const double years = spec.start.daysTo(d) / 365.25;
            return catShare[c] * spec.categories[c].season[size_t(d.month() - 1)] * weekday
                   * std::pow(1 + spec.yearlyTrend, years);
        };
        double total = 0;
        for (qint64 i = 0; i < days; ++i) {
            const QDate d = spec.start.addDays(i);
            for (size_t c = 0; c < nc; ++c)
                total += dayWeight(d, c);
        }
        const double expected = spec.disputes * m_ctx.options.scale;
        const double perWeight = total > 0 ? expected / total : 0;
        const double perYear = expected * 365.25 / double(days);
        m_caseDigits = std::max(4, int(std::ceil(std::log10(std::max(10.0, perYear * 1.6)))));

        static const double hourWeights[24] = {0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1.2,
                                               3.5, 4.5, 4.5, 3.8, 2.2, 2.6, 3.8, 4.2,
                                               4.0, 3.2, 1.6, 1.1, 0.9, 0.6, 0.3, 0.2};
        std::vector<Planned> today;
        for (qint64 i = 0; i < days; ++i) {
            const QDate d = spec.start.addDays(i);
            today.clear();
            for (size_t c = 0; c < nc; ++c) {
                const double lambda = perWeight * dayWeight(d, c);
                int n = int(lambda);
                if (m_rng.uniform() < lambda - n)
                    ++n;
                for (int k = 0; k < n; ++k) {
                    Planned p;
                    p.category = int(c);
                    p.urban = m_rng.uniform() < urbanShare[c];
                    const int hour = m_rng.weighted(hourWeights);
                    p.reportedAt = m_ctx.toMs(d, hour * 3600.0 + m_rng.uniform(0, 3600));
                    if (p.reportedAt > m_ctx.nowMs)
                        p.reportedAt = m_ctx.nowMs - qint64(m_rng.uniform(60, 6 * 3600) * 1000);
                    today.push_back(p);
                }
            }
            std::sort(today.begin(), today.end(),
                      [](const Planned &a, const Planned &b) { return a.reportedAt < b.reportedAt; });
            for (const Planned &p : today)
                write(p);
            m_ctx.progress(33, 92, double(i + 1) / double(days),
                           QT_TRANSLATE_NOOP("DemoGenerator", "Disputes and their histories"));
        }
    }

private:
    struct Planned
    {
        int category = 0;
        bool urban = false;
        qint64 reportedAt = 0;
    };

    int pickGrid(bool urban)
    {
        if (urban && !m_urbanGrids.empty())
            return m_urbanGrids.draw(m_rng);
        if (!m_ruralGrids.empty())
            return m_ruralGrids.draw(m_rng);
        return m_urbanGrids.draw(m_rng);
    }

    // Mediation body for a handling level (may change the level when the village has none).
    int bodyFor(int *level, const DemoGrid &grid, const DemoCountySpec::Category &cat,
                const QByteArray &source)
    {
        const DemoVillage &v = m_ctx.villages[size_t(grid.village)];
        const DemoTownship &t = m_ctx.townships[size_t(v.township)];
        if (*level == 2) {
            if (v.body >= 0)
                return v.body;
            *level = 1;
        }
        if (*level == 1)
            return t.body;
        if (source == "court_transfer" && m_rng.chance(0.6))
            return m_countyBodyByKind.value(QByteArrayLiteral("court_desk"), m_ctx.countyCommittee);
        if (source == "petition_transfer" && m_rng.chance(0.5))
            return m_countyBodyByKind.value(QByteArrayLiteral("petition_office"),
                                            m_ctx.countyCommittee);
        if (!cat.countyBody.isEmpty() && m_rng.chance(0.85)) {
            const int b = m_countyBodyByKind.value(cat.countyBody.toUtf8(), -1);
            if (b >= 0)
                return b;
        }
        if (m_rng.chance(0.3))
            return m_countyBodyByKind.value(QByteArrayLiteral("multi_resolution_center"),
                                            m_ctx.countyCommittee);
        return m_ctx.countyCommittee;
    }

    QString clerkAt(int level, const DemoGrid &grid)
    {
        const DemoVillage &v = m_ctx.villages[size_t(grid.village)];
        const DemoTownship &t = m_ctx.townships[size_t(v.township)];
        if (level == 2 && v.body >= 0)
            return m_ctx.staff[size_t(m_ctx.bodies[size_t(v.body)].mediators.front())].name;
        if (level >= 1 && !t.clerks.empty())
            return m_ctx.staff[size_t(t.clerks[m_rng.below(t.clerks.size())])].name;
        return m_ctx.staff[size_t(m_ctx.countyOfficers[m_rng.below(m_ctx.countyOfficers.size())])]
            .name;
    }

    static QString levelOffice(int level, const DemoTownship &t, const DemoVillage &v)
    {
        if (level == 2)
            return v.name + QStringLiteral("调委会");
        if (level == 1)
            return t.name + QStringLiteral("综治中心");
        return QStringLiteral("县综治中心");
    }

    QString pick(const QStringList &list) { return list.at(qsizetype(m_rng.below(quint64(list.size())))); }

    void write(const Planned &plan)
    {
        const DemoCountySpec::Category &cat = m_spec.categories[size_t(plan.category)];
        const int gridIndex = pickGrid(plan.urban);
        const DemoGrid &grid = m_ctx.grids[size_t(gridIndex)];
        const DemoVillage &village = m_ctx.villages[size_t(grid.village)];
        const DemoTownship &township = m_ctx.townships[size_t(village.township)];
        const QDate reportedDay = m_ctx.localDay(plan.reportedAt);

        DemoWriter::DisputeRow row;
        row.id = m_ctx.newId(m_rng);
        row.category = cat.key.toUtf8();
        row.gridCode = grid.code;
        row.reportedAt = plan.reportedAt;

        // Source, complexity, amount, parties.
        QByteArray source = m_spec.sources[size_t(m_rng.weighted(m_sourceWeights))].key.toUtf8();
        if (cat.key == QLatin1String("traffic") && m_rng.chance(0.55))
            source = QByteArrayLiteral("police_transfer");
        row.source = source;
        const int complexity = m_rng.weighted(cat.complexity);
        static const char *const kComplexity[] = {"general", "complex", "major"};
        row.complexity = kComplexity[complexity];
        row.isMajor = complexity == 2;
        qint64 amount = 0;
        if (cat.amountMax > 0 && (cat.amountMin > 0 || m_rng.chance(0.5))) {
            const double lo = std::max(300, cat.amountMin), hi = std::max(lo + 1, double(cat.amountMax));
            double a = std::exp(m_rng.uniform(std::log(lo), std::log(hi)));
            if (complexity == 2)
                a = std::min(hi * 2, a * 2.5);
            amount = a < 1000 ? qint64(a / 10) * 10 : qint64(a / 100) * 100;
        }
        row.amountYuan = amount;
        row.parties = m_rng.range(cat.partiesMin, cat.partiesMax);
        if (row.parties == 3 && m_rng.chance(0.6))
            row.parties = 2;

        // Text.
        const size_t caseIndex = m_rng.below(m_titles[size_t(plan.category)].size());
        const CaseTemplate &title = m_titles[size_t(plan.category)][caseIndex];
        const CaseTemplate &summary =
            m_summaries[size_t(plan.category)][caseIndex % m_summaries[size_t(plan.category)].size()];
        const unsigned used = title.used() | summary.used();
        QString values[KeyCount];
        const DemoPeople::Person a = m_ctx.people.person(m_rng, 20, 78, reportedDay);
        DemoPeople::Person b = m_ctx.people.person(m_rng, 20, 78, reportedDay);
        values[KeyA] = anonymous(a.surname);
        values[KeyB] = anonymous(b.surname);
        if (a.surname == b.surname) {
            values[KeyA] = anonymous(a.surname, QStringLiteral("甲"));
            values[KeyB] = anonymous(b.surname, QStringLiteral("乙"));
        }
        values[KeyVillage] = village.name;
        values[KeyTownship] = township.name;
        values[KeyResident] = village.urban ? QStringLiteral("居民") : QStringLiteral("村民");
        if (used & (1u << KeyGroup)) {
            values[KeyGroup] = village.urban ? pick(m_spec.estates)
                                             : chineseNumber(m_rng.range(1, 12)) + QStringLiteral("组");
        }
        if (used & (1u << KeyEstate))
            values[KeyEstate] = pick(m_spec.estates);
        if (amount == 0 && (used & (1u << KeyAmount))) {
            amount = qint64(m_rng.range(20, 300)) * 100;   // the case text names a sum
            row.amountYuan = amount;
        }
        values[KeyAmount] = amountText(amount);
        if (used & (1u << KeyArea))
            values[KeyArea] = QString::number(m_rng.range(6, 120));
        if (used & (1u << KeyMu)) {
            const double mu = m_rng.logNormal(3, 0.9);
            values[KeyMu] = mu < 3 ? QString::number(std::max(0.3, mu), 'f', 1)
                                   : QString::number(std::lround(mu));
        }
        values[KeyMonths] = QString::number(m_rng.range(2, 18));
        values[KeyYears] = QString::number(m_rng.range(1, 6));
        values[KeyN] = QString::number(m_rng.range(3, 36));
        QString organisation;
        if (used & (1u << KeyCompany)) {
            values[KeyCompany] = pick(m_spec.companies)
                                 + (cat.key == QLatin1String("property_mgmt")
                                        ? pick(m_spec.propertyCompanies)
                                        : pick(m_spec.companyTrades));
        }
        if (used & (1u << KeyShop))
            values[KeyShop] = pick(m_spec.companies) + pick(m_spec.shops);
        if (used & (1u << KeyHospital)) {
            values[KeyHospital] = pick(m_spec.hospitals);
            values[KeyHospital].replace(QStringLiteral("{township}"), township.name);
        }
        if (used & (1u << KeyRoad))
            values[KeyRoad] = pick(m_spec.roads);
        if (used & (1u << KeyDate)) {
            const QDate when = reportedDay.addDays(-m_rng.range(0, 12));
            values[KeyDate] = QStringLiteral("%1年%2月%3日")
                                  .arg(when.year()).arg(when.month()).arg(when.day());
        }
        for (int k : {int(KeyCompany), int(KeyShop), int(KeyHospital)}) {
            if (title.uses(k)) {
                organisation = values[k];
                break;
            }
        }
        if (organisation.isEmpty() && title.uses(KeyTownship))
            organisation = township.name + QStringLiteral("人民政府");
        row.title = title.render(values).toUtf8();
        row.summary = summary.render(values).toUtf8();

        // Handling level and body.
        int level = 2 - m_rng.weighted(cat.levels);   // weights are village, township, county
        if (complexity == 2 && level == 2 && m_rng.chance(0.8))
            level = 1;
        if (source == "court_transfer" || source == "petition_transfer")
            level = std::min(level, m_rng.chance(0.5) ? 0 : 1);
        if (level == 2 && village.body < 0)
            level = 1;   // no committee of its own: the township's committee handles it

        // History.
        simulate(row, grid, village, township, cat, level, complexity, source);

        ++m_serialByYear[reportedDay.year()];
        row.caseNo = (m_spec.countyShortName + QStringLiteral("调〔%1〕").arg(reportedDay.year())
                      + QString::number(m_serialByYear[reportedDay.year()])
                            .rightJustified(m_caseDigits, QLatin1Char('0'))
                      + QStringLiteral("号"))
                         .toUtf8();
        m_ctx.writer.insert(row);
        ++m_result.disputes;

        // Parties.
        DemoWriter::PartyRow party;
        party.disputeId = row.id;
        party.updatedAt = row.updatedAt;
        party.id = m_ctx.newId(m_rng);
        party.role = QByteArrayLiteral("applicant");
        party.name = a.name.toUtf8();
        party.idCard = a.idCard;
        party.phone = a.phone;
        m_ctx.writer.insert(party);
        party.id = m_ctx.newId(m_rng);
        party.role = QByteArrayLiteral("respondent");
        if (!organisation.isEmpty()) {
            party.name = organisation.toUtf8();
            party.idCard.clear();
            party.phone = "0746-" + QByteArray::number(m_rng.range(2000000, 8999999));
        } else {
            party.name = b.name.toUtf8();
            party.idCard = b.idCard;
            party.phone = b.phone;
        }
        m_ctx.writer.insert(party);
        if (row.parties >= 3) {
            const DemoPeople::Person c = m_ctx.people.person(m_rng, 20, 78, reportedDay);
            party.id = m_ctx.newId(m_rng);
            party.role = QByteArrayLiteral("third_party");
            party.name = c.name.toUtf8();
            party.idCard = c.idCard;
            party.phone = c.phone;
            m_ctx.writer.insert(party);
        }

        // Events.
        DemoWriter::EventRow ev;
        ev.disputeId = row.id;
        QByteArray from;
        for (const Event &e : m_events) {
            ev.id = m_ctx.newId(m_rng);
            ev.at = e.at;
            ev.action = m_actionKeys[size_t(e.action)];
            ev.fromStatus = from;
            ev.toStatus = m_statusKeys[size_t(e.to)];
            ev.actor = e.actor.toUtf8();
            ev.note = e.note.toUtf8();
            ev.updatedAt = e.at;
            m_ctx.writer.insert(ev);
            from = ev.toStatus;
            ++m_result.events;
        }
    }

    // Walks the workflow from the report to wherever the dispute is at the end of the history
    // and fills the dispute's state columns from the events that happened by then.
    void simulate(DemoWriter::DisputeRow &row, const DemoGrid &grid, const DemoVillage &village,
                  const DemoTownship &township, const DemoCountySpec::Category &cat, int level,
                  int complexity, const QByteArray &source)
    {
        m_events.clear();
        qint64 t = row.reportedAt;
        const qint64 hour = 3600000, day = 24 * hour;
        int body = -1, mediator = -1;
        auto push = [&](A action, S to, qint64 at, const QString &actor, const QString &note,
                        int satisfaction = -1) {
            at = std::max(at, m_events.empty() ? row.reportedAt : m_events.back().at + 60000);
            m_events.push_back(
                {action, to, at, actor, note, level, body, mediator, satisfaction, nullptr});
            t = at;
        };
        static const char *const kComplexityName[] = {"general", "complex", "major"};
        const int deadlineDays = WorkingDays::defaultDeadlineDays(QLatin1String(kComplexityName[complexity]));

        // Report.
        QString reporter;
        QString note;
        if (source == "grid_screening") {
            reporter = grid.workerName;
            note = QStringLiteral("网格员日常排查发现并上报");
        } else if (source == "police_transfer") {
            reporter = township.name + QStringLiteral("派出所");
            note = QStringLiteral("110接警后移交调解（警调对接）");
        } else if (source == "court_transfer") {
            reporter = QStringLiteral("县人民法院");
            note = QStringLiteral("人民法院诉前委派调解");
        } else if (source == "petition_transfer") {
            reporter = QStringLiteral("县信访局");
            note = QStringLiteral("信访部门转交办理");
        } else if (source == "hotline") {
            reporter = clerkAt(0, grid);
            note = QStringLiteral("12345热线转办");
        } else if (source == "online") {
            reporter = clerkAt(1, grid);
            note = QStringLiteral("网上矛盾纠纷受理平台登记");
        } else {
            reporter = clerkAt(level, grid);
            note = QStringLiteral("当事人来访反映");
        }
        push(A::Report, S::Reported, t, reporter, note);

        const int withdrawStage = m_rng.chance(0.03) ? m_rng.range(0, 3) : -1;
        auto withdraw = [&](int stage) {
            if (stage != withdrawStage)
                return false;
            push(A::Withdraw, S::Withdrawn, t + qint64(m_rng.logNormal(30, 1.0) * hour),
                 clerkAt(level, grid), QStringLiteral("当事人自行和解，申请撤回"));
            return true;
        };
        if (withdraw(0))
            return finish(row, deadlineDays);

        // Accept, with the deadline from the acceptance day.
        push(A::Accept, S::Accepted, t + qint64(m_rng.logNormal(4, 1.1) * hour), clerkAt(level, grid),
             QString());
        qint64 clockStart = t;
        auto dueText = [&](qint64 from) {
            return WorkingDays::add(m_ctx.localDay(from), deadlineDays).toString(Qt::ISODate);
        };
        m_events.back().note = QStringLiteral("受理，限%1个工作日内办结（%2前）")
                                   .arg(deadlineDays).arg(dueText(t));
        if (withdraw(1))
            return finish(row, deadlineDays);

        int escalations = 0;
        int reopenings = 0;
        for (;;) {
            // Route and mediate at the current level.
            body = bodyFor(&level, grid, cat, source);
            const DemoBody &b = m_ctx.bodies[size_t(body)];
            mediator = b.mediators[m_rng.below(b.mediators.size())];
            push(A::Route, S::Routed, t + qint64(m_rng.logNormal(5, 1.0) * hour),
                 clerkAt(level, grid), QStringLiteral("分流至") + b.name);
            if (withdraw(2))
                return finish(row, deadlineDays);
            const QString mediatorName = m_ctx.staff[size_t(mediator)].name;
            push(A::StartMediation, S::Mediating, t + qint64(m_rng.logNormal(20, 0.9) * hour),
                 mediatorName, mediatorName + QStringLiteral("组织双方当事人调解"));
            if (withdraw(3))
                return finish(row, deadlineDays);

            // How long mediation takes, against the deadline (in working days ≈ 1.4 days).
            double f = std::min(0.95, m_rng.logNormal(0.4, 0.6));
            const double r = m_rng.uniform();
            if (r < 0.006)
                f = m_rng.uniform(2.5, 8);
            else if (r < 0.08)
                f = m_rng.uniform(1.0, 2.2);
            const qint64 end = std::max(t + qint64(m_rng.uniform(0.5, 6) * hour),
                                        clockStart + qint64(f * deadlineDays * 1.4 * day));
            const double pResolve = complexity == 0 ? 0.92 : complexity == 1 ? 0.82 : 0.72;
            if (m_rng.chance(pResolve)) {
                push(A::Resolve, S::Resolved, end, mediatorName,
                     QString::fromUtf8(kResolveNotes[m_rng.below(std::size(kResolveNotes))]));
                // Follow-up visit, sometimes a broken agreement brings it back.
                const bool followUp = complexity > 0 || m_rng.chance(0.35);
                if (followUp) {
                    const int sat = m_rng.weighted(std::array<double, 3>{0.78, 0.18, 0.04});
                    push(A::FollowUp, S::FollowedUp, t + qint64(m_rng.uniform(3, 15) * day),
                         clerkAt(level, grid),
                         QStringLiteral("回访，当事人表示") + QString::fromUtf8(kSatisfactionText[sat]),
                         sat);
                }
                if (reopenings == 0 && m_rng.chance(0.015)) {
                    ++reopenings;
                    push(A::Reopen, S::Mediating, t + qint64(m_rng.uniform(1, 10) * day),
                         clerkAt(level, grid), QStringLiteral("一方未按协议履行，重新组织调解"));
                    push(A::Resolve, S::Resolved, t + qint64(m_rng.uniform(1, 8) * day),
                         mediatorName, QStringLiteral("重新调解后达成协议并履行完毕"));
                }
                push(A::Close, S::Closed,
                     t + qint64((followUp ? m_rng.uniform(1, 72) : m_rng.uniform(2, 72)) * hour),
                     clerkAt(level, grid), QStringLiteral("案结事了，办结归档"));
                break;
            }
            push(A::Fail, S::Failed, end, mediatorName,
                 QString::fromUtf8(kFailNotes[m_rng.below(std::size(kFailNotes))]));
            // A failure low down usually goes one level up (小事不出村、大事不出镇).
            const double pEscalate = level == 2 ? 0.5 : level == 1 ? 0.3 : 0.0;
            if (escalations < 2 && m_rng.chance(pEscalate)) {
                ++escalations;
                const QString actor = clerkAt(level, grid);
                level -= 1;
                body = -1;
                mediator = -1;
                push(A::Escalate, S::Accepted, t + qint64(m_rng.uniform(2, 48) * hour), actor,
                     QStringLiteral("调解不成，报请%1统筹调处")
                         .arg(levelOffice(level, township, village)));
                clockStart = t;
                continue;
            }
            if (m_rng.chance(0.65)) {
                QString referNote = QStringLiteral("告知当事人申请劳动人事争议仲裁");
                const char *referral = "arbitration";
                if (cat.key != QLatin1String("labour_wage")) {
                    const size_t k = m_rng.below(std::size(kReferNotes));
                    referNote = QString::fromUtf8(kReferNotes[k]);
                    referral = kReferKinds[k];
                }
                push(A::Refer, S::Referred, t + qint64(m_rng.uniform(1, 5) * day),
                     clerkAt(level, grid), referNote);
                m_events.back().referral = referral;
            }
            if (m_rng.chance(0.5)) {
                const int sat = m_rng.weighted(std::array<double, 3>{0.3, 0.45, 0.25});
                push(A::FollowUp, S::FollowedUp, t + qint64(m_rng.uniform(3, 15) * day),
                     clerkAt(level, grid),
                     QStringLiteral("回访，当事人表示") + QString::fromUtf8(kSatisfactionText[sat]),
                     sat);
            }
            push(A::Close, S::Closed, t + qint64(m_rng.uniform(1, 5) * day), clerkAt(level, grid),
                 QStringLiteral("依法引导后办结归档"));
            break;
        }
        finish(row, deadlineDays);
    }

    // Drops what lies after the end of the history and derives the dispute's columns from
    // the events that remain.
    void finish(DemoWriter::DisputeRow &row, int deadlineDays)
    {
        while (m_events.size() > 1 && m_events.back().at > m_ctx.nowMs)
            m_events.pop_back();

        qint64 acceptedAt = 0, resolvedAt = 0, closedAt = 0, clockStart = 0;
        QByteArray outcome, referral;
        QString handler;
        int satisfaction = -1, escalations = 0;
        for (const Event &e : m_events) {
            switch (e.action) {
            case A::Accept:
                if (!acceptedAt)
                    acceptedAt = e.at;
                clockStart = e.at;
                handler = e.actor;
                break;
            case A::Escalate:
                clockStart = e.at;
                ++escalations;
                break;
            case A::Resolve:
                resolvedAt = e.at;
                outcome = QByteArrayLiteral("resolved");
                break;
            case A::Fail:
                resolvedAt = 0;
                outcome = QByteArrayLiteral("failed");
                break;
            case A::Refer:
                outcome = QByteArrayLiteral("referred");
                referral = e.referral;
                break;
            case A::Reopen:
                resolvedAt = 0;
                outcome.clear();
                break;
            case A::Withdraw:
                outcome = QByteArrayLiteral("withdrawn");
                closedAt = e.at;
                break;
            case A::Close:
                closedAt = e.at;
                break;
            case A::FollowUp:
                satisfaction = e.satisfaction;
                break;
            default:
                break;
            }
        }
        const Event &last = m_events.back();
        // While a failed case waits for escalation or referral, the outcome is open.
        row.level = last.level;
        row.mediationBodyId = last.body >= 0 ? m_ctx.bodies[size_t(last.body)].id : QByteArray();
        row.mediatorId = last.mediator >= 0 ? m_ctx.staff[size_t(last.mediator)].id : QByteArray();
        row.acceptedAt = acceptedAt;
        row.resolvedAt = resolvedAt;
        row.closedAt = closedAt;
        row.outcome = outcome;
        // As migration 0003 derives them from the history.
        row.handler = handler.toUtf8();
        row.escalations = escalations;
        row.referral = outcome == "referred" ? referral : QByteArray();
        row.satisfaction = satisfaction >= 0 ? QByteArray(kSatisfaction[satisfaction]) : QByteArray();
        row.dueOn = clockStart ? WorkingDays::add(m_ctx.localDay(clockStart), deadlineDays)
                                     .toString(Qt::ISODate).toLatin1()
                               : QByteArray();
        row.status = m_statusKeys[size_t(last.to)];
        row.updatedAt = last.at;
    }

    DemoContext &m_ctx;
    const DemoCountySpec &m_spec;
    DemoGenerator::Result &m_result;
    DemoRandom m_rng;
    std::vector<std::vector<CaseTemplate>> m_titles, m_summaries;
    DemoWeightedIndex m_urbanGrids, m_ruralGrids;
    double m_urbanPopulation = 0, m_ruralPopulation = 0;
    std::vector<double> m_sourceWeights;
    QHash<QByteArray, int> m_countyBodyByKind;
    QHash<int, int> m_serialByYear;
    int m_caseDigits = 4;
    std::vector<Event> m_events;
    std::vector<QByteArray> m_actionKeys, m_statusKeys;
};

} // namespace

void buildDisputes(DemoContext &ctx, DemoGenerator::Result &result)
{
    DisputeBuilder(ctx, result).run();
}
