// SPDX-License-Identifier: GPL-3.0-or-later
// The optional desk fields of issue 17 in the network database (PostgreSQL migration 3):
// consolidated from a share, reported like the share's cache, and an upgrade from schema
// 2 with walk-ins in it.
#include "cli_support.h"
#include "pg_support.h"
#include "support/test_support.h"

#include "core/network/network_database.h"
#include "core/network/network_migrations.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passages;
using namespace passages::test;

namespace {

Run mustRun(const QStringList &args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.code == 0);
    return run;
}

QMap<QString, qint64> rowsOf(const QString &json)
{
    QMap<QString, qint64> rows;
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        rows.insert(row[QStringLiteral("code")].toString(),
                    row[QStringLiteral("count")].toInteger());
    return rows;
}

} // namespace

TEST_CASE("service level and orientation reach the network database and report as the share",
          "[network][desk-fields]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(root));
    LocalShareFs fs;
    REQUIRE(Share(fs, root).init(Referential::defaultReferential(), kAdminPassword).ok());
    TempDesk desk(false);
    REQUIRE(
        desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1")).ok());
    struct Entry
    {
        const char *pole;
        const char *level;
        const char *orientation;
        int count;
    };
    QStringList ids;
    for (const Entry &e :
         {Entry{"emploi", "information", "france-travail", 2},
          Entry{"emploi", "conseil", "aucune", 1}, Entry{"droit", "conseil", "bge", 4},
          Entry{"creation", "accompagnement", "mission-locale", 1},
          Entry{"numerique", "", "", 5}}) {
        PassageInput input = walkIn(e.pole, e.count);
        input.serviceLevel = QLatin1String(e.level);
        input.orientation = QLatin1String(e.orientation);
        input.at = QDateTime(QDate(2024, 5, 2), QTime(10, 0));
        Result<Passage> logged = desk.reception->log(input);
        REQUIRE(logged.ok());
        ids << logged->id;
    }
    auto sync = [&] {
        DeskSync syncer(*desk.db, fs, root);
        syncer.setFingerprintSource([] { return QStringLiteral("pc-1"); });
        REQUIRE(syncer.run().ok());
        approveAll(fs, root);
    };
    sync();

    PgDatabase db;
    mustRun(
        {QStringLiteral("network"), QStringLiteral("init"), QStringLiteral("--pg"), db.conninfo()});
    const QStringList consolidate{QStringLiteral("consolidate"),
                                  QStringLiteral("--share"),
                                  root,
                                  QStringLiteral("--pg"),
                                  db.conninfo(),
                                  QStringLiteral("--cite"),
                                  QStringLiteral("paris")};
    mustRun(consolidate);
    auto pg = [&](const QString &by, const QStringList &more = {}) {
        QStringList args{QStringLiteral("report"),
                         QStringLiteral("--year"),
                         QStringLiteral("2024"),
                         QStringLiteral("--by"),
                         by,
                         QStringLiteral("--pg"),
                         db.conninfo(),
                         QStringLiteral("--cite"),
                         QStringLiteral("paris"),
                         QStringLiteral("--format"),
                         QStringLiteral("json")};
        return mustRun(args + more).out;
    };
    auto share = [&](const QString &by) {
        return mustRun({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                        QStringLiteral("--by"), by, QStringLiteral("--share"), root,
                        QStringLiteral("--cache"), dir.filePath(QStringLiteral("cache.sqlite")),
                        QStringLiteral("--format"), QStringLiteral("json")})
            .out;
    };
    for (const QString &by : {QStringLiteral("service-level"), QStringLiteral("orientation")}) {
        INFO(by.toStdString());
        const QString fromShare = share(by);
        CHECK(pg(by).toStdString() == fromShare.toStdString());
        // Read from the rows when a desk is named: the same figures.
        CHECK(rowsOf(pg(by, {QStringLiteral("--desk"), QStringLiteral("Accueil 1")})) ==
              rowsOf(fromShare));
    }
    const QMap<QString, qint64> levels = rowsOf(pg(QStringLiteral("service-level")));
    CHECK(levels.value(QStringLiteral("conseil")) == 5);
    CHECK(levels.value(QStringLiteral("information")) == 2);
    CHECK(levels.value(QString()) == 5);
    CHECK(rowsOf(pg(QStringLiteral("orientation"))).value(QStringLiteral("bge")) == 4);
    PgAdmin admin(db.name());
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM passage WHERE service_level IS NULL "
                                    "AND orientation IS NULL"))
              .toInt() == 1);

    // A correction and a deletion on the desk: the summary follows.
    PassageInput input = desk.reception->find(ids.at(0))->toInput();
    input.serviceLevel = QStringLiteral("accompagnement");
    REQUIRE(desk.reception->correct(ids.at(0), input).ok());
    REQUIRE(desk.reception->remove(ids.at(2)).ok());
    sync();
    mustRun(consolidate);
    const QMap<QString, qint64> after = rowsOf(pg(QStringLiteral("service-level")));
    CHECK(after.value(QStringLiteral("accompagnement")) == 3);
    CHECK(after.value(QStringLiteral("conseil")) == 1);
    CHECK_FALSE(after.contains(QStringLiteral("information")));
    CHECK(pg(QStringLiteral("service-level")).toStdString() ==
          share(QStringLiteral("service-level")).toStdString());
}

