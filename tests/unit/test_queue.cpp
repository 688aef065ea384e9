#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/workcalendar.h"
#include "qt/disputequeuemodel.h"
#include "store/database.h"
#include "store/disputerepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

#include <memory>

namespace {

// The demo data ends on 2026-11-15 (a Sunday): due soon runs to the third working day.
const QDate kToday(2026, 11, 15);
const QDate kDueSoonUntil(2026, 11, 18);

// The demo county at scale 1, generated once per test process; tests that write copy it.
struct QueueCounty
{
    TempStore tmp;
    QString path;      // the SQLite file
    QString address;   // the store the tests read: the file, or a server copy (pg_tests)

    QueueCounty()
    {
        path = tmp.path(QStringLiteral("county.db"));
        {
            auto db = Database::open(path);
            DemoOptions options;
            options.scale = 1;
            REQUIRE(DemoGenerator(*db).generate(options).created);
        }
        address = storetest::addressOf(*storetest::storeFrom(path));
    }
};

const QueueCounty &county()
{
    static QueueCounty instance;
    return instance;
}

// A writable copy of the county store.
std::unique_ptr<Database> copyOfCounty(const TempStore &tmp)
{
    const QString path = tmp.path(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(county().path, path));
    return storetest::storeFrom(path);
}

QList<qint64> ridsOf(QSqlQuery &q)
{
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// The live disputes matching `where`, ordered by `orderBy`: the plain way, for comparison.
QList<qint64> plainList(Database &db, const QString &where, const QVariantList &values,
                        const QString &orderBy = QStringLiteral("reported_at DESC, rid DESC"))
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT rid FROM dispute WHERE deleted = 0 AND (%1) "
                                            "ORDER BY %2")
                                 .arg(where, orderBy));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return ridsOf(q);
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString text(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

// Every row of a list, read forward batch by batch.
QList<qint64> pagedForward(const DisputeRepository &repo, const DisputeFilter &filter, int batch)
{
    QList<qint64> out;
    std::optional<DisputeQueueKey> from;
    for (int guard = 0; guard < 100000; ++guard) {
        const DisputePage page = repo.page(filter, from, batch);
        for (const DisputeListRow &r : page.rows)
            out << r.rid;
        if (!page.next)
            break;
        from = page.next;
    }
    return out;
}

// Every row of a list, read backward from its end batch by batch (returned in list order).
QList<qint64> pagedBackward(const DisputeRepository &repo, const DisputeFilter &filter,
                            int batch)
{
    QList<qint64> out;
    std::optional<DisputeQueueKey> from;
    for (int guard = 0; guard < 100000; ++guard) {
        const DisputePage page
            = repo.page(filter, from, batch, DisputeRepository::Direction::Backward);
        QList<qint64> rids;
        for (const DisputeListRow &r : page.rows)
            rids << r.rid;
        out = rids + out;
        if (!page.next)
            break;
        from = page.next;
    }
    return out;
}

// The filter of the tests: the demo's today and due-soon cut-off, and `user` as the operator.
DisputeFilter baseFilter(const QString &user = {})
{
    DisputeFilter f;
    f.today = kToday;
    f.dueSoonUntil = kDueSoonUntil;
    f.user = user;
    return f;
}

// Each queue's condition, written out plainly.
QString plainQueueCondition(DisputeQueue queue)
{
    switch (queue) {
    case DisputeQueue::ToAccept: return QStringLiteral("status = 'reported'");
    case DisputeQueue::Mine:
        return QStringLiteral("handler = ? AND status NOT IN ('closed', 'withdrawn')");
    case DisputeQueue::DueSoon:
        return QStringLiteral("status IN ('accepted', 'routed', 'mediating') AND due_on >= ? "
                              "AND due_on <= ?");
    case DisputeQueue::Overdue:
        return QStringLiteral("status IN ('accepted', 'routed', 'mediating') AND due_on < ?");
    case DisputeQueue::Major:
        return QStringLiteral("is_major = 1 AND status NOT IN ('closed', 'withdrawn')");
    case DisputeQueue::AwaitingFollowUp:
        return QStringLiteral("status IN ('resolved', 'failed', 'referred')");
    case DisputeQueue::EscalatedToCounty:
        return QStringLiteral("level = 0 AND escalations > 0 AND "
                              "status NOT IN ('closed', 'withdrawn')");
    case DisputeQueue::All: return QStringLiteral("1 = 1");
    }
    return {};
}

QVariantList plainQueueValues(DisputeQueue queue, const QString &user)
{
    switch (queue) {
    case DisputeQueue::Mine: return {user};
    case DisputeQueue::DueSoon:
        return {kToday.toString(Qt::ISODate), kDueSoonUntil.toString(Qt::ISODate)};
    case DisputeQueue::Overdue: return {kToday.toString(Qt::ISODate)};
    default: return {};
    }
}

// The sort's ORDER BY, written out plainly.
QString plainOrder(const DisputeSort &sort)
{
    static const char *const columns[] = {"case_no", "title", "category", "status", "level",
                                          "source", "grid_code", nullptr,
                                          "coalesce(due_on, '')"};
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    if (const char *c = columns[int(sort.column)])
        terms << QLatin1String(c) + dir;
    terms << QStringLiteral("reported_at") + dir << QStringLiteral("rid") + dir;
    return terms.join(QLatin1String(", "));
}

QList<DisputeSort> everySort()
{
    QList<DisputeSort> sorts;
    for (int c = int(DisputeSortColumn::CaseNo); c <= int(DisputeSortColumn::Due); ++c) {
        for (bool descending : {false, true})
            sorts << DisputeSort {static_cast<DisputeSortColumn>(c), descending};
    }
    return sorts;
}

// The operator with the most open cases, and the township with the most disputes.
QString busiestHandler(Database &db)
{
    return text(db, QStringLiteral("SELECT handler FROM dispute WHERE handler <> '' AND status "
                                   "NOT IN ('closed', 'withdrawn') GROUP BY handler "
                                   "ORDER BY count(*) DESC, handler LIMIT 1"));
}

QString busiestTownship(Database &db)
{
    return text(db, QStringLiteral("SELECT substr(grid_code, 1, 9) FROM dispute GROUP BY 1 "
                                   "ORDER BY count(*) DESC LIMIT 1"));
}

// Disputes whose title, summary or a live party's name holds every word (a LIKE scan).
QString plainTextCondition(int words)
{
    QStringList terms;
    for (int i = 0; i < words; ++i) {
        terms << QStringLiteral(
            "(title LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
            "dispute_party p WHERE p.dispute_id = dispute.id AND p.deleted = 0 AND p.name LIKE ? "
            "ESCAPE '\\'))");
    }
    return terms.join(QLatin1String(" AND "));
}

QVariantList plainTextValues(const QStringList &words)
{
    QVariantList values;
    for (const QString &w : words) {
        for (int i = 0; i < 3; ++i)
            values << QLatin1Char('%') + w + QLatin1Char('%');
    }
    return values;
}

// Waits for the model's background count of its current filter.
bool waitForCounts(DisputeQueueModel &model)
{
    if (model.queueCounts() && !model.isCounting())
        return true;
    QSignalSpy spy(&model, &DisputeQueueModel::queueCountsChanged);
    for (int i = 0; i < 200 && !(model.queueCounts() && !model.isCounting()); ++i)
        spy.wait(50);
    return model.queueCounts().has_value();
}

QStringList modelIds(const DisputeQueueModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(int(DisputeQueueModel::Role::Id)).toString();
    return out;
}

QStringList idsOf(Database &db, const QList<qint64> &rids)
{
    QStringList out;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM dispute WHERE rid = ?"));
    for (qint64 rid : rids) {
        q.addBindValue(rid);
        Database::exec(q);
        out << (q.next() ? q.value(0).toString() : QString());
        q.finish();
    }
    return out;
}

} // namespace

