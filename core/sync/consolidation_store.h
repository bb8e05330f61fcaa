// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"
#include "core/sync/receipt.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <map>

namespace passages {

/// A change of a verified batch, ready to bind: which of its table's columns it carries
/// (bit c: the table's column c, in the order synchronisedTables() gives) and their values.
struct ConsolidationRow
{
    QString entity;
    QString id;
    quint64 present = 0;
    QVariantList values; ///< the present columns, in table order
    bool implausible = false;
};

/// One share file's status as the consolidation records it (share_file).
struct ConsolidationFileRecord
{
    QString name; ///< desks/<instance>/<yyyy>/<name>
    QString instance;
    qint64 batchNo = 0;
    QString hash;
    qint64 size = 0;
    QString status; ///< imported, duplicate, quarantined, held, fork, unapproved
    QString reason;
    int rows = 0;
    int implausible = 0;
    QString createdUtc;
    QString seenUtc;
};

/// A desk identity's latest batch header, as the consolidation records it.
struct ConsolidationDesk
{
    QString instance, parent, site, desk, lastCreatedUtc;
};

/// One file's recorded status, for the health view.
struct ShareFileStatus
{
    QString name;
    QString instance;
    qint64 batchNo = 0;
    QString status; ///< imported, duplicate, quarantined, held, fork, unapproved
    QString reason;
};

/// The per-desk health the coordinator reads.
struct DeskHealth
{
    QString instance;
    QString parent;
    QString site;
    QString desk;
    qint64 lastImported = 0;    ///< highest batch number imported
    QDateTime lastBatchCreated; ///< when the desk made its newest imported batch
    QList<qint64> missing;      ///< batch numbers below the highest never seen
    int quarantined = 0;
    bool held = false;
    QString heldReason;
    int implausibleDates = 0;
};

/// Where a consolidation keeps what it imported from one share: the storage half of the
/// Consolidator, which keeps the other half (listing, reading, hashing, verifying and
/// checking the hostile share's files) for every backend. Two implementations:
/// SqliteConsolidationStore (the local cache, a desk schema: every report runs on it) and
/// PgConsolidationStore (the network database: one PostgreSQL for many Cités, each store
/// confined to its Cité's rows). qBittorrent's ResumeDataStorage is the model.
///
/// The store owns the semantics every backend must keep: one status per file, newer
/// revision wins (an older or equal revision changes nothing, so order and repetition do
/// not matter), tombstones are rows like any other, a fork holds its desk identity,
/// records belong to the desk identity that brought them first. The Consolidator calls
/// it from one thread; groups of files are committed together (beginGroup/commitGroup),
/// each file all or nothing inside its group (apply()).
class ConsolidationStore
{
public:
    virtual ~ConsolidationStore() = default;

    /// What the messages name ("/home/…/cache.sqlite", "the network database, Cité X").
    virtual QString describe() const = 0;
    /// One consolidation per store at a time; the second is refused (ErrorCode::Busy)
    /// with a message that says so. Held until unlockRun() (the end of the run).
    virtual Status lockRun() = 0;
    virtual void unlockRun() = 0;

    /// Small settings of this consolidation (consolidator_id, sign_secret, the pinned
    /// share_admin_key...): empty when unset.
    virtual Result<QString> meta(const QString &key) = 0;
    virtual Status setMeta(const QString &key, const QString &value) = 0;

    /// The referential in force (the default one when none was stored).
    virtual Result<Referential> referential() = 0;
    virtual Status saveReferential(const Referential &referential) = 0;

    /// The approval each desk identity's unapproved files were last judged under.
    virtual Result<QHash<QString, QString>> judgedApprovals() = 0;
    /// Forgets the `unapproved` statuses of `instance` (its files are judged again) and
    /// remembers `approvedUtc` as the approval they are judged under.
    virtual Status rejudge(const QString &instance, const QString &approvedUtc) = 0;
    /// Forgets the `held` statuses (files of a batch format newer than the consolidator
    /// that saw them): a newer consolidator reads them again.
    virtual Status releaseHeld() = 0;

    /// The name of every file with a status (each file is read once): `seen(name)`.
    virtual Status knownNames(const std::function<void(const QString &)> &seen) = 0;
    /// The files of `instance` imported or forked under one of `batchNos`, against which a
    /// new file of that batch is a duplicate or a fork: `seen(batchNo, hash, name)`. Asked
    /// for the new files' batches only: a night reads a few rows, not every year's.
    virtual Status
    knownBatches(const QString &instance, const QList<qint64> &batchNos,
                 const std::function<void(qint64, const QString &, const QString &)> &seen) = 0;
    /// The tables a batch may write (the synchronised-table convention: id, revision,
    /// deleted; at most 64 columns) with their columns, in a fixed order.
    virtual Result<std::map<QString, QStringList>> synchronisedTables() = 0;

    /// A group of files, committed together. `bulk`: many files come (a first
    /// consolidation): the store may defer derived data (summaries) to finish().
    virtual Status beginGroup(bool bulk) = 0;
    virtual Status commitGroup() = 0;
    virtual void rollbackGroup() = 0;
    /// Whether derived data waits for finish() (set by a bulk run, or left by a crash).
    virtual bool summariesDeferred() = 0;

    /// The owners of `ids` that are not `instance`: (id, owner) pairs.
    virtual Result<QList<std::pair<QString, QString>>> foreignOwners(const QStringList &ids,
                                                                     const QString &instance) = 0;
    /// Applies a verified file's rows, all or nothing, "newer revision wins", and makes
    /// `instance` the owner of the records it brings first. An error with code
    /// ErrorCode::Rejected: a row was refused, nothing of the file was kept.
    virtual Status apply(const QString &instance, const QList<ConsolidationRow> &rows) = 0;
    /// Holds a desk identity (a fork) with the reason.
    virtual Status hold(const QString &instance, const QString &site, const QString &desk,
                        const QString &reason) = 0;
    /// The group's file statuses and its desks' latest headers, written just before
    /// commitGroup().
    virtual Status writeBookkeeping(const QList<ConsolidationFileRecord> &files,
                                    const QList<ConsolidationDesk> &desks) = 0;
    /// Derived data deferred by a bulk group is rebuilt (its own transaction).
    virtual Status finish() = 0;

    /// The desk identities with files whose receipt is still to write.
    virtual Result<QStringList> receiptsDue() = 0;
    /// Every file of a desk identity, for its receipt.
    virtual Result<QList<ReceiptEntry>> receiptEntries(const QString &instance) = 0;
    virtual Status markReceipt(const QString &instance, const QString &nowUtc) = 0;

    virtual Result<QList<DeskHealth>> health(const QDateTime &nowUtc) = 0;
    /// Quarantined, held, fork and unapproved files.
    virtual Result<QList<ShareFileStatus>> problems() = 0;
};

/// Health from the raw facts both stores read: `seen` is each desk's (batch number,
/// newest creation time) of its files imported, duplicate, held or fork, in batch order.
/// Missing batches are numbers below the highest seen that never arrived, once the
/// newer batch is old enough that directory caching (SMB/NFS: seconds) cannot explain it.
QList<qint64> missingBatches(const QList<std::pair<qint64, QString>> &seen,
                             const QDateTime &nowUtc);

} // namespace passages
