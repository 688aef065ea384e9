#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// The survey (一感两度两率) on the command line.
//
// `pingan-cli import-survey FILE --wave NAME [--encoding auto|utf-8|gb18030] [--sheet NAME]
//  [--map FIELD=COLUMN …] [--report FILE.json] [--by LOGIN] [--json]`
// (app/cli/cmd_surveyimport.cpp): reads a CSV or XLSX export, checks every row and writes the
// good ones in one transaction; prints {"imported", "duplicates", "rejected"}. Exit 3 when the
// file cannot be used at all (no recognisable columns, unreadable) — nothing is written then.
//
// `pingan-cli indicators --wave NAME [--region CODE] [--indicator KEY] [--json]`
// (app/cli/cmd_indicators.cpp): the figures of a wave per region (DESIGN §8).
//
// `pingan-cli survey-scheme [--preset standard|strict|index | --file SCHEME.json] [--name NAME]
//  [--by LOGIN] [--json]` (app/cli/cmd_indicators.cpp): shows the scoring scheme in force, or
// stores a preset or a scheme file as the new default (exit 3 naming the indicator and field
// when it is not valid).
//
// `words` are the words after the command. Exit 2 on wrong usage, 1 without a store.
int runImportSurveyCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                           QTextStream &err);
int runIndicatorsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                         QTextStream &err);
int runSurveySchemeCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                           QTextStream &err);

// The commands' lines for `pingan-cli help`.
QString importSurveyUsage();
QString indicatorsUsage();
