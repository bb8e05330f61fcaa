// SPDX-License-Identifier: GPL-3.0-or-later
// The network database against the real PostgreSQL 15 of the CTest fixture, through the
// real passages-cli: same figures as the share's cache, concurrency, kills, faults.
#include "network_support.h"

#include "core/network/network_database.h"
#include "core/network/network_migrations.h"
#include "core/reception/reception.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

using namespace passages;
using namespace passages::test;

TEST_CASE("report --pg equals report --share for a Cité, to the unit", "[network]")
{
    PgDatabase db;
    init(db);
    Cite lyon(3, 120, 7);
    mustRun(consolidateArgs(lyon, db, QStringLiteral("lyon")));
    // Idempotent: a second run imports nothing new and changes no figure.
    mustRun(consolidateArgs(lyon, db, QStringLiteral("lyon")));
    for (const QString &by : kDimensions) {
        INFO(by.toStdString());
        const QString share = shareReport(lyon, by);
        CHECK(QJsonDocument::fromJson(share.toUtf8())
                  .object()
                  .value(QStringLiteral("total"))
                  .toInteger() == lyon.expectedTotal());
        CHECK(pgReport(db, by, QStringLiteral("lyon")).toStdString() == share.toStdString());
    }
    // The network's own breakdown, and a --desk filter (read from the rows).
    CHECK(byCite(db).first.value(QStringLiteral("lyon")) == lyon.expectedTotal());
    // Every share file has exactly one status, as in the cache.
    PgAdmin admin(db.name());
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM share_file")).toLongLong() ==
          qint64(lyon.snapshot().keys().filter(QStringLiteral("/desks/")).size()));
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM share_file WHERE status = 'imported'"))
              .toLongLong() > 10);

    // --rebuild starts the Cité again from its share: same figures.
    QStringList rebuild = consolidateArgs(lyon, db, QStringLiteral("lyon"));
    rebuild << QStringLiteral("--rebuild");
    mustRun(rebuild);
    for (const QString &by : kDimensions)
        CHECK(pgReport(db, by, QStringLiteral("lyon")).toStdString() ==
              shareReport(lyon, by).toStdString());
}

TEST_CASE("three Cités consolidating at once, and one share twice at once", "[network]")
{
    PgDatabase db;
    init(db);
    Cite a(2, 80, 11), b(2, 60, 12), c(1, 90, 13);
    const QList<std::pair<const Cite *, QString>> runs{{&a, QStringLiteral("a")},
                                                       {&b, QStringLiteral("b")},
                                                       {&c, QStringLiteral("c")},
                                                       {&a, QStringLiteral("a")}};
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    for (const auto &[cite, code] : runs) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(PASSAGES_CLI_PATH), consolidateArgs(*cite, db, code));
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        REQUIRE(process->waitForFinished(120000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
    }
    const auto [totals, network] = byCite(db);
    CHECK(totals.value(QStringLiteral("a")) == a.expectedTotal());
    CHECK(totals.value(QStringLiteral("b")) == b.expectedTotal());
    CHECK(totals.value(QStringLiteral("c")) == c.expectedTotal());
    CHECK(network == a.expectedTotal() + b.expectedTotal() + c.expectedTotal());
    // No file counted twice, none lost: one status per file of each share.
    PgAdmin admin(db.name());
    for (const auto &[cite, code] : runs)
        CHECK(admin
                  .value(
                      QStringLiteral("SELECT COUNT(*) FROM share_file WHERE cite = '%1'").arg(code))
                  .toLongLong() ==
              qint64(cite->snapshot().keys().filter(QStringLiteral("/desks/")).size()));
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM share_file WHERE status = 'duplicate'"))
              .toLongLong() == 0);
    for (const QString &by : kDimensions)
        CHECK(pgReport(db, by, QStringLiteral("b")).toStdString() ==
              shareReport(b, by).toStdString());
}

