// SPDX-License-Identifier: GPL-3.0-or-later
// Reliability of the sync and the storage under what an office does: a batch deleted
// from the share, a consolidation killed half-way or run twice at once, two programs
// opening a new database at the same moment.
#include "support/test_support.h"

#include "core/report/attendance.h"
#include "core/report/summaries.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace passages;
using test::walkIn;

namespace {

struct SyncLab
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;
    test::TempDesk desk{false};
    QDateTime syncClock = QDateTime::currentDateTimeUtc();

    SyncLab()
    {
        REQUIRE(QDir().mkpath(root));
        REQUIRE(Share(fs, root).init(Referential::defaultReferential(), test::kAdminPassword).ok());
        REQUIRE(desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1"))
                    .ok());
    }

    Result<SyncOutcome> sync()
    {
        DeskSync sync(*desk.db, fs, root);
        sync.setFingerprintSource([] { return QStringLiteral("pc-1"); });
        sync.setClock([this] { return syncClock; });
        Result<SyncOutcome> outcome = sync.run();
        // The admin approves the desk's join request (its batches count from then on).
        test::approveAll(fs, root);
        return outcome;
    }

    QStringList shareFiles() const
    {
        QStringList files;
        QDirIterator it(root + QStringLiteral("/desks"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        return files;
    }

    std::unique_ptr<Database> openCache(const QString &name = QStringLiteral("cache.sqlite"))
    {
        Result<std::unique_ptr<Database>> cache =
            Database::open(dir.filePath(name), Database::Check::Quick, Database::Durability::Cache);
        REQUIRE(cache.ok());
        return std::move(cache).value();
    }
};

qint64 rawTotal(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT SUM(count) FROM passage WHERE deleted = 0"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a batch deleted from the share is published again from the outbox",
          "[sync][reliability]")
{
    SyncLab lab;
    REQUIRE(lab.desk.reception->log(walkIn("emploi", 3)).ok());
    REQUIRE(lab.sync().ok());
    lab.desk.clockNow = lab.desk.clockNow.addSecs(60);
    REQUIRE(lab.desk.reception->log(walkIn("emploi", 2)).ok());
    REQUIRE(lab.sync().ok());
    QStringList files = lab.shareFiles();
    REQUIRE(files.size() == 2);
    const QByteArray original = [&] {
        QFile f(files.at(0));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    // The share is restored from an old backup: batch 1 is gone.
    REQUIRE(QFile::remove(files.at(0)));

    // Just published: a lagging listing may explain it, nothing is sent yet.
    Result<SyncOutcome> soon = lab.sync();
    REQUIRE(soon.ok());
    CHECK(soon->republished == 0);

    // Later, the listing is trusted: batch 1 goes out again, same bytes, attempt 2.
    lab.syncClock = lab.syncClock.addSecs(3600);
    Result<SyncOutcome> later = lab.sync();
    REQUIRE(later.ok());
    CHECK(later->republished == 1);
    CHECK(later->batchesPublished == 1);
    files = lab.shareFiles();
    REQUIRE(files.size() == 2);
    CHECK(files.at(0).endsWith(QLatin1String("_a2.jsonl")));
    QFile again(files.at(0));
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == original);

    // A rebuilt cache has every walk-in, once.
    auto cache = lab.openCache();
    REQUIRE(Consolidator(*cache, lab.fs, lab.root).run().ok());
    CHECK(rawTotal(*cache) == 5);
    // Nothing more to send.
    lab.syncClock = lab.syncClock.addSecs(3600);
    Result<SyncOutcome> quiet = lab.sync();
    REQUIRE(quiet.ok());
    CHECK(quiet->republished == 0);
}

TEST_CASE("readers see the raw rows while the summaries are deferred, after a crash too",
          "[sync][reliability][bulk]")
{
    SyncLab lab;
    for (int i = 0; i < 3; ++i) {
        lab.desk.clockNow = lab.desk.clockNow.addSecs(60);
        REQUIRE(lab.desk.reception->log(walkIn("emploi", 2)).ok());
    }
    REQUIRE(lab.sync().ok());
    auto cache = lab.openCache();
    Consolidator consolidator(*cache, lab.fs, lab.root);
    consolidator.setBulkThreshold(1);
    REQUIRE(consolidator.run().ok());
    REQUIRE_FALSE(summaries::deferred(*cache));

    const Referential referential = Referential::defaultReferential();
    const AttendanceReport report(*cache, referential, test::communes());
    AttendanceFilter year;
    year.from = QDate(2024, 1, 1);
    year.to = QDate(2024, 12, 31);
    REQUIRE(report.total(year).ok());
    CHECK(*report.total(year) == 6);

    // A first consolidation killed after its first group: the flag and some rows are
    // committed, the summary tables are not rebuilt.
    {
        Transaction tx(*cache);
        REQUIRE(tx.begun().ok());
        REQUIRE(summaries::defer(*cache).ok());
        QSqlQuery q = cache->prepare(
            QStringLiteral("CREATE TEMP TABLE extra AS SELECT * FROM passage LIMIT 1"));
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("UPDATE extra SET id = 'extra-row', count = 10")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO passage SELECT * FROM extra")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE extra")));
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(rawTotal(*cache) == 16);
    // The same report object, still alive: it reads the rows, not the stale tables.
    CHECK_FALSE(report.usesDailyAggregate());
    CHECK(*report.total(year) == 16);
    REQUIRE(report.desks().ok());
    CHECK(report.desks()->size() == 1);

