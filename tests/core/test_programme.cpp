// SPDX-License-Identifier: GPL-3.0-or-later
// The programme: events, sessions, attendance and the live counter.
#include "support/test_support.h"

#include "core/programme/programme.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

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

AttendanceInput people(int participants, std::optional<int> pupils = {},
                       std::optional<int> classes = {})
{
    return {participants, pupils, classes};
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 outboxOf(const Database &db, const char *entity, const QString &id)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = :e AND entity_id = :id"));
    q.bindValue(QStringLiteral(":e"), QLatin1String(entity));
    q.bindValue(QStringLiteral(":id"), id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("an event is checked against the referential", "[programme]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    const QDate day(2024, 5, 14);

    Result<Event> bad = programme.createEvent(event("Forum", "salon"), day, day);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::UnknownCode);
    CHECK(bad.error().field == QLatin1String("type"));
    CHECK(bad.error().message.contains(QLatin1String("rencontre-metiers")));

    CHECK(programme.createEvent(event("", "forum"), day, day).error().field ==
          QLatin1String("title"));
    CHECK(programme.createEvent(event("Forum", "forum", "cuisine"), day, day).error().field ==
          QLatin1String("pole"));
    Result<Event> nowhere = programme.createEvent(event("Forum", "forum", "", "lune"), day, day);
    CHECK(nowhere.error().field == QLatin1String("location"));
    CHECK(nowhere.error().message.contains(QLatin1String("ppe-10")));
    // The main site is "sur-site", not a location of its own.
    CHECK_FALSE(programme.createEvent(event("Forum", "forum", "", "villette"), day, day).ok());
    EventInput partners = event("Forum", "forum");
    partners.partners = QStringList{QStringLiteral("france-travail"), QStringLiteral("inconnu")};
    CHECK(programme.createEvent(partners, day, day).error().field == QLatin1String("partners"));
    CHECK(programme.createEvent(event("Forum", "forum"), day, day.addDays(-1)).error().field ==
          QLatin1String("end"));
    CHECK(scalar(*desk.db, QStringLiteral("SELECT COUNT(*) FROM event")) == 0);

    // A centre associé is a location; no pôle means transversal; default location on site.
    EventInput bpi = event("  Atelier   CV ", "atelier", "emploi", "bpi");
    bpi.partners = QStringList{QStringLiteral("france-travail"), QStringLiteral("grdr"),
                               QStringLiteral("france-travail")};
    bpi.capacity = 12;
    Result<Event> ok = programme.createEvent(bpi, day, day);
    REQUIRE(ok.ok());
    CHECK(ok->title == QLatin1String("Atelier CV"));
    CHECK(ok->location == QLatin1String("bpi"));
    CHECK(ok->partners == QStringList{QStringLiteral("france-travail"), QStringLiteral("grdr")});
    CHECK(ok->capacity == 12);
    CHECK(programme.locationLabel(QStringLiteral("bpi")) == QLatin1String("Bpi (Centre Pompidou)"));
    Result<Event> transversal =
        programme.createEvent(event("Printemps des compétences", "grand-evenement"),
                              QDate(2024, 4, 23), QDate(2024, 4, 24));
    INFO((transversal.ok() ? QString() : transversal.error().message).toStdString());
    REQUIRE(transversal.ok());
    CHECK(transversal->transversal());
    CHECK(transversal->location == QLatin1String("sur-site"));
    CHECK(transversal->sessions == 2);
    CHECK(transversal->first == QDate(2024, 4, 23));
    CHECK(transversal->last == QDate(2024, 4, 24));
    CHECK(transversal->site == QLatin1String("villette"));
    CHECK(transversal->desk == QLatin1String("Accueil 1"));
}

TEST_CASE("an uninitialised desk records no event", "[programme]")
{
    test::TempDesk desk(false);
    Programme programme(*desk.db, desk.referential);
    Result<Event> e = programme.createEvent(event("Forum", "forum"), QDate(2024, 1, 1), {});
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == ErrorCode::NotInitialised);
}

