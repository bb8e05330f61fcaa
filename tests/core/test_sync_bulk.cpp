// SPDX-License-Identifier: GPL-3.0-or-later
// The consolidation's bulk import: the same summary tables as the row triggers, in
// blocks, whatever order the rows are stored in.
#include "support/sync_lab.h"

#include "core/report/summaries.h"
#include "core/sync/batch.h"
#include "core/sync/share.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace passages;
using namespace passages::test;

TEST_CASE("a bulk import rebuilds the same summary tables the row triggers keep", "[sync][bulk]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    test::TempDesk &b = lab.addDesk("bpi", "Accueil Bpi");
    auto nightly = lab.openCache(QStringLiteral("nightly.sqlite"));
    Consolidator byNight(*nightly, lab.fs, lab.root);
    byNight.setBulkThreshold(1000000); // row by row, as a night
    for (int night = 0; night < 4; ++night) {
        for (test::TempDesk *desk : {&a, &b}) {
            desk->clockNow = QDateTime(QDate(2024, 3, 4 + night), QTime(9, 0));
            QList<Passage> logged;
            for (int i = 0; i < 7; ++i) {
                desk->clockNow = desk->clockNow.addSecs(600);
                logged << *desk->reception->log(varied(night * 7 + i));
            }
            // A correction that moves a walk-in to another pôle and commune, a deletion.
            PassageInput fix = logged.at(1).toInput();
            fix.pole = QStringLiteral("numerique");
            fix.commune = QStringLiteral("93066");
            REQUIRE(desk->reception->correct(logged.at(1).id, fix).ok());
            REQUIRE(desk->reception->remove(logged.at(2).id).ok());
            REQUIRE(lab.sync(*desk).ok());
        }
        REQUIRE(byNight.run().ok());
        CHECK_FALSE(summaries::deferred(*nightly));
    }

    auto bulk = lab.openCache(QStringLiteral("bulk.sqlite"));
    Consolidator atOnce(*bulk, lab.fs, lab.root);
    atOnce.setBulkThreshold(1);
    Result<ConsolidationSummary> s = atOnce.run();
    REQUIRE(s.ok());
    CHECK(s->imported == 8);
    CHECK_FALSE(summaries::deferred(*bulk));
    const QStringList tables = summaryTables(*bulk);
    CHECK(tables.size() > 40);
    CHECK(tables == summaryTables(*nightly));
    CHECK(poleFigures(*bulk) == poleFigures(*nightly));
    checkInvariants(lab, *bulk);

    SECTION("a deferral left by a crash is finished at the next run")
    {
        REQUIRE(summaries::defer(*bulk).ok());
        QSqlQuery wipe(bulk->connection());
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM passage_day")));
        REQUIRE(atOnce.run().ok()); // nothing new on the share
        CHECK_FALSE(summaries::deferred(*bulk));
        CHECK(summaryTables(*bulk) == tables);
    }
}

TEST_CASE("a rebuild gives the triggers' tables whatever order the rows are stored in",
          "[sync][bulk]")
{
    // Days logged out of order (yesterday's tally sheet typed in after today's walk-ins),
    // corrected and deleted: a desk's day is not contiguous in storage.
    test::TempDesk desk;
    const QDate days[] = {QDate(2024, 5, 6), QDate(2024, 5, 3), QDate(2024, 5, 6),
                          QDate(2024, 5, 2), QDate(2024, 5, 3)};
    QList<Passage> logged;
    for (int i = 0; i < 40; ++i) {
        desk.clockNow = QDateTime(days[i % 5], QTime(9, 0).addSecs(60 * i));
        logged << *desk.reception->log(varied(i));
    }
    for (int i = 0; i < 40; i += 7) {
        PassageInput fix = logged.at(i).toInput();
        fix.pole = QStringLiteral("numerique");
        fix.commune = QStringLiteral("97209");
        REQUIRE(desk.reception->correct(logged.at(i).id, fix).ok());
        REQUIRE(desk.reception->remove(logged.at(i + 3).id).ok());
    }
    const QStringList kept = summaryTables(*desk.db);
    REQUIRE(kept.size() > 30);

    REQUIRE(summaries::defer(*desk.db).ok());
    QSqlQuery wipe(desk.db->connection());
    for (const char *table : {"passage_day", "passage_dim_day", "passage_desk"})
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    REQUIRE(summaries::rebuild(*desk.db).ok());
    CHECK_FALSE(summaries::deferred(*desk.db));
    CHECK(summaryTables(*desk.db) == kept);
}

TEST_CASE("a large batch is applied in blocks with the same result, and refused as a whole",
          "[sync][bulk]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    // 40 walk-ins, then corrections of some of them in the same batch: the outbox holds
    // both revisions of those rows, some inside one block of the multi-row statement.
    QList<Passage> logged;
    for (int i = 0; i < 40; ++i) {
        a.clockNow = a.clockNow.addSecs(60);
        logged << *a.reception->log(varied(i));
    }
    for (int i : {3, 17, 35}) {
        PassageInput fix = logged.at(i).toInput();
        fix.pole = QStringLiteral("numerique");
        fix.count = 5;
        REQUIRE(a.reception->correct(logged.at(i).id, fix).ok());
    }
    REQUIRE(a.reception->remove(logged.at(20).id).ok());
    REQUIRE(lab.sync(a).ok());
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(s->rowsApplied >= 44);
    checkInvariants(lab, *cache);

    // The same batch from another share key with row 18 broken: nothing of it is kept.
    const QString good = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const ShareInfo info = *Share(lab.fs, lab.root).open();
    Batch broken = *BatchCodec::decode(f.readAll(), info.key);
    broken.header.batchNo = 2;
    for (BatchChange &change : broken.changes) {
        change.revision += 10;
        change.row.insert(QStringLiteral("revision"), change.revision);
        change.row.insert(QStringLiteral("pole"), QStringLiteral("droit"));
    }
    broken.changes[17].row.insert(QStringLiteral("count"), 0);
    const QByteArray bytes = BatchCodec::encode(broken, deskKey(a));
    QFile out(QFileInfo(good).absolutePath() + QLatin1Char('/') +
              BatchName{broken.header.instance, 2, BatchCodec::contentHash(bytes).left(16), 1}
                  .fileName());
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QByteArray before = poleFigures(*cache);
    Result<ConsolidationSummary> again = lab.consolidate(*cache);
    REQUIRE(again.ok());
    CHECK(again->quarantined == 1);
    CHECK(poleFigures(*cache) == before);
    CHECK(rows(*cache, QStringLiteral("SELECT COUNT(*) FROM passage WHERE pole = 'droit' AND "
                                      "revision > 10")) == 0);
}
