// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the referential (issue 17): rename, retire, reorder, merge, and reports over
// two years that apply the merges.
#include "support/test_support.h"

#include "core/programme/interviews.h"
#include "core/referential/referential_store.h"
#include "core/report/attendance.h"
#include "core/report/bilan.h"
#include "core/report/passage_report.h"
#include "core/report/programme_report.h"
#include "core/report/reporting_mapping.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace passages;
using Kind = Referential::Kind;

namespace {

PassageInput on(const char *pole, const char *theme, int count, int year)
{
    PassageInput input = test::walkIn(pole, count);
    input.theme = QLatin1String(theme);
    input.at = QDateTime(QDate(year, 3, 5), QTime(10, 0));
    return input;
}

qint64 countOf(const YearlyCounts &report, const char *code)
{
    qint64 total = 0;
    int rows = 0;
    for (const ReportRow &row : report.rows)
        if (row.code == QLatin1String(code)) {
            total += row.count;
            ++rows;
        }
    REQUIRE(rows <= 1); // one row per code, merged codes included
    return total;
}

const BilanLine *line(const BilanTable &table, const char *code)
{
    for (const BilanLine &l : table.lines)
        if (l.code == QLatin1String(code))
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("Renaming changes a label, never the code", "[referential][edit]")
{
    Referential ref = Referential::defaultReferential();
    ref.setLanguage(QStringLiteral("fr"));
    const qsizetype themes = ref.list(Kind::Theme).size();
    REQUIRE(ref.rename(Kind::Theme, QStringLiteral("evolution-vae"), QStringLiteral("fr"),
                       QStringLiteral("Validation des acquis"))
                .ok());
    CHECK(ref.label(Kind::Theme, QStringLiteral("evolution-vae")) ==
          QLatin1String("Validation des acquis"));
    CHECK(ref.list(Kind::Theme).size() == themes);
    CHECK_FALSE(
        ref.rename(Kind::Theme, QStringLiteral("nope"), QStringLiteral("fr"), QStringLiteral("x"))
            .ok());
    CHECK_FALSE(ref.rename(Kind::Theme, QStringLiteral("evolution-vae"), QStringLiteral("fr"),
                           QStringLiteral("  "))
                    .ok());
    // Through JSON and back: the same code, the new label.
    Result<Referential> again = Referential::fromJson(ref.toJson());
    REQUIRE(again.ok());
    again->setLanguage(QStringLiteral("fr"));
    CHECK(again->label(Kind::Theme, QStringLiteral("evolution-vae")) ==
          QLatin1String("Validation des acquis"));
}

TEST_CASE("Retire hides from the desks, reorder moves, add checks", "[referential][edit]")
{
    Referential ref = Referential::defaultReferential();
    REQUIRE(ref.setRetired(Kind::Channel, QStringLiteral("mail"), true).ok());
    CHECK_FALSE(ref.codeList(Kind::Channel).contains(QLatin1String("mail")));
    CHECK(ref.contains(Kind::Channel, QStringLiteral("mail")));

    REQUIRE(ref.move(Kind::Pole, QStringLiteral("numerique"), 0).ok());
    CHECK(ref.list(Kind::Pole).first().code == QLatin1String("numerique"));
    CHECK_FALSE(ref.move(Kind::Pole, QStringLiteral("numerique"), 99).ok());

    Category site;
    site.code = QStringLiteral("montreuil");
    site.labels.insert(QStringLiteral("fr"), QStringLiteral("Montreuil"));
    REQUIRE(ref.add(Kind::Site, site).ok());
    CHECK(ref.active(Kind::Site).last().code == QLatin1String("montreuil"));
    CHECK_FALSE(ref.add(Kind::Site, site).ok()); // the same code twice

    Category orphan;
    orphan.code = QStringLiteral("t-orphan");
    orphan.pole = QStringLiteral("no-such-pole");
    CHECK_FALSE(ref.add(Kind::Theme, orphan).ok());

    Category pale;
    pale.code = QStringLiteral("pale");
    pale.color = QStringLiteral("#ffff66");
    const Status refused = ref.add(Kind::Pole, pale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("contrast")));
    CHECK_FALSE(ref.setPoleColor(QStringLiteral("emploi"), QStringLiteral("#fafafa")).ok());
    CHECK_FALSE(ref.setPoleColor(QStringLiteral("emploi"), QStringLiteral("blue")).ok());
    REQUIRE(ref.setPoleColor(QStringLiteral("emploi"), QStringLiteral("#004488")).ok());
    CHECK(ref.poleColor(QStringLiteral("emploi")) == QLatin1String("#004488"));
    CHECK(ref.problems().isEmpty());
}

TEST_CASE("Every problem of a document is named with its JSON path", "[referential][edit]")
{
    QByteArray json = Referential::defaultReferential().toJson();
    json.replace("\"pole\": \"droit\"", "\"pole\": \"gone\"");
    json.replace("\"color\": \"#1f77b4\"", "\"color\": \"#fefefe\"");
    json.replace("\"code\": \"visio\"", "\"code\": \"telephone\"");
    Result<Referential> parsed = Referential::fromJson(json, true);
    REQUIRE_FALSE(parsed.ok());
    const QString message = parsed.error().message;
    CHECK(message.contains(QRegularExpression(QStringLiteral(R"(themes\[\d+\]\.pole: )"))));
    CHECK(message.contains(QLatin1String("poles[0].color: ")));
    CHECK(message.contains(QRegularExpression(QStringLiteral(R"(channels\[\d+\]\.code: )"))));
    CHECK(message.count(QLatin1Char('\n')) >= 3); // all of them, not only the first

    // A version published before the colour check still loads at the desks; publishing
    // it again asks for a readable colour.
    QByteArray pale = Referential::defaultReferential().toJson();
    pale.replace("\"color\": \"#1f77b4\"", "\"color\": \"#fefefe\"");
    Result<Referential> loaded = Referential::fromJson(pale);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->problems().size() == 1);
    CHECK(loaded->problems().first().path == QLatin1String("poles[0].color"));
    CHECK_FALSE(Referential::fromJson(pale, true).ok());
}