TEST_CASE("every write of the programme goes through the outbox in its transaction",
          "[programme][sync]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    Result<Event> forum = programme.createEvent(event("Forum de l'alternance", "forum"),
                                                QDate(2024, 5, 14), QDate(2024, 5, 15));
    REQUIRE(forum.ok());
    CHECK(outboxOf(*desk.db, "event", forum->id) == 1);
    const QList<EventSession> days = *programme.sessions(forum->id);
    REQUIRE(days.size() == 2);
    for (const EventSession &s : days)
        CHECK(outboxOf(*desk.db, "event_session", s.id) == 1);

    const Attendance a = *programme.recordAttendance(days.at(0).id, people(5800));
    CHECK(outboxOf(*desk.db, "attendance", a.id) == 1);
    REQUIRE(programme.correctAttendance(a.id, people(5900)).ok());
    CHECK(outboxOf(*desk.db, "attendance", a.id) == 2);

    EventInput renamed = forum->toInput();
    renamed.partners = QStringList{QStringLiteral("france-travail")};
    REQUIRE(programme.updateEvent(forum->id, renamed).ok());
    CHECK(outboxOf(*desk.db, "event", forum->id) == 2);

    // The outbox image carries the row as stored, revision included.
    QSqlQuery q = desk.db->prepare(QStringLiteral(
        "SELECT payload, revision FROM outbox WHERE entity = 'event' ORDER BY seq DESC LIMIT 1"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(1).toInt() == 2);
    CHECK(q.value(0).toString().contains(QLatin1String("\"partners\":\"france-travail\"")));

    // Tombstoning the event tombstones its sessions and attendance, each in the outbox.
    REQUIRE(programme.removeEvent(forum->id).ok());
    CHECK(outboxOf(*desk.db, "event", forum->id) == 3);
    for (const EventSession &s : days)
        CHECK(outboxOf(*desk.db, "event_session", s.id) == 2);
    CHECK(outboxOf(*desk.db, "attendance", a.id) == 3);
    CHECK(scalar(*desk.db,
                 QStringLiteral("SELECT COUNT(*) FROM event_session WHERE deleted = 0")) == 0);
    CHECK(scalar(*desk.db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE deleted = 0")) ==
          0);
    // Nothing is hard-deleted.
    CHECK(scalar(*desk.db, QStringLiteral("SELECT COUNT(*) FROM attendance")) == 1);
    CHECK(programme.findEvent(forum->id)->deleted);
    CHECK(programme.removeEvent(forum->id).error().code == ErrorCode::NotFound);
    CHECK(programme.eventsOfYear(2024)->isEmpty());
}

TEST_CASE("attendance is entered per session, corrected and deleted", "[programme]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    Result<Event> rencontre = programme.createEvent(
        event("Les métiers de la transition énergétique", "rencontre-metiers", "orientation"),
        QDate(2024, 11, 26), {});
    REQUIRE(rencontre.ok());
    const EventSession session = *programme.sessionOn(rencontre->id, QDate(2024, 11, 26));

    CHECK(programme.recordAttendance(session.id, people(10, 11)).error().field ==
          QLatin1String("pupils"));
    CHECK(programme.recordAttendance(session.id, people(-1)).error().field ==
          QLatin1String("count"));
    CHECK(programme.recordAttendance(QStringLiteral("nope"), people(1)).error().code ==
          ErrorCode::NotFound);

    const Attendance a = *programme.recordAttendance(session.id, people(320, 300, 12));
    CHECK(a.date == QDate(2024, 11, 26));
    CHECK(a.eventId == rencontre->id);
    CHECK(a.source == Attendance::Source::Entered);
    const Attendance corrected = *programme.correctAttendance(a.id, people(330, 310, 13));
    CHECK(corrected.revision == 2);
    CHECK(programme.findEvent(rencontre->id)->participants == 330);
    REQUIRE(programme.removeAttendance(a.id).ok());
    CHECK(programme.findEvent(rencontre->id)->participants == 0);
    CHECK(programme.correctAttendance(a.id, people(1)).error().code == ErrorCode::NotFound);
    CHECK(programme.attendanceOf(rencontre->id)->isEmpty());

    Result<EventSession> missing = programme.sessionOn(rencontre->id, QDate(2024, 11, 27));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("2024-11-26")));
}

