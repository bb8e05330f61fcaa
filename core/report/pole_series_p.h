// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: what every source of the dashboard's pôle series shares once its rows
// are read (the desk's SQLite in attendance.cpp, PostgreSQL in core/network/
// network_figures.cpp): the pôle keys, the rows counted under each pôle's report code,
// and the buckets of a period. One shape, so the two databases cannot draw a chart
// differently.
#pragma once

#include "core/report/attendance.h"

#include <QHash>

#include <utility>

namespace passages {
class Referential;
}

namespace passages::report_detail {

/// Monday of `date`'s ISO week.
QDate mondayOf(const QDate &date);
/// "2024-W09": the key of `date`'s ISO week.
QString weekKey(const QDate &date);

/// The first and last day a series of `grain` covers: the filter's period widened to
/// whole weeks, months or years, so that every bucket's average is comparable.
std::pair<QDate, QDate> seriesPeriod(const AttendanceFilter &filter, SeriesGrain grain);

/// Counts rows under their pôle's report code (merges applied), in the series' key
/// order: the referential's pôles (the filter's only, when it has one), then any code
/// the referential no longer knows, under its code.
class PoleTally
{
public:
    PoleTally(const Referential &referential, const AttendanceFilter &filter);
    /// The slot of a stored pôle code in `poles`.
    int index(const QString &storedCode);
    const QList<SeriesKey> &poles() const { return m_poles; }

private:
    const Referential &m_referential;
    QList<SeriesKey> m_poles;
    QHash<QString, int> m_index;
};

/// Adds `count` at `slot` (a pôle's index) of `counts`, grown to the pôles known so far.
void addCount(QList<qint64> &counts, const PoleTally &tally, int slot, qint64 count);

/// Where a series' days, hours or buckets are open: the calendar of the filter's site,
/// "today" (later days are the future).
struct SeriesCalendar
{
    const OpeningCalendar &calendar;
    QDate today;
    QString site;
};

/// The buckets of [from, to] at `grain` from the counts per day (by pôle slot).
PoleSeries bucketSeries(QList<SeriesKey> poles, const QHash<QDate, QList<qint64>> &days,
                        SeriesGrain grain, const QDate &from, const QDate &to,
                        const SeriesCalendar &calendar);

/// One day hour by hour from the counts per hour (24 lists, by pôle slot): the usual
/// opening hours always, and any hour someone came outside them.
PoleSeries hourSeries(QList<SeriesKey> poles, const QList<QList<qint64>> &hours, const QDate &day,
                      const SeriesCalendar &calendar);

} // namespace passages::report_detail
