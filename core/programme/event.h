// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace passages {

/// What an organiser says about an event of the programme.
struct EventInput
{
    QString title;        ///< 1-120 characters
    QString type;         ///< referential event type ("atelier", "forum"...)
    QString pole;         ///< empty: transversal
    QStringList partners; ///< referential partner codes, in the organiser's order
    QString location;     ///< "sur-site", "hors-les-murs", "a-distance" or a centre associé
                          ///< site code; empty -> "sur-site"
    std::optional<int> capacity;
};

/// One event as stored (current revision), with figures derived from its live sessions.
struct Event
{
    QString id; ///< UUID
    QString site;
    QString desk;
    QString title;
    QString type;
    QString pole; ///< empty: transversal
    QStringList partners;
    QString location;
    std::optional<int> capacity;
    int revision = 1;
    bool deleted = false;

    // Derived, not stored: the event's dates are those of its sessions.
    QDate first;             ///< first session date (invalid when it has none)
    QDate last;              ///< last session date
    int sessions = 0;        ///< live sessions
    qint64 participants = 0; ///< live attendance (within the period asked for, if any)

    bool transversal() const { return pole.isEmpty(); }
    EventInput toInput() const { return {title, type, pole, partners, location, capacity}; }
};

/// One day of a multi-day event, or one session of a workshop series.
struct SessionInput
{
    QDate date;
    QTime start; ///< optional (invalid: not stated)
    QTime end;   ///< optional, after start
};

struct EventSession
{
    QString id;
    QString site;
    QString desk;
    QString eventId;
    QDate date;
    QTime start;
    QTime end;
    int revision = 1;
    bool deleted = false;

    SessionInput toInput() const { return {date, start, end}; }
};

/// A session with what a calendar shows about its event.
struct ScheduledSession
{
    EventSession session;
    QString title;
    QString type;
    QString pole;
    QString location;
    qint64 participants = 0;
};

/// Participants of one session. Pupils are among the participants.
struct AttendanceInput
{
    int participants = 0;
    std::optional<int> pupils;
    std::optional<int> classes;
};

struct Attendance
{
    enum class Source
    {
        Entered,
        Counter
    };

    QString id;
    QString site;
    QString desk;
    QString eventId;
    QString sessionId;
    QDate date; ///< the session's date: the year it counts in
    int participants = 0;
    std::optional<int> pupils;
    std::optional<int> classes;
    Source source = Source::Entered;
    int revision = 1;
    bool deleted = false;

    AttendanceInput toInput() const { return {participants, pupils, classes}; }
};

/// Filters of the programme list; empty members do not filter.
struct EventFilter
{
    QDate from; ///< events with a session on or after
    QDate to;   ///< events with a session on or before
    QString type;
    QString pole; ///< "transversal" for events of no pôle
    QString location;
    QString text; ///< part of the title, case- and accent-insensitive
};

} // namespace passages
