// SPDX-License-Identifier: GPL-3.0-or-later
// The optional desk fields of issue 17 through the sync: desk -> batch -> share ->
// SQLite consolidation cache. Old desks' batches (no such keys) still consolidate; values
// read from the share are hostile and checked as the desk checks them.
#include "support/test_support.h"

#include "core/report/passage_report.h"
#include "core/sync/batch.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace passages;

namespace {

/// A share with one approved desk of site "villette", and a consolidation cache.
struct FieldsLab
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;
    QByteArray admin;
    test::TempDesk desk{false};

    FieldsLab()
    {
        REQUIRE(QDir().mkpath(root));
        admin = test::prepareShare(fs, root);
        REQUIRE(desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1"))
                    .ok());
    }

    void log(const char *pole, const QString &level, const QString &orientation, int count = 1)
    {
        PassageInput input = test::walkIn(pole, count);
        input.serviceLevel = level;
        input.orientation = orientation;
        input.at = QDateTime(QDate(2024, 3, 4), QTime(10, 0));
        Result<Passage> logged = desk.reception->log(input);
        INFO((logged ? QString() : logged.error().message).toStdString());
        REQUIRE(logged.ok());
    }

    void sync()
    {
        DeskSync sync(*desk.db, fs, root);
        sync.setFingerprintSource([] { return QStringLiteral("pc-1"); });
        Result<SyncOutcome> outcome = sync.run();
        INFO((outcome ? QString() : outcome.error().message).toStdString());
        REQUIRE(outcome.ok());
        test::approveAll(fs, root, admin);
    }

