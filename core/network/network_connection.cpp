// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_connection.h"

#include "core/network/network_database.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>

namespace passages {

namespace {

/// libpq's per-user configuration folder (its defaults when no variable is set).
QString libpqHome(const char *windowsName, const char *unixName)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(qEnvironmentVariable("APPDATA") +
                                    QStringLiteral("/postgresql/") + QLatin1String(windowsName));
#else
    Q_UNUSED(windowsName);
    return QDir::homePath() + QLatin1Char('/') + QLatin1String(unixName);
#endif
}

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

} // namespace

bool NetworkConnection::isEmpty() const
{
    return service.trimmed().isEmpty() && host.trimmed().isEmpty() &&
           database.trimmed().isEmpty() && user.trimmed().isEmpty() && port == 0;
}

QString NetworkConnection::conninfo() const
{
    QStringList keywords;
    if (!service.trimmed().isEmpty())
        keywords << QStringLiteral("service=") + libpqQuoted(service.trimmed());
    if (!host.trimmed().isEmpty())
        keywords << QStringLiteral("host=") + libpqQuoted(host.trimmed());
    if (port > 0)
        keywords << QStringLiteral("port=%1").arg(port);
    if (!database.trimmed().isEmpty())
        keywords << QStringLiteral("dbname=") + libpqQuoted(database.trimmed());
    if (!user.trimmed().isEmpty())
        keywords << QStringLiteral("user=") + libpqQuoted(user.trimmed());
    return keywords.join(QLatin1Char(' '));
}

QString pgPasswordFilePath()
{
    const QString set = qEnvironmentVariable("PGPASSFILE");
    return set.isEmpty() ? libpqHome("pgpass.conf", ".pgpass") : set;
}

QString pgServiceFilePath()
{
    const QString set = qEnvironmentVariable("PGSERVICEFILE");
    return set.isEmpty() ? libpqHome(".pg_service.conf", ".pg_service.conf") : set;
}

NetworkConnectionTest NetworkConnectionTester::classify(const Error &error,
                                                        const NetworkConnection &connection)
{
    using Outcome = NetworkConnectionTest::Outcome;
    NetworkConnectionTest test;
    test.detail = error.message;
    const QString user = connection.user.isEmpty() ? tr("(your login name)") : connection.user;
    const QString database = connection.database.isEmpty() ? user : connection.database;
    const QString &text = error.message;
    if (error.code == ErrorCode::TooNew) {
        test.outcome = Outcome::TooNew;
        test.message = tr("The network database was prepared by a newer Passages: upgrade "
                          "Passages on this computer before opening it.");
    } else if (error.code == ErrorCode::NotInitialised) {
        test.outcome = Outcome::NotPrepared;
        test.message = tr("The server answers and the database exists, but it is not prepared "
                          "for Passages: an administrator runs \"passages-cli network init --pg "
                          "CONNINFO\" once.");
    } else if (error.code == ErrorCode::InvalidArgument) {
        test.outcome = Outcome::Invalid;
        test.message = tr("These settings are refused: %1").arg(text);
    } else if (matches(text, "password authentication failed|authentification par mot de "
                             "passe|role \"[^\"]*\" does not exist|le rôle « [^»]* » n'existe")) {
        test.outcome = Outcome::WrongPassword;
        test.message = tr("The server refused user %1 or its password: check the line of %2, or "
                          "the password typed for this session.")
                           .arg(user, pgPasswordFilePath());
    } else if (matches(text, "no password supplied|aucun mot de passe")) {
        test.outcome = Outcome::NoPassword;
        test.message = tr("The server asks for the password of user %1 and none was found: add "
                          "a line host:port:database:user:password to %2 (readable by you "
                          "only), or type it for this session.")
                           .arg(user, pgPasswordFilePath());
    } else if (matches(text, "database \"[^\"]*\" does not exist|la base de données « [^»]* » "
                             "n'existe pas")) {
        test.outcome = Outcome::MissingDatabase;
        test.message = tr("The server answers but has no database %1: an administrator creates "
                          "it (createdb) and prepares it (passages-cli network init).")
                           .arg(database);
    } else if (matches(text, "connection refused|no such file or directory|could not translate "
                             "host|timeout expired|is the server running|network is "
                             "unreachable|no route to host|could not connect|connexion "
                             "refusée|aucun fichier ou dossier|le serveur est-il actif|délai|"
                             "n'a pas pu traduire|réseau inaccessible")) {
        test.outcome = Outcome::Unreachable;
        test.message =
            tr("No PostgreSQL server answers at %1: check the host and the port, that "
               "the server runs and that this computer may reach it (firewall, "
               "network).")
                .arg(connection.service.isEmpty()
                         ? (connection.host.isEmpty() ? QStringLiteral("localhost")
                                                      : connection.host) +
                               (connection.port > 0 ? QStringLiteral(":%1").arg(connection.port)
                                                    : QString())
                         : tr("service %1").arg(connection.service));
    } else {
        test.outcome = Outcome::Other;
        test.message = tr("The network database cannot be opened: %1").arg(text);
    }
    return test;
}

NetworkConnectionTest NetworkConnectionTester::test(const NetworkConnection &connection,
                                                    const QString &sessionPassword)
{
    if (connection.isEmpty()) {
        NetworkConnectionTest test;
        test.outcome = NetworkConnectionTest::Outcome::Invalid;
        test.message = tr("Give a service name, or the server, the database and the user.");
        return test;
    }
    Result<std::unique_ptr<NetworkDatabase>> db = NetworkDatabase::open(
        connection.conninfo(), NetworkDatabase::Schema::Require, sessionPassword);
    if (!db)
        return classify(db.error(), connection);
    NetworkConnectionTest test;
    test.outcome = NetworkConnectionTest::Outcome::Ready;
    test.schema = (*db)->schemaVersion();
    QSqlQuery q = (*db)->prepare(QStringLiteral("SELECT COUNT(*) FROM cite"));
    if (q.exec() && q.next())
        test.cites = q.value(0).toInt();
    test.message =
        tr("Connected: the network database is ready (schema %1, %n Cité(s)).", nullptr, test.cites)
            .arg(test.schema);
    return test;
}

} // namespace passages
