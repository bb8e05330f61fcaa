// SPDX-License-Identifier: GPL-3.0-or-later
// The referential's merges in the raw exports of the walk-ins (issue 17): a merged-away
// code is written under its target, as every report counts it, and the CSV written so
// imports back.
#include "support/test_support.h"

#include "core/reception/passage_csv.h"
#include "core/report/passage_report.h"
#include "core/report/workbooks.h"

#include <catch2/catch.hpp>

using namespace passages;
using Kind = Referential::Kind;

namespace {

/// Themes VAE and CPF into Formation, pôle Numérique into Emploi, from 2025.
void mergeSome(Referential &ref)
{
    REQUIRE(ref.merge(Kind::Theme,
                      {QStringLiteral("evolution-vae"), QStringLiteral("evolution-cpf")},
                      QStringLiteral("evolution-formation"), QDate(2025, 1, 1))
                .ok());
    REQUIRE(ref.merge(Kind::Pole, {QStringLiteral("numerique")}, QStringLiteral("emploi"),
                      QDate(2025, 1, 1))
                .ok());
}

void logSome(test::TempDesk &desk)
{
    struct Entry
    {
        const char *pole;
        const char *theme;
    };
    for (const Entry &e : {Entry{"evolution", "evolution-vae"}, Entry{"evolution", "evolution-cpf"},
                           Entry{"numerique", "numerique-outils"}, Entry{"droit", ""}}) {
        PassageInput input = test::walkIn(e.pole);
        input.theme = QLatin1String(e.theme);
        input.at = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
        REQUIRE(desk.reception->log(input).ok());
    }
}

} // namespace

TEST_CASE("the walk-in CSV writes merged codes under their target and imports back",
          "[merges][csv]")
{
    test::TempDesk desk;
    logSome(desk);
    mergeSome(desk.referential); // after the walk-ins: they keep their stored codes

    Result<QByteArray> csv = PassageCsv::exportData(*desk.reception, 2024, CsvFlavour::Plain);
    REQUIRE(csv.ok());
    const QString text = QString::fromUtf8(*csv);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1String("evolution-vae")));
    CHECK_FALSE(text.contains(QLatin1String("evolution-cpf")));
    CHECK(text.count(QLatin1String(",evolution,evolution-formation,")) == 2);
    CHECK_FALSE(text.contains(QLatin1String(",numerique,")));
    CHECK(text.contains(QLatin1String(",emploi,numerique-outils,")));
    CHECK(text.contains(QLatin1String(",droit,,")));

    // The rows read back into a desk of the same referential (a theme of a pôle merged
    // into another counts under that one).
    test::TempDesk other;
    mergeSome(other.referential);
    Result<ImportReport> imported =
        PassageCsv::importData(*other.reception, *csv, QStringLiteral("export.csv"));
    REQUIRE(imported.ok());
    INFO(imported->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(imported->imported == 4);
}

TEST_CASE("the walk-in workbook writes merged codes and labels under their target",
          "[merges][xlsx]")
{
    test::TempDesk desk;
    logSome(desk);
    mergeSome(desk.referential);
    Result<XlsxWorkbook> book =
        Workbooks::passages(*desk.reception, desk.referential, desk.reception->communes(), 2024);
    REQUIRE(book.ok());
    REQUIRE_FALSE(book->sheets().isEmpty());
    const XlsxSheet &sheet = book->sheets().first();
    QStringList poles, themes;
    for (const XlsxRow &row : sheet.rows) {
        poles << row.at(2).value.toString();
        themes << row.at(4).value.toString();
    }
    CHECK_FALSE(poles.contains(QStringLiteral("numerique")));
    CHECK(poles.count(QStringLiteral("emploi")) == 1);
    CHECK_FALSE(themes.contains(QStringLiteral("evolution-vae")));
    CHECK(themes.count(QStringLiteral("evolution-formation")) == 2);
}

TEST_CASE("one report code for every store's reports", "[merges][report]")
{
    Referential ref = Referential::defaultReferential();
    mergeSome(ref);
    CHECK(PassageReports::reportCode(BreakdownBy::Pole, QStringLiteral("numerique"), ref) ==
          QLatin1String("emploi"));
    CHECK(PassageReports::reportCode(BreakdownBy::Theme, QStringLiteral("evolution-cpf"), ref) ==
          QLatin1String("evolution-formation"));
    CHECK(PassageReports::reportCode(BreakdownBy::Commune, QStringLiteral("numerique"), ref) ==
          QLatin1String("numerique"));
    CHECK(PassageReports::reportCode(BreakdownBy::Theme, QString(), ref).isEmpty());
}
