// SPDX-License-Identifier: GPL-3.0-or-later
// The trust model of the share (docs/trust-model.md): each attack of issue 13 (S3, S4,
// S7, S8) made by someone who can write anything on the share, and the happy paths.
#include "support/test_support.h"

#include "core/referential/referential_store.h"
#include "core/report/passage_report.h"
#include "core/sync/batch.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/receipt.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace passages;
using test::walkIn;

namespace {

/// A share, its admin, desks and a consolidation cache in one temporary folder.
struct Share13
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;
    QByteArray admin;
    std::vector<std::unique_ptr<test::TempDesk>> desks;
    std::unique_ptr<Database> cache;

    Share13()
    {
        REQUIRE(QDir().mkpath(root));
        admin = test::prepareShare(fs, root);
        Result<std::unique_ptr<Database>> opened =
            Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
    }

    test::TempDesk &desk(const char *label)
    {
        auto d = std::make_unique<test::TempDesk>(false);
        REQUIRE(d->reception->setIdentity(QStringLiteral("villette"), QLatin1String(label)).ok());
        desks.push_back(std::move(d));
        return *desks.back();
    }
    Result<SyncOutcome> sync(test::TempDesk &d) { return DeskSync(*d.db, fs, root).run(); }
    void approveAll() { test::approveAll(fs, root, admin); }
    Result<ConsolidationSummary> consolidate() { return Consolidator(*cache, fs, root).run(); }

