// SPDX-License-Identifier: GPL-3.0-or-later
// The sync under faults: crashes at every step of a publication, faults at every share
// operation, short writes, a full share, an unavailable one.
#include "support/sync_lab.h"

#include "core/sync/batch.h"
#include "core/sync/share.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace passages;
using namespace passages::test;
using Op = FaultyShareFs::Op;
using Kind = FaultyShareFs::Kind;

TEST_CASE("a crash at any step of a publication loses nothing and counts nothing twice",
          "[sync][crash]")
{
    for (DeskSync::Step step :
         {DeskSync::Step::BatchCut, DeskSync::Step::TempWritten, DeskSync::Step::BeforeRename,
          DeskSync::Step::AfterRename, DeskSync::Step::BeforeMarkPublished}) {
        DYNAMIC_SECTION("crash at step " << int(step))
        {
            Lab lab;
            test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
            logSome(a, 3);
            REQUIRE(lab.sync(a).ok());
            logSome(a, 2, "orientation", 4);
            {
                DyingDeskSync crashing(lab.syncer(a), step);
                Result<SyncOutcome> r = crashing.run();
                REQUIRE_FALSE(r.ok());
            }
            // A consolidation may run while the desk is down.
            auto cache = lab.openCache();
            REQUIRE(lab.consolidate(*cache).ok());
            CHECK(total(*cache) >= 3);

            // Restart: everything reopened from disk.
            a.reopen();
            CHECK(a.db->quickCheck().ok());
            Result<SyncOutcome> r = lab.sync(a);
            INFO((r.ok() ? QString() : r.error().message).toStdString());
            REQUIRE(r.ok());
            CHECK(r->pendingRows == 0);
            CHECK(lab.shareFiles().size() == 2);
            REQUIRE(lab.consolidate(*cache).ok());
            CHECK(total(*cache) == 3 + 8);
            checkInvariants(lab, *cache);
        }
    }
}

TEST_CASE("a fault at any share operation leaves the batch pending, and it succeeds later",
          "[sync][faults]")
{
    // First learn how many calls of each operation one sync makes.
    std::map<Op, int> callsPerSync;
    {
        Lab lab;
        test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
        logSome(a, 2);
        REQUIRE(lab.sync(a).ok());
        logSome(a, 2);
        FaultyShareFs counter;
        DeskSync sync(*a.db, counter, lab.root);
        sync.setFingerprintSource([] { return QStringLiteral("pc-0"); });
        REQUIRE(sync.run().ok());
        for (Op op :
             {Op::Exists, Op::MakeDirs, Op::List, Op::Read, Op::WriteNew, Op::Rename, Op::Remove})
            callsPerSync[op] = counter.calls(op);
    }
    for (const auto &[op, calls] : callsPerSync) {
        for (int call = 1; call <= calls; ++call) {
            for (bool persistent : {false, true}) {
                DYNAMIC_SECTION("op " << int(op) << " call " << call
                                      << (persistent ? " persistent" : " once"))
                {
                    Lab lab;
                    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
                    logSome(a, 2);
                    REQUIRE(lab.sync(a).ok());
                    logSome(a, 2, "droit", 3);
                    lab.fs.inject(op, call, Kind::Fail, persistent);
                    Result<SyncOutcome> faulty = lab.sync(a);
                    if (!faulty.ok()) {
                        CHECK_FALSE(faulty.error().message.isEmpty());
                        // Either the batch never made it, or only a later step failed.
                        const int pending = lab.syncer(a).pendingRows();
                        CHECK((pending == 2 || pending == 0));
                        CHECK(lab.syncer(a).lastError() == faulty.error().message);
                    }
                    lab.fs.clear();
                    Result<SyncOutcome> later = lab.sync(a);
                    INFO((later.ok() ? QString() : later.error().message).toStdString());
                    REQUIRE(later.ok());
                    CHECK(later->pendingRows == 0);
                    CHECK(later->forkedFrom.isEmpty());
                    auto cache = lab.openCache();
                    REQUIRE(lab.consolidate(*cache).ok());
                    CHECK(total(*cache) == 2 + 6);
                    checkInvariants(lab, *cache);
                }
            }
        }
    }
}

TEST_CASE("short writes, a full share and a rename that lies are handled", "[sync][faults]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 3);

    SECTION("ENOSPC reported only at close: 'share full', nothing left behind")
    {
        lab.fs.inject(Op::WriteNew, 1, Kind::NoSpaceAtClose);
        Result<SyncOutcome> r = lab.sync(a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ShareFull);
        CHECK(r.error().message.contains(QLatin1String("full")));
        CHECK(lab.shareFiles().isEmpty());
    }
    SECTION("a short write that reports failure")
    {
        lab.fs.inject(Op::WriteNew, 1, Kind::ShortWrite);
        REQUIRE_FALSE(lab.sync(a).ok());
        CHECK(lab.shareFiles().isEmpty());
    }
    SECTION("a short write that reports success is caught by the read-back check")
    {
        lab.fs.inject(Op::WriteNew, 1, Kind::SilentShortWrite);
        Result<SyncOutcome> r = lab.sync(a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ShareDamaged);
        CHECK(lab.shareFiles().isEmpty());
    }
    SECTION("a rename that succeeds but reports failure counts as published")
    {
        lab.fs.inject(Op::Rename, 1, Kind::RenameDoneButFails);
        Result<SyncOutcome> r = lab.sync(a);
        REQUIRE(r.ok());
        CHECK(r->batchesPublished == 1);
    }
    lab.fs.clear();
    REQUIRE(lab.sync(a).ok());
    CHECK(lab.shareFiles().size() == 1);
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok());
    checkInvariants(lab, *cache);
}

TEST_CASE("an unavailable or unprepared share is refused with its own message", "[sync]")
{
    QTemporaryDir dir;
    test::TempDesk desk;
    LocalShareFs fs;
    Result<SyncOutcome> missing =
        DeskSync(*desk.db, fs, dir.filePath(QStringLiteral("nowhere"))).run();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::ShareUnavailable);
    // An empty folder is what an unmounted mount point looks like.
    Result<SyncOutcome> empty = DeskSync(*desk.db, fs, dir.path()).run();
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::ShareNotPrepared);
    CHECK(empty.error().message.contains(QLatin1String("share init")));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    // share init refuses an existing share.
    REQUIRE(
        Share(fs, dir.path()).init(Referential::defaultReferential(), test::kAdminPassword).ok());
    CHECK_FALSE(
        Share(fs, dir.path()).init(Referential::defaultReferential(), test::kAdminPassword).ok());
}
