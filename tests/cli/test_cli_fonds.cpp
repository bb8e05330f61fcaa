// SPDX-License-Identifier: GPL-3.0-or-later
// The fonds commands of passages-cli, run as the real binary.
#include "cli_support.h"
#include "core/fonds/fonds.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace passages;
using test::cli;
using test::Run;

namespace {

struct FondsCliDesk : test::CliDesk
{
    FondsCliDesk() : CliDesk(QStringLiteral("Documentation")) {}
    /// Records consultations directly through core, at fixed moments.
    void consult(const QDateTime &at, const char *theme, int count)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db);
        REQUIRE(opened.ok());
        Result<Referential> referential = loadReferential(**opened);
        REQUIRE(referential.ok());
        Fonds fonds(**opened, *referential, [at] { return at; });
        REQUIRE(fonds.upkeep().consultTheme(QLatin1String(theme), count).ok());
    }
};

QJsonObject jsonOf(const Run &run)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList words(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("fonds import lists every bad row and imports nothing, then a good file imports",
          "[cli][fonds]")
{
    FondsCliDesk desk;
    const QString bad = desk.write(QStringLiteral("bad.csv"), "inventory;isbn;title;theme\n"
                                                              "A1;978-2-07-036822-8;Guide;MFO\n"
                                                              "A2;978-2-07-036822-9;Guide;MFO\n"
                                                              "A3;;Sans thème;XYZ\n");
    Run run =
        desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), bad});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("bad.csv, line 3, field isbn")));
    CHECK(run.err.contains(QLatin1String("bad.csv, line 4, field theme")));
    CHECK(run.err.contains(QLatin1String("nothing imported: 2 problems")));
    CHECK(jsonOf(desk(words("fonds stats --year 2024 --format json")))
              .value(QStringLiteral("titles"))
              .toInt() == 0);

    const QString good = desk.write(
        QStringLiteral("good.csv"),
        "inventory,isbn,title,authors,theme,subcote,type,status,acquired,source\n"
        "A1,2-07-036822-X,Le guide des métiers,Onisep,MFO,2.1,book,on-shelf,2024-01-10,purchase\n"
        "A2,9782070368228,Le guide des métiers,Onisep,MFO,2.1,book,reserve,2024-01-10,gift\n"
        "B1,,Créer son entreprise,,MFC,,,missing,2019-05-01,\n"
        ",,Revue Emploi,,MFP,,review,,,\n");
    run = desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), good});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QLatin1String("3 title(s) and 3 copy(ies) imported")));

    const Run exported = desk(words("fonds export --csv -"));
    REQUIRE(exported.code == 0);
    const QStringList lines = exported.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(QLatin1String("inventory,isbn,title,")));
    CHECK(lines.at(1).startsWith(QStringLiteral("B1,,Créer son entreprise,")));
    CHECK(lines.at(2).startsWith(QStringLiteral("A1,9782070368228,Le guide des métiers,Onisep")));

    const QString file = desk.dir.filePath(QStringLiteral("catalogue.csv"));
    REQUIRE(desk({QStringLiteral("fonds"), QStringLiteral("export"), QStringLiteral("--csv"), file})
                .code == 0);
    FondsCliDesk other;
    run = other({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), file});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(other(words("fonds export --csv -")).out == exported.out);
}

