// SPDX-License-Identifier: GPL-3.0-or-later
// Desk -> share -> consolidation: the guarantees of design/sync.md, with faults injected
// at every share operation and crashes at every step of a publication.
#include "support/faulty_share_fs.h"
#include "support/test_support.h"

#include "core/report/passage_report.h"
#include "core/report/summaries.h"
#include "core/sync/batch.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

using namespace passages;
using test::FaultyShareFs;
using test::walkIn;
using Op = FaultyShareFs::Op;
using Kind = FaultyShareFs::Kind;

namespace {

/// A desk whose process dies at one step of a publication (DeskSync's test seam).
class DyingDeskSync final : public DeskSync
{
public:
    DyingDeskSync(DeskSync sync, Step step) : DeskSync(std::move(sync)), m_step(step) {}

protected:
    bool stopsAt(Step step) const override { return step == m_step; }

private:
    Step m_step;
};

QStringList summaryTables(const Database &db);

/// The desk's own signing key, to make batches exactly as it would.
QByteArray deskKey(test::TempDesk &desk)
{
    return trust::localKeys(*desk.db)->secretKey;
}

/// A share, a few desks and a consolidation cache, all in one temporary folder.
struct Lab
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    FaultyShareFs fs;
    std::vector<std::unique_ptr<test::TempDesk>> desks;
    std::map<test::TempDesk *, QString> fingerprints;
    QByteArray admin; ///< the share's admin secret key

    Lab()
    {
        REQUIRE(QDir().mkpath(root));
        admin = test::prepareShare(fs, root);
    }

    /// What an administrator does when a desk or consolidating PC asks to join.
    /// (From the admin's own PC: not through the faulty share of the desks.)
    void approveAll()
    {
        LocalShareFs adminFs;
        test::approveAll(adminFs, root, admin);
    }

    test::TempDesk &addDesk(const char *site, const char *desk)
    {
        auto d = std::make_unique<test::TempDesk>(false);
        REQUIRE(d->reception->setIdentity(QLatin1String(site), QLatin1String(desk)).ok());
        fingerprints[d.get()] = QStringLiteral("pc-%1").arg(desks.size());
        desks.push_back(std::move(d));
        return *desks.back();
    }

    DeskSync syncer(test::TempDesk &desk)
    {
        DeskSync sync(*desk.db, fs, root);
        const QString fingerprint = fingerprints[&desk];
        sync.setFingerprintSource([fingerprint] { return fingerprint; });
        return sync;
    }

    /// Syncs, then approves the desk when it asked (the admin of these tests says yes).
    Result<SyncOutcome> sync(test::TempDesk &desk)
    {
        Result<SyncOutcome> outcome = syncer(desk).run();
        if (!outcome)
            UNSCOPED_INFO("sync: " << outcome.error().message.toStdString());
        approveAll();
        return outcome;
    }

    std::unique_ptr<Database> openCache(const QString &name = QStringLiteral("cache.sqlite"))
    {
        Result<std::unique_ptr<Database>> cache = Database::open(dir.filePath(name));
        REQUIRE(cache.ok());
        return std::move(cache).value();
    }

    Result<ConsolidationSummary> consolidate(Database &cache)
    {
        approveAll();
        Result<ConsolidationSummary> summary = Consolidator(cache, fs, root).run();
        approveAll(); // this PC, on its first run: its receipts count from now on
        // Say why when a file was not imported: the first thing to read on a failure.
        // The list is kept in a variable: looping over a member of the temporary Result
        // read freed memory (ASan stopped 14 sync tests there).
        const Result<QList<ShareFileStatus>> problems = Consolidator(cache, fs, root).problems();
        REQUIRE(problems.ok());
        for (const ShareFileStatus &p : *problems)
            UNSCOPED_INFO(p.name.toStdString()
                          << ": " << p.status.toStdString() << ": " << p.reason.toStdString());
        return summary;
    }

