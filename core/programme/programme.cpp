// SPDX-License-Identifier: GPL-3.0-or-later
// The programme: validation and events (sessions and attendance have files of their own).
#include "core/programme/programme.h"
#include "core/programme/programme_rows_p.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"
#include "core/storage/record.h"

#include <QSqlQuery>

#include <algorithm>

namespace passages {

using namespace programme_detail;

namespace {

using Kind = Referential::Kind;

} // namespace

Programme::Programme(Database &db, const Referential &referential)
    : m_db(db), m_referential(referential), m_events(db, kEvent, QStringLiteral("recorded_utc")),
      m_sessions(db, kSession, QStringLiteral("recorded_utc")),
      m_attendance(db, kAttendance, QStringLiteral("recorded_utc"))
{}

Programme::~Programme() = default;

// --- validation -------------------------------------------------------------------------

bool Programme::isLocation(const QString &code) const
{
    if (m_referential.contains(Kind::Location, code))
        return true;
    const Category *site = m_referential.find(Kind::Site, code);
    return site && !site->main;
}

QString Programme::locationLabel(const QString &code) const
{
    if (m_referential.contains(Kind::Location, code))
        return m_referential.label(Kind::Location, code);
    return m_referential.label(Kind::Site, code);
}

QStringList Programme::locationCodes() const
{
    QStringList codes;
    for (const Category &c : m_referential.active(Kind::Location))
        codes << c.code;
    for (const Category &c : m_referential.active(Kind::Site))
        if (!c.main)
            codes << c.code;
    return codes;
}

Status Programme::validate(const EventInput &input) const
{
    auto unknown = [this](Kind kind, const QString &code, const char *field) {
        return makeError(ErrorCode::UnknownCode,
                         tr("Unknown %1 \"%2\"; valid codes: %3.")
                             .arg(Referential::kindName(kind), code, m_referential.codeList(kind)),
                         QLatin1String(field));
    };
    const QString title = input.title.simplified();
    if (title.isEmpty() || title.size() > kMaxTitle)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The title must have 1 to %1 characters.").arg(kMaxTitle),
                         QStringLiteral("title"));
    if (input.type.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The event type is missing; valid codes: %1.")
                             .arg(m_referential.codeList(Kind::EventType)),
                         QStringLiteral("type"));
    if (!m_referential.contains(Kind::EventType, input.type))
        return unknown(Kind::EventType, input.type, "type");
    if (!input.pole.isEmpty() && !m_referential.contains(Kind::Pole, input.pole))
        return unknown(Kind::Pole, input.pole, "pole");
    for (const QString &partner : input.partners)
        if (!m_referential.contains(Kind::Partner, partner))
            return unknown(Kind::Partner, partner, "partners");
    if (!input.location.isEmpty() && !isLocation(input.location))
        return makeError(ErrorCode::UnknownCode,
                         tr("Unknown location \"%1\"; valid codes: %2.")
                             .arg(input.location, locationCodes().join(QLatin1String(", "))),
                         QStringLiteral("location"));
    if (input.capacity && (*input.capacity < 0 || *input.capacity > kMaxParticipants))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The capacity must be between 0 and %1 (got %2).")
                             .arg(kMaxParticipants)
                             .arg(*input.capacity),
                         QStringLiteral("capacity"));
    return {};
}

Status Programme::validate(const SessionInput &input) const
{
    if (!input.date.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("The session date is not valid."),
                         QStringLiteral("date"));
    if (input.end.isValid() && !input.start.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A session with an end time needs a start time."),
                         QStringLiteral("start"));
    if (input.end.isValid() && input.end <= input.start)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The session ends (%1) before it starts (%2).")
                             .arg(input.end.toString(QStringLiteral("HH:mm")),
                                  input.start.toString(QStringLiteral("HH:mm"))),
                         QStringLiteral("end"));
    return {};
}