    QStringList batchFiles() const
    {
        QStringList files;
        QDirIterator it(root + QStringLiteral("/desks"), {QStringLiteral("*.jsonl")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        return files;
    }

    QByteArray read(const QString &path) const
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    /// Replaces the share's only batch by `batch`, signed by the desk as it would.
    void replaceBatch(const Batch &batch)
    {
        const QStringList files = batchFiles();
        REQUIRE(files.size() == 1);
        REQUIRE(QFile::remove(files.first()));
        const QByteArray bytes = BatchCodec::encode(batch, trust::localKeys(*desk.db)->secretKey);
        const QString name = BatchName{batch.header.instance, batch.header.batchNo,
                                       BatchCodec::contentHash(bytes).left(16), 1}
                                 .fileName();
        QFile f(QFileInfo(files.first()).absolutePath() + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /// The share's only batch, decoded.
    Batch onlyBatch()
    {
        const QStringList files = batchFiles();
        REQUIRE(files.size() == 1);
        const Result<ShareInfo> info = Share(fs, root).open();
        REQUIRE(info.ok());
        Result<Batch> batch = BatchCodec::decode(read(files.first()), info->key);
        REQUIRE(batch.ok());
        return *batch;
    }

    std::unique_ptr<Database> openCache()
    {
        Result<std::unique_ptr<Database>> cache =
            Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
        REQUIRE(cache.ok());
        return std::move(cache).value();
    }

    Result<ConsolidationSummary> consolidate(Database &cache)
    {
        Result<ConsolidationSummary> summary = Consolidator(cache, fs, root).run();
        test::approveAll(fs, root, admin);
        return summary;
    }

    QString problems(Database &cache)
    {
        const Result<QList<ShareFileStatus>> list = Consolidator(cache, fs, root).problems();
        REQUIRE(list.ok());
        QStringList lines;
        for (const ShareFileStatus &p : *list)
            lines << p.status + QLatin1Char(':') + p.reason;
        return lines.join(QLatin1Char('\n'));
    }
};

QHash<QString, qint64> yearly(const Database &db, const Referential &ref, BreakdownBy by)
{
    Result<YearlyCounts> report = PassageReports(db, ref, test::communes()).yearly(2024, by);
    REQUIRE(report.ok());
    QHash<QString, qint64> counts;
    for (const ReportRow &row : report->rows)
        counts.insert(row.code, row.count);
    return counts;
}

} // namespace

TEST_CASE("both fields travel in the batch and reach the consolidation cache",
          "[desk-fields][sync]")
{
    FieldsLab lab;
    lab.log("emploi", QStringLiteral("conseil"), QStringLiteral("mission-locale"), 2);
    lab.log("droit", QStringLiteral("information"), QStringLiteral("bge"));
    lab.log("creation", {}, {}, 3);
    lab.sync();

    // The batch carries the row images with both keys (null when not recorded).
    const Batch batch = lab.onlyBatch();
    REQUIRE(batch.changes.size() == 3);
    int nulls = 0;
    for (const BatchChange &change : batch.changes) {
        REQUIRE(change.row.contains(QStringLiteral("service_level")));
        REQUIRE(change.row.contains(QStringLiteral("orientation")));
        nulls += change.row.value(QStringLiteral("service_level")).isNull() ? 1 : 0;
    }
    CHECK(nulls == 1);
    // Encoded again, the same bytes: the fields do not disturb the deterministic format.
    CHECK(BatchCodec::encode(batch, trust::localKeys(*lab.desk.db)->secretKey) ==
          lab.read(lab.batchFiles().first()));

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    INFO(lab.problems(*cache).toStdString());
    CHECK(s->imported == 1);
    CHECK(yearly(*cache, lab.desk.referential, BreakdownBy::ServiceLevel) ==
          yearly(*lab.desk.db, lab.desk.referential, BreakdownBy::ServiceLevel));
    CHECK(yearly(*cache, lab.desk.referential, BreakdownBy::Orientation) ==
          yearly(*lab.desk.db, lab.desk.referential, BreakdownBy::Orientation));
    const QHash<QString, qint64> levels =
        yearly(*cache, lab.desk.referential, BreakdownBy::ServiceLevel);
    CHECK(levels.value(QStringLiteral("conseil")) == 2);
    CHECK(levels.value(QStringLiteral("information")) == 1);
    CHECK(levels.value(QString()) == 3);
    QSqlQuery q(cache->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM passage WHERE service_level IS NULL AND "
                                  "orientation IS NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // A correction on the desk reaches the cache at the next sync.
    Result<QList<Passage>> entries = lab.desk.reception->entriesOfYear(2024);
    REQUIRE(entries.ok());
    for (const Passage &p : *entries)
        if (p.pole == QLatin1String("creation")) {
            PassageInput input = p.toInput();
            input.serviceLevel = QStringLiteral("accompagnement");
            REQUIRE(lab.desk.reception->correct(p.id, input).ok());
        }
    lab.sync();
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(yearly(*cache, lab.desk.referential, BreakdownBy::ServiceLevel)
              .value(QStringLiteral("accompagnement")) == 3);
}

TEST_CASE("an older desk's batch without the fields consolidates as not recorded",
          "[desk-fields][sync]")
{
    FieldsLab lab;
    lab.log("emploi", QStringLiteral("conseil"), QStringLiteral("apec"), 2);
    lab.log("droit", {}, {}, 1);
    lab.sync();
    // What a desk before schema 11 sends: the same rows without the two keys.
    Batch old = lab.onlyBatch();
    for (BatchChange &change : old.changes) {
        change.row.remove(QStringLiteral("service_level"));
        change.row.remove(QStringLiteral("orientation"));
    }
    lab.replaceBatch(old);

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    INFO(lab.problems(*cache).toStdString());
    CHECK(s->imported == 1);
    CHECK(s->quarantined == 0);
    const QHash<QString, qint64> levels =
        yearly(*cache, lab.desk.referential, BreakdownBy::ServiceLevel);
    CHECK(levels == QHash<QString, qint64>{{QString(), 3}});
    CHECK(yearly(*cache, lab.desk.referential, BreakdownBy::Pole).value(QStringLiteral("emploi")) ==
          2);
}

TEST_CASE("hostile field values on the share are refused file by file, never stored",
          "[desk-fields][sync][quarantine]")
{
    // Each a value the desk would never write: the whole file waits with a reason.
    struct Hostile
    {
        const char *key;
        QJsonValue value;
        const char *reason;
    };
    const Hostile cases[] = {
        {"service_level", QStringLiteral("expert"), "unknown service level \"expert\""},
        {"service_level", QStringLiteral("CONSEIL"), "unknown service level"},
        {"service_level", QString(), "unknown service level"},
        {"service_level", 3, "unknown service level \"3\""},
        {"service_level", QJsonArray{QStringLiteral("conseil")}, "unknown service level"},
        {"orientation", QStringLiteral("pole-emploi"), "unknown orientation \"pole-emploi\""},
        {"orientation", QJsonObject{{QStringLiteral("a"), 1}}, "unknown orientation"},
        {"orientation", QString(70000, QLatin1Char('x')), "too long"},
        {"orientation", QStringLiteral("apec\x1b[2J"), "control characters"},
    };
    for (const Hostile &hostile : cases) {
        DYNAMIC_SECTION(hostile.key << " = " << hostile.reason)
        {
            FieldsLab lab;
            lab.log("emploi", QStringLiteral("conseil"), QStringLiteral("apec"), 2);
            lab.sync();
            Batch bad = lab.onlyBatch();
            bad.changes[0].row.insert(QLatin1String(hostile.key), hostile.value);
            lab.replaceBatch(bad);

            auto cache = lab.openCache();
            Result<ConsolidationSummary> s = lab.consolidate(*cache);
            REQUIRE(s.ok());
            CHECK(s->imported == 0);
            CHECK(s->quarantined == 1);
            const QString reasons = lab.problems(*cache);
            INFO(reasons.toStdString());
            CHECK(reasons.contains(QLatin1String(hostile.reason)));
            QSqlQuery q(cache->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM passage")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
        }
    }
}
