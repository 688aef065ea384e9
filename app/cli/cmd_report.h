#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli report --month YYYY-MM [--region CODE] [--as-of YYYY-MM-DD] [--issuer TEXT]
//  [--pdf FILE] [--xlsx FILE] [--json] [--lang zh_CN|en]` (app/cli/cmd_report.cpp): the monthly
// report (月报) of the county or one township, drawn headlessly to a PDF and its tables to a
// workbook; --json prints every table. Exit 2 on wrong usage, 3 when the month or region
// cannot be reported on, 1 when a file cannot be written.
int runReportCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                     QTextStream &err);

// The command's lines for `pingan-cli help`.
QString reportUsage();
