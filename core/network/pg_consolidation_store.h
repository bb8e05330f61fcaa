// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/network/network_database.h"
#include "core/sync/consolidation_store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <map>
#include <optional>

namespace passages {

/// One Cité's share consolidated into the network database (network_database.h): the
/// same semantics as the SQLite cache (consolidation_store.h), every row keyed by the
/// Cité's code, so a store reads and writes its own Cité's rows only.
///
/// Walk-ins go to the typed `passage` table (its summary kept by a trigger); every other
/// synchronised record is kept whole in `record` (JSON), newer revision wins alike, so no
/// share file is refused for what it carries. Each file is a savepoint: a row PostgreSQL
/// refuses undoes that file only, not its group.
///
/// One consolidation per Cité at a time: a session advisory lock on the Cité, waited for
/// (a nightly run overlapping a coordinator's finds everything already imported), never
/// a lock on rows another Cité needs.
class PgConsolidationStore final : public ConsolidationStore
{
    Q_DECLARE_TR_FUNCTIONS(PgConsolidationStore)

public:
    PgConsolidationStore(NetworkDatabase &db, QString cite);

    /// Binds the Cité to its share at its first consolidation; afterwards refuses another
    /// share under this code, or this share under another code (ErrorCode::InvalidArgument).
    Status bind(const QString &shareId);
    /// Deletes everything of this Cité but its consolidation identity and keys (a rebuild).
    Status clear();
    /// How long lockRun() waits for another consolidation of the same Cité (seconds).
    void setLockWait(int seconds) { m_lockWait = seconds; }

    QString describe() const override;
    Status lockRun() override;
    void unlockRun() override;
    Result<QString> meta(const QString &key) override;
    Status setMeta(const QString &key, const QString &value) override;
    Result<Referential> referential() override;
    Status saveReferential(const Referential &referential) override;
    Result<QHash<QString, QString>> judgedApprovals() override;
    Status rejudge(const QString &instance, const QString &approvedUtc) override;
    Status releaseHeld() override;
    Status knownNames(const std::function<void(const QString &)> &seen) override;
    Status knownBatches(
        const QString &instance, const QList<qint64> &batchNos,
        const std::function<void(qint64, const QString &, const QString &)> &seen) override;
    Result<std::map<QString, QStringList>> synchronisedTables() override;
    Status beginGroup(bool bulk) override;
    Status commitGroup() override;
    void rollbackGroup() override;
    bool summariesDeferred() override { return false; }
    Result<QList<std::pair<QString, QString>>> foreignOwners(const QStringList &ids,
                                                             const QString &instance) override;
    Status apply(const QString &instance, const QList<ConsolidationRow> &rows) override;
    Status hold(const QString &instance, const QString &site, const QString &desk,
                const QString &reason) override;
    Status writeBookkeeping(const QList<ConsolidationFileRecord> &files,
                            const QList<ConsolidationDesk> &desks) override;
    Status finish() override;
    Result<QStringList> receiptsDue() override;
    Result<QList<ReceiptEntry>> receiptEntries(const QString &instance) override;
    Status markReceipt(const QString &instance, const QString &nowUtc) override;
    Result<QList<DeskHealth>> health(const QDateTime &nowUtc) override;
    Result<QList<ShareFileStatus>> problems() override;

private:
    QSqlQuery query(const QString &sql) const;
    /// The statement `sql`, prepared once for this store's run and reused (its Cité bound).
    QSqlQuery &reused(const QString &sql);
    /// A row's present columns (`used`) as a JSON object, nulls as JSON null.
    static QJsonObject rowImage(const QStringList &used, const ConsolidationRow &row);
    Status applyPassages(const QList<const ConsolidationRow *> &rows);
    Status applyRecord(const ConsolidationRow &row);

    NetworkDatabase &m_db;
    QString m_cite;
    std::optional<NetworkTransaction> m_group;
    std::map<QString, QStringList> m_columns;
    QStringList m_passageTypes; ///< PostgreSQL types of m_columns["passage"]
    std::map<QString, QSqlQuery> m_statements;
    bool m_locked = false;
    int m_lockWait = 600;
};

} // namespace passages