TEST_CASE("Each queue lists what its plain query finds, and counts it", "[queue]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString user = busiestHandler(*db);
    REQUIRE(!user.isEmpty());
    const QString township = busiestTownship(*db);

    for (const QString &prefix : {QString(), township}) {
        DisputeFilter f = baseFilter(user);
        f.codePrefix = prefix;
        const DisputeQueueCounts counts = repo.queueCounts(f);
        const QString region = prefix.isEmpty() ? QStringLiteral("1 = 1")
                                                : QStringLiteral("grid_code LIKE '%1%'").arg(prefix);
        for (int i = 0; i < kDisputeQueueCount; ++i) {
            const auto queue = static_cast<DisputeQueue>(i);
            INFO("queue " << i << " region '" << prefix.toStdString() << "'");
            f.queue = queue;
            const QList<qint64> expected = plainList(
                *db, plainQueueCondition(queue) + QStringLiteral(" AND ") + region,
                plainQueueValues(queue, user));
            CHECK(pagedForward(repo, f, 97) == expected);
            CHECK(counts.count(queue) == expected.size());
        }
        CHECK(counts.open
              == plainList(*db,
                           QStringLiteral("status NOT IN ('closed', 'withdrawn') AND ") + region,
                           {})
                     .size());
    }
    // The demo has cases in every queue, so the comparisons above are not about empty lists.
    DisputeFilter f = baseFilter(user);
    const DisputeQueueCounts counts = repo.queueCounts(f);
    for (int i = 0; i < kDisputeQueueCount; ++i)
        CHECK(counts.queue[size_t(i)] > 0);
    // Nobody signed in: nothing is "mine".
    f.user.clear();
    f.queue = DisputeQueue::Mine;
    CHECK(repo.page(f, std::nullopt, 50).rows.isEmpty());
    CHECK(repo.queueCounts(f).count(DisputeQueue::Mine) == 0);
}

