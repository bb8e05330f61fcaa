// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/report/breakdown.h"
#include "core/report/calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// What the coordinators' figures look at. Empty codes mean "all".
/// The buckets of a pôle series: days, ISO weeks, calendar months or years.
enum class SeriesGrain
{
    Day,
    Week,
    Month,
    Year
};

struct AttendanceFilter
{
    QDate from; ///< first day of the period (inclusive)
    QDate to;   ///< last day of the period (inclusive)
    QString site;
    QString desk;
    QString pole;
    QString channel;

    /// The same period one year earlier (29 February maps to 28 February).
    AttendanceFilter previousYear() const;
    bool operator==(const AttendanceFilter &) const = default;
};

/// One series of a stacked chart: a pôle with its label and referential colour.
struct SeriesKey
{
    QString code;
    QString label;
    QString color; ///< "#rrggbb"
};

/// One bar of a stacked series: an hour, a day, a week or a month.
struct Bucket
{
    QString key; ///< "14" (hour), "2024-03-05", "2024-W10", "2024-03"
    QDate first; ///< first day covered
    QDate last;  ///< last day covered
    int hour = -1;
    QList<qint64> byPole; ///< aligned with PoleSeries::poles
    qint64 total = 0;
    /// Opening days covered: days the calendar opens, plus closed days on which walk-ins
    /// were recorded all the same (a Saturday forum).
    int openDays = 0;
    DayStatus status; ///< day buckets: why the day is closed

    bool future = false; ///< a bucket starting after "today": not yet happened
    /// A week, month or year under way: it holds "today" and days after it, so its total
    /// is not comparable with a whole one (compare it with the same days instead).
    bool partial = false;

    /// A day the Cité was closed and nobody was recorded: drawn as closed, not as zero.
    bool isClosed() const { return !future && openDays == 0 && hour < 0 && total == 0; }
    double perOpenDay() const { return openDays > 0 ? double(total) / openDays : 0.0; }
};

/// A stacked-by-pôle series with its totals.
struct PoleSeries
{
    QList<SeriesKey> poles;
    QList<Bucket> buckets;
    qint64 total = 0;
    int openDays = 0;

    double perOpenDay() const { return openDays > 0 ? double(total) / openDays : 0.0; }
    qint64 maxBucket() const;
    /// The total of one pôle over every bucket.
    qint64 poleTotal(int poleIndex) const;
    int poleIndex(const QString &code) const;
};

/// Walk-ins by weekday and hour of the day over a period: when do people come?
struct HeatMap
{
    QDate from;
    QDate to;
    qint64 cells[7][24] = {}; ///< [weekday - 1][hour]
    int openDays[7] = {};     ///< opening days of each weekday in the period
    int firstHour = 9;        ///< the hours worth drawing (those with walk-ins, at least 9-17)
    int lastHour = 17;

    /// Mean walk-ins at that weekday and hour per opening day of that weekday.
    double average(int weekday, int hour) const;
    double maxAverage() const;
    qint64 total() const;
};

struct BreakdownRow
{
    QString code;
    QString label;
    qint64 count = 0;
    qint64 previous = 0; ///< the same period last year
};

/// Counts of a period by one dimension beside the same period last year.
struct Breakdown
{
    BreakdownBy by = BreakdownBy::Pole;
    QDate from;
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    QList<BreakdownRow> rows; ///< count descending, then previous descending, then code
    qint64 total = 0;
    qint64 previousTotal = 0;
    /// When rows were limited (top communes): what the dropped rows add up to.
    qint64 otherCount = 0;
    qint64 otherPrevious = 0;
    int otherRows = 0;
};

/// The coordinators' attendance figures, read from a desk database or from the
/// consolidated database of the share (same schema). Group sizes are counted (a class
/// of 25 counts 25), tombstones are not, and the local date of each walk-in buckets it.
class AttendanceReport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceReport)

public:
    AttendanceReport(const Database &db, const Referential &referential,
                     const CommuneIndex &communes, OpeningCalendar calendar = {});

    const OpeningCalendar &calendar() const { return m_calendar; }
    /// Days after `today` are the future: neither opening days nor closed ones. Unset,
    /// every day of a period counts.
    void setToday(const QDate &today) { m_today = today; }

    /// One day by hour of the day (0-23), stacked by pôle (the filter's dates are ignored).
    Result<PoleSeries> byHour(const QDate &day, const AttendanceFilter &filter = {}) const;
    /// The period day by day, stacked by pôle, closed days marked.
    Result<PoleSeries> daily(const AttendanceFilter &filter) const;
    /// ISO weeks (Monday to Sunday) covering the period.
    Result<PoleSeries> weekly(const AttendanceFilter &filter) const;
    /// Calendar months covering the period.
    Result<PoleSeries> monthly(const AttendanceFilter &filter) const;
    /// Calendar years covering the period.
    Result<PoleSeries> yearly(const AttendanceFilter &filter) const;
    /// The period by weekday and hour.
    Result<HeatMap> heatMap(const AttendanceFilter &filter) const;
    /// The period by `by` beside the same period last year. `limit` > 0 keeps the first
    /// rows and sums the rest into Breakdown::other*.
    Result<Breakdown> breakdown(BreakdownBy by, const AttendanceFilter &filter,
                                int limit = 0) const;
    /// Walk-ins of the period and opening days: the headline figures.
    Result<qint64> total(const AttendanceFilter &filter) const;
    /// The desks that recorded walk-ins: (site, desk) pairs, sorted.
    Result<QList<QPair<QString, QString>>> desks() const;

    /// Whether the schema 6 daily aggregate is there and in step with the rows (otherwise
    /// the raw rows are read).
    bool usesDailyAggregate() const { return dayTable(); }

private:
    using Grain = SeriesGrain;
    Result<PoleSeries> series(const AttendanceFilter &filter, Grain grain) const;
    bool dayTable() const; ///< the daily aggregate can be read now
    bool dimTable() const; ///< the per-dimension aggregate can be read now
    QString label(BreakdownBy by, const QString &code) const;
    Result<QList<BreakdownRow>> grouped(BreakdownBy by, const QDate &from, const QDate &to,
                                        const AttendanceFilter &filter) const;

    const Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
    OpeningCalendar m_calendar;
    QDate m_today;
    bool m_dayTable = false;
    bool m_dimTable = false;
    bool m_totalTable = false; ///< schema 10: passage_dim_total, themes and communes by day
};

/// The period of "the last `days` days" ending on `today`.
AttendanceFilter lastDays(const QDate &today, int days);

} // namespace passages
