// Quarterly public-safety surveys (一感两度两率) of the demo county: waves, responses per village
// with answers that differ by township and drift over time, and the default scoring scheme.

#include "democontext.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

void buildSurvey(DemoContext &ctx, DemoGenerator::Result &result)
{
    DemoRandom rng = ctx.master.fork(40);
    const DemoCountySpec &spec = ctx.spec;

    DemoWriter::SurveySchemeRow scheme;
    scheme.id = ctx.newId(rng);
    scheme.name = spec.schemeName.toUtf8();
    scheme.definition = QJsonDocument(spec.scheme).toJson(QJsonDocument::Compact);
    scheme.isDefault = true;
    scheme.updatedAt = ctx.dataTime;
    ctx.writer.insert(scheme);

    // First wave "YYYYQn".
    int year = spec.firstWave.left(4).toInt();
    int quarter = spec.firstWave.mid(5, 1).toInt();
    if (year < 1900 || quarter < 1 || quarter > 4) {
        year = spec.end.year() - 2;
        quarter = 1;
    }

    // Townships get samples in proportion to population^0.6 (small ones are oversampled, as
    // counties do to rank every township); villages by population.
    std::vector<double> townshipWeights;
    std::vector<DemoWeightedIndex> villageIndex;
    for (const DemoTownship &t : ctx.townships) {
        townshipWeights.push_back(std::pow(double(std::max<qint64>(1, t.population)), 0.6));
        std::vector<double> w;
        for (int k = 0; k < t.villageCount; ++k)
            w.push_back(double(ctx.villages[size_t(t.firstVillage + k)].population) + 1);
        villageIndex.emplace_back(w);
    }
    const DemoWeightedIndex townshipIndex(townshipWeights);
    std::vector<double> methodWeights;
    for (const auto &m : spec.surveyMethods)
        methodWeights.push_back(m.weight);

    // Intercepts: typical positive rates of ~96% security, ~93% order, ~90% enforcement,
    // ~85% awareness, ~60% participation.
    const double intercept[5] = {3.2, 2.6, 2.2, 1.7, 0.4};

    const int responsesPerWave = ctx.options.surveyResponsesPerWave > 0
                                     ? ctx.options.surveyResponsesPerWave
                                     : spec.responsesPerWave;
    // Fewer waves: the latest ones, so they still end where the history ends.
    const int waves = ctx.options.surveyWaves > 0 ? std::min(ctx.options.surveyWaves, spec.waves)
                                                  : spec.waves;
    for (int skip = spec.waves - waves; skip > 0; --skip) {
        if (++quarter > 4) {
            quarter = 1;
            ++year;
        }
    }
    for (int w = 0; w < waves; ++w) {
        const QDate startsOn(year, (quarter - 1) * 3 + 1, 1);
        const QDate endsOn = startsOn.addMonths(3).addDays(-1);
        const QString name = QStringLiteral("%1Q%2").arg(year).arg(quarter);
        DemoWriter::SurveyWaveRow wave;
        wave.id = ctx.newId(rng);
        wave.name = name.toUtf8();
        wave.startsOn = startsOn.toString(Qt::ISODate).toLatin1();
        wave.endsOn = endsOn.toString(Qt::ISODate).toLatin1();
        wave.updatedAt = std::min(ctx.nowMs, ctx.toMs(endsOn.addDays(10), 12 * 3600.0));
        ctx.writer.insert(wave);

        // This wave's mood per township: base + trend + a little noise.
        std::vector<double> mood;
        for (const DemoTownship &t : ctx.townships)
            mood.push_back(t.surveyBase + t.surveyTrend * w + 0.08 * rng.normal());

        for (int i = 0; i < responsesPerWave; ++i) {
            const int ti = townshipIndex.draw(rng);
            const DemoTownship &t = ctx.townships[size_t(ti)];
            const int vi = t.firstVillage + villageIndex[size_t(ti)].draw(rng);
            const DemoVillage &v = ctx.villages[size_t(vi)];
            const int method = rng.weighted(methodWeights);
            DemoWriter::SurveyResponseRow r;
            r.id = ctx.newId(rng);
            r.waveId = wave.id;
            static const char kMethodLetter[] = {'T', 'F', 'W', 'X'};
            r.respondentKey = wave.name + '-' + kMethodLetter[std::min(method, 3)]
                              + QByteArray::number(i + 1).rightJustified(5, '0');
            r.regionCode = v.code;
            r.method = spec.surveyMethods[size_t(method)].key.toUtf8();
            const double person = 0.6 * rng.normal();
            const double q = mood[size_t(ti)] + v.surveyEffect + person;
            int answers[5];
            for (int k = 0; k < 5; ++k) {
                const bool positive = rng.chance(sigmoid(intercept[k] + q));
                switch (k) {
                case 0: {   // 很安全 安全 基本安全 | 不太安全 不安全
                    const double top = std::clamp(0.35 + 0.1 * q, 0.05, 0.7);
                    answers[k] = positive ? 1 + rng.weighted(std::array<double, 3>{top, 0.45, 0.55 - top})
                                          : 4 + rng.weighted(std::array<double, 2>{0.72, 0.28});
                    break;
                }
                case 1:
                case 2: {   // 满意 基本满意 | 不满意
                    const double top = std::clamp(0.55 + 0.1 * q, 0.1, 0.9);
                    answers[k] = positive ? 1 + rng.weighted(std::array<double, 2>{top, 1 - top}) : 3;
                    break;
                }
                default:    // 知道/参加过 | 不知道/没参加过
                    answers[k] = positive ? 1 : 2;
                    break;
                }
                if (rng.chance(0.008))
                    answers[k] = 0;   // not answered
            }
            r.security = answers[0];
            r.orderSatisfaction = answers[1];
            r.enforcementSatisfaction = answers[2];
            r.awareness = answers[3];
            r.participation = answers[4];
            r.updatedAt = wave.updatedAt;
            ctx.writer.insert(r);
            ++result.surveyResponses;
        }
        ctx.progress(92, 97, double(w + 1) / spec.waves,
                     QT_TRANSLATE_NOOP("DemoGenerator", "Survey waves"));
        if (++quarter > 4) {
            quarter = 1;
            ++year;
        }
    }
}
