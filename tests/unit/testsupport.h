#pragma once

#include <QString>
#include <QTemporaryDir>

// A temporary folder that lives as long as the test, with a database path inside it.
struct TempStore
{
    QTemporaryDir dir;
    QString path(const QString &name = QStringLiteral("store.db")) const
    {
        return dir.filePath(name);
    }
};
