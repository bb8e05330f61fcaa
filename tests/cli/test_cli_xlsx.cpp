// SPDX-License-Identifier: GPL-3.0-or-later
// The workbooks passages-cli writes, read back by another implementation (openpyxl):
// cell types, text codes with their leading zeros, numbers, dates, the bilan's totals
// equal to `report --format json`'s, and the bilan PDF's text.
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace passages;
using test::Run;

namespace {

QStringList words(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Every sheet of a workbook as openpyxl reads it: name, charts, frozen cell, autofilter,
/// and each cell as [value, openpyxl type] (s text, n number, d date).
const char *const kDump = R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"title": wb.properties.title, "creator": wb.properties.creator, "sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.isoformat()
            cells.append([v, c.data_type])
        rows.append(cells)
    out["sheets"].append({"name": ws.title, "charts": len(ws._charts),
                          "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                          "rows": rows})
print(json.dumps(out))
)";

QString python()
{
    // Debian's python3 (with python3-openpyxl), not a pyenv or venv one first on PATH.
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QJsonObject readWorkbook(const QString &path)
{
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QString::fromUtf8(kDump), path});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject sheet(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &s : book.value(QStringLiteral("sheets")).toArray())
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    FAIL("no sheet " << name.toStdString());
    return {};
}

QJsonArray rows(const QJsonObject &sheet)
{
    return sheet.value(QStringLiteral("rows")).toArray();
}

QString value(const QJsonArray &row, int column)
{
    const QJsonValue v = row.at(column).toArray().at(0);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

/// The row whose column `column` holds `text`.
QJsonArray rowWith(const QJsonObject &sheet, int column, const QString &text)
{
    for (const QJsonValue &r : rows(sheet)) {
        const QJsonArray row = r.toArray();
        if (value(row, column) == text)
            return row;
    }
    FAIL("no row " << text.toStdString() << " in " << sheet.value("name").toString().toStdString());
    return {};
}

QString type(const QJsonArray &row, int column)
{
    return row.at(column).toArray().at(1).toString();
}

struct XlsxDesk : test::CliDesk
{
    XlsxDesk() : CliDesk(QStringLiteral("Accueil 1")) {}
    Run ok(const QStringList &args) const
    {
        const Run run = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.code == 0);
        return run;
    }
    qint64 total(const char *args) const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(ok(words(args)).out.toUtf8());
        return qint64(doc.object().value(QStringLiteral("total")).toDouble());
    }
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

void fill(const XlsxDesk &desk)
{
    const QString csv = desk.write(QStringLiteral("p.csv"),
                                   "at;pole;theme;age_band;commune;count\n"
                                   "2024-03-05T10:00;emploi;emploi-recherche;26-44;01004;2\n"
                                   "2024-03-06T11:00;emploi;;16-25;2A004;1\n"
                                   "2024-04-02T09:30;orientation;;;06088;3\n"
                                   "2023-04-02T09:30;orientation;;;75119;4\n");
    desk.ok({QStringLiteral("import"), QStringLiteral("--csv"), csv});
    const QString cv = desk.ok(words("event add --title CV --type atelier --start 2024-03-05 "
                                     "--pole emploi"))
                           .out.trimmed();
    desk.ok({QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"), cv,
             QStringLiteral("--count"), QStringLiteral("12")});
    const QString again =
        desk.ok({QStringLiteral("event"), QStringLiteral("duplicate"), QStringLiteral("--id"), cv,
                 QStringLiteral("--start"), QStringLiteral("2024-06-11")})
            .out.trimmed();
    desk.ok({QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"), again,
             QStringLiteral("--count"), QStringLiteral("9")});
    desk.ok(words("interview --pole emploi --at 2024-03-05T10:00"));
}

} // namespace

TEST_CASE("export --xlsx types every cell: codes as text, counts as numbers, dates as dates",
          "[cli][xlsx]")
{
    XlsxDesk desk;
    fill(desk);
    desk.ok({QStringLiteral("export"), QStringLiteral("--xlsx"), desk.file("p.xlsx"),
             QStringLiteral("--year"), QStringLiteral("2024")});
    const QJsonObject book = readWorkbook(desk.file("p.xlsx"));
    const QJsonObject walkIns = book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
    CHECK(walkIns.value(QStringLiteral("freeze")).toString() == QLatin1String("A2"));
    CHECK(walkIns.value(QStringLiteral("filter")).toString().startsWith(QLatin1String("A1:")));
    CHECK(rows(walkIns).size() == 4); // the header and the three walk-ins of 2024
    const QJsonArray header = rows(walkIns).at(0).toArray();
    CHECK(value(header, 8) == QLatin1String("Commune"));
    const QJsonArray ain = rowWith(walkIns, 8, QStringLiteral("01004"));
    CHECK(type(ain, 8) == QLatin1String("s"));
    CHECK(value(ain, 9).contains(QStringLiteral("Ambérieu-en-Bugey")));
    CHECK(type(ain, 1) == QLatin1String("d"));
    CHECK(value(ain, 1) == QLatin1String("2024-03-05T10:00:00"));
    CHECK(type(ain, 16) == QLatin1String("n"));
    CHECK(value(ain, 16) == QLatin1String("2"));
    CHECK(value(ain, 3) == QStringLiteral("Working, learning about jobs and employment"));
    CHECK(type(rowWith(walkIns, 8, QStringLiteral("2A004")), 8) == QLatin1String("s"));

    // A usage error: both or neither.
    CHECK(desk(words("export --year 2024")).code == 2);
    CHECK(desk({QStringLiteral("export"), QStringLiteral("--xlsx"), desk.file("x.xlsx"),
                QStringLiteral("--excel")})
              .code == 2);
    // A data error: an unwritable place, no file left behind.
    const Run bad = desk(words("export --xlsx /nonexistent-dir/p.xlsx"));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QLatin1String("/nonexistent-dir/p.xlsx")));
}

