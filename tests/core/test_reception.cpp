// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/reception/passage_csv.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace passages;
using passages::test::walkIn;

namespace {

int outboxRows(const Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a walk-in is recorded with defaults, the desk identity and the local time",
          "[reception]")
{
    test::TempDesk desk;
    Result<Passage> logged = desk.reception->log(walkIn("emploi"));
    REQUIRE(logged.ok());
    CHECK(logged->id.size() == 36);
    CHECK(logged->site == QLatin1String("villette"));
    CHECK(logged->desk == QLatin1String("Accueil 1"));
    CHECK(logged->date == QDate(2024, 3, 5));
    CHECK(logged->time == QTime(10, 0));
    CHECK(logged->ageBand == QLatin1String("nr"));
    CHECK(logged->commune == QLatin1String("nr"));
    CHECK(logged->publicCode == QLatin1String("nr"));
    CHECK(logged->channel == QLatin1String("sur-place"));
    CHECK(logged->revision == 1);
    CHECK_FALSE(logged->deleted);

    // Committed before log() returned: another connection sees it after a restart.
    desk.reopen();
    Result<Passage> found = desk.reception->find(logged->id);
    REQUIRE(found.ok());
    CHECK(found->pole == QLatin1String("emploi"));
    CHECK(outboxRows(*desk.db, logged->id) == 1);
}

TEST_CASE("bad input is refused with the field and the valid codes", "[reception]")
{
    test::TempDesk desk;
    auto refuse = [&](const PassageInput &input, const char *field, const char *needle) {
        Result<Passage> r = desk.reception->log(input);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QLatin1String(field));
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(QLatin1String(needle)));
    };
    refuse(PassageInput{}, "pole", "orientation, evolution");
    refuse(walkIn("jardinage"), "pole", "emploi");
    PassageInput theme = walkIn("emploi");
    theme.theme = QStringLiteral("evolution-vae");
    refuse(theme, "theme", "emploi-recherche");
    PassageInput age = walkIn("emploi");
    age.ageBand = QStringLiteral("12-14");
    refuse(age, "age_band", "16-25");
    PassageInput commune = walkIn("emploi");
    commune.commune = QStringLiteral("99999");
    refuse(commune, "commune", "INSEE");
    refuse(walkIn("emploi", 0), "count", "between 1 and 500");
    PassageInput channel = walkIn("emploi");
    channel.channel = QStringLiteral("pigeon");
    refuse(channel, "channel", "sur-place");

    Result<QList<Passage>> day = desk.reception->entriesOn(QDate(2024, 3, 5));
    REQUIRE(day.ok());
    CHECK(day->isEmpty());
}

