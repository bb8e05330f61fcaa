// SPDX-License-Identifier: GPL-3.0-or-later
// Desk -> share -> consolidation: the guarantees of design/sync.md when all goes well
// (faults, identities, batches and bulk imports have files of their own: test_sync_*.cpp).
#include "support/sync_lab.h"

#include "core/report/passage_report.h"
#include "core/report/summaries.h"
#include "core/sync/share.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace passages;
using namespace passages::test;

TEST_CASE("three desks sync to the share and the consolidation equals their sum", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    test::TempDesk &b = lab.addDesk("villette", "Accueil 2");
    test::TempDesk &c = lab.addDesk("bpi", "Accueil Bpi");
    logSome(a, 5);
    logSome(b, 3, "orientation", 2);
    logSome(c, 4, "creation");
    for (auto *desk : {&a, &b, &c}) {
        Result<SyncOutcome> r = lab.sync(*desk);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r->batchesPublished == 1);
        CHECK(r->pendingRows == 0);
        CHECK(lab.syncer(*desk).pendingRows() == 0);
        CHECK(lab.syncer(*desk).lastSuccess().isValid());
    }
    // Syncing again publishes nothing new.
    Result<SyncOutcome> again = lab.sync(a);
    REQUIRE(again.ok());
    CHECK(again->batchesPublished == 0);
    CHECK(lab.shareFiles().size() == 3);

    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 3);
    CHECK(s->rowsApplied == 12);
    CHECK(total(*cache) == 5 + 6 + 4);
    CHECK(total(*cache, QStringLiteral("bpi")) == 4);
    // Consolidating again changes nothing.
    s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->filesSeen == 0);
    checkInvariants(lab, *cache);

    Result<QList<DeskHealth>> health =
        Consolidator(*cache, lab.fs, lab.root).health(QDateTime::currentDateTimeUtc());
    REQUIRE(health.ok());
    REQUIRE(health->size() == 3);
    for (const DeskHealth &h : *health) {
        CHECK(h.lastImported == 1);
        CHECK(h.missing.isEmpty());
        CHECK_FALSE(h.held);
    }
}

TEST_CASE("corrections and deletions after sync, delivered out of order, end the same", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    const Passage first = *a.reception->log(walkIn("emploi", 3));
    const Passage second = *a.reception->log(walkIn("droit", 2));
    REQUIRE(lab.sync(a).ok());
    PassageInput fix = first.toInput();
    fix.pole = QStringLiteral("creation");
    REQUIRE(a.reception->correct(first.id, fix).ok());
    REQUIRE(a.reception->remove(second.id).ok());
    REQUIRE(lab.sync(a).ok());
    REQUIRE(lab.shareFiles().size() == 2);

    // The later batch arrives first: hide batch 1 from the share for one consolidation.
    const QString batch1 = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    REQUIRE(batch1.contains(QLatin1String("_00000001_")));
    const QString aside = lab.dir.filePath(QStringLiteral("aside.jsonl"));
    REQUIRE(QFile::rename(batch1, aside));
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 3); // the correction, alone: creation 3
    REQUIRE(QFile::rename(aside, batch1));
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 3); // the original, older, changes nothing
    PassageReports reports(*cache, a.referential, test::communes());
    CHECK(reports.yearly(2024, BreakdownBy::Pole)->rows.at(0).code == QLatin1String("creation"));
    checkInvariants(lab, *cache);
}

TEST_CASE("the same batch delivered twice or under two attempt numbers counts once", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 4, "emploi", 5);
    REQUIRE(lab.sync(a).ok());
    const QString file = lab.root + QLatin1Char('/') + lab.shareFiles().at(0);
    QString copy = file;
    copy.replace(QStringLiteral("_a1.jsonl"), QStringLiteral("_a2.jsonl"));
    REQUIRE(QFile::copy(file, copy));
    auto cache = lab.openCache();
    Result<ConsolidationSummary> s = lab.consolidate(*cache);
    REQUIRE(s.ok());
    CHECK(s->imported == 1);
    CHECK(s->duplicates == 1);
    CHECK(total(*cache) == 20);
    checkInvariants(lab, *cache);
}

TEST_CASE("a lagging directory listing delays but never loses a batch", "[sync]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    logSome(a, 2);
    REQUIRE(lab.sync(a).ok());
    lab.fs.setListingLag(true);
    auto cache = lab.openCache();
    REQUIRE(lab.consolidate(*cache).ok()); // sees nothing yet
    REQUIRE(lab.consolidate(*cache).ok());
    REQUIRE(lab.consolidate(*cache).ok());
    REQUIRE(lab.consolidate(*cache).ok());
    lab.fs.clear();
    REQUIRE(lab.consolidate(*cache).ok());
    CHECK(total(*cache) == 4);
    checkInvariants(lab, *cache);
}

TEST_CASE("a newer referential on the share reaches the desk at sync", "[sync][referential]")
{
    Lab lab;
    test::TempDesk &a = lab.addDesk("villette", "Accueil 1");
    Referential next = Referential::defaultReferential();
    next.setVersion(2);
    DeskFields fields = next.fields();
    fields.firstVisit = true;
    next.setFields(fields);
    Share share(lab.fs, lab.root);
    REQUIRE(share.publishReferential(next, lab.admin).ok());
    CHECK_FALSE(share.publishReferential(next, lab.admin).ok()); // versions only go up
    Result<SyncOutcome> r = lab.sync(a);
    REQUIRE(r.ok());
    CHECK(r->referentialUpdated);
    a.reopen();
    CHECK(a.referential.version() == 2);
    CHECK(a.referential.fields().firstVisit);
    CHECK_FALSE(lab.sync(a)->referentialUpdated);
}
