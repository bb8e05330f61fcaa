// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/programme/programme.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"
#include "core/storage/record.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace passages {

namespace {

using Kind = Referential::Kind;

constexpr int kMaxTitle = 120;
constexpr int kMaxDays = 366;
constexpr int kMaxSessions = 400;
constexpr int kMaxParticipants = 100000;

const QString kEvent = QStringLiteral("event");
const QString kSession = QStringLiteral("event_session");
const QString kAttendance = QStringLiteral("attendance");

const QString kEventColumns = QStringLiteral(
    "e.id, e.site, e.desk, e.title, e.type, e.pole, e.partners, e.location, e.capacity, "
    "e.revision, e.deleted, "
    "(SELECT MIN(s.session_date) FROM event_session s WHERE s.event_id = e.id AND s.deleted = 0), "
    "(SELECT MAX(s.session_date) FROM event_session s WHERE s.event_id = e.id AND s.deleted = 0), "
    "(SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id AND s.deleted = 0), "
    "(SELECT IFNULL(SUM(a.participants), 0) FROM attendance a JOIN event_session s "
    "ON s.id = a.session_id AND s.deleted = 0 WHERE a.event_id = e.id AND a.deleted = 0 "
    "AND a.local_date >= :pfrom AND a.local_date <= :pto)");

const QString kSessionColumns = QStringLiteral(
    "s.id, s.site, s.desk, s.event_id, s.session_date, s.start_time, s.end_time, s.revision, "
    "s.deleted");

const QString kAttendanceColumns = QStringLiteral(
    "a.id, a.site, a.desk, a.event_id, a.session_id, a.local_date, a.participants, a.pupils, "
    "a.classes, a.source, a.revision, a.deleted");

const QString kNoStart = QStringLiteral("0000-01-01");
const QString kNoEnd = QStringLiteral("9999-12-31");

QTime timeOf(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.site = q.value(1).toString();
    e.desk = q.value(2).toString();
    e.title = q.value(3).toString();
    e.type = q.value(4).toString();
    e.pole = q.value(5).toString();
    e.partners = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.location = q.value(7).toString();
    e.capacity = record::optionalInt(q.value(8));
    e.revision = q.value(9).toInt();
    e.deleted = q.value(10).toInt() != 0;
    e.first = record::dateOf(q.value(11));
    e.last = record::dateOf(q.value(12));
    e.sessions = q.value(13).toInt();
    e.participants = q.value(14).toLongLong();
    return e;
}

EventSession readSession(const QSqlQuery &q, int offset = 0)
{
    EventSession s;
    s.id = q.value(offset + 0).toString();
    s.site = q.value(offset + 1).toString();
    s.desk = q.value(offset + 2).toString();
    s.eventId = q.value(offset + 3).toString();
    s.date = record::dateOf(q.value(offset + 4));
    s.start = timeOf(q.value(offset + 5));
    s.end = timeOf(q.value(offset + 6));
    s.revision = q.value(offset + 7).toInt();
    s.deleted = q.value(offset + 8).toInt() != 0;
    return s;
}

Attendance readAttendance(const QSqlQuery &q)
{
    Attendance a;
    a.id = q.value(0).toString();
    a.site = q.value(1).toString();
    a.desk = q.value(2).toString();
    a.eventId = q.value(3).toString();
    a.sessionId = q.value(4).toString();
    a.date = record::dateOf(q.value(5));
    a.participants = q.value(6).toInt();
    a.pupils = record::optionalInt(q.value(7));
    a.classes = record::optionalInt(q.value(8));
    a.source = q.value(9).toString() == QLatin1String("counter") ? Attendance::Source::Counter
                                                                 : Attendance::Source::Entered;
    a.revision = q.value(10).toInt();
    a.deleted = q.value(11).toInt() != 0;
    return a;
}

bool sameSlot(const SessionInput &a, const EventSession &b)
{
    return a.date == b.date && a.start == b.start;
}

QString describeSlot(const SessionInput &input)
{
    return input.start.isValid()
               ? QStringLiteral("%1 %2").arg(input.date.toString(Qt::ISODate),
                                             input.start.toString(QStringLiteral("HH:mm")))
               : input.date.toString(Qt::ISODate);
}

} // namespace

Programme::Programme(Database &db, const Referential &referential)
    : m_db(db), m_referential(referential), m_outbox(db)
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

// --- writing ----------------------------------------------------------------------------

