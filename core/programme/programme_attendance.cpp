// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's attendance: entered after a session, or counted live at the door.
#include "core/programme/programme.h"
#include "core/programme/programme_rows_p.h"

#include "core/storage/database.h"
#include "core/storage/record.h"
#include "core/storage/revision.h"

#include <QSqlQuery>

#include <algorithm>

namespace passages {

using namespace programme_detail;

Result<EventSession> Programme::liveSession(const QString &id) const
{
    Result<EventSession> session = findSession(id);
    if (session && session->deleted)
        return makeError(ErrorCode::NotFound, tr("Session \"%1\" was deleted.").arg(id));
    return session;
}

Result<Attendance> Programme::newAttendance(const QString &sessionId,
                                            Attendance::Source source) const
{
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Result<EventSession> session = liveSession(sessionId);
    if (!session)
        return session.error();
    Attendance a;
    a.id = record::newId();
    a.site = desk->site;
    a.desk = desk->desk;
    a.eventId = session->eventId;
    a.sessionId = sessionId;
    a.date = session->date;
    a.source = source;
    return a;
}

Result<Attendance> Programme::recordAttendance(const QString &sessionId,
                                               const AttendanceInput &input)
{
    if (Status s = validate(input); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Attendance> created = newAttendance(sessionId, Attendance::Source::Entered);
    if (!created)
        return created;
    Attendance a = std::move(created).value();
    a.participants = input.participants;
    a.pupils = input.pupils;
    a.classes = input.classes;
    if (Status s = writeAttendance(a, record::Write::Insert); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Attendance> Programme::changeAttendance(const QString &id, const AttendanceInput &input,
                                               bool counterStep, int delta)
{
    return record::revise<Attendance>(
        m_db,
        [&]() -> Result<Attendance> {
            Result<Attendance> current = findAttendance(id);
            if (current && current->deleted)
                return makeError(ErrorCode::NotFound, tr("Attendance \"%1\" was deleted.").arg(id));
            return current;
        },
        [&](Attendance &a) -> Result<bool> {
            if (counterStep) {
                if (a.source != Attendance::Source::Counter)
                    return makeError(ErrorCode::InvalidArgument,
                                     tr("Attendance \"%1\" is not a live counter.").arg(id));
                const int next = std::clamp(a.participants + delta, 0, kMaxParticipants);
                if (next == a.participants)
                    return false; // -1 at 0: nothing to record
                a.participants = next;
                if (a.pupils && *a.pupils > next)
                    a.pupils = next;
                return true;
            }
            if (Status s = validate(input); !s)
                return s.error();
            a.participants = input.participants;
            a.pupils = input.pupils;
            a.classes = input.classes;
            return true;
        },
        [this](const Attendance &a) { return writeAttendance(a, record::Write::Update); });
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
    return record::tombstone<Attendance>(
        m_db, [&] { return findAttendance(id); },
        tr("Attendance \"%1\" is already deleted.").arg(id),
        [this](const Attendance &a) { return writeAttendance(a, record::Write::Update); });
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
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Attendance> created = newAttendance(sessionId, Attendance::Source::Counter);
    if (!created)
        return created;
    Result<QList<Attendance>> rows = attendanceOfSession(sessionId);
    if (!rows)
        return rows.error();
    for (const Attendance &a : *rows)
        if (a.source == Attendance::Source::Counter && a.site == created->site &&
            a.desk == created->desk)
            return a; // resumed: the transaction has nothing to commit
    if (Status s = writeAttendance(*created, record::Write::Insert); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
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
        if (Status s = writeAttendance(a, record::Write::Update); !s)
            return s;
    }
    return {};
}

} // namespace passages