    QStringList shareFiles() const
    {
        QStringList files;
        QDirIterator it(root + QStringLiteral("/desks"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
        files.sort();
        return files;
    }
};

qint64 total(const Database &db, const QString &site = {}, const QString &desk = {})
{
    Referential ref = Referential::defaultReferential();
    PassageReports reports(db, ref, test::communes());
    Result<YearlyCounts> r = reports.yearly(2024, BreakdownBy::Pole, {site, desk});
    REQUIRE(r.ok());
    return r->total;
}

QByteArray poleFigures(const Database &db)
{
    Referential ref = Referential::defaultReferential();
    PassageReports reports(db, ref, test::communes());
    QByteArray all;
    for (BreakdownBy d :
         {BreakdownBy::Pole, BreakdownBy::Commune, BreakdownBy::Site, BreakdownBy::AgeBand})
        all += reports.yearly(2024, d)->toJson();
    return all;
}

int rows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// The invariants after every run, once everything is quiet: each desk's rows are in
/// the consolidated cache exactly as at the desk; each share file has one status; a
/// rebuild from scratch gives the same figures.
void checkInvariants(Lab &lab, Database &cache)
{
    qint64 sum = 0;
    for (auto &desk : lab.desks) {
        const DeskIdentity id = desk->reception->identity();
        CHECK(total(cache, id.site, id.desk) == total(*desk->db));
        sum += total(*desk->db);
        // Row by row: same id, same revision, same tombstone.
        QSqlQuery q(desk->db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, revision, deleted, count FROM passage")));
        while (q.next()) {
            QSqlQuery c = cache.prepare(
                QStringLiteral("SELECT revision, deleted, count FROM passage WHERE id = :id"));
            c.bindValue(QStringLiteral(":id"), q.value(0));
            REQUIRE(c.exec());
            REQUIRE(c.next());
            CHECK(c.value(0).toInt() == q.value(1).toInt());
            CHECK(c.value(1).toInt() == q.value(2).toInt());
            CHECK(c.value(2).toInt() == q.value(3).toInt());
        }
    }
    CHECK(total(cache) == sum);
    const QStringList files = lab.shareFiles();
    for (const QString &file : files)
        CHECK_FALSE(file.section(QLatin1Char('/'), -1).startsWith(QLatin1Char('.')));
    CHECK(rows(cache, QStringLiteral("SELECT COUNT(*) FROM share_file")) == files.size());

    auto fresh =
        lab.openCache(QStringLiteral("rebuild-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    REQUIRE(lab.consolidate(*fresh).ok());
    CHECK(poleFigures(*fresh) == poleFigures(cache));
}

void logSome(test::TempDesk &desk, int n, const char *pole = "emploi", int count = 1)
{
    for (int i = 0; i < n; ++i) {
        desk.clockNow = desk.clockNow.addSecs(60);
        REQUIRE(desk.reception->log(walkIn(pole, count)).ok());
    }
}

} // namespace

TEST_CASE("three desks sync to the share and the consolidation equals their sum", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    test::TempDesk &b = lab.addDesk("villette", "Accueil 2");
    test::TempDesk &c = lab.addDesk("bpi", "Accueil Bpi");
    logSome(a, 5);
    logSome(b, 3, "orientation", 2);
    logSome(c, 4, "creation");
    for (auto *desk : {&a, &b, &c}) {
        Result<SyncOutcome> r = lab.sync(*desk);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r->batchesPublished == 1);
        CHECK(r->pendingRows == 0);
        CHECK(lab.syncer(*desk).pendingRows() == 0);
        CHECK(lab.syncer(*desk).lastSuccess().isValid());
    }
    // Syncing again publishes nothing new.
    Result<SyncOutcome> again = lab.sync(a);
    REQUIRE(again.ok());
    CHECK(again->batchesPublished == 0);
    CHECK(lab.shareFiles().size() == 3);

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 3);
    CHECK(s->rowsApplied == 12);
    CHECK(total(*cache) == 5 + 6 + 4);
    CHECK(total(*cache, QStringLiteral("bpi")) == 4);
    // Consolidating again changes nothing.
    s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->filesSeen == 0);
    checkInvariants(lab, *cache);

    Result<QList<DeskHealth>> health =
        Consolidator(*cache, lab.fs, lab.root).health(QDateTime::currentDateTimeUtc());
    REQUIRE(health.ok());
    REQUIRE(health->size() == 3);
    for (const DeskHealth &h : *health) {
        CHECK(h.lastImported == 1);
        CHECK(h.missing.isEmpty());
        CHECK_FALSE(h.held);
    }
}

TEST_CASE("corrections and deletions after sync, delivered out of order, end the same", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    const Passage first = *a.reception->log(walkIn("emploi", 3));
    const Passage second = *a.reception->log(walkIn("droit", 2));
    REQUIRE(lab.sync(a).ok());
    PassageInput fix = first.toInput();
    fix.pole = QStringLiteral("creation");
    REQUIRE(a.reception->correct(first.id, fix).ok());
    REQUIRE(a.reception->remove(second.id).ok());
    REQUIRE(lab.sync(a).ok());
    REQUIRE(lab.shareFiles().size() == 2);

    // The later batch arrives first: hide batch 1 from the share for one consolidation.
    const QString batch1 = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    REQUIRE(batch1.contains(QLatin1String("_00000001_")));
    const QString aside = lab.dir.filePath(QStringLiteral("aside.jsonl"));
    REQUIRE(QFile::rename(batch1, aside));
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 3); // the correction, alone: creation 3
    REQUIRE(QFile::rename(aside, batch1));
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 3); // the original, older, changes nothing
    PassageReports reports(*cache, a.referential, test::communes());
    CHECK(reports.yearly(2024, BreakdownBy::Pole)->rows.at(0).code == QLatin1String("creation"));
    checkInvariants(lab, *cache);
}

