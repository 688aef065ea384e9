#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/ftsbigram.h"
#include "store/migrator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <random>
#include <vector>

namespace {

using RidSet = QSet<qint64>;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

RidSet rids(QSqlQuery &q)
{
    Database::exec(q);
    RidSet out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

// The disputes the search box finds for what a user typed.
RidSet searched(Database &db, const QString &userText)
{
    const QString expression = bigramMatchExpression(userText);
    if (expression.isEmpty())
        return {};
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT rowid FROM dispute_fts WHERE dispute_fts MATCH ?"));
    q.addBindValue(expression);
    return rids(q);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The live disputes whose title, summary or a live party's name contains `word` (a LIKE scan).
RidSet scanned(Database &db, const QString &word)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT d.rid FROM dispute d WHERE d.deleted = 0 AND (d.title LIKE ? ESCAPE '\\' "
        "OR d.summary LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM dispute_party p "
        "WHERE p.dispute_id = d.id AND p.deleted = 0 AND p.name LIKE ? ESCAPE '\\'))"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(likePattern(word));
    return rids(q);
}

// Whitespace-separated words: every word somewhere in the dispute.
RidSet scannedWords(Database &db, const QString &userText)
{
    const QStringList words = userText.split(QRegularExpression(QStringLiteral("\\s+")),
                                             Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    RidSet out = scanned(db, words.first());
    for (qsizetype i = 1; i < words.size(); ++i)
        out.intersect(scanned(db, words.at(i)));
    return out;
}

// A county store at scale 1, generated once per test process and copied for each use.
struct SearchCounty
{
    TempStore tmp;
    QString path;

    SearchCounty()
    {
        path = tmp.path(QStringLiteral("county.db"));
        auto db = Database::open(path);
        REQUIRE(DemoGenerator(*db).generate(DemoOptions()).created);
    }
};

const SearchCounty &county()
{
    static SearchCounty instance;
    return instance;
}

std::unique_ptr<Database> smallDemo(const QString &path, double scale = 0.03)
{
    auto db = Database::open(path);
    DemoOptions options;
    options.scale = scale;
    REQUIRE(DemoGenerator(*db).generate(options).created);
    return db;
}

void run(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
}

QString text(Database &db, const QString &sql, const QVariant &value)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(value);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("What a user types becomes a safe search expression", "[search]")
{
    CHECK(bigramMatchExpression(QString()).isEmpty());
    CHECK(bigramMatchExpression(QStringLiteral(" \t\u3000 ")).isEmpty());
    CHECK(bigramMatchExpression(QStringLiteral("欠薪")) == QStringLiteral("\"欠薪\""));
    // Words (split at any white space, the ideographic space too) must all be found.
    CHECK(bigramMatchExpression(QStringLiteral(" 欠薪\u3000王某  "))
          == QStringLiteral("\"欠薪\" AND \"王某\""));
    // FTS5 syntax is searched as text; quotes are doubled inside the phrase.
    CHECK(bigramMatchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(bigramMatchExpression(QStringLiteral("NEAR(x* OR -y)"))
          == QStringLiteral("\"NEAR(x*\" AND \"OR\" AND \"-y)\""));
}

TEST_CASE("A phrase search finds exactly the texts that contain the phrase", "[search]")
{
    TempStore tmp;
    auto db = Database::open(tmp.path());
    // A scratch table with the tokenizer; random texts over an alphabet with 1- to 4-byte
    // characters, ASCII of both cases, LIKE's wildcards, quotes and white space.
    run(*db, QStringLiteral(
        "CREATE VIRTUAL TABLE temp.probe USING fts5(body, tokenize = 'pingan_bigram')"));
    run(*db, QStringLiteral("CREATE TABLE temp.plain (id INTEGER PRIMARY KEY, body TEXT)"));
    const QStringList alphabet = {
        QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("7"),
        QStringLiteral("中"), QStringLiteral("欠"), QStringLiteral("薪"), QStringLiteral("é"),
        QStringLiteral("É"), QStringLiteral("\U00020000"), QStringLiteral("\U0001F600"),
        QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\""), QStringLiteral("\\"),
        QStringLiteral("，"), QStringLiteral("-"), QStringLiteral(" "), QStringLiteral("\n")};
    std::mt19937 rng(20261121);
    auto below = [&rng](qsizetype n) {
        return std::uniform_int_distribution<qsizetype>(0, n - 1)(rng);
    };
    auto randomText = [&](int minLength, int maxLength, bool spaces) {
        const int n = std::uniform_int_distribution<int>(minLength, maxLength)(rng);
        QString s;
        while (s.size() < n) {
            const QString &c = alphabet.at(below(alphabet.size()));
            if (spaces || !c.trimmed().isEmpty())
                s += c;
        }
        return s;
    };
    QStringList bodies;
    {
        WriteTransaction tx(*db);
        for (int i = 1; i <= 600; ++i) {
            const QString body = randomText(0, 14, true);
            bodies << body;
            run(*db, QStringLiteral("INSERT INTO temp.probe (rowid, body) VALUES (?, ?)"),
                {i, body});
            run(*db, QStringLiteral("INSERT INTO temp.plain (id, body) VALUES (?, ?)"), {i, body});
        }
        tx.commit();
    }
    QStringList queries;
    for (int i = 0; i < 300; ++i)
        queries << randomText(1, 4, false);
    for (int i = 0; i < 200; ++i) {
        // Substrings of the texts themselves, of 1 to 5 characters (by UTF-16 unit: a split
        // surrogate pair is left out).
        const QString &body = bodies.at(below(bodies.size()));
        if (body.size() < 2)
            continue;
        const QString part = body.mid(below(body.size()), 1 + below(5));
        if (part.front().isLowSurrogate() || part.back().isHighSurrogate()
            || std::any_of(part.begin(), part.end(), [](QChar c) { return c.isSpace(); }))
            continue;
        queries << part;
    }
    int found = 0;
    for (const QString &query : std::as_const(queries)) {
        INFO("query " << query.toStdString() << " as "
                      << bigramMatchExpression(query).toStdString());
        QSqlQuery fts = db->prepare(
            QStringLiteral("SELECT rowid FROM temp.probe WHERE probe MATCH ?"));
        fts.addBindValue(bigramMatchExpression(query));
        QSqlQuery like = db->prepare(QStringLiteral(
            "SELECT id FROM temp.plain WHERE body LIKE ? ESCAPE '\\'"));
        like.addBindValue(likePattern(query));
        const RidSet expected = rids(like);
        CHECK(rids(fts) == expected);
        found += expected.isEmpty() ? 0 : 1;
    }
    CHECK(found > 150);   // the comparison is not only between empty sets

    // Token offsets: highlight() marks the characters of a phrase of two or more characters.
    run(*db, QStringLiteral("INSERT INTO temp.probe (rowid, body) VALUES (1000, ?)"),
        {QStringLiteral("ab中\U00020000c")});
    QSqlQuery mark = db->prepare(QStringLiteral(
        "SELECT highlight(probe, 0, '[', ']') FROM temp.probe "
        "WHERE probe MATCH ? AND rowid = 1000"));
    for (const auto &[query, marked] :
         {std::pair{QStringLiteral("中\U00020000"), QStringLiteral("ab[中\U00020000]c")},
          std::pair{QStringLiteral("B中\U00020000"), QStringLiteral("a[b中\U00020000]c")},
          std::pair{QStringLiteral("\U00020000C"), QStringLiteral("ab中[\U00020000c]")},
          std::pair{QStringLiteral("c"), QStringLiteral("ab中\U00020000[c]")}}) {
        INFO(query.toStdString());
        mark.bindValue(0, bigramMatchExpression(query));
        Database::exec(mark);
        REQUIRE(mark.next());
        CHECK(mark.value(0).toString() == marked);
        mark.finish();
    }
}

TEST_CASE("Searching the demo county finds what a substring scan finds", "[search][demo]")
{
    TempStore tmp;
    const QString path = tmp.path();
    REQUIRE(QFile::copy(county().path, path));
    auto db = Database::open(path);
    const qint64 disputes = scalar(*db, QStringLiteral("SELECT count(*) FROM dispute"));
    REQUIRE(disputes > 20000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_fts")) == disputes);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE rid NOT IN "
                                     "(SELECT rowid FROM dispute_fts)")) == 0);

    // Some tombstones: deleted disputes and parties are not found any more.
    {
        WriteTransaction tx(*db);
        run(*db, QStringLiteral("UPDATE dispute SET deleted = 1 WHERE rid % 101 = 7"));
        run(*db, QStringLiteral("UPDATE dispute_party SET deleted = 1 WHERE rid % 89 = 3"));
        tx.commit();
    }

    // Words of 1 to 4+ characters, ASCII of either case, digits, punctuation, FTS5 syntax,
    // several words; the first eight find nothing.
    QStringList queries = QStringLiteral(
        "欠薪|查无此案|%|_|\"欠薪\"|NEAR|欠*|-|拖欠|欠|邻里|宅基地|宅基|纠纷|村|王|某|张某|工资|"
        "噪声|物业费|ktv|KTV|g207|S216省道|2025年|万元|，|。|因|，双方|（|拖欠 王|邻里 某乙 纠纷")
                              .split(QLatin1Char('|'));
    // Pieces of real titles, summaries and party names, 1 to 8 characters long.
    std::mt19937 rng(4);
    auto sample = [&](const QString &sql, int count) {
        QSqlQuery q = db->prepare(sql);
        Database::exec(q);
        int taken = 0;
        while (q.next() && taken < count) {
            const QString s = q.value(0).toString();
            if (s.isEmpty())
                continue;
            const qsizetype from = std::uniform_int_distribution<qsizetype>(0, s.size() - 1)(rng);
            const int length = std::uniform_int_distribution<int>(1, 8)(rng);
            const QString part = s.mid(from, length).trimmed();
            if (!part.isEmpty() && !part.contains(QLatin1Char(' '))) {
                queries << part;
                ++taken;
            }
        }
    };
    sample(QStringLiteral("SELECT title FROM dispute WHERE rid % 1009 = 5"), 20);
    sample(QStringLiteral("SELECT summary FROM dispute WHERE rid % 1013 = 9"), 20);
    sample(QStringLiteral("SELECT name FROM dispute_party WHERE rid % 2003 = 11"), 20);
    // A whole party name, and the surname alone.
    const QString name = text(*db, QStringLiteral(
        "SELECT name FROM dispute_party WHERE role = 'applicant' AND deleted = 0 AND rid > ? "
        "LIMIT 1"), 1000);
    REQUIRE(name.size() >= 2);
    queries << name << name.left(1);

    int nonEmpty = 0;
    for (const QString &query : std::as_const(queries)) {
        INFO("query " << query.toStdString());
        const RidSet expected = scannedWords(*db, query);
        CHECK(searched(*db, query) == expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    CHECK(nonEmpty >= queries.size() - 10);
    CHECK(searched(*db, QStringLiteral("查无此案")).isEmpty());
    CHECK(searched(*db, QStringLiteral("拖欠")).size() > 100);
}

TEST_CASE("The search index follows edits of titles, parties and tombstones", "[search]")
{
    TempStore tmp;
    auto db = smallDemo(tmp.path());
    const qint64 rid = scalar(*db, QStringLiteral("SELECT min(rid) FROM dispute"));
    const qint64 other = scalar(*db, QStringLiteral("SELECT max(rid) FROM dispute"));
    const QString id = text(*db, QStringLiteral("SELECT id FROM dispute WHERE rid = ?"), rid);
    const QString otherId =
        text(*db, QStringLiteral("SELECT id FROM dispute WHERE rid = ?"), other);
    const RidSet just = {rid}, none;

    // A new title is found, the old one no longer.
    run(*db, QStringLiteral("UPDATE dispute SET title = ? WHERE rid = ?"),
        {QStringLiteral("甲乙丙丁测试纠纷"), rid});
    CHECK(searched(*db, QStringLiteral("乙丙")) == just);
    run(*db, QStringLiteral("UPDATE dispute SET title = ?, status = status WHERE rid = ?"),
        {QStringLiteral("戊己庚辛测试纠纷"), rid});
    CHECK(searched(*db, QStringLiteral("乙丙")) == none);
    CHECK(searched(*db, QStringLiteral("戊己庚")) == just);
    // Saving other columns keeps the entry.
    run(*db, QStringLiteral("UPDATE dispute SET status = status, title = title WHERE rid = ?"),
        {rid});
    CHECK(searched(*db, QStringLiteral("戊己庚")) == just);

    // Parties: added, renamed, tombstoned, moved, removed.
    run(*db, QStringLiteral(
        "INSERT INTO dispute_party (id, dispute_id, role, name, rev, origin, updated_at) "
        "VALUES ('p-test', ?, 'third_party', '欧阳娜娜', 1, 'test', 0)"), {id});
    CHECK(searched(*db, QStringLiteral("阳娜")) == just);
    CHECK(searched(*db, QStringLiteral("戊己庚")) == just);   // the title stays
    run(*db, QStringLiteral("UPDATE dispute_party SET name = '司马朗' WHERE id = 'p-test'"));
    CHECK(searched(*db, QStringLiteral("阳娜")) == none);
    CHECK(searched(*db, QStringLiteral("司马")) == just);
    run(*db, QStringLiteral("UPDATE dispute_party SET deleted = 1 WHERE id = 'p-test'"));
    CHECK(searched(*db, QStringLiteral("司马")) == none);
    run(*db, QStringLiteral(
        "UPDATE dispute_party SET deleted = 0, dispute_id = ? WHERE id = 'p-test'"), {otherId});
    CHECK(searched(*db, QStringLiteral("司马")) == RidSet{other});
    run(*db, QStringLiteral("DELETE FROM dispute_party WHERE id = 'p-test'"));
    CHECK(searched(*db, QStringLiteral("司马")) == none);

    // A phrase never runs from one party name into the next.
    run(*db, QStringLiteral(
        "INSERT INTO dispute_party (id, dispute_id, role, name, rev, origin, updated_at) "
        "VALUES ('p-a', ?, 'third_party', '诸葛甲', 1, 'test', 0), "
        "('p-b', ?, 'third_party', '乙公孙', 1, 'test', 0)"), {id, id});
    CHECK(searched(*db, QStringLiteral("葛甲")) == just);
    CHECK(searched(*db, QStringLiteral("乙公")) == just);
    CHECK(searched(*db, QStringLiteral("甲乙")) == none);

    // A tombstoned dispute is not found; restored, it is again, with its parties.
    run(*db, QStringLiteral("UPDATE dispute SET deleted = 1 WHERE rid = ?"), {rid});
    CHECK(searched(*db, QStringLiteral("戊己庚")) == none);
    CHECK(searched(*db, QStringLiteral("诸葛")) == none);
    run(*db, QStringLiteral("UPDATE dispute SET deleted = 0 WHERE rid = ?"), {rid});
    CHECK(searched(*db, QStringLiteral("戊己庚")) == just);
    CHECK(searched(*db, QStringLiteral("诸葛")) == just);

    // A new dispute is found at once; a deleted row is gone.
    run(*db, QStringLiteral(
        "INSERT INTO dispute (id, case_no, title, summary, category, source, status, level, "
        "grid_code, reported_at, rev, origin, updated_at) SELECT 'd-test', 'T-1', "
        "'壬癸测试纠纷', 'Summary with ASCII Text', category, source, 'reported', level, "
        "grid_code, 0, 1, 'test', 0 "
        "FROM dispute WHERE rid = ?"), {rid});
    const qint64 added =
        scalar(*db, QStringLiteral("SELECT rid FROM dispute WHERE id = 'd-test'"));
    CHECK(searched(*db, QStringLiteral("壬癸")) == RidSet{added});
    CHECK(searched(*db, QStringLiteral("ascii text")) == RidSet{added});
    run(*db, QStringLiteral("DELETE FROM dispute WHERE id = 'd-test'"));
    CHECK(searched(*db, QStringLiteral("壬癸")) == none);

    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_fts"))
          == scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0")));
    run(*db, QStringLiteral("INSERT INTO dispute_fts (dispute_fts) VALUES ('integrity-check')"));
}

TEST_CASE("Migrating a store with disputes to version 4 indexes them", "[search][migration]")
{
    TempStore tmp;
    const QString path = tmp.path();
    qint64 tombstoned = 0;
    {
        auto old = Database::open(path, Database::Mode::ReadWrite, false);
        Migrator(*old).migrateTo(3);
        REQUIRE(old->schemaVersion() == 3);
        DemoOptions options;
        options.scale = 0.03;
        REQUIRE(DemoGenerator(*old).generate(options).created);
        run(*old, QStringLiteral("UPDATE dispute SET deleted = 1 WHERE rid % 7 = 0"));
        run(*old, QStringLiteral("UPDATE dispute_party SET deleted = 1 WHERE rid % 5 = 0"));
        tombstoned =
            scalar(*old, QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 1"));
    }
    REQUIRE(tombstoned > 0);
    auto db = Database::open(path);
    REQUIRE(db->schemaVersion() >= 4);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_fts"))
          == scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0")));
    for (const QString &query : QStringLiteral("拖欠|纠纷|王|宅基地|某乙").split(QLatin1Char('|'))) {
        INFO(query.toStdString());
        const RidSet expected = scanned(*db, query);
        CHECK_FALSE(expected.isEmpty());
        CHECK(searched(*db, query) == expected);
    }
    run(*db, QStringLiteral("INSERT INTO dispute_fts (dispute_fts) VALUES ('integrity-check')"));
}

TEST_CASE("The demo fills the workflow columns from each history", "[search][demo]")
{
    TempStore tmp;
    auto db = smallDemo(tmp.path(), 0.1);
    // The same values migration 0003 derives from the events.
    CHECK(scalar(*db, QStringLiteral(
              "SELECT count(*) FROM dispute d WHERE handler <> coalesce((SELECT e.actor FROM "
              "dispute_event e WHERE e.dispute_id = d.id AND e.action = 'accept' ORDER BY e.at "
              "DESC, e.rid DESC LIMIT 1), '')")) == 0);
    CHECK(scalar(*db, QStringLiteral(
              "SELECT count(*) FROM dispute d WHERE escalations <> (SELECT count(*) FROM "
              "dispute_event e WHERE e.dispute_id = d.id AND e.action = 'escalate')")) == 0);
    CHECK(scalar(*db, QStringLiteral(
              "SELECT count(*) FROM dispute d WHERE referral <> CASE WHEN outcome <> 'referred' "
              "THEN '' ELSE (SELECT CASE WHEN e.note LIKE '%仲裁%' THEN 'arbitration' "
              "WHEN e.note LIKE '%走访%' OR e.note LIKE '%信访%' THEN 'petition' "
              "ELSE 'litigation' END FROM dispute_event e WHERE e.dispute_id = d.id AND "
              "e.action = 'refer' ORDER BY e.at DESC, e.rid DESC LIMIT 1) END")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE handler <> ''")) > 1000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE escalations > 0")) > 10);
    CHECK(scalar(*db, QStringLiteral(
              "SELECT count(DISTINCT referral) FROM dispute WHERE referral <> ''")) == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE extended_days <> 0"))
          == 0);
    // The bulk load leaves the search triggers as the migration made them.
    CHECK(scalar(*db, QStringLiteral(
              "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
              "AND name GLOB 'dispute_fts_*'"))
          == 6);
}

// Not run by default: timings of search against a LIKE scan on a store named by
// PINGAN_SEARCH_DB (opened and migrated in place; copy a store first).
TEST_CASE("Search timings on a kept store", "[.search-bench]")
{
    auto db = Database::open(qEnvironmentVariable("PINGAN_SEARCH_DB"));
    std::cout << "disputes: " << scalar(*db, QStringLiteral("SELECT count(*) FROM dispute"))
              << std::endl;
    const QStringList queries =
        qEnvironmentVariable("PINGAN_SEARCH_QUERIES", QStringLiteral("拖欠,邻里,宅基地,王某,村,查无此案"))
            .split(QLatin1Char(','));
    for (const QString &query : queries) {
        for (int round = 0; round < 2; ++round) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery fts = db->prepare(QStringLiteral(
                "SELECT rowid FROM dispute_fts WHERE dispute_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT 200"));
            fts.addBindValue(bigramMatchExpression(query));
            const qsizetype ftsRows = rids(fts).size();
            const double ftsMs = timer.nsecsElapsed() / 1e6;
            timer.restart();
            QSqlQuery countFts = db->prepare(QStringLiteral(
                "SELECT count(*) FROM dispute_fts WHERE dispute_fts MATCH ?"));
            countFts.addBindValue(bigramMatchExpression(query));
            Database::exec(countFts);
            const qint64 total = countFts.next() ? countFts.value(0).toLongLong() : -1;
            const double countMs = timer.nsecsElapsed() / 1e6;
            timer.restart();
            QSqlQuery like = db->prepare(QStringLiteral(
                "SELECT d.rid FROM dispute d WHERE d.deleted = 0 AND (d.title LIKE ? OR "
                "d.summary LIKE ? OR EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_id = "
                "d.id AND p.deleted = 0 AND p.name LIKE ?)) ORDER BY d.rid DESC LIMIT 200"));
            for (int i = 0; i < 3; ++i)
                like.addBindValue(likePattern(query));
            const qsizetype likeRows = rids(like).size();
            const double likeMs = timer.nsecsElapsed() / 1e6;
            std::cout << query.toStdString() << " round " << round << ": fts " << ftsRows
                      << " rows in " << ftsMs << " ms (count " << total << " in " << countMs
                      << " ms), like " << likeRows << " rows in " << likeMs << " ms" << std::endl;
        }
    }
}

// Not run by default: demo generation at PINGAN_DEMO_SCALE (default 1) on schema version 3
// (no search index) and on the newest schema, in temporary files.
TEST_CASE("Demo generation timings with and without the search index", "[.search-bench]")
{
    DemoOptions options;
    options.scale = qEnvironmentVariableIsSet("PINGAN_DEMO_SCALE")
                        ? qEnvironmentVariable("PINGAN_DEMO_SCALE").toDouble()
                        : 1.0;
    for (int version : {3, Migrator::latestVersion()}) {
        TempStore tmp;
        auto db = Database::open(tmp.path(), Database::Mode::ReadWrite, false);
        Migrator(*db).migrateTo(version);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        qint64 indexingFrom = -1;
        std::clock_t indexingCpu = 0;
        const DemoGenerator::Result r = DemoGenerator(*db).generate(
            options, [&](int percent, const QString &) {
                if (percent >= 97 && indexingFrom < 0) {
                    indexingFrom = timer.elapsed();
                    indexingCpu = std::clock();
                }
                return true;
            });
        auto cpuMs = [](std::clock_t from) {
            return qint64(double(std::clock() - from) * 1000 / CLOCKS_PER_SEC);
        };
        std::cout << "schema " << version << ": " << r.disputes << " disputes in "
                  << timer.elapsed() << " ms, " << cpuMs(cpu) << " ms CPU (from 97%: "
                  << timer.elapsed() - indexingFrom << " ms, " << cpuMs(indexingCpu)
                  << " ms CPU)" << std::endl;
    }
}
