// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_sync.h"

#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"
#include "core/sync/batch.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <ctime>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace passages;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the process, to tell our work from waiting on a busy disk.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

/// One desk's batch of a day: realistic row images as a desk's outbox holds them.
Batch makeBatch(const QString &instance, const QString &site, const QString &desk, qint64 no,
                const QDate &day, int rows, QRandomGenerator &random, const QString &prevSha)
{
    // Codes of the default referential, drawn so that a row is as varied as a real desk's:
    // its own timestamps, a theme for most, every public and channel.
    static const char *poles[] = {"emploi", "evolution", "orientation",  "creation",
                                  "droit",  "numerique", "documentation"};
    static const char *themes[] = {
        "emploi-recherche",          "evolution-reconversion", "orientation-metiers",
        "creation-projet",           "droit-travail",          "numerique-demarches",
        "documentation-consultation"};
    static const char *ages[] = {"16-25", "26-44", "26-44", "45-54", "55-plus", "nr"};
    static const char *publics[] = {"demandeur-emploi",
                                    "demandeur-emploi",
                                    "salarie",
                                    "scolaire-etudiant",
                                    "independant",
                                    "autre",
                                    "nr"};
    static const char *channels[] = {"sur-place", "sur-place", "sur-place",
                                     "telephone", "visio",     "mail"};
    static const char *communes[] = {"75119", "75120", "75118", "93066",    "93048",
                                     "94022", "93001", "75110", "etranger", "nr"};
    Batch batch;
    batch.header.app = QStringLiteral("bench");
    batch.header.instance = instance;
    batch.header.site = site;
    batch.header.desk = desk;
    batch.header.batchNo = no;
    batch.header.prevHash = prevSha;
    batch.header.createdUtc = QDateTime(day, QTime(22, 0), Qt::UTC).toString(Qt::ISODate);
    for (int r = 0; r < rows; ++r) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const int pole = int(random.bounded(7));
        const QTime at(9 + int(random.bounded(9)), int(random.bounded(60)),
                       int(random.bounded(60)));
        const QString recorded = QDateTime(day, at, Qt::UTC).addSecs(-3600).toString(Qt::ISODate);
        QJsonObject row;
        row.insert(QStringLiteral("id"), id);
        row.insert(QStringLiteral("site"), site);
        row.insert(QStringLiteral("desk"), desk);
        row.insert(QStringLiteral("local_date"), day.toString(Qt::ISODate));
        row.insert(QStringLiteral("local_time"), at.toString(Qt::ISODate));
        row.insert(QStringLiteral("utc_offset"), 3600);
        row.insert(QStringLiteral("pole"), QLatin1String(poles[pole]));
        row.insert(QStringLiteral("theme"),
                   random.bounded(4) == 0 ? QJsonValue() : QJsonValue(QLatin1String(themes[pole])));
        row.insert(QStringLiteral("age_band"), QLatin1String(ages[random.bounded(6)]));
        row.insert(QStringLiteral("commune"), QLatin1String(communes[random.bounded(10)]));
        row.insert(QStringLiteral("public"), QLatin1String(publics[random.bounded(7)]));
        row.insert(QStringLiteral("channel"), QLatin1String(channels[random.bounded(6)]));
        row.insert(QStringLiteral("first_visit"), QJsonValue());
        row.insert(QStringLiteral("count"), random.bounded(20) == 0 ? 12 : 1);
        row.insert(QStringLiteral("revision"), 1);
        row.insert(QStringLiteral("deleted"), 0);
        row.insert(QStringLiteral("recorded_utc"), recorded);
        row.insert(QStringLiteral("updated_utc"), recorded);
        batch.changes.append({r + 1, QStringLiteral("passage"), id, 1, row});
    }
    batch.header.rows = rows;
    return batch;
}

namespace {

struct Generated
{
    qint64 rows = 0;
    QList<Batch> batches; ///< kept for the raw baseline
};

} // namespace

/// Writes batches straight to the share (the generator is not what is measured).
void writeBatch(const QString &root, const Batch &batch, const QByteArray &key, QString *sha)
{
    const QByteArray bytes = BatchCodec::encode(batch, key);
    *sha = BatchCodec::contentHash(bytes);
    const QString folder = QStringLiteral("%1/desks/%2/%3")
                               .arg(root, batch.header.instance, batch.header.createdUtc.left(4));
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') +
               BatchName{batch.header.instance, batch.header.batchNo, sha->left(16), 1}.fileName());
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
}