TEST_CASE("the same batch delivered twice or under two attempt numbers counts once", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 4, "emploi", 5);
    REQUIRE(lab.sync(a).ok());
    const QString file = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QString copy = file;
    copy.replace(QStringLiteral("_a1.jsonl"), QStringLiteral("_a2.jsonl"));
    REQUIRE(QFile::copy(file, copy));
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(s->duplicates == 1);
    CHECK(total(*cache) == 20);
    checkInvariants(lab, *cache);
}

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

TEST_CASE("bad files on the share are never imported and each gets a reason", "[sync][quarantine]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    const QString good = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    const QString folder = QFileInfo(good).absolutePath();
    const QString instance = a.reception->identity().instanceId;
    const QByteArray bytes = [&] {
        QFile f(good);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    auto drop = [&](const QString &name, const QByteArray &content) {
        QFile f(folder + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    auto nameFor = [&](qint64 no, const QByteArray &content, int attempt = 1) {
        return BatchName{instance, no, BatchCodec::contentHash(content).left(16), attempt}
            .fileName();
    };
    const ShareInfo info = *Share(lab.fs, lab.root).open();

    // Truncated: named for the full content, holding half of it.
    drop(BatchName::parse(QFileInfo(good).fileName())
             ->fileName()
             .replace(QStringLiteral("_a1"), QStringLiteral("_a3")),
         bytes.left(bytes.size() / 2));
    drop(nameFor(7, QByteArray()), QByteArray()); // 0 bytes, correctly named
    const QByteArray junk = "PK\x03\x04 this is a zip, not a batch\n";
    drop(nameFor(8, junk), junk);
    drop(QStringLiteral("notes.txt"), "hello");
    // A batch from a newer Passages: held, not rejected.
    Result<Batch> parsed = BatchCodec::decode(bytes, info.key);
    REQUIRE(parsed.ok());
    Batch future = *parsed;
    future.header.batchNo = 9;
    future.header.version = kBatchFormatVersion + 1;
    const QByteArray futureBytes = BatchCodec::encode(future, deskKey(a));
    drop(nameFor(9, futureBytes), futureBytes);
    // Signed with a key nobody approved.
    Batch foreign = *parsed;
    foreign.header.batchNo = 10;
    const QByteArray foreignBytes = BatchCodec::encode(foreign, trust::generateKeyPair().secretKey);
    drop(nameFor(10, foreignBytes), foreignBytes);
    // A valid batch in another desk's folder.
    Batch moved = *parsed;
    moved.header.batchNo = 11;
    const QByteArray movedBytes = BatchCodec::encode(moved, deskKey(a));
    const QString otherFolder =
        lab.root + QStringLiteral("/desks/00000000-0000-4000-8000-000000000000/2024");
    REQUIRE(QDir().mkpath(otherFolder));
    QFile other(otherFolder + QLatin1Char('/') + nameFor(11, movedBytes));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write(movedBytes);
    other.close();
    // A batch whose rows the schema refuses (a group size of 0): rejected as a whole.
    Batch refused = *parsed;
    refused.header.batchNo = 12;
    refused.changes[1].row.insert(QStringLiteral("count"), 0);
    refused.changes[1].revision = 9;
    refused.changes[1].row.insert(QStringLiteral("revision"), 9);
    refused.changes[0].revision = 9;
    refused.changes[0].row.insert(QStringLiteral("revision"), 9);
    refused.changes[0].row.insert(QStringLiteral("pole"), QStringLiteral("droit"));
    const QByteArray refusedBytes = BatchCodec::encode(refused, deskKey(a));
    drop(nameFor(12, refusedBytes), refusedBytes);

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(s->held == 1);
    CHECK(s->quarantined == 6);
    CHECK(s->unapproved == 1);
    CHECK(total(*cache) == 2);
    PassageReports reports(*cache, a.referential, test::communes());
    CHECK(reports.yearly(2024, BreakdownBy::Pole)->rows.at(0).code == QLatin1String("emploi"));

    Result<QList<ShareFileStatus>> problems = Consolidator(*cache, lab.fs, lab.root).problems();
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 8);
    QStringList reasons;
    for (const ShareFileStatus &p : *problems) {
        CHECK_FALSE(p.reason.isEmpty());
        reasons << p.status + QLatin1Char(':') + p.reason;
    }
    const QString all = reasons.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QLatin1String("truncated or damaged")));
    CHECK(all.contains(QLatin1String("the file is empty")));
    CHECK(all.contains(QLatin1String("not a batch file name")));
    CHECK(
        all.contains(QStringLiteral("held:batch format %1 is newer").arg(kBatchFormatVersion + 1)));
    CHECK(all.contains(QLatin1String("unapproved:signed by a key that is not the one approved")));
    CHECK(all.contains(QLatin1String("does not match its folder")));
    CHECK(all.contains(QLatin1String("a group of 0 is outside 1..500")));
    CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM share_file")) ==
          lab.shareFiles().size());
    // Nothing changes on a second pass: every file already has its status.
    CHECK(lab.consolidate(*cache)->filesSeen == 0);

    // A bulk import (summaries rebuilt at its end) leaves out the refused file too (it
    // would move a tally to "droit").
    auto bulk = lab.openCache(QStringLiteral("bulk.sqlite"));
    Consolidator atOnce(*bulk, lab.fs, lab.root);
    atOnce.setBulkThreshold(1);
    REQUIRE(atOnce.run().ok());
    CHECK(summaryTables(*bulk) == summaryTables(*cache));
    CHECK(poleFigures(*bulk) == poleFigures(*cache));
}

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

