// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/attendance.h"
#include "core/report/passage_report.h"

#include "core/report/attendance_p.h"
#include "core/report/pole_series_p.h"

#include "core/report/summaries.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

AttendanceFilter AttendanceFilter::previousYear() const
{
    AttendanceFilter previous = *this;
    previous.from = from.addYears(-1);
    previous.to = to.addYears(-1);
    return previous;
}

AttendanceFilter lastDays(const QDate &today, int days)
{
    AttendanceFilter filter;
    filter.from = today.addDays(1 - std::max(1, days));
    filter.to = today;
    return filter;
}

qint64 PoleSeries::maxBucket() const
{
    qint64 max = 0;
    for (const Bucket &b : buckets)
        max = std::max(max, b.total);
    return max;
}

qint64 PoleSeries::poleTotal(int poleIndex) const
{
    qint64 sum = 0;
    for (const Bucket &b : buckets)
        if (poleIndex >= 0 && poleIndex < b.byPole.size())
            sum += b.byPole.at(poleIndex);
    return sum;
}

int PoleSeries::poleIndex(const QString &code) const
{
    for (int i = 0; i < poles.size(); ++i)
        if (poles.at(i).code == code)
            return i;
    return -1;
}

double HeatMap::average(int weekday, int hour) const
{
    if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23 || openDays[weekday - 1] == 0)
        return 0.0;
    return double(cells[weekday - 1][hour]) / openDays[weekday - 1];
}

double HeatMap::maxAverage() const
{
    double max = 0.0;
    for (int d = 1; d <= 7; ++d)
        for (int h = 0; h < 24; ++h)
            max = std::max(max, average(d, h));
    return max;
}

qint64 HeatMap::total() const
{
    qint64 sum = 0;
    for (const auto &day : cells)
        for (qint64 n : day)
            sum += n;
    return sum;
}

AttendanceReport::AttendanceReport(const Database &db, const Referential &referential,
                                   const CommuneIndex &communes, OpeningCalendar calendar)
    : m_db(db), m_referential(referential), m_communes(communes), m_calendar(std::move(calendar))
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_day'"));
    m_dayTable = q.exec() && q.next();
    QSqlQuery dims = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_dim_day'"));
    m_dimTable = dims.exec() && dims.next();
    QSqlQuery totals = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_dim_total'"));
    m_totalTable = totals.exec() && totals.next();
}

// A bulk import (a first consolidation) defers the summary tables until its rebuild; a
// crash leaves them deferred until the next run. Meanwhile they are out of step with the
// rows (empty, or missing the new ones): the raw rows are read instead. Asked at every
// query: a report object outlives a consolidation running beside it.
bool AttendanceReport::dayTable() const
{
    return m_dayTable && !summaries::deferred(m_db);
}

bool AttendanceReport::dimTable() const
{
    return m_dimTable && !summaries::deferred(m_db);
}

Result<PoleSeries> AttendanceReport::series(const AttendanceFilter &filter, Grain grain) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    const auto [from, to] = report_detail::seriesPeriod(filter, grain);
    report_detail::PoleTally tally(m_referential, filter);

    // Per day and pôle, in the aggregate's key order (no sort): at most 7 rows a day.
    QSqlQuery q = m_db.prepare(
        dayTable() ? QStringLiteral("SELECT local_date, pole, SUM(n) FROM passage_day "
                                    "WHERE local_date >= :from AND local_date <= :to%1 "
                                    "GROUP BY local_date, pole")
                         .arg(report_detail::kFilterSql)
                   : QStringLiteral("SELECT local_date, pole, SUM(count) FROM passage "
                                    "WHERE local_date >= :from AND local_date <= :to "
                                    "AND deleted = 0%1 GROUP BY local_date, pole")
                         .arg(report_detail::kFilterSql));
    q.bindValue(QStringLiteral(":from"), report_detail::iso(from));
    q.bindValue(QStringLiteral(":to"), report_detail::iso(to));
    report_detail::bindFilter(q, filter, m_referential);
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Computing the attendance"));
    QHash<QDate, QList<qint64>> days;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        report_detail::addCount(days[day], tally, tally.index(q.value(1).toString()),
                                q.value(2).toLongLong());
    }
    return report_detail::bucketSeries(tally.poles(), days, grain, from, to,
                                       {m_calendar, m_today, filter.site});
}

Result<PoleSeries> AttendanceReport::daily(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Day);
}

Result<PoleSeries> AttendanceReport::weekly(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Week);
}

Result<PoleSeries> AttendanceReport::monthly(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Month);
}

Result<PoleSeries> AttendanceReport::yearly(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Year);
}

Result<PoleSeries> AttendanceReport::byHour(const QDate &day, const AttendanceFilter &filter) const
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("Invalid day."));
    report_detail::PoleTally tally(m_referential, filter);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT CAST(substr(local_time, 1, 2) AS INTEGER) AS hour, pole, "
                       "SUM(count) FROM passage WHERE local_date = :day AND deleted = 0%1 "
                       "GROUP BY hour, pole")
            .arg(report_detail::kFilterSql));
    q.bindValue(QStringLiteral(":day"), report_detail::iso(day));
    report_detail::bindFilter(q, filter, m_referential);
    if (!q.exec())
        return sqlError(q, tr("Computing the attendance by hour"));
    QList<QList<qint64>> hours(24);
    while (q.next()) {
        const int hour = std::clamp(q.value(0).toInt(), 0, 23);
        report_detail::addCount(hours[hour], tally, tally.index(q.value(1).toString()),
                                q.value(2).toLongLong());
    }
    return report_detail::hourSeries(tally.poles(), hours, day, {m_calendar, m_today, filter.site});
}

Result<HeatMap> AttendanceReport::heatMap(const AttendanceFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    HeatMap map;
    map.from = filter.from;
    map.to = filter.to;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT local_date, CAST(substr(local_time, 1, 2) AS INTEGER) AS hour, "
                       "SUM(count) FROM passage WHERE local_date >= :from AND local_date <= :to "
                       "AND deleted = 0%1 GROUP BY local_date, hour")
            .arg(report_detail::kFilterSql));
    q.bindValue(QStringLiteral(":from"), report_detail::iso(filter.from));
    q.bindValue(QStringLiteral(":to"), report_detail::iso(filter.to));
    report_detail::bindFilter(q, filter, m_referential);
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Computing the hours of attendance"));
    QSet<QDate> active;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int hour = std::clamp(q.value(1).toInt(), 0, 23);
        map.cells[day.dayOfWeek() - 1][hour] += q.value(2).toLongLong();
        active.insert(day);
        map.firstHour = std::min(map.firstHour, hour);
        map.lastHour = std::max(map.lastHour, hour);
    }
    for (QDate day = filter.from; day <= filter.to; day = day.addDays(1)) {
        if (m_today.isValid() && day > m_today)
            break;
        if (active.contains(day) || m_calendar.isOpen(day, filter.site))
            ++map.openDays[day.dayOfWeek() - 1];
    }
    return map;
}

Result<QList<QPair<QString, QString>>> AttendanceReport::desks() const
{
    QSqlQuery q = m_db.prepare(
        dayTable() ? QStringLiteral("SELECT site, desk FROM passage_desk ORDER BY site, desk")
                   : QStringLiteral("SELECT site, desk FROM passage WHERE deleted = 0 "
                                    "GROUP BY site, desk"));
    if (!q.exec())
        return sqlError(q, tr("Listing the desks"));
    QList<QPair<QString, QString>> desks;
    while (q.next())
        desks << qMakePair(q.value(0).toString(), q.value(1).toString());
    return desks;
}

} // namespace passages
