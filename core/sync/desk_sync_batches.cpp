// SPDX-License-Identifier: GPL-3.0-or-later
// DeskSync's batches: cut from the outbox, built (signed) from the local database, written
// to the share and marked published. The run, the identity checks and the receipts are in
// desk_sync.cpp.
#include "core/sync/desk_sync.h"
#include "core/sync/desk_sync_p.h"

#include "core/storage/database.h"
#include "core/sync/batch.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace passages {

Status DeskSync::signUnpublished(const Keys &keys)
{
    QSqlQuery old = m_db.prepare(QStringLiteral(
        "SELECT local_batch FROM sync_batch WHERE published_utc IS NULL AND format_version < 3"));
    const Result<QStringList> batches = selectTexts(old, tr("Reading the pending batches"));
    if (!batches)
        return batches.error();
    if (batches->isEmpty())
        return {};
    // Never published, so no copy can be on the share under these bytes... except after
    // a crash between the rename and "published": that copy (format 2, HMAC) is then
    // refused as unapproved and this one imported; rows carry their ids, nothing counts
    // twice.
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    QSqlQuery bump = m_db.prepare(QStringLiteral(
        "UPDATE sync_batch SET format_version = :format WHERE local_batch = :batch"));
    QSqlQuery record = m_db.prepare(
        QStringLiteral("UPDATE sync_batch SET content_hash = :hash WHERE local_batch = :batch"));
    for (const QString &batch : *batches) {
        bump.bindValue(QStringLiteral(":format"), kSignedBatchFormat);
        bump.bindValue(QStringLiteral(":batch"), batch.toLongLong());
        if (Status s = exec(bump, tr("Signing pending batches")); !s)
            return s;
        QString hash;
        if (Result<QByteArray> bytes = buildBatch(batch.toLongLong(), keys, &hash); !bytes)
            return bytes.error();
        record.bindValue(QStringLiteral(":hash"), hash);
        record.bindValue(QStringLiteral(":batch"), batch.toLongLong());
        if (Status s = exec(record, tr("Signing pending batches")); !s)
            return s;
    }
    return tx.commit();
}

Status DeskSync::cutBatch(const Keys &keys)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    QSqlQuery count =
        m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE batch_no IS NULL"));
    if (!count.exec() || !count.next())
        return sqlError(count, tr("Counting unsent rows"));
    const int rows = count.value(0).toInt();
    count.finish();
    if (rows == 0)
        return {};
    const QString instance = m_db.meta(QStringLiteral("instance_id"));
    QSqlQuery last = m_db.prepare(
        QStringLiteral("SELECT batch_no, content_hash FROM sync_batch WHERE instance_id = "
                       ":instance ORDER BY batch_no DESC LIMIT 1"));
    last.bindValue(QStringLiteral(":instance"), instance);
    if (!last.exec())
        return sqlError(last, tr("Reading the last batch"));
    const qint64 batchNo = last.next() ? last.value(0).toLongLong() + 1 : 1;
    const QString prevHash = batchNo > 1 ? last.value(1).toString() : QStringLiteral("");
    last.finish();
    // Format 4 only when a walk-in carries a field an older consolidator would drop
    // (batch.h); otherwise the signed format every consolidator reads.
    QSqlQuery fields = m_db.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE batch_no IS NULL AND entity = 'passage' AND "
        "(json_extract(payload, '$.service_level') IS NOT NULL OR json_extract(payload, "
        "'$.orientation') IS NOT NULL))"));
    if (!fields.exec() || !fields.next())
        return sqlError(fields, tr("Cutting a batch"));
    const int format = fields.value(0).toBool() ? kDeskFieldsBatchFormat : kSignedBatchFormat;
    fields.finish();

    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_batch (instance_id, batch_no, row_count, parent_instance, site, desk, "
        "app_version, created_utc, prev_hash, format_version) VALUES (:instance, :no, :rows, "
        ":parent, :site, :desk, :app, :created, :prev, :format)"));
    insert.bindValue(QStringLiteral(":instance"), instance);
    insert.bindValue(QStringLiteral(":no"), batchNo);
    insert.bindValue(QStringLiteral(":rows"), rows);
    insert.bindValue(QStringLiteral(":parent"), m_db.meta(QStringLiteral("parent_instance")));
    insert.bindValue(QStringLiteral(":site"), m_db.meta(QStringLiteral("site")));
    insert.bindValue(QStringLiteral(":desk"), m_db.meta(QStringLiteral("desk")));
    insert.bindValue(QStringLiteral(":app"), QStringLiteral(PASSAGES_VERSION));
    insert.bindValue(QStringLiteral(":created"), nowUtc().toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":prev"), prevHash);
    insert.bindValue(QStringLiteral(":format"), format);
    if (Status s = exec(insert, tr("Cutting a batch")); !s)
        return s;
    const qint64 localBatch = insert.lastInsertId().toLongLong();
    QSqlQuery assign =
        m_db.prepare(QStringLiteral("UPDATE outbox SET batch_no = :batch WHERE batch_no IS NULL"));
    assign.bindValue(QStringLiteral(":batch"), localBatch);
    if (Status s = exec(assign, tr("Cutting a batch")); !s)
        return s;
    QString hash;
    Result<QByteArray> bytes = buildBatch(localBatch, keys, &hash);
    if (!bytes)
        return bytes.error();
    QSqlQuery record = m_db.prepare(
        QStringLiteral("UPDATE sync_batch SET content_hash = :hash WHERE local_batch = :batch"));
    record.bindValue(QStringLiteral(":hash"), hash);
    record.bindValue(QStringLiteral(":batch"), localBatch);
    if (Status s = exec(record, tr("Cutting a batch")); !s)
        return s;
    return tx.commit();
}