TEST_CASE("the live counter is durable, resumable and never negative", "[programme][counter]")
{
    test::TempDesk desk;
    QString counterId;
    QString sessionId;
    {
        Programme programme(*desk.db, desk.referential);
        Result<Event> forum = programme.createEvent(
            event("Forum pour l'emploi des femmes", "forum", "emploi"), QDate(2024, 6, 4), {});
        REQUIRE(forum.ok());
        sessionId = programme.sessions(forum->id)->first().id;
        const Attendance counter = *programme.openCounter(sessionId);
        counterId = counter.id;
        CHECK(counter.participants == 0);
        CHECK(counter.source == Attendance::Source::Counter);
        CHECK(programme.step(counterId, -1)->participants == 0); // nothing below 0
        CHECK(programme.findAttendance(counterId)->revision == 1);
        for (int i = 0; i < 5; ++i)
            REQUIRE(programme.step(counterId, +1).ok());
        CHECK(programme.step(counterId, -1)->participants == 4); // a mistaken click undone
        // An entered row cannot be stepped.
        const Attendance entered = *programme.recordAttendance(sessionId, people(3));
        CHECK_FALSE(programme.step(entered.id, 1).ok());
    }
    // Each click is on disk: after a restart the same counter resumes at 4.
    desk.reopen();
    Programme programme(*desk.db, desk.referential);
    const Attendance resumed = *programme.openCounter(sessionId);
    CHECK(resumed.id == counterId);
    CHECK(resumed.participants == 4);
    CHECK(resumed.revision == 7); // created, 5 times +1, once -1
    CHECK(outboxOf(*desk.db, "attendance", counterId) == 7);
    // Counted rows add to entered rows; a counter can be corrected like any attendance.
    CHECK(programme.findEvent(resumed.eventId)->participants == 7);
    REQUIRE(programme.correctAttendance(counterId, people(40)).ok());
    CHECK(programme.findEvent(resumed.eventId)->participants == 43);
}

TEST_CASE("events and session series are duplicated without their attendance", "[programme]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    EventInput cv = event("Rédiger un CV efficace", "atelier", "emploi");
    cv.partners = QStringList{QStringLiteral("france-travail")};
    cv.capacity = 12;
    // Four Tuesdays, 14:00-16:00.
    const QList<SessionInput> series =
        Programme::series(QDate(2024, 3, 5), 4, 7, QTime(14, 0), QTime(16, 0));
    REQUIRE(series.size() == 4);
    CHECK(series.last().date == QDate(2024, 3, 26));
    Result<Event> workshop = programme.createEvent(cv, series);
    REQUIRE(workshop.ok());
    CHECK(workshop->sessions == 4);
    REQUIRE(
        programme.recordAttendance(programme.sessions(workshop->id)->first().id, people(11)).ok());

    // The same series next term, inside the same event.
    Result<QList<EventSession>> autumn = programme.duplicateSeries(workshop->id, 7 * 28);
    REQUIRE(autumn.ok());
    REQUIRE(autumn->size() == 4);
    CHECK(autumn->first().date == QDate(2024, 9, 17));
    CHECK(autumn->first().start == QTime(14, 0));
    CHECK(programme.findEvent(workshop->id)->sessions == 8);
    // A slot already taken is refused, all or none.
    CHECK(programme
              .addSessions(workshop->id,
                           {{QDate(2024, 12, 3), {}, {}}, {QDate(2024, 3, 5), QTime(14, 0), {}}})
              .error()
              .field == QLatin1String("date"));
    CHECK(programme.findEvent(workshop->id)->sessions == 8);

    // A copy of the event for next year, starting on 2025-03-04.
    Result<Event> copy = programme.duplicateEvent(workshop->id, QDate(2025, 3, 4));
    REQUIRE(copy.ok());
    CHECK(copy->id != workshop->id);
    CHECK(copy->title == workshop->title);
    CHECK(copy->partners == workshop->partners);
    CHECK(copy->capacity == 12);
    CHECK(copy->sessions == 8);
    CHECK(copy->first == QDate(2025, 3, 4));
    CHECK(copy->participants == 0);
    CHECK(programme.sessions(copy->id)->at(1).date == QDate(2025, 3, 11));
}

TEST_CASE("moving a session moves its attendance; removing it removes them", "[programme]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    Result<Event> e =
        programme.createEvent(event("Semaine du numérique", "grand-evenement", "numerique"),
                              QDate(2024, 12, 2), QDate(2024, 12, 6));
    REQUIRE(e.ok());
    const QList<EventSession> days = *programme.sessions(e->id);
    REQUIRE(days.size() == 5);
    const Attendance a = *programme.recordAttendance(days.last().id, people(40));
    CHECK(programme.updateSession(days.last().id, {QDate(2024, 12, 5), {}, {}}).error().field ==
          QLatin1String("date"));
    CHECK(programme.updateSession(days.last().id, {QDate(2025, 1, 6), QTime(10, 0), QTime(9, 0)})
              .error()
              .field == QLatin1String("end"));
    REQUIRE(programme.updateSession(days.last().id, {QDate(2025, 1, 6), QTime(10, 0), {}}).ok());
    CHECK(programme.findAttendance(a.id)->date == QDate(2025, 1, 6));
    CHECK(programme.findAttendance(a.id)->revision == 2);
    CHECK(programme.findEvent(e->id)->last == QDate(2025, 1, 6));

    REQUIRE(programme.removeSession(days.last().id).ok());
    CHECK(programme.findAttendance(a.id)->deleted);
    CHECK(programme.findEvent(e->id)->sessions == 4);
    CHECK(programme.findEvent(e->id)->last == QDate(2024, 12, 5));
}