TEST_CASE("Every sort pages through the whole list in order, forward and backward",
          "[queue]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString township = busiestTownship(*db);
    for (const DisputeSort &sort : everySort()) {
        INFO("sort column " << int(sort.column) << (sort.descending ? " desc" : " asc"));
        DisputeFilter f = baseFilter();
        f.sort = sort;
        f.codePrefix = township;
        const QList<qint64> expected
            = plainList(*db, QStringLiteral("grid_code LIKE ?"), {township + QLatin1Char('%')},
                        plainOrder(sort));
        REQUIRE(expected.size() > 1000);
        CHECK(pagedForward(repo, f, 173) == expected);
        CHECK(pagedBackward(repo, f, 173) == expected);
        // A queue of open cases, whose rows come from its own index.
        f.codePrefix.clear();
        f.queue = DisputeQueue::AwaitingFollowUp;
        const QList<qint64> awaiting
            = plainList(*db, plainQueueCondition(DisputeQueue::AwaitingFollowUp), {},
                        plainOrder(sort));
        CHECK(pagedForward(repo, f, 29) == awaiting);
        CHECK(pagedBackward(repo, f, 29) == awaiting);
    }
    // The whole county, in the default order and by title.
    for (const DisputeSort &sort :
         {DisputeSort {}, DisputeSort {DisputeSortColumn::Title, false}}) {
        DisputeFilter f = baseFilter();
        f.sort = sort;
        const QList<qint64> expected = plainList(*db, QStringLiteral("1 = 1"), {}, plainOrder(sort));
        CHECK(pagedForward(repo, f, 1000) == expected);
    }
}