namespace {

/// A tally as the baseline inserts it: kept compact so that the generator's JSON is freed
/// before anything is measured.
struct RawRow
{
    QString id, site, desk, localDate, localTime, pole, ageBand, commune;
    int count = 1;
};
using RawBatch = QList<RawRow>;

RawBatch rawRows(const Batch &batch)
{
    RawBatch rows;
    rows.reserve(batch.changes.size());
    for (const BatchChange &c : batch.changes)
        rows.append({c.id, c.row.value(QStringLiteral("site")).toString(),
                     c.row.value(QStringLiteral("desk")).toString(),
                     c.row.value(QStringLiteral("local_date")).toString(),
                     c.row.value(QStringLiteral("local_time")).toString(),
                     c.row.value(QStringLiteral("pole")).toString(),
                     c.row.value(QStringLiteral("age_band")).toString(),
                     c.row.value(QStringLiteral("commune")).toString(),
                     c.row.value(QStringLiteral("count")).toInt()});
    return rows;
}

/// The baseline: the same rows inserted the plainest way into a plain table, one
/// transaction per batch file.
double rawInsert(const QString &path, const QList<RawBatch> &batches)
{
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-sync"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // as the cache
        q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS passage (id TEXT PRIMARY KEY, site, desk, "
                           "local_date, local_time, pole, age_band, commune, count)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO passage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const RawBatch &batch : batches) {
            q.exec(QStringLiteral("BEGIN"));
            for (const RawRow &r : batch) {
                insert.bindValue(0, r.id);
                insert.bindValue(1, r.site);
                insert.bindValue(2, r.desk);
                insert.bindValue(3, r.localDate);
                insert.bindValue(4, r.localTime);
                insert.bindValue(5, r.pole);
                insert.bindValue(6, r.ageBand);
                insert.bindValue(7, r.commune);
                insert.bindValue(8, r.count);
                insert.exec();
            }
            q.exec(QStringLiteral("COMMIT"));
        }
        insert = QSqlQuery();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-sync"));
    return msSince(timer);
}

} // namespace

