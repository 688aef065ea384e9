#pragma once

// A small store for survey-import tests: one county, 城关镇 (东门社区, 西门村), 新安街道
// (新安社区), 白沙乡 (白沙村). Shared by the survey import and crash tests.

#include "clirun.h"

#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace CliTest {

// A new store named `name` in the test's temporary folder (an older one of that name goes).
inline QString surveyStore(const QString &name)
{
    const QString path = tempDir().filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const Run init = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exit == 0);
    auto db = Database::open(path);
    const struct
    {
        const char *code;
        const char *name;
        int level;
        const char *parent;
    } regions[] = {
        {"990300000000", "测试县", 0, nullptr},
        {"990300001000", "城关镇", 1, "990300000000"},
        {"990300002000", "新安街道", 1, "990300000000"},
        {"990300003000", "白沙乡", 1, "990300000000"},
        {"990300001001", "东门社区", 2, "990300001000"},
        {"990300001002", "西门村", 2, "990300001000"},
        {"990300002001", "新安社区", 2, "990300002000"},
        {"990300003001", "白沙村", 2, "990300003000"},
    };
    for (const auto &r : regions) {
        QSqlQuery q = db->prepare(QStringLiteral(
            "INSERT INTO region (id, code, name, level, parent_code, rev, origin, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 1, 'test', 0)"));
        q.addBindValue(QStringLiteral("region-") + QLatin1String(r.code));
        q.addBindValue(QLatin1String(r.code));
        q.addBindValue(QString::fromUtf8(r.name));
        q.addBindValue(r.level);
        q.addBindValue(r.parent ? QVariant(QLatin1String(r.parent)) : QVariant());
        Database::exec(q);
    }
    return path;
}

} // namespace CliTest
