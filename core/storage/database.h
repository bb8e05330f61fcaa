// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <type_traits>
#include <utility>

namespace passages {

/// One open desk database: a named Qt Sql connection on a SQLite file with the durable
/// pragmas (WAL, synchronous=FULL, foreign keys) and the schema migrated to the latest
/// version. Owns its connection: destroying it closes and removes the connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Check
    {
        Quick,
        Skip
    };
    /// Full: every commit is on disk when it returns (a desk's tallies). Cache: a
    /// rebuildable copy (the consolidated cache), where WAL with synchronous=NORMAL keeps
    /// the file consistent and may only lose the last commits on power loss.
    enum class Durability
    {
        Full,
        Cache
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates. Refuses a database written by a newer
    /// Passages (ErrorCode::TooNew) and, with Check::Quick, one that fails
    /// `PRAGMA quick_check` (ErrorCode::Corrupt).
    static Result<std::unique_ptr<Database>> open(const QString &path, Check check = Check::Quick,
                                                  Durability durability = Durability::Full);

    /// The schema version the code writes.
    static int latestSchemaVersion();
    /// The migration files in order ("001_initial.sql", ...).
    static QStringList migrationNames();

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    /// Runs `PRAGMA quick_check`; ErrorCode::Corrupt with SQLite's first complaint.
    Status quickCheck() const;

    /// A prepared statement on this connection.
    QSqlQuery prepare(const QString &sql) const;

    /// The value of a `meta` key: empty (never null) when the key is absent, an Error
    /// (ErrorCode::Database) when the table cannot be read.
    Result<QString> readMeta(const QString &key) const;
    /// readMeta() for settings whose absence and failure mean the same to the caller:
    /// empty in both cases, a failure logged with its reason (qWarning).
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    /// Bumped by every setMeta() through this object, so callers can cache meta values.
    quint64 metaGeneration() const { return m_metaGeneration; }

private:
    explicit Database(QString path, QString connectionName);
    Status configure(Durability durability);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    quint64 m_metaGeneration = 0;
};

/// Rolls back unless commit() succeeded: early returns and errors never leave a half
/// transaction behind.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded.
    Status begun() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_done = false;
};

/// A unit nested in a running transaction (a savepoint; outside any transaction it opens
/// one of its own): rolled back to where it began unless release() succeeded, so one
/// failed unit leaves the rest of a long transaction intact.
class Savepoint
{
public:
    explicit Savepoint(const Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    Status begun() const { return m_begin; }
    /// Undoes everything since the savepoint began; it stays open for what follows.
    Status rollback();
    Status release();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_done = false;
};

/// Error from a failed query: "what we were doing: what SQLite said".
/// SQLite's own message of a failure (not Qt's translated "Unable to fetch row" glued to it).
QString sqlErrorText(const QSqlError &error);
Error sqlError(const QSqlQuery &query, const QString &doing);
/// Executes a prepared query; Database error on failure.
Status exec(QSqlQuery &query, const QString &doing);

/// ":v0", ":v1", ... (n < kMaxPlaceholders): statements with many values bind them by
/// these names, made once. Qt's positional bindValue() formats a name for every value it
/// binds; a name bound as such is one hash lookup.
constexpr int kMaxPlaceholders = 16384;
const QString &placeholder(int n);

/// Inserts `values` (row after row, `columns.size()` values each) into `table`, many rows
/// per statement: the bulk writer of derived tables.
Status insertMany(const Database &db, const QString &table, const QStringList &columns,
                  const QVariantList &values, const QString &doing);

/// Runs a prepared query and maps every row with `read` (a function of the row).
template <typename Read>
auto selectAll(QSqlQuery &query, Read read, const QString &doing)
    -> Result<QList<std::invoke_result_t<Read, const QSqlQuery &>>>
{
    if (!query.exec())
        return sqlError(query, doing);
    QList<std::invoke_result_t<Read, const QSqlQuery &>> rows;
    while (query.next())
        rows.append(read(std::as_const(query)));
    return rows;
}

/// The first column of every row of a prepared query, as text (names, ids).
inline Result<QStringList> selectTexts(QSqlQuery &query, const QString &doing)
{
    return selectAll(
        query, [](const QSqlQuery &row) { return row.value(0).toString(); }, doing);
}

/// The first row of a prepared query, mapped with `read`; ErrorCode::NotFound with the
/// message `notFound` when there is none.
template <typename Read>
auto selectOne(QSqlQuery &query, Read read, const QString &doing, const QString &notFound)
    -> Result<std::invoke_result_t<Read, const QSqlQuery &>>
{
    if (!query.exec())
        return sqlError(query, doing);
    if (!query.next())
        return makeError(ErrorCode::NotFound, notFound);
    return read(std::as_const(query));
}

} // namespace passages
