#include "cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pingan-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliApp(out, err).run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
