#pragma once

#include <QString>

struct sqlite3;

// Chinese full-text search on SQLite FTS5: the `pingan_bigram` tokenizer and the MATCH
// expressions that go with it. Most Chinese words are two characters (欠薪, 邻里, 宅基), which
// FTS5's trigram tokenizer cannot find; overlapping bigrams can, down to one character.
//
// Documents: at each character (Unicode code point) the tokenizer emits the bigram of that
// character and the next one and, at the same position, the character alone; the last character
// emits only itself. Every code point counts (spaces, punctuation, digits, Latin letters) and
// ASCII letters are folded to lower case.
// Queries: a one-character string is that character; a longer one is its consecutive bigrams.
// So the quoted phrase "q" matches a column exactly when SQL `column LIKE '%q%'` would (LIKE
// ignores case for ASCII letters only, as the tokenizer does).

// Registers the `pingan_bigram` tokenizer on a connection; FTS5 tables that name it can only be
// read or written on connections where it is registered. Throws StoreError on failure.
void registerBigramTokenizer(sqlite3 *db);

// The FTS5 MATCH expression for what a user typed into a search box: each whitespace-separated
// word becomes a quoted phrase (embedded quotes doubled) and the phrases are joined by AND, so
// `欠薪 张` finds cases that contain both 欠薪 and 张, each anywhere in a title, summary or
// party name. FTS5 operators and syntax typed by the user are searched as plain text.
// Returns an empty string for blank input: no text filter (do not run MATCH with it).
QString bigramMatchExpression(const QString &userText);