TEST_CASE("a consolidation killed at random moments and run again gives the exact totals",
          "[network]")
{
    PgDatabase db;
    init(db);
    Cite paris(3, 150, 21, 5); // about 100 small batches
    QRandomGenerator random(2024);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    // The moments are drawn within a whole run's time, measured into another database:
    // a fixed window would let a fast machine finish before any kill.
    QElapsedTimer whole;
    {
        PgDatabase scratch;
        init(scratch);
        Cite other(3, 150, 21, 5);
        whole.start();
        mustRun(consolidateArgs(other, scratch, QStringLiteral("paris")));
    }
    const auto window = quint32(std::max<qint64>(60, whole.elapsed()));
    int killed = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PASSAGES_CLI_PATH),
                      consolidateArgs(paris, db, QStringLiteral("paris")));
        REQUIRE(process.waitForStarted());
        if (!process.waitForFinished(int(20 + random.bounded(window * 9 / 10)))) {
            process.kill(); // SIGKILL
            REQUIRE(process.waitForFinished(10000));
            ++killed;
        }
    }
    CHECK(killed > 0); // else this test proved nothing
    mustRun(consolidateArgs(paris, db, QStringLiteral("paris")));
    CHECK(byCite(db).first.value(QStringLiteral("paris")) == paris.expectedTotal());
    for (const QString &by : kDimensions)
        CHECK(pgReport(db, by, QStringLiteral("paris")).toStdString() ==
              shareReport(paris, by).toStdString());
    PgAdmin admin(db.name());
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM share_file")).toLongLong() ==
          qint64(paris.snapshot().keys().filter(QStringLiteral("/desks/")).size()));
}

TEST_CASE("network faults: one clear message, non-zero exit, nothing changed on the share",
          "[network]")
{
    Cite nantes(1, 20, 31);
    const QMap<QString, QByteArray> before = nantes.snapshot();
    const auto refused = [&](const QString &conninfo, const char *expected) {
        const Run run = cli({QStringLiteral("consolidate"), QStringLiteral("--share"), nantes.root,
                             QStringLiteral("--pg"), conninfo, QStringLiteral("--cite"),
                             QStringLiteral("nantes")});
        INFO(conninfo.toStdString() << "\n" << run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QLatin1String(expected)));
        CHECK(run.err.count(QLatin1Char('\n')) == 1); // one message
        CHECK(nantes.snapshot() == before);
    };
    SECTION("server down")
    {
        QTemporaryDir empty; // a socket folder with no server in it
        refused(QStringLiteral("host=%1 user=postgres dbname=postgres").arg(empty.path()),
                "Cannot open the network database");
    }
    SECTION("missing database")
    {
        refused(QStringLiteral("host=%1 user=postgres dbname=no_such_database").arg(pgHost()),
                "no_such_database");
    }
    SECTION("a database never prepared")
    {
        PgDatabase db;
        refused(db.conninfo(), "network init");
    }
    SECTION("a database of a newer schema")
    {
        PgDatabase db;
        init(db);
        PgAdmin(db.name()).exec(
            QStringLiteral("INSERT INTO passages_schema VALUES (999, 'later')"));
        refused(db.conninfo(), "newer than this Passages knows");
        // network init does not touch it either.
        const Run again = cli({QStringLiteral("network"), QStringLiteral("init"),
                               QStringLiteral("--pg"), db.conninfo()});
        CHECK(again.code == 1);
        CHECK(again.err.contains(QLatin1String("newer")));
    }
    SECTION("a password in the connection string")
    {
        refused(QStringLiteral("postgresql://postgres:secret@localhost/x"), "PGPASSWORD");
        refused(QStringLiteral("host=/tmp password=secret dbname=x"), "PGPASSWORD");
    }
    SECTION("a share bound to another Cité code, another share under a bound code")
    {
        PgDatabase db;
        init(db);
        mustRun(consolidateArgs(nantes, db, QStringLiteral("nantes")));
        const QMap<QString, QByteArray> consolidated = nantes.snapshot();
        const Run twice = cli(consolidateArgs(nantes, db, QStringLiteral("angers")));
        INFO(twice.err.toStdString());
        CHECK(twice.code == 1);
        CHECK(twice.err.contains(QStringLiteral("already consolidated as Cité nantes")));
        Cite other(1, 5, 32);
        const Run taken = cli(consolidateArgs(other, db, QStringLiteral("nantes")));
        CHECK(taken.code == 1);
        CHECK(taken.err.contains(QLatin1String("bound to another share")));
        CHECK(nantes.snapshot() == consolidated);
        CHECK(byCite(db).first.keys() == QStringList{QStringLiteral("nantes")});
    }
}