    qint64 total()
    {
        Referential ref = Referential::defaultReferential();
        PassageReports reports(*cache, ref, test::communes());
        Result<YearlyCounts> r = reports.yearly(2024, BreakdownBy::Pole);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r->total;
    }
    /// Every file's status and reason, one line each.
    QString statuses()
    {
        QStringList lines;
        // Kept in a variable: a range-for over *temporary.problems() would read a
        // destroyed Result (heap corruption seen under load).
        const auto problems = Consolidator(*cache, fs, root).problems();
        REQUIRE(problems.ok());
        for (const ShareFileStatus &p : *problems)
            lines << p.status + QLatin1Char(':') + p.reason;
        return lines.join(QLatin1Char('\n'));
    }
    /// The batch files on the share, relative.
    QStringList files() const
    {
        QStringList result;
        QDirIterator it(root + QStringLiteral("/desks"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            result << it.next();
        result.sort();
        return result;
    }
    /// Drops `batch`, encoded with `key`, in its desk's folder under its proper name.
    QByteArray drop(const Batch &batch, const QByteArray &key)
    {
        const QByteArray bytes = BatchCodec::encode(batch, key);
        dropBytes(batch.header.instance, batch.header.batchNo, bytes);
        return bytes;
    }
    void dropBytes(const QString &instance, qint64 no, const QByteArray &bytes)
    {
        const QString folder = root + QStringLiteral("/desks/%1/2024").arg(instance);
        REQUIRE(QDir().mkpath(folder));
        QFile f(folder + QLatin1Char('/') +
                BatchName{
                    instance, no,
                    BatchCodec::contentHash(bytes, BatchCodec::declaredVersion(bytes)).left(16), 1}
                    .fileName());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QByteArray shareKey() { return Share(fs, root).open()->key; }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray deskKey(test::TempDesk &desk)
{
    return trust::localKeys(*desk.db)->secretKey;
}

/// The desk's first published batch, decoded.
Batch firstBatch(Share13 &s, test::TempDesk &desk)
{
    const QString instance = desk.reception->identity().instanceId;
    for (const QString &file : s.files())
        if (file.contains(instance))
            return *BatchCodec::decode(readAll(file), s.shareKey());
    FAIL("no batch of the desk on the share");
    return {};
}

/// An approved desk with `n` walk-ins at "emploi", synced and consolidated.
test::TempDesk &approvedDesk(Share13 &s, const char *label, int n)
{
    test::TempDesk &d = s.desk(label);
    for (int i = 0; i < n; ++i)
        REQUIRE(d.reception->log(walkIn("emploi")).ok());
    REQUIRE(s.sync(d).ok());
    s.approveAll();
    return d;
}

} // namespace

TEST_CASE("init, join, approve, sync, consolidate: batches wait for the approval, then count",
          "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = s.desk("Accueil 1");
    for (int i = 0; i < 3; ++i)
        REQUIRE(a.reception->log(walkIn("emploi")).ok());
    Result<SyncOutcome> first = s.sync(a);
    REQUIRE(first.ok());
    CHECK(first->awaitingApproval);
    CHECK(first->batchesPublished == 1);
    CHECK(DeskSync(*a.db, s.fs, s.root).trustWarning().contains(QLatin1String("approval")));

    // Before the approval: refused with a recorded status, nothing counted.
    Result<ConsolidationSummary> before = s.consolidate();
    REQUIRE(before.ok());
    CHECK(before->unapproved == 1);
    CHECK(before->imported == 0);
    CHECK(before->awaitingApproval);
    CHECK(s.total() == 0);
    // The admin sees two requests (the desk, the consolidating PC) and approves them.
    const TrustState state = Share(s.fs, s.root).trust(Share(s.fs, s.root).open()->adminKey);
    REQUIRE(state.pending.size() == 2);
    CHECK(Share(s.fs, s.root).unlockAdmin(QStringLiteral("wrong")).error().field ==
          QLatin1String("password"));
    s.approveAll();

    // The same file is judged again once: imported.
    Result<ConsolidationSummary> after = s.consolidate();
    REQUIRE(after.ok());
    CHECK(after->imported == 1);
    CHECK_FALSE(after->awaitingApproval);
    CHECK(s.total() == 3);
    CHECK(s.consolidate()->filesSeen == 0);
    // The desk reads the signed receipt and no longer awaits anything.
    Result<SyncOutcome> again = s.sync(a);
    REQUIRE(again.ok());
    CHECK_FALSE(again->awaitingApproval);
    CHECK(again->trustProblems.isEmpty());
    CHECK(DeskSync(*a.db, s.fs, s.root).acknowledgement().acknowledged == 1);
    CHECK(DeskSync(*a.db, s.fs, s.root).trustWarning().isEmpty());
}

TEST_CASE("S3: a forged desk with the share's key or its own unapproved key is refused",
          "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 2);
    Batch forged = firstBatch(s, a);
    const QString fake = QUuid::createUuid().toString(QUuid::WithoutBraces);
    forged.header.instance = fake;
    forged.changes.resize(1);
    forged.changes[0].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    forged.changes[0].row.insert(QStringLiteral("id"), forged.changes[0].id);
    forged.changes[0].row.insert(QStringLiteral("count"), 5000000);
    // Its own key, which nobody approved; and the old way, the share's HMAC key.
    s.drop(forged, trust::generateKeyPair().secretKey);
    forged.header.version = 2;
    forged.header.batchNo = 2;
    s.drop(forged, s.shareKey());

    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    CHECK(r->unapproved == 2);
    CHECK(s.total() == 2);
    const QString all = s.statuses();
    INFO(all.toStdString());
    CHECK(all.count(QLatin1String("unapproved:this desk's key is not approved")) == 2);
}

TEST_CASE("S3: a tombstone from another approved desk cannot delete a desk's tally",
          "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 2);
    test::TempDesk &b = approvedDesk(s, "Accueil 2", 1);
    REQUIRE(s.consolidate().ok());
    REQUIRE(s.total() == 3);
    // Desk B (approved, or its key stolen) signs a tombstone of A's first record.
    const Batch ofA = firstBatch(s, a);
    Batch tomb = firstBatch(s, b);
    tomb.header.batchNo = 2;
    tomb.changes = {ofA.changes.at(0)};
    tomb.changes[0].revision += 1;
    tomb.changes[0].row.insert(QStringLiteral("revision"), tomb.changes[0].revision);
    tomb.changes[0].row.insert(QStringLiteral("deleted"), 1);
    s.drop(tomb, deskKey(b));
    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->quarantined == 1);
    CHECK(s.total() == 3);
    CHECK(s.statuses().contains(QLatin1String("belongs to another desk")));

    // A's own correction of the same record is taken.
    REQUIRE(a.reception->remove(ofA.changes.at(0).id).ok());
    REQUIRE(s.sync(a).ok());
    REQUIRE(s.consolidate()->imported == 1);
    CHECK(s.total() == 2);
}

TEST_CASE("S3: impossible values from an approved desk quarantine the whole file",
          "[sync][trust][values]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 2);
    const Batch base = firstBatch(s, a);
    QByteArray key = deskKey(a);
    const auto variant = [&](qint64 no, const char *field, const QJsonValue &value) {
        Batch b = base;
        b.header.batchNo = no;
        for (BatchChange &c : b.changes) {
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.row.insert(QStringLiteral("id"), c.id);
        }
        b.changes[1].row.insert(QLatin1String(field), value);
        s.drop(b, key);
    };
    variant(2, "count", 5000000);
    variant(3, "pole", QStringLiteral("astrologie"));
    variant(4, "commune", QStringLiteral("Jean DUPONT, 12 rue X, né le 01/02/1980"));
    variant(5, "count", QJsonValue(qint64(std::numeric_limits<qint64>::max())));
    variant(6, "local_date", QStringLiteral("9999-12-31"));
    variant(7, "desk", QStringLiteral("Accueil\x1b[2J"));

    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    const QString all = s.statuses();
    INFO(all.toStdString());
    CHECK(r->imported == 1);
    CHECK(r->quarantined == 6);
    CHECK(all.contains(QLatin1String("a group of 5000000 is outside 1..500")));
    CHECK(all.contains(QLatin1String("astrologie")));
    CHECK(all.contains(QLatin1String("the commune is not a commune code")));
    CHECK(all.contains(QLatin1String("impossible number")));
    CHECK(all.contains(QLatin1String("not a plausible date")));
    CHECK(all.contains(QLatin1String("control characters")));
    // No part of a refused file counts; every report still works (no 2^63 - 1 anywhere).
    CHECK(s.total() == 2);
}

TEST_CASE("the consolidation checks groups against the referential's maximum, as the desk does",
          "[trust][group-size]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 1);
    const Batch base = firstBatch(s, a);
    const QByteArray key = deskKey(a);
    const auto group = [&](qint64 no, int count) {
        Batch b = base;
        b.header.batchNo = no;
        b.changes.resize(1);
        b.changes[0].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.changes[0].row.insert(QStringLiteral("id"), b.changes[0].id);
        b.changes[0].row.insert(QStringLiteral("count"), count);
        s.drop(b, key);
    };
    // The default maximum, 500: a group of 501 made by a desk that bypassed its own check
    // (an older Passages, a hand-made file) is refused, 500 is counted.
    group(2, 501);
    group(3, 500);
    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->imported == 2); // the desk's own batch 1 and batch 3
    CHECK(r->quarantined == 1);
    CHECK(s.statuses().contains(QLatin1String("a group of 501 is outside 1..500")));
    CHECK(s.total() == 1 + 500);

    // The Cité lowers its maximum in a new referential version: the consolidation checks
    // the version in force, the desk picks it up at its sync and refuses the same.
    Referential stricter = Referential::defaultReferential();
    stricter.setVersion(2);
    REQUIRE(stricter.setMaxGroupSize(20).ok());
    REQUIRE(Share(s.fs, s.root).publishReferential(stricter, s.admin).ok());
    group(4, 21);
    group(5, 20);
    r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    CHECK(r->quarantined == 1);
    CHECK(s.statuses().contains(QLatin1String("a group of 21 is outside 1..20")));
    REQUIRE(s.sync(a).ok());
    Result<Referential> atDesk = loadReferential(*a.db);
    REQUIRE(atDesk.ok());
    CHECK(atDesk->maxGroupSize() == 20);
}

TEST_CASE("S4: a batch whose end line was altered is refused and the desk does not fork",
          "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 2);
    const QString original = s.files().at(0);
    QByteArray bytes = readAll(original);
    // One space inside the trailer: the HMAC of old never covered it.
    const qsizetype last = bytes.lastIndexOf("{\"end\"");
    bytes.insert(last + 1, ' ');
    REQUIRE(QFile::remove(original));
    s.dropBytes(a.reception->identity().instanceId, 1, bytes);
    const QString instance = a.reception->identity().instanceId;
    REQUIRE(a.reception->log(walkIn("droit")).ok());
    Result<SyncOutcome> synced = s.sync(a);
    REQUIRE(synced.ok());
    CHECK(synced->forkedFrom.isEmpty());
    CHECK(a.reception->identity().instanceId == instance);
    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->forks == 0);
    CHECK(s.statuses().contains(QLatin1String("the end line was altered")));
}

