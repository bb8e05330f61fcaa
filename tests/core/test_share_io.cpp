// SPDX-License-Identifier: GPL-3.0-or-later
// The share is an office folder anyone on the network may write to: nothing outside it is
// touched, nothing on it is read unbounded, and every hostile file gets one status.
#include "support/test_support.h"

#include "core/storage/app_paths.h"
#include "core/sync/batch.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/receipt.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>
#include <unistd.h>

using namespace passages;
using test::walkIn;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

/// A share with one desk that published one batch, and a consolidation cache.
struct ShareLab
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;
    test::TempDesk desk{false};
    QString instance;
    QString deskFolder; ///< desks/<instance>/<year>

    ShareLab()
    {
        REQUIRE(QDir().mkpath(root));
        REQUIRE(Share(fs, root).init(Referential::defaultReferential(), test::kAdminPassword).ok());
        REQUIRE(desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1"))
                    .ok());
        REQUIRE(desk.reception->log(walkIn("emploi")).ok());
        DeskSync sync(*desk.db, fs, root);
        sync.setFingerprintSource([] { return QStringLiteral("pc-1"); });
        REQUIRE(sync.run().ok());
        // The admin approves the desk: its batches are judged on their content.
        test::approveAll(fs, root);
        instance = desk.reception->identity().instanceId;
        QDirIterator it(root + QStringLiteral("/desks"), QDir::Files, QDirIterator::Subdirectories);
        REQUIRE(it.hasNext());
        deskFolder = QFileInfo(it.next()).absolutePath();
    }

    std::unique_ptr<Database> openCache()
    {
        Result<std::unique_ptr<Database>> cache =
            Database::open(dir.filePath(QStringLiteral("cache.sqlite")), Database::Check::Quick,
                           Database::Durability::Cache);
        REQUIRE(cache.ok());
        return std::move(cache).value();
    }

    QList<ShareFileStatus> problems(Database &cache)
    {
        const Result<QList<ShareFileStatus>> list = Consolidator(cache, fs, root).problems();
        REQUIRE(list.ok());
        return *list;
    }

    /// A name the consolidation takes for a batch of this desk.
    QString batchName(qint64 no) const
    {
        return deskFolder + QLatin1Char('/') +
               BatchName{instance, no, QStringLiteral("0123456789abcdef"), 1}.fileName();
    }
};

QString reasonOf(const QList<ShareFileStatus> &problems, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    for (const ShareFileStatus &p : problems)
        if (p.name.endsWith(name))
            return p.status + QStringLiteral(": ") + p.reason;
    return {};
}

} // namespace

TEST_CASE("a share id that is not a UUID never names a file: the share is refused",
          "[sync][share-io]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(root));
    LocalShareFs fs;
    REQUIRE(Share(fs, root).init(Referential::defaultReferential(), test::kAdminPassword).ok());
    const QString sentinel = root + QStringLiteral("/SHARE_ID");
    QJsonObject object = QJsonDocument::fromJson(readAll(sentinel)).object();
    object.insert(QStringLiteral("share_id"), QStringLiteral("x/../../passages/passages"));
    REQUIRE(QFile::remove(sentinel));
    writeAll(sentinel, QJsonDocument(object).toJson());

    Result<ShareInfo> info = Share(fs, root).open();
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().code == ErrorCode::ShareDamaged);

    // And the default cache path never leaves the data folder, whatever it is given.
    const QString dataFolder = QFileInfo(defaultDatabasePath()).absolutePath();
    for (const QString &id :
         {QStringLiteral("x/../../passages/passages"), QStringLiteral(".."), QStringLiteral("")}) {
        const QString path = defaultCachePath(id);
        CHECK(QFileInfo(path).absolutePath() == dataFolder);
        CHECK_FALSE(QFileInfo(path).fileName().contains(QLatin1String("..")));
    }
    const QString uuid = QStringLiteral("8d0b1f5e-3c1a-4a8e-9d55-0b7f3e2a1c44");
    CHECK(QFileInfo(defaultCachePath(uuid)).fileName() ==
          QStringLiteral("consolidated-%1.sqlite").arg(uuid));
}

TEST_CASE("a receipt never follows a link planted at its name", "[sync][share-io]")
{
    ShareLab lab;
    auto cache = lab.openCache();
    const QString consolidator = QStringLiteral("5f1e2d3c-4b5a-4678-9abc-def012345678");
    REQUIRE(cache->setMeta(QStringLiteral("consolidator_id"), consolidator).ok());
    // The victim: a file outside the share the consolidating user may write.
    const QString victim = lab.dir.filePath(QStringLiteral("victim.sqlite"));
    writeAll(victim, "precious");
    const QString receipt =
        lab.root + QStringLiteral("/receipts/") + Receipt::fileName(lab.instance, consolidator);
    REQUIRE(QFile::link(victim, receipt));

    Result<ConsolidationSummary> summary = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE(summary.ok());
    CHECK(summary->imported == 1);
    CHECK(readAll(victim) == "precious");
    // The link itself was replaced by a real receipt.
    CHECK_FALSE(QFileInfo(receipt).isSymLink());
    CHECK(Receipt::decode(readAll(receipt), QFileInfo(receipt).fileName()).ok());
}

