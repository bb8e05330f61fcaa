// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/referential/referential_store.h"
#include "core/report/passage_report.h"
#include "core/storage/database.h"
#include "core/storage/record.h"
#include "core/storage/sql_script.h"

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
        for (const QString &statement : splitSqlScript(script)) {
            QSqlQuery q(db);
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

/// Makes a database at schema `version` as that version of Passages left it: migrations
/// 1..version run through a plain connection, then `rows` (SQL written against that old
/// schema) inserted, as the desk had filled it before the upgrade.
void databaseAtSchema(const QString &dbPath, int version, const QStringList &rows)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        const QStringList names = Database::migrationNames();
        QStringList statements;
        for (int i = 0; i < version; ++i) {
            QFile file(QStringLiteral(":/migrations/") + names.at(i));
            REQUIRE(file.open(QIODevice::ReadOnly));
            statements << splitSqlScript(QString::fromUtf8(file.readAll()));
        }
        statements << rows << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

/// A walk-in row at schema 2..9 (the passage table has not changed since 002).
QString oldPassage(const QString &id, const QString &date, const QString &pole,
                   const QString &commune, int count, int deleted = 0)
{
    return QStringLiteral("INSERT INTO passage (id, site, desk, local_date, local_time, "
                          "utc_offset, pole, theme, age_band, commune, public, channel, count, "
                          "revision, deleted, recorded_utc, updated_utc, first_visit) VALUES "
                          "('%1', 'villette', 'Accueil 1', '%2', '10:00:00', 3600, '%3', NULL, "
                          "'26-44', '%4', 'demandeur', 'physique', %5, 1, %6, "
                          "'%2T09:00:00Z', '%2T09:00:00Z', 1)")
        .arg(id, date, pole, commune)
        .arg(count)
        .arg(deleted);
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

TEST_CASE("a setting that cannot be read is a failure with its reason, not an empty value",
          "[storage]")
{
    test::TempDesk desk;
    REQUIRE(desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("A")).ok());
    // Absent: empty, and not an error.
    const Result<QString> absent = desk.db->readMeta(QStringLiteral("never-set"));
    REQUIRE(absent.ok());
    CHECK(absent->isEmpty());
    CHECK_FALSE(absent->isNull());
    CHECK(*desk.db->readMeta(QStringLiteral("site")) == QLatin1String("villette"));
    REQUIRE(record::deskOf(*desk.db).ok());

    // The table gone (a damaged file): the read fails and says why.
    QSqlQuery drop(desk.db->connection());
    REQUIRE(drop.exec(QStringLiteral("ALTER TABLE meta RENAME TO meta_gone")));
    const Result<QString> failed = desk.db->readMeta(QStringLiteral("site"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Database);
    CHECK(failed.error().message.contains(QLatin1String("meta")));
    // Who records is then unknown for a reason, not "no identity set yet".
    const Result<DeskIdentity> who = record::deskOf(*desk.db);
    REQUIRE_FALSE(who.ok());
    CHECK(who.error().code == ErrorCode::Database);
    // The plain accessor stays empty (its failure is logged).
    CHECK(desk.db->meta(QStringLiteral("site")).isEmpty());
}

TEST_CASE("RowWriter inserts, then updates a revision keeping what it leaves out", "[storage]")
{
    test::TempDesk desk;
    record::RowWriter writer(*desk.db, QStringLiteral("fonds_issue"),
                             QStringLiteral("created_utc"));
    const QString id = record::newId();
    const QVariantMap first{{QStringLiteral("id"), id},
                            {QStringLiteral("site"), QStringLiteral("villette")},
                            {QStringLiteral("desk"), QStringLiteral("A")},
                            {QStringLiteral("subscription_id"), QStringLiteral("s1")},
                            {QStringLiteral("number"), QString()}, // NOT NULL: binds ''
                            {QStringLiteral("received_date"), QStringLiteral("2024-03-01")},
                            {QStringLiteral("removed_date"), record::nullableDate({})},
                            {QStringLiteral("revision"), 1},
                            {QStringLiteral("deleted"), 0}};
    REQUIRE(writer.insert(first, QStringLiteral("test")).ok());
    auto row = [&] {
        QSqlQuery q(desk.db->connection());
        q.prepare(QStringLiteral("SELECT site, number, removed_date, revision, created_utc, "
                                 "updated_utc FROM fonds_issue WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)};
    };
    const QVariantList inserted = row();
    CHECK(inserted.at(0).toString() == QLatin1String("villette"));
    CHECK_FALSE(inserted.at(1).isNull());
    CHECK(inserted.at(1).toString().isEmpty());
    CHECK(inserted.at(2).isNull());
    CHECK_FALSE(inserted.at(4).toString().isEmpty());
    CHECK(inserted.at(4) == inserted.at(5));

    // The next revision names neither site, desk nor created_utc: they are kept.
    const QVariantMap second{{QStringLiteral("id"), id},
                             {QStringLiteral("number"), QStringLiteral("42")},
                             {QStringLiteral("revision"), 2}};
    REQUIRE(writer.update(second, QStringLiteral("test")).ok());
    const QVariantList updated = row();
    CHECK(updated.at(0).toString() == QLatin1String("villette"));
    CHECK(updated.at(1).toString() == QLatin1String("42"));
    CHECK(updated.at(3).toInt() == 2);
    CHECK(updated.at(4) == inserted.at(4));
    CHECK(updated.at(5).toString() >= inserted.at(5).toString());
    // Each write queued its image.
    QSqlQuery outbox(desk.db->connection());
    REQUIRE(
        outbox.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = '%1'").arg(id)));
    REQUIRE(outbox.next());
    CHECK(outbox.value(0).toInt() == 2);

    // An update of an id that is not there fails (nothing to queue).
    const Status missing = writer.update(
        {{QStringLiteral("id"), QStringLiteral("nope")}, {QStringLiteral("revision"), 2}},
        QStringLiteral("test"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
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
        CHECK(tx.begun().error().code == ErrorCode::Busy);
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

TEST_CASE("scripts split where SQLite ends a statement", "[storage][migration]")
{
    const QStringList statements = splitSqlScript(QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT ';');\n"
        "/* block; comment */ INSERT INTO t VALUES ('x;y'); INSERT INTO t VALUES ('z');\n"
        "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
        "    UPDATE t SET a = a || '!' WHERE rowid = NEW.rowid;\n"
        "    SELECT 1;\n"
        "END;\n"
        "SELECT 2\n"
        "-- a last comment\n"));
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(0).endsWith(QLatin1String("DEFAULT ';');")));
    CHECK(statements.at(1).endsWith(QLatin1String("VALUES ('x;y');")));
    CHECK(statements.at(2) == QLatin1String("INSERT INTO t VALUES ('z');"));
    CHECK(statements.at(3).startsWith(QLatin1String("CREATE TRIGGER")));
    CHECK(statements.at(3).endsWith(QLatin1String("END;")));
    CHECK(statements.at(3).contains(QLatin1String("SELECT 1;")));
    CHECK(statements.at(4).startsWith(QLatin1String("SELECT 2"))); // no `;`: still one
    CHECK(splitSqlScript(QStringLiteral("SELECT 1")).size() == 1);
    CHECK(splitSqlScript(QStringLiteral("-- only a comment;\n\n")).isEmpty());
    CHECK(splitSqlScript(QStringLiteral(" ; ;\n")).isEmpty());
}

TEST_CASE("a schema 5 database gets its daily summaries from its walk-ins (migration 6)",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    databaseAtSchema(path, 5,
                     {oldPassage(QStringLiteral("a1"), QStringLiteral("2026-03-02"),
                                 QStringLiteral("emploi"), QStringLiteral("75119"), 2),
                      oldPassage(QStringLiteral("a2"), QStringLiteral("2026-03-02"),
                                 QStringLiteral("emploi"), QStringLiteral("97411"), 1),
                      oldPassage(QStringLiteral("a3"), QStringLiteral("2026-03-02"),
                                 QStringLiteral("formation"), QStringLiteral("etranger"), 3),
                      oldPassage(QStringLiteral("a4"), QStringLiteral("2026-03-03"),
                                 QStringLiteral("emploi"), QStringLiteral("75119"), 5, 1)});
    Result<std::unique_ptr<Database>> db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Database &d = **db;
    // Deleted tallies count for nothing; overseas departments keep three digits.
    CHECK(scalar(d, QStringLiteral("SELECT SUM(n) FROM passage_day")) == QLatin1String("6"));
    CHECK(scalar(d, QStringLiteral("SELECT n FROM passage_day WHERE pole = 'emploi'")) ==
          QLatin1String("3"));
    CHECK(scalar(d, QStringLiteral("SELECT group_concat(code || '=' || n, ',') FROM (SELECT "
                                   "code, n FROM passage_dim_day WHERE dim = 'department' "
                                   "ORDER BY code)")) == QLatin1String("75=2,974=1,etranger=3"));
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM passage_desk")) == QLatin1String("1"));
    // The triggers the migration made keep the summaries in step afterwards.
    QSqlQuery q(d.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE passage SET deleted = 1 WHERE id = 'a3'")));
    CHECK(scalar(d, QStringLiteral("SELECT SUM(n) FROM passage_day")) == QLatin1String("3"));
}

TEST_CASE("a schema 6 database keeps its batch hashes through the rename (migration 7)",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    databaseAtSchema(
        path, 6,
        {QStringLiteral("INSERT INTO sync_batch (instance_id, batch_no, row_count, site, desk, "
                        "app_version, created_utc, prev_sha256, sha256, file_name, "
                        "published_utc) VALUES ('i-1', 1, 4, 'villette', 'Accueil 1', '0.1.0', "
                        "'2026-03-02T18:00:00Z', '', 'abc123', 'batch-1.jsonl', "
                        "'2026-03-02T18:00:05Z')"),
         QStringLiteral("INSERT INTO share_file (name, instance_id, batch_no, sha256, size, "
                        "status, seen_utc) VALUES ('desks/i-1/batch-1.jsonl', 'i-1', 1, "
                        "'abc123', 420, 'imported', '2026-03-02T19:00:00Z')"),
         oldPassage(QStringLiteral("b1"), QStringLiteral("2026-03-02"), QStringLiteral("emploi"),
                    QStringLiteral("75119"), 2)});
    Result<std::unique_ptr<Database>> db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Database &d = **db;
    CHECK(scalar(d, QStringLiteral("SELECT content_hash || '/' || format_version FROM "
                                   "sync_batch")) == QLatin1String("abc123/1"));
    CHECK(scalar(d, QStringLiteral("SELECT content_hash FROM share_file")) ==
          QLatin1String("abc123"));
    // The summaries the old triggers kept survive the trigger swap, and the new ones
    // follow a later tally.
    CHECK(scalar(d, QStringLiteral("SELECT SUM(n) FROM passage_day")) == QLatin1String("2"));
    QSqlQuery q(d.connection());
    REQUIRE(q.exec(oldPassage(QStringLiteral("b2"), QStringLiteral("2026-03-02"),
                              QStringLiteral("emploi"), QStringLiteral("75119"), 4)));
    CHECK(scalar(d, QStringLiteral("SELECT SUM(n) FROM passage_day")) == QLatin1String("6"));
}

TEST_CASE("a schema 8 database keeps the share's file statuses (migration 9)",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    databaseAtSchema(
        path, 8,
        {QStringLiteral("INSERT INTO share_file (name, instance_id, batch_no, content_hash, size, "
                        "status, reason, row_count, implausible, created_utc, seen_utc, "
                        "receipt_utc) VALUES ('desks/i-1/batch-2.jsonl', 'i-1', 2, 'h2', 99, "
                        "'quarantined', 'bad line 3', 7, 1, '2026-03-02T18:00:00Z', "
                        "'2026-03-02T19:00:00Z', '2026-03-02T19:00:01Z')")});
    Result<std::unique_ptr<Database>> db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Database &d = **db;
    CHECK(scalar(d, QStringLiteral("SELECT status || '|' || reason || '|' || row_count || '|' || "
                                   "implausible || '|' || receipt_utc FROM share_file")) ==
          QLatin1String("quarantined|bad line 3|7|1|2026-03-02T19:00:01Z"));
    // The new status the migration allows is accepted.
    QSqlQuery q(d.connection());
    CHECK(q.exec(QStringLiteral("UPDATE share_file SET status = 'unapproved'")));
}

TEST_CASE("a schema 10 database keeps its walk-ins, not recorded for the new fields "
          "(migration 11)",
          "[storage][migration][desk-fields]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    databaseAtSchema(path, 10,
                     {oldPassage(QStringLiteral("p-1"), QStringLiteral("2024-03-04"),
                                 QStringLiteral("emploi"), QStringLiteral("75056"), 2),
                      oldPassage(QStringLiteral("p-2"), QStringLiteral("2024-03-04"),
                                 QStringLiteral("droit"), QStringLiteral("nr"), 3),
                      QStringLiteral("INSERT INTO meta (key, value) VALUES ('site', 'villette'), "
                                     "('desk', 'Accueil 1')")});
    Result<std::unique_ptr<Database>> db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    Database &d = **db;
    CHECK(d.schemaVersion() == 11);
    CHECK(scalar(d, QStringLiteral("SELECT COUNT(*) FROM passage WHERE service_level IS NULL "
                                   "AND orientation IS NULL")) == QLatin1String("2"));
    // The old rows read, correct and report as before; the new fields are "not recorded".
    const Referential ref = Referential::defaultReferential();
    Reception reception(d, ref, test::communes(),
                        [] { return QDateTime(QDate(2024, 3, 5), QTime(10, 0)); });
    Result<Passage> old = reception.find(QStringLiteral("p-1"));
    REQUIRE(old.ok());
    CHECK(old->serviceLevel.isEmpty());
    CHECK(old->orientation.isEmpty());
    PassageInput input = old->toInput();
    input.publicCode = QStringLiteral("nr");
    input.channel = QStringLiteral("sur-place");
    input.count = 4;
    REQUIRE(reception.correct(old->id, input).ok());
    CHECK(scalar(d, QStringLiteral("SELECT COALESCE(service_level, 'NULL') || count FROM passage "
                                   "WHERE id = 'p-1'")) == QLatin1String("NULL4"));
    PassageInput recorded = test::walkIn("emploi");
    recorded.serviceLevel = QStringLiteral("information");
    recorded.orientation = QStringLiteral("aucune");
    REQUIRE(reception.log(recorded).ok());
    Result<YearlyCounts> levels =
        PassageReports(d, ref, test::communes()).yearly(2024, BreakdownBy::ServiceLevel);
    REQUIRE(levels.ok());
    CHECK(levels->total == 8);
    REQUIRE(levels->rows.size() == 2);
    CHECK(levels->rows.at(0).code.isEmpty());
    CHECK(levels->rows.at(0).count == 7);
    CHECK(levels->rows.at(1).code == QLatin1String("information"));
    // The day summaries of schema 10 stay exact through the correction.
    CHECK(scalar(d, QStringLiteral("SELECT SUM(n) FROM passage_day")) == QLatin1String("8"));
}
