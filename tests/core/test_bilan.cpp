// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/programme/interviews.h"
#include "core/programme/programme.h"
#include "core/report/bilan.h"
#include "core/report/dashboard_figures.h"

#include <catch2/catch.hpp>

using namespace passages;
using passages::test::walkIn;

namespace {

PassageInput at(const char *pole, int count, int y, int m, int d, const char *age = "26-44")
{
    PassageInput input = walkIn(pole, count);
    input.ageBand = QLatin1String(age);
    input.at = QDateTime(QDate(y, m, d), QTime(10, 0));
    return input;
}

InterviewInput interview(const char *pole, int y, int m, int d)
{
    InterviewInput input;
    input.pole = QLatin1String(pole);
    input.at = QDateTime(QDate(y, m, d), QTime(11, 0));
    return input;
}

const BilanLine *line(const BilanTable &table, const char *code)
{
    for (const BilanLine &l : table.lines)
        if (l.code == QLatin1String(code))
            return &l;
    return nullptr;
}

const BilanHeadline *headline(const Bilan &bilan, const char *key)
{
    for (const BilanHeadline &h : bilan.headlines)
        if (h.key == QLatin1String(key))
            return &h;
    return nullptr;
}

/// 2024 against 2023: emploi 1 881 against 1 542 (+22 %), orientation 3 against 0, a
/// deleted walk-in, a new year's eve walk-in; interviews and an event.
struct BilanData
{
    test::TempDesk desk;
    BilanData()
    {
        Reception &r = *desk.reception;
        // A Cité that allows groups of up to 999 (500 by default): large figures come in
        // several entries.
        REQUIRE(desk.referential.setMaxGroupSize(999).ok());
        REQUIRE(r.log(at("emploi", 900, 2024, 3, 5)).ok());
        REQUIRE(r.log(at("emploi", 900, 2024, 3, 5)).ok());
        REQUIRE(r.log(at("emploi", 81, 2024, 12, 31, "16-25")).ok());
        REQUIRE(r.log(at("orientation", 3, 2024, 6, 4, "16-25")).ok());
        const Passage gone = *r.log(at("creation", 50, 2024, 6, 4));
        REQUIRE(r.remove(gone.id).ok());
        REQUIRE(r.log(at("emploi", 750, 2023, 3, 7)).ok());
        REQUIRE(r.log(at("emploi", 750, 2023, 3, 7)).ok());
        REQUIRE(r.log(at("emploi", 42, 2023, 12, 29)).ok());
        REQUIRE(r.log(at("droit", 10, 2023, 5, 2)).ok());

        Interviews interviews(*desk.db, desk.referential);
        for (int i = 0; i < 3; ++i)
            REQUIRE(interviews.log(interview("evolution", 2024, 2, 6 + i)).ok());
        REQUIRE(interviews.log(interview("evolution", 2023, 2, 7)).ok());
        REQUIRE(interviews.log(interview("creation", 2023, 2, 7)).ok());

        Programme programme(*desk.db, desk.referential);
        EventInput forum;
        forum.title = QStringLiteral("Forum de l'alternance");
        forum.type = QStringLiteral("forum");
        Result<Event> event = programme.createEvent(forum, QDate(2024, 5, 14), QDate(2024, 5, 15));
        INFO((event.ok() ? QString() : event.error().message).toStdString());
        REQUIRE(event.ok());
        Result<QList<EventSession>> sessions = programme.sessions(event->id);
        REQUIRE(sessions->size() == 2);
        REQUIRE(programme.recordAttendance(sessions->at(0).id, {6000, {}, {}}).ok());
        REQUIRE(programme.recordAttendance(sessions->at(1).id, {4000, {}, {}}).ok());
    }
};

} // namespace