    // The next run rebuilds and clears the flag: the tables are read again, same figure.
    REQUIRE(Consolidator(*cache, lab.fs, lab.root).run().ok());
    CHECK_FALSE(summaries::deferred(*cache));
    CHECK(report.usesDailyAggregate());
    CHECK(*report.total(year) == 16);
}

TEST_CASE("a second consolidation on the same cache says it is in progress", "[sync][reliability]")
{
    SyncLab lab;
    REQUIRE(lab.desk.reception->log(walkIn("emploi")).ok());
    REQUIRE(lab.sync().ok());
    auto cache = lab.openCache();
    // Another process holds the consolidation lock of this cache.
    QLockFile other(cache->path() + QStringLiteral(".consolidating"));
    REQUIRE(other.tryLock(0));
    Result<ConsolidationSummary> second = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Busy);
    CHECK(second.error().message.contains(QLatin1String("in progress")));
    CHECK_FALSE(second.error().message.contains(QLatin1String("UNIQUE")));
    other.unlock();
    Result<ConsolidationSummary> after = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE(after.ok());
    CHECK(after->imported == 1);
}

TEST_CASE("two connections opening a new database at once both succeed", "[storage][reliability]")
{
    // Each attempt a new file; the threads start together so their migrations overlap.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        std::atomic<int> ready = 0;
        Status results[2];
        QString ids[2];
        std::thread threads[2];
        for (int t = 0; t < 2; ++t)
            threads[t] = std::thread([&, t] {
                ++ready;
                while (ready < 2) {
                }
                Result<std::unique_ptr<Database>> db = Database::open(path);
                if (!db) {
                    results[t] = db.error();
                    return;
                }
                ids[t] = (*db)->meta(QStringLiteral("instance_id"));
            });
        for (std::thread &t : threads)
            t.join();
        for (const Status &s : results) {
            INFO((s ? std::string() : s.error().message.toStdString()));
            CHECK(s.ok());
        }
        // One database, one identity.
        CHECK(ids[0] == ids[1]);
        CHECK_FALSE(ids[0].isEmpty());
    }
}

TEST_CASE("SQL errors carry SQLite's message alone, not Qt's glued to it", "[storage]")
{
    test::TempDesk desk;
    QSqlQuery q = desk.db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                  "('k', 'a'), ('k', 'b')"));
    const Status s = exec(q, QStringLiteral("Inserting"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QLatin1String("UNIQUE")));
    CHECK_FALSE(s.error().message.contains(QLatin1String("Unable to fetch row")));
}