TEST_CASE("S7: a referential version not signed by the admin is ignored, and said", "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 1);
    Referential v99 = Referential::defaultReferential();
    v99.setVersion(99);
    QJsonObject doc = QJsonDocument::fromJson(v99.toJson()).object();
    QJsonArray poles;
    for (const QJsonValue &pole : doc.value(QStringLiteral("poles")).toArray())
        if (pole.toObject().value(QStringLiteral("code")).toString() != QLatin1String("emploi"))
            poles.append(pole);
    doc.insert(QStringLiteral("poles"), poles);
    QFile dropped(s.root + QStringLiteral("/referential/referential-v99.json"));
    REQUIRE(dropped.open(QIODevice::WriteOnly));
    dropped.write(QJsonDocument(doc).toJson());
    dropped.close();

    Result<SyncOutcome> r = s.sync(a);
    REQUIRE(r.ok());
    CHECK_FALSE(r->referentialUpdated);
    CHECK(r->referentialVersion == 1);
    REQUIRE(r->trustProblems.size() == 1);
    CHECK(r->trustProblems.at(0).contains(QLatin1String("referential-v99.json")));
    CHECK(DeskSync(*a.db, s.fs, s.root).trustWarning().contains(QLatin1String("v99")));
    CHECK(a.reception->log(walkIn("emploi")).ok());

    // The admin's own version 2 is taken.
    Referential v2 = Referential::defaultReferential();
    v2.setVersion(2);
    CHECK_FALSE(Share(s.fs, s.root).publishReferential(v2, s.admin).ok()); // 99 is there
    REQUIRE(QFile::remove(dropped.fileName()));
    REQUIRE(Share(s.fs, s.root).publishReferential(v2, s.admin).ok());
    Result<SyncOutcome> later = s.sync(a);
    REQUIRE(later.ok());
    CHECK(later->referentialUpdated);
    CHECK(later->referentialVersion == 2);
}

