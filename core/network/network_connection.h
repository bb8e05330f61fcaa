// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace passages {

/// The *Base réseau* setting: how a coordinator's PC reaches the network database
/// (network_database.h). Either a libpq service name (the connection is described in the
/// service file, kept by the admin) or host, port, database and user.
///
/// The password is never part of it, never stored by Passages: libpq reads it from the
/// password file (~/.pgpass, or PGPASSFILE) or the service file; a password typed in the
/// dialog is only kept in memory for the session (NetworkDatabase::open's `password`).
struct NetworkConnection
{
    QString service;
    QString host; ///< a name, an address, or a Unix socket folder ("/run/postgresql")
    int port = 0; ///< 0: libpq's default (5432)
    QString database;
    QString user;

    bool isEmpty() const;
    /// libpq keywords ("service='cdm'" or "host='…' port=5432 dbname='…' user='…'"), values
    /// quoted; never a password.
    QString conninfo() const;
    bool operator==(const NetworkConnection &) const = default;
};

/// Where libpq looks for the password and for service definitions on this computer, as
/// the settings dialog says it.
QString pgPasswordFilePath();
QString pgServiceFilePath();

/// What a connection test found, as the settings dialog says it.
struct NetworkConnectionTest
{
    enum class Outcome
    {
        Ready,           ///< connected, schema current
        Unreachable,     ///< no server answers (host, port, firewall, server stopped)
        NoPassword,      ///< the server wants a password and none was found
        WrongPassword,   ///< the server refused the password (or the user)
        MissingDatabase, ///< the server answers, the database does not exist
        NotPrepared,     ///< the database is there, not (fully) prepared: network init
        TooNew,          ///< its schema is newer than this Passages
        Invalid,         ///< the settings themselves are refused (empty, a ';'...)
        Other            ///< another refusal: the server's own words
    };
    Outcome outcome = Outcome::Other;
    QString message; ///< one sentence, translated (French first)
    QString detail;  ///< the server's or libpq's own words, for the curious
    int schema = 0;  ///< Ready: the schema version
    int cites = 0;   ///< Ready: Cités in the database

    bool ok() const { return outcome == Outcome::Ready; }
};

class NetworkConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(NetworkConnectionTester)

public:
    /// Connects (never migrates, never writes) and says what it found. Blocks up to
    /// libpq's connect_timeout: the GUI runs it on a worker thread.
    static NetworkConnectionTest test(const NetworkConnection &connection,
                                      const QString &sessionPassword = {});
    /// The outcome of a failed NetworkDatabase::open(), from its error (code and libpq's
    /// words, English or French). Pure: tested without a server.
    static NetworkConnectionTest classify(const Error &error, const NetworkConnection &connection);
};

} // namespace passages