TEST_CASE("a lagging directory listing delays but never loses a batch", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    lab.fs.setListingLag(true);
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok()); // sees nothing yet
    REQUIRE(lab.consolidate(*cache).ok());
    REQUIRE(lab.consolidate(*cache).ok());
    REQUIRE(lab.consolidate(*cache).ok());
    lab.fs.clear();
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 4);
    checkInvariants(lab, *cache);
}

TEST_CASE("a newer referential on the share reaches the desk at sync", "[sync][referential]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    Referential next = Referential::defaultReferential();
    next.setVersion(2);
    DeskFields fields = next.fields();
    fields.firstVisit = true;
    next.setFields(fields);
    Share share(lab.fs, lab.root);
    REQUIRE(share.publishReferential(next, lab.admin).ok());
    CHECK_FALSE(share.publishReferential(next, lab.admin).ok()); // versions only go up
    Result<SyncOutcome> r = lab.sync(a);
    REQUIRE(r.ok());
    CHECK(r->referentialUpdated);
    a.reopen();
    CHECK(a.referential.version() == 2);
    CHECK(a.referential.fields().firstVisit);
    CHECK_FALSE(lab.sync(a)->referentialUpdated);
}

namespace {

/// The summary tables, row by row, in key order.
QStringList summaryTables(const Database &db)
{
    QStringList dump;
    for (const char *sql :
         {"SELECT local_date, pole, site, desk, channel, n FROM passage_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT local_date, dim, code, site, desk, n FROM passage_dim_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT site, desk, '', '', '', 0 FROM passage_desk ORDER BY 1, 2"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QLatin1String(sql)));
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 6; ++c)
                row << q.value(c).toString();
            dump << row.join(QLatin1Char('|'));
        }
    }
    return dump;
}

