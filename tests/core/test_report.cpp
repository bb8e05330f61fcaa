// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/report/passage_report.h"

#include <catch2/catch.hpp>

using namespace passages;
using passages::test::walkIn;

namespace {

PassageInput at(PassageInput input, int y, int m, int d, int h = 10)
{
    input.at = QDateTime(QDate(y, m, d), QTime(h, 0));
    return input;
}

PassageInput with(const char *pole, const char *age, const char *commune, int count = 1)
{
    PassageInput input = walkIn(pole, count);
    input.ageBand = QLatin1String(age);
    input.commune = QLatin1String(commune);
    return input;
}

qint64 countOf(const YearlyCounts &report, const char *code)
{
    for (const ReportRow &row : report.rows)
        if (row.code == QLatin1String(code))
            return row.count;
    return -1;
}

} // namespace

TEST_CASE("the yearly report counts group sizes, skips deleted entries and keeps to the year",
          "[report]")
{
    test::TempDesk desk;
    Reception &r = *desk.reception;
    // 2024: emploi 1 + 25 (a class) + 3 = 29; orientation 2; creation deleted.
    REQUIRE(r.log(at(with("emploi", "26-44", "94022"), 2024, 1, 1, 9)).ok());
    REQUIRE(r.log(at(with("emploi", "16-25", "75119", 25), 2024, 6, 12)).ok());
    REQUIRE(r.log(at(with("emploi", "26-44", "94022", 3), 2024, 12, 31, 18)).ok());
    REQUIRE(r.log(at(with("orientation", "16-25", "94022", 2), 2024, 3, 5)).ok());
    const Passage mistake = *r.log(at(with("creation", "45-54", "75119", 4), 2024, 3, 5));
    REQUIRE(r.remove(mistake.id).ok());
    // A correction moves one entry from emploi to droit: counted once, under droit.
    const Passage moved = *r.log(at(with("emploi", "55-plus", "etranger"), 2024, 4, 2));
    PassageInput fix = moved.toInput();
    fix.pole = QStringLiteral("droit");
    REQUIRE(r.correct(moved.id, fix).ok());
    // Outside 2024 on both sides.
    REQUIRE(r.log(at(with("emploi", "26-44", "94022", 100), 2023, 12, 31, 23)).ok());
    REQUIRE(r.log(at(with("emploi", "26-44", "94022", 100), 2025, 1, 1, 0)).ok());

    PassageReports reports(*desk.db, desk.referential, test::communes());
    Result<YearlyCounts> byPole = reports.yearly(2024, BreakdownBy::Pole);
    REQUIRE(byPole.ok());
    CHECK(byPole->total == 32);
    REQUIRE(byPole->rows.size() == 3);
    CHECK(byPole->rows.at(0).code == QLatin1String("emploi"));
    CHECK(byPole->rows.at(0).count == 29);
    CHECK(byPole->rows.at(0).label == QLatin1String("Working, learning about jobs and employment"));
    CHECK(countOf(*byPole, "orientation") == 2);
    CHECK(countOf(*byPole, "droit") == 1);
    CHECK(countOf(*byPole, "creation") == -1);

    Result<YearlyCounts> byCommune = reports.yearly(2024, BreakdownBy::Commune);
    REQUIRE(byCommune.ok());
    CHECK(countOf(*byCommune, "75119") == 25);
    CHECK(countOf(*byCommune, "94022") == 6);
    CHECK(countOf(*byCommune, "etranger") == 1);
    CHECK(byCommune->rows.at(0).label.startsWith(QLatin1String("Paris 19")));

    Result<YearlyCounts> byAge = reports.yearly(2024, BreakdownBy::AgeBand);
    CHECK(countOf(*byAge, "16-25") == 27);
    CHECK(countOf(*byAge, "26-44") == 4);

    Result<YearlyCounts> byTheme = reports.yearly(2024, BreakdownBy::Theme);
    REQUIRE(byTheme->rows.size() == 1);
    CHECK(byTheme->rows.at(0).label == QLatin1String("No theme"));

    CHECK(reports.yearly(2023, BreakdownBy::Pole)->total == 100);
    CHECK(reports.yearly(2025, BreakdownBy::Pole)->total == 100);
    CHECK(reports.yearly(2022, BreakdownBy::Pole)->rows.isEmpty());
}

TEST_CASE("reports filter by site and desk", "[report]")
{
    test::TempDesk desk;
    REQUIRE(desk.reception->log(walkIn("emploi", 2)).ok());
    REQUIRE(desk.reception->setIdentity(QStringLiteral("bpi"), QStringLiteral("Accueil Bpi")).ok());
    REQUIRE(desk.reception->log(walkIn("emploi", 5)).ok());
    PassageReports reports(*desk.db, desk.referential, test::communes());
    CHECK(reports.yearly(2024, BreakdownBy::Pole)->total == 7);
    CHECK(reports.yearly(2024, BreakdownBy::Pole, {QStringLiteral("bpi"), {}})->total == 5);
    CHECK(reports.yearly(2024, BreakdownBy::Pole, {{}, QStringLiteral("Accueil 1")})->total == 2);
    Result<YearlyCounts> bySite = reports.yearly(2024, BreakdownBy::Site);
    REQUIRE(bySite->rows.size() == 2);
    CHECK(bySite->rows.at(0).code == QLatin1String("bpi"));
}

TEST_CASE("report JSON and CSV keep the documented shape", "[report]")
{
    YearlyCounts report;
    report.year = 2024;
    report.by = QStringLiteral("age-band");
    report.rows = {{QStringLiteral("16-25"), QStringLiteral("16–25 \"ans\""), 12},
                   {QStringLiteral("nr"), QStringLiteral("Non renseigné, ou pas"), 3}};
    report.total = 15;
    CHECK(report.toJson() ==
          QByteArray("{\"year\":2024,\"by\":\"age-band\",\"rows\":[{\"code\":\"16-25\",\"label\":"
                     "\"16–25 \\\"ans\\\"\",\"count\":12},{\"code\":\"nr\",\"label\":\"Non "
                     "renseigné, ou pas\",\"count\":3}],\"total\":15}\n"));
    CHECK(report.toCsv() == QByteArray("code,label,count\r\n16-25,\"16–25 \"\"ans\"\"\",12\r\n"
                                       "nr,\"Non renseigné, ou pas\",3\r\n"));
    CHECK(reportBreakdownFromName(QStringLiteral("age-band")) == BreakdownBy::AgeBand);
    CHECK_FALSE(reportBreakdownFromName(QStringLiteral("age_band")).has_value());
}
