// `pingan-cli indicators`: the survey figures of a wave per region (DESIGN §8).

#include "cliapp.h"
#include "cmd_survey.h"
#include "texttable.h"

#include "domain/surveystats.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/surveyrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString percent(double v, bool index)
{
    return index ? QString::number(v * 100, 'f', 1) : QString::number(v * 100, 'f', 1) + u'%';
}

int runIndicators(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("indicators"), words,
                       {{"wave", "region", "indicator"}, {"json"}});
    auto db = openStoreForReading(dbPath);
    SurveyRepository repo(*db);

    const QList<SurveyRepository::Wave> waves = repo.waves();
    if (waves.isEmpty())
        throw CliError{ExitRejected,
                       QStringLiteral("the store holds no survey wave; import one "
                                      "with 'pingan-cli import-survey'")};
    QString waveName = args.value(QStringLiteral("wave"));
    if (waveName.isEmpty())
        waveName = waves.last().name;
    qsizetype at = -1;
    for (qsizetype i = 0; i < waves.size(); ++i)
        if (waves.at(i).name == waveName)
            at = i;
    if (at < 0) {
        QStringList names;
        for (const auto &w : waves)
            names << w.name;
        throw CliError{ExitRejected,
                       QStringLiteral("no survey wave '%1' (there are: %2)")
                           .arg(waveName, names.join(QStringLiteral(", ")))};
    }
    const SurveyRepository::Wave wave = waves.at(at);
    const std::optional<SurveyRepository::Wave> previous
        = at > 0 ? std::optional(waves.at(at - 1)) : std::nullopt;

    SurveyStats::Options options;
    if (args.has(QStringLiteral("indicator"))) {
        const QString key = args.value(QStringLiteral("indicator"));
        const std::optional<SurveyIndicator> i = SurveyIndicators::fromKey(key);
        if (!i)
            throw CliError{ExitUsage,
                           QStringLiteral("--indicator '%1' is not one of security, "
                                          "order_satisfaction, enforcement_satisfaction, "
                                          "awareness, participation")
                               .arg(key)};
        options.indicators = {*i};
    }

    const SurveyGeography geo = repo.geography();
    QString region = args.value(QStringLiteral("region"));
    RegionLevel regionLevel = RegionLevel::County;
    if (!region.isEmpty()) {
        bool known = region == geo.county.code;
        for (const auto &t : geo.townships)
            if (t.code == region) {
                known = true;
                regionLevel = RegionLevel::Township;
                options.villagesOf = region;
            }
        for (const auto &v : geo.villages)
            if (v.code == region) {
                known = true;
                regionLevel = RegionLevel::Village;
                options.villagesOf = geo.townships[size_t(v.township)].code;
            }
        if (!known)
            throw CliError{ExitRejected,
                           QStringLiteral("--region %1 is not the county, a township or a village "
                                          "of this store")
                               .arg(region)};
    }

    QString schemeProblem;
    const SurveyScheme scheme = repo.currentScheme(&schemeProblem);
    const SurveyTally now = repo.tally(wave.id);
    std::optional<SurveyTally> before;
    if (previous)
        before = repo.tally(previous->id);
    QList<SurveyFigure> figures
        = SurveyStats::compute(geo, now, before ? &*before : nullptr, scheme, options);

    // Which rows: the county and its townships; a township and its villages; one village.
    const auto wanted = [&](const SurveyFigure &f) {
        switch (regionLevel) {
        case RegionLevel::County:
            return f.level != RegionLevel::Village;
        case RegionLevel::Township:
            return f.regionCode == region || f.level == RegionLevel::Village;
        default:
            return f.regionCode == region;
        }
    };
    figures.erase(std::remove_if(figures.begin(), figures.end(),
                                 [&](const SurveyFigure &f) { return !wanted(f); }),
                  figures.end());

    if (args.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const SurveyFigure &f : figures)
            rows.append(f.toJson());
        QJsonObject o{{QStringLiteral("wave"), wave.name},
                      {QStringLiteral("responses"), now.responses},
                      {QStringLiteral("previous_wave"),
                       previous ? QJsonValue(previous->name) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("scheme"), scheme.name},
                      {QStringLiteral("rows"), rows}};
        if (!schemeProblem.isEmpty())
            o.insert(QStringLiteral("scheme_problem"), schemeProblem);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        return ExitOk;
    }

    out << "wave " << wave.name << ": " << now.responses << " responses";
    if (previous)
        out << " (change against " << previous->name << ")";
    out << "; scheme: " << scheme.name << "\n";
    if (!schemeProblem.isEmpty())
        out << "note: " << schemeProblem << "\n";
    out << "rates with 95% Wilson intervals; the county is weighted by township population;\n"
           "* n < 30; last five marked L (L! = distinctly lower than the other townships, p < "
           "0.05);\n"
           "change marked ! when significant (p < 0.05)\n";
    for (SurveyIndicator indicator : SurveyIndicators::all()) {
        bool any = false;
        TextTable table({QStringLiteral("region"), QStringLiteral("code"), QStringLiteral("n"),
                         QStringLiteral("rate"), QStringLiteral("95% interval"),
                         QStringLiteral("rank"), QStringLiteral("last 5"),
                         QStringLiteral("change")},
                        2);
        for (const SurveyFigure &f : figures) {
            if (f.indicator != indicator)
                continue;
            any = true;
            const bool index = f.indexForm;
            QString change;
            if (f.rate && f.previousRate)
                change = QStringLiteral("%1%2").arg(
                    QString::number((*f.rate - *f.previousRate) * 100, 'f', 1),
                    f.changeSignificant ? QStringLiteral("!") : QString());
            const QString indent
                = f.level == RegionLevel::Village ? QStringLiteral("  ") : QString();
            table.addRow(
                {indent + f.regionName, f.regionCode,
                 QString::number(f.n) + (f.smallSample ? QStringLiteral("*") : QString()),
                 f.rate ? percent(*f.rate, index) : QStringLiteral("-"),
                 f.rate ? percent(f.ci.low, index) + QStringLiteral("–") + percent(f.ci.high, index)
                        : QString(),
                 f.rank ? QStringLiteral("%1/%2").arg(f.rank).arg(f.ranked) : QString(),
                 f.lastFive ? (f.distinctFromRest ? QStringLiteral("L!") : QStringLiteral("L"))
                            : QString(),
                 change});
        }
        if (!any)
            continue;
        out << "\n"
            << scheme.label(indicator) << (scheme.rule(indicator).isIndex() ? " (index 0-100)" : "")
            << "\n";
        table.print(out);
    }
    return ExitOk;
}

