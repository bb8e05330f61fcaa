// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pole_series_p.h"

#include "core/referential/referential.h"

#include <algorithm>

namespace passages::report_detail {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString weekKey(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::pair<QDate, QDate> seriesPeriod(const AttendanceFilter &filter, SeriesGrain grain)
{
    using Grain = SeriesGrain;
    QDate from = filter.from, to = filter.to;
    switch (grain) {
    case Grain::Day:
        break;
    case Grain::Week:
        from = mondayOf(from);
        to = mondayOf(to).addDays(6);
        break;
    case Grain::Month:
        from = QDate(from.year(), from.month(), 1);
        to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
        break;
    case Grain::Year:
        from = QDate(from.year(), 1, 1);
        to = QDate(to.year(), 12, 31);
        break;
    }
    return {from, to};
}

PoleTally::PoleTally(const Referential &referential, const AttendanceFilter &filter)
    : m_referential(referential)
{
    using Kind = Referential::Kind;
    for (const Category &pole : referential.list(Kind::Pole))
        if ((filter.pole.isEmpty() || pole.code == filter.pole) &&
            referential.reportCode(Kind::Pole, pole.code) == pole.code)
            m_poles << SeriesKey{pole.code, referential.label(Kind::Pole, pole.code),
                                 referential.poleColor(pole.code)};
    if (m_poles.isEmpty() && !filter.pole.isEmpty())
        m_poles << SeriesKey{filter.pole, filter.pole, referential.poleColor(filter.pole)};
    for (int i = 0; i < m_poles.size(); ++i)
        m_index.insert(m_poles.at(i).code, i);
}

int PoleTally::index(const QString &storedCode)
{
    const QString pole = m_referential.reportCode(Referential::Kind::Pole, storedCode);
    auto it = m_index.constFind(pole);
    if (it == m_index.constEnd()) {
        // A code the referential no longer knows still counts, under its code.
        m_poles << SeriesKey{pole, pole, m_referential.poleColor(pole)};
        it = m_index.insert(pole, int(m_poles.size()) - 1);
    }
    return *it;
}

void addCount(QList<qint64> &counts, const PoleTally &tally, int slot, qint64 count)
{
    if (counts.size() < tally.poles().size())
        counts.resize(tally.poles().size());
    counts[slot] += count;
}

PoleSeries bucketSeries(QList<SeriesKey> poles, const QHash<QDate, QList<qint64>> &days,
                        SeriesGrain grain, const QDate &from, const QDate &to,
                        const SeriesCalendar &calendar)
{
    using Grain = SeriesGrain;
    PoleSeries series;
    series.poles = std::move(poles);
    const int poleCount = int(series.poles.size());
    const QDate &today = calendar.today;
    auto bucketKey = [&](const QDate &day) {
        switch (grain) {
        case Grain::Day:
            return day.toString(Qt::ISODate);
        case Grain::Week:
            return weekKey(day);
        case Grain::Month:
            return day.toString(QStringLiteral("yyyy-MM"));
        case Grain::Year:
            return QString::number(day.year());
        }
        return QString();
    };
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString key = bucketKey(day);
        const bool future = today.isValid() && day > today;
        if (series.buckets.isEmpty() || series.buckets.last().key != key) {
            Bucket bucket;
            bucket.key = key;
            bucket.first = day;
            // The future until its first day has come (December, seen in November).
            bucket.future = future;
            bucket.byPole.resize(poleCount);
            series.buckets << bucket;
        }
        Bucket &bucket = series.buckets.last();
        bucket.last = day;
        qint64 dayTotal = 0;
        if (auto it = days.constFind(day); it != days.constEnd())
            for (int i = 0; i < it->size(); ++i) {
                bucket.byPole[i] += it->at(i);
                dayTotal += it->at(i);
            }
        bucket.total += dayTotal;
        const DayStatus status = calendar.calendar.status(day, calendar.site);
        if (!future && (status.isOpen() || dayTotal > 0))
            ++bucket.openDays;
        if (grain == Grain::Day)
            bucket.status = status;
    }
    for (Bucket &bucket : series.buckets) {
        bucket.partial = today.isValid() && bucket.first <= today && today < bucket.last;
        series.total += bucket.total;
        series.openDays += bucket.openDays;
    }
    return series;
}

PoleSeries hourSeries(QList<SeriesKey> poles, const QList<QList<qint64>> &hours, const QDate &day,
                      const SeriesCalendar &calendar)
{
    PoleSeries series;
    series.poles = std::move(poles);
    int firstHour = 9, lastHour = 17;
    for (int h = 0; h < 24; ++h)
        if (!hours.at(h).isEmpty()) {
            firstHour = std::min(firstHour, h);
            lastHour = std::max(lastHour, h);
        }
    const DayStatus status = calendar.calendar.status(day, calendar.site);
    for (int h = firstHour; h <= lastHour; ++h) {
        Bucket bucket;
        bucket.key = QString::number(h);
        bucket.first = bucket.last = day;
        bucket.hour = h;
        bucket.byPole.resize(series.poles.size());
        for (int i = 0; i < hours.at(h).size(); ++i) {
            bucket.byPole[i] = hours.at(h).at(i);
            bucket.total += bucket.byPole[i];
        }
        bucket.status = status;
        series.total += bucket.total;
        series.buckets << bucket;
    }
    series.openDays = (status.isOpen() || series.total > 0) ? 1 : 0;
    return series;
}

} // namespace passages::report_detail