TEST_CASE("network init upgrades a schema-2 database: old walk-ins are not recorded",
          "[network][desk-fields]")
{
    PgDatabase db;
    PgAdmin admin(db.name());
    admin.exec(QStringLiteral("CREATE TABLE passages_schema (version integer PRIMARY KEY, "
                              "applied_utc text NOT NULL)"));
    admin.exec(network::migrations().at(0).sql);
    admin.exec(network::migrations().at(1).sql);
    admin.exec(QStringLiteral("INSERT INTO passages_schema VALUES (1, 'before'), (2, 'before')"));
    admin.exec(QStringLiteral("INSERT INTO cite VALUES ('old', 'share-1', 'before', NULL)"));
    const QString columns = QStringLiteral(
        "(cite, id, site, desk, local_date, local_time, utc_offset, pole, theme, age_band, "
        "commune, public, channel, count, revision, deleted, recorded_utc, updated_utc)");
    admin.exec(QStringLiteral("INSERT INTO passage %1 VALUES ('old', '1', 'villette', 'A', "
                              "'2024-05-02', '10:00', 0, 'emploi', NULL, 'nr', 'nr', 'nr', "
                              "'sur-place', 2, 1, 0, 'x', 'x'), ('old', '2', 'villette', 'A', "
                              "'2024-05-03', '10:00', 0, 'droit', NULL, 'nr', 'nr', 'nr', "
                              "'sur-place', 3, 1, 0, 'x', 'x')")
                   .arg(columns));
    mustRun(
        {QStringLiteral("network"), QStringLiteral("init"), QStringLiteral("--pg"), db.conninfo()});
    CHECK(admin.value(QStringLiteral("SELECT MAX(version) FROM passages_schema")).toInt() ==
          NetworkDatabase::latestSchemaVersion());
    const auto report = [&](const QString &by) {
        return rowsOf(
            mustRun({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                     QStringLiteral("--by"), by, QStringLiteral("--pg"), db.conninfo(),
                     QStringLiteral("--cite"), QStringLiteral("old"), QStringLiteral("--format"),
                     QStringLiteral("json")})
                .out);
    };
    CHECK(report(QStringLiteral("service-level")) == QMap<QString, qint64>{{QString(), 5}});
    CHECK(report(QStringLiteral("orientation")) == QMap<QString, qint64>{{QString(), 5}});
    // A walk-in written after the upgrade, with the fields: the summary counts it.
    admin.exec(QStringLiteral("INSERT INTO passage (cite, id, site, desk, local_date, local_time, "
                              "utc_offset, pole, age_band, commune, public, channel, count, "
                              "recorded_utc, updated_utc, service_level, orientation) VALUES "
                              "('old', '3', 'villette', 'A', '2024-06-01', '10:00', 0, 'emploi', "
                              "'nr', 'nr', 'nr', 'sur-place', 4, 'x', 'x', 'conseil', 'apec')"));
    CHECK(report(QStringLiteral("service-level")) ==
          QMap<QString, qint64>{{QString(), 5}, {QStringLiteral("conseil"), 4}});
    CHECK(report(QStringLiteral("pole")).value(QStringLiteral("emploi")) == 6);
    // Running the migration again changes nothing (each is written to be re-runnable).
    admin.exec(network::migrations().at(2).sql);
    CHECK(report(QStringLiteral("orientation")) ==
          QMap<QString, qint64>{{QString(), 5}, {QStringLiteral("apec"), 4}});
}