TEST_CASE("Filters combine with each other, the region and the queue", "[queue]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString township = busiestTownship(*db);
    const QString category = text(
        *db, QStringLiteral("SELECT category FROM dispute WHERE grid_code LIKE ? GROUP BY 1 "
                            "ORDER BY count(*) DESC LIMIT 1"),
        {township + QLatin1Char('%')});
    const QDate from(2025, 3, 1), to(2026, 2, 28);
    const qint64 fromMs = QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();

    struct Case
    {
        const char *name;
        std::function<void(DisputeFilter &)> set;
        QString where;
        QVariantList values;
    };
    const QList<Case> cases = {
        {"township + category", [&](DisputeFilter &f) { f.codePrefix = township; f.category = category; },
         QStringLiteral("grid_code LIKE ? AND category = ?"),
         {township + QLatin1Char('%'), category}},
        {"status", [](DisputeFilter &f) { f.status = QStringLiteral("mediating"); },
         QStringLiteral("status = 'mediating'"), {}},
        {"level + source",
         [](DisputeFilter &f) {
             f.level = 1;
             f.source = QStringLiteral("walk_in");
         },
         QStringLiteral("level = 1 AND source = 'walk_in'"), {}},
        {"reported between two days",
         [&](DisputeFilter &f) {
             f.reportedFrom = from;
             f.reportedTo = to;
         },
         QStringLiteral("reported_at >= ? AND reported_at < ?"), {fromMs, toMs}},
        {"everything at once",
         [&](DisputeFilter &f) {
             f.codePrefix = township;
             f.category = category;
             f.status = QStringLiteral("closed");
             f.level = 2;
             f.reportedFrom = from;
             f.reportedTo = to;
         },
         QStringLiteral("grid_code LIKE ? AND category = ? AND status = 'closed' AND level = 2 "
                        "AND reported_at >= ? AND reported_at < ?"),
         {township + QLatin1Char('%'), category, fromMs, toMs}},
        {"a queue and a category",
         [&](DisputeFilter &f) {
             f.queue = DisputeQueue::AwaitingFollowUp;
             f.category = category;
         },
         QStringLiteral("status IN ('resolved', 'failed', 'referred') AND category = ?"),
         {category}},
    };
    for (const Case &c : cases) {
        for (const DisputeSort &sort :
             {DisputeSort {}, DisputeSort {DisputeSortColumn::Reported, false},
              DisputeSort {DisputeSortColumn::Title, true}, DisputeSort {DisputeSortColumn::Due, false},
              DisputeSort {DisputeSortColumn::Grid, true}}) {
            INFO(c.name << ", sort column " << int(sort.column));
            DisputeFilter f = baseFilter();
            c.set(f);
            f.sort = sort;
            const QList<qint64> expected = plainList(*db, c.where, c.values, plainOrder(sort));
            CHECK(!expected.isEmpty());
            CHECK(pagedForward(repo, f, 61) == expected);
            CHECK(pagedBackward(repo, f, 61) == expected);
            if (f.queue == DisputeQueue::All)
                CHECK(repo.queueCounts(f).count(DisputeQueue::All) == expected.size());
        }
    }
}

TEST_CASE("Search lists what a substring scan finds, in every order", "[queue][search]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString township = busiestTownship(*db);
    // Common, middling and rare terms of two and three characters, and two words at once.
    const QStringList searches = {QStringLiteral("纠纷"), QStringLiteral("邻里"),
                                  QStringLiteral("工资"), QStringLiteral("宅基地"),
                                  QStringLiteral("调解员"), QStringLiteral("医院"),
                                  QStringLiteral("漏水 楼上"), QStringLiteral("无此词语")};
    int found = 0;
    for (const QString &search : searches) {
        const QStringList words = search.split(QLatin1Char(' '));
        for (const DisputeSort &sort :
             {DisputeSort {}, DisputeSort {DisputeSortColumn::Reported, false},
              DisputeSort {DisputeSortColumn::Title, false}, DisputeSort {DisputeSortColumn::CaseNo, true}}) {
            INFO("search '" << search.toStdString() << "', sort column " << int(sort.column));
            DisputeFilter f = baseFilter();
            f.text = search;
            f.sort = sort;
            const QList<qint64> expected = plainList(*db, plainTextCondition(int(words.size())),
                                                     plainTextValues(words), plainOrder(sort));
            CHECK(pagedForward(repo, f, 200) == expected);
            found += int(expected.size());
            // The first batch from the end, as jumping there reads it.
            const DisputePage last
                = repo.page(f, std::nullopt, 200, DisputeRepository::Direction::Backward);
            QList<qint64> lastRids;
            for (const DisputeListRow &r : last.rows)
                lastRids << r.rid;
            CHECK(lastRids == expected.mid(std::max<qsizetype>(0, expected.size() - 200)));
            if (sort == DisputeSort {})
                CHECK(repo.queueCounts(f).count(DisputeQueue::All) == expected.size());
        }
        // Within a township, and within a queue.
        DisputeFilter f = baseFilter();
        f.text = search;
        f.codePrefix = township;
        QVariantList values = plainTextValues(words);
        values << township + QLatin1Char('%');
        CHECK(pagedForward(repo, f, 150)
              == plainList(*db,
                           plainTextCondition(int(words.size()))
                               + QStringLiteral(" AND grid_code LIKE ?"),
                           values));
        f.codePrefix.clear();
        f.queue = DisputeQueue::AwaitingFollowUp;
        const QList<qint64> awaiting = plainList(
            *db,
            plainTextCondition(int(words.size())) + QStringLiteral(" AND ")
                + plainQueueCondition(DisputeQueue::AwaitingFollowUp),
            plainTextValues(words));
        CHECK(pagedForward(repo, f, 150) == awaiting);
        CHECK(repo.queueCounts(f).count(DisputeQueue::AwaitingFollowUp) == awaiting.size());
    }
    CHECK(found > 0);
}