TEST_CASE("writes on the share refuse a planted link or a linked folder", "[sync][share-io]")
{
    QTemporaryDir dir;
    LocalShareFs fs;
    const QString victim = dir.filePath(QStringLiteral("victim"));
    writeAll(victim, "precious");
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(victim, link));
    CHECK_FALSE(fs.writeNew(link, "evil").ok());
    CHECK(readAll(victim) == "precious");

    // A folder that is a link to elsewhere: nothing is written through it.
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    const QString linkedFolder = dir.filePath(QStringLiteral("receipts"));
    REQUIRE(QFile::link(elsewhere, linkedFolder));
    CHECK_FALSE(fs.replace(linkedFolder + QStringLiteral("/r.json"), "x").ok());
    CHECK(QDir(elsewhere).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("reads are bounded: links, devices, pipes and huge files are refused unread",
          "[sync][share-io]")
{
    QTemporaryDir dir;
    LocalShareFs fs;
    const QString zero = dir.filePath(QStringLiteral("zero"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    Result<QByteArray> r = fs.read(zero, 1024);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Refused);

    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    r = fs.read(fifo, 1024);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Refused);

    const QString big = dir.filePath(QStringLiteral("big"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(2) << 20)); // sparse
    }
    r = fs.read(big, qint64(1) << 20);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Refused);
    r = fs.read(big, qint64(2) << 20);
    REQUIRE(r.ok());
    CHECK(r->size() == qint64(2) << 20);

    // A missing file is the share's problem (retry), not the file's.
    r = fs.read(dir.filePath(QStringLiteral("missing")), 1024);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code != ErrorCode::Refused);
}

TEST_CASE("hostile files on the share get one status each and never block the next run",
          "[sync][share-io]")
{
    ShareLab lab;
    const QString zero = lab.batchName(2);
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    const QString fifo = lab.batchName(3);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString huge = lab.batchName(4);
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(kMaxBatchFileBytes + 1)); // sparse: costs nothing on disk
    }
    // A 2 MB one-line header: refused before any JSON parsing.
    const QByteArray longBytes = "{\"format\":\"passages-batch\",\"x\":\"" +
                                 QByteArray(2 << 20, 'a') + "\"}\n{\"end\":true}\n";
    const QString longLine =
        lab.deskFolder + QLatin1Char('/') +
        BatchName{lab.instance, 5, BatchCodec::contentHash(longBytes).left(16), 1}.fileName();
    writeAll(longLine, longBytes);
    // A desk folder that is a link to a folder outside the share is never entered.
    QTemporaryDir outside;
    writeAll(outside.filePath(QStringLiteral("secret.txt")), "secret");
    REQUIRE(QFile::link(outside.path(),
                        lab.root + QStringLiteral("/desks/0a1b2c3d-0000-4000-8000-000000000000")));

    auto cache = lab.openCache();
    Result<ConsolidationSummary> first = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE(first.ok());
    CHECK(first->imported == 1);
    CHECK(first->quarantined == 4);
    const QList<ShareFileStatus> problems = lab.problems(*cache);
    CHECK(reasonOf(problems, zero).contains(QLatin1String("symbolic link")));
    CHECK(reasonOf(problems, fifo).contains(QLatin1String("not a regular file")));
    CHECK(reasonOf(problems, huge).contains(QLatin1String("larger than")));
    CHECK(reasonOf(problems, longLine).contains(QLatin1String("longer than")));
    for (const ShareFileStatus &p : problems)
        CHECK_FALSE(p.name.contains(QLatin1String("secret")));

    // Each has its status: the next run reads none of them again.
    Result<ConsolidationSummary> second = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE(second.ok());
    CHECK(second->filesSeen == 0);
}

TEST_CASE("files are read as a stream: an overlong line stops the read where it is",
          "[sync][share-io]")
{
    QTemporaryDir dir;
    LocalShareFs fs;
    const QString path = dir.filePath(QStringLiteral("lines"));
    // Line 3 is 3 MB, then more lines that must never be handed over.
    writeAll(path, "one\ntwo\n" + QByteArray(3 << 20, 'x') + "\nfour\nfive");
    QList<QByteArray> seen;
    const auto collect = [&seen](QByteArrayView line) {
        seen << line.toByteArray();
        return Status();
    };
    Status s = fs.readLines(path, qint64(64) << 20, qsizetype(1) << 20, collect);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Refused);
    CHECK(s.error().message.contains(QLatin1String("line 3")));
    CHECK(seen == QList<QByteArray>{"one\n", "two\n"});

    // Under the cap, every line as it is, the last one without its missing line break;
    // lines longer than the 64 KiB chunks come whole.
    seen.clear();
    const QByteArray wide(200 * 1024, 'w');
    writeAll(path, "a\n" + wide + "\n\nlast");
    REQUIRE(fs.readLines(path, qint64(64) << 20, qsizetype(1) << 20, collect).ok());
    CHECK(seen == QList<QByteArray>{"a\n", wide + "\n", "\n", "last"});

    // The callback's error stops the read at once, returned as it is.
    seen.clear();
    s = fs.readLines(path, qint64(64) << 20, qsizetype(1) << 20, [&seen](QByteArrayView line) {
        seen << line.toByteArray();
        return Status(makeError(ErrorCode::Parse, QStringLiteral("not a batch")));
    });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == QLatin1String("not a batch"));
    CHECK(seen.size() == 1);

    // The same entry checks as read(): a link is refused, never followed.
    const QString link = dir.filePath(QStringLiteral("zero"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), link));
    s = fs.readLines(link, 1024, 1024, collect);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Refused);
}