TEST_CASE("fonds stats and the consultations report give the year's figures", "[cli][fonds]")
{
    FondsCliDesk desk;
    const QString good =
        desk.write(QStringLiteral("good.csv"), "inventory,title,theme,status,acquired\n"
                                               "A1,Guide,MFO,on-shelf,2024-01-10\n"
                                               "A2,Guide 2,MFO,withdrawn,2020-01-10\n"
                                               "B1,Statuts,MFC,missing,2023-05-01\n");
    REQUIRE(desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), good})
                .code == 0);
    desk.consult(QDateTime(QDate(2023, 5, 2), QTime(10, 0)), "MFO", 4);
    desk.consult(QDateTime(QDate(2024, 1, 15), QTime(10, 0)), "MFO", 2);
    desk.consult(QDateTime(QDate(2024, 3, 5), QTime(10, 0)), "MFC", 3);
    desk.consult(QDateTime(QDate(2024, 3, 6), QTime(10, 0)), "MFO", 2);

    const QJsonObject stats = jsonOf(desk(words("fonds stats --year 2024 --format json")));
    CHECK(stats.value(QStringLiteral("year")).toInt() == 2024);
    CHECK(stats.value(QStringLiteral("titles")).toInt() == 3);
    const QJsonObject copies = stats.value(QStringLiteral("copies")).toObject();
    CHECK(copies.value(QStringLiteral("total")).toInt() == 2);
    CHECK(copies.value(QStringLiteral("on-shelf")).toInt() == 1);
    CHECK(copies.value(QStringLiteral("missing")).toInt() == 1);
    CHECK(copies.value(QStringLiteral("withdrawn")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("periodicals"))
              .toObject()
              .value(QStringLiteral("subscriptions"))
              .toInt() == 0);
    const QJsonArray themes = stats.value(QStringLiteral("themes")).toArray();
    REQUIRE(themes.size() == 4);
    CHECK(themes.at(0).toObject().value(QStringLiteral("code")).toString() == QLatin1String("MFO"));
    CHECK(themes.at(0).toObject().value(QStringLiteral("titles")).toInt() == 2);
    CHECK(themes.at(0).toObject().value(QStringLiteral("copies")).toInt() == 1);
    CHECK(themes.at(0).toObject().value(QStringLiteral("consultations")).toInt() == 4);
    CHECK(themes.at(0).toObject().value(QStringLiteral("consultations_previous_year")).toInt() ==
          4);
    const QJsonObject consultations = stats.value(QStringLiteral("consultations")).toObject();
    CHECK(consultations.value(QStringLiteral("total")).toInt() == 7);
    CHECK(consultations.value(QStringLiteral("previous_year")).toInt() == 4);
    CHECK(consultations.value(QStringLiteral("by_theme")).toArray().size() == 4);

    const Run csv = desk(words("fonds stats --year 2024 --format csv"));
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(QLatin1String("figure,code,count\r\ntitles,,3\r\n")));
    CHECK(csv.out.contains(QLatin1String("consultations-by-theme,MFC,3\r\n")));
    const Run text = desk(words("fonds stats --year 2024"));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QLatin1String("Titles")));

    const QJsonObject byTheme =
        jsonOf(desk(words("report --year 2024 --what consultations --by theme --format json")));
    CHECK(byTheme.value(QStringLiteral("by")).toString() == QLatin1String("theme"));
    CHECK(byTheme.value(QStringLiteral("total")).toInt() == 7);
    const QJsonArray rows = byTheme.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("code")).toString() == QLatin1String("MFO"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("count")).toInt() == 4);
    CHECK(rows.at(0).toObject().value(QStringLiteral("label")).toString() ==
          QLatin1String("Trades and career guidance"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("count")).toInt() == 3);

    const QJsonObject byMonth =
        jsonOf(desk(words("report --year 2024 --what consultations --by month --format json")));
    const QJsonArray months = byMonth.value(QStringLiteral("rows")).toArray();
    REQUIRE(months.size() == 12);
    CHECK(months.at(0).toObject().value(QStringLiteral("code")).toString() == QLatin1String("01"));
    CHECK(months.at(0).toObject().value(QStringLiteral("label")).toString() ==
          QLatin1String("January"));
    CHECK(months.at(0).toObject().value(QStringLiteral("count")).toInt() == 2);
    CHECK(months.at(2).toObject().value(QStringLiteral("count")).toInt() == 5);
    CHECK(jsonOf(desk(words("report --year 2023 --what consultations --by theme --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 4);
    CHECK(jsonOf(desk(words("report --year 2024 --what consultations --by theme --format json "
                            "--site bpi")))
              .value(QStringLiteral("total"))
              .toInt() == 0);
}

TEST_CASE("fonds commands: usage errors exit 2, data errors exit 1", "[cli][fonds]")
{
    FondsCliDesk desk;
    auto expect = [&](const char *args, int code, const char *needle) {
        const Run run = desk(words(args));
        INFO(args << " -> " << run.err.toStdString());
        CHECK(run.code == code);
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.contains(QString::fromUtf8(needle)));
        CHECK(run.out.isEmpty());
    };
    expect("fonds import", 2, "--csv is required");
    expect("fonds frobnicate", 2, "import");
    expect("fonds stats --year 24", 2, "--year");
    expect("fonds stats --format xml", 2, "--format");
    expect("fonds export --year 2024 --csv -", 2, "unknown option --year");
    expect("report --year 2024 --what consultations --by pole", 2, "theme|month");
    expect("fonds import --csv /nonexistent.csv", 1, "Cannot read");

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QLatin1String("fonds import")));
    CHECK(help.out.contains(QLatin1String("--what consultations")));
}
