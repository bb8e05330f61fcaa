// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace passages {

class Database;
class ShareFs;
struct Batch;

struct ConsolidationSummary
{
    int filesSeen = 0;
    int imported = 0;
    int duplicates = 0;
    int quarantined = 0;
    int held = 0;
    int forks = 0;
    qint64 rowsApplied = 0;
    bool referentialUpdated = false;
};

/// One file's recorded status, for the health view.
struct ShareFileStatus
{
    QString name;
    QString instance;
    qint64 batchNo = 0;
    QString status; ///< imported, duplicate, quarantined, held, fork
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

/// The consolidating side: imports every new batch file of the share into a local cache
/// database with the same schema as a desk database, so every report runs on it
/// unchanged. Each file gets exactly one status; an import is one transaction with
/// "newer revision wins" upserts, so files may arrive twice, late or out of order and
/// the totals come out the same. Deleting the cache and running again rebuilds it.
class Consolidator
{
    Q_DECLARE_TR_FUNCTIONS(Consolidator)

public:
    Consolidator(Database &cache, ShareFs &fs, QString shareRoot);

    /// `progress(done, total)` is called after each new file.
    Result<ConsolidationSummary> run(const std::function<void(int, int)> &progress = {});

    Result<QList<DeskHealth>> health(const QDateTime &nowUtc) const;
    Result<QList<ShareFileStatus>> problems() const; ///< quarantined, held and fork files

private:
    struct Candidate
    {
        QString relative; ///< desks/<instance>/<yyyy>/<name>
        QString folderInstance;
    };
    Status importFile(const Candidate &candidate, const QByteArray &key,
                      ConsolidationSummary &summary);
    /// Applies a verified batch in one transaction; an error with field "reject" means
    /// the file must be quarantined (everything rolled back).
    Result<int> apply(const Batch &batch, const QString &sha, qint64 size,
                      const Candidate &candidate);
    Status record(const Candidate &candidate, const QString &instance, qint64 batchNo,
                  const QString &sha, qint64 size, const QString &status, const QString &reason,
                  int rows, int implausible, const QString &createdUtc);
    Result<QStringList> columnsOf(const QString &table);

    Database &m_cache;
    ShareFs &m_fs;
    QString m_root;
    std::map<QString, QStringList> m_columns; ///< synchronised table -> its columns
    std::map<QString, QSqlQuery> m_upserts;   ///< "table|col,col,..." -> prepared upsert
};

} // namespace passages
