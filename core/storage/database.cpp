// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/record.h"
#include "core/storage/sql_script.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>
#include <QThread>

namespace passages {

namespace {

/// Migrations are numbered resource files (`NNN_name.sql` under :/migrations); schema N
/// is reached by running 1..N in order. Adding a migration is adding a file to the
/// resource list in core/CMakeLists.txt.
const QStringList &migrationFiles()
{
    static const QStringList files = [] {
        QStringList names = QDir(QStringLiteral(":/migrations"))
                                .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        // Schema N is the N-th file by name; a test checks the numbering is 1..N.
        QStringList paths;
        for (const QString &name : names)
            paths << QStringLiteral(":/migrations/") + name;
        return paths;
    }();
    return files;
}

/// SQLITE_BUSY (5) or SQLITE_LOCKED (6), also as extended codes (the low byte).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("passages-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    // QSqlError::text() glues SQLite's message to Qt's own translated one ("UNIQUE
    // constraint failed: … Impossible de récupérer la ligne"): SQLite's alone says what.
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("%1: %2").arg(doing, sqlErrorText(query.lastError())));
}

Status exec(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return sqlError(query, doing);
    return {};
}

const QString &placeholder(int n)
{
    static const QStringList names = [] {
        QStringList all;
        all.reserve(kMaxPlaceholders);
        for (int i = 0; i < kMaxPlaceholders; ++i)
            all << QStringLiteral(":v%1").arg(i);
        return all;
    }();
    return names.at(n);
}

