#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli import-geo FILE --level …`: boundary import from shapefile, GeoJSON, GeoPackage
// or KML through GDAL/OGR (README: CLI reference).
QString geoCommandUsage();
int runImportGeoCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err);
