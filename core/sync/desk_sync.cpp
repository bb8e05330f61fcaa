// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/desk_sync.h"
#include "core/sync/desk_sync_p.h"

#include "core/referential/referential.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"
#include "core/sync/batch.h"
#include "core/sync/receipt.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <map>

namespace passages {

namespace {

/// A batch published again, under its next attempt (a damaged or missing copy).
const QString kRepublishSql = QStringLiteral(
    "UPDATE sync_batch SET published_utc = NULL, file_name = NULL, attempt = attempt + 1, "
    "ack_status = NULL, ack_reason = NULL, ack_utc = NULL WHERE local_batch = :batch");

} // namespace

DeskSync::DeskSync(Database &db, ShareFs &fs, QString shareRoot)
    : m_db(db), m_fs(fs), m_root(std::move(shareRoot))
{}

QString DeskSync::machineFingerprint(const QString &databasePath)
{
    const QByteArray material = QSysInfo::machineUniqueId() + '|' +
                                QSysInfo::machineHostName().toUtf8() + '|' +
                                QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(32));
}

QDateTime DeskSync::nowUtc() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTime()).toUTC();
}

int DeskSync::pendingRows() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE batch_no IS NULL OR batch_no IN "
                       "(SELECT local_batch FROM sync_batch WHERE published_utc IS NULL)"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Acknowledgement DeskSync::acknowledgement() const
{
    Acknowledgement ack;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(ack_status IN ('imported', 'duplicate')), 0), "
        "MAX(CASE WHEN ack_status IN ('imported', 'duplicate') THEN ack_utc END) FROM sync_batch "
        "WHERE published_utc IS NOT NULL"));
    if (q.exec() && q.next()) {
        ack.published = q.value(0).toInt();
        ack.acknowledged = q.value(1).toInt();
        ack.lastAcknowledged = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    }
    QSqlQuery refused = m_db.prepare(QStringLiteral(
        "SELECT batch_no, ack_reason FROM sync_batch WHERE ack_status IN ('quarantined', "
        "'held', 'fork') ORDER BY instance_id, batch_no"));
    if (refused.exec())
        while (refused.next())
            ack.refused << tr("batch %1: %2")
                               .arg(refused.value(0).toLongLong())
                               .arg(refused.value(1).toString());
    return ack;
}

