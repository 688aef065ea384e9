#pragma once

#include <QString>

struct ReportContent;

// Writes the tables of a report as an Excel workbook (libxlsxwriter): one sheet per table, every
// row of it (the print may list fewer), figures as typed cells with number formats.
class ReportXlsx
{
public:
    // Writes to `path` atomically (a temporary file beside it, renamed at the end: a failure
    // leaves any existing file as it was). Returns false and sets *error (translated, naming
    // the file) when it cannot.
    static bool write(const QString &path, const ReportContent &content, QString *error);
};
