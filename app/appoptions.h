#pragma once

#include <QString>
#include <QStringList>

// Command line of the desktop app: pingan [--db FILE] [--lang zh_CN|en] [--quit-after-first-paint]
struct AppOptions
{
    QString dbPath;                 // empty: the default database of this user
    QString language = QStringLiteral("zh_CN");
    bool quitAfterFirstPaint = false;
    bool baselineEmptyWindow = false;   // hidden: a bare QMainWindow, the startup baseline
    bool quitWhenReady = false;         // hidden: print ready_ms once every panel has its data
    QString error;                  // non-empty when the command line was wrong

    static AppOptions parse(const QStringList &arguments);
    static QString usage();
};
