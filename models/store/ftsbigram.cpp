#include "ftsbigram.h"

#include "storeerror.h"

#include <QStringList>

#include <sqlite3.h>

#include <string>

namespace {

constexpr char kTokenizerName[] = "pingan_bigram";

using TokenCallback = int (*)(void *ctx, int tflags, const char *token, int size, int start,
                              int end);

// Length in bytes of the character at `p`: a lead byte with the continuation bytes after it, as
// SQLite's own UTF-8 reader (which LIKE uses) counts them; a stray byte stands alone.
int charLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *q = p + 1;
    if (*p >= 0xC0) {
        while (q < end && (*q & 0xC0) == 0x80)
            ++q;
    }
    return int(q - p);
}

// Hands one token to FTS5, ASCII letters folded to lower case as LIKE compares them.
int emit(void *ctx, TokenCallback callback, int tflags, const unsigned char *text,
         const unsigned char *token, int size, std::string &buffer)
{
    const char *bytes = reinterpret_cast<const char *>(token);
    for (int i = 0; i < size; ++i) {
        if (token[i] >= 'A' && token[i] <= 'Z') {
            buffer.assign(bytes, size_t(size));
            for (char &c : buffer) {
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
            }
            bytes = buffer.data();
            break;
        }
    }
    const int start = int(token - text);
    return callback(ctx, tflags, bytes, size, start, start + size);
}

// The tokenizer has no state and takes no arguments; every table shares this one instance.
struct BigramTokenizer
{
};
BigramTokenizer s_instance;

int createTokenizer(void *, const char **, int argCount, Fts5Tokenizer **out)
{
    if (argCount != 0)
        return SQLITE_ERROR;   // a typo in the table's tokenize= option, better refused
    *out = reinterpret_cast<Fts5Tokenizer *>(&s_instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *)
{
}

int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *input, int inputSize,
             TokenCallback callback)
{
    if (inputSize <= 0)
        return SQLITE_OK;
    // Documents (and auxiliary functions, which must see the document's tokens) get a bigram
    // and the unigram at every position; queries the bigrams only, unless one character long.
    // The bigram comes first: highlight() marks the span of a position's first token, so a
    // match of two or more characters is marked exactly (one character is marked with the
    // character after it).
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const auto *text = reinterpret_cast<const unsigned char *>(input);
    const unsigned char *end = text + inputSize;
    std::string buffer;
    const unsigned char *p = text;
    int length = charLength(p, end);
    for (;;) {
        const unsigned char *next = p + length;
        if (next >= end) {
            if (!query || p == text)
                return emit(ctx, callback, 0, text, p, length, buffer);
            return SQLITE_OK;
        }
        const int nextLength = charLength(next, end);
        int rc = emit(ctx, callback, 0, text, p, length + nextLength, buffer);
        if (rc == SQLITE_OK && !query)
            rc = emit(ctx, callback, FTS5_TOKEN_COLOCATED, text, p, length, buffer);
        if (rc != SQLITE_OK)
            return rc;
        p = next;
        length = nextLength;
    }
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

void registerBigramTokenizer(sqlite3 *db)
{
    const QString step = QStringLiteral("SELECT fts5(?1)");
    fts5_api *api = fts5Api(db);
    if (!api) {
        throw StoreError(QStringLiteral("this SQLite has no FTS5: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                         step);
    }
    if (api->iVersion < 2) {
        throw StoreError(QStringLiteral("FTS5 API version %1 is too old").arg(api->iVersion),
                         step);
    }
    fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, tokenize};
    const int rc = api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        throw StoreError(QStringLiteral("cannot register the %1 tokenizer: %2")
                             .arg(QLatin1String(kTokenizerName),
                                  QString::fromUtf8(sqlite3_errstr(rc))),
                         step);
    }
}

QString bigramMatchExpression(const QString &userText)
{
    // Control characters separate words too: FTS5 reads the expression as a C string.
    auto separates = [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; };
    QStringList phrases;
    qsizetype i = 0;
    const qsizetype n = userText.size();
    while (i < n) {
        while (i < n && separates(userText.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && !separates(userText.at(i)))
            ++i;
        if (i > start) {
            QString word = userText.mid(start, i - start);
            word.replace(QLatin1Char('"'), QLatin1String("\"\""));
            phrases << QLatin1Char('"') + word + QLatin1Char('"');
        }
    }
    return phrases.join(QLatin1String(" AND "));
}
