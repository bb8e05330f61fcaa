// SPDX-License-Identifier: GPL-3.0-or-later
// The batches on the share: bad files quarantined with a reason, receipts, the old format.
#include "support/sync_lab.h"

#include "core/report/passage_report.h"
#include "core/report/summaries.h"
#include "core/sync/batch.h"
#include "core/sync/share.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace passages;
using namespace passages::test;
using Op = FaultyShareFs::Op;
using Kind = FaultyShareFs::Kind;

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

TEST_CASE("a batch carrying the desk fields goes out as format 4, and a consolidator that held "
          "it before its upgrade imports it after",
          "[sync][format]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    PassageInput withLevel = test::walkIn("droit", 3);
    withLevel.serviceLevel = QStringLiteral("conseil");
    REQUIRE(a.reception->log(withLevel).ok());
    REQUIRE(lab.sync(a).ok());
    logSome(a, 1);
    REQUIRE(lab.sync(a).ok());

    // The file names sort by batch number: 1 and 3 carry no desk field.
    QStringList files = lab.shareFiles();
    files.sort();
    REQUIRE(files.size() == 3);
    QList<int> versions;
    for (const QString &name : files) {
        QFile f(lab.root + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        versions << BatchCodec::declaredVersion(f.readAll());
    }
    CHECK(versions == QList<int>{kSignedBatchFormat, kDeskFieldsBatchFormat, kSignedBatchFormat});

    // As an older consolidator (format 3) leaves it: batch 2 held, the others imported.
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok());
    REQUIRE(total(*cache) == 2 + 3 + 1);
    {
        QSqlQuery q(cache->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM passage WHERE service_level IS NOT NULL")));
        REQUIRE(q.exec(QStringLiteral("UPDATE share_file SET status = 'held', reason = 'batch "
                                      "format 4 is newer than this version of Passages (3)' "
                                      "WHERE name LIKE '%_00000002_%'")));
        REQUIRE(cache->setMeta(QStringLiteral("reader_format"), QStringLiteral("3")).ok());
    }
    REQUIRE(total(*cache) == 2 + 1);

    // Upgraded: the held batch is read again, once, and its walk-ins counted with the field.
    Result<ConsolidationSummary> upgraded = lab.consolidate(*cache);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->filesSeen == 1);
    CHECK(upgraded->imported == 1);
    CHECK(upgraded->held == 0);
    CHECK(total(*cache) == 2 + 3 + 1);
    CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM passage WHERE service_level = "
                                      "'conseil'")) == 1);
    CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM share_file WHERE status = 'held'")) ==
          0);
    CHECK(lab.consolidate(*cache)->filesSeen == 0);
}
