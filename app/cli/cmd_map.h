#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli render-map [--region CODE] [--metric KEY] [--level grid|village|township]
//  [--method quantile|natural-breaks|equal-interval] [--classes N] --png FILE | --svg FILE
//  [--width W --height H] [--dpi D]`: draws the map of a region (default: the county) without
// a window — outlines, the choropleth with its legend, platforms, disputes, names, scale bar
// and north arrow — for reports and checks. W × H are the picture's size in points (1/96 in);
// --dpi scales the pixels (300: print). Exit codes: 2 usage, 3 unknown region or metric
// without data, 1 store or file failure.
int runRenderMapCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err);

QString renderMapUsage();