TEST_CASE("network status lists each Cité's files, walk-ins and desks", "[network]")
{
    PgDatabase db;
    init(db);
    Cite rennes(2, 30, 41);
    mustRun(consolidateArgs(rennes, db, QStringLiteral("rennes")));
    const Run status =
        mustRun({QStringLiteral("network"), QStringLiteral("status"), QStringLiteral("--pg"),
                 db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray cites = QJsonDocument::fromJson(status.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("cites"))
                                 .toArray();
    REQUIRE(cites.size() == 1);
    const QJsonObject cite = cites.at(0).toObject();
    CHECK(cite.value(QStringLiteral("cite")).toString() == QLatin1String("rennes"));
    CHECK(cite.value(QStringLiteral("walk_ins")).toInteger() == rennes.expectedTotal());
    CHECK(
        cite.value(QStringLiteral("files")).toObject().value(QStringLiteral("imported")).toInt() ==
        rennes.snapshot().keys().filter(QStringLiteral("/desks/")).size());
    // Two desks and the cloned PC's new identity.
    CHECK(cite.value(QStringLiteral("desks")).toArray().size() == 3);
}

TEST_CASE("network init upgrades a schema-1 database and keeps its summary exact", "[network]")
{
    PgDatabase db;
    PgAdmin admin(db.name());
    // A database prepared by the first version: migration 1 only, with walk-ins in it.
    admin.exec(QStringLiteral("CREATE TABLE passages_schema (version integer PRIMARY KEY, "
                              "applied_utc text NOT NULL)"));
    admin.exec(network::migrations().at(0).sql);
    admin.exec(QStringLiteral("INSERT INTO passages_schema VALUES (1, 'before')"));
    admin.exec(QStringLiteral("INSERT INTO cite VALUES ('old', 'share-1', 'before', NULL)"));
    const QString columns = QStringLiteral(
        "(cite, id, site, desk, local_date, local_time, utc_offset, pole, theme, age_band, "
        "commune, public, channel, count, revision, deleted, recorded_utc, updated_utc)");
    const auto row = [](const char *id, const char *pole, int count, int revision, int deleted) {
        return QStringLiteral("('old', '%1', 'villette', 'A', '2024-05-02', '10:00', 0, '%2', "
                              "NULL, 'nr', 'nr', 'nr', 'sur-place', %3, %4, %5, 'x', 'x')")
            .arg(QLatin1String(id), QLatin1String(pole))
            .arg(count)
            .arg(revision)
            .arg(deleted);
    };
    admin.exec(QStringLiteral("INSERT INTO passage %1 VALUES %2, %3")
                   .arg(columns, row("1", "emploi", 2, 1, 0), row("2", "droit", 3, 1, 0)));
    mustRun(
        {QStringLiteral("network"), QStringLiteral("init"), QStringLiteral("--pg"), db.conninfo()});
    CHECK(admin.value(QStringLiteral("SELECT MAX(version) FROM passages_schema")).toInt() ==
          NetworkDatabase::latestSchemaVersion());
    // After the upgrade: a correction, a deletion and a new walk-in, as a consolidation
    // writes them (newer revision wins).
    admin.exec(QStringLiteral("INSERT INTO passage AS p %1 VALUES %2, %3, %4 ON CONFLICT (cite, "
                              "id) DO UPDATE SET pole = excluded.pole, count = excluded.count, "
                              "deleted = excluded.deleted, revision = excluded.revision WHERE "
                              "excluded.revision > p.revision")
                   .arg(columns, row("1", "numerique", 5, 2, 0), row("2", "droit", 3, 2, 1),
                        row("3", "emploi", 4, 1, 0)));
    const QString summary = pgReport(db, QStringLiteral("pole"), QStringLiteral("old"));
    CHECK(summary.contains(QLatin1String("\"total\":9")));
    CHECK(admin
              .value(QStringLiteral("SELECT string_agg(pole || '=' || n, ',' ORDER BY pole) FROM "
                                    "(SELECT pole, SUM(count) n FROM passage WHERE deleted = 0 "
                                    "GROUP BY pole) r"))
              .toString() ==
          admin
              .value(QStringLiteral("SELECT string_agg(code || '=' || n, ',' ORDER BY code) FROM "
                                    "(SELECT code, SUM(n) n FROM passage_dim_total WHERE dim = "
                                    "'pole' GROUP BY code HAVING SUM(n) <> 0) s"))
              .toString());
    // The summary by month (schema 5), filled at the upgrade and kept since, is the days'
    // summary by month, every dimension.
    const QString byMonth =
        admin
            .value(QStringLiteral("SELECT string_agg(k || '=' || n, ',' ORDER BY k) FROM "
                                  "(SELECT concat_ws('/', cite, dim, month, code, site) k, n "
                                  "FROM passage_dim_month WHERE n <> 0) s"))
            .toString();
    CHECK(byMonth.contains(QLatin1String("old/pole/")));
    CHECK(byMonth ==
          admin
              .value(QStringLiteral(
                  "SELECT string_agg(k || '=' || n, ',' ORDER BY k) FROM (SELECT "
                  "concat_ws('/', cite, dim, left(local_date, 7), code, site) k, SUM(n) n FROM "
                  "passage_dim_total GROUP BY 1 HAVING SUM(n) <> 0) s"))
              .toString());
}

namespace {

/// Every table's columns, index, function and trigger of the database's schema, as text:
/// what two databases of the same schema must share.
QString schemaOf(const PgAdmin &admin)
{
    return admin
        .value(QStringLiteral(
            "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
            "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
            "|| ' ' || COALESCE(column_default, '') FROM information_schema.columns WHERE "
            "table_schema = 'public' AND table_name <> 'passages_schema' "
            "UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "UNION ALL SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON "
            "n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "UNION ALL SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON "
            "c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
            "n.nspname = 'public' AND NOT t.tgisinternal "
            "UNION ALL SELECT conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint "
            "c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public') s (x)"))
        .toString();
}

} // namespace

TEST_CASE("network init upgrades a database of every earlier schema to a new one's schema",
          "[network]")
{
    PgDatabase fresh;
    init(fresh);
    const QString expected = schemaOf(PgAdmin(fresh.name()));
    REQUIRE(expected.contains(QLatin1String("passage_by_cite_date")));
    REQUIRE(expected.contains(QLatin1String("passage_summarise_rows")));
    const QList<network::Migration> &all = network::migrations();
    for (int version = 1; version < NetworkDatabase::latestSchemaVersion(); ++version) {
        INFO("from schema " << version);
        PgDatabase db;
        PgAdmin admin(db.name());
        admin.exec(QStringLiteral("CREATE TABLE passages_schema (version integer PRIMARY KEY, "
                                  "applied_utc text NOT NULL)"));
        for (int m = 0; m < version; ++m) {
            admin.exec(all.at(m).sql);
            admin.exec(QStringLiteral("INSERT INTO passages_schema VALUES (%1, 'before')")
                           .arg(all.at(m).version));
        }
        init(db);
        CHECK(admin.value(QStringLiteral("SELECT MAX(version) FROM passages_schema")).toInt() ==
              NetworkDatabase::latestSchemaVersion());
        CHECK(schemaOf(admin).toStdString() == expected.toStdString());
        // The latest migration run again changes nothing (written to be re-runnable).
        admin.exec(all.constLast().sql);
        CHECK(schemaOf(admin).toStdString() == expected.toStdString());
    }
}
