// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/programme/event.h"
#include "core/storage/record.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace passages {

class Database;
class Referential;

/// The programme of a Cité: events, their sessions (the days of a multi-day event, or
/// the sessions of a workshop series) and their attendance, entered afterwards or
/// counted live at the door.
///
/// Every write is one transaction that also appends the row images to the sync outbox.
/// Nothing is hard-deleted: a correction is the next revision, a deletion a tombstone,
/// and tombstoning an event (or a session) tombstones what hangs from it, so a
/// consolidated share that only sees row images counts nothing of it either.
class Programme
{
    Q_DECLARE_TR_FUNCTIONS(Programme)

public:
    /// The database must outlive the Programme (it keeps prepared statements on it).
    Programme(Database &db, const Referential &referential);
    ~Programme();
    Programme(const Programme &) = delete;
    Programme &operator=(const Programme &) = delete;

    /// Checks the title and the codes against the referential; the error names the field
    /// and, for a bad code, lists the valid ones.
    Status validate(const EventInput &input) const;
    Status validate(const SessionInput &input) const;
    Status validate(const AttendanceInput &input) const;
    /// Whether `code` is an event location: a referential location or a centre associé.
    bool isLocation(const QString &code) const;
    /// The label of a location code (a referential location or a site).
    QString locationLabel(const QString &code) const;
    /// The codes offered as locations: referential locations then centres associés.
    QStringList locationCodes() const;

    // Events.
    /// An event with the given sessions (at least one).
    Result<Event> createEvent(const EventInput &input, const QList<SessionInput> &sessions);
    /// An event of one session per day from `first` to `last` (at most 366 days).
    Result<Event> createEvent(const EventInput &input, const QDate &first, const QDate &last);
    /// A correction of the event's description (its sessions are unchanged).
    Result<Event> updateEvent(const QString &id, const EventInput &input);
    /// Tombstones the event, its sessions and their attendance.
    Result<Event> removeEvent(const QString &id);
    /// A copy of the event with its sessions moved so that the first falls on
    /// `firstDate` (times kept); no attendance is copied.
    Result<Event> duplicateEvent(const QString &id, const QDate &firstDate);
    Result<Event> findEvent(const QString &id) const;
    /// Live events matching the filter, by first date then title. `participants` counts
    /// the attendance within [from, to] when given.
    Result<QList<Event>> events(const EventFilter &filter = {}) const;
    /// Live events with a session in `year` (all events when year == 0).
    Result<QList<Event>> eventsOfYear(int year) const;

    // Sessions.
    Result<QList<EventSession>> sessions(const QString &eventId) const;
    Result<EventSession> findSession(const QString &id) const;
    /// The first live session of an event on a date.
    Result<EventSession> sessionOn(const QString &eventId, const QDate &date) const;
    /// Live sessions between two dates (inclusive) with their event: the calendars.
    Result<QList<ScheduledSession>> schedule(const QDate &from, const QDate &to) const;
    Result<EventSession> addSession(const QString &eventId, const SessionInput &input);
    /// Adds several sessions in one transaction: all or none.
    Result<QList<EventSession>> addSessions(const QString &eventId,
                                            const QList<SessionInput> &inputs);
    /// Duplicates the event's live sessions shifted by `days` (the same series next
    /// term), in one transaction.
    Result<QList<EventSession>> duplicateSeries(const QString &eventId, int days);
    /// Moves a session; its attendance follows (a new revision with the new date).
    Result<EventSession> updateSession(const QString &id, const SessionInput &input);
    /// Tombstones the session and its attendance.
    Result<EventSession> removeSession(const QString &id);
    /// `count` sessions `everyDays` apart from `first`, same times: a weekly series.
    static QList<SessionInput> series(const QDate &first, int count, int everyDays = 7,
                                      const QTime &start = {}, const QTime &end = {});

    // Attendance.
    /// Participants of a session, entered afterwards.
    Result<Attendance> recordAttendance(const QString &sessionId, const AttendanceInput &input);
    Result<Attendance> correctAttendance(const QString &id, const AttendanceInput &input);
    Result<Attendance> removeAttendance(const QString &id);
    Result<Attendance> findAttendance(const QString &id) const;
    /// Live attendance rows of an event (or of one session), oldest session first.
    Result<QList<Attendance>> attendanceOf(const QString &eventId) const;
    Result<QList<Attendance>> attendanceOfSession(const QString &sessionId) const;

    /// The live tally counter of this desk for a session: resumed if one exists (after
    /// a crash the count is still there), else a new counter row at 0.
    Result<Attendance> openCounter(const QString &sessionId);
    /// +1 / -1 (or any delta) on a counter, committed durably before it returns. Never
    /// goes below 0: a -1 at 0 returns the row unchanged.
    Result<Attendance> step(const QString &counterId, int delta);

    const Referential &referential() const { return m_referential; }

private:
    // One revision of a row and its outbox image (programme_rows.cpp).
    Status writeEvent(const Event &event, record::Write how);
    Status writeSession(const EventSession &session, record::Write how);
    Status writeAttendance(const Attendance &attendance, record::Write how);
    /// The session, NotFound when it was deleted.
    Result<EventSession> liveSession(const QString &id) const;
    /// A new attendance row of this desk for a live session (not yet written).
    Result<Attendance> newAttendance(const QString &sessionId, Attendance::Source source) const;
    Result<QList<EventSession>> insertSessions(const Event &event,
                                               const QList<SessionInput> &inputs);
    Status tombstoneAttendance(const QString &column, const QString &id);
    Result<Attendance> changeAttendance(const QString &id, const AttendanceInput &input,
                                        bool counterStep, int delta);

    Database &m_db;
    const Referential &m_referential;
    record::RowWriter m_events;
    record::RowWriter m_sessions;
    record::RowWriter m_attendance;
};

} // namespace passages
