// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sync/batch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace passages {

class Database;
class Referential;
class Share;
class ShareFs;
struct TrustState;

/// What one desk sync did.
struct SyncOutcome
{
    int batchesPublished = 0;
    int rowsPublished = 0;
    int pendingRows = 0; ///< still waiting after this run (0 on success)
    bool referentialUpdated = false;
    int referentialVersion = 0;
    QString forkedFrom; ///< the previous identity when this run forked
    QString forkReason;
    int acknowledged = 0; ///< batches a receipt newly confirmed in this run
    int republished = 0;  ///< batches whose copy on the share was damaged or missing, sent again
    QStringList receiptProblems; ///< unreadable receipts (not fatal)
    /// This desk's key is not approved yet: its join request is on the share and its
    /// batches wait there until an administrator approves it.
    bool awaitingApproval = false;
    /// Receipts, referential versions or approvals that do not verify, ignored (not fatal).
    QStringList trustProblems;
};

/// What the consolidations said of this desk's published batches (their receipts).
struct Acknowledgement
{
    int published = 0;
    int acknowledged = 0; ///< imported (or already there) at a consolidation
    QDateTime lastAcknowledged;
    /// Batches a consolidation refused or held, with its reason ("batch 12: ...").
    QStringList refused;
};

/// The desk side of the nightly sync: cuts the outbox into numbered batches and
/// publishes each as a write-once file on the share (write a hidden temporary file,
/// fsync, read back and verify, rename without overwriting, and only then mark it
/// published locally). The local database stays the source of truth: nothing is ever
/// deleted from it, and a batch stays pending until it is verifiably on the share.
/// Receipts the consolidations leave in `receipts/` tell the desk which batches were
/// accepted; one that reached the share damaged is published again under the next
/// attempt number (same bytes, so it can never count twice).
class DeskSync
{
    Q_DECLARE_TR_FUNCTIONS(DeskSync)

public:
    /// The points of a publication where a process may die (tests stop a run there).
    enum class Step
    {
        BatchCut,
        TempWritten,
        BeforeRename,
        AfterRename,
        BeforeMarkPublished
    };

    DeskSync(Database &db, ShareFs &fs, QString shareRoot);
    DeskSync(const DeskSync &) = default;
    DeskSync(DeskSync &&) = default;
    virtual ~DeskSync() = default;

    /// One full sync: check the share, the identity (fork if the database was copied to
    /// another PC or restored from an old backup), cut a batch of unsent rows, publish
    /// every pending batch in order, pick up a newer referential. The error's code names
    /// the failure kind: ShareUnavailable, ShareNotPrepared, ShareOutdated, ShareFull,
    /// ShareDamaged, ShareNewer, Io.
    Result<SyncOutcome> run();

    /// Rows recorded here and not yet verifiably on the share.
    int pendingRows() const;
    /// What the receipts read so far say.
    Acknowledgement acknowledgement() const;
    /// When the last successful run finished (invalid if never).
    QDateTime lastSuccess() const;
    QString lastError() const;
    /// What the last run ignored because it did not verify, or that this desk awaits
    /// approval; empty when all is well. Shown with the sync status.
    QString trustWarning() const;

    /// The machine fingerprint (machine id + host name + database path); replaceable in
    /// tests to simulate a cloned PC.
    void setFingerprintSource(std::function<QString()> source)
    {
        m_fingerprint = std::move(source);
    }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Called after a newer referential was stored locally.
    void setReferentialCallback(std::function<void(const Referential &)> callback)
    {
        m_referentialChanged = std::move(callback);
    }

    static QString machineFingerprint(const QString &databasePath);

protected:
    /// The test seam for crashes: a test derives and answers true at a step, and the run
    /// stops there with ErrorCode::Interrupted, as if the process had died. Production
    /// code never stops.
    virtual bool stopsAt(Step) const { return false; }

private:
    Result<SyncOutcome> runOnce();
    /// The share's key (formats 1 and 2) and this desk's secret key (format 3).
    struct Keys
    {
        QByteArray share;
        QByteArray desk;
        const QByteArray &forVersion(int version) const
        {
            return version >= kSignedBatchFormat ? desk : share;
        }
    };
    Status checkIdentity(const Keys &keys, SyncOutcome &outcome);
    /// The highest batch number `instance` made before signatures (format < 3), 0 if none.
    Result<qint64> legacyBatches(const QString &instance) const;
    Status fork(const QString &reason, SyncOutcome &outcome);
    /// Batches cut in an older format but never published are rebuilt signed (format 3).
    Status signUnpublished(const Keys &keys);
    /// Publishes this identity's join request unless its key is approved already.
    Status requestApproval(Share &share, const TrustState &state, const QByteArray &publicKey,
                           SyncOutcome &outcome);
    Status cutBatch(const Keys &keys);
    Result<QByteArray> buildBatch(qint64 localBatch, const Keys &keys, QString *hash) const;
    Status publish(qint64 localBatch, const Keys &keys, SyncOutcome &outcome);
    /// Reads the consolidations' receipts for this desk's identities: marks batches
    /// accepted, and queues again a batch whose copy on the share arrived damaged. Only
    /// receipts signed by an approved consolidating PC count.
    Status readReceipts(Share &share, const TrustState &state, SyncOutcome &outcome);
    /// Queues again, from the outbox, every batch of the current identity published long
    /// enough ago that the share's listing should show it and does not (deleted, a share
    /// restored from an old backup): same bytes, next attempt number.
    Status requeueMissing(Share &share, SyncOutcome &outcome);
    QDateTime nowUtc() const;

    Database &m_db;
    ShareFs &m_fs;
    QString m_root;
    std::function<QString()> m_fingerprint;
    std::function<void(const Referential &)> m_referentialChanged;
    Clock m_clock;
};

} // namespace passages
