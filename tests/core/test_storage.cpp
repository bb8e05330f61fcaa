// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/referential/referential_store.h"
#include "core/storage/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace passages;

namespace {

/// Runs a SQL script through a plain connection, outside Passages' code, as an older
/// version or another program would have written the file.
void runScript(const QString &dbPath, const QString &scriptPath)
{
    QFile file(scriptPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QString statement;
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                INFO(statement.toStdString());
                REQUIRE(q.exec(statement));
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a new database is created at the latest schema with durable pragmas", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/desk.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    // Migrations are numbered 001.. without gaps: schema N is file N.
    const QStringList names = Database::migrationNames();
    REQUIRE(names.size() == Database::latestSchemaVersion());
    for (int i = 0; i < names.size(); ++i)
        CHECK(names.at(i).left(4) == QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0')));
    CHECK(scalar(**db, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal"));
    CHECK(scalar(**db, QStringLiteral("PRAGMA synchronous")) == QLatin1String("2")); // FULL
    CHECK(scalar(**db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1"));
    const QString instance = (*db)->meta(QStringLiteral("instance_id"));
    CHECK(instance.size() == 36);

    // Reopening keeps the identity: it is made once, at creation.
    db = Result<std::unique_ptr<Database>>(makeError(ErrorCode::Io, {}));
    Result<std::unique_ptr<Database>> again = Database::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->meta(QStringLiteral("instance_id")) == instance);
}

TEST_CASE("a schema 1 database is upgraded with its data and outbox", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    runScript(path, QStringLiteral(PASSAGES_FIXTURES_DIR "/schema_v1.sql"));

    Result<std::unique_ptr<Database>> db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Database &d = **db;
    CHECK(d.schemaVersion() == Database::latestSchemaVersion());
    CHECK(d.meta(QStringLiteral("instance_id")) ==
          QLatin1String("5b0f3c1e-7d2a-4c1b-9a51-0d1f2e3c4b5a"));
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM passage")) == QLatin1String("3"));
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM passage WHERE first_visit IS NULL")) ==
          QLatin1String("3"));
    // Every old row enters the outbox once, with its current revision and tombstone.
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE batch_no IS NULL")) ==
          QLatin1String("3"));
    const QJsonObject image =
        QJsonDocument::fromJson(scalar(d, QStringLiteral("SELECT payload FROM outbox WHERE "
                                                         "entity_id LIKE '3333%'"))
                                    .toUtf8())
            .object();
    CHECK(image.value(QStringLiteral("deleted")).toInt() == 1);
    CHECK(image.value(QStringLiteral("revision")).toInt() == 2);
    CHECK(image.value(QStringLiteral("channel")).toString() == QLatin1String("telephone"));

    // The upgraded desk keeps working: the referential is seeded and a tally goes in.
    Result<Referential> ref = loadReferential(d);
    REQUIRE(ref.ok());
    Reception reception(d, *ref, test::communes());
    CHECK(reception.identity().desk == QLatin1String("Accueil 2"));
    REQUIRE(reception.log(test::walkIn("droit")).ok());
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM outbox")) == QLatin1String("4"));
}

TEST_CASE("a database from a newer Passages is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 42")));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::TooNew);
    CHECK(db.error().message.contains(QLatin1String("newer version")));
    CHECK(db.error().message.contains(QLatin1String("42")));
}

TEST_CASE("a damaged or foreign file is refused at start-up", "[storage]")
{
    QTemporaryDir dir;
    SECTION("not a database at all")
    {
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == ErrorCode::Corrupt);
        CHECK(db.error().message.contains(path));
        QFile check(path);
        REQUIRE(check.open(QIODevice::ReadOnly));
        CHECK(check.readAll() == QByteArray(8192, 'x')); // untouched
    }
    SECTION("a real desk database with a damaged page")
    {
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        int rootPage = 0;
        {
            test::TempDesk desk;
            for (int i = 0; i < 300; ++i)
                REQUIRE(desk.reception->log(test::walkIn("emploi")).ok());
            QSqlQuery q(desk.db->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.exec(QStringLiteral(
                "SELECT rootpage FROM sqlite_master WHERE name = 'passage_by_date'")));
            REQUIRE(q.next());
            rootPage = q.value(0).toInt();
            q.finish();
            desk.reception.reset();
            desk.db.reset();
            REQUIRE(QFile::copy(desk.path, path));
        }
        // Scribble over the date index's root page (the header stays intact, so the
        // file still opens as SQLite): only the integrity check can tell.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(rootPage > 1);
        file.seek(qint64(rootPage - 1) * 4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == ErrorCode::Corrupt);
    }
}

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    test::TempDesk desk;
    {
        Transaction tx(*desk.db);
        REQUIRE(tx.begun().ok());
        REQUIRE(desk.db->setMeta(QStringLiteral("probe"), QStringLiteral("1")).ok());
    } // no commit
    CHECK(desk.db->meta(QStringLiteral("probe")).isEmpty());
    {
        Transaction tx(*desk.db);
        REQUIRE(desk.db->setMeta(QStringLiteral("probe"), QStringLiteral("2")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(desk.db->meta(QStringLiteral("probe")) == QLatin1String("2"));
}

TEST_CASE("insertMany writes every row, across statements, or fails with the table's reason",
          "[storage]")
{
    test::TempDesk desk;
    QSqlQuery create(desk.db->connection());
    REQUIRE(create.exec(QStringLiteral(
        "CREATE TABLE probe (n INTEGER NOT NULL CHECK (n >= 0), label TEXT, note TEXT)")));
    const QStringList columns{QStringLiteral("n"), QStringLiteral("label"), QStringLiteral("note")};
    QVariantList values;
    for (int i = 0; i < 300; ++i) // two full statements of 128 rows and a remainder of 44
        values << i << QStringLiteral("row %1").arg(i) << QVariant(QMetaType(QMetaType::QString));
    REQUIRE(insertMany(*desk.db, QStringLiteral("probe"), columns, values, QStringLiteral("probe"))
                .ok());
    CHECK(scalar(*desk.db, QStringLiteral("SELECT COUNT(*) FROM probe")) == QLatin1String("300"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT SUM(n) FROM probe")) == QLatin1String("44850"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT label FROM probe WHERE n = 299")) ==
          QLatin1String("row 299"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT COUNT(*) FROM probe WHERE note IS NULL")) ==
          QLatin1String("300"));

    const Status refused =
        insertMany(*desk.db, QStringLiteral("probe"), columns,
                   {-1, QStringLiteral("bad"), QString()}, QStringLiteral("Writing the probe"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QLatin1String("Writing the probe: ")));
    CHECK(refused.error().message.contains(QLatin1String("CHECK")));
}

TEST_CASE("a database another program is writing is reported as busy, not as damaged", "[storage]")
{
    test::TempDesk desk;
    QSqlQuery quick(desk.db->connection());
    REQUIRE(quick.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(desk.path);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        Transaction tx(*desk.db);
        REQUIRE_FALSE(tx.begun().ok());
        CHECK(tx.begun().error().field == QLatin1String("busy"));
        CHECK(tx.begun().error().message.contains(QLatin1String("another program")));
        CHECK(tx.begun().error().message.contains(desk.path));

        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        hold = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    Transaction again(*desk.db); // free again
    CHECK(again.begun().ok());
}