Status Programme::validate(const AttendanceInput &input) const
{
    if (input.participants < 0 || input.participants > kMaxParticipants)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The number of participants must be between 0 and %1 (got %2).")
                             .arg(kMaxParticipants)
                             .arg(input.participants),
                         QStringLiteral("count"));
    if (input.pupils && (*input.pupils < 0 || *input.pupils > input.participants))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The pupils are among the participants: between 0 and %1 (got %2).")
                             .arg(input.participants)
                             .arg(*input.pupils),
                         QStringLiteral("pupils"));
    if (input.classes && (*input.classes < 0 || *input.classes > 1000))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The number of classes must be between 0 and 1000 (got %1).").arg(*input.classes),
            QStringLiteral("classes"));
    return {};
}

// --- events -----------------------------------------------------------------------------

Result<QList<EventSession>> Programme::insertSessions(const Event &event,
                                                      const QList<SessionInput> &inputs)
{
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Result<QList<EventSession>> existing = sessions(event.id);
    if (!existing)
        return existing.error();
    if (existing->size() + inputs.size() > kMaxSessions)
        return makeError(ErrorCode::InvalidArgument,
                         tr("An event has at most %1 sessions.").arg(kMaxSessions),
                         QStringLiteral("sessions"));
    QList<EventSession> all = *existing;
    QList<EventSession> added;
    for (const SessionInput &input : inputs) {
        if (Status s = validate(input); !s)
            return s.error();
        for (const EventSession &other : all)
            if (sameSlot(input, other))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("The event already has a session on %1.").arg(describeSlot(input)),
                    QStringLiteral("date"));
        EventSession session;
        session.id = record::newId();
        session.site = desk->site;
        session.desk = desk->desk;
        session.eventId = event.id;
        session.date = input.date;
        session.start = input.start;
        session.end = input.end;
        if (Status s = writeSession(session, record::Write::Insert); !s)
            return s.error();
        all.append(session);
        added.append(session);
    }
    return added;
}

Result<Event> Programme::createEvent(const EventInput &input, const QList<SessionInput> &inputs)
{
    if (Status s = validate(input); !s)
        return s.error();
    if (inputs.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("An event needs at least one date."),
                         QStringLiteral("start"));
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Event event;
    event.id = record::newId();
    event.site = desk->site;
    event.desk = desk->desk;
    event.title = input.title.simplified();
    event.type = input.type;
    event.pole = input.pole;
    event.partners = input.partners;
    event.partners.removeDuplicates();
    event.location = input.location.isEmpty() ? QStringLiteral("sur-site") : input.location;
    event.capacity = input.capacity;

    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = writeEvent(event, record::Write::Insert); !s)
        return s.error();
    if (Result<QList<EventSession>> added = insertSessions(event, inputs); !added)
        return added.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findEvent(event.id);
}

Result<Event> Programme::createEvent(const EventInput &input, const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("The start date is not valid."),
                         QStringLiteral("start"));
    const QDate end = last.isValid() ? last : first;
    if (end < first)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The event ends (%1) before it starts (%2).")
                             .arg(end.toString(Qt::ISODate), first.toString(Qt::ISODate)),
                         QStringLiteral("end"));
    if (first.daysTo(end) >= kMaxDays)
        return makeError(ErrorCode::InvalidArgument,
                         tr("An event lasts at most %1 days; give a workshop series its "
                            "sessions instead.")
                             .arg(kMaxDays),
                         QStringLiteral("end"));
    QList<SessionInput> days;
    for (QDate day = first; day <= end; day = day.addDays(1))
        days.append({day, {}, {}});
    return createEvent(input, days);
}