Status DeskSync::readReceipts(Share &share, const TrustState &state, SyncOutcome &outcome)
{
    // Only identities with batches still waiting for a final word.
    QSqlQuery waiting = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT instance_id FROM sync_batch WHERE published_utc IS NOT NULL AND "
        "(ack_status IS NULL OR ack_status NOT IN ('imported', 'duplicate'))"));
    const Result<QStringList> waitingIds =
        selectTexts(waiting, tr("Reading the published batches"));
    if (!waitingIds)
        return waitingIds.error();
    const QStringList &instances = *waitingIds;
    if (instances.isEmpty() || !m_fs.exists(share.receiptsFolder()))
        return {};
    Result<QStringList> names = m_fs.list(share.receiptsFolder(), false);
    if (!names) {
        outcome.receiptProblems << names.error().message;
        return {};
    }

    QSqlQuery batch = m_db.prepare(QStringLiteral(
        "SELECT local_batch, content_hash, ack_status FROM sync_batch WHERE instance_id = "
        ":instance AND batch_no = :no AND file_name = :file AND published_utc IS NOT NULL"));
    QSqlQuery acknowledge = m_db.prepare(QStringLiteral(
        "UPDATE sync_batch SET ack_status = :status, ack_reason = :reason, ack_utc = :at "
        "WHERE local_batch = :batch"));
    // The share's copy is damaged: publish the same bytes again under the next attempt.
    QSqlQuery again = m_db.prepare(kRepublishSql);
    for (const QString &name : *names) {
        const QString instance = Receipt::instanceOf(name);
        if (!instances.contains(instance))
            continue;
        Result<QByteArray> data =
            m_fs.read(share.receiptsFolder() + QLatin1Char('/') + name, kMaxSmallFileBytes);
        if (!data) {
            outcome.receiptProblems << data.error().message;
            continue;
        }
        Result<Receipt> receipt = Receipt::decode(*data, name);
        if (!receipt || receipt->instance != instance) {
            outcome.receiptProblems
                << (receipt ? Receipt::tr("The receipt %1 on the share is unreadable.").arg(name)
                            : receipt.error().message);
            continue;
        }
        // Only a consolidating PC the admin approved may confirm or refuse a batch.
        const auto by = state.approved.constFind(receipt->consolidator);
        if (by == state.approved.constEnd() || by->request.role != trust::kRoleConsolidator ||
            !Receipt::verify(*data, by->request.key)) {
            outcome.trustProblems << tr("The receipt %1 is not signed by an approved "
                                        "consolidating PC; it is ignored.")
                                         .arg(name);
            continue;
        }
        Transaction tx(m_db);
        if (Status s = tx.begun(); !s)
            return s;
        for (const ReceiptEntry &entry : std::as_const(receipt->files)) {
            batch.bindValue(QStringLiteral(":instance"), instance);
            batch.bindValue(QStringLiteral(":no"), entry.batchNo);
            batch.bindValue(QStringLiteral(":file"), entry.file);
            if (!batch.exec())
                return sqlError(batch, tr("Reading the published batches"));
            if (!batch.next())
                continue; // not a file this database published (or a superseded attempt)
            const qint64 localBatch = batch.value(0).toLongLong();
            const QString ours = batch.value(1).toString();
            const QString known = batch.value(2).toString();
            batch.finish();
            if (known == QLatin1String("imported") || known == QLatin1String("duplicate"))
                continue; // accepted once is accepted
            if (entry.status == QLatin1String("quarantined") && entry.hash != ours) {
                again.bindValue(QStringLiteral(":batch"), localBatch);
                if (Status s = exec(again, tr("Queueing a damaged batch again")); !s)
                    return s;
                outcome.republished += 1;
                continue;
            }
            acknowledge.bindValue(QStringLiteral(":status"), entry.status);
            acknowledge.bindValue(QStringLiteral(":reason"), entry.reason);
            acknowledge.bindValue(QStringLiteral(":at"), receipt->writtenUtc);
            acknowledge.bindValue(QStringLiteral(":batch"), localBatch);
            if (Status s = exec(acknowledge, tr("Recording a receipt")); !s)
                return s;
            if (entry.status == QLatin1String("imported") ||
                entry.status == QLatin1String("duplicate"))
                outcome.acknowledged += 1;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status DeskSync::requeueMissing(Share &share, SyncOutcome &outcome)
{
    const QString instance = m_db.meta(QStringLiteral("instance_id"));
    // Published more than 10 minutes ago: SMB and NFS clients cache listings for seconds,
    // a file just renamed may not be listed yet.
    QSqlQuery published = m_db.prepare(QStringLiteral(
        "SELECT local_batch, file_name, created_utc FROM sync_batch WHERE "
        "instance_id = :instance AND published_utc IS NOT NULL AND published_utc < :before"));
    published.bindValue(QStringLiteral(":instance"), instance);
    published.bindValue(QStringLiteral(":before"), nowUtc().addSecs(-600).toString(Qt::ISODate));
    if (!published.exec())
        return sqlError(published, tr("Reading the published batches"));
    QList<std::pair<qint64, QString>> batches; // local batch, its file's path
    QSet<QString> folders;
    while (published.next()) {
        const QString folder =
            share.deskFolder(instance) + QLatin1Char('/') + published.value(2).toString().left(4);
        batches.append({published.value(0).toLongLong(),
                        folder + QLatin1Char('/') + published.value(1).toString()});
        folders.insert(folder);
    }
    published.finish();
    QSet<QString> listed;
    for (const QString &folder : std::as_const(folders)) {
        if (!m_fs.exists(folder))
            continue; // the whole year is gone: every batch of it is missing
        Result<QStringList> files = m_fs.list(folder, false);
        if (!files)
            return makeError(ErrorCode::ShareUnavailable, files.error().message);
        for (const QString &file : *files)
            listed.insert(folder + QLatin1Char('/') + file);
    }
    QSqlQuery again = m_db.prepare(kRepublishSql);
    for (const auto &[localBatch, path] : std::as_const(batches)) {
        if (listed.contains(path))
            continue;
        again.bindValue(QStringLiteral(":batch"), localBatch);
        if (Status s = exec(again, tr("Queueing a missing batch again")); !s)
            return s;
        outcome.republished += 1;
    }
    return {};
}

QDateTime DeskSync::lastSuccess() const
{
    return QDateTime::fromString(m_db.meta(QStringLiteral("sync_last_success_utc")), Qt::ISODate);
}

QString DeskSync::lastError() const
{
    return m_db.meta(QStringLiteral("sync_last_error"));
}

QString DeskSync::trustWarning() const
{
    return m_db.meta(QStringLiteral("sync_trust_warning"));
}

Result<SyncOutcome> DeskSync::run()
{
    Result<SyncOutcome> outcome = runOnce();
    if (outcome) {
        (void)m_db.setMeta(QStringLiteral("sync_last_success_utc"), nowUtc().toString(Qt::ISODate));
        // "" and not QString(): a null QString binds as NULL, which meta refuses (NOT
        // NULL), and the old failure stayed on screen after every later success.
        (void)m_db.setMeta(QStringLiteral("sync_last_error"), QStringLiteral(""));
    } else if (outcome.error().code != ErrorCode::Interrupted) {
        (void)m_db.setMeta(QStringLiteral("sync_last_error"), outcome.error().message);
        (void)m_db.setMeta(QStringLiteral("sync_last_failure_utc"), nowUtc().toString(Qt::ISODate));
    }
    return outcome;
}

Result<SyncOutcome> DeskSync::runOnce()
{
    const Result<QString> site = m_db.readMeta(QStringLiteral("site"));
    if (!site)
        return site.error();
    if (site->isEmpty())
        return makeError(ErrorCode::NotInitialised,
                         tr("This desk has no site and desk label yet."));
    Share share(m_fs, m_root);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    if (info->format < 2)
        return makeError(ErrorCode::ShareOutdated,
                         tr("The share %1 was prepared before signatures: an administrator "
                            "upgrades it once with: passages-cli share upgrade --share %1")
                             .arg(m_root));
    // The admin key is pinned at the first sync: a SHARE_ID replaced on the share cannot
    // bring its own key and sign its own approvals or referential.
    // A read error is not "none pinned yet", which would pin whatever key the share has.
    const Result<QString> pinned = m_db.readMeta(QStringLiteral("share_admin_key"));
    if (!pinned)
        return pinned.error();
    const QString adminKey = trust::toBase64(info->adminKey);
    if (pinned->isEmpty()) {
        if (Status s = m_db.setMeta(QStringLiteral("share_admin_key"), adminKey); !s)
            return s.error();
    } else if (*pinned != adminKey) {
        return makeError(ErrorCode::ShareDamaged,
                         tr("The administrator key in the share's SHARE_ID is not the one this "
                            "desk knows: the share was replaced or tampered with. Nothing was "
                            "sent."));
    }
    Result<trust::KeyPair> own = trust::localKeys(m_db);
    if (!own)
        return own.error();
    const Keys keys{info->key, own->secretKey};

    SyncOutcome outcome;
    if (Status s = signUnpublished(keys); !s)
        return s.error();
    if (Status s = checkIdentity(keys, outcome); !s)
        return s.error();
    const TrustState state = share.trust(info->adminKey);
    outcome.trustProblems << state.problems;
    if (Status s = requestApproval(share, state, own->publicKey, outcome); !s)
        return s.error();
    if (Status s = cutBatch(keys); !s)
        return s.error();
    if (stopsAt(Step::BatchCut))
        return sync_detail::stoppedError();
    if (Status s = readReceipts(share, state, outcome); !s)
        return s.error();
    if (Status s = requeueMissing(share, outcome); !s)
        return s.error();

    QSqlQuery pending = m_db.prepare(QStringLiteral(
        "SELECT local_batch FROM sync_batch WHERE published_utc IS NULL ORDER BY instance_id, "
        "batch_no"));
    if (!pending.exec())
        return sqlError(pending, tr("Reading the pending batches"));
    QList<qint64> batches;
    while (pending.next())
        batches << pending.value(0).toLongLong();
    pending.finish();
    for (qint64 localBatch : batches)
        if (Status s = publish(localBatch, keys, outcome); !s)
            return s.error();

    // A newer referential from the Cité: codes are stable, so history stays reportable.
    // Only versions signed by the admin key count.
    Result<std::optional<Referential>> latest =
        share.latestReferential(info->adminKey, &outcome.trustProblems);
    if (!latest)
        return latest.error();
    if (latest->has_value()) {
        Result<Referential> local = loadReferential(m_db);
        if (local && (*latest)->version() > local->version()) {
            if (Status s = saveReferential(m_db, **latest); !s)
                return s.error();
            outcome.referentialUpdated = true;
            if (m_referentialChanged)
                m_referentialChanged(**latest);
        }
        outcome.referentialVersion = std::max((*latest)->version(), local ? local->version() : 0);
    }
    QStringList warnings = outcome.trustProblems;
    if (outcome.awaitingApproval)
        warnings.prepend(tr("This desk awaits an administrator's approval (key %1); its "
                            "batches wait on the share until then.")
                             .arg(trust::fingerprint(own->publicKey)));
    // (Never a null string: meta values are NOT NULL.)
    if (Status s = m_db.setMeta(QStringLiteral("sync_trust_warning"),
                                QStringLiteral("") + warnings.join(QLatin1Char('\n')));
        !s)
        return s.error();
    outcome.pendingRows = pendingRows();
    return outcome;
}

Status DeskSync::checkIdentity(const Keys &keys, SyncOutcome &outcome)
{
    const QString fingerprint = m_fingerprint ? m_fingerprint() : machineFingerprint(m_db.path());
    // A read error is not "none recorded yet", which would record this machine's.
    const Result<QString> recorded = m_db.readMeta(QStringLiteral("fingerprint"));
    if (!recorded)
        return recorded.error();
    if (recorded->isEmpty()) {
        if (Status s = m_db.setMeta(QStringLiteral("fingerprint"), fingerprint); !s)
            return s;
    } else if (*recorded != fingerprint) {
        // The file was copied to another PC (or disk cloned): continuing the sequence
        // would interleave two desks under one identity.
        return fork(tr("the database was moved or copied to another computer"), outcome);
    }

    // What the share knows of this identity must be what we published.
    const QString instance = m_db.meta(QStringLiteral("instance_id"));
    std::map<qint64, std::map<QString, QString>> onShare; // batch_no -> hash prefix -> path
    const Share share(m_fs, m_root);
    const QString deskFolder = share.deskFolder(instance);
    if (m_fs.exists(deskFolder)) {
        Result<QList<std::pair<QString, QString>>> files = share.deskFiles(instance);
        if (!files)
            return files.error();
        for (const auto &[year, file] : *files)
            if (std::optional<BatchName> name = BatchName::parse(file);
                name && name->instance == instance)
                onShare[name->batchNo].emplace(name->hashPrefix, deskFolder + QLatin1Char('/') +
                                                                     year + QLatin1Char('/') +
                                                                     file);
    }
    std::map<qint64, QString> local;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT batch_no, content_hash FROM sync_batch WHERE instance_id = :instance"));
    q.bindValue(QStringLiteral(":instance"), instance);
    if (!q.exec())
        return sqlError(q, tr("Reading the published batches"));
    while (q.next())
        local[q.value(0).toLongLong()] = q.value(1).toString().left(16);
    q.finish();
    // Only a valid batch signed with this desk's own key (or, for a number it made before
    // signatures, with the share's key) under this identity and number proves another copy
    // of this database publishes: a junk, damaged or forged file that merely has such a
    // name is the consolidation's to refuse, not a reason to fork.
    const Result<qint64> legacyBatches = this->legacyBatches(instance);
    if (!legacyBatches)
        return legacyBatches.error();
    const QByteArray ownKey = trust::publicKeyOf(keys.desk);
    const auto genuine = [&](const QString &path, qint64 batchNo) {
        BatchReader reader; // as the consolidation reads it: a stream, lines capped
        if (!BatchReader::readFile(m_fs, path, reader))
            return false;
        Result<Batch> batch = reader.finish(keys.share);
        if (!batch || batch->header.instance != instance || batch->header.batchNo != batchNo)
            return false;
        return batch->header.version >= kSignedBatchFormat ? batch->signer == ownKey
                                                           : batchNo <= *legacyBatches;
    };
    for (const auto &[batchNo, files] : onShare) {
        const auto mine = local.find(batchNo);
        for (const auto &[prefix, path] : files) {
            if (mine != local.end() && prefix == mine->second)
                continue;
            if (!genuine(path, batchNo))
                continue;
            if (mine == local.end())
                return fork(tr("the share holds batch %1 of this desk, which this database never "
                               "made (restored from an older backup?)")
                                .arg(batchNo),
                            outcome);
            return fork(tr("another computer publishes under this desk's identity (batch "
                           "%1 differs)")
                            .arg(batchNo),
                        outcome);
        }
    }
    return {};
}

Status DeskSync::fork(const QString &reason, SyncOutcome &outcome)
{
    const QString old = m_db.meta(QStringLiteral("instance_id"));
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    // Unpublished batches of the old identity go back to the outbox and travel under the
    // new one; rows carry their own ids, so one that did reach the share under the old
    // identity is recognised by revision, never counted twice.
    QSqlQuery reset = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET batch_no = NULL WHERE batch_no IN (SELECT local_batch FROM "
        "sync_batch WHERE published_utc IS NULL)"));
    if (Status s = exec(reset, tr("Re-queueing unpublished rows")); !s)
        return s;
    QSqlQuery drop =
        m_db.prepare(QStringLiteral("DELETE FROM sync_batch WHERE published_utc IS NULL"));
    if (Status s = exec(drop, tr("Re-queueing unpublished rows")); !s)
        return s;
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("instance_id"), fresh},
          std::pair{QStringLiteral("parent_instance"), old},
          std::pair{QStringLiteral("fork_reason"), reason},
          std::pair{QStringLiteral("fingerprint"),
                    m_fingerprint ? m_fingerprint() : machineFingerprint(m_db.path())}})
        if (Status s = m_db.setMeta(key, value); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    outcome.forkedFrom = old;
    outcome.forkReason = reason;
    return {};
}