TEST_CASE("S8: a receipt not signed by an approved consolidating PC is ignored", "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 1);
    const QString instance = a.reception->identity().instanceId;
    const QString file = QFileInfo(s.files().at(0)).fileName();
    Receipt fake;
    fake.instance = instance;
    fake.consolidator = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fake.writtenUtc = QStringLiteral("2024-03-06T00:00:00Z");
    fake.files = {{file, 1, QStringLiteral("x"), QStringLiteral("imported"), QString(), 1}};
    QDir().mkpath(s.root + QStringLiteral("/receipts"));
    for (const QByteArray &content :
         {fake.encode(), fake.encodeSigned(trust::generateKeyPair().secretKey)}) {
        QFile out(s.root + QStringLiteral("/receipts/") +
                  Receipt::fileName(instance, fake.consolidator));
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        Result<SyncOutcome> r = s.sync(a);
        REQUIRE(r.ok());
        CHECK(r->acknowledged == 0);
        CHECK(DeskSync(*a.db, s.fs, s.root).acknowledgement().acknowledged == 0);
        REQUIRE(r->trustProblems.size() == 1);
        CHECK(r->trustProblems.at(0).contains(QLatin1String("not signed by an approved")));
    }
}

TEST_CASE("a SHARE_ID replaced with another admin key is refused by desks", "[sync][trust]")
{
    Share13 s;
    test::TempDesk &a = approvedDesk(s, "Accueil 1", 1);
    const QString sentinel = s.root + QStringLiteral("/SHARE_ID");
    QJsonObject id = QJsonDocument::fromJson(readAll(sentinel)).object();
    id.insert(QStringLiteral("admin_key"), trust::toBase64(trust::generateKeyPair().publicKey));
    QFile out(sentinel);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(id).toJson());
    out.close();
    Result<SyncOutcome> r = s.sync(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::ShareDamaged);
}

