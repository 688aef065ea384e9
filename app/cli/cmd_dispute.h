#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli dispute add|show|list|act …` (README: CLI reference). Throws CliError.
int runDisputeCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                      QTextStream &err);