TEST_CASE("recording needs a desk identity", "[reception]")
{
    test::TempDesk desk(false);
    Result<Passage> r = desk.reception->log(walkIn("emploi"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotInitialised);
    CHECK_FALSE(desk.reception->setIdentity(QStringLiteral("lune"), QStringLiteral("A")).ok());
    CHECK_FALSE(desk.reception->setIdentity(QStringLiteral("bpi"), QStringLiteral("   ")).ok());
    REQUIRE(
        desk.reception->setIdentity(QStringLiteral("bpi"), QStringLiteral(" Accueil  Bpi ")).ok());
    CHECK(desk.reception->identity().desk == QLatin1String("Accueil Bpi"));
    CHECK(desk.reception->log(walkIn("emploi")).ok());
}

TEST_CASE("corrections and deletions are new revisions, never lost rows", "[reception]")
{
    test::TempDesk desk;
    const Passage first = *desk.reception->log(walkIn("emploi", 2));
    PassageInput changed = first.toInput();
    changed.at.reset();
    changed.pole = QStringLiteral("creation");
    changed.theme = QStringLiteral("creation-statut");
    desk.clockNow = desk.clockNow.addSecs(600);

    Result<Passage> corrected = desk.reception->correct(first.id, changed);
    REQUIRE(corrected.ok());
    CHECK(corrected->revision == 2);
    CHECK(corrected->pole == QLatin1String("creation"));
    CHECK(corrected->time == first.time); // the moment of the visit does not move
    CHECK(corrected->count == 2);

    Result<Passage> removed = desk.reception->remove(first.id);
    REQUIRE(removed.ok());
    CHECK(removed->revision == 3);
    CHECK(removed->deleted);
    CHECK_FALSE(desk.reception->remove(first.id).ok()); // already a tombstone
    CHECK_FALSE(desk.reception->correct(first.id, changed).ok());

    // The row is still there as a tombstone, and every step is in the outbox.
    Result<Passage> stored = desk.reception->find(first.id);
    REQUIRE(stored.ok());
    CHECK(stored->deleted);
    CHECK(outboxRows(*desk.db, first.id) == 3);
    CHECK(desk.reception->entriesOn(QDate(2024, 3, 5))->isEmpty());

    // Undo of the deletion brings the corrected values back as revision 4.
    Result<Passage> restored = desk.reception->restore(*corrected);
    REQUIRE(restored.ok());
    CHECK(restored->revision == 4);
    CHECK_FALSE(restored->deleted);
    CHECK(restored->pole == QLatin1String("creation"));
    CHECK(desk.reception->entriesOn(QDate(2024, 3, 5))->size() == 1);

    QSqlQuery q = desk.db->prepare(QStringLiteral(
        "SELECT payload FROM outbox WHERE entity_id = :id ORDER BY seq DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":id"), first.id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QJsonObject image = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(image.value(QStringLiteral("revision")).toInt() == 4);
    CHECK(image.value(QStringLiteral("pole")).toString() == QLatin1String("creation"));
    CHECK(image.value(QStringLiteral("deleted")).toInt() == 0);

    CHECK(desk.reception->find(QStringLiteral("nope")).error().code == ErrorCode::NotFound);
}

TEST_CASE("today's counts sum group sizes per pôle and skip deleted entries", "[reception]")
{
    test::TempDesk desk;
    REQUIRE(desk.reception->log(walkIn("emploi")).ok());
    REQUIRE(desk.reception->log(walkIn("emploi", 25)).ok());
    REQUIRE(desk.reception->log(walkIn("orientation")).ok());
    const Passage mistake = *desk.reception->log(walkIn("droit", 4));
    REQUIRE(desk.reception->remove(mistake.id).ok());
    PassageInput yesterday = walkIn("emploi", 7);
    yesterday.at = QDateTime(QDate(2024, 3, 4), QTime(16, 0));
    REQUIRE(desk.reception->log(yesterday).ok());

    Result<QHash<QString, qint64>> counts = desk.reception->countsByPole(QDate(2024, 3, 5));
    REQUIRE(counts.ok());
    CHECK(counts->value(QStringLiteral("emploi")) == 26);
    CHECK(counts->value(QStringLiteral("orientation")) == 1);
    CHECK_FALSE(counts->contains(QStringLiteral("droit")));

    Result<QList<Passage>> last = desk.reception->entriesOn(QDate(2024, 3, 5), 2);
    REQUIRE(last.ok());
    CHECK(last->size() == 2);
}

TEST_CASE("many entries go in all together or not at all", "[reception]")
{
    test::TempDesk desk;
    QList<PassageInput> inputs{walkIn("emploi"), walkIn("creation"), walkIn("nope")};
    Result<int> r = desk.reception->logAll(inputs);
    REQUIRE_FALSE(r.ok());
    CHECK(desk.reception->entriesOfYear(0)->isEmpty());
    inputs.removeLast();
    REQUIRE(desk.reception->logAll(inputs).ok());
    CHECK(desk.reception->entriesOfYear(2024)->size() == 2);
}

TEST_CASE("the desk's frequent communes are counted for search ordering", "[reception]")
{
    test::TempDesk desk;
    for (int i = 0; i < 3; ++i) {
        PassageInput input = walkIn("emploi");
        input.commune = QStringLiteral("94022");
        REQUIRE(desk.reception->log(input).ok());
    }
    PassageInput other = walkIn("emploi");
    other.commune = QStringLiteral("75119");
    REQUIRE(desk.reception->log(other).ok());
    const Result<QHash<QString, int>> counted = desk.reception->communeFrequency();
    REQUIRE(counted.ok());
    const QHash<QString, int> &frequency = *counted;
    CHECK(frequency.value(QStringLiteral("94022")) == 3);
    CHECK(frequency.value(QStringLiteral("75119")) == 1);
    CHECK_FALSE(frequency.contains(QStringLiteral("nr")));
}

TEST_CASE("communes that cannot be counted are an error, not an empty count", "[reception]")
{
    test::TempDesk desk;
    PassageInput input = walkIn("emploi");
    input.commune = QStringLiteral("94022");
    REQUIRE(desk.reception->log(input).ok());
    QSqlQuery rename =
        desk.db->prepare(QStringLiteral("ALTER TABLE passage RENAME TO passage_kept"));
    REQUIRE(rename.exec());
    const Result<QHash<QString, int>> counted = desk.reception->communeFrequency();
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error().code == ErrorCode::Database);
    CHECK(counted.error().message.contains(QLatin1String("Counting the communes")));
}

TEST_CASE("the largest group is the referential's: 500 by default, at the desk and in imports",
          "[reception][group-size]")
{
    test::TempDesk desk;
    CHECK(desk.referential.maxGroupSize() == 500);
    Result<Passage> over = desk.reception->log(walkIn("emploi", 501));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().field == QLatin1String("count"));
    CHECK(over.error().message.contains(QLatin1String("between 1 and 500 (got 501)")));
    CHECK(desk.reception->log(walkIn("emploi", 500)).ok());

    // A Cité that configures 20: the desk and its CSV import refuse 21.
    REQUIRE(desk.referential.setMaxGroupSize(20).ok());
    CHECK_FALSE(desk.reception->log(walkIn("emploi", 21)).ok());
    CHECK(desk.reception->log(walkIn("emploi", 20)).ok());
    Result<ImportReport> report = PassageCsv::importData(
        *desk.reception, "at;pole;count\n2024-03-05T10:00;emploi;21\n2024-03-05T11:00;emploi;3\n",
        QStringLiteral("feuille.csv"));
    REQUIRE(report.ok());
    CHECK(report->imported == 0);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.at(0).contains(QLatin1String("line 2, field count")));
    CHECK(report->problems.at(0).contains(QLatin1String("between 1 and 20")));
}