Status Programme::writeRow(const QString &table, const QStringList &columns,
                           const QVariantList &values, const QString &doing)
{
    auto writer = m_writers.find(table);
    if (writer == m_writers.end())
        writer = m_writers.try_emplace(table, m_db, table, columns).first;
    if (Status s = writer->second.write(values, doing); !s)
        return s;
    return m_outbox.record(table, values.constFirst().toString());
}

Status Programme::writeEvent(const Event &e)
{
    static const QStringList columns{
        QStringLiteral("id"),       QStringLiteral("site"),     QStringLiteral("desk"),
        QStringLiteral("title"),    QStringLiteral("type"),     QStringLiteral("pole"),
        QStringLiteral("partners"), QStringLiteral("location"), QStringLiteral("capacity"),
        QStringLiteral("revision"), QStringLiteral("deleted")};
    // Never NULL: an event without partners stores an empty list.
    const QString partners =
        e.partners.isEmpty() ? QStringLiteral("") : e.partners.join(QLatin1Char(','));
    return writeRow(kEvent, columns,
                    {e.id, e.site, e.desk, e.title, e.type, record::nullable(e.pole), partners,
                     e.location, record::nullable(e.capacity), e.revision, e.deleted ? 1 : 0},
                    tr("Saving the event"));
}

Status Programme::writeSession(const EventSession &s)
{
    static const QStringList columns{
        QStringLiteral("id"),       QStringLiteral("site"),         QStringLiteral("desk"),
        QStringLiteral("event_id"), QStringLiteral("session_date"), QStringLiteral("start_time"),
        QStringLiteral("end_time"), QStringLiteral("revision"),     QStringLiteral("deleted")};
    return writeRow(kSession, columns,
                    {s.id, s.site, s.desk, s.eventId, record::isoDate(s.date),
                     record::nullableTime(s.start), record::nullableTime(s.end), s.revision,
                     s.deleted ? 1 : 0},
                    tr("Saving the session"));
}

Status Programme::writeAttendance(const Attendance &a)
{
    static const QStringList columns{
        QStringLiteral("id"),           QStringLiteral("site"),       QStringLiteral("desk"),
        QStringLiteral("event_id"),     QStringLiteral("session_id"), QStringLiteral("local_date"),
        QStringLiteral("participants"), QStringLiteral("pupils"),     QStringLiteral("classes"),
        QStringLiteral("source"),       QStringLiteral("revision"),   QStringLiteral("deleted")};
    return writeRow(kAttendance, columns,
                    {a.id, a.site, a.desk, a.eventId, a.sessionId, record::isoDate(a.date),
                     a.participants, record::nullable(a.pupils), record::nullable(a.classes),
                     a.source == Attendance::Source::Counter ? QStringLiteral("counter")
                                                             : QStringLiteral("entered"),
                     a.revision, a.deleted ? 1 : 0},
                    tr("Saving the attendance"));
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
        if (Status s = writeSession(session); !s)
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
    if (Status s = writeEvent(event); !s)
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
    if (Status s = writeEvent(event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return findEvent(id);
}

Status Programme::tombstoneAttendance(const QString &column, const QString &id)
{
    // column is a code constant ("session_id" or "event_id"), never user input.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attendance a WHERE a.%2 = :id AND a.deleted = 0")
            .arg(kAttendanceColumns, column));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, tr("Reading the attendance"));
    QList<Attendance> rows;
    while (q.next())
        rows.append(readAttendance(q));
    for (Attendance &a : rows) {
        a.deleted = true;
        a.revision += 1;
        if (Status s = writeAttendance(a); !s)
            return s;
    }
    return {};
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
        if (Status s = writeSession(session); !s)
            return s.error();
    }
    if (Status s = tombstoneAttendance(QStringLiteral("event_id"), id); !s)
        return s.error();
    Event event = std::move(current).value();
    event.deleted = true;
    event.revision += 1;
    if (Status s = writeEvent(event); !s)
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

// --- sessions ---------------------------------------------------------------------------

Result<QList<EventSession>> Programme::sessions(const QString &eventId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM event_session s WHERE s.event_id = :event AND "
                       "s.deleted = 0 ORDER BY s.session_date, IFNULL(s.start_time, ''), "
                       "s.recorded_utc, s.id")
            .arg(kSessionColumns));
    q.bindValue(QStringLiteral(":event"), eventId);
    return selectAll(
        q, [](const QSqlQuery &row) { return readSession(row); }, tr("Reading the sessions"));
}

Result<EventSession> Programme::findSession(const QString &id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM event_session s WHERE s.id = :id").arg(kSessionColumns));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(
        q, [](const QSqlQuery &row) { return readSession(row); }, tr("Reading session %1").arg(id),
        tr("No session with id \"%1\".").arg(id));
}

