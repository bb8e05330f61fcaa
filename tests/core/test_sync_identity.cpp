// SPDX-License-Identifier: GPL-3.0-or-later
// The sync and desk identities: reinstalled desks, restored backups, cloned PCs, two
// computers under one identity, junk named as a desk's batch.
#include "support/sync_lab.h"

#include "core/report/summaries.h"
#include "core/sync/batch.h"
#include "core/sync/share.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace passages;
using namespace passages::test;

TEST_CASE("a reinstalled desk, a restored backup and a cloned PC never double-count",
          "[sync][identity]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    const QString backup = lab.dir.filePath(QStringLiteral("backup.sqlite"));
    {
        QSqlQuery q(a.db->connection());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    }
    logSome(a, 3, "droit");
    REQUIRE(lab.sync(a).ok());
    const QString instanceBefore = a.reception->identity().instanceId;

    SECTION("restored from an old backup: the desk forks instead of reusing batch 2")
    {
        a.reception.reset();
        a.db.reset();
        REQUIRE(QFile::remove(a.path));
        QFile::remove(a.path + QStringLiteral("-wal"));
        QFile::remove(a.path + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(backup, a.path));
        a.reopen();
        logSome(a, 4, "creation"); // recorded after the restore
        Result<SyncOutcome> r = lab.sync(a);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r->forkedFrom == instanceBefore);
        CHECK(r->forkReason.contains(QLatin1String("backup")));
        INFO("meta now " << a.db->meta(QStringLiteral("instance_id")).toStdString() << " before "
                         << instanceBefore.toStdString());
        CHECK(a.reception->identity().instanceId != instanceBefore);
        auto cache = lab.openCache();
        REQUIRE(lab.consolidate(*cache).ok());
        // 2 (before backup) + 3 (lost from the desk, still on the share) + 4 (after restore).
        CHECK(total(*cache) == 9);
        CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM share_instance")) == 2);
    }
    SECTION("a cloned PC: the copy forks, the original continues")
    {
        lab.addDesk("villette", "Accueil 1");
        test::TempDesk &clone = *lab.desks.back();
        clone.reception.reset();
        clone.db.reset();
        REQUIRE(QFile::remove(clone.path));
        {
            QSqlQuery q(a.db->connection());
            REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(clone.path)));
        }
        clone.reopen(); // same instance id, another machine fingerprint
        logSome(clone, 2, "numerique");
        logSome(a, 1, "emploi", 7);
        Result<SyncOutcome> r = lab.sync(clone);
        REQUIRE(r.ok());
        CHECK(r->forkedFrom == instanceBefore);
        REQUIRE(lab.sync(a).ok());
        CHECK(a.reception->identity().instanceId == instanceBefore);
        auto cache = lab.openCache();
        REQUIRE(lab.consolidate(*cache).ok());
        CHECK(total(*cache) == 2 + 3 + 2 + 7);
        // Desk-by-desk equality does not apply here (both databases share their old rows);
        // the figures are the union, each row once.
        CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM passage")) == 2 + 3 + 2 + 1);
    }
    SECTION("a reinstalled desk (new empty database) is a new identity beside the old one")
    {
        lab.addDesk("villette", "Accueil 1");
        test::TempDesk &reinstalled = *lab.desks.back();
        logSome(reinstalled, 6, "orientation");
        REQUIRE(lab.sync(reinstalled).ok());
        auto cache = lab.openCache();
        REQUIRE(lab.consolidate(*cache).ok());
        CHECK(total(*cache, QStringLiteral("villette"), QStringLiteral("Accueil 1")) == 11);
    }
}

TEST_CASE("two computers publishing under one identity: the consolidation holds it",
          "[sync][identity]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    const QString good = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const ShareInfo info = *Share(lab.fs, lab.root).open();
    Batch other = *BatchCodec::decode(f.readAll(), info.key);
    other.changes.removeLast();
    const QByteArray bytes = BatchCodec::encode(other, deskKey(a));
    QFile twin(
        QFileInfo(good).absolutePath() + QLatin1Char('/') +
        BatchName{other.header.instance, 1, BatchCodec::contentHash(bytes).left(16), 1}.fileName());
    REQUIRE(twin.open(QIODevice::WriteOnly));
    twin.write(bytes);
    twin.close();
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->forks == 1);
    Result<QList<DeskHealth>> health =
        Consolidator(*cache, lab.fs, lab.root).health(QDateTime::currentDateTimeUtc());
    REQUIRE(health->size() == 1);
    CHECK(health->at(0).held);
    CHECK(health->at(0).heldReason.contains(QLatin1String("two computers")));
}

TEST_CASE("a junk file named as a batch of this desk does not make it fork", "[sync][identity]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    const QString instance = a.reception->identity().instanceId;
    const QString folder =
        QFileInfo(lab.root + QLatin1Char('/') + lab.shareFiles().at(0)).absolutePath();
    // Someone drops garbage under a name this desk would use for batch 99, and a copy of
    // batch 1 that lost its end under another hash.
    for (const auto &[no, content] : {std::pair{qint64(99), QByteArray("garbage\n")},
                                      std::pair{qint64(1), QByteArray("{\"format\":")}}) {
        QFile junk(folder + QLatin1Char('/') +
                   BatchName{instance, no, QStringLiteral("0123456789abcdef"), 1}.fileName());
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(content);
    }
    logSome(a, 1);
    Result<SyncOutcome> outcome = lab.sync(a);
    REQUIRE(outcome.ok());
    CHECK(outcome->forkedFrom.isEmpty());
    CHECK(a.reception->identity().instanceId == instance);
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 2);
    CHECK(s->quarantined == 2);
    CHECK(total(*cache) == 3);
}

TEST_CASE("a pinned admin key or fingerprint that cannot be read stops the sync, never re-pins",
          "[sync][identity]")
{
    for (const char *key : {"share_admin_key", "fingerprint"}) {
        DYNAMIC_SECTION(key)
        {
            Lab lab;
            TempDesk &desk = lab.addDesk("villette", "Accueil 1");
            REQUIRE(lab.sync(desk).ok()); // pins the share's admin key and this machine
            breakMetaKey(*desk.db, QLatin1String(key));
            DeskSync sync = lab.syncer(desk);
            const Result<SyncOutcome> again = sync.run();
            REQUIRE_FALSE(again.ok());
            CHECK(again.error().code == ErrorCode::Database);
            CHECK(again.error().message.contains(
                QStringLiteral("Reading setting %1").arg(QLatin1String(key))));
        }
    }
}

TEST_CASE("a consolidation whose pinned admin key cannot be read stops, never re-pins",
          "[sync][identity]")
{
    Lab lab;
    TempDesk &desk = lab.addDesk("villette", "Accueil 1");
    REQUIRE(desk.reception->log(walkIn("emploi")).ok());
    REQUIRE(lab.sync(desk).ok());
    std::unique_ptr<Database> cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok()); // pins the share's admin key
    breakMetaKey(*cache, QStringLiteral("share_admin_key"));
    const Result<ConsolidationSummary> again = lab.consolidate(*cache);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Database);
    CHECK(again.error().message.contains(QLatin1String("Reading setting share_admin_key")));
}