TEST_CASE("Counts leave tombstones out and follow the filter", "[queue]")
{
    TempStore tmp;
    auto db = copyOfCounty(tmp);
    // Tombstones in several queues: a batch of the newest and some open cases.
    {
        WriteTransaction tx(*db);
        QSqlQuery q = db->prepare(QStringLiteral(
            "UPDATE dispute SET deleted = 1 WHERE rid > (SELECT max(rid) - 150 FROM dispute) "
            "OR (status = 'mediating' AND rid % 3 = 0)"));
        Database::exec(q);
        tx.commit();
    }
    DisputeRepository repo(*db);
    const QString township = busiestTownship(*db);
    const QString user = busiestHandler(*db);
    for (const QString &prefix : {QString(), township}) {
        DisputeFilter f = baseFilter(user);
        f.codePrefix = prefix;
        const QString region = prefix.isEmpty() ? QStringLiteral("1 = 1")
                                                : QStringLiteral("grid_code LIKE '%1%'").arg(prefix);
        const DisputeQueueCounts counts = repo.queueCounts(f);
        for (int i = 0; i < kDisputeQueueCount; ++i) {
            const auto queue = static_cast<DisputeQueue>(i);
            INFO("queue " << i);
            f.queue = queue;
            const QList<qint64> expected = plainList(
                *db, plainQueueCondition(queue) + QStringLiteral(" AND ") + region,
                plainQueueValues(queue, user));
            CHECK(counts.count(queue) == expected.size());
            CHECK(pagedForward(repo, f, 211) == expected);
        }
        f.queue = DisputeQueue::All;
        CHECK(repo.counts(f).total == counts.count(DisputeQueue::All));
        CHECK(repo.counts(f).open == counts.open);
    }
    // Counted on a connection of its own (as the background counter does).
    DisputeFilter f = baseFilter(user);
    const std::optional<DisputeQueueCounts> elsewhere
        = DisputeRepository::queueCountsAt(db->path(), f, [] { return false; });
    REQUIRE(elsewhere);
    CHECK(*elsewhere == repo.queueCounts(f));
    // A count that is no longer wanted stops and says so.
    CHECK_FALSE(DisputeRepository::queueCountsAt(db->path(), f, [] { return true; }));
}

