// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/sync/consolidation_store.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <tuple>

namespace passages {

/// The consolidated cache: a local SQLite database with the same schema as a desk
/// database, so every report runs on it unchanged. Deleting it and consolidating again
/// rebuilds it.
///
/// Speed: files are committed in groups (the Consolidator's), a file of one table and set
/// of columns being one multi-row statement (atomic by itself), any other file a
/// savepoint; the files' statuses and the desks' latest headers are written with their
/// group. A bulk group defers the dashboard's summary tables, rebuilt once at the end
/// from one scan (`report/summaries.h`).
class SqliteConsolidationStore final : public ConsolidationStore
{
    Q_DECLARE_TR_FUNCTIONS(Consolidator)

public:
    explicit SqliteConsolidationStore(Database &cache);
    ~SqliteConsolidationStore() override;

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
    bool summariesDeferred() override;
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
    QSqlQuery &upsertFor(const QString &entity, quint64 present, int rows);
    QSqlQuery &statement(const QString &key, const std::function<QString()> &sql);

    Database &m_cache;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<Transaction> m_group;
    std::map<QString, QStringList> m_columns;
    /// (table, columns present as a bit mask, rows) -> prepared "newer revision wins" upsert
    using UpsertKey = std::tuple<QString, quint64, int>;
    std::map<UpsertKey, QSqlQuery> m_upserts;
    std::map<QString, QSqlQuery> m_statements; ///< prepared once per run
};

} // namespace passages
