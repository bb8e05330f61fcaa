// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's sessions: the days of an event, the series of a workshop, the calendar.
#include "core/programme/programme.h"
#include "core/programme/programme_rows_p.h"

#include "core/storage/database.h"
#include "core/storage/record.h"
#include "core/storage/revision.h"

#include <QSqlQuery>

namespace passages {

using namespace programme_detail;

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
    Result<EventSession> current = liveSession(id);
    if (!current)
        return current;
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
    if (Status s = writeSession(session, record::Write::Update); !s)
        return s.error();
    if (moved) {
        // The attendance counts in the year of its session: it follows the move.
        Result<QList<Attendance>> rows = attendanceOfSession(id);
        if (!rows)
            return rows.error();
        for (Attendance a : *rows) {
            a.date = session.date;
            a.revision += 1;
            if (Status s = writeAttendance(a, record::Write::Update); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Result<EventSession> Programme::removeSession(const QString &id)
{
    // The session's attendance goes with it, in the same transaction.
    return record::tombstone<EventSession>(
        m_db, [&] { return findSession(id); }, tr("Session \"%1\" is already deleted.").arg(id),
        [&](const EventSession &session) -> Status {
            if (Status s = writeSession(session, record::Write::Update); !s)
                return s;
            return tombstoneAttendance(QStringLiteral("session_id"), id);
        });
}

} // namespace passages