/// A varied walk-in: pôle, age band, commune and group size cycle with `i`.
PassageInput varied(int i)
{
    static const char *poles[] = {"emploi", "droit", "creation", "orientation"};
    static const char *ages[] = {"16-25", "26-44", "45-54", "nr"};
    static const char *communes[] = {"94022", "75119", "97411", "etranger", "nr"};
    PassageInput input = walkIn(poles[i % 4], 1 + i % 3);
    input.ageBand = QLatin1String(ages[(i / 2) % 4]);
    input.commune = QLatin1String(communes[i % 5]);
    return input;
}

} // namespace

TEST_CASE("a bulk import rebuilds the same summary tables the row triggers keep", "[sync][bulk]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    test::TempDesk &b = lab.addDesk("bpi", "Accueil Bpi");
    auto nightly = lab.openCache(QStringLiteral("nightly.sqlite"));
    Consolidator byNight(*nightly, lab.fs, lab.root);
    byNight.setBulkThreshold(1000000); // row by row, as a night
    for (int night = 0; night < 4; ++night) {
        for (test::TempDesk *desk : {&a, &b}) {
            desk->clockNow = QDateTime(QDate(2024, 3, 4 + night), QTime(9, 0));
            QList<Passage> logged;
            for (int i = 0; i < 7; ++i) {
                desk->clockNow = desk->clockNow.addSecs(600);
                logged << *desk->reception->log(varied(night * 7 + i));
            }
            // A correction that moves a walk-in to another pôle and commune, a deletion.
            PassageInput fix = logged.at(1).toInput();
            fix.pole = QStringLiteral("numerique");
            fix.commune = QStringLiteral("93066");
            REQUIRE(desk->reception->correct(logged.at(1).id, fix).ok());
            REQUIRE(desk->reception->remove(logged.at(2).id).ok());
            REQUIRE(lab.sync(*desk).ok());
        }
        REQUIRE(byNight.run().ok());
        CHECK_FALSE(summaries::deferred(*nightly));
    }

    auto bulk = lab.openCache(QStringLiteral("bulk.sqlite"));
    Consolidator atOnce(*bulk, lab.fs, lab.root);
    atOnce.setBulkThreshold(1);
    Result<ConsolidationSummary> s = atOnce.run();
    REQUIRE(s.ok());
    CHECK(s->imported == 8);
    CHECK_FALSE(summaries::deferred(*bulk));
    const QStringList tables = summaryTables(*bulk);
    CHECK(tables.size() > 40);
    CHECK(tables == summaryTables(*nightly));
    CHECK(poleFigures(*bulk) == poleFigures(*nightly));
    checkInvariants(lab, *bulk);

    SECTION("a deferral left by a crash is finished at the next run")
    {
        REQUIRE(summaries::defer(*bulk).ok());
        QSqlQuery wipe(bulk->connection());
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM passage_day")));
        REQUIRE(atOnce.run().ok()); // nothing new on the share
        CHECK_FALSE(summaries::deferred(*bulk));
        CHECK(summaryTables(*bulk) == tables);
    }
}

