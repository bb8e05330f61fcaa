// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace passages {

class Database;

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, valid for any
/// year from 1583).
QDate easterSunday(int year);

struct Holiday
{
    QDate date;
    QString name; ///< translated ("Easter Monday")
};

/// The eleven French public holidays (jours fériés, Code du travail L3133-1) of a year in
/// date order; Easter Monday, Ascension Day and Whit Monday follow Easter.
QList<Holiday> frenchPublicHolidays(int year);

/// A closure set by the Cité: no walk-in expected from `first` to `last` (inclusive).
struct Closure
{
    QString id;         ///< UUID; empty before it is stored
    QString closedSite; ///< the site closed; empty: every site
    QDate first;
    QDate last;
    QString reason; ///< short label ("Summer closure")
};

/// Why a day is open or closed.
struct DayStatus
{
    enum class Kind
    {
        Open,
        WeeklyClosed,
        PublicHoliday,
        Closure
    };
    Kind kind = Kind::Open;
    QString reason; ///< holiday name, closure reason, or the weekday ("Saturday")

    bool isOpen() const { return kind == Kind::Open; }
};

/// When a Cité is open: its opening weekdays (Monday to Friday unless set), minus the
/// French public holidays, minus the closures it sets. A closed day is shown as closed,
/// not as a day of zero attendance, and averages are per opening day.
class OpeningCalendar
{
    Q_DECLARE_TR_FUNCTIONS(OpeningCalendar)

public:
    OpeningCalendar();

    /// Opening weekdays, 1 = Monday ... 7 = Sunday.
    void setOpenWeekdays(const QList<int> &weekdays);
    QList<int> openWeekdays() const;
    void setPublicHolidays(bool closed) { m_holidays = closed; }
    void setClosures(const QList<Closure> &closures) { m_closures = closures; }
    const QList<Closure> &closures() const { return m_closures; }

    /// The status of a day for `site` (empty: the Cité as a whole, closed only by
    /// closures of every site).
    DayStatus status(const QDate &date, const QString &site = {}) const;
    bool isOpen(const QDate &date, const QString &site = {}) const
    {
        return status(date, site).isOpen();
    }
    /// Opening days from `from` to `to` inclusive.
    int openingDays(const QDate &from, const QDate &to, const QString &site = {}) const;

private:
    const QList<Holiday> &holidays(int year) const;

    bool m_open[8] = {false, true, true, true, true, true, false, false};
    bool m_holidays = true;
    QList<Closure> m_closures;
    mutable QHash<int, QList<Holiday>> m_holidayCache;
};

/// The closures a Cité sets, kept in the synchronised `closure` table (schema 6): every
/// write is one transaction that also appends the row image to the sync outbox, and a
/// removal is a tombstone.
class ClosureStore
{
    Q_DECLARE_TR_FUNCTIONS(ClosureStore)

public:
    explicit ClosureStore(Database &db, Clock clock = {});

    /// Live closures overlapping [from, to] (all when both are null), by first date.
    static Result<QList<Closure>> list(const Database &db, const QDate &from = {},
                                       const QDate &to = {});
    /// What add() does when walk-ins are already recorded on the closure's days.
    enum class WalkIns
    {
        Refuse, ///< refuse, with the error's field "walk-ins": the caller asks, then accepts
        Accept  ///< close those days all the same (their walk-ins still count)
    };
    /// Records a closure: first <= last, a reason (at most 80 characters), no overlap
    /// with a live closure of the same site (or of every site), and, unless accepted, no
    /// walk-in already recorded on those days (closing today after the morning's visitors
    /// is more often a slip than a decision).
    Result<Closure> add(const Closure &closure, WalkIns walkIns = WalkIns::Refuse);
    /// The rules add() applies, without recording: the first one `closure` breaks.
    Status check(const Closure &closure, WalkIns walkIns = WalkIns::Refuse) const;
    /// Walk-ins (group sizes summed) recorded from `first` to `last` at `site` (empty:
    /// every site): what closing those days would hide among closed days.
    static Result<qint64> walkInsDuring(const Database &db, const QDate &first, const QDate &last,
                                        const QString &site);
    /// Tombstones a closure.
    Status remove(const QString &id);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace passages