TEST_CASE("the group maximum travels in the referential document and is bounded",
          "[referential][group-size]")
{
    Referential ref = Referential::defaultReferential();
    REQUIRE(ref.setMaxGroupSize(120).ok());
    Result<Referential> back = Referential::fromJson(ref.toJson());
    REQUIRE(back.ok());
    CHECK(back->maxGroupSize() == 120);
    // A document without it (every referential before): the default.
    QJsonObject doc = QJsonDocument::fromJson(ref.toJson()).object();
    doc.remove(QStringLiteral("max_group_size"));
    back = Referential::fromJson(QJsonDocument(doc).toJson());
    REQUIRE(back.ok());
    CHECK(back->maxGroupSize() == Referential::kDefaultMaxGroupSize);
    for (const QJsonValue &bad :
         {QJsonValue(0), QJsonValue(10000), QJsonValue(QStringLiteral("x"))}) {
        doc.insert(QStringLiteral("max_group_size"), bad);
        back = Referential::fromJson(QJsonDocument(doc).toJson());
        REQUIRE_FALSE(back.ok());
        CHECK(back.error().field == QLatin1String("max_group_size"));
    }
    CHECK_FALSE(ref.setMaxGroupSize(0).ok());
    CHECK(ref.maxGroupSize() == 120);
}
