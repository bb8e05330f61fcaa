// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/programme: the programme's limits and how its three tables map to rows
// (column lists, readers), shared by the events, sessions and attendance files.
// ui and app never include a _p.h.
#pragma once

#include "core/programme/event.h"

#include <QSqlQuery>
#include <QString>

namespace passages::programme_detail {

inline constexpr int kMaxTitle = 120;
inline constexpr int kMaxDays = 366;
inline constexpr int kMaxSessions = 400;
inline constexpr int kMaxParticipants = 100000;

/// The programme's tables.
extern const QString kEvent;
extern const QString kSession;
extern const QString kAttendance;

/// What readEvent() reads: the event's columns and its derived dates and figures; binds
/// :pfrom and :pto (the period whose attendance counts).
extern const QString kEventColumns;
extern const QString kSessionColumns;
extern const QString kAttendanceColumns;

/// The widest period, for "no bound".
extern const QString kNoStart;
extern const QString kNoEnd;

Event readEvent(const QSqlQuery &q);
/// The session's columns from `offset` on (kSessionColumns).
EventSession readSession(const QSqlQuery &q, int offset = 0);
Attendance readAttendance(const QSqlQuery &q);

/// Whether a new session would take the slot of an existing one (same day and start).
bool sameSlot(const SessionInput &a, const EventSession &b);
/// "2026-03-02 14:00", or the date alone: for messages.
QString describeSlot(const SessionInput &input);

} // namespace passages::programme_detail
