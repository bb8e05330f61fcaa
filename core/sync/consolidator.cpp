// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/consolidator.h"

#include "referential/referential_store.h"
#include "storage/database.h"
#include "sync/batch.h"
#include "sync/share.h"
#include "sync/share_fs.h"

#include <QDate>
#include <QSet>
#include <QSqlError>

namespace passages {

namespace {

/// A local date after the batch was made (a desk clock set to a wrong, later date) or
/// before 2000 is flagged, never dropped: the date stays the bucketing key. Old dates
/// are plausible: a Cité imports its earlier tally sheets.
bool implausible(const QJsonObject &row, const QDateTime &created)
{
    const QDate date =
        QDate::fromString(row.value(QStringLiteral("local_date")).toString(), Qt::ISODate);
    if (!date.isValid() || !created.isValid())
        return false;
    return date > created.date().addDays(1) || date.year() < 2000;
}

} // namespace

Consolidator::Consolidator(Database &cache, ShareFs &fs, QString shareRoot)
    : m_cache(cache), m_fs(fs), m_root(std::move(shareRoot))
{}

Result<QStringList> Consolidator::columnsOf(const QString &table)
{
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return found->second;
    QStringList columns;
    QSqlQuery q = m_cache.prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
    q.bindValue(QStringLiteral(":table"), table);
    if (!q.exec())
        return sqlError(q, tr("Reading the columns of %1").arg(table));
    while (q.next())
        columns << q.value(0).toString();
    // Only tables that follow the synchronised-table convention may be written to.
    if (!columns.contains(QLatin1String("id")) || !columns.contains(QLatin1String("revision")) ||
        !columns.contains(QLatin1String("deleted")))
        columns.clear();
    m_columns.emplace(table, columns);
    return columns;
}

Result<ConsolidationSummary> Consolidator::run(const std::function<void(int, int)> &progress)
{
    Share share(m_fs, m_root);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    ConsolidationSummary summary;

    // The Cité's referential comes along, for labels.
    if (Result<std::optional<Referential>> latest = share.latestReferential();
        latest && latest->has_value()) {
        Result<Referential> local = loadReferential(m_cache);
        if (local && (*latest)->version() > local->version()) {
            if (Status s = saveReferential(m_cache, **latest); !s)
                return s.error();
            summary.referentialUpdated = true;
        }
    }

    QSet<QString> known;
    {
        QSqlQuery q = m_cache.prepare(QStringLiteral("SELECT name FROM share_file"));
        if (!q.exec())
            return sqlError(q, tr("Reading the consolidation state"));
        while (q.next())
            known.insert(q.value(0).toString());
    }
    QList<Candidate> candidates;
    Result<QStringList> instances = m_fs.list(share.desksFolder(), true);
    if (!instances)
        return makeError(ErrorCode::Io, instances.error().message,
                         QStringLiteral("share-unavailable"));
    for (const QString &instance : *instances) {
        const QString deskFolder = share.deskFolder(instance);
        Result<QStringList> years = m_fs.list(deskFolder, true);
        if (!years)
            return makeError(ErrorCode::Io, years.error().message,
                             QStringLiteral("share-unavailable"));
        for (const QString &year : *years) {
            Result<QStringList> files = m_fs.list(deskFolder + QLatin1Char('/') + year, false);
            if (!files)
                return makeError(ErrorCode::Io, files.error().message,
                                 QStringLiteral("share-unavailable"));
            for (const QString &file : *files) {
                if (file.startsWith(QLatin1Char('.'))) // a desk's temporary file, not yet final
                    continue;
                const QString relative = QStringLiteral("desks/%1/%2/%3").arg(instance, year, file);
                if (!known.contains(relative))
                    candidates.append({relative, instance});
            }
        }
    }
    // Batch order within a desk; a later batch arriving first is fine, this is only to
    // make the common case read naturally in the health view.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.relative < b.relative; });
    summary.filesSeen = int(candidates.size());
    for (int i = 0; i < candidates.size(); ++i) {
        if (Status s = importFile(candidates.at(i), info->key, summary); !s)
            return s.error();
        if (progress)
            progress(i + 1, int(candidates.size()));
    }
    return summary;
}

Status Consolidator::record(const Candidate &candidate, const QString &instance, qint64 batchNo,
                            const QString &sha, qint64 size, const QString &status,
                            const QString &reason, int rows, int implausibleRows,
                            const QString &createdUtc)
{
    QSqlQuery q = m_cache.prepare(QStringLiteral(
        "INSERT INTO share_file (name, instance_id, batch_no, sha256, size, status, reason, "
        "row_count, implausible, created_utc, seen_utc) VALUES (:name, :instance, :no, :sha, "
        ":size, :status, :reason, :rows, :implausible, :created, :seen)"));
    q.bindValue(QStringLiteral(":name"), candidate.relative);
    q.bindValue(QStringLiteral(":instance"), instance);
    q.bindValue(QStringLiteral(":no"), batchNo);
    q.bindValue(QStringLiteral(":sha"), sha);
    q.bindValue(QStringLiteral(":size"), size);
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":rows"), rows);
    q.bindValue(QStringLiteral(":implausible"), implausibleRows);
    q.bindValue(QStringLiteral(":created"), createdUtc);
    q.bindValue(QStringLiteral(":seen"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return exec(q, tr("Recording %1").arg(candidate.relative));
}

Status Consolidator::importFile(const Candidate &candidate, const QByteArray &key,
                                ConsolidationSummary &summary)
{
    const QString fileName = candidate.relative.section(QLatin1Char('/'), -1);
    const std::optional<BatchName> name = BatchName::parse(fileName);

    // A file that cannot even be read gets no status: the share may be dropping; it is
    // retried next time.
    Result<QByteArray> data = m_fs.read(m_root + QLatin1Char('/') + candidate.relative);
    if (!data)
        return makeError(ErrorCode::Io, data.error().message, QStringLiteral("share-unavailable"));
    const QString sha = BatchCodec::sha256Hex(*data);
    const qint64 size = data->size();

    // First decide, reading only; then write the outcome in one transaction.
    QString status = QStringLiteral("quarantined");
    QString reason;
    QString instance = name ? name->instance : QString();
    qint64 batchNo = name ? name->batchNo : 0;
    std::optional<Batch> batch;
    if (!name) {
        reason = tr("not a batch file name");
    } else if (name->instance != candidate.folderInstance) {
        reason = tr("the name's desk identity does not match its folder");
    } else if (!sha.startsWith(name->shaPrefix)) {
        reason = tr("content does not match the hash in its name (truncated or damaged)");
    } else if (Result<Batch> decoded = BatchCodec::decode(*data, key); !decoded) {
        reason = decoded.error().message;
        if (decoded.error().code == ErrorCode::TooNew)
            status = QStringLiteral("held");
    } else if (decoded->header.instance != name->instance ||
               decoded->header.batchNo != name->batchNo) {
        reason = tr("its header names another desk or batch number");
    } else {
        batch = std::move(decoded).value();
        for (const BatchChange &change : batch->changes) {
            Result<QStringList> columns = columnsOf(change.entity);
            if (!columns)
                return columns.error();
            if (columns->isEmpty()) {
                reason = tr("unknown kind of record \"%1\" (made by a newer Passages?)")
                             .arg(change.entity);
                batch.reset();
                break;
            }
        }
    }

    QString forkOf;
    if (batch) {
        // Exactly one content per (identity, batch number): the same content again is a
        // duplicate; different content is a fork (a cloned or restored desk that did not
        // notice) and the identity is held until someone looks.
        QSqlQuery same = m_cache.prepare(QStringLiteral(
            "SELECT sha256, name FROM share_file WHERE instance_id = :instance AND batch_no = :no "
            "AND status IN ('imported', 'fork')"));
        same.bindValue(QStringLiteral(":instance"), instance);
        same.bindValue(QStringLiteral(":no"), batchNo);
        if (!same.exec())
            return sqlError(same, tr("Checking %1").arg(candidate.relative));
        while (same.next()) {
            if (same.value(0).toString() == sha)
                status = QStringLiteral("duplicate");
            else
                forkOf = same.value(1).toString();
        }
        if (status != QLatin1String("duplicate")) {
            if (forkOf.isEmpty()) {
                Result<int> applied = apply(*batch, sha, size, candidate);
                if (applied) {
                    summary.imported += 1;
                    summary.rowsApplied += batch->changes.size();
                    return {};
                }
                if (applied.error().field != QLatin1String("reject"))
                    return applied.error();
                reason = applied.error().message; // rolled back; quarantined below
                batch.reset();
            } else {
                status = QStringLiteral("fork");
                reason = tr("batch %1 of this desk exists with different content (%2): two "
                            "computers share one identity")
                             .arg(batchNo)
                             .arg(forkOf.section(QLatin1Char('/'), -1));
            }
        }
    }

    Transaction tx(m_cache);
    if (Status s = tx.begun(); !s)
        return s;
    if (status == QLatin1String("fork")) {
        QSqlQuery hold = m_cache.prepare(QStringLiteral(
            "INSERT INTO share_instance (instance_id, site, desk, held, held_reason) VALUES "
            "(:instance, :site, :desk, 1, :reason) ON CONFLICT (instance_id) DO UPDATE SET "
            "held = 1, held_reason = excluded.held_reason"));
        hold.bindValue(QStringLiteral(":instance"), instance);
        hold.bindValue(QStringLiteral(":site"), batch->header.site);
        hold.bindValue(QStringLiteral(":desk"), batch->header.desk);
        hold.bindValue(QStringLiteral(":reason"), reason);
        if (Status s = exec(hold, tr("Holding desk %1").arg(instance)); !s)
            return s;
    }
    if (status == QLatin1String("quarantined"))
        summary.quarantined += 1;
    else if (status == QLatin1String("held"))
        summary.held += 1;
    else if (status == QLatin1String("fork"))
        summary.forks += 1;
    else
        summary.duplicates += 1;
    if (Status s = record(candidate, instance, batchNo, sha, size, status, reason,
                          batch ? int(batch->changes.size()) : 0, 0,
                          batch ? batch->header.createdUtc : QString());
        !s)
        return s;
    return tx.commit();
}

Result<int> Consolidator::apply(const Batch &batch, const QString &sha, qint64 size,
                                const Candidate &candidate)
{
    const BatchHeader &h = batch.header;
    Transaction tx(m_cache);
    if (Status s = tx.begun(); !s)
        return s.error();
    QSqlQuery instance = m_cache.prepare(QStringLiteral(
        "INSERT INTO share_instance (instance_id, parent_instance, site, desk, last_created_utc) "
        "VALUES (:instance, :parent, :site, :desk, :created) ON CONFLICT (instance_id) DO UPDATE "
        "SET site = excluded.site, desk = excluded.desk, parent_instance = "
        "excluded.parent_instance, last_created_utc = MAX(COALESCE(last_created_utc, ''), "
        "excluded.last_created_utc)"));
    instance.bindValue(QStringLiteral(":instance"), h.instance);
    instance.bindValue(QStringLiteral(":parent"), h.parent);
    instance.bindValue(QStringLiteral(":site"), h.site);
    instance.bindValue(QStringLiteral(":desk"), h.desk);
    instance.bindValue(QStringLiteral(":created"), h.createdUtc);
    if (Status s = exec(instance, tr("Recording desk %1").arg(h.instance)); !s)
        return s.error();

    // Newer revision wins, row by row; an older or equal revision changes nothing, so
    // order and repetition do not matter.
    const QDateTime created = QDateTime::fromString(h.createdUtc, Qt::ISODate);
    int implausibleRows = 0;
    for (const BatchChange &change : batch.changes) {
        const QStringList &columns = m_columns.at(change.entity);
        QStringList used;
        for (const QString &column : columns)
            if (change.row.contains(column))
                used << column;
        const QString key = change.entity + QLatin1Char('|') + used.join(QLatin1Char(','));
        auto upsert = m_upserts.find(key);
        if (upsert == m_upserts.end()) {
            QStringList placeholders, updates;
            for (const QString &column : used) {
                placeholders << QLatin1Char(':') + column;
                if (column != QLatin1String("id"))
                    updates << QStringLiteral("%1 = excluded.%1").arg(column);
            }
            const QString sql =
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) "
                               "DO UPDATE SET %4 WHERE excluded.revision > "
                               "%1.revision")
                    .arg(change.entity, used.join(QLatin1String(", ")),
                         placeholders.join(QLatin1String(", ")), updates.join(QLatin1String(", ")));
            upsert = m_upserts.emplace(key, m_cache.prepare(sql)).first;
        }
        QSqlQuery &q = upsert->second;
        for (const QString &column : used) {
            const QJsonValue value = change.row.value(column);
            // JSON null must reach SQLite as NULL (toVariant() would give a nullptr_t).
            q.bindValue(QLatin1Char(':') + column, value.isNull()
                                                       ? QVariant(QMetaType(QMetaType::QString))
                                                       : value.toVariant());
        }
        if (!q.exec())
            // A row the schema refuses (a constraint): nothing of this file is kept.
            return makeError(
                ErrorCode::Parse,
                tr("record %1 is refused by the database: %2").arg(change.id, q.lastError().text()),
                QStringLiteral("reject"));
        if (implausible(change.row, created))
            implausibleRows += 1;
    }
    if (Status s = record(candidate, h.instance, h.batchNo, sha, size, QStringLiteral("imported"),
                          {}, int(batch.changes.size()), implausibleRows, h.createdUtc);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return implausibleRows;
}