Result<QByteArray> DeskSync::buildBatch(qint64 localBatch, const Keys &keys, QString *hash) const
{
    QSqlQuery meta = m_db.prepare(QStringLiteral(
        "SELECT instance_id, batch_no, parent_instance, site, desk, app_version, created_utc, "
        "prev_hash, format_version FROM sync_batch WHERE local_batch = :batch"));
    meta.bindValue(QStringLiteral(":batch"), localBatch);
    if (!meta.exec() || !meta.next())
        return sqlError(meta, tr("Reading batch %1").arg(localBatch));
    Batch batch;
    batch.header.instance = meta.value(0).toString();
    batch.header.batchNo = meta.value(1).toLongLong();
    batch.header.parent = meta.value(2).toString();
    batch.header.site = meta.value(3).toString();
    batch.header.desk = meta.value(4).toString();
    batch.header.app = meta.value(5).toString();
    batch.header.createdUtc = meta.value(6).toString();
    batch.header.prevHash = meta.value(7).toString();
    // Rebuilt in the format it was first made in, so its bytes never change.
    batch.header.version = meta.value(8).toInt();
    QSqlQuery rows = m_db.prepare(QStringLiteral(
        "SELECT seq, entity, entity_id, revision, payload FROM outbox WHERE batch_no = :batch "
        "ORDER BY seq"));
    rows.bindValue(QStringLiteral(":batch"), localBatch);
    if (!rows.exec())
        return sqlError(rows, tr("Reading batch %1").arg(localBatch));
    while (rows.next()) {
        BatchChange change;
        change.seq = rows.value(0).toLongLong();
        change.entity = rows.value(1).toString();
        change.id = rows.value(2).toString();
        change.revision = rows.value(3).toInt();
        change.row = QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object();
        batch.changes.append(change);
    }
    batch.header.rows = int(batch.changes.size());
    QByteArray bytes = BatchCodec::encode(batch, keys.forVersion(batch.header.version));
    *hash = BatchCodec::contentHash(bytes, batch.header.version);
    return bytes;
}

