// SPDX-License-Identifier: GPL-3.0-or-later
// Known answers for the programme's yearly reports.
#include "support/test_support.h"

#include "core/programme/programme.h"
#include "core/report/programme_report.h"

#include <catch2/catch.hpp>

using namespace passages;

namespace {

EventInput event(const char *title, const char *type, const char *pole = "",
                 const char *location = "")
{
    EventInput input;
    input.title = QString::fromUtf8(title);
    input.type = QLatin1String(type);
    input.pole = QLatin1String(pole);
    input.location = QLatin1String(location);
    return input;
}

qint64 countOf(const YearlyCounts &report, const QString &code)
{
    for (const ReportRow &row : report.rows)
        if (row.code == code)
            return row.count;
    return -1;
}

qint64 countOf(const YearlyCounts &report, const char *code)
{
    return countOf(report, QLatin1String(code));
}

/// A small year of programme, with known answers:
///
/// 2023: Forum de l'alternance (forum, emploi)       2023-05-16          8 000
/// 2024: Forum de l'alternance (forum, emploi)       2024-05-14..15      5 800 + 4 200
///       Semaine de l'industrie (grand-evenement, transversal) 2024-11-26..29: 700 a day
///       Rencontre métiers (orientation, pupils)     2024-11-26  320 (300 pupils, 12 classes)
///       Rédiger un CV (atelier, emploi, bpi)        4 sessions: 11, 9, 12 corrected to 10, 8
///       deleted Rédiger un CV (duplicate, autumn)           1 session 2024-10-01: 7 Transpass
///       (atelier, evolution, a-distance)  2 sessions: 20, 16 Un forum supprimé (forum) 2024-06-01:
///       999, event deleted Nouvel an des métiers (grand-evenement, hors-les-murs)
///       2024-12-30..2025-01-02:
///           100, 110 in 2024; 120, 130 in 2025
struct Year
{
    test::TempDesk desk;
    Programme programme{*desk.db, desk.referential};
    Event forum2023, forum, industrie, rencontre, cv, cvAutumn, transpass, deleted, newYear;

    Year()
    {
        auto attend = [&](const Event &e, const QDate &date, AttendanceInput input) {
            Result<EventSession> s = programme.sessionOn(e.id, date);
            REQUIRE(s.ok());
            Result<Attendance> a = programme.recordAttendance(s->id, input);
            REQUIRE(a.ok());
            return *a;
        };
        forum2023 = *programme.createEvent(event("Forum de l'alternance", "forum", "emploi"),
                                           QDate(2023, 5, 16), {});
        attend(forum2023, QDate(2023, 5, 16), {8000, {}, {}});
        forum = *programme.createEvent(event("Forum de l'alternance", "forum", "emploi"),
                                       QDate(2024, 5, 14), QDate(2024, 5, 15));
        attend(forum, QDate(2024, 5, 14), {5800, {}, {}});
        attend(forum, QDate(2024, 5, 15), {4200, {}, {}});
        industrie = *programme.createEvent(event("Semaine de l'industrie", "grand-evenement"),
                                           QDate(2024, 11, 26), QDate(2024, 11, 29));
        for (int d = 26; d <= 29; ++d)
            attend(industrie, QDate(2024, 11, d), {700, {}, {}});
        rencontre = *programme.createEvent(
            event("Les métiers de la transition énergétique", "rencontre-metiers", "orientation"),
            QDate(2024, 11, 26), {});
        attend(rencontre, QDate(2024, 11, 26), {320, 300, 12});

        EventInput cvInput = event("Rédiger un CV efficace", "atelier", "emploi", "bpi");
        cv = *programme.createEvent(cvInput, Programme::series(QDate(2024, 3, 5), 4));
        attend(cv, QDate(2024, 3, 5), {11, {}, {}});
        attend(cv, QDate(2024, 3, 12), {9, {}, {}});
        const Attendance typo = attend(cv, QDate(2024, 3, 19), {12, {}, {}});
        REQUIRE(programme.correctAttendance(typo.id, {10, {}, {}}).ok());
        const Attendance mistake = attend(cv, QDate(2024, 3, 26), {8, {}, {}});
        REQUIRE(programme.removeAttendance(mistake.id).ok());
        cvAutumn = *programme.duplicateEvent(cv.id, QDate(2024, 10, 1));
        // Keep one autumn session: the others are removed.
        const QList<EventSession> autumn = *programme.sessions(cvAutumn.id);
        for (int i = 1; i < autumn.size(); ++i)
            REQUIRE(programme.removeSession(autumn.at(i).id).ok());
        attend(cvAutumn, QDate(2024, 10, 1), {7, {}, {}});

        transpass = *programme.createEvent(
            event("Transpass : repérer de nouvelles pistes professionnelles", "atelier",
                  "evolution", "a-distance"),
            {{QDate(2024, 2, 6), QTime(10, 0), QTime(12, 0)}, {QDate(2024, 2, 13), {}, {}}});
        attend(transpass, QDate(2024, 2, 6), {20, {}, {}});
        attend(transpass, QDate(2024, 2, 13), {16, {}, {}});

        deleted =
            *programme.createEvent(event("Un forum supprimé", "forum"), QDate(2024, 6, 1), {});
        attend(deleted, QDate(2024, 6, 1), {999, {}, {}});
        REQUIRE(programme.removeEvent(deleted.id).ok());

        newYear = *programme.createEvent(
            event("Nouvel an des métiers", "grand-evenement", "", "hors-les-murs"),
            QDate(2024, 12, 30), QDate(2025, 1, 2));
        attend(newYear, QDate(2024, 12, 30), {100, {}, {}});
        attend(newYear, QDate(2024, 12, 31), {110, {}, {}});
        attend(newYear, QDate(2025, 1, 1), {120, {}, {}});
        attend(newYear, QDate(2025, 1, 2), {130, {}, {}});
    }
};

} // namespace

