#pragma once

#include <QString>

class Database;

// The minimal way to move a township's rows between two stores, for the sync benchmark's
// baseline only: the same tables and rows as a sync package, copied with plain
// `INSERT … SELECT` through an attached file — no change log, checksum, signature, scope check,
// revision comparison or conflict record.
namespace NaiveSyncCopy {

// Copies the rows a first package for `township` would carry into a new file `outPath`.
// Returns the rows written.
qint64 exportRows(Database &db, const QString &township, const QString &outPath);
// Copies every row of the file made by exportRows() into the store (INSERT OR REPLACE), in
// one transaction. Returns the rows written.
qint64 importRows(Database &db, const QString &path);

} // namespace NaiveSyncCopy
