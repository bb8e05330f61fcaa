// SPDX-License-Identifier: GPL-3.0-or-later
// Interviews (entretiens) at the pôle desks and their yearly reports.
#include "support/test_support.h"

#include "core/programme/interviews.h"
#include "core/report/programme_report.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace passages;

namespace {

InterviewInput interview(const char *pole, const char *partner = "", const char *theme = "",
                         const char *channel = "")
{
    InterviewInput input;
    input.pole = QLatin1String(pole);
    input.partner = QLatin1String(partner);
    input.theme = QLatin1String(theme);
    input.channel = QLatin1String(channel);
    return input;
}

InterviewInput on(InterviewInput input, int y, int m, int d, int h = 10)
{
    input.at = QDateTime(QDate(y, m, d), QTime(h, 0));
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

TEST_CASE("an interview is checked against the referential", "[interviews]")
{
    test::TempDesk desk;
    Interviews interviews(*desk.db, desk.referential, [&] { return desk.clockNow; });
    CHECK(interviews.log(interview("")).error().field == QLatin1String("pole"));
    CHECK(interviews.log(interview("cuisine")).error().code == ErrorCode::UnknownCode);
    Result<Interview> partner = interviews.log(interview("emploi", "pole-emploi"));
    REQUIRE_FALSE(partner.ok());
    CHECK(partner.error().field == QLatin1String("partner"));
    CHECK(partner.error().message.contains(QLatin1String("france-travail")));
    Result<Interview> theme = interviews.log(interview("droit", "", "emploi-recherche"));
    CHECK(theme.error().field == QLatin1String("theme"));
    CHECK(theme.error().message.contains(QLatin1String("droit-travail")));
    CHECK(interviews.log(interview("emploi", "", "", "pigeon")).error().field ==
          QLatin1String("channel"));
    InterviewInput duration = interview("emploi");
    duration.durationBand = QStringLiteral("3h");
    CHECK(interviews.log(duration).error().field == QLatin1String("duration"));

    InterviewInput full =
        interview("droit", "barreau-paris-solidarite", "droit-travail", "telephone");
    full.durationBand = QStringLiteral("30-60");
    Result<Interview> logged = interviews.log(full);
    REQUIRE(logged.ok());
    CHECK(logged->date == QDate(2024, 3, 5)); // the desk's clock
    CHECK(logged->time == QTime(10, 0));
    CHECK(logged->site == QLatin1String("villette"));
    CHECK(logged->channel == QLatin1String("telephone"));
    CHECK(logged->durationBand == QLatin1String("30-60"));
    // Defaults: on site, no partner, no theme.
    Result<Interview> minimal = interviews.log(interview("orientation"));
    REQUIRE(minimal.ok());
    CHECK(minimal->channel == QLatin1String("sur-place"));
    CHECK(minimal->partner.isEmpty());
    CHECK(interviews.find(minimal->id)->theme.isEmpty());
}

TEST_CASE("the last interview's organisation is the counsellor's", "[interviews]")
{
    test::TempDesk desk;
    Interviews interviews(*desk.db, desk.referential, [&] { return desk.clockNow; });
    CHECK(interviews.lastPartner()->isEmpty());
    REQUIRE(interviews.log(interview("emploi", "apec")).ok());
    desk.clockNow = desk.clockNow.addSecs(600);
    const Interview last = *interviews.log(interview("droit", "cio"));
    CHECK(*interviews.lastPartner() == QLatin1String("cio"));
    REQUIRE(interviews.remove(last.id).ok()); // taken back: still the counsellor's
    CHECK(*interviews.lastPartner() == QLatin1String("cio"));
    desk.clockNow = desk.clockNow.addSecs(600);
    REQUIRE(interviews.log(interview("emploi")).ok()); // no organisation this time
    CHECK(interviews.lastPartner()->isEmpty());

    // A code the referential no longer has is not offered.
    QSqlQuery q(desk.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE interview SET partner = 'gone-partner'")));
    CHECK(interviews.lastPartner()->isEmpty());
}

TEST_CASE("interviews are corrected, deleted and restored through the outbox", "[interviews][sync]")
{
    test::TempDesk desk;
    Interviews interviews(*desk.db, desk.referential, [&] { return desk.clockNow; });
    const Interview first = *interviews.log(interview("evolution", "transitions-pro"));
    InterviewInput fix = first.toInput();
    fix.partner = QStringLiteral("apec");
    fix.at.reset();
    const Interview fixed = *interviews.correct(first.id, fix);
    CHECK(fixed.revision == 2);
    CHECK(fixed.partner == QLatin1String("apec"));
    CHECK(fixed.date == first.date); // the moment is kept
    CHECK(fixed.time == first.time);
    const Interview gone = *interviews.remove(first.id);
    CHECK(gone.deleted);
    CHECK(interviews.entriesOn(QDate(2024, 3, 5))->isEmpty());
    CHECK(interviews.remove(first.id).error().code == ErrorCode::NotFound);
    REQUIRE(interviews.restore(fixed).ok()); // the undo of the deletion
    CHECK(interviews.find(first.id)->revision == 4);
    CHECK_FALSE(interviews.find(first.id)->deleted);
    CHECK(interviews.countsByPole(QDate(2024, 3, 5))->value(QStringLiteral("evolution")) == 1);

    QSqlQuery q = desk.db->prepare(QStringLiteral(
        "SELECT revision FROM outbox WHERE entity = 'interview' AND entity_id = :id ORDER BY seq"));
    q.bindValue(QStringLiteral(":id"), first.id);
    REQUIRE(q.exec());
    QList<int> revisions;
    while (q.next())
        revisions << q.value(0).toInt();
    CHECK(revisions == QList<int>{1, 2, 3, 4});
}

TEST_CASE("interviews by pôle, theme, partner and channel have known answers",
          "[interviews][report]")
{
    test::TempDesk desk;
    Interviews interviews(*desk.db, desk.referential, [&] { return desk.clockNow; });
    auto log = [&](const InterviewInput &input, int times = 1) {
        for (int i = 0; i < times; ++i)
            REQUIRE(interviews.log(input).ok());
    };
    // 2024: orientation 5 (CIO), evolution 7 (4 Transitions Pro, 3 APEC by video),
    // creation 3 (BGE), emploi 4 (France Travail), droit 2 (Barreau, by phone).
    log(on(interview("orientation", "cio", "orientation-parcoursup"), 2024, 1, 2), 3);
    log(on(interview("orientation", "cio"), 2024, 12, 31, 17), 2);
    log(on(interview("evolution", "transitions-pro", "evolution-reconversion"), 2024, 6, 3), 4);
    log(on(interview("evolution", "apec", "evolution-bilan", "visio"), 2024, 6, 4), 3);
    log(on(interview("creation", "bge", "creation-statut"), 2024, 9, 10), 3);
    log(on(interview("emploi", "france-travail", "emploi-recrutement"), 2024, 10, 1), 4);
    log(on(interview("droit", "barreau-paris-solidarite", "droit-travail", "telephone"), 2024, 11,
           6),
        2);
    // A correction moves one from emploi to droit; a deletion removes one creation.
    const Interview moved = *interviews.log(on(interview("emploi", "france-travail"), 2024, 4, 2));
    REQUIRE(
        interviews.correct(moved.id, on(interview("droit", "barreau-paris-solidarite"), 2024, 4, 2))
            .ok());
    const Interview mistake = *interviews.log(on(interview("creation", "bge"), 2024, 4, 3));
    REQUIRE(interviews.remove(mistake.id).ok());
    // 2023 and 2025 do not count in 2024.
    log(on(interview("orientation", "cio"), 2023, 12, 31, 23), 4);
    log(on(interview("emploi", "france-travail"), 2025, 1, 1, 9), 6);

    ProgrammeReports reports(*desk.db, desk.referential);
    Result<YearlyCounts> byPole = reports.interviews(2024, InterviewDimension::Pole);
    REQUIRE(byPole.ok());
    CHECK(byPole->by == QLatin1String("pole"));
    CHECK(byPole->total == 22);
    REQUIRE(byPole->rows.size() == 5);
    CHECK(byPole->rows.at(0).code == QLatin1String("evolution"));
    CHECK(byPole->rows.at(0).count == 7);
    CHECK(byPole->rows.at(0).label == QLatin1String("Progressing, training, retraining"));
    CHECK(countOf(*byPole, "orientation") == 5);
    CHECK(countOf(*byPole, "emploi") == 4);
    CHECK(countOf(*byPole, "creation") == 3);
    CHECK(countOf(*byPole, "droit") == 3);

    Result<YearlyCounts> byPartner = reports.interviews(2024, InterviewDimension::Partner);
    CHECK(countOf(*byPartner, "cio") == 5);
    CHECK(countOf(*byPartner, "transitions-pro") == 4);
    CHECK(countOf(*byPartner, "apec") == 3);
    CHECK(countOf(*byPartner, "barreau-paris-solidarite") == 3);
    for (const ReportRow &row : byPartner->rows)
        if (row.code == QLatin1String("barreau-paris-solidarite"))
            CHECK(row.label == QString::fromUtf8("Barreau de Paris Solidarité"));

    Result<YearlyCounts> byTheme = reports.interviews(2024, InterviewDimension::Theme);
    CHECK(countOf(*byTheme, "") == 3); // 2 orientation + the corrected droit one
    CHECK(countOf(*byTheme, "evolution-reconversion") == 4);
    for (const ReportRow &row : byTheme->rows)
        if (row.code.isEmpty())
            CHECK(row.label == QLatin1String("No theme"));

    Result<YearlyCounts> byChannel = reports.interviews(2024, InterviewDimension::Channel);
    CHECK(countOf(*byChannel, "sur-place") == 17);
    CHECK(countOf(*byChannel, "visio") == 3);
    CHECK(countOf(*byChannel, "telephone") == 2);

    Result<YearlyCounts> byDuration = reports.interviews(2024, InterviewDimension::DurationBand);
    REQUIRE(byDuration->rows.size() == 1);
    CHECK(byDuration->rows.at(0).label == QLatin1String("Duration not stated"));

    CHECK(reports.interviews(2023, InterviewDimension::Pole)->total == 4);
    CHECK(reports.interviews(2025, InterviewDimension::Pole)->total == 6);
    CHECK(reports.interviews(2024, InterviewDimension::Pole, {QStringLiteral("bpi"), {}})->total ==
          0);

    Result<YearOverYear> yoy = reports.interviewsYearOverYear(2024, InterviewDimension::Pole);
    REQUIRE(yoy.ok());
    CHECK(yoy->total == 22);
    CHECK(yoy->previousTotal == 4);
    for (const YearOverYearRow &row : yoy->rows)
        if (row.code == QLatin1String("orientation")) {
            CHECK(row.current == 5);
            CHECK(row.previous == 4);
        }
}