Result<QList<DeskHealth>> Consolidator::health(const QDateTime &nowUtc) const
{
    QList<DeskHealth> result;
    QSqlQuery desks = m_cache.prepare(QStringLiteral(
        "SELECT i.instance_id, COALESCE(i.parent_instance, ''), COALESCE(i.site, ''), "
        "COALESCE(i.desk, ''), i.held, COALESCE(i.held_reason, ''), "
        "(SELECT MAX(batch_no) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status IN ('imported', 'duplicate')), "
        "(SELECT MAX(created_utc) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status = 'imported'), "
        "(SELECT COUNT(*) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status = 'quarantined'), "
        "(SELECT COALESCE(SUM(implausible), 0) FROM share_file f WHERE f.instance_id = "
        " i.instance_id) "
        "FROM share_instance i ORDER BY i.site, i.desk, i.instance_id"));
    if (!desks.exec())
        return sqlError(desks, tr("Reading the desks' health"));
    while (desks.next()) {
        DeskHealth h;
        h.instance = desks.value(0).toString();
        h.parent = desks.value(1).toString();
        h.site = desks.value(2).toString();
        h.desk = desks.value(3).toString();
        h.held = desks.value(4).toInt() != 0;
        h.heldReason = desks.value(5).toString();
        h.lastImported = desks.value(6).toLongLong();
        h.lastBatchCreated = QDateTime::fromString(desks.value(7).toString(), Qt::ISODate);
        h.quarantined = desks.value(8).toInt();
        h.implausibleDates = desks.value(9).toInt();
        result.append(h);
    }
    desks.finish();
    // Missing batches: numbers below the highest seen that never arrived, once the
    // newer batch is old enough that directory caching (SMB/NFS: seconds) cannot explain it.
    for (DeskHealth &h : result) {
        QSqlQuery seen = m_cache.prepare(QStringLiteral(
            "SELECT DISTINCT batch_no, MAX(created_utc) FROM share_file WHERE instance_id = "
            ":instance AND status IN ('imported', 'duplicate', 'held', 'fork') GROUP BY batch_no "
            "ORDER BY batch_no"));
        seen.bindValue(QStringLiteral(":instance"), h.instance);
        if (!seen.exec())
            return sqlError(seen, tr("Reading the desks' health"));
        qint64 expected = 1;
        while (seen.next()) {
            const qint64 no = seen.value(0).toLongLong();
            const QDateTime created = QDateTime::fromString(seen.value(1).toString(), Qt::ISODate);
            const bool graceOver = !created.isValid() || created.secsTo(nowUtc) > 600;
            for (; expected < no; ++expected)
                if (graceOver)
                    h.missing << expected;
            expected = no + 1;
        }
    }
    return result;
}

Result<QList<ShareFileStatus>> Consolidator::problems() const
{
    QSqlQuery q = m_cache.prepare(QStringLiteral(
        "SELECT name, COALESCE(instance_id, ''), COALESCE(batch_no, 0), status, "
        "COALESCE(reason, '') FROM share_file WHERE status IN ('quarantined', 'held', 'fork') "
        "ORDER BY name"));
    if (!q.exec())
        return sqlError(q, tr("Reading the share's problems"));
    QList<ShareFileStatus> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString()});
    return result;
}

} // namespace passages
