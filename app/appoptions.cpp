#include "appoptions.h"

AppOptions AppOptions::parse(const QStringList &arguments)
{
    AppOptions o;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](const char *name) -> QString {
            if (i + 1 >= arguments.size()) {
                o.error = QStringLiteral("%1 needs a value").arg(QLatin1String(name));
                return {};
            }
            return arguments.at(++i);
        };
        if (a == QLatin1String("--db")) {
            o.dbPath = value("--db");
        } else if (a.startsWith(QLatin1String("--db="))) {
            o.dbPath = a.mid(5);
        } else if (a == QLatin1String("--lang")) {
            o.language = value("--lang");
        } else if (a.startsWith(QLatin1String("--lang="))) {
            o.language = a.mid(7);
        } else if (a == QLatin1String("--quit-after-first-paint")) {
            o.quitAfterFirstPaint = true;
        } else if (a == QLatin1String("--baseline-empty-window")) {
            o.baselineEmptyWindow = true;
        } else if (a == QLatin1String("--quit-when-ready")) {
            o.quitWhenReady = true;
        } else if (a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("-style"))
                   && !a.startsWith(QLatin1String("-platform"))) {
            o.error = QStringLiteral("unknown option %1").arg(a);
        }
        if (!o.error.isEmpty())
            return o;
    }
    if (o.language != QLatin1String("zh_CN") && o.language != QLatin1String("en"))
        o.error = QStringLiteral("--lang must be zh_CN or en, not %1").arg(o.language);
    return o;
}

QString AppOptions::usage()
{
    return QStringLiteral("usage: pingan [--db FILE] [--lang zh_CN|en] [--quit-after-first-paint]");
}
