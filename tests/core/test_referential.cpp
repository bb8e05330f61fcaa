// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/referential/referential_store.h"

#include <catch2/catch.hpp>

using namespace passages;
using Kind = Referential::Kind;

TEST_CASE("the default referential carries the stable codes of the design", "[referential]")
{
    Referential ref = Referential::defaultReferential();
    const QStringList poles{QStringLiteral("orientation"),  QStringLiteral("evolution"),
                            QStringLiteral("creation"),     QStringLiteral("emploi"),
                            QStringLiteral("droit"),        QStringLiteral("numerique"),
                            QStringLiteral("documentation")};
    REQUIRE(ref.list(Kind::Pole).size() == poles.size());
    for (int i = 0; i < poles.size(); ++i) {
        CHECK(ref.list(Kind::Pole).at(i).code == poles.at(i));
        CHECK(ref.poleColor(poles.at(i)).startsWith(QLatin1Char('#')));
    }
    for (const char *code : {"0-15", "16-25", "26-44", "45-54", "55-plus", "nr"})
        CHECK(ref.contains(Kind::AgeBand, QLatin1String(code)));
    for (const char *code :
         {"demandeur-emploi", "salarie", "scolaire-etudiant", "independant", "autre", "nr"})
        CHECK(ref.contains(Kind::Public, QLatin1String(code)));
    for (const char *code : {"sur-place", "telephone", "visio", "mail"})
        CHECK(ref.contains(Kind::Channel, QLatin1String(code)));
    CHECK(ref.contains(Kind::Site, QStringLiteral("villette")));
    CHECK(ref.find(Kind::Site, QStringLiteral("villette"))->main);

    ref.setLanguage(QStringLiteral("fr"));
    CHECK(ref.label(Kind::Pole, QStringLiteral("evolution")) ==
          QStringLiteral("Évoluer, se former, se reconvertir"));
    ref.setLanguage(QStringLiteral("en"));
    CHECK(ref.label(Kind::Pole, QStringLiteral("droit")) == QStringLiteral("Employment law"));
    CHECK(ref.label(Kind::Pole, QStringLiteral("unknown")) == QStringLiteral("unknown"));

    for (const Category &theme : ref.themesOf(QStringLiteral("emploi")))
        CHECK(theme.pole == QLatin1String("emploi"));
    CHECK(ref.themesOf(QStringLiteral("emploi")).size() == 4);
}

TEST_CASE("a referential round-trips through JSON and the database", "[referential]")
{
    test::TempDesk desk;
    Referential ref = desk.referential;
    DeskFields fields = ref.fields();
    fields.publicField = false;
    fields.firstVisit = true;
    ref.setFields(fields);
    CHECK(ref.openWeekdays() == QList<int>{1, 2, 3, 4, 5}); // Monday to Friday unless set
    REQUIRE(ref.setOpenWeekdays({6, 2, 3, 4, 5, 3}).ok());  // Tuesday to Saturday
    ref.setVersion(7);
    REQUIRE(saveReferential(*desk.db, ref).ok());
    desk.reopen();
    CHECK(desk.referential.version() == 7);
    CHECK_FALSE(desk.referential.fields().publicField);
    CHECK(desk.referential.fields().firstVisit);
    CHECK(desk.referential.openWeekdays() == QList<int>{2, 3, 4, 5, 6});
    CHECK(desk.referential.list(Kind::Theme).size() == ref.list(Kind::Theme).size());

    // No day, or a day that is not one, changes nothing.
    CHECK_FALSE(ref.setOpenWeekdays({}).ok());
    CHECK_FALSE(ref.setOpenWeekdays({0, 1}).ok());
    CHECK_FALSE(ref.setOpenWeekdays({8}).ok());
    CHECK(ref.openWeekdays() == QList<int>{2, 3, 4, 5, 6});
}

TEST_CASE("an invalid referential is refused with the reason", "[referential]")
{
    auto reason = [](const char *json) {
        Result<Referential> r = Referential::fromJson(QByteArray(json));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(reason("{nope").contains(QLatin1String("not valid JSON")));
    CHECK(reason(R"({"format":9})").contains(QLatin1String("newer format")));
    CHECK(reason(R"({"poles":[]})").contains(QLatin1String("poles")));
    const QString twice = reason(
        R"({"poles":[{"code":"a"},{"code":"a"}],"themes":[{"code":"t","pole":"a"}],
            "age_bands":[{"code":"nr"}],"publics":[{"code":"nr"}],"channels":[{"code":"x"}],
            "sites":[{"code":"s"}]})");
    CHECK(twice.contains(QLatin1String("twice")));
    const QString orphan = reason(
        R"({"poles":[{"code":"a"}],"themes":[{"code":"t","pole":"b"}],
            "age_bands":[{"code":"nr"}],"publics":[{"code":"nr"}],"channels":[{"code":"x"}],
            "sites":[{"code":"s"}]})");
    CHECK(orphan.contains(QStringLiteral("unknown pôle")));
    for (const char *days : {R"({"open_weekdays":[]})", R"({"open_weekdays":[0,1]})",
                             R"({"open_weekdays":"weekdays"})", R"({"open_weekdays":[1,9]})"})
        CHECK(reason(days).contains(QLatin1String("open_weekdays")));
}

TEST_CASE("a retired category stays reportable but is not offered", "[referential]")
{
    Referential ref = Referential::defaultReferential();
    QByteArray json = ref.toJson();
    json.replace("\"code\": \"numerique\",", "\"code\": \"numerique\", \"retired\": true,");
    Result<Referential> edited = Referential::fromJson(json);
    REQUIRE(edited.ok());
    CHECK(edited->contains(Kind::Pole, QStringLiteral("numerique")));
    CHECK(edited->active(Kind::Pole).size() == ref.active(Kind::Pole).size() - 1);
    CHECK_FALSE(edited->codeList(Kind::Pole).contains(QLatin1String("numerique")));
}