int runSurveyScheme(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("survey-scheme"), words,
                       {{"preset", "file", "name", "by"}, {"json"}});
    const bool change = args.has(QStringLiteral("preset")) || args.has(QStringLiteral("file"));
    if (args.has(QStringLiteral("preset")) && args.has(QStringLiteral("file")))
        throw CliError{ExitUsage,
                       QStringLiteral("survey-scheme: give --preset or --file, not both")};
    if (!change && args.has(QStringLiteral("name")))
        throw CliError{ExitUsage,
                       QStringLiteral("survey-scheme: --name goes with --preset or --file")};

    std::optional<SurveyScheme> scheme;
    if (args.has(QStringLiteral("preset"))) {
        const QString preset = args.value(QStringLiteral("preset"));
        if (preset == QLatin1String("standard"))
            scheme = SurveyScheme::standard();
        else if (preset == QLatin1String("strict"))
            scheme = SurveyScheme::strict();
        else if (preset == QLatin1String("index"))
            scheme = SurveyScheme::indexForm();
        else
            throw CliError{ExitUsage,
                           QStringLiteral("survey-scheme: --preset '%1' is not "
                                          "standard, strict or index")
                               .arg(preset)};
    } else if (args.has(QStringLiteral("file"))) {
        const QString file = args.value(QStringLiteral("file"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw CliError{ExitRejected,
                           QStringLiteral("%1: cannot read: %2").arg(file, f.errorString())};
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
        if (!doc.isObject())
            throw CliError{ExitRejected,
                           QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                               .arg(file, parse.errorString())
                               .arg(parse.offset)};
        QString error;
        scheme = SurveyScheme::fromJson(doc.object(), &error);
        if (!scheme)
            throw CliError{ExitRejected, QStringLiteral("%1: %2").arg(file, error)};
        scheme->name
            = doc.object().value(QStringLiteral("name")).toString(QFileInfo(file).baseName());
    }

    std::unique_ptr<Database> db = change ? Database::open(dbPath) : openStoreForReading(dbPath);
    SurveyRepository repo(*db);
    if (scheme) {
        if (db->isReadOnly())
            throw CliError{ExitFailure,
                           QStringLiteral("the store is open read-only: %1").arg(db->damaged())};
        if (args.has(QStringLiteral("name")))
            scheme->name = args.value(QStringLiteral("name"));
        // A new revision of the scheme in force rather than a new row each time.
        scheme->id = repo.currentScheme().id;
        repo.saveScheme(*scheme, args.actor());
    }
    QString problem;
    const SurveyScheme current = repo.currentScheme(&problem);
    if (args.has(QStringLiteral("json"))) {
        QJsonObject o = current.toJson();
        o.insert(QStringLiteral("name"), current.name);
        o.insert(QStringLiteral("id"),
                 current.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(current.id));
        if (!problem.isEmpty())
            o.insert(QStringLiteral("problem"), problem);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        return ExitOk;
    }
    out << (scheme ? "stored: " : "scheme in force: ") << current.name
        << (current.id.isEmpty() ? " (preset; nothing stored)" : "") << "\n";
    if (!problem.isEmpty())
        out << "note: " << problem << "\n";
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const SurveyIndicatorRule &r = current.rule(i);
        QStringList parts;
        for (int c = 1; c <= r.answers.size(); ++c) {
            if (r.isIndex())
                parts << QStringLiteral("%1=%2")
                             .arg(r.answers.at(c - 1))
                             .arg(r.weights[size_t(c - 1)]);
            else
                parts << (r.positive.contains(c) ? QStringLiteral("[%1]") : QStringLiteral("%1"))
                             .arg(r.answers.at(c - 1));
        }
        out << "  " << current.label(i) << " (" << SurveyIndicators::key(i)
            << "): " << (r.isIndex() ? "index " : "positive in [] ") << parts.join(QLatin1Char(' '))
            << "\n";
    }
    return ExitOk;
}

} // namespace

int runSurveySchemeCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                           QTextStream &err)
{
    return runCliCommand(err, [&] { return runSurveyScheme(dbPath, words, out); });
}

int runIndicatorsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                         QTextStream &err)
{
    return runCliCommand(err, [&] { return runIndicators(dbPath, words, out); });
}

QString indicatorsUsage()
{
    return QStringLiteral(
        "  indicators [--wave NAME] [--region CODE] [--indicator KEY] [--json]\n"
        "                     survey figures (一感两度两率) of a wave (default: the latest): "
        "rate,\n"
        "                     95% interval, n, rank and last five, change against the previous "
        "wave;\n"
        "                     --region: a township and its villages, or one village\n"
        "  survey-scheme [--preset standard|strict|index | --file SCHEME.json] [--name NAME]\n"
        "                [--by LOGIN] [--json]\n"
        "                     the survey scoring scheme in force; --preset/--file store a new "
        "one\n");
}