TEST_CASE("the bilan gives contacts per pôle, interviews and events year over year", "[bilan]")
{
    BilanData data;
    BilanBuilder builder(*data.desk.db, data.desk.referential, test::communes());
    Result<Bilan> bilan = builder.build(2024);
    INFO((bilan.ok() ? QString() : bilan.error().message).toStdString());
    REQUIRE(bilan.ok());
    CHECK(bilan->year == 2024);
    CHECK(bilan->cite == QStringLiteral("Cité des métiers de Paris la Villette"));
    CHECK(bilan->hasProgramme);

    const BilanTable *contacts = bilan->table(QStringLiteral("contacts-pole"));
    REQUIRE(contacts);
    CHECK(contacts->lines.size() == 7); // every pôle of the referential, in its order
    CHECK(contacts->lines.at(0).code == QLatin1String("orientation"));
    CHECK(contacts->lines.at(0).color == QLatin1String("#1f77b4"));
    CHECK(line(*contacts, "emploi")->count == 1881);
    CHECK(line(*contacts, "emploi")->previous == 1542);
    CHECK(std::lround(*changePercent(1881, 1542)) == 22);
    CHECK(line(*contacts, "creation")->count == 0); // deleted
    CHECK(line(*contacts, "droit")->previous == 10);
    CHECK(contacts->total == 1884);
    CHECK(contacts->previousTotal == 1552);

    const BilanTable *interviews = bilan->table(QStringLiteral("interviews-pole"));
    REQUIRE(interviews);
    CHECK(line(*interviews, "evolution")->count == 3);
    CHECK(line(*interviews, "evolution")->previous == 1);
    CHECK(line(*interviews, "creation")->previous == 1);
    CHECK(interviews->total == 3);

    const BilanTable *events = bilan->table(QStringLiteral("participants-event"));
    REQUIRE(events);
    CHECK_FALSE(events->comparesYears);
    REQUIRE(events->lines.size() == 1);
    // The title, then the days it had participants (two sessions of a workshop differ).
    const QString label = events->lines.at(0).label;
    CHECK(label.startsWith(QLatin1String("Forum de l'alternance (")));
    CHECK(label.endsWith(QLatin1String(" 2024)")));
    CHECK(label.contains(QLatin1String("14")));
    CHECK(events->lines.at(0).count == 10000);

    CHECK(headline(*bilan, "contacts")->value == 1884);
    CHECK(headline(*bilan, "interviews")->previous == 2);
    CHECK(headline(*bilan, "participants")->value == 10000);
    CHECK(headline(*bilan, "events")->value == 1);
    CHECK(headline(*bilan, "opening-days")->value == 252);
    CHECK(headline(*bilan, "per-day")->value == Approx(1884.0 / 252));

    const BilanTable *ages = bilan->table(QStringLiteral("contacts-age-band"));
    REQUIRE(ages);
    CHECK(line(*ages, "16-25")->count == 84);
    CHECK(bilan->months.buckets.size() == 12);
    CHECK(bilan->months.buckets.at(11).total == 81);
    CHECK(bilan->previousMonths.total == 1552);

    // Limited to a site with no walk-ins.
    AttendanceFilter bpi;
    bpi.site = QStringLiteral("bpi");
    Result<Bilan> none = builder.build(2024, bpi);
    REQUIRE(none.ok());
    CHECK(none->table(QStringLiteral("contacts-pole"))->total == 0);
    CHECK(none->scope != bilan->scope);
}

TEST_CASE("bilan exports: French Excel CSV, plain CSV and small cells", "[bilan]")
{
    BilanData data;
    Result<Bilan> bilan =
        BilanBuilder(*data.desk.db, data.desk.referential, test::communes()).build(2024);
    REQUIRE(bilan.ok());
    SmallCellPolicy open;
    const QByteArray excel =
        toCsv(ReportExport::bilan(*bilan, open, CsvFlavour::FrenchExcel), CsvFlavour::FrenchExcel);
    CHECK(excel.startsWith("\xEF\xBB\xBF"));
    CHECK(excel.contains("emploi;Working, learning about jobs and employment;1881;1542;22,0\r\n"));
    CHECK(excel.contains("orientation;Choosing a path;3;0;\r\n"));
    const QByteArray plain =
        toCsv(ReportExport::bilan(*bilan, open, CsvFlavour::Plain), CsvFlavour::Plain);
    CHECK_FALSE(plain.startsWith("\xEF\xBB\xBF"));
    CHECK(plain.contains(
        "emploi,\"Working, learning about jobs and employment\",1881,1542,22.0\r\n"));

    SmallCellPolicy outside;
    outside.enabled = true;
    const QByteArray published =
        toCsv(ReportExport::bilan(*bilan, outside, CsvFlavour::Plain), CsvFlavour::Plain);
    CHECK(published.contains("orientation,Choosing a path,s,0,\r\n"));
    CHECK(published.contains("evolution,\"Progressing, training, retraining\",s,s,\r\n"));
    CHECK_FALSE(published.contains(",3,"));
    // The 3 alone hidden would come back as 1 884 − 1 881: emploi hides with it.
    CHECK(published.contains("emploi,\"Working, learning about jobs and employment\",s,1542,\r\n"));
    CHECK_FALSE(published.contains(",1881,"));
    // Each table starts with its title line, then its header.
    CHECK(excel.contains("\r\nContacts by p\xC3\xB4le\r\nCode;P\xC3\xB4le;2024;2023;Change %\r\n"));
}

