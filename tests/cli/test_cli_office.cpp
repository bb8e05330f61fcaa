// SPDX-License-Identifier: GPL-3.0-or-later
// What a French office opens: every CSV export is safe (no formula runs) and comes in two
// dialects, imports take back what exports write, the CLI speaks French throughout.
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace passages;
using test::Language;
using test::Run;

namespace {

QStringList words(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct OfficeDesk : test::CliDesk
{
    OfficeDesk() : CliDesk(QStringLiteral("Accueil 1")) {}

    Run ok(const QStringList &args) const
    {
        const Run run = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.code == 0);
        return run;
    }
    QString eventId(const QString &title, const char *start) const
    {
        const Run run =
            ok({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"), title,
                QStringLiteral("--type"), QStringLiteral("atelier"), QStringLiteral("--start"),
                QLatin1String(start), QStringLiteral("--pole"), QStringLiteral("emploi")});
        return run.out.trimmed();
    }
    QByteArray read(const QString &name) const
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

/// The text of every field of a CSV (either dialect) that starts with one of the formula
/// characters: none may survive unneutralised.
QStringList formulaCells(const QString &csv)
{
    static const QRegularExpression cell(
        QStringLiteral(R"re((?:^|[,;\n])"?([=+\-@][^,;\r\n"]*))re"));
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+(?:[.,]\d+)?$)"));
    QStringList found;
    for (auto it = cell.globalMatch(csv); it.hasNext();) {
        const QString text = it.next().captured(1);
        if (!number.match(text).hasMatch())
            found << text;
    }
    return found;
}

} // namespace

TEST_CASE("every CSV export neutralises formulas typed into Passages", "[cli][csv]")
{
    OfficeDesk desk;
    const QString formula = QStringLiteral("=1+1");
    const QString id = desk.eventId(formula, "2024-03-05");
    desk.ok({QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"), id,
             QStringLiteral("--count"), QStringLiteral("12")});
    desk.eventId(QStringLiteral("@SUM(A1:A9)"), "2024-04-02");
    desk.eventId(QStringLiteral("-2+3"), "2024-04-03");
    const QString fondsCsv = desk.write(
        QStringLiteral("fonds.csv"),
        "inventory;title;theme;notes\nA1;=HYPERLINK(\"http://x\");MFO;+33 1 40 05 70 00\n");
    desk.ok({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), fondsCsv});
    desk.ok(words("log --pole emploi --count 3 --at 2024-03-05T10:00"));

    struct Export
    {
        const char *name;
        QStringList args;
        QString file; ///< empty: standard output
    };
    const QList<Export> exports = {
        {"event list", words("event list --year 2024 --format csv"), {}},
        {"report by event",
         words("report --year 2024 --what participants --by event --format csv"),
         {}},
        {"fonds export", words("fonds export --csv -"), {}},
        {"fonds stats", words("fonds stats --year 2024 --format csv"), {}},
        {"export", words("export --csv - --year 2024"), {}},
    };
    for (const bool excel : {false, true}) {
        for (const Export &e : exports) {
            QStringList args = e.args;
            if (excel)
                args << QStringLiteral("--excel");
            const Run run = desk.ok(args);
            INFO(e.name << (excel ? " --excel" : "") << "\n" << run.out.toStdString());
            CHECK(formulaCells(run.out).isEmpty());
            if (excel) {
                CHECK(run.rawOut.startsWith("\xEF\xBB\xBF"));
                CHECK(run.out.contains(QLatin1String("\r\n")));
                CHECK(run.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char(';')));
            } else {
                CHECK_FALSE(run.rawOut.startsWith("\xEF\xBB\xBF"));
                CHECK(run.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char(',')));
            }
        }
    }
    const Run events = desk.ok(words("event list --year 2024 --format csv"));
    CHECK(events.out.contains(QLatin1String(",'=1+1,")));
    CHECK(events.out.contains(QLatin1String(",'@SUM(A1:A9),")));
    CHECK(events.out.contains(QLatin1String(",'-2+3,")));
    // A number stays a number: the participants count.
    CHECK(events.out.contains(QLatin1String(",1,12")));
    const Run fonds = desk.ok(words("fonds export --csv -"));
    CHECK(fonds.out.contains(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK(fonds.out.contains(QLatin1String("'+33 1 40 05 70 00")));

    // The neutralised export re-imports as typed.
    const QString exported = desk.dir.filePath(QStringLiteral("out.csv"));
    desk.ok({QStringLiteral("fonds"), QStringLiteral("export"), QStringLiteral("--csv"), exported,
             QStringLiteral("--excel")});
    test::CliDesk other(QStringLiteral("Documentation"));
    const Run reimported = other(
        {QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), exported});
    INFO(reimported.err.toStdString());
    REQUIRE(reimported.code == 0);
    const Run again = other(words("fonds export --csv -"));
    CHECK(again.out == fonds.out);
}