Result<EventSession> Programme::sessionOn(const QString &eventId, const QDate &date) const
{
    Result<QList<EventSession>> all = sessions(eventId);
    if (!all)
        return all.error();
    QStringList dates;
    for (const EventSession &s : *all) {
        if (s.date == date)
            return s;
        if (!dates.contains(record::isoDate(s.date)))
            dates << record::isoDate(s.date);
    }
    return makeError(ErrorCode::NotFound,
                     tr("The event has no session on %1; its dates: %2.")
                         .arg(record::isoDate(date),
                              dates.isEmpty() ? tr("none") : dates.join(QLatin1String(", "))),
                     QStringLiteral("date"));
}

Result<QList<ScheduledSession>> Programme::schedule(const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT %1, e.title, e.type, e.pole, e.location, "
            "(SELECT IFNULL(SUM(a.participants), 0) FROM attendance a WHERE a.session_id = s.id "
            "AND a.deleted = 0) "
            "FROM event_session s JOIN event e ON e.id = s.event_id AND e.deleted = 0 "
            "WHERE s.deleted = 0 AND s.session_date >= :from AND s.session_date <= :to "
            "ORDER BY s.session_date, IFNULL(s.start_time, ''), e.title, s.id")
            .arg(kSessionColumns));
    q.bindValue(QStringLiteral(":from"), record::isoDate(from));
    q.bindValue(QStringLiteral(":to"), record::isoDate(to));
    if (!q.exec())
        return sqlError(q, tr("Reading the calendar"));
    QList<ScheduledSession> result;
    while (q.next()) {
        ScheduledSession item;
        item.session = readSession(q);
        item.title = q.value(9).toString();
        item.type = q.value(10).toString();
        item.pole = q.value(11).toString();
        item.location = q.value(12).toString();
        item.participants = q.value(13).toLongLong();
        result.append(item);
    }
    return result;
}

Result<EventSession> Programme::addSession(const QString &eventId, const SessionInput &input)
{
    Result<QList<EventSession>> added = addSessions(eventId, {input});
    if (!added)
        return added.error();
    return added->first();
}

Result<QList<EventSession>> Programme::addSessions(const QString &eventId,
                                                   const QList<SessionInput> &inputs)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Event> event = findEvent(eventId);
    if (!event)
        return event.error();
    if (event->deleted)
        return makeError(ErrorCode::NotFound, tr("Event \"%1\" was deleted.").arg(eventId));
    Result<QList<EventSession>> added = insertSessions(*event, inputs);
    if (!added)
        return added;
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<QList<EventSession>> Programme::duplicateSeries(const QString &eventId, int days)
{
    if (days == 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Give the number of days to shift the series by."),
                         QStringLiteral("days"));
    Result<QList<EventSession>> live = sessions(eventId);
    if (!live)
        return live;
    QList<SessionInput> copies;
    for (const EventSession &s : *live)
        copies.append({s.date.addDays(days), s.start, s.end});
    return addSessions(eventId, copies);
}

QList<SessionInput> Programme::series(const QDate &first, int count, int everyDays,
                                      const QTime &start, const QTime &end)
{
    QList<SessionInput> result;
    for (int i = 0; i < count; ++i)
        result.append({first.addDays(qint64(i) * everyDays), start, end});
    return result;
}