TEST_CASE("The queue model jumps to the end and grows upwards with the same rows",
          "[queue][qtmodels]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString township = busiestTownship(*db);
    for (const DisputeSort &sort : {DisputeSort {}, DisputeSort {DisputeSortColumn::Title, false},
                                    DisputeSort {DisputeSortColumn::Due, true}}) {
        DisputeQueueModel model(repo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setToday(kToday);
        model.setBatchSize(150);
        DisputeFilter f;
        f.codePrefix = township;
        f.sort = sort;
        model.setFilter(f);
        const QList<qint64> expected
            = plainList(*db, QStringLiteral("grid_code LIKE ?"), {township + QLatin1Char('%')},
                        plainOrder(sort));
        const QStringList expectedIds = idsOf(*db, expected);
        REQUIRE(expected.size() > 600);
        CHECK(model.reachesStart());
        CHECK_FALSE(model.reachesEnd());
        CHECK(modelIds(model) == expectedIds.mid(0, 150));

        model.jumpToEnd();
        CHECK(model.reachesEnd());
        CHECK_FALSE(model.reachesStart());
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(modelIds(model) == expectedIds.mid(expectedIds.size() - 150));
        CHECK(model.fetchEarlier() == 150);
        CHECK(modelIds(model) == expectedIds.mid(expectedIds.size() - 300));
        // Back to the start.
        model.jumpToStart();
        CHECK(model.reachesStart());
        CHECK(modelIds(model) == expectedIds.mid(0, 150));
        // From the end, scrolling up loads the rows before, at the top, until the start.
        model.jumpToEnd();
        int guard = 0;
        while (model.canFetchEarlier() && guard++ < 1000)
            CHECK(model.fetchEarlier() > 0);
        CHECK(model.reachesStart());
        CHECK(modelIds(model) == expectedIds);

        // A dispute in the middle loads the rows around it.
        model.setFilter(f);
        const QString middle = expectedIds.at(expectedIds.size() / 2);
        REQUIRE(model.locate(middle));
        const int row = model.indexForId(middle).row();
        CHECK(row == 75);
        CHECK(modelIds(model) == expectedIds.mid(expectedIds.size() / 2 - 75, 225));
        while (model.canFetchEarlier())
            model.fetchEarlier();
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(modelIds(model) == expectedIds);
        CHECK_FALSE(model.locate(QStringLiteral("no-such-dispute")));
    }
}

TEST_CASE("The queue model switches queues and sorts, and counts in the background",
          "[queue][qtmodels]")
{
    auto db = Database::open(county().address, Database::Mode::ReadOnly);
    DisputeRepository repo(*db);
    const QString user = busiestHandler(*db);
    DisputeQueueModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(kToday);
    CHECK(model.dueSoonUntil() == kDueSoonUntil); // Sunday: Monday to Wednesday
    model.setCurrentUser(user);
    model.setFilter(DisputeFilter {});
    REQUIRE(waitForCounts(model));
    const DisputeQueueCounts expected = repo.queueCounts(baseFilter(user));
    CHECK(*model.queueCounts() == expected);
    CHECK(model.totalCount() == expected.count(DisputeQueue::All));
    CHECK(model.openCount() == expected.open);

    using State = DisputeQueueModel::DeadlineState;
    for (int i = 0; i < kDisputeQueueCount; ++i) {
        const auto queue = static_cast<DisputeQueue>(i);
        INFO("queue " << i);
        model.setQueue(queue);
        // Switching queues needs no new count: every queue is counted at once.
        CHECK(model.totalCount() == expected.count(queue));
        CHECK(model.rowCount() == std::min<qint64>(expected.count(queue), model.batchSize()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString status
                = model.index(row, 0).data(int(DisputeQueueModel::Role::StatusKey)).toString();
            const QDate due = model.index(row, 0).data(int(DisputeQueueModel::Role::DueOn)).toDate();
            if (queue == DisputeQueue::Overdue) {
                CHECK(model.deadlineState(row) == State::Overdue);
                CHECK(model.index(row, 0).data(Qt::BackgroundRole).isValid());
            } else if (queue == DisputeQueue::DueSoon) {
                CHECK(model.deadlineState(row) == State::DueSoon);
                CHECK(due >= kToday);
            } else if (queue == DisputeQueue::Mine) {
                CHECK(status != QLatin1String("closed"));
            } else if (queue == DisputeQueue::Major) {
                CHECK(model.index(row, 0).data(int(DisputeQueueModel::Role::Major)).toBool());
            }
        }
    }

    // Sorting by a column (a header click) reorders the same queue from its start.
    model.setQueue(DisputeQueue::All);
    model.sort(int(DisputeQueueModel::Column::Title), Qt::AscendingOrder);
    CHECK(model.sortOrder() == DisputeSort {DisputeSortColumn::Title, false});
    const QList<qint64> byTitle
        = plainList(*db, QStringLiteral("1 = 1"), {}, QStringLiteral("title, reported_at, rid"));
    CHECK(modelIds(model) == idsOf(*db, byTitle.mid(0, model.batchSize())));
    model.fetchMore({});
    CHECK(modelIds(model) == idsOf(*db, byTitle.mid(0, 2 * model.batchSize())));

    // A narrower filter: the counts follow in the background.
    DisputeFilter f;
    f.category = QStringLiteral("neighbour");
    model.setFilter(f);
    CHECK(model.filter().sort == DisputeSort {}); // setFilter takes the whole filter
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount()
          == scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0 AND "
                                        "category = 'neighbour'")));
}
