#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli coverage [--region CODE] [--json]`: the 1-3-5 response coverage of every grid
// (over the stored road network when there is one, else straight line × detour);
// `coverage suggest --count K [--band MIN] [--json]`: where K new platforms would bring the most
// residents within the band; `import-roads FILE …`: the road network from a GIS line file.
// Bands are labelled "≤1", "≤3", "≤5" (the limits in minutes, from the settings) and ">5".
QString coverageCommandUsage();
int runCoverageCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                       QTextStream &err);
int runImportRoadsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                          QTextStream &err);