TEST_CASE("the programme lists, filters and schedules events", "[programme]")
{
    test::TempDesk desk;
    Programme programme(*desk.db, desk.referential);
    const Event forum = *programme.createEvent(event("Forum de l'alternance", "forum", "emploi"),
                                               QDate(2024, 5, 14), QDate(2024, 5, 15));
    const Event remote = *programme.createEvent(
        event("Découvrir les écoles d'ingénieur", "atelier", "orientation", "a-distance"),
        QDate(2024, 5, 15), {});
    const Event speed = *programme.createEvent(event("Speedmeeting L'Oréal", "rencontre-metiers"),
                                               QDate(2024, 10, 10), {});
    REQUIRE(programme.recordAttendance(programme.sessions(forum.id)->at(1).id, people(4200)).ok());

    CHECK(programme.eventsOfYear(2024)->size() == 3);
    CHECK(programme.eventsOfYear(2025)->isEmpty());
    CHECK(programme.eventsOfYear(0)->size() == 3);

    EventFilter may;
    may.from = QDate(2024, 5, 1);
    may.to = QDate(2024, 5, 31);
    const QList<Event> inMay = *programme.events(may);
    REQUIRE(inMay.size() == 2);
    CHECK(inMay.at(0).id == forum.id); // by first date
    CHECK(inMay.at(0).participants == 4200);

    EventFilter text;
    text.text = QStringLiteral("ECOLES d'ing");
    REQUIRE(programme.events(text)->size() == 1);
    CHECK(programme.events(text)->first().id == remote.id);
    EventFilter transversal;
    transversal.pole = QStringLiteral("transversal");
    REQUIRE(programme.events(transversal)->size() == 1);
    CHECK(programme.events(transversal)->first().id == speed.id);
    EventFilter byType;
    byType.type = QStringLiteral("atelier");
    byType.location = QStringLiteral("a-distance");
    CHECK(programme.events(byType)->size() == 1);
    EventFilter byPole;
    byPole.pole = QStringLiteral("emploi");
    CHECK(programme.events(byPole)->first().id == forum.id);

    const QList<ScheduledSession> day = *programme.schedule(QDate(2024, 5, 15), QDate(2024, 5, 15));
    REQUIRE(day.size() == 2);
    CHECK(day.at(0).title == QString::fromUtf8("Découvrir les écoles d'ingénieur"));
    CHECK(day.at(1).participants == 4200);
    CHECK(day.at(1).pole == QLatin1String("emploi"));
}

TEST_CASE("a referential stored before the programme gains its lists", "[programme][referential]")
{
    using Kind = Referential::Kind;
    const QByteArray old = R"({"poles":[{"code":"a"}],"themes":[{"code":"t","pole":"a"}],
        "age_bands":[{"code":"nr"}],"publics":[{"code":"nr"}],"channels":[{"code":"x"}],
        "sites":[{"code":"s","main":true}]})";
    Result<Referential> ref = Referential::fromJson(old);
    REQUIRE(ref.ok());
    CHECK(ref->contains(Kind::EventType, QStringLiteral("atelier")));
    CHECK(ref->contains(Kind::Location, QStringLiteral("hors-les-murs")));
    CHECK(ref->contains(Kind::Partner, QStringLiteral("barreau-paris-solidarite")));
    CHECK(ref->contains(Kind::DurationBand, QStringLiteral("15-30")));
    // Round trip keeps them.
    Result<Referential> again = Referential::fromJson(ref->toJson());
    REQUIRE(again.ok());
    CHECK(again->list(Kind::Partner).size() == ref->list(Kind::Partner).size());

    const Referential def = Referential::defaultReferential();
    for (const char *code : {"atelier", "forum", "job-dating", "rencontre-metiers",
                             "grand-evenement", "presentation", "permanence", "autre"})
        CHECK(def.contains(Kind::EventType, QLatin1String(code)));
    for (const char *code :
         {"france-travail", "apec", "cio", "bge", "transitions-pro", "barreau-paris-solidarite"})
        CHECK(def.contains(Kind::Partner, QLatin1String(code)));
    Referential en = def;
    en.setLanguage(QStringLiteral("en"));
    CHECK(en.label(Kind::EventType, QStringLiteral("atelier")) == QLatin1String("Workshop"));
    CHECK(Referential::kindName(Kind::Partner) == QLatin1String("partner"));
}