TEST_CASE("a batch whose first line is no batch header is not read further", "[sync][share-io]")
{
    ShareLab lab;
    // A large junk file under the size cap, named like a batch of this desk.
    QByteArray junk;
    for (int i = 0; i < 20000; ++i)
        junk += "{\"format\":\"something else\"}\n";
    const QString path =
        lab.deskFolder + QLatin1Char('/') +
        BatchName{lab.instance, 2, BatchCodec::contentHash(junk).left(16), 1}.fileName();
    writeAll(path, junk);
    BatchReader reader;
    const Status read = BatchReader::readFile(lab.fs, path, reader);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QLatin1String("not a Passages batch file")));
    CHECK(reader.size() == qsizetype(junk.indexOf('\n') + 1)); // one line held, no more

    auto cache = lab.openCache();
    Result<ConsolidationSummary> summary = Consolidator(*cache, lab.fs, lab.root).run();
    REQUIRE(summary.ok());
    CHECK(summary->imported == 1);
    CHECK(summary->quarantined == 1);
    CHECK(reasonOf(lab.problems(*cache), path).contains(QLatin1String("not a Passages batch")));

    // The stream gives what the whole bytes give: a real batch reads the same both ways.
    QDirIterator it(lab.deskFolder, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file == path)
            continue;
        BatchReader streamed;
        REQUIRE(BatchReader::readFile(lab.fs, file, streamed).ok());
        const QByteArray bytes = readAll(file);
        CHECK(streamed.contentHash() == BatchCodec::contentHash(bytes));
        Result<Batch> a = streamed.finish({});
        Result<Batch> b = BatchCodec::decode(bytes, {});
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->changes.size() == b->changes.size());
        CHECK(a->signer == b->signer);
    }
}

TEST_CASE("folders are made on the share without following a link planted in place of one",
          "[sync][share-io]")
{
    QTemporaryDir dir;
    LocalShareFs fs;
    const QString root = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(root));
    REQUIRE(fs.makeDirs(root, QStringLiteral("desks/a/2024")).ok());
    CHECK(QFileInfo(root + QStringLiteral("/desks/a/2024")).isDir());
    REQUIRE(fs.makeDirs(root, QStringLiteral("desks/a/2024")).ok()); // already there: fine

    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    REQUIRE(QFile::link(elsewhere, root + QStringLiteral("/receipts")));
    Status s = fs.makeDirs(root, QStringLiteral("receipts/x"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QLatin1String("symbolic link")));
    CHECK(QDir(elsewhere).isEmpty());
    // A file in place of a folder, or a path leaving the share: refused too.
    writeAll(root + QStringLiteral("/plain"), "x");
    CHECK_FALSE(fs.makeDirs(root, QStringLiteral("plain/x")).ok());
    CHECK_FALSE(fs.makeDirs(root, QStringLiteral("../escape")).ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("escape"))));
}

TEST_CASE("a desk never publishes through a folder that is a link out of the share",
          "[sync][share-io]")
{
    ShareLab lab;
    QTemporaryDir outside;
    // Someone replaces the share's desks/ (and trust/) folders with links to a folder of
    // the desk's PC.
    const QString desks = lab.root + QStringLiteral("/desks");
    REQUIRE(QDir(desks).removeRecursively());
    REQUIRE(QFile::link(outside.path(), desks));
    const QString trust = lab.root + QStringLiteral("/trust");
    REQUIRE(QDir().rename(trust, lab.root + QStringLiteral("/trust-moved")));
    REQUIRE(QFile::link(outside.path(), trust));
    REQUIRE(QDir().mkpath(outside.filePath(QStringLiteral("requests"))));

    REQUIRE(lab.desk.reception->log(walkIn("droit")).ok());
    DeskSync sync(*lab.desk.db, lab.fs, lab.root);
    sync.setFingerprintSource([] { return QStringLiteral("pc-1"); });
    Result<SyncOutcome> outcome = sync.run();
    CHECK_FALSE(outcome.ok());
    // Nothing was written outside the share.
    QDirIterator it(outside.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList written;
    while (it.hasNext())
        written << it.next();
    INFO(written.join(QLatin1Char('\n')).toStdString());
    CHECK(written.isEmpty());
}
