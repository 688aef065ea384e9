#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli calendar …`: working-day arithmetic on the built-in China calendar (public
// holidays and make-up working days); needs no database. `words` are the words after
// "calendar". Prints to `out`, notes to `err`; throws CliError(ExitUsage) naming the argument
// at fault on a wrong command line.
//   calendar add-working-days DATE N   the day N working days after DATE (N < 0: before it)
//   calendar is-working-day DATE       "true" or "false", then the festival when there is one
int runCalendarCommand(const QStringList &words, QTextStream &out, QTextStream &err);

// The usage lines of the calendar commands, for `pingan-cli help`.
QString calendarUsage();
