// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's rows: how events, sessions and attendance are read from and written to
// their tables (one revision a write, with its outbox image).
#include "core/programme/programme.h"
#include "core/programme/programme_rows_p.h"

#include "core/storage/database.h"
#include "core/storage/record.h"

#include <QSqlQuery>

namespace passages {

namespace programme_detail {

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

namespace {

QTime timeOf(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

} // namespace

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

EventSession readSession(const QSqlQuery &q, int offset)
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

} // namespace programme_detail

using namespace programme_detail;

// --- writing ----------------------------------------------------------------------------

Status Programme::writeEvent(const Event &e, record::Write how)
{
    return m_events.write(how,
                          {{QStringLiteral("id"), e.id},
                           {QStringLiteral("site"), e.site},
                           {QStringLiteral("desk"), e.desk},
                           {QStringLiteral("title"), e.title},
                           {QStringLiteral("type"), e.type},
                           {QStringLiteral("pole"), record::nullable(e.pole)},
                           // Never NULL: an event without partners stores an empty list.
                           {QStringLiteral("partners"), e.partners.join(QLatin1Char(','))},
                           {QStringLiteral("location"), e.location},
                           {QStringLiteral("capacity"), record::nullable(e.capacity)},
                           {QStringLiteral("revision"), e.revision},
                           {QStringLiteral("deleted"), e.deleted ? 1 : 0}},
                          tr("Saving the event"));
}

Status Programme::writeSession(const EventSession &s, record::Write how)
{
    return m_sessions.write(how,
                            {{QStringLiteral("id"), s.id},
                             {QStringLiteral("site"), s.site},
                             {QStringLiteral("desk"), s.desk},
                             {QStringLiteral("event_id"), s.eventId},
                             {QStringLiteral("session_date"), record::isoDate(s.date)},
                             {QStringLiteral("start_time"), record::nullableTime(s.start)},
                             {QStringLiteral("end_time"), record::nullableTime(s.end)},
                             {QStringLiteral("revision"), s.revision},
                             {QStringLiteral("deleted"), s.deleted ? 1 : 0}},
                            tr("Saving the session"));
}

Status Programme::writeAttendance(const Attendance &a, record::Write how)
{
    return m_attendance.write(how,
                              {{QStringLiteral("id"), a.id},
                               {QStringLiteral("site"), a.site},
                               {QStringLiteral("desk"), a.desk},
                               {QStringLiteral("event_id"), a.eventId},
                               {QStringLiteral("session_id"), a.sessionId},
                               {QStringLiteral("local_date"), record::isoDate(a.date)},
                               {QStringLiteral("participants"), a.participants},
                               {QStringLiteral("pupils"), record::nullable(a.pupils)},
                               {QStringLiteral("classes"), record::nullable(a.classes)},
                               {QStringLiteral("source"), a.source == Attendance::Source::Counter
                                                              ? QStringLiteral("counter")
                                                              : QStringLiteral("entered")},
                               {QStringLiteral("revision"), a.revision},
                               {QStringLiteral("deleted"), a.deleted ? 1 : 0}},
                              tr("Saving the attendance"));
}

} // namespace passages
