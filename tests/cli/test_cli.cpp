// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI is a contract for scripts: these tests run the real passages-cli binary.
#include "cli_support.h"

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

/// A desk database initialised through the CLI itself.
struct Desk : test::CliDesk
{
    Desk() : CliDesk(QStringLiteral("Accueil 1")) {}
};

QJsonObject json(const Run &run)
{
    INFO(run.out.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList split(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("log then report counts group sizes by pôle, as JSON and CSV", "[cli]")
{
    Desk desk;
    Run logged = desk(split("log --pole emploi --theme emploi-recherche --age-band 26-44 "
                            "--commune 94022 --public demandeur-emploi --channel sur-place "
                            "--at 2024-03-05T10:15"));
    INFO(logged.err.toStdString());
    REQUIRE(logged.code == 0);
    CHECK(logged.out.trimmed().size() == 36); // the new entry's id
    REQUIRE(desk(split("log --pole emploi --count 25 --at 2024-06-01T14:00:30")).code == 0);
    REQUIRE(desk(split("log --pole orientation --at 2024-12-31T23:59")).code == 0);
    REQUIRE(desk(split("log --pole orientation --at 2025-01-01T00:00")).code == 0);

    const QJsonObject report = json(desk(split("report --year 2024 --by pole --format json")));
    CHECK(report.value(QStringLiteral("year")).toInt() == 2024);
    CHECK(report.value(QStringLiteral("by")).toString() == QLatin1String("pole"));
    CHECK(report.value(QStringLiteral("total")).toInt() == 27);
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("code")).toString() ==
          QLatin1String("emploi"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("count")).toInt() == 26);
    CHECK(rows.at(0).toObject().value(QStringLiteral("label")).toString() ==
          QLatin1String("Working, learning about jobs and employment"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("count")).toInt() == 1);

    const Run csv = desk(split("report --year 2024 --by commune --format csv"));
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(QLatin1String("code,label,count\r\nnr,")));
    CHECK(csv.out.contains(QLatin1String("94022,Choisy-le-Roi (94),1")));

    const Run text = desk(split("report --year 2024 --by age-band"));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QLatin1String("Total")));
}

TEST_CASE("usage errors exit 2, data errors exit 1, each with one line on stderr", "[cli]")
{
    Desk desk;
    auto expect = [&](const char *args, int code, const char *needle) {
        const Run run = desk(split(args));
        INFO(args << " -> " << run.err.toStdString());
        CHECK(run.code == code);
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.contains(QString::fromUtf8(needle)));
        CHECK(run.out.isEmpty());
    };
    expect("", 2, "no command");
    expect("frobnicate", 2, "unknown command");
    expect("log", 2, "--pole is required");
    expect("log --pole", 2, "needs a value");
    expect("log --pole emploi --colour red", 2, "unknown option --colour");
    expect("log --pole emploi --pole droit", 2, "given twice");
    expect("log --pole emploi --count many", 2, "whole number");
    expect("log --pole emploi --at 2024-02-30T10:00", 2, "YYYY-MM-DD");
    expect("report --year 24 --by pole", 2, "--year");
    expect("report --year 2024 --by colour", 2, "pole|theme|age-band");
    expect("report --year 2024 --by pole --format xml", 2, "--format");
    expect("log --pole jardinage", 1, "valid codes: orientation, evolution");
    expect("log --pole emploi --age-band 99", 1, "55-plus");
    expect("log --pole emploi --commune 00000", 1, "commune");
    expect("log --pole emploi --count 0", 1, "between 1 and 500");
    expect("log --pole emploi --count 501", 1, "between 1 and 500 (got 501)");
    expect("delete --id 0000", 1, "No entry");
    expect("report --year 2024 --by pole --site mars", 1, "unknown site");
    expect("import --csv /nonexistent.csv", 1, "Cannot read");

    // Nothing above touched the data.
    const QJsonObject report = json(desk(split("report --year 2024 --by pole --format json")));
    CHECK(report.value(QStringLiteral("total")).toInt() == 0);
}

TEST_CASE("a desk without identity, a damaged and a newer database are refused", "[cli]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    Run run = cli({QStringLiteral("--db"), fresh, QStringLiteral("log"), QStringLiteral("--pole"),
                   QStringLiteral("emploi")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("init --site")));
    run = cli({QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--site"),
               QStringLiteral("pluton"), QStringLiteral("--desk"), QStringLiteral("A")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("villette")));

    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'j'));
    file.close();
    run = cli({QStringLiteral("--db"), junk, QStringLiteral("report"), QStringLiteral("--year"),
               QStringLiteral("2024"), QStringLiteral("--by"), QStringLiteral("pole")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("damaged")));
}

TEST_CASE("import is all or nothing and lists every bad row; export round-trips", "[cli]")
{
    Desk desk;
    const QString bad = desk.write(QStringLiteral("bad.csv"),
                                   "at;pole;theme;age_band;commune;public;channel;count\n"
                                   "2024-03-05T10:00;emploi;;26-44;75119;;;2\n"
                                   "2024-03-05T10:05;emploi;;;;;;x\n"
                                   "2024-03-05T10:10;astrologie;;;;;;\n");
    Run run = desk({QStringLiteral("import"), QStringLiteral("--csv"), bad});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("bad.csv, line 3, field count")));
    CHECK(run.err.contains(QLatin1String("bad.csv, line 4, field pole")));
    CHECK(run.err.contains(QLatin1String("nothing imported: 2 bad rows")));
    CHECK(json(desk(split("report --year 2024 --by pole --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 0);

    const QString good = desk.write(QStringLiteral("good.csv"),
                                    "at,pole,theme,age_band,commune,public,channel,count\n"
                                    "2024-03-05T10:00,emploi,,26-44,75119,,,2\n"
                                    "2024-03-05T10:05,creation,creation-statut,,,,telephone,\n");
    run = desk({QStringLiteral("import"), QStringLiteral("--csv"), good});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QLatin1String("2 entries imported")));

    const QString exported = desk.dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(desk({QStringLiteral("export"), QStringLiteral("--csv"), exported,
                  QStringLiteral("--year"), QStringLiteral("2024")})
                .code == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.at(0).trimmed() ==
          "id,at,pole,theme,age_band,commune,public,channel,count,service_level,orientation");
    REQUIRE(lines.size() == 4);
    const QString id = QString::fromUtf8(lines.at(1).left(36));

    REQUIRE(desk({QStringLiteral("delete"), QStringLiteral("--id"), id}).code == 0);
    CHECK(json(desk(split("report --year 2024 --by pole --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 1);
    run = desk({QStringLiteral("delete"), QStringLiteral("--id"), id});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("already deleted")));
}

TEST_CASE("help and version", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QLatin1String("report  --year YYYY")));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QLatin1String("passages-cli ")));
}
