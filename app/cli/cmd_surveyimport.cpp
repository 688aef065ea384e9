#include "cmd_survey.h"

#include "cliapp.h"

#include "io/surveyimport.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// `pingan-cli import-survey` (cmd_survey.h): a thin shell around SurveyImport.
namespace {

class ImportSurvey
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImportCommand)

public:
    static int run(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err);

private:
    static SurveyColumnMapping mapping(const QStringList &maps, const QString &file,
                                       const SurveyImport::Options &options);
};

constexpr int kRejectionsShown = 10;

// The guess from the header, with each --map FIELD=COLUMN put over it.
SurveyColumnMapping ImportSurvey::mapping(const QStringList &maps, const QString &file,
                                          const SurveyImport::Options &options)
{
    QString error;
    const std::optional<SurveyImport::Preview> preview =
        SurveyImport::preview(file, options.encoding, options.sheet, &error);
    if (!preview)
        throw CliError {ExitRejected, error};
    SurveyColumnMapping m = preview->mapping;
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(QLatin1Char('='));
        const QString key = map.left(eq).trimmed();
        const std::optional<SurveyField> field = SurveyFields::fromKey(key);
        if (eq < 0 || !field) {
            QStringList keys;
            for (SurveyField f : SurveyFields::all())
                keys << SurveyFields::key(f);
            throw CliError {ExitRejected,
                            QStringLiteral("import-survey: --map '%1': the fields are %2")
                                .arg(map, keys.join(QStringLiteral(", ")))};
        }
        const QString columnText = map.mid(eq + 1).trimmed();
        if (columnText.isEmpty() || columnText == QLatin1String("-")) {
            m.set(*field, -1);
            continue;
        }
        const int column = SurveyImport::resolveColumn(preview->header, columnText);
        if (column < 0) {
            throw CliError {ExitRejected,
                            QStringLiteral("import-survey: --map '%1': %2 has no column '%3' "
                                           "(the columns are: %4)")
                                .arg(map, file, columnText,
                                     preview->header.join(QStringLiteral(", ")))};
        }
        // A column moved to this field leaves the field that had it.
        for (SurveyField f : SurveyFields::all())
            if (m.column(f) == column)
                m.set(f, -1);
        m.set(*field, column);
    }
    return m;
}