TEST_CASE("participants by event, type, pôle and location have known answers",
          "[report][programme]")
{
    Year y;
    ProgrammeReports reports(*y.desk.db, y.desk.referential);

    // 2024 total: 10 000 + 2 800 + 320 + 30 + 7 + 36 + 210 = 13 403.
    Result<YearlyCounts> byEvent = reports.participants(2024, ParticipantDimension::Event);
    REQUIRE(byEvent.ok());
    CHECK(byEvent->by == QLatin1String("event"));
    CHECK(byEvent->total == 13403);
    REQUIRE(byEvent->rows.size() == 7);
    CHECK(byEvent->rows.at(0).code == y.forum.id);
    CHECK(byEvent->rows.at(0).label == QLatin1String("Forum de l'alternance"));
    CHECK(byEvent->rows.at(0).count == 10000);
    CHECK(countOf(*byEvent, y.cv.id) == 30); // corrected 12 -> 10, 8 deleted
    CHECK(countOf(*byEvent, y.cvAutumn.id) == 7);
    CHECK(countOf(*byEvent, y.newYear.id) == 210); // its 2024 days only
    CHECK(countOf(*byEvent, y.deleted.id) == -1);
    CHECK(countOf(*byEvent, y.forum2023.id) == -1);

    Result<YearlyCounts> byType = reports.participants(2024, ParticipantDimension::EventType);
    CHECK(byType->by == QLatin1String("event-type"));
    CHECK(countOf(*byType, "forum") == 10000);
    CHECK(countOf(*byType, "grand-evenement") == 3010);
    CHECK(countOf(*byType, "rencontre-metiers") == 320);
    CHECK(countOf(*byType, "atelier") == 73);
    CHECK(byType->rows.at(0).label == QLatin1String("Fair"));

    Result<YearlyCounts> byPole = reports.participants(2024, ParticipantDimension::Pole);
    CHECK(countOf(*byPole, "emploi") == 10037);
    CHECK(countOf(*byPole, "transversal") == 3010);
    CHECK(countOf(*byPole, "orientation") == 320);
    CHECK(countOf(*byPole, "evolution") == 36);
    for (const ReportRow &row : byPole->rows)
        if (row.code == QLatin1String("transversal"))
            CHECK(row.label == QLatin1String("Transversal"));

    Result<YearlyCounts> byLocation = reports.participants(2024, ParticipantDimension::Location);
    CHECK(countOf(*byLocation, "sur-site") == 13120);
    CHECK(countOf(*byLocation, "bpi") == 37);
    CHECK(countOf(*byLocation, "a-distance") == 36);
    CHECK(countOf(*byLocation, "hors-les-murs") == 210);
    for (const ReportRow &row : byLocation->rows)
        if (row.code == QLatin1String("bpi"))
            CHECK(row.label == QLatin1String("Bpi (Centre Pompidou)"));

    // Across New Year, each day counts in its own year.
    Result<YearlyCounts> next = reports.participants(2025, ParticipantDimension::Event);
    REQUIRE(next->rows.size() == 1);
    CHECK(next->total == 250);
    CHECK(reports.participants(2023, ParticipantDimension::Event)->total == 8000);

    CHECK(reports.participants(2024, ParticipantDimension::Site)->rows.size() == 1);
    CHECK(reports.participants(2024, ParticipantDimension::Event, {QStringLiteral("bpi"), {}})
              ->total == 0);
    CHECK_FALSE(reports.participants(99, ParticipantDimension::Event).ok());
}