Result<Event> Programme::updateEvent(const QString &id, const EventInput &input)
{
    if (Status s = validate(input); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Event> current = findEvent(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Event \"%1\" was deleted.").arg(id));
    Event event = std::move(current).value();
    event.title = input.title.simplified();
    event.type = input.type;
    event.pole = input.pole;
    event.partners = input.partners;
    event.partners.removeDuplicates();
    event.location = input.location.isEmpty() ? QStringLiteral("sur-site") : input.location;
    event.capacity = input.capacity;
    event.revision += 1;
    if (Status s = writeEvent(event, record::Write::Update); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findEvent(id);
}

Result<Event> Programme::removeEvent(const QString &id)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Event> current = findEvent(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Event \"%1\" is already deleted.").arg(id));
    Result<QList<EventSession>> live = sessions(id);
    if (!live)
        return live.error();
    for (EventSession session : *live) {
        session.deleted = true;
        session.revision += 1;
        if (Status s = writeSession(session, record::Write::Update); !s)
            return s.error();
    }
    if (Status s = tombstoneAttendance(QStringLiteral("event_id"), id); !s)
        return s.error();
    Event event = std::move(current).value();
    event.deleted = true;
    event.revision += 1;
    if (Status s = writeEvent(event, record::Write::Update); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findEvent(id);
}

Result<Event> Programme::duplicateEvent(const QString &id, const QDate &firstDate)
{
    if (!firstDate.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("The start date is not valid."),
                         QStringLiteral("start"));
    Result<Event> original = findEvent(id);
    if (!original)
        return original;
    if (original->deleted)
        return makeError(ErrorCode::NotFound, tr("Event \"%1\" was deleted.").arg(id));
    Result<QList<EventSession>> live = sessions(id);
    if (!live)
        return live.error();
    QList<SessionInput> copies;
    const qint64 shift = original->first.isValid() ? original->first.daysTo(firstDate) : 0;
    for (const EventSession &session : *live)
        copies.append({session.date.addDays(shift), session.start, session.end});
    if (copies.isEmpty())
        copies.append({firstDate, {}, {}});
    return createEvent(original->toInput(), copies);
}

Result<Event> Programme::findEvent(const QString &id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM event e WHERE e.id = :id").arg(kEventColumns));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":pfrom"), kNoStart);
    q.bindValue(QStringLiteral(":pto"), kNoEnd);
    return selectOne(q, readEvent, tr("Reading event %1").arg(id),
                     tr("No event with id \"%1\".").arg(id));
}

Result<QList<Event>> Programme::events(const EventFilter &filter) const
{
    const QString from = filter.from.isValid() ? record::isoDate(filter.from) : kNoStart;
    const QString to = filter.to.isValid() ? record::isoDate(filter.to) : kNoEnd;
    const bool transversal = filter.pole == QLatin1String("transversal");
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT %1 FROM event e WHERE e.deleted = 0 "
            "AND (IFNULL(:type, '') = '' OR e.type = :type) "
            "AND (:anypole = 1 OR IFNULL(e.pole, '') = :pole) "
            "AND (IFNULL(:location, '') = '' OR e.location = :location) "
            "AND (:dated = 0 OR EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id "
            "AND s.deleted = 0 AND s.session_date >= :pfrom AND s.session_date <= :pto))")
            .arg(kEventColumns));
    q.bindValue(QStringLiteral(":type"), filter.type);
    q.bindValue(QStringLiteral(":anypole"), filter.pole.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":pole"), transversal ? QString(QLatin1String("")) : filter.pole);
    q.bindValue(QStringLiteral(":location"), filter.location);
    q.bindValue(QStringLiteral(":dated"), filter.from.isValid() || filter.to.isValid() ? 1 : 0);
    q.bindValue(QStringLiteral(":pfrom"), from);
    q.bindValue(QStringLiteral(":pto"), to);
    if (!q.exec())
        return sqlError(q, tr("Reading the programme"));
    QList<Event> result;
    const QString needle = CommuneIndex::fold(filter.text);
    while (q.next()) {
        Event e = readEvent(q);
        if (!needle.isEmpty() && !CommuneIndex::fold(e.title).contains(needle))
            continue;
        result.append(e);
    }
    std::sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
        if (a.first != b.first)
            return a.first.isValid() && (!b.first.isValid() || a.first < b.first);
        return a.title != b.title ? a.title < b.title : a.id < b.id;
    });
    return result;
}

Result<QList<Event>> Programme::eventsOfYear(int year) const
{
    EventFilter filter;
    if (year != 0) {
        filter.from = QDate(year, 1, 1);
        filter.to = QDate(year, 12, 31);
    }
    return events(filter);
}

} // namespace passages