TEST_CASE("share upgrade keeps an existing share working, old batches included",
          "[sync][trust][upgrade]")
{
    Share13 s;
    // A share as Passages made it before signatures: SHARE_ID format 1, no trust folder,
    // and a desk's batch signed with the share's HMAC key (format 2).
    test::TempDesk &a = s.desk("Accueil 1");
    REQUIRE(a.reception->log(walkIn("emploi", 2)).ok());
    REQUIRE(s.sync(a).ok());
    Batch old = firstBatch(s, a);
    for (const QString &file : s.files())
        REQUIRE(QFile::remove(file));
    old.header.version = 2;
    s.drop(old, s.shareKey());
    const QString sentinel = s.root + QStringLiteral("/SHARE_ID");
    QJsonObject id = QJsonDocument::fromJson(readAll(sentinel)).object();
    id.insert(QStringLiteral("format"), 1);
    id.remove(QStringLiteral("admin_key"));
    QFile out(sentinel);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(id).toJson());
    out.close();
    REQUIRE(QDir(s.root + QStringLiteral("/trust")).removeRecursively());
    for (const QString &sig : QDir(s.root + QStringLiteral("/referential"))
                                  .entryList({QStringLiteral("*.sig")}, QDir::Files))
        REQUIRE(QFile::remove(s.root + QStringLiteral("/referential/") + sig));

    // Not upgraded: desks and consolidations say what to do.
    test::TempDesk &fresh = s.desk("Accueil 2");
    Result<SyncOutcome> refused = s.sync(fresh);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("share upgrade")));
    Result<std::unique_ptr<Database>> cache =
        Database::open(s.dir.filePath(QStringLiteral("upgraded.sqlite")));
    REQUIRE(cache.ok());
    s.cache = std::move(cache).value();
    CHECK_FALSE(s.consolidate().ok());

    Share share(s.fs, s.root);
    Result<int> upgraded = share.upgrade(test::kAdminPassword);
    REQUIRE(upgraded.ok());
    CHECK(*upgraded == 1);
    CHECK_FALSE(share.upgrade(test::kAdminPassword).ok());
    s.admin = *share.unlockAdmin(test::kAdminPassword);
    // The old batch counts at once; a forged old-format batch 2 does not.
    Batch forged = old;
    forged.header.batchNo = 2;
    s.drop(forged, s.shareKey());
    Result<ConsolidationSummary> r = s.consolidate();
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    CHECK(r->unapproved == 1);
    CHECK(s.total() == 2);
    // The referential is signed; desks keep syncing once approved.
    CHECK(share.latestReferential(share.open()->adminKey)->has_value());
    REQUIRE(fresh.reception->log(walkIn("droit", 3)).ok());
    REQUIRE(s.sync(fresh).ok());
    s.approveAll();
    REQUIRE(s.consolidate().ok());
    CHECK(s.total() == 5);
}