Result<qint64> DeskSync::legacyBatches(const QString &instance) const
{
    QSqlQuery legacy = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(batch_no), 0) FROM sync_batch WHERE instance_id = :instance AND "
        "format_version < 3"));
    legacy.bindValue(QStringLiteral(":instance"), instance);
    if (!legacy.exec() || !legacy.next())
        return sqlError(legacy, tr("Reading the published batches"));
    return legacy.value(0).toLongLong();
}

Status DeskSync::requestApproval(Share &share, const TrustState &state, const QByteArray &publicKey,
                                 SyncOutcome &outcome)
{
    const QString instance = m_db.meta(QStringLiteral("instance_id"));
    const auto approved = state.approved.constFind(instance);
    if (approved != state.approved.constEnd() && approved->request.key == publicKey)
        return {};
    outcome.awaitingApproval = true;
    const Result<qint64> legacy = legacyBatches(instance);
    if (!legacy)
        return legacy.error();
    JoinRequest request;
    request.instance = instance;
    request.parent = m_db.meta(QStringLiteral("parent_instance"));
    request.role = trust::kRoleDesk;
    request.site = m_db.meta(QStringLiteral("site"));
    request.desk = m_db.meta(QStringLiteral("desk"));
    request.key = publicKey;
    request.legacyBatches = *legacy;
    for (const JoinRequest &pending : state.pending)
        if (pending.instance == instance && pending.key == publicKey &&
            pending.site == request.site && pending.desk == request.desk &&
            pending.legacyBatches == request.legacyBatches)
            return {}; // asked already
    request.requestedUtc = nowUtc().toString(Qt::ISODate);
    if (Status s = share.requestJoin(request, trust::localKeys(m_db)->secretKey); !s)
        return makeError(ErrorCode::ShareUnavailable, s.error().message);
    return {};
}

} // namespace passages