TEST_CASE("a rebuild gives the triggers' tables whatever order the rows are stored in",
          "[sync][bulk]")
{
    // Days logged out of order (yesterday's tally sheet typed in after today's walk-ins),
    // corrected and deleted: a desk's day is not contiguous in storage.
    test::TempDesk desk;
    const QDate days[] = {QDate(2024, 5, 6), QDate(2024, 5, 3), QDate(2024, 5, 6),
                          QDate(2024, 5, 2), QDate(2024, 5, 3)};
    QList<Passage> logged;
    for (int i = 0; i < 40; ++i) {
        desk.clockNow = QDateTime(days[i % 5], QTime(9, 0).addSecs(60 * i));
        logged << *desk.reception->log(varied(i));
    }
    for (int i = 0; i < 40; i += 7) {
        PassageInput fix = logged.at(i).toInput();
        fix.pole = QStringLiteral("numerique");
        fix.commune = QStringLiteral("97209");
        REQUIRE(desk.reception->correct(logged.at(i).id, fix).ok());
        REQUIRE(desk.reception->remove(logged.at(i + 3).id).ok());
    }
    const QStringList kept = summaryTables(*desk.db);
    REQUIRE(kept.size() > 30);

    REQUIRE(summaries::defer(*desk.db).ok());
    QSqlQuery wipe(desk.db->connection());
    for (const char *table : {"passage_day", "passage_dim_day", "passage_desk"})
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    REQUIRE(summaries::rebuild(*desk.db).ok());
    CHECK_FALSE(summaries::deferred(*desk.db));
    CHECK(summaryTables(*desk.db) == kept);
}

TEST_CASE("receipts tell the desk what was accepted; a damaged copy is sent again",
          "[sync][receipts]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 3, "emploi", 2);
    REQUIRE(lab.sync(a).ok());
    REQUIRE(lab.shareFiles().size() == 1);
    CHECK(lab.syncer(a).acknowledgement().published == 1);
    CHECK(lab.syncer(a).acknowledgement().acknowledged == 0);

    // The share's copy loses its second half on the way (a flaky SMB server).
    const QString file = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QByteArray bytes;
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        bytes = f.readAll();
        REQUIRE(f.resize(bytes.size() / 2));
    }
    auto cache = lab.openCache();
    Result<ConsolidationSummary> first = lab.consolidate(*cache);
    REQUIRE(first.ok());
    CHECK(first->quarantined == 1);
    CHECK(first->receiptsWritten == 1);
    CHECK(total(*cache) == 0);

    // The desk reads the receipt and publishes the same bytes under the next attempt.
    Result<SyncOutcome> again = lab.sync(a);
    REQUIRE(again.ok());
    CHECK(again->republished == 1);
    CHECK(again->batchesPublished == 1);
    const QStringList files = lab.shareFiles();
    REQUIRE(files.size() == 2);
    CHECK(files.at(1).endsWith(QLatin1String("_a2.jsonl")));
    QFile resent(lab.root + QLatin1Char('/') + files.at(1));
    REQUIRE(resent.open(QIODevice::ReadOnly));
    CHECK(resent.readAll() == bytes);

    Result<ConsolidationSummary> second = lab.consolidate(*cache);
    REQUIRE(second.ok());
    CHECK(second->imported == 1);
    CHECK(total(*cache) == 6);

    // The next sync reads that it was accepted; a second consolidation on another
    // computer says so too, and nothing changes.
    Result<SyncOutcome> third = lab.sync(a);
    REQUIRE(third.ok());
    CHECK(third->acknowledged == 1);
    CHECK(third->republished == 0);
    const Acknowledgement ack = lab.syncer(a).acknowledgement();
    CHECK(ack.published == 1);
    CHECK(ack.acknowledged == 1);
    CHECK(ack.refused.isEmpty());
    CHECK(ack.lastAcknowledged.isValid());
    auto other = lab.openCache(QStringLiteral("coordinator-2.sqlite"));
    REQUIRE(lab.consolidate(*other).ok());
    Result<SyncOutcome> fourth = lab.sync(a);
    REQUIRE(fourth.ok());
    CHECK(fourth->acknowledged == 0);
    CHECK(lab.shareFiles().size() == 2);
    checkInvariants(lab, *cache);

    SECTION("a receipt the share refuses is written at the next run, the import stands")
    {
        logSome(a, 2);
        REQUIRE(lab.sync(a).ok());
        lab.fs.inject(Op::Replace, 1, Kind::Fail);
        Result<ConsolidationSummary> refused = lab.consolidate(*cache);
        REQUIRE(refused.ok());
        CHECK(refused->imported == 1);
        CHECK(refused->receiptsWritten == 0);
        CHECK_FALSE(refused->receiptsError.isEmpty());
        CHECK(total(*cache) == 8);
        lab.fs.clear();
        Result<ConsolidationSummary> next = lab.consolidate(*cache);
        REQUIRE(next.ok());
        CHECK(next->filesSeen == 0);
        CHECK(next->receiptsWritten == 1);
        CHECK(lab.sync(a)->acknowledged == 1);
    }

    SECTION("an unreadable receipt is reported, never fatal")
    {
        logSome(a, 1);
        REQUIRE(lab.sync(a).ok());
        QFile junk(Share(lab.fs, lab.root).receiptsFolder() + QLatin1Char('/') +
                   a.reception->identity().instanceId + QStringLiteral(".junk.json"));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("{not json");
        junk.close();
        Result<SyncOutcome> outcome = lab.sync(a);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->receiptProblems.size() == 1);
        CHECK(outcome->receiptProblems.at(0).contains(QLatin1String("unreadable")));
    }
}

