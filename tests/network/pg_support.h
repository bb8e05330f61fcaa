// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL server the CTest fixture started (tests/network/pg_server.sh): its
// socket folder is compiled in (PASSAGES_PG_TEST_HOST, from the build folder's path). No
// server there: the test fails.
#pragma once

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace passages::test {

inline QString pgHost()
{
    const QString host = QStringLiteral(PASSAGES_PG_TEST_HOST);
    INFO("no PostgreSQL socket in " << host.toStdString()
                                    << ": run the network tests through ctest, whose fixture "
                                       "starts the server");
    REQUIRE(QFileInfo::exists(host + QStringLiteral("/.s.PGSQL.%1").arg(PASSAGES_PG_TEST_PORT)));
    return host;
}

/// The loopback port where every login needs its password (pg_server.sh).
inline int pgPort()
{
    return PASSAGES_PG_TEST_PORT;
}

/// Stops the server at once and starts it again (pg_server.sh restart): every
/// connection is cut, as by a crash or an admin's restart.
inline void restartPgServer()
{
    QProcess process;
    const QString dir = QFileInfo(pgHost()).path();
    process.start(QStringLiteral(PASSAGES_PG_SERVER_SCRIPT), {QStringLiteral("restart"), dir});
    REQUIRE(process.waitForFinished(90000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

/// A direct superuser connection to the test server, for the tests' own checks.
class PgAdmin
{
public:
    explicit PgAdmin(const QString &database = QStringLiteral("postgres"))
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(pgHost());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~PgAdmin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    PgAdmin(const PgAdmin &) = delete;
    PgAdmin &operator=(const PgAdmin &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// Runs `sql`, which must succeed.
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }
    /// The first column of the first row of `sql`.
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        const bool ok = q.exec(sql) && q.next();
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        return q.value(0);
    }

private:
    QString m_name;
};

/// A fresh, empty database of its own on the test server, dropped afterwards; its
/// CONNINFO is what passages-cli --pg takes.
class PgDatabase
{
public:
    PgDatabase()
        : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16))
    {
        PgAdmin().exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~PgDatabase()
    {
        PgAdmin admin;
        QSqlQuery q(admin.db());
        (void)q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString conninfo() const
    {
        return QStringLiteral("host=%1 user=postgres dbname=%2").arg(pgHost(), m_name);
    }

private:
    QString m_name;
};

} // namespace passages::test