int ImportSurvey::run(const QString &dbPath, const QStringList &words, QTextStream &out,
                      QTextStream &err)
{
    // --map may be given several times: gather those first, CliArgs keeps one value per name.
    QStringList rest;
    QStringList maps;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--map")) {
            if (i + 1 >= words.size())
                throw CliError {ExitUsage,
                                QStringLiteral("import-survey: --map needs FIELD=COLUMN")};
            maps << words.at(++i);
        } else if (words.at(i).startsWith(QLatin1String("--map="))) {
            maps << words.at(i).mid(6);
        } else {
            rest << words.at(i);
        }
    }
    const CliArgs args(QStringLiteral("import-survey"), rest,
                       {{QStringLiteral("wave"), QStringLiteral("encoding"),
                         QStringLiteral("sheet"), QStringLiteral("report"), QStringLiteral("by")},
                        {QStringLiteral("json")},
                        1});
    if (args.positional().size() != 1) {
        throw CliError {ExitUsage,
                        QStringLiteral("import-survey: name the file: "
                                       "import-survey FILE --wave NAME")};
    }
    if (args.value(QStringLiteral("wave")).trimmed().isEmpty())
        throw CliError {ExitUsage, QStringLiteral("import-survey: --wave NAME is required")};
    SurveyImport::Options options;
    options.file = args.positional().at(0);
    options.wave = args.value(QStringLiteral("wave")).trimmed();
    options.sheet = args.value(QStringLiteral("sheet"));
    options.actor = args.actor();
    const QString encoding = args.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    const std::optional<SurveyImport::Encoding> e = SurveyImport::encodingFromKey(encoding);
    if (!e || *e == SurveyImport::Encoding::Utf8WithBom) {
        throw CliError {ExitUsage, QStringLiteral("import-survey: --encoding must be auto, utf-8 "
                                                  "or gb18030, not '%1'")
                                       .arg(encoding)};
    }
    options.encoding = *e;
    if (!QFileInfo(options.file).isFile())
        throw CliError {ExitRejected,
                        QStringLiteral("%1: cannot read: no such file").arg(options.file)};
    if (!QFileInfo::exists(dbPath)) {
        throw CliError {ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                    "'pingan-cli --db %1 init')")
                                         .arg(dbPath)};
    }
    if (!maps.isEmpty())
        options.mapping = mapping(maps, options.file, options);

    auto db = Database::open(dbPath, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    if (db->isReadOnly()) {
        throw CliError {ExitFailure,
                        QStringLiteral("%1 is damaged and open read-only (%2); nothing was written")
                            .arg(dbPath, db->damaged())};
    }
    const SurveyImport::Result r = SurveyImport::run(*db, options);

    const QString reportPath = args.value(QStringLiteral("report"));
    if (!reportPath.isEmpty()) {
        QSaveFile f(reportPath);
        const QByteArray json =
            QJsonDocument(r.report(options.file, options.wave)).toJson(QJsonDocument::Indented);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
            err << QStringLiteral("%1: cannot write the report: %2")
                       .arg(reportPath, f.errorString())
                << "\n";
            if (r.ok())
                return ExitFailure;
        }
    }
    if (!r.error.isEmpty())
        throw CliError {ExitRejected, r.error + QStringLiteral("; nothing was written")};

    if (args.has(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)) << "\n";
        return ExitOk;
    }
    out << tr("%1 → wave %2%3: %4 imported, %5 duplicates (already stored), %6 rejected (%7 s)")
               .arg(options.file, options.wave,
                    r.waveCreated ? tr(" (new)") : QString())
               .arg(r.imported)
               .arg(r.duplicates)
               .arg(r.rejected)
               .arg(r.seconds, 0, 'f', 2)
        << "\n";
    for (qsizetype i = 0; i < r.rejections.size() && i < kRejectionsShown; ++i) {
        const SurveyImport::Rejection &x = r.rejections.at(i);
        out << QStringLiteral("  %1:%2: %3%4")
                   .arg(options.file)
                   .arg(x.line)
                   .arg(x.field.isEmpty() ? QString() : x.field + QStringLiteral(": "), x.reason)
            << "\n";
    }
    if (r.rejections.size() > kRejectionsShown) {
        out << "  " << tr("… and %n more problem(s)", nullptr,
                          int(r.rejections.size() - kRejectionsShown));
        if (reportPath.isEmpty())
            out << " " << tr("(--report FILE.json lists them all)");
        out << "\n";
    }
    return ExitOk;
}

} // namespace

int runImportSurveyCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                           QTextStream &err)
{
    return runCliCommand(err, [&]() { return ImportSurvey::run(dbPath, words, out, err); });
}

QString importSurveyUsage()
{
    return QStringLiteral(
        "  import-survey FILE --wave NAME [--encoding auto|utf-8|gb18030] [--sheet NAME]\n"
        "                [--map FIELD=COLUMN ...] [--report FILE.json] [--by LOGIN] [--json]\n"
        "                     import survey responses (一感两度两率) from CSV (UTF-8, GB18030)\n"
        "                     or XLSX; Chinese headers recognised, --map overrides them (FIELD:\n"
        "                     respondent_key, township, village, region_code, method, security,\n"
        "                     order_satisfaction, enforcement_satisfaction, awareness,\n"
        "                     participation; COLUMN: header, number or letter); keys already in\n"
        "                     the wave are skipped; bad rows are reported, the rest written;\n"
        "                     exit 3 when the file cannot be used at all\n");
}
