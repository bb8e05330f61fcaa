// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_database.h"

#include "core/network/network_migrations.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace passages {

namespace {

/// The message of a failed connection: libpq's own words, without Qt's prefix.
QString connectionError(const QSqlError &error)
{
    QString text = error.driverText();
    const QString db = error.databaseText();
    if (!db.trimmed().isEmpty())
        text = db;
    // libpq's hints come on lines of their own, indented: one line for the terminal.
    return text.simplified();
}

/// Locks the migrations of this database against a second process migrating at once.
constexpr qint64 kMigrationLock = 0x50617373616765; // "Passage"

} // namespace

QString libpqQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

NetworkDatabase::NetworkDatabase(QString conninfo, QString connectionName)
    : m_conninfo(std::move(conninfo)), m_connectionName(std::move(connectionName))
{}

NetworkDatabase::~NetworkDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int NetworkDatabase::latestSchemaVersion()
{
    return network::migrations().constLast().version;
}

Result<QString> NetworkDatabase::keywordsOf(const QString &conninfo)
{
    const QString trimmed = conninfo.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The connection string is empty."));
    const QString passwordRefused =
        tr("A password may not be given in the connection string (it would show in the list "
           "of processes): libpq reads it from PGPASSWORD or ~/.pgpass.");
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        // Qt's driver joins its own keywords before the options, and libpq takes a URI
        // only as the whole string: the URI becomes keywords here.
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The connection URI is not valid: %1").arg(url.errorString()));
        if (!url.password().isEmpty())
            return makeError(ErrorCode::InvalidArgument, passwordRefused);
        QStringList keywords;
        if (!url.host().isEmpty())
            keywords << QStringLiteral("host=") + libpqQuoted(url.host());
        if (url.port() > 0)
            keywords << QStringLiteral("port=%1").arg(url.port());
        if (!url.userName().isEmpty())
            keywords << QStringLiteral("user=") + libpqQuoted(url.userName());
        const QString db = url.path().mid(1);
        if (!db.isEmpty())
            keywords << QStringLiteral("dbname=") + libpqQuoted(db);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("password"))
                return makeError(ErrorCode::InvalidArgument, passwordRefused);
            keywords << key + QLatin1Char('=') + libpqQuoted(value);
        }
        return keywords.join(QLatin1Char(' '));
    }
    // Keyword form: refuse a password keyword and the ';' Qt's driver turns into spaces.
    static const QRegularExpression password(QStringLiteral("(^|\\s)password\\s*="));
    if (password.match(trimmed).hasMatch())
        return makeError(ErrorCode::InvalidArgument, passwordRefused);
    if (trimmed.contains(QLatin1Char(';')))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The connection string may not contain ';'."));
    return trimmed;
}

Result<std::unique_ptr<NetworkDatabase>>
NetworkDatabase::open(const QString &conninfo, Schema schema, const QString &password)
{
    const Result<QString> keywords = keywordsOf(conninfo);
    if (!keywords)
        return keywords.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Database,
                         tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    const QString name =
        QStringLiteral("network-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<NetworkDatabase> db(new NetworkDatabase(conninfo.trimmed(), name));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // Notices and warnings (IF NOT EXISTS... skipping; a server shutting down) stay off
        // the terminal: errors carry what the user must know.
        connection.setConnectOptions(*keywords + QStringLiteral(" connect_timeout=10 "
                                                                "application_name=passages "
                                                                "options='-c "
                                                                "client_min_messages=error'"));
        if (!password.isEmpty())
            connection.setPassword(password);
        if (!connection.open())
            return makeError(ErrorCode::Database,
                             tr("Cannot open the network database (%1): %2")
                                 .arg(db->describe(), connectionError(connection.lastError())));
    }
    if (schema == Schema::Migrate) {
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::TooNew,
                         tr("The network database (%1) has schema %2, newer than this Passages "
                            "knows (%3): upgrade Passages on this computer.")
                             .arg(db->describe())
                             .arg(version)
                             .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return makeError(ErrorCode::NotInitialised,
                         tr("The network database (%1) is not prepared (schema %2 of %3): an "
                            "administrator runs passages-cli network init --pg CONNINFO.")
                             .arg(db->describe())
                             .arg(version)
                             .arg(latestSchemaVersion()));
    return db;
}

QSqlDatabase NetworkDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery NetworkDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.prepare(sql);
    return query;
}

Status NetworkDatabase::run(const QString &sql, const QString &doing) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        // A server restarted or a network cut: Qt's driver closes the connection and the
        // next statements fail with no words at all.
        if (!connection().isOpen() || sqlErrorText(query.lastError()).trimmed().isEmpty())
            return makeError(ErrorCode::Database,
                             tr("%1: the connection to the network database was lost (server "
                                "restarted or network cut); the unfinished part was not kept, "
                                "run it again.")
                                 .arg(doing));
        return sqlError(query, doing);
    }
    return {};
}

int NetworkDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    // No table yet: schema 0 (a fresh database).
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM passages_schema")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Status NetworkDatabase::migrate()
{
    const QString doing = tr("Preparing the network database");
    if (Status s = run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock), doing);
        !s)
        return s;
    const auto unlock = qScopeGuard([this] {
        (void)run(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock), {});
    });
    if (Status s = run(QStringLiteral("CREATE TABLE IF NOT EXISTS passages_schema ("
                                      "version integer PRIMARY KEY, applied_utc text NOT NULL)"),
                       doing);
        !s)
        return s;
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return {}; // refused by open(), with the versions
    for (const network::Migration &m : network::migrations()) {
        if (m.version <= current)
            continue;
        NetworkTransaction tx(*this);
        if (Status s = tx.begun(); !s)
            return s;
        QSqlQuery query(connection());
        if (!query.exec(m.sql))
            return sqlError(query,
                            tr("Migrating the network database to schema %1").arg(m.version));
        QSqlQuery version = prepare(
            QStringLiteral("INSERT INTO passages_schema (version, applied_utc) VALUES (:v, :at)"));
        version.bindValue(QStringLiteral(":v"), m.version);
        version.bindValue(QStringLiteral(":at"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (Status s = exec(version, doing); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

NetworkTransaction::NetworkTransaction(const NetworkDatabase &db, Mode mode) : m_db(db)
{
    m_begin = m_db.run(mode == Mode::ReadWrite
                           ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                           : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                       NetworkDatabase::tr("Starting a transaction"));
}

NetworkTransaction::~NetworkTransaction()
{
    if (m_begin && !m_done)
        (void)m_db.run(QStringLiteral("ROLLBACK"), {});
}

Status NetworkTransaction::commit()
{
    if (!m_begin)
        return m_begin;
    if (Status s = m_db.run(QStringLiteral("COMMIT"), NetworkDatabase::tr("Saving to the network "
                                                                          "database"));
        !s)
        return s;
    m_done = true;
    return {};
}

} // namespace passages