TEST_CASE("CSV for Excel (the excel flag) writes the same rows as the plain dialect", "[cli][csv]")
{
    OfficeDesk desk;
    const Run plain = desk.ok(words("fonds stats --year 2024 --format csv"));
    const Run excel = desk.ok(words("fonds stats --year 2024 --format csv --excel"));
    // The same rows, only the dialect differs.
    QString converted = plain.out;
    converted.replace(QLatin1Char(','), QLatin1Char(';'));
    CHECK(excel.rawOut.startsWith("\xEF\xBB\xBF"));
    CHECK(excel.out == converted);
    const Run bad = desk(words("fonds stats --year 2024 --format csv --excel yes"));
    CHECK(bad.code == 2);
}

TEST_CASE("import --csv takes back Corsican communes and codes a spreadsheet shortened",
          "[cli][csv]")
{
    OfficeDesk desk;
    const QString file =
        desk.write(QStringLiteral("corse.csv"), "at;pole;commune\n"
                                                "2024-03-05T10:00;emploi;2A004\n"
                                                "2024-03-05T10:05;emploi;2b033\n"
                                                "2024-03-05T10:10;emploi;1004\n"
                                                "2024-03-05T10:15;emploi;ETRANGER\n");
    const Run run = desk({QStringLiteral("import"), QStringLiteral("--csv"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonObject report =
        QJsonDocument::fromJson(
            desk.ok(words("report --year 2024 --by commune --format json")).out.toUtf8())
            .object();
    QStringList codes;
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        codes << row.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("01004"), QStringLiteral("2A004"),
                               QStringLiteral("2B033"), QStringLiteral("etranger")});

    // What export writes, import takes back.
    const QString exported = desk.dir.filePath(QStringLiteral("out.csv"));
    desk.ok(
        {QStringLiteral("export"), QStringLiteral("--csv"), exported, QStringLiteral("--excel")});
    test::CliDesk other(QStringLiteral("Accueil 2"));
    const Run again = other({QStringLiteral("import"), QStringLiteral("--csv"), exported});
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
}

TEST_CASE("fonds import keeps the notes of every copy of a title", "[cli][fonds]")
{
    OfficeDesk desk;
    const QString file = desk.write(QStringLiteral("fonds.csv"),
                                    "inventory;isbn;title;theme;notes\n"
                                    "A1;978-2-07-036822-8;Le guide;MFO;Don de la Région\n"
                                    "A2;978-2-07-036822-8;Le guide;MFO;Couverture abîmée\n"
                                    "A3;978-2-07-036822-8;Le guide;MFO;Don de la Région\n");
    desk.ok({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), file});
    const Run exported = desk.ok(words("fonds export --csv -"));
    CHECK(exported.out.contains(QStringLiteral("Don de la Région")));
    CHECK(exported.out.contains(QStringLiteral("Couverture abîmée")));
    CHECK(exported.out.count(QStringLiteral("Don de la Région")) == 3); // once per copy row

    // A later file adds a copy with a new note to the title already in the catalogue.
    const QString more =
        desk.write(QStringLiteral("more.csv"), "inventory;isbn;title;theme;notes\n"
                                               "A4;978-2-07-036822-8;Le guide;MFO;Prêté au CIO\n");
    desk.ok({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), more});
    CHECK(desk.ok(words("fonds export --csv -")).out.contains(QStringLiteral("Prêté au CIO")));
}