TEST_CASE("report --format xlsx writes the report's rows and total", "[cli][xlsx]")
{
    XlsxDesk desk;
    fill(desk);
    desk.ok({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
             QStringLiteral("--by"), QStringLiteral("commune"), QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--output"), desk.file("r.xlsx")});
    const QJsonObject s = readWorkbook(desk.file("r.xlsx"))
                              .value(QStringLiteral("sheets"))
                              .toArray()
                              .at(0)
                              .toObject();
    const QJsonArray nice = rowWith(s, 0, QStringLiteral("06088"));
    CHECK(type(nice, 0) == QLatin1String("s"));
    CHECK(type(nice, 2) == QLatin1String("n"));
    CHECK(value(nice, 2) == QLatin1String("3"));
    CHECK(value(rowWith(s, 1, QStringLiteral("Total")), 2).toLongLong() ==
          desk.total("report --year 2024 --by commune --format json"));
    CHECK(s.value(QStringLiteral("charts")).toInt() == 1);
    CHECK(desk(words("report --year 2024 --by commune --format xlsx")).code == 2);
}

TEST_CASE("fonds export --xlsx keeps ISBNs as text and acquisition dates as dates",
          "[cli][xlsx][fonds]")
{
    XlsxDesk desk;
    const QString csv = desk.write(QStringLiteral("f.csv"),
                                   "inventory;isbn;title;theme;year;acquired\n"
                                   "0042;978-2-07-036822-8;Le guide;MFO;2021;2024-01-10\n");
    desk.ok({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), csv});
    desk.ok({QStringLiteral("fonds"), QStringLiteral("export"), QStringLiteral("--xlsx"),
             desk.file("f.xlsx")});
    const QJsonObject s = readWorkbook(desk.file("f.xlsx"))
                              .value(QStringLiteral("sheets"))
                              .toArray()
                              .at(0)
                              .toObject();
    const QJsonArray guide = rowWith(s, 0, QStringLiteral("0042"));
    CHECK(type(guide, 0) == QLatin1String("s"));
    CHECK(value(guide, 1) == QLatin1String("9782070368228"));
    CHECK(type(guide, 1) == QLatin1String("s"));
    CHECK(type(guide, 5) == QLatin1String("n"));
    CHECK(type(guide, 12) == QLatin1String("d"));
    CHECK(value(guide, 12) == QLatin1String("2024-01-10T00:00:00"));
}

TEST_CASE("bilan --xlsx --pdf: a sheet per table with its chart, totals equal the reports",
          "[cli][xlsx][bilan]")
{
    XlsxDesk desk;
    fill(desk);
    const Run made =
        desk.ok({QStringLiteral("bilan"), QStringLiteral("--year"), QStringLiteral("2024"),
                 QStringLiteral("--xlsx"), desk.file("b.xlsx"), QStringLiteral("--pdf"),
                 desk.file("b.pdf"), QStringLiteral("--protect-small-cells"), QStringLiteral("3")});
    CHECK(made.err.isEmpty()); // no warning from the offscreen Gui application
    const QJsonObject bookJson = readWorkbook(desk.file("b.xlsx"));
    CHECK(bookJson.value(QStringLiteral("title")).toString().contains(QLatin1String("2024")));
    CHECK_FALSE(bookJson.value(QStringLiteral("creator")).toString().isEmpty());

    const QJsonObject about = sheet(bookJson, QStringLiteral("About"));
    CHECK(type(rowWith(about, 0, QStringLiteral("Data as of")), 1) == QLatin1String("d"));
    CHECK(value(rowWith(about, 0, QStringLiteral("Period from")), 1) ==
          QLatin1String("2024-01-01T00:00:00"));
    CHECK(value(rowWith(about, 0, QStringLiteral("Sites")), 1) == QLatin1String("All sites"));
    CHECK(value(rowWith(about, 0, QStringLiteral("Small cells")), 1)
              .startsWith(QLatin1String("protected")));

    struct Check
    {
        const char *sheet;
        const char *report;
    };
    for (const Check &c :
         {Check{"Contacts by pôle", "report --year 2024 --by pole --format json"},
          Check{"Contacts by theme", "report --year 2024 --by theme --format json"},
          Check{"Contacts by commune", "report --year 2024 --by commune --format json"},
          Check{"Interviews by pôle",
                "report --year 2024 --what interviews --by pole --format json"},
          Check{"Participants by event",
                "report --year 2024 --what participants --by event --format json"}}) {
        INFO(c.sheet);
        const QJsonObject s = sheet(bookJson, QString::fromUtf8(c.sheet));
        CHECK(s.value(QStringLiteral("charts")).toInt() == 1);
        const QJsonArray total = rowWith(s, 1, QStringLiteral("Total"));
        // A total below the threshold (3) is a small cell too, as in the CSV and the PDF.
        if (desk.total(c.report) < 3) {
            CHECK(type(total, 2) == QLatin1String("s"));
            CHECK(value(total, 2) == QLatin1String("s"));
        } else {
            CHECK(type(total, 2) == QLatin1String("n"));
            CHECK(value(total, 2).toLongLong() == desk.total(c.report));
        }
    }
    // Small cells protected: a count of 2 reads "s", as text.
    const QJsonArray ain =
        rowWith(sheet(bookJson, QStringLiteral("Contacts by commune")), 0, QStringLiteral("01004"));
    CHECK(value(ain, 2) == QLatin1String("s"));
    CHECK(type(ain, 2) == QLatin1String("s"));
    // Two sessions of the workshop are told apart by their date.
    const QJsonObject events = sheet(bookJson, QStringLiteral("Participants by event"));
    CHECK(value(rowWith(events, 2, QStringLiteral("12")), 1) == QLatin1String("CV (5 March 2024)"));
    CHECK(value(rowWith(events, 2, QStringLiteral("9")), 1) == QLatin1String("CV (11 June 2024)"));

    // The PDF: PDF/A-1b, titled, every label whole.
    QFile pdf(desk.file("b.pdf"));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-1.4"));
    CHECK(bytes.contains("pdfaid:part=\"1\""));
    CHECK(bytes.contains("<dc:creator>"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return; // poppler-utils is in the install list; a developer's machine may lack it
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-raw"), desk.file("b.pdf"), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("Working, learning about jobs and employment")));
    CHECK(content.contains(QLatin1String("CV (5 March 2024)")));
    CHECK(content.contains(QLatin1String("CV (11 June 2024)")));
    CHECK(content.contains(QLatin1String("Contacts by commune")));
    CHECK(content.contains(QLatin1String("Contacts by theme")));
    CHECK_FALSE(content.contains(QChar(0x2026))); // nothing elided with "…"
}

TEST_CASE("bilan: usage and data errors", "[cli][bilan]")
{
    XlsxDesk desk;
    CHECK(desk(words("bilan --year 2024")).code == 2);
    CHECK(desk(words("bilan --year 24 --xlsx b.xlsx")).code == 2);
    CHECK(desk({QStringLiteral("bilan"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--xlsx"), desk.file("b.xlsx"),
                QStringLiteral("--protect-small-cells"), QStringLiteral("1")})
              .code == 2);
    const Run site = desk({QStringLiteral("bilan"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral("--xlsx"), desk.file("b.xlsx"),
                           QStringLiteral("--site"), QStringLiteral("atlantis")});
    CHECK(site.code == 1);
    CHECK(site.err.contains(QLatin1String("atlantis")));
    CHECK_FALSE(QFile::exists(desk.file("b.xlsx")));
}