TEST_CASE("the dashboard computes every view in one call", "[bilan][dashboard]")
{
    BilanData data;
    DashboardRequest request = DashboardRequest::standard(QDate(2024, 3, 5));
    CHECK(request.filter.from == QDate(2024, 2, 5));
    Result<DashboardFigures> figures = computeDashboard(
        *data.desk.db, data.desk.referential, test::communes(), OpeningCalendar(), request);
    INFO((figures.ok() ? QString() : figures.error().message).toStdString());
    REQUIRE(figures.ok());
    CHECK(figures->today.total == 1800);
    CHECK(figures->days.buckets.size() == 30);
    CHECK(figures->periodTotal == 1800);
    CHECK(figures->previousPeriodTotal == 0); // 5 Feb - 5 Mar 2023
    CHECK(figures->weeks.buckets.size() == 26);
    CHECK(figures->months.total == 1884);
    CHECK(figures->previousMonths.total == 1552);
    CHECK(figures->breakdowns.size() == 6);
    REQUIRE(figures->breakdown(BreakdownBy::Commune));
    REQUIRE(figures->bilan.has_value());
    // Days after "today" are not opening days yet.
    CHECK(figures->bilan->headlines.size() >= 2);
    int openDays = 0;
    for (const Bucket &b : figures->months.buckets)
        openDays += b.openDays;
    CHECK(openDays == 46); // weekdays of 2 January - 5 March 2024 (1 January a holiday)
}

TEST_CASE("the month under way is compared with the same days of last year, not the whole month",
          "[bilan][dashboard]")
{
    test::TempDesk desk;
    Reception &r = *desk.reception;
    // Last year: 10 walk-ins in early November, 90 late in the month. This year, on the
    // 19th: 12 so far (the same pace), and a whole October of 40 against 40.
    REQUIRE(r.log(at("emploi", 10, 2023, 11, 6)).ok());
    REQUIRE(r.log(at("orientation", 90, 2023, 11, 27)).ok());
    REQUIRE(r.log(at("emploi", 40, 2023, 10, 10)).ok());
    REQUIRE(r.log(at("emploi", 12, 2024, 11, 18)).ok());
    REQUIRE(r.log(at("emploi", 40, 2024, 10, 10)).ok());
    const QDate today(2024, 11, 19);
    DashboardRequest request = DashboardRequest::standard(today);
    request.bilanYear = 0;
    Result<DashboardFigures> f =
        computeDashboard(*desk.db, desk.referential, test::communes(), OpeningCalendar(), request);
    REQUIRE(f.ok());
    REQUIRE(f->months.buckets.size() == 12);
    const Bucket &november = f->months.buckets.at(10);
    CHECK(november.partial);
    CHECK_FALSE(f->months.buckets.at(9).partial);
    CHECK(november.total == 12);
    // The whole month of last year stays what the tables and exports show...
    CHECK(f->previousMonths.buckets.at(10).total == 100);
    CHECK_FALSE(f->previousMonths.buckets.at(10).partial);
    // ...the chart compares with 1-19 November 2023.
    const Bucket &before = f->previousMonthsSameDays.buckets.at(10);
    CHECK(before.partial);
    CHECK(before.first == QDate(2023, 11, 1));
    CHECK(before.last == QDate(2023, 11, 19));
    CHECK(before.total == 10);
    const int emploi = f->previousMonthsSameDays.poleIndex(QStringLiteral("emploi"));
    const int orientation = f->previousMonthsSameDays.poleIndex(QStringLiteral("orientation"));
    CHECK(before.byPole.at(emploi) == 10);
    CHECK(before.byPole.at(orientation) == 0);
    // Whole months are left as they are.
    CHECK(f->previousMonthsSameDays.buckets.at(9).total == 40);
    CHECK(f->previousMonthsSameDays.buckets.at(11).total == 0);
    CHECK(f->previousMonthsSameDays.total == 50);
}