TEST_CASE("A merge is validated and survives JSON", "[referential][edit]")
{
    Referential ref = Referential::defaultReferential();
    const QDate since(2024, 1, 1);
    // Themes merge within one pôle; into an existing, active code; never into itself.
    CHECK_FALSE(ref.merge(Kind::Theme, {QStringLiteral("evolution-vae")},
                          QStringLiteral("emploi-metiers"), since)
                    .ok());
    CHECK_FALSE(
        ref.merge(Kind::Theme, {QStringLiteral("nope")}, QStringLiteral("evolution-cpf"), since)
            .ok());
    CHECK_FALSE(ref.merge(Kind::Theme, {QStringLiteral("evolution-cpf")},
                          QStringLiteral("evolution-cpf"), since)
                    .ok());
    REQUIRE(ref.merge(Kind::Theme,
                      {QStringLiteral("evolution-vae"), QStringLiteral("evolution-cpf")},
                      QStringLiteral("evolution-formation"), since)
                .ok());
    CHECK(ref.find(Kind::Theme, QStringLiteral("evolution-vae"))->retired);
    CHECK(ref.reportCode(Kind::Theme, QStringLiteral("evolution-cpf")) ==
          QLatin1String("evolution-formation"));
    CHECK(ref.reportCode(Kind::Theme, QStringLiteral("evolution-bilan")) ==
          QLatin1String("evolution-bilan"));
    // Already merged: not twice.
    CHECK_FALSE(ref.merge(Kind::Theme, {QStringLiteral("evolution-vae")},
                          QStringLiteral("evolution-bilan"), since)
                    .ok());

    Result<Referential> again = Referential::fromJson(ref.toJson());
    REQUIRE(again.ok());
    REQUIRE(again->merges().size() == 1);
    CHECK(again->merges().first().since == since);
    CHECK(again->reportCode(Kind::Theme, QStringLiteral("evolution-vae")) ==
          QLatin1String("evolution-formation"));

    // A cycle written by hand is refused with its path.
    QByteArray json = ref.toJson();
    json.replace("\"merges\": [", R"("merges": [{"kind": "themes", "from": ["evolution-formation"],
                 "into": "evolution-vae", "since": "2024-02-01"},)");
    Result<Referential> cyclic = Referential::fromJson(json);
    REQUIRE_FALSE(cyclic.ok());
    CHECK(cyclic.error().message.contains(QLatin1String("merges[")));
}