void benchSync(QTextStream &out, int desks, int days, const QString &keepShare)
{
    QTemporaryDir dir;
    // A kept share outlives the run, to profile `passages-cli consolidate` on it alone.
    const QString root = keepShare.isEmpty() ? dir.filePath(QStringLiteral("share")) : keepShare;
    if (!keepShare.isEmpty() && QDir(root).exists() && !QDir(root).isEmpty()) {
        out << "sync bench: " << root << " is not empty; --keep-share wants a new folder\n";
        return;
    }
    QDir().mkpath(root);
    LocalShareFs fs;
    Share share(fs, root);
    const QString password = QStringLiteral("bench");
    if (!share.init(Referential::defaultReferential(), password).ok()) {
        out << "sync bench: cannot prepare the share\n";
        return;
    }
    const QByteArray key = share.open()->key;
    const QByteArray admin = *share.unlockAdmin(password);
    QRandomGenerator random(20241231);

    // ~250 contacts a day across a Cité's desks: 50 desks share ~1 650 a day here, i.e.
    // 33 a desk-day, the ~600 000 tallies a year of the target.
    const int perDesk = 33;
    QElapsedTimer timer;
    timer.start();
    QList<RawBatch> all;
    QStringList instances, lastShas;
    QList<QByteArray> deskKeys; // each desk signs its batches; the admin approved each
    for (int d = 0; d < desks; ++d) {
        instances << QUuid::createUuid().toString(QUuid::WithoutBraces);
        lastShas << QString();
        const trust::KeyPair pair = trust::generateKeyPair();
        deskKeys << pair.secretKey;
        JoinRequest request;
        request.instance = instances.last();
        request.role = trust::kRoleDesk;
        request.key = pair.publicKey;
        (void)share.approve(request, admin);
    }
    const QDate first(2024, 1, 1);
    for (int d = 0; d < desks; ++d)
        for (int day = 0; day < days; ++day) {
            Batch b = makeBatch(
                instances[d], d % 5 == 0 ? QStringLiteral("bpi") : QStringLiteral("villette"),
                QStringLiteral("Accueil %1").arg(d + 1), day + 1, first.addDays(day),
                perDesk + int(random.bounded(9)) - 4, random, lastShas[d]);
            writeBatch(root, b, deskKeys[d], &lastShas[d]);
            all.append(rawRows(b));
        }
    qint64 rows = 0;
    for (const RawBatch &b : all)
        rows += b.size();
    out << QStringLiteral("sync: generated %1 desks x %2 nightly batches = %3 tallies in %4 s\n")
               .arg(desks)
               .arg(days)
               .arg(rows)
               .arg(msSince(timer) / 1000, 0, 'f', 1);
    out.flush();
    // The share's files reach the disk before anything is measured: a real share's files
    // were written days ago, not flushed during the consolidation.
#ifdef Q_OS_UNIX
    ::sync();
#endif

    // First consolidation of everything.
    {
        auto cache = Database::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                    Database::Check::Quick, Database::Durability::Cache);
        Consolidator consolidator(**cache, fs, root);
        timer.start();
        const double cpuStart = cpuMs();
        Result<ConsolidationSummary> summary = consolidator.run();
        const double consolidateMs = msSince(timer);
        const double consolidateCpuMs = cpuMs() - cpuStart;
        const double rawMs = rawInsert(dir.filePath(QStringLiteral("raw.sqlite")), all);
        out << QStringLiteral("sync: first consolidation, %1 files, %2 rows: %3 s (CPU %6 s); raw "
                              "INSERT of the same rows %4 s; ratio %5 (target < 15 s)\n")
                   .arg(summary ? summary->imported : -1)
                   .arg(summary ? summary->rowsApplied : -1)
                   .arg(consolidateMs / 1000, 0, 'f', 2)
                   .arg(rawMs / 1000, 0, 'f', 2)
                   .arg(consolidateMs / rawMs, 0, 'f', 2)
                   .arg(consolidateCpuMs / 1000, 0, 'f', 2);
        out.flush();

        // An incremental night: one new batch per desk.
        QList<RawBatch> night;
        for (int d = 0; d < desks; ++d) {
            Batch b = makeBatch(instances[d], QStringLiteral("villette"),
                                QStringLiteral("Accueil %1").arg(d + 1), days + 1,
                                first.addDays(days), perDesk, random, lastShas[d]);
            writeBatch(root, b, deskKeys[d], &lastShas[d]);
            night.append(rawRows(b));
        }
        timer.start();
        summary = consolidator.run();
        const double nightMs = msSince(timer);
        const double rawNightMs = rawInsert(dir.filePath(QStringLiteral("raw.sqlite")), night);
        out << QStringLiteral(
                   "sync: incremental night, %1 new files: %2 ms; raw INSERT of the same "
                   "rows %3 ms; ratio %4 (target < 1 s)\n")
                   .arg(summary ? summary->imported : -1)
                   .arg(nightMs, 0, 'f', 0)
                   .arg(rawNightMs, 0, 'f', 0)
                   .arg(nightMs / rawNightMs, 0, 'f', 2);
        out.flush();
    }

    // One desk's nightly sync: a day of tallies logged through core, then published.
    {
        auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
        Referential referential = loadReferential(**db).value();
        CommuneIndex communes = CommuneIndex::loadDefault().value();
        Reception reception(**db, referential, communes);
        (void)reception.setIdentity(QStringLiteral("villette"), QStringLiteral("Bench"));
        PassageInput input;
        input.pole = QStringLiteral("emploi");
        input.commune = QStringLiteral("75119");
        QList<PassageInput> day(250, input);
        (void)reception.logAll(day);
        DeskSync sync(**db, fs, root);
        timer.start();
        Result<SyncOutcome> outcome = sync.run();
        const double syncMs = msSince(timer);
        // Baseline: writing the same bytes as one fsynced file.
        QString sha;
        Batch probe = makeBatch(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                QStringLiteral("villette"), QStringLiteral("Bench"), 1, first, 250,
                                random, QString());
        const QByteArray bytes = BatchCodec::encode(probe, deskKeys.value(0, key));
        timer.start();
        (void)fs.writeNew(dir.filePath(QStringLiteral("plain.jsonl")), bytes);
        const double writeMs = msSince(timer);
        out << QStringLiteral("sync: one desk's nightly sync (%1 tallies): %2 ms; a plain fsynced "
                              "write of the same size %3 ms; ratio %4\n")
                   .arg(outcome ? outcome->rowsPublished : -1)
                   .arg(syncMs, 0, 'f', 1)
                   .arg(writeMs, 0, 'f', 1)
                   .arg(syncMs / writeMs, 0, 'f', 1);
    }
}