Result<EventSession> Programme::updateSession(const QString &id, const SessionInput &input)
{
    if (Status s = validate(input); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<EventSession> current = findSession(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Session \"%1\" was deleted.").arg(id));
    Result<QList<EventSession>> siblings = sessions(current->eventId);
    if (!siblings)
        return siblings.error();
    for (const EventSession &other : *siblings)
        if (other.id != id && sameSlot(input, other))
            return makeError(ErrorCode::InvalidArgument,
                             tr("The event already has a session on %1.").arg(describeSlot(input)),
                             QStringLiteral("date"));
    EventSession session = std::move(current).value();
    const bool moved = session.date != input.date;
    session.date = input.date;
    session.start = input.start;
    session.end = input.end;
    session.revision += 1;
    if (Status s = writeSession(session); !s)
        return s.error();
    if (moved) {
        // The attendance counts in the year of its session: it follows the move.
        Result<QList<Attendance>> rows = attendanceOfSession(id);
        if (!rows)
            return rows.error();
        for (Attendance a : *rows) {
            a.date = session.date;
            a.revision += 1;
            if (Status s = writeAttendance(a); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Result<EventSession> Programme::removeSession(const QString &id)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<EventSession> current = findSession(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Session \"%1\" is already deleted.").arg(id));
    EventSession session = std::move(current).value();
    session.deleted = true;
    session.revision += 1;
    if (Status s = writeSession(session); !s)
        return s.error();
    if (Status s = tombstoneAttendance(QStringLiteral("session_id"), id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

// --- attendance -------------------------------------------------------------------------

Result<Attendance> Programme::recordAttendance(const QString &sessionId,
                                               const AttendanceInput &input)
{
    if (Status s = validate(input); !s)
        return s.error();
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<EventSession> session = findSession(sessionId);
    if (!session)
        return session.error();
    if (session->deleted)
        return makeError(ErrorCode::NotFound, tr("Session \"%1\" was deleted.").arg(sessionId));
    Attendance a;
    a.id = record::newId();
    a.site = desk->site;
    a.desk = desk->desk;
    a.eventId = session->eventId;
    a.sessionId = sessionId;
    a.date = session->date;
    a.participants = input.participants;
    a.pupils = input.pupils;
    a.classes = input.classes;
    a.source = Attendance::Source::Entered;
    if (Status s = writeAttendance(a); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Attendance> Programme::changeAttendance(const QString &id, const AttendanceInput &input,
                                               bool counterStep, int delta)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Attendance> current = findAttendance(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Attendance \"%1\" was deleted.").arg(id));
    Attendance a = std::move(current).value();
    if (counterStep) {
        if (a.source != Attendance::Source::Counter)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Attendance \"%1\" is not a live counter.").arg(id));
        const int next = std::clamp(a.participants + delta, 0, kMaxParticipants);
        if (next == a.participants)
            return a; // -1 at 0: nothing to record
        a.participants = next;
        if (a.pupils && *a.pupils > next)
            a.pupils = next;
    } else {
        if (Status s = validate(input); !s)
            return s.error();
        a.participants = input.participants;
        a.pupils = input.pupils;
        a.classes = input.classes;
    }
    a.revision += 1;
    if (Status s = writeAttendance(a); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Attendance> Programme::correctAttendance(const QString &id, const AttendanceInput &input)
{
    return changeAttendance(id, input, false, 0);
}

Result<Attendance> Programme::step(const QString &counterId, int delta)
{
    return changeAttendance(counterId, {}, true, delta);
}

Result<Attendance> Programme::removeAttendance(const QString &id)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Attendance> current = findAttendance(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Attendance \"%1\" is already deleted.").arg(id));
    Attendance a = std::move(current).value();
    a.deleted = true;
    a.revision += 1;
    if (Status s = writeAttendance(a); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Attendance> Programme::findAttendance(const QString &id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attendance a WHERE a.id = :id").arg(kAttendanceColumns));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readAttendance, tr("Reading attendance %1").arg(id),
                     tr("No attendance with id \"%1\".").arg(id));
}

Result<QList<Attendance>> Programme::attendanceOf(const QString &eventId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attendance a JOIN event_session s ON s.id = a.session_id "
                       "AND s.deleted = 0 WHERE a.event_id = :id AND a.deleted = 0 "
                       "ORDER BY a.local_date, IFNULL(s.start_time, ''), a.recorded_utc, a.id")
            .arg(kAttendanceColumns));
    q.bindValue(QStringLiteral(":id"), eventId);
    return selectAll(q, readAttendance, tr("Reading the attendance"));
}

Result<QList<Attendance>> Programme::attendanceOfSession(const QString &sessionId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attendance a WHERE a.session_id = :id AND a.deleted = 0 "
                       "ORDER BY a.recorded_utc, a.id")
            .arg(kAttendanceColumns));
    q.bindValue(QStringLiteral(":id"), sessionId);
    return selectAll(q, readAttendance, tr("Reading the attendance"));
}

Result<Attendance> Programme::openCounter(const QString &sessionId)
{
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<EventSession> session = findSession(sessionId);
    if (!session)
        return session.error();
    if (session->deleted)
        return makeError(ErrorCode::NotFound, tr("Session \"%1\" was deleted.").arg(sessionId));
    Result<QList<Attendance>> rows = attendanceOfSession(sessionId);
    if (!rows)
        return rows.error();
    for (const Attendance &a : *rows)
        if (a.source == Attendance::Source::Counter && a.site == desk->site && a.desk == desk->desk)
            return a; // resumed: the transaction has nothing to commit
    Attendance a;
    a.id = record::newId();
    a.site = desk->site;
    a.desk = desk->desk;
    a.eventId = session->eventId;
    a.sessionId = sessionId;
    a.date = session->date;
    a.participants = 0;
    a.source = Attendance::Source::Counter;
    if (Status s = writeAttendance(a); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

} // namespace passages