TEST_CASE("Reports over two years put merged codes under their target", "[referential][edit]")
{
    test::TempDesk desk;
    Reception &r = *desk.reception;
    // 2023: the old themes; 2024: the same people, some already under the new code.
    REQUIRE(r.log(on("evolution", "evolution-vae", 4, 2023)).ok());
    REQUIRE(r.log(on("evolution", "evolution-cpf", 6, 2023)).ok());
    REQUIRE(r.log(on("evolution", "evolution-bilan", 2, 2023)).ok());
    REQUIRE(r.log(on("evolution", "evolution-vae", 3, 2024)).ok());
    REQUIRE(r.log(on("evolution", "evolution-formation", 5, 2024)).ok());
    REQUIRE(r.log(on("droit", "droit-travail", 7, 2023)).ok());
    REQUIRE(r.log(on("numerique", "numerique-outils", 1, 2024)).ok());
    {
        Interviews interviews(*desk.db, desk.referential, [&desk] { return desk.clockNow; });
        InterviewInput talk;
        talk.pole = QStringLiteral("droit");
        talk.at = QDateTime(QDate(2023, 6, 1), QTime(11, 0));
        REQUIRE(interviews.log(talk).ok());
    }

    PassageReports reports(*desk.db, desk.referential, test::communes());
    Result<YearlyCounts> before = reports.yearly(2023, BreakdownBy::Theme);
    REQUIRE(before.ok());
    CHECK(countOf(*before, "evolution-vae") == 4);

    // The admin merges VAE and CPF into "formation", and the pôle "droit" into "emploi".
    REQUIRE(desk.referential
                .merge(Kind::Theme,
                       {QStringLiteral("evolution-vae"), QStringLiteral("evolution-cpf")},
                       QStringLiteral("evolution-formation"), QDate(2024, 1, 1))
                .ok());
    REQUIRE(desk.referential
                .merge(Kind::Pole, {QStringLiteral("droit")}, QStringLiteral("emploi"),
                       QDate(2024, 1, 1))
                .ok());
    REQUIRE(saveReferential(*desk.db, desk.referential).ok());
    desk.reopen(); // as a desk does after picking up the new version

    PassageReports merged(*desk.db, desk.referential, test::communes());
    Result<YearlyCounts> y2023 = merged.yearly(2023, BreakdownBy::Theme);
    Result<YearlyCounts> y2024 = merged.yearly(2024, BreakdownBy::Theme);
    REQUIRE(y2023.ok());
    REQUIRE(y2024.ok());
    CHECK(countOf(*y2023, "evolution-formation") == 10);
    CHECK(countOf(*y2023, "evolution-vae") == 0);
    CHECK(countOf(*y2023, "evolution-bilan") == 2);
    CHECK(countOf(*y2024, "evolution-formation") == 8);
    CHECK(y2023->total == 19); // nothing lost

    Result<YearlyCounts> poles2023 = merged.yearly(2023, BreakdownBy::Pole);
    REQUIRE(poles2023.ok());
    CHECK(countOf(*poles2023, "emploi") == 7);
    CHECK(countOf(*poles2023, "droit") == 0);

    // The bilan of 2024 compares with 2023 under the new codes.
    Result<Bilan> bilan = BilanBuilder(*desk.db, desk.referential, test::communes()).build(2024);
    REQUIRE(bilan.ok());
    const BilanTable *themes = bilan->table(QStringLiteral("contacts-theme"));
    REQUIRE(themes != nullptr);
    const BilanLine *formation = line(*themes, "evolution-formation");
    REQUIRE(formation != nullptr);
    CHECK(formation->count == 8);
    CHECK(formation->previous == 10);
    CHECK(line(*themes, "evolution-vae") == nullptr);
    const BilanTable *poles = bilan->table(QStringLiteral("contacts-pole"));
    REQUIRE(poles != nullptr);
    const BilanLine *emploi = line(*poles, "emploi");
    REQUIRE(emploi != nullptr);
    CHECK(emploi->previous == 7);
    CHECK(line(*poles, "droit") == nullptr);
    const BilanTable *talks = bilan->table(QStringLiteral("interviews-pole"));
    REQUIRE(talks != nullptr);
    const BilanLine *talksEmploi = line(*talks, "emploi");
    REQUIRE(talksEmploi != nullptr);
    CHECK(talksEmploi->previous == 1);
    CHECK(line(*talks, "droit") == nullptr);
}