TEST_CASE("the year's sessions, workshop offers and major events", "[report][programme]")
{
    Year y;
    ProgrammeReports reports(*y.desk.db, y.desk.referential);

    // 2024 sessions: forum 2, industrie 4, rencontre 1, cv 4, cv autumn 1, transpass 2,
    // new year 2 (its 2025 days are not in 2024) = 16; the deleted forum's is not.
    Result<ProgrammeSummary> s = reports.summary(2024);
    REQUIRE(s.ok());
    CHECK(s->events == 6 + 1);
    CHECK(s->sessions == 16);
    CHECK(s->workshopSessions == 7);
    CHECK(s->workshopOffers == 2); // "Rédiger un CV efficace" twice is one offer
    CHECK(s->participants == 13403);
    CHECK(s->pupils == 300);
    CHECK(s->classes == 12);
    Result<ProgrammeSummary> s2025 = reports.summary(2025);
    CHECK(s2025->sessions == 2);
    CHECK(s2025->events == 1);
    CHECK(s2025->participants == 250);

    Result<QList<MajorEvent>> major = reports.majorEvents(2024);
    REQUIRE(major.ok());
    REQUIRE(major->size() == 4);
    CHECK(major->at(0).title == QLatin1String("Forum de l'alternance"));
    CHECK(major->at(0).first == QDate(2024, 5, 14));
    CHECK(major->at(0).last == QDate(2024, 5, 15));
    CHECK(major->at(0).participants == 10000);
    // Same first day: by title.
    CHECK(major->at(1).title == QString::fromUtf8("Les métiers de la transition énergétique"));
    CHECK(major->at(1).pupils == 300);
    CHECK(major->at(2).title == QLatin1String("Semaine de l'industrie"));
    CHECK(major->at(2).dates.size() == 4);
    CHECK(major->at(2).participants == 2800);
    const MajorEvent &newYear = major->at(3);
    CHECK(newYear.first == QDate(2024, 12, 30));
    CHECK(newYear.last == QDate(2025, 1, 2));
    CHECK(newYear.dates == QList<QDate>{QDate(2024, 12, 30), QDate(2024, 12, 31)});
    CHECK(newYear.participants == 210);
    Result<QList<MajorEvent>> major2025 = reports.majorEvents(2025);
    REQUIRE(major2025->size() == 1);
    CHECK(major2025->first().participants == 250);
    CHECK(reports.majorEvents(2024, {QStringLiteral("atelier")})->size() == 3);
}

TEST_CASE("participants year over year", "[report][programme]")
{
    Year y;
    ProgrammeReports reports(*y.desk.db, y.desk.referential);
    Result<YearOverYear> yoy =
        reports.participantsYearOverYear(2024, ParticipantDimension::EventType);
    REQUIRE(yoy.ok());
    CHECK(yoy->year == 2024);
    CHECK(yoy->total == 13403);
    CHECK(yoy->previousTotal == 8000);
    REQUIRE(yoy->rows.size() == 4);
    CHECK(yoy->rows.at(0).code == QLatin1String("forum"));
    CHECK(yoy->rows.at(0).current == 10000);
    CHECK(yoy->rows.at(0).previous == 8000);
    CHECK(yoy->rows.at(1).previous == 0);
    CHECK(yoy->toJson().startsWith("{\"year\":2024,\"previous_year\":2023,\"by\":\"event-type\","
                                   "\"rows\":[{\"code\":\"forum\",\"label\":\"Fair\","
                                   "\"count\":10000,\"previous\":8000}"));
    CHECK(yoy->toCsv().startsWith("code,label,count,previous\r\nforum,Fair,10000,8000\r\n"));

    // A row present only the year before is kept with 0 this year.
    YearlyCounts current;
    current.year = 2025;
    current.by = QStringLiteral("pole");
    current.rows = {{QStringLiteral("emploi"), QStringLiteral("E"), 5}};
    current.total = 5;
    YearlyCounts previous = current;
    previous.year = 2024;
    previous.rows = {{QStringLiteral("droit"), QStringLiteral("D"), 9},
                     {QStringLiteral("emploi"), QStringLiteral("E"), 2}};
    previous.total = 11;
    const YearOverYear merged = YearOverYear::compare(current, previous);
    REQUIRE(merged.rows.size() == 2);
    CHECK(merged.rows.at(0).code == QLatin1String("emploi"));
    CHECK(merged.rows.at(0).previous == 2);
    CHECK(merged.rows.at(1).code == QLatin1String("droit"));
    CHECK(merged.rows.at(1).current == 0);
    CHECK(merged.previousTotal == 11);
}

TEST_CASE("report dimension names are stable", "[report][programme]")
{
    CHECK(participantDimensionNames() == QLatin1String("event|event-type|pole|location|site"));
    CHECK(interviewDimensionNames() == QLatin1String("pole|theme|partner|channel|duration|site"));
    CHECK(participantDimensionFromName(QStringLiteral("event-type")) ==
          ParticipantDimension::EventType);
    CHECK_FALSE(participantDimensionFromName(QStringLiteral("event_type")).has_value());
    CHECK(interviewDimensionFromName(QStringLiteral("partner")) == InterviewDimension::Partner);
}
