// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"
#include "core/sync/batch.h"
#include "core/sync/consolidation_store.h"
#include "core/sync/share.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

namespace passages {

class Database;
class Share;
class ShareFs;
struct BatchHeader;

struct ConsolidationSummary
{
    int filesSeen = 0;
    int imported = 0;
    int duplicates = 0;
    int quarantined = 0;
    int held = 0;
    int forks = 0;
    int unapproved = 0; ///< signed by no approved key (examined again once approved)
    qint64 rowsApplied = 0;
    /// This consolidating PC's key awaits an administrator's approval: its receipts are
    /// written but desks ignore them until then.
    bool awaitingApproval = false;
    QStringList trustProblems; ///< approvals or referential versions that do not verify
    bool referentialUpdated = false;
    int receiptsWritten = 0;
    QString receiptsError; ///< why some receipts could not be written (not fatal)
};

/// The consolidating side: imports every new batch file of the share into a store
/// (consolidation_store.h): the local cache database with the same schema as a desk
/// database, so every report runs on it unchanged, or the network's PostgreSQL database.
/// This class is the half both stores share: listing the share, reading, hashing,
/// verifying signatures, approvals and values of files anyone may have written there
/// (docs/trust-model.md), and the statuses that follow; the store keeps the results. Each file gets
/// exactly one status; an import is all or nothing with "newer revision wins" upserts, so files may
/// arrive twice, late or out of order and the totals come out the same. Deleting the cache and
/// running again rebuilds it.
///
/// Speed: a first consolidation takes a year of every desk (600 000 rows) at once.
/// Files are read, hashed, decoded and bound on a worker thread, one step ahead of the
/// database work; they are committed in groups (one transaction per ~2 000 files or 2 s;
/// every 10 s in a bulk import), a file of one table and set of columns being one
/// multi-row statement (atomic by itself), any other file a savepoint; the files'
/// statuses and the desks' latest headers are written with their group, and duplicates
/// and forks are told from a map of the imported batches read once a run. From 500 new files
/// on (a bulk import), the dashboard's summary tables are rebuilt once at the end, from one
/// scan, instead of row by row (`report/summaries.h`).
/// Handing a file's lines to SQLite's JSON functions was tried and is slower with SQLite
/// 3.40: it re-parses a row's text once per extracted column.
///
/// Receipts: at the end of a run, each desk whose files got a status since its last
/// receipt gets `receipts/<instance>.<consolidator>.json` rewritten, listing every file
/// of that desk with its status, so the desk can show what was accepted and send a
/// damaged file again. They are written on a thread while the summaries are rebuilt; a
/// receipt the share refuses is written at the next run.
class Consolidator
{
    Q_DECLARE_TR_FUNCTIONS(Consolidator)

public:
    /// Into the local cache (a SqliteConsolidationStore on `cache`).
    Consolidator(Database &cache, ShareFs &fs, QString shareRoot);
    /// Into any store, which must outlive the consolidator.
    Consolidator(ConsolidationStore &store, ShareFs &fs, QString shareRoot);
    ~Consolidator();
    Consolidator(const Consolidator &) = delete;
    Consolidator &operator=(const Consolidator &) = delete;

    /// `progress(done, total)` is called after each new file.
    Result<ConsolidationSummary> run(const std::function<void(int, int)> &progress = {});

    /// From how many new files on the summary tables are rebuilt once at the end rather
    /// than kept row by row (both give the same tables; tests set 1 to compare them).
    void setBulkThreshold(int files) { m_bulkFiles = files; }

    Result<QList<DeskHealth>> health(const QDateTime &nowUtc) const;
    /// Quarantined, held, fork and unapproved files.
    Result<QList<ShareFileStatus>> problems() const;

private:
    struct Candidate
    {
        QString relative; ///< desks/<instance>/<yyyy>/<name>
        QString folderInstance;
        qint64 batchNo = 0; ///< from the name (0 if it is not a batch name), for ordering
    };
    using BoundRow = ConsolidationRow;
    /// Everything about one file that needs no database: read, hashed, checked,
    /// decoded and bound. Done on a worker thread while the previous file is written.
    struct Prepared
    {
        Candidate candidate;
        Status readError; ///< the share failed: stop, retry the whole run later
        QString hash;
        qint64 size = 0;
        QString instance;
        qint64 batchNo = 0;
        QString status = QStringLiteral("quarantined");
        QString reason;
        std::optional<BatchHeader> header; ///< set when the file is a valid batch
        QList<BoundRow> rows;
    };
    Prepared prepare(const Candidate &candidate, const QByteArray &key) const;
    Status importFile(Prepared &file, ConsolidationSummary &summary);
    /// Why a change may not be imported (empty when it may): the values a desk would have
    /// refused. Checked here too since anyone can write files on the share.
    QString checkValues(const BatchChange &change) const;
    /// Whether the signing key of a valid batch is approved for its desk; the reason
    /// when not.
    QString checkApproval(const Batch &batch) const;
    /// Refuses a file that revises a record first brought by another desk identity.
    Status checkOrigins(const Prepared &file);
    /// This PC's key pair and approval request; loads the approvals into m_approved.
    Status loadTrust(Share &share, const ShareInfo &info, ConsolidationSummary &summary);
    /// Applies a verified batch, all or nothing. An error with field "reject" means a row
    /// was refused: nothing of the file was kept, and it is to be quarantined.
    Status apply(const Prepared &file);
    /// Every table following the synchronised-table convention, with its columns.
    Status loadSynchronisedTables();
    /// A file's status, written with its group (writeGroupBookkeeping()).
    void record(const Candidate &candidate, const QString &instance, qint64 batchNo,
                const QString &hash, qint64 size, const QString &status, const QString &reason,
                int rows, int implausible, const QString &createdUtc);
    /// Writes the group's file statuses and desks' latest headers, just before it commits:
    /// three statements per file were a tenth of a first consolidation.
    Status writeGroupBookkeeping();
    /// Writes the receipts due, running `meanwhile` (database work) while the share is
    /// being written.
    Status writeReceipts(Share &share, ConsolidationSummary &summary,
                         const std::function<Status()> &meanwhile);

    std::unique_ptr<ConsolidationStore> m_ownStore; ///< the cache's, with the first constructor
    ConsolidationStore *m_store;
    ShareFs &m_fs;
    QString m_root;
    std::map<QString, QStringList> m_columns; ///< synchronised table -> its columns
                                              ///< (read-only while a run's worker reads)
    /// (desk, batch number) -> (content hash, file) of each file imported or forked.
    QHash<std::pair<QString, qint64>, QList<std::pair<QString, QString>>> m_batches;
    QList<ConsolidationFileRecord> m_pendingFiles; ///< the group's file statuses
    QList<ConsolidationDesk> m_pendingDesks;       ///< the group's desks' latest headers
    QHash<QString, qsizetype> m_pendingDeskIndex;  ///< instance -> its m_pendingDesks entry
    int m_bulkFiles = 500;                         ///< a night brings one file per desk
    Referential m_referential;                     ///< the version in force, for the value checks
    QHash<QString, Approval> m_approved;           ///< desk identity -> its verified approval
    QByteArray m_signingKey;                       ///< this PC's secret key, for the receipts
};

} // namespace passages