TEST_CASE("every command speaks French on a French desk", "[cli][i18n]")
{
    // English the CLI is known to have printed beside French: any of them in the output
    // of a French desk is a string lupdate never saw or a tr() looked up in the wrong
    // context.
    const QStringList english = {
        QStringLiteral("imported"),
        QStringLiteral("title(s)"),
        QStringLiteral("copy(ies)"),
        QStringLiteral("entry(ies)"),
        QStringLiteral("needs a"),
        QStringLiteral("must be"),
        QStringLiteral("is required"),
        QStringLiteral("given twice"),
        QStringLiteral("unknown command"),
        QStringLiteral("unknown option"),
        QStringLiteral("no command"),
        QStringLiteral("Workshop"),
        QStringLiteral("Major events"),
        QStringLiteral("Events"),
        QStringLiteral("Titles"),
        QStringLiteral("Copies"),
        QStringLiteral("Periodicals"),
        QStringLiteral("Issues received"),
        QStringLiteral("withdrawn"),
        QStringLiteral("acquired"),
        QStringLiteral("Consultations, previous"),
        QStringLiteral("Pupils"),
        QStringLiteral("the event runs"),
        QStringLiteral("was deleted"),
        QStringLiteral("ready in"),
        QStringLiteral("cannot write"),
        QStringLiteral("Theme"),
        QStringLiteral("bad row"),
        QStringLiteral("problem(s)"),
        QStringLiteral("valid "),
        QStringLiteral("Desk "),
        QStringLiteral("written"),
    };
    test::CliDesk desk(QStringLiteral("Accueil 1"));
    auto fr = [&](const QStringList &args) {
        return desk(args, Language::FrenchLocale);
    };
    const QString fondsCsv =
        desk.write(QStringLiteral("f.csv"), "inventory;title;theme\nA1;Guide;MFO\nA2;Atlas;MFO\n");
    const QString passagesCsv =
        desk.write(QStringLiteral("p.csv"), "at;pole\n2024-03-05T10:00;emploi\n");
    const QString badCsv = desk.write(QStringLiteral("bad.csv"), "at;pole\n2024-03-05;astro\n");
    const QString id =
        fr(words("event add --title Atelier --type atelier --start 2024-03-05 --end 2024-03-06"))
            .out.trimmed();
    const QString unwritable = QStringLiteral("/nonexistent-dir/out.csv");
    const QList<QStringList> commands = {
        words("init --site villette --desk Accueil"),
        words("log --pole emploi --at 2024-03-05T10:00"),
        words("log --pole emploi --count x"),
        {QStringLiteral("import"), QStringLiteral("--csv"), passagesCsv},
        {QStringLiteral("import"), QStringLiteral("--csv"), badCsv},
        {QStringLiteral("export"), QStringLiteral("--csv"), unwritable},
        words("export --year 20x --csv -"),
        words("report --year 2024 --by pole"),
        words("report --year 2024 --by nothing"),
        words("report --year 2024 --by pole --format yaml"),
        words("event list --year 2024"),
        words("event summary --year 2024"),
        words("event summary --year 2024 --format xml"),
        {QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"), id,
         QStringLiteral("--count"), QStringLiteral("3")},
        words("event attend --id x --count 3 --date 2024-13-01"),
        words("event add --title T"),
        words("interview --pole emploi --at 2024-03-05"),
        {QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), fondsCsv},
        words("fonds stats --year 2024"),
        words("fonds stats --year 24"),
        words("fonds stats --format yaml"),
        {QStringLiteral("fonds"), QStringLiteral("export"), QStringLiteral("--csv"), unwritable},
        words("closure list --year 2024"),
        words("closure add --from 2024-13-01 --reason x"),
        words("event frobnicate"),
        words("frobnicate"),
        words("report --year 2024 --year 2025 --by pole"),
        words("delete"),
        words("--db"),
    };
    for (const QStringList &args : commands) {
        const Run run = fr(args);
        const QString printed = run.out + run.err;
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << printed.toStdString());
        CHECK(run.code >= 0);
        for (const QString &word : english)
            CHECK_FALSE(printed.contains(word));
    }
}