Status DeskSync::publish(qint64 localBatch, const Keys &keys, SyncOutcome &outcome)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT instance_id, batch_no, content_hash, attempt, created_utc, row_count, "
        "format_version FROM sync_batch WHERE local_batch = :batch"));
    q.bindValue(QStringLiteral(":batch"), localBatch);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading batch %1").arg(localBatch));
    const QString instance = q.value(0).toString();
    const qint64 batchNo = q.value(1).toLongLong();
    const QString expected = q.value(2).toString();
    int attempt = q.value(3).toInt();
    const QString year = q.value(4).toString().left(4);
    const int rowCount = q.value(5).toInt();
    q.finish();

    // The file is rebuilt from the outbox every time: the local database is the only
    // copy that matters, and identical bytes prove nothing changed.
    QString hash;
    Result<QByteArray> bytes = buildBatch(localBatch, keys, &hash);
    if (!bytes)
        return bytes.error();
    if (hash != expected)
        return makeError(ErrorCode::Corrupt,
                         tr("Batch %1 no longer matches what was recorded; the local database "
                            "may be damaged.")
                             .arg(batchNo),
                         QStringLiteral("local-damaged"));

    const QString folder = Share(m_fs, m_root).deskFolder(instance) + QLatin1Char('/') + year;
    if (Status s = m_fs.makeDirs(m_root, QStringLiteral("desks/%1/%2").arg(instance, year)); !s)
        return makeError(ErrorCode::ShareUnavailable, s.error().message);

    auto markPublished = [&](const QString &fileName) -> Status {
        if (stopsAt(Step::BeforeMarkPublished))
            return sync_detail::stoppedError();
        QSqlQuery mark = m_db.prepare(QStringLiteral(
            "UPDATE sync_batch SET published_utc = :now, file_name = :name, attempt = :attempt "
            "WHERE local_batch = :batch"));
        mark.bindValue(QStringLiteral(":now"), nowUtc().toString(Qt::ISODate));
        mark.bindValue(QStringLiteral(":name"), fileName);
        mark.bindValue(QStringLiteral(":attempt"), attempt);
        mark.bindValue(QStringLiteral(":batch"), localBatch);
        if (Status s = exec(mark, tr("Marking batch %1 published").arg(batchNo)); !s)
            return s;
        outcome.batchesPublished += 1;
        outcome.rowsPublished += rowCount;
        return {};
    };
    auto sameContent = [&](const QString &path) {
        BatchReader reader;
        return BatchReader::readFile(m_fs, path, reader) && reader.contentHash() == expected;
    };

    for (int tries = 0; tries < 8; ++tries, ++attempt) {
        const QString name = BatchName{instance, batchNo, expected.left(16), attempt}.fileName();
        const QString final = folder + QLatin1Char('/') + name;
        const QString temp = folder + QStringLiteral("/.") + name + QStringLiteral(".partial");
        if (m_fs.exists(final)) {
            if (sameContent(final)) // published before a crash, or by an earlier run
                return markPublished(name);
            continue; // a damaged copy holds the name: write under the next attempt
        }
        (void)m_fs.remove(temp); // a stale temporary file of ours from an interrupted run
        if (Status s = m_fs.writeNew(temp, *bytes); !s) {
            // Never trust a file whose write or fsync failed: remove it, retry later
            // from the local copy.
            (void)m_fs.remove(temp);
            return makeError(s.error().code == ErrorCode::ShareFull ? ErrorCode::ShareFull
                                                                    : ErrorCode::Io,
                             s.error().message);
        }
        if (stopsAt(Step::TempWritten))
            return sync_detail::stoppedError();
        if (!sameContent(temp)) {
            (void)m_fs.remove(temp);
            return makeError(ErrorCode::ShareDamaged,
                             tr("Batch %1 was damaged while writing to the share (read-back "
                                "check failed); it will be written again.")
                                 .arg(batchNo));
        }
        if (stopsAt(Step::BeforeRename))
            return sync_detail::stoppedError();
        if (Status s = m_fs.renameNoReplace(temp, final); !s) {
            if (m_fs.exists(final) && sameContent(final)) {
                // The rename happened although it was reported failed (SMB does this).
                (void)m_fs.remove(temp);
                return markPublished(name);
            }
            (void)m_fs.remove(temp);
            if (m_fs.exists(final))
                continue;
            return makeError(ErrorCode::Io, s.error().message);
        }
        if (stopsAt(Step::AfterRename))
            return sync_detail::stoppedError();
        return markPublished(name);
    }
    return makeError(ErrorCode::Io,
                     tr("Batch %1 could not be published after several attempts.").arg(batchNo));
}

} // namespace passages