TEST_CASE("A reporting mapping sums the Cité's codes into its categories", "[referential][mapping]")
{
    test::TempDesk desk;
    Reception &r = *desk.reception;
    REQUIRE(r.log(on("droit", "droit-travail", 3, 2023)).ok());
    REQUIRE(r.log(on("numerique", "numerique-outils", 4, 2023)).ok());
    REQUIRE(r.log(on("evolution", "evolution-vae", 5, 2023)).ok());
    REQUIRE(r.log(on("droit", "droit-travail", 2, 2024)).ok());
    REQUIRE(r.log(on("documentation", "", 6, 2024)).ok());
    REQUIRE(r.log(on("emploi", "", 1, 2024)).ok());

    const Referential &ref = desk.referential;
    Result<const Referential::Mapping *> spro =
        findMapping(ref, QStringLiteral("region-spro"), QStringLiteral("pole"));
    REQUIRE(spro.ok());
    CHECK_FALSE(findMapping(ref, QStringLiteral("region-spro"), QStringLiteral("age-band")).ok());
    const Result<const Referential::Mapping *> unknown =
        findMapping(ref, QStringLiteral("fse"), QStringLiteral("pole"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("region-spro")));

    PassageReports reports(*desk.db, ref, test::communes());
    Result<YearlyCounts> y2023 = reports.yearly(2023, BreakdownBy::Pole);
    REQUIRE(y2023.ok());
    const YearlyCounts mapped = inMapping(*y2023, ref, **spro);
    CHECK(countOf(mapped, "information") == 7);
    CHECK(countOf(mapped, "formation") == 5);
    CHECK(mapped.total == 12);

    // The bilan's pôle tables in the categories, beside the previous year.
    Result<Bilan> bilan = BilanBuilder(*desk.db, ref, test::communes()).build(2024);
    REQUIRE(bilan.ok());
    const Bilan inSpro = inMapping(*bilan, ref, **spro);
    const BilanTable *contacts = inSpro.table(QStringLiteral("contacts-pole"));
    REQUIRE(contacts != nullptr);
    const BilanLine *information = line(*contacts, "information");
    REQUIRE(information != nullptr);
    CHECK(information->count == 8);
    CHECK(information->previous == 7);
    CHECK(line(*contacts, "droit") == nullptr);
    CHECK(contacts->total == 9);
    // Other tables keep the Cité's codes.
    CHECK(line(*inSpro.table(QStringLiteral("contacts-theme")), "droit-travail") != nullptr);

    // A mapping naming an unknown code is refused with its path.
    Referential broken = ref;
    Referential::Mapping m = **spro;
    m.map.insert(QStringLiteral("no-such-pole"), QStringLiteral("information"));
    broken.setMapping(m);
    const QList<ReferentialProblem> problems = broken.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path == QLatin1String("mappings[0].map.no-such-pole"));
}