Status insertMany(const Database &db, const QString &table, const QStringList &columns,
                  const QVariantList &values, const QString &doing)
{
    const qsizetype width = columns.size();
    constexpr qsizetype kRowsPerStatement = 128;
    const auto statement = [&](qsizetype rows) {
        QStringList tuples;
        for (qsizetype r = 0, n = 0; r < rows; ++r) {
            QStringList names;
            for (qsizetype c = 0; c < width; ++c)
                names << placeholder(int(n++));
            tuples << QLatin1Char('(') + names.join(QLatin1String(", ")) + QLatin1Char(')');
        }
        return db.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QLatin1String(", ")), tuples.join(QLatin1String(", "))));
    };
    QSqlQuery full = statement(kRowsPerStatement);
    const qsizetype rows = width > 0 ? values.size() / width : 0;
    for (qsizetype first = 0; first < rows; first += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, rows - first);
        QSqlQuery last;
        QSqlQuery &query = count == kRowsPerStatement ? full : (last = statement(count));
        for (qsizetype i = 0; i < count * width; ++i)
            query.bindValue(placeholder(int(i)), values.at(first * width + i));
        if (Status s = exec(query, doing); !s)
            return s;
    }
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QStringList Database::migrationNames()
{
    QStringList names;
    for (const QString &path : migrationFiles())
        names << QFileInfo(path).fileName();
    return names;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Check check,
                                                 Durability durability)
{
    // ":memory:": a private database of this connection (a schema to read, nothing kept).
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    if (!inMemory && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         Database::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(ErrorCode::Database,
                         Database::tr("The SQLite driver of Qt is not installed (package "
                                      "libqt6sql6-sqlite)."));

    // SQLite writes the database and its -wal and -shm files beside it: a read-only
    // folder or file would otherwise be reported as "damaged or not a Passages database".
    const QString readOnly = inMemory                                       ? QString()
                             : !QFileInfo(info.absolutePath()).isWritable() ? info.absolutePath()
                             : info.exists() && !info.isWritable() ? info.absoluteFilePath()
                                                                   : QString();
    if (!readOnly.isEmpty())
        return makeError(ErrorCode::Io,
                         Database::tr("Cannot use the database %1: %2 is read-only (Passages "
                                      "writes the database and its -wal and -shm files there).")
                             .arg(info.absoluteFilePath(), readOnly),
                         QStringLiteral("read-only"));

    std::unique_ptr<Database> db(
        new Database(inMemory ? path : info.absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        if (!conn.open())
            return makeError(ErrorCode::Database,
                             Database::tr("Cannot open the database %1: %2")
                                 .arg(db->m_path, sqlErrorText(conn.lastError())));
    }
    if (check == Check::Quick) {
        if (Status s = db->quickCheck(); !s)
            return s.error();
    }
    if (Status s = db->configure(durability); !s)
        return s.error();
    if (Status s = db->migrate(); !s)
        return s.error();
    // A database gets its instance identity once, at creation: a copy of the file keeps
    // it, which the sync detects through the machine fingerprint.
    // A read error is not "no identity yet", which would give the desk a new one.
    const Result<QString> instance = db->readMeta(QStringLiteral("instance_id"));
    if (!instance)
        return instance.error();
    if (instance->isEmpty()) {
        if (Status s = db->setMeta(QStringLiteral("instance_id"), record::newId()); !s)
            return s.error();
        if (Status s = db->setMeta(QStringLiteral("created_utc"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !s)
            return s.error();
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.prepare(sql);
    return query;
}

Status Database::configure(Durability durability)
{
    // WAL + synchronous=FULL: a tally is on disk when its commit returns, and the
    // occasional reader (reports) never blocks the desk.
    const char *pragmas[] = {
        // The busy timeout first: switching to WAL takes a lock another process opening
        // the same new database at the same moment may hold.
        "PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL",
        durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        // The consolidated cache takes a year of every desk at once:
        // 64 MiB of page cache keeps its indexes in memory.
        durability == Durability::Full ? "PRAGMA cache_size=-8192" : "PRAGMA cache_size=-65536",
        // Savepoint journals (one per imported file) stay in memory
        // instead of spilling to a temporary file past 64 KiB.
        "PRAGMA temp_store=MEMORY"};
    for (const char *pragma : pragmas) {
        QSqlQuery query(connection());
        bool done = query.exec(QLatin1String(pragma));
        // Two connections switching a new file to WAL at once can deadlock on the lock
        // upgrade; SQLite then answers "busy" at once instead of calling the busy handler
        // (it would wait forever). The loser retries until the busy timeout's 5 s.
        QElapsedTimer waited;
        waited.start();
        while (!done && isBusy(query.lastError()) && waited.elapsed() < 5000) {
            QThread::msleep(10);
            done = query.exec(QLatin1String(pragma));
        }
        if (!done)
            return makeError(
                ErrorCode::Database,
                Database::tr("Cannot configure the database %1 (%2): %3")
                    .arg(m_path, QLatin1String(pragma), sqlErrorText(query.lastError())));
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return makeError(
            ErrorCode::Corrupt,
            Database::tr("The database %1 is damaged or is not a Passages database: %2")
                .arg(m_path, query.lastError().databaseText()));
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems.size() == 1 && problems.first() == QLatin1String("ok"))
        return {};
    return makeError(ErrorCode::Corrupt, Database::tr("The database %1 is damaged: %2")
                                             .arg(m_path, problems.join(QLatin1String("; "))));
}

Status Database::migrate()
{
    const int latest = latestSchemaVersion();
    // The version is read and every step run inside one BEGIN IMMEDIATE: two processes
    // opening a new database at once take turns (busy timeout) and the second finds it
    // migrated, instead of both running step 1 ("table … already exists"). A failed step
    // leaves the database exactly at the version it had.
    if (schemaVersion() == latest)
        return {}; // the usual case: no write lock taken
    Transaction tx(*this);
    if (Status s = tx.begun(); !s)
        return s;
    const int current = schemaVersion();
    if (current < 0)
        return makeError(ErrorCode::Database,
                         Database::tr("Cannot read the schema version of %1.").arg(m_path));
    if (current > latest)
        return makeError(ErrorCode::TooNew,
                         Database::tr("The database %1 was written by a newer version of Passages "
                                      "(schema %2; this version knows up to %3). Update Passages.")
                             .arg(m_path)
                             .arg(current)
                             .arg(latest));
    for (int version = current + 1; version <= latest; ++version) {
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             Database::tr("Missing migration %1.").arg(file.fileName()));
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : splitSqlScript(script)) {
            QSqlQuery query(connection());
            if (!query.exec(statement))
                return makeError(ErrorCode::Database,
                                 Database::tr("Upgrading %1 to schema %2 failed: %3")
                                     .arg(m_path)
                                     .arg(version)
                                     .arg(sqlErrorText(query.lastError())));
        }
        QSqlQuery bump(connection());
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return sqlError(bump, Database::tr("Recording schema %1").arg(version));
    }
    // The identity is made in the same transaction: a second process cannot give the
    // new database another one.
    QSqlQuery identity(connection());
    identity.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('instance_id', :id), "
                                    "('created_utc', :created) ON CONFLICT (key) DO NOTHING"));
    identity.bindValue(QStringLiteral(":id"), record::newId());
    identity.bindValue(QStringLiteral(":created"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!identity.exec())
        return sqlError(identity, Database::tr("Recording schema %1").arg(latest));
    return tx.commit();
}

Result<QString> Database::readMeta(const QString &key) const
{
    QSqlQuery query(connection());
    // A failed prepare is checked on its own: exec() would replace SQLite's reason ("no
    // such table") with Qt's "Parameter count mismatch".
    if (!query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key")))
        return sqlError(query, Database::tr("Reading setting %1").arg(key));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec())
        return sqlError(query, Database::tr("Reading setting %1").arg(key));
    // Never a null QString: Qt Sql binds a null QString as SQL NULL.
    if (query.next() && !query.value(0).toString().isNull())
        return query.value(0).toString();
    return QStringLiteral("");
}

QString Database::meta(const QString &key) const
{
    Result<QString> value = readMeta(key);
    if (value)
        return std::move(value).value();
    qWarning("%s: %s", qPrintable(m_path), qPrintable(value.error().message));
    return QStringLiteral("");
}

Status Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query =
        prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    ++m_metaGeneration;
    return exec(query, Database::tr("Saving setting %1").arg(key));
}

Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    // BEGIN IMMEDIATE takes the write lock up front, so a busy database is reported at
    // the start rather than half-way through.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return;
    // SQLITE_BUSY / SQLITE_LOCKED once the busy timeout is over: another writer holds the
    // file (a consolidation running on the same cache, a second Passages on the same desk).
    const QString native = query.lastError().nativeErrorCode();
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        m_begin = makeError(ErrorCode::Busy,
                            Database::tr("%1 is being written by another program (a "
                                         "consolidation, or Passages open elsewhere); try "
                                         "again when it is done.")
                                .arg(db.path()));
    else
        m_begin = sqlError(query, Database::tr("Starting a transaction"));
}

Transaction::~Transaction()
{
    if (m_begin && !m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_begin)
        return m_begin;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(query, Database::tr("Saving to the database"));
    m_done = true;
    return {};
}

Savepoint::Savepoint(const Database &db) : m_db(db.connection())
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SAVEPOINT unit")))
        m_begin = sqlError(query, Database::tr("Starting a transaction"));
}

Savepoint::~Savepoint()
{
    if (m_begin && !m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO unit"));
        query.exec(QStringLiteral("RELEASE unit"));
    }
}

Status Savepoint::rollback()
{
    if (!m_begin)
        return m_begin;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK TO unit")))
        return sqlError(query, Database::tr("Undoing a change"));
    return {};
}

Status Savepoint::release()
{
    if (!m_begin)
        return m_begin;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE unit")))
        return sqlError(query, Database::tr("Saving to the database"));
    m_done = true;
    return {};
}

} // namespace passages
