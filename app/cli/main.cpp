#include "cliapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Drawing maps and reports (render-map, report, the benchmarks) needs fonts and, for the benchmark's
    // widgets, a GUI application; without a display it draws offscreen. Everything else runs
    // as a plain console program.
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || !std::strcmp(argv[i], "render-map") || !std::strcmp(argv[i], "bench")
            || !std::strcmp(argv[i], "report");
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(draws ? new QApplication(argc, argv)
                                                : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("pingan-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliApp(out, err).run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
