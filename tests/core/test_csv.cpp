// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/io/csv.h"
#include "core/reception/passage_csv.h"
#include "core/report/bilan.h"

#include <catch2/catch.hpp>

using namespace passages;

TEST_CASE("CSV as spreadsheets write it", "[csv]")
{
    SECTION("semicolons, BOM, CRLF, quotes and blank lines")
    {
        Result<CsvTable> t = parseCsv(QByteArray("\xEF\xBB\xBF"
                                                 "a;b;c\r\n1;\"x;y\";\"he said \"\"hi\"\"\"\r\n"
                                                 "\r\n2; spaced ;\"multi\nline\"\r\n"));
        REQUIRE(t.ok());
        CHECK(t->separator == QLatin1Char(';'));
        REQUIRE(t->records.size() == 3);
        CHECK(t->records.at(0).fields == QStringList{"a", "b", "c"});
        CHECK(t->records.at(1).fields == QStringList{"1", "x;y", "he said \"hi\""});
        CHECK(t->records.at(2).line == 4);
        CHECK(t->records.at(2).fields == QStringList{"2", "spaced", "multi\nline"});
    }
    SECTION("an unclosed quote names its line")
    {
        Result<CsvTable> t = parseCsv("a,b\n1,2\n3,\"open\n");
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message.contains(QLatin1String("Line 3")));
    }
    SECTION("not UTF-8")
    {
        CHECK_FALSE(parseCsv(QByteArray("a,b\n\xE9t\xE9,1\n")).ok());
    }
    SECTION("writer quotes only what needs it")
    {
        CsvWriter w(CsvFlavour::FrenchExcel);
        w.writeRow({QStringLiteral("a;b"), QStringLiteral("plain"), QStringLiteral("q\"")});
        CHECK(w.data() == QByteArray("\xEF\xBB\xBF\"a;b\";plain;\"q\"\"\"\r\n"));
    }
}

TEST_CASE("no cell written can run as a formula; numbers stay numbers", "[csv]")
{
    for (const char *formula : {"=1+1", "+33 1 40 05 70 00", "-2+3", "@SUM(A1)", "\tx", "\rx",
                                "=HYPERLINK(\"http://x\")", "-", "-cmd|' /C calc'!A0"})
        CHECK(neutraliseCsvCell(QString::fromUtf8(formula)) ==
              QLatin1Char('\'') + QString::fromUtf8(formula));
    for (const char *kept : {"", "12", "-12", "+3", "-1.5", "-1,5", "0.25", "Créteil", "a=b",
                             "2A004", "01004", "2024-03-05", "'already"})
        CHECK(neutraliseCsvCell(QString::fromUtf8(kept)) == QString::fromUtf8(kept));

    CsvWriter plain;
    plain.writeRow({QStringLiteral("=1+1"), QStringLiteral("-12"), QStringLiteral("22.4"),
                    QStringLiteral("\rx")});
    CHECK(plain.data() == QByteArray("'=1+1,-12,22.4,\"'\rx\"\r\n"));
    CsvWriter excel(CsvFlavour::FrenchExcel);
    excel.writeRow({QStringLiteral("=1+1"), QStringLiteral("-12.5"), QStringLiteral("22.4"),
                    QStringLiteral("2024-03-05"), QStringLiteral("1.2.3")});
    CHECK(excel.data() == QByteArray("\xEF\xBB\xBF'=1+1;-12,5;22,4;2024-03-05;1.2.3\r\n"));

    // What the writer neutralised, the reader takes back as typed.
    Result<CsvTable> back = parseCsv(excel.data() + QByteArray(plain.data()).replace(',', ';'));
    REQUIRE(back.ok());
    CHECK(back->records.at(0).fields.at(0) == QLatin1String("=1+1"));
    CHECK(back->records.at(1).fields.at(0) == QLatin1String("=1+1"));
    CHECK(back->records.at(1).fields.at(3) == QLatin1String("\rx"));
}

TEST_CASE("the bilan's CSV neutralises event titles in both dialects", "[csv][bilan]")
{
    ExportTable table{QStringLiteral("=title"),
                      {QStringLiteral("Code"), QStringLiteral("Event")},
                      {{QStringLiteral("e1"), QStringLiteral("=1+1")},
                       {QStringLiteral("e2"), QStringLiteral("14.5")}}};
    CHECK(toCsv({table}, CsvFlavour::Plain) ==
          QByteArray("'=title\r\nCode,Event\r\ne1,'=1+1\r\ne2,14.5\r\n"));
    CHECK(toCsv({table}, CsvFlavour::FrenchExcel) ==
          QByteArray("\xEF\xBB\xBF'=title\r\nCode;Event\r\ne1;'=1+1\r\ne2;14,5\r\n"));
}