TEST_CASE("a batch in format 1 (SHA-256), approved as an old batch of its desk, is imported",
          "[sync][format]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 4, "droit");
    REQUIRE(lab.sync(a).ok());
    const QString good = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const ShareInfo info = *Share(lab.fs, lab.root).open();
    Batch old = *BatchCodec::decode(f.readAll(), info.key);
    f.close();
    REQUIRE(QFile::remove(good));
    old.header.version = 1;
    const QByteArray bytes = BatchCodec::encode(old, info.key);
    // Only with the share's HMAC key, which any desk knows: imported because the
    // administrator approved batch 1 of this desk as an old one (as share upgrade does).
    Share share(lab.fs, lab.root);
    Approval approval = share.trust(info.adminKey).approved.value(old.header.instance);
    approval.request.legacyBatches = 1;
    REQUIRE(share.approve(approval.request, lab.admin).ok());
    CHECK(bytes.contains("\"prev_sha256\""));
    const QString hash = BatchCodec::contentHash(bytes, 1);
    CHECK(hash ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QFile v1(QFileInfo(good).absolutePath() + QLatin1Char('/') +
             BatchName{old.header.instance, 1, hash.left(16), 1}.fileName());
    REQUIRE(v1.open(QIODevice::WriteOnly));
    v1.write(bytes);
    v1.close();

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(total(*cache) == 4);
}

TEST_CASE("a large batch is applied in blocks with the same result, and refused as a whole",
          "[sync][bulk]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    // 40 walk-ins, then corrections of some of them in the same batch: the outbox holds
    // both revisions of those rows, some inside one block of the multi-row statement.
    QList<Passage> logged;
    for (int i = 0; i < 40; ++i) {
        a.clockNow = a.clockNow.addSecs(60);
        logged << *a.reception->log(varied(i));
    }
    for (int i : {3, 17, 35}) {
        PassageInput fix = logged.at(i).toInput();
        fix.pole = QStringLiteral("numerique");
        fix.count = 5;
        REQUIRE(a.reception->correct(logged.at(i).id, fix).ok());
    }
    REQUIRE(a.reception->remove(logged.at(20).id).ok());
    REQUIRE(lab.sync(a).ok());
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(s->rowsApplied >= 44);
    checkInvariants(lab, *cache);

    // The same batch from another share key with row 18 broken: nothing of it is kept.
    const QString good = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const ShareInfo info = *Share(lab.fs, lab.root).open();
    Batch broken = *BatchCodec::decode(f.readAll(), info.key);
    broken.header.batchNo = 2;
    for (BatchChange &change : broken.changes) {
        change.revision += 10;
        change.row.insert(QStringLiteral("revision"), change.revision);
        change.row.insert(QStringLiteral("pole"), QStringLiteral("droit"));
    }
    broken.changes[17].row.insert(QStringLiteral("count"), 0);
    const QByteArray bytes = BatchCodec::encode(broken, deskKey(a));
    QFile out(QFileInfo(good).absolutePath() + QLatin1Char('/') +
              BatchName{broken.header.instance, 2, BatchCodec::contentHash(bytes).left(16), 1}
                  .fileName());
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QByteArray before = poleFigures(*cache);
    Result<ConsolidationSummary> again = lab.consolidate(*cache);
    REQUIRE(again.ok());
    CHECK(again->quarantined == 1);
    CHECK(poleFigures(*cache) == before);
    CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM passage WHERE pole = 'droit' AND "
                                      "revision > 10")) == 0);
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
