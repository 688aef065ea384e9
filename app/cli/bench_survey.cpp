#include "bench.h"

#include "cliapp.h"

#include "io/surveyimport.h"
#include "store/database.h"
#include "store/surveyrepository.h"
#include "store/surveyimportwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>

#include <cmath>
#include <random>
#include <vector>

// Survey import (DESIGN §12): a CSV file as a county office exports it from Excel (UTF-8 with
// a byte order mark, CRLF, Chinese headers, answer texts, extra columns, a quoted remark now
// and then) imported with validation into a copy of the demo county store, against the
// sqlite3 shell's `.import --csv` of the same file into a fresh database (no validation, no
// indexes) in the same run.
namespace BenchSurvey {

namespace {

using BenchMath::median;
using BenchMath::round1;
using BenchMath::round2;

struct Place
{
    QByteArray township;
    QByteArray village;   // empty: township only
};

// Townships and their villages from the demo store, so that the names match.
std::vector<Place> places(const QString &dbPath)
{
    auto db = Database::open(dbPath, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    const std::vector<SurveyImportWriter::Region> regions = SurveyImportWriter::liveRegions(*db);
    QHash<QByteArray, QByteArray> townshipName;
    for (const auto &r : regions)
        if (r.level == 1)
            townshipName.insert(r.code, r.name);
    std::vector<Place> out;
    for (const auto &r : regions) {
        if (r.level == 2 && townshipName.contains(r.parentCode))
            out.push_back({townshipName.value(r.parentCode), r.name});
    }
    for (const auto &r : regions)
        if (r.level == 1)
            out.push_back({r.name, {}});
    return out;
}

// Writes `rows` responses with 12 columns (111 MB at 1,000,000 rows).
void writeCsv(const QString &path, const std::vector<Place> &where, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw CliError {ExitFailure, QStringLiteral("bench: cannot write %1").arg(path)};
    std::mt19937 random(20260701);
    const char *const security[] = {"很安全", "安全", "基本安全", "不太安全", "不安全"};
    const int securityWeights[] = {40, 35, 18, 5, 2};
    const char *const satisfaction[] = {"满意", "基本满意", "不满意"};
    const int satisfactionWeights[] = {60, 33, 7};
    const char *const awareness[] = {"知道", "不知道"};
    const char *const participation[] = {"参加过", "没参加过"};
    const char *const methods[] = {"电话", "入户", "网络", "电话", "微信"};
    std::discrete_distribution<int> pickSecurity(std::begin(securityWeights),
                                                 std::end(securityWeights));
    std::discrete_distribution<int> pickSatisfaction(std::begin(satisfactionWeights),
                                                     std::end(satisfactionWeights));
    std::uniform_int_distribution<int> coin(0, 99);
    std::uniform_int_distribution<size_t> pickPlace(0, where.size() - 1);
    std::uniform_int_distribution<int> pickMethod(0, 4);
    std::uniform_int_distribution<int> day(1, 28);
    QByteArray out;
    out.reserve(1 << 20);
    out += "\xEF\xBB\xBF序号,受访者编号,乡镇/街道,村/社区,调查方式,调查日期,安全感,治安满意度,"
           "执法满意度,平安建设知晓率,平安建设参与率,备注\r\n";
    for (int i = 1; i <= rows; ++i) {
        const Place &p = where[pickPlace(random)];
        out += QByteArray::number(i);
        out += ",BQ";
        out += QByteArray::number(1000000 + i);
        out += ',';
        out += p.township;
        out += ',';
        out += p.village;
        out += ',';
        out += methods[pickMethod(random)];
        out += ",2026-08-";
        const int d = day(random);
        if (d < 10)
            out += '0';
        out += QByteArray::number(d);
        out += ',';
        out += security[pickSecurity(random)];
        out += ',';
        out += satisfaction[pickSatisfaction(random)];
        out += ',';
        out += satisfaction[pickSatisfaction(random)];
        out += ',';
        out += awareness[coin(random) < 85 ? 0 : 1];
        out += ',';
        out += participation[coin(random) < 60 ? 0 : 1];
        out += ',';
        const int remark = coin(random);
        if (remark < 3)
            out += "\"晚上路灯太暗，希望加装, 尤其是村口\"";
        else if (remark < 4)
            out += "\"受访者说：\"\"治安比去年好\"\"\"";
        out += "\r\n";
        if (out.size() > (1 << 20) - 512) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    if (!f.flush())
        throw CliError {ExitFailure, QStringLiteral("bench: cannot write %1").arg(path)};
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The sqlite3 shell's import of `csv` into table t of a new database; seconds.
double shellImport(const QString &csv, const QString &dbPath)
{
    removeStore(dbPath);
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"),
            {dbPath, QStringLiteral(".import --csv \"%1\" t").arg(csv)});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        throw CliError {ExitFailure, QStringLiteral("bench: sqlite3 .import failed (is the "
                                                    "sqlite3 package installed?): %1%2")
                                         .arg(p.errorString(),
                                              QString::fromUtf8(p.readAllStandardError()))};
    }
    return double(t.nsecsElapsed()) / 1e9;
}

// The same store work done by the sqlite3 shell as far as it can: `.import` of the file into a
// staging table of a copy of the store, then one insert-from-select that maps names to region codes
// and answer texts to codes into survey_response (the counts kept by the trigger), one
// transaction. No row checks, no report of rejected rows. Seconds.
double shellSameWork(const QString &csv, const QString &demo, const QString &dbPath, int rows)
{
    removeStore(dbPath);
    if (!QFile::copy(demo, dbPath))
        throw CliError {ExitFailure, QStringLiteral("bench: cannot copy %1").arg(demo)};
    {
        // Migrated to the current schema before the clock starts, as ours is.
        auto db = Database::open(dbPath, Database::Mode::ReadWrite, true,
                                 Database::Check::Deferred);
    }
    const QString script = SurveyImportWriter::shellImportScript(csv, QStringLiteral("2099Q3"));
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {dbPath});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        throw CliError {ExitFailure, QStringLiteral("bench: the sqlite3 shell's import into the "
                                                    "store failed: %1%2")
                                         .arg(p.errorString(),
                                              QString::fromUtf8(p.readAllStandardError()))};
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    auto db = Database::open(dbPath, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    const std::optional<SurveyRepository::Wave> wave
        = SurveyRepository(*db).wave(QStringLiteral("2099Q3"));
    if (!wave || wave->responses != rows)
        throw CliError {ExitFailure, QStringLiteral("bench: the sqlite3 shell's import into the "
                                                    "store took %1 of %2 rows")
                                         .arg(wave ? wave->responses : 0)
                                         .arg(rows)};
    return seconds;
}

} // namespace

QStringList names()
{
    return {QStringLiteral("survey_import_rows_per_s")};
}

void run(Bench &bench)
{
    const bool quick = bench.options().quick;
    const int rows = quick ? 20000 : 1000000;
    const int runs = quick ? 1 : 3;
    const QString demo = bench.demoDatabase();
    const QString dir = QFileInfo(demo).absolutePath();
    const QString csv = dir + QStringLiteral("/survey-import-%1.csv").arg(rows);
    if (!QFileInfo::exists(csv)) {
        bench.note(QStringLiteral("survey: writing %1 responses to %2").arg(rows).arg(csv));
        writeCsv(csv + QStringLiteral(".part"), places(demo), rows);
        QFile::rename(csv + QStringLiteral(".part"), csv);
    }
    const QString shellDb = dir + QStringLiteral("/survey-import-shell.db");
    const QString ourDb = dir + QStringLiteral("/survey-import-ours.db");

    QList<double> shellSeconds;
    QList<double> sameWorkSeconds;
    QList<double> ourSeconds;
    SurveyImport::Result last;
    for (int i = 0; i < runs; ++i) {
        shellSeconds << shellImport(csv, shellDb);
        removeStore(shellDb);
        sameWorkSeconds << shellSameWork(csv, demo, shellDb, rows);
        removeStore(shellDb);

        removeStore(ourDb);
        if (!QFile::copy(demo, ourDb))
            throw CliError {ExitFailure, QStringLiteral("bench: cannot copy %1").arg(demo)};
        {
            auto db = Database::open(ourDb, Database::Mode::ReadWrite, true,
                                     Database::Check::Deferred);
            SurveyImport::Options options;
            options.file = csv;
            options.wave = QStringLiteral("2099Q3");
            options.actor = QStringLiteral("bench");
            QElapsedTimer t;
            t.start();
            last = SurveyImport::run(*db, options);
            ourSeconds << double(t.nsecsElapsed()) / 1e9;
        }
        removeStore(ourDb);
        if (!last.ok() || last.imported != rows) {
            throw CliError {ExitFailure,
                            QStringLiteral("bench: the survey import did not take every row "
                                           "(%1 imported, %2 rejected%3)")
                                .arg(last.imported)
                                .arg(last.rejected)
                                .arg(last.error.isEmpty() ? QString()
                                                          : QStringLiteral(": ") + last.error)};
        }
    }
    const double ours = median(ourSeconds);
    const double shell = median(shellSeconds);
    const double sameWork = median(sameWorkSeconds);
    QJsonArray oursAll;
    QJsonArray shellAll;
    for (double s : ourSeconds)
        oursAll.append(round2(s));
    for (double s : shellSeconds)
        shellAll.append(round2(s));
    bench.report({QStringLiteral("survey_import_rows_per_s"), std::round(rows / ours),
                  QStringLiteral("rows/s"), std::round(rows / shell),
                  QJsonObject {{QStringLiteral("rows"), rows},
                               {QStringLiteral("file_mb"),
                                round1(double(QFileInfo(csv).size()) / 1e6)},
                               {QStringLiteral("seconds"), round2(ours)},
                               {QStringLiteral("baseline_seconds"), round2(shell)},
                               {QStringLiteral("runs"), runs},
                               {QStringLiteral("seconds_all"), oursAll},
                               {QStringLiteral("baseline_seconds_all"), shellAll},
                               {QStringLiteral("imported"), last.imported},
                               {QStringLiteral("rejected"), last.rejected},
                               {QStringLiteral("baseline_is"),
                                QStringLiteral("sqlite3 shell .import --csv of the same file "
                                               "into a new database (no validation)")},
                               {QStringLiteral("same_work_baseline"), std::round(rows / sameWork)},
                               {QStringLiteral("same_work_ratio"),
                                std::round(sameWork / ours * 1000) / 1000},
                               {QStringLiteral("same_work_baseline_is"),
                                QStringLiteral("the sqlite3 shell's .import into a staging table "
                                               "of a copy of the store, then one insert-from-select "
                                               "mapping names and answer texts to codes into "
                                               "survey_response, one transaction; no row checks "
                                               "and no report")}}});
}

} // namespace BenchSurvey