TEST_CASE("importing old tally sheets is all or nothing, every bad row reported", "[csv][import]")
{
    test::TempDesk desk;
    const QByteArray bad =
        "at;pole;theme;age_band;commune;public;channel;count\n"
        "2024-03-05T10:00;emploi;emploi-recherche;26-44;75119;demandeur-emploi;sur-place;1\n"
        "05/03/2024 11:30;orientation;;16-25;94022;;;25\n"
        "2024-02-30T10:00;emploi;;;;;;\n"
        "2024-03-05T12:00;peinture;;;;;;\n"
        "2024-03-05T12:00;emploi;;;99999;;;\n"
        "2024-03-05T12:00;emploi;;;;;;deux\n"
        "2024-03-05;emploi;;;;;;0\n";
    Result<ImportReport> report =
        PassageCsv::importData(*desk.reception, bad, QStringLiteral("vieux.csv"));
    REQUIRE(report.ok());
    CHECK(report->imported == 0);
    REQUIRE(report->problems.size() == 5);
    CHECK(report->problems.at(0).startsWith(QLatin1String("vieux.csv, line 4, field at:")));
    CHECK(report->problems.at(1).startsWith(QLatin1String("vieux.csv, line 5, field pole:")));
    CHECK(report->problems.at(2).startsWith(QLatin1String("vieux.csv, line 6, field commune:")));
    CHECK(report->problems.at(3).startsWith(QLatin1String("vieux.csv, line 7, field count:")));
    CHECK(report->problems.at(4).startsWith(QLatin1String("vieux.csv, line 8, field count:")));
    CHECK(desk.reception->entriesOfYear(0)->isEmpty());

    const QByteArray good = "pole,at,count,commune\n"
                            "emploi,2024-03-05T10:00,1,75119\n"
                            "orientation,05/03/2024 11:30,25,94022\n"
                            "creation,2024-03-06 09:15:30,,\n";
    report = PassageCsv::importData(*desk.reception, good, QStringLiteral("bon.csv"));
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->imported == 3);
    Result<QList<Passage>> all = desk.reception->entriesOfYear(2024);
    REQUIRE(all->size() == 3);
    CHECK(all->at(1).count == 25);
    CHECK(all->at(1).time == QTime(11, 30));
    CHECK(all->at(2).date == QDate(2024, 3, 6));
    CHECK(all->at(2).time == QTime(9, 15, 30));
    CHECK(all->at(2).commune == QLatin1String("nr"));
}

TEST_CASE("a header problem stops the import before any row", "[csv][import]")
{
    test::TempDesk desk;
    Result<ImportReport> report = PassageCsv::importData(
        *desk.reception, "when,pole,colour\n2024-01-01,emploi,red\n", QStringLiteral("x.csv"));
    REQUIRE(report.ok());
    CHECK(report->problems.size() == 3); // 2 unknown columns + missing "at"
    report = PassageCsv::importData(*desk.reception, "", QStringLiteral("empty.csv"));
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.at(0).contains(QLatin1String("empty")));
    CHECK(PassageCsv::importFile(*desk.reception, QStringLiteral("/nonexistent/x.csv"))
              .error()
              .code == ErrorCode::Io);
}

TEST_CASE("an export re-imports to the same figures and refuses a double import", "[csv][export]")
{
    test::TempDesk desk;
    PassageInput a = test::walkIn("emploi", 3);
    a.commune = QStringLiteral("94022");
    a.theme = QStringLiteral("emploi-recrutement");
    REQUIRE(desk.reception->log(a).ok());
    const Passage gone = *desk.reception->log(test::walkIn("droit"));
    REQUIRE(desk.reception->remove(gone.id).ok());
    Result<QByteArray> csv = PassageCsv::exportData(*desk.reception, 2024);
    REQUIRE(csv.ok());
    const QList<QByteArray> lines = csv->split('\n');
    CHECK(lines.at(0).trimmed() ==
          "id,at,pole,theme,age_band,commune,public,channel,count,service_level,orientation");
    CHECK(lines.size() == 3); // header, one live entry, trailing empty
    CHECK(lines.at(1).contains(
        ",2024-03-05T10:00:00,emploi,emploi-recrutement,nr,94022,nr,sur-place,3"));

    // Into the same desk: refused, the ids are already here.
    Result<ImportReport> again =
        PassageCsv::importData(*desk.reception, *csv, QStringLiteral("e.csv"));
    REQUIRE(again.ok());
    CHECK(again->problems.size() == 1);
    CHECK(again->problems.at(0).contains(QLatin1String("field id")));

    // Into another desk: the same figures.
    test::TempDesk other;
    Result<ImportReport> copy =
        PassageCsv::importData(*other.reception, *csv, QStringLiteral("e.csv"));
    REQUIRE(copy.ok());
    CHECK(copy->imported == 1);
    CHECK(other.reception->countsByPole(QDate(2024, 3, 5))->value(QStringLiteral("emploi")) == 3);
    CHECK(PassageCsv::exportData(*desk.reception, 2023)->count('\n') == 1);
}
