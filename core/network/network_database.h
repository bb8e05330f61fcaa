// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace passages {

/// The network database: one PostgreSQL (15) for every Cité of the network, reached
/// through Qt's QPSQL driver (libpq). SQLite stays the embedded default; this is what a
/// Cité or the network moves to when one PC's cache is not enough (README, "Network").
///
/// CONNINFO is a libpq connection string ("host=/run/postgresql dbname=passages") or URI
/// ("postgresql://user@host:5432/passages"). A password is refused in it: arguments show
/// in `ps`; libpq reads PGPASSWORD or ~/.pgpass (or a service file) instead.
///
/// The schema is migrated by numbered, idempotent steps (network_migrations.cpp), each in
/// its own transaction with the version row; two processes migrating at once serialise
/// on an advisory lock. A database whose schema is newer than this program knows is
/// refused (ErrorCode::TooNew), never written.
///
/// Transactions run at READ COMMITTED, PostgreSQL's default, on purpose: a consolidation
/// writes only its own Cité's rows (every key starts with the Cité) and one consolidation
/// per Cité runs at a time (an advisory lock), so no two writers compete for the same
/// records; the only shared rows are summary counters, changed by atomic
/// `INSERT … ON CONFLICT DO UPDATE SET n = n + …`, exact under READ COMMITTED's row locks.
/// SERIALIZABLE would add retries for no gain. Reports read in one REPEATABLE READ, READ
/// ONLY transaction, so their several queries see one snapshot (MVCC: never blocked by a
/// consolidation, never blocking one).
/// A value quoted for a libpq keyword/value connection string (`host='a b'`): the one
/// quoting used wherever Passages writes a CONNINFO, so a field can never add a keyword.
QString libpqQuoted(const QString &value);

class NetworkDatabase
{
    Q_DECLARE_TR_FUNCTIONS(NetworkDatabase)

public:
    enum class Schema
    {
        Migrate, ///< create or upgrade the schema (network init, a consolidation)
        Require  ///< the schema must be there and current (reports, status)
    };

    ~NetworkDatabase();
    NetworkDatabase(const NetworkDatabase &) = delete;
    NetworkDatabase &operator=(const NetworkDatabase &) = delete;

    /// Connects and checks (or migrates) the schema. Errors: ErrorCode::Database (no
    /// server, wrong password, missing database: libpq's reason), TooNew, InvalidArgument
    /// (a password in CONNINFO, a string libpq cannot parse).
    /// `password`: one typed for this session (the settings dialog), handed to libpq and
    /// never stored; empty, libpq reads PGPASSWORD, ~/.pgpass or the service file.
    static Result<std::unique_ptr<NetworkDatabase>> open(const QString &conninfo, Schema schema,
                                                         const QString &password = {});
    /// The latest schema version this program knows.
    static int latestSchemaVersion();
    /// CONNINFO as libpq keywords (a URI converted), or why it is refused.
    static Result<QString> keywordsOf(const QString &conninfo);

    QSqlDatabase connection() const;
    QSqlQuery prepare(const QString &sql) const;
    /// "dbname=… host=…" as given, for messages (never holds a password).
    const QString &describe() const { return m_conninfo; }
    int schemaVersion() const;
    /// Runs `sql` (no result rows wanted).
    Status run(const QString &sql, const QString &doing) const;

private:
    NetworkDatabase(QString conninfo, QString connectionName);
    Status migrate();

    QString m_conninfo;
    QString m_connectionName;
};

/// A transaction on the network database: rolled back unless commit() succeeded.
class NetworkTransaction
{
public:
    enum class Mode
    {
        ReadWrite,       ///< READ COMMITTED (see NetworkDatabase)
        ReadOnlySnapshot ///< REPEATABLE READ, READ ONLY: a report's one snapshot
    };
    explicit NetworkTransaction(const NetworkDatabase &db, Mode mode = Mode::ReadWrite);
    ~NetworkTransaction();
    NetworkTransaction(const NetworkTransaction &) = delete;
    NetworkTransaction &operator=(const NetworkTransaction &) = delete;
    Status begun() const { return m_begin; }
    Status commit();

private:
    const NetworkDatabase &m_db;
    Status m_begin;
    bool m_done = false;
};

} // namespace passages
