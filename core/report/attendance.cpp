// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/attendance.h"
#include "core/report/passage_report.h"

#include "core/report/breakdowns_p.h"

#include "core/report/summaries.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

namespace {

// Every figure reads the same filter; an empty code matches everything.
const QLatin1String kFilterSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                               " AND (IFNULL(:desk, '') = '' OR desk = :desk)"
                               " AND (IFNULL(:pole, '') = '' OR pole = :pole)"
                               " AND (IFNULL(:channel, '') = '' OR channel = :channel)");

// The per-dimension aggregate has sites and desks only.
const QLatin1String kSiteDeskSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                                 " AND (IFNULL(:desk, '') = '' OR desk = :desk)");

void bindFilter(QSqlQuery &q, const AttendanceFilter &f)
{
    q.bindValue(QStringLiteral(":site"), f.site);
    q.bindValue(QStringLiteral(":desk"), f.desk);
    q.bindValue(QStringLiteral(":pole"), f.pole);
    q.bindValue(QStringLiteral(":channel"), f.channel);
}

/// Department names (proper nouns, not translated), for the department breakdown.
struct DepartmentName
{
    const char *code;
    const char *name;
};
constexpr DepartmentName kDepartments[] = {
    {"01", "Ain"},
    {"02", "Aisne"},
    {"03", "Allier"},
    {"04", "Alpes-de-Haute-Provence"},
    {"05", "Hautes-Alpes"},
    {"06", "Alpes-Maritimes"},
    {"07", "Ardèche"},
    {"08", "Ardennes"},
    {"09", "Ariège"},
    {"10", "Aube"},
    {"11", "Aude"},
    {"12", "Aveyron"},
    {"13", "Bouches-du-Rhône"},
    {"14", "Calvados"},
    {"15", "Cantal"},
    {"16", "Charente"},
    {"17", "Charente-Maritime"},
    {"18", "Cher"},
    {"19", "Corrèze"},
    {"2A", "Corse-du-Sud"},
    {"2B", "Haute-Corse"},
    {"21", "Côte-d'Or"},
    {"22", "Côtes-d'Armor"},
    {"23", "Creuse"},
    {"24", "Dordogne"},
    {"25", "Doubs"},
    {"26", "Drôme"},
    {"27", "Eure"},
    {"28", "Eure-et-Loir"},
    {"29", "Finistère"},
    {"30", "Gard"},
    {"31", "Haute-Garonne"},
    {"32", "Gers"},
    {"33", "Gironde"},
    {"34", "Hérault"},
    {"35", "Ille-et-Vilaine"},
    {"36", "Indre"},
    {"37", "Indre-et-Loire"},
    {"38", "Isère"},
    {"39", "Jura"},
    {"40", "Landes"},
    {"41", "Loir-et-Cher"},
    {"42", "Loire"},
    {"43", "Haute-Loire"},
    {"44", "Loire-Atlantique"},
    {"45", "Loiret"},
    {"46", "Lot"},
    {"47", "Lot-et-Garonne"},
    {"48", "Lozère"},
    {"49", "Maine-et-Loire"},
    {"50", "Manche"},
    {"51", "Marne"},
    {"52", "Haute-Marne"},
    {"53", "Mayenne"},
    {"54", "Meurthe-et-Moselle"},
    {"55", "Meuse"},
    {"56", "Morbihan"},
    {"57", "Moselle"},
    {"58", "Nièvre"},
    {"59", "Nord"},
    {"60", "Oise"},
    {"61", "Orne"},
    {"62", "Pas-de-Calais"},
    {"63", "Puy-de-Dôme"},
    {"64", "Pyrénées-Atlantiques"},
    {"65", "Hautes-Pyrénées"},
    {"66", "Pyrénées-Orientales"},
    {"67", "Bas-Rhin"},
    {"68", "Haut-Rhin"},
    {"69", "Rhône"},
    {"70", "Haute-Saône"},
    {"71", "Saône-et-Loire"},
    {"72", "Sarthe"},
    {"73", "Savoie"},
    {"74", "Haute-Savoie"},
    {"75", "Paris"},
    {"76", "Seine-Maritime"},
    {"77", "Seine-et-Marne"},
    {"78", "Yvelines"},
    {"79", "Deux-Sèvres"},
    {"80", "Somme"},
    {"81", "Tarn"},
    {"82", "Tarn-et-Garonne"},
    {"83", "Var"},
    {"84", "Vaucluse"},
    {"85", "Vendée"},
    {"86", "Vienne"},
    {"87", "Haute-Vienne"},
    {"88", "Vosges"},
    {"89", "Yonne"},
    {"90", "Territoire de Belfort"},
    {"91", "Essonne"},
    {"92", "Hauts-de-Seine"},
    {"93", "Seine-Saint-Denis"},
    {"94", "Val-de-Marne"},
    {"95", "Val-d'Oise"},
    {"971", "Guadeloupe"},
    {"972", "Martinique"},
    {"973", "Guyane"},
    {"974", "La Réunion"},
    {"975", "Saint-Pierre-et-Miquelon"},
    {"976", "Mayotte"},
    {"977", "Saint-Barthélemy"},
    {"978", "Saint-Martin"},
    {"986", "Wallis-et-Futuna"},
    {"987", "Polynésie française"},
    {"988", "Nouvelle-Calédonie"},
};

QString departmentName(const QString &code)
{
    for (const DepartmentName &d : kDepartments)
        if (code == QLatin1String(d.code))
            return QString::fromUtf8(d.name);
    return {};
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

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

} // namespace

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

QList<SeriesKey> AttendanceReport::poleKeys(const AttendanceFilter &filter) const
{
    QList<SeriesKey> keys;
    for (const Category &pole : m_referential.list(Referential::Kind::Pole))
        if ((filter.pole.isEmpty() || pole.code == filter.pole) &&
            m_referential.reportCode(Referential::Kind::Pole, pole.code) == pole.code)
            keys << SeriesKey{pole.code, m_referential.label(Referential::Kind::Pole, pole.code),
                              m_referential.poleColor(pole.code)};
    if (keys.isEmpty() && !filter.pole.isEmpty())
        keys << SeriesKey{filter.pole, filter.pole, m_referential.poleColor(filter.pole)};
    return keys;
}

Result<PoleSeries> AttendanceReport::series(const AttendanceFilter &filter, Grain grain) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    // Whole weeks, months or years, so that every bucket's average is comparable.
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

    PoleSeries series;
    series.poles = poleKeys(filter);
    QHash<QString, int> poleIndex;
    for (int i = 0; i < series.poles.size(); ++i)
        poleIndex.insert(series.poles.at(i).code, i);

    // Per day and pôle, in the aggregate's key order (no sort): at most 7 rows a day.
    QSqlQuery q = m_db.prepare(
        dayTable() ? QStringLiteral("SELECT local_date, pole, SUM(n) FROM passage_day "
                                    "WHERE local_date >= :from AND local_date <= :to%1 "
                                    "GROUP BY local_date, pole")
                         .arg(kFilterSql)
                   : QStringLiteral("SELECT local_date, pole, SUM(count) FROM passage "
                                    "WHERE local_date >= :from AND local_date <= :to "
                                    "AND deleted = 0%1 GROUP BY local_date, pole")
                         .arg(kFilterSql));
    q.bindValue(QStringLiteral(":from"), iso(from));
    q.bindValue(QStringLiteral(":to"), iso(to));
    bindFilter(q, filter);
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Computing the attendance"));
    QHash<QDate, QList<qint64>> days;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QString pole =
            m_referential.reportCode(Referential::Kind::Pole, q.value(1).toString());
        auto index = poleIndex.constFind(pole);
        if (index == poleIndex.constEnd()) {
            // A code the referential no longer knows still counts, under its code.
            series.poles << SeriesKey{pole, pole, m_referential.poleColor(pole)};
            index = poleIndex.insert(pole, int(series.poles.size()) - 1);
        }
        QList<qint64> &counts = days[day];
        if (counts.size() < series.poles.size())
            counts.resize(series.poles.size());
        counts[*index] += q.value(2).toLongLong();
    }

    const int poleCount = int(series.poles.size());
    auto bucketKey = [&](const QDate &day) {
        switch (grain) {
        case Grain::Day:
            return iso(day);
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
        if (series.buckets.isEmpty() || series.buckets.last().key != key) {
            Bucket bucket;
            bucket.key = key;
            bucket.first = day;
            // The future until its first day has come (December, seen in November).
            bucket.future = m_today.isValid() && day > m_today;
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
        const bool future = m_today.isValid() && day > m_today;
        const DayStatus status = m_calendar.status(day, filter.site);
        if (!future && (status.isOpen() || dayTotal > 0))
            ++bucket.openDays;
        if (grain == Grain::Day)
            bucket.status = status;
    }
    for (Bucket &bucket : series.buckets) {
        bucket.partial = m_today.isValid() && bucket.first <= m_today && m_today < bucket.last;
        series.total += bucket.total;
        series.openDays += bucket.openDays;
    }
    return series;
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
    PoleSeries series;
    series.poles = poleKeys(filter);
    QHash<QString, int> poleIndex;
    for (int i = 0; i < series.poles.size(); ++i)
        poleIndex.insert(series.poles.at(i).code, i);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT CAST(substr(local_time, 1, 2) AS INTEGER) AS hour, pole, "
                       "SUM(count) FROM passage WHERE local_date = :day AND deleted = 0%1 "
                       "GROUP BY hour, pole")
            .arg(kFilterSql));
    q.bindValue(QStringLiteral(":day"), iso(day));
    bindFilter(q, filter);
    if (!q.exec())
        return sqlError(q, tr("Computing the attendance by hour"));
    QList<QList<qint64>> hours(24);
    while (q.next()) {
        const int hour = std::clamp(q.value(0).toInt(), 0, 23);
        const QString pole =
            m_referential.reportCode(Referential::Kind::Pole, q.value(1).toString());
        auto index = poleIndex.constFind(pole);
        if (index == poleIndex.constEnd()) {
            series.poles << SeriesKey{pole, pole, m_referential.poleColor(pole)};
            index = poleIndex.insert(pole, int(series.poles.size()) - 1);
        }
        QList<qint64> &counts = hours[hour];
        counts.resize(series.poles.size());
        counts[*index] += q.value(2).toLongLong();
    }
    // The usual opening hours always, and any hour someone came outside them.
    int firstHour = 9, lastHour = 17;
    for (int h = 0; h < 24; ++h)
        if (!hours.at(h).isEmpty()) {
            firstHour = std::min(firstHour, h);
            lastHour = std::max(lastHour, h);
        }
    const DayStatus status = m_calendar.status(day, filter.site);
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
            .arg(kFilterSql));
    q.bindValue(QStringLiteral(":from"), iso(filter.from));
    q.bindValue(QStringLiteral(":to"), iso(filter.to));
    bindFilter(q, filter);
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

QString AttendanceReport::label(BreakdownBy by, const QString &code) const
{
    switch (by) {
    case BreakdownBy::Pole:
        return m_referential.label(Referential::Kind::Pole, code);
    case BreakdownBy::Theme:
        return code.isEmpty() ? tr("No theme")
                              : m_referential.label(Referential::Kind::Theme, code);
    case BreakdownBy::AgeBand:
        return m_referential.label(Referential::Kind::AgeBand, code);
    case BreakdownBy::Public:
        return m_referential.label(Referential::Kind::Public, code);
    case BreakdownBy::Channel:
        return m_referential.label(Referential::Kind::Channel, code);
    case BreakdownBy::ServiceLevel:
    case BreakdownBy::Orientation:
        return PassageReports::label(by, code, m_referential, m_communes);
    case BreakdownBy::Commune:
        return m_communes.label(code);
    case BreakdownBy::Department:
        if (code == QLatin1String("etranger"))
            return tr("Outside France");
        if (code == QLatin1String("nr"))
            return tr("Not stated");
        if (const QString name = departmentName(code); !name.isEmpty())
            return QStringLiteral("%1 (%2)").arg(name, code);
        return tr("Department %1").arg(code);
    case BreakdownBy::Site:
        return m_referential.label(Referential::Kind::Site, code);
    case BreakdownBy::Desk:
        return code;
    }
    return code;
}

Result<QList<BreakdownRow>> AttendanceReport::grouped(BreakdownBy by, const QDate &from,
                                                      const QDate &to,
                                                      const AttendanceFilter &filter) const
{
    // Pôle, channel, site and desk are in the daily aggregate; the rest needs the rows (the
    // optional desk fields too: migration 011 says why).
    const char *column = report_detail::find(report_detail::kBreakdowns, by)->column;
    const bool fromDays = dayTable() && (by == BreakdownBy::Pole || by == BreakdownBy::Channel ||
                                         by == BreakdownBy::Site || by == BreakdownBy::Desk);
    // By pôle, the aggregate is read in its key order (day, pôle) with no sort, and the
    // few hundred day rows per pôle are summed after: twice as fast as a GROUP BY pole.
    const QString daySql =
        by == BreakdownBy::Pole
            ? QStringLiteral("SELECT pole, SUM(n) FROM (SELECT local_date, pole, SUM(n) AS n "
                             "FROM passage_day WHERE local_date >= :from AND local_date <= :to%1 "
                             "GROUP BY local_date, pole) GROUP BY pole")
                  .arg(kFilterSql)
            : QStringLiteral("SELECT %1 AS code, SUM(n) FROM passage_day WHERE local_date "
                             ">= :from AND local_date <= :to%2 GROUP BY code")
                  .arg(QLatin1String(column), kFilterSql);
    // Age bands, publics, departments, themes and communes over long periods: the
    // per-dimension summaries (they have no pôle or channel, so those filters read the
    // rows). The whole Cité or a site reads passage_dim_total, a few dozen rows a day and
    // site; a desk reads passage_dim_day. Themes and communes are there from schema 10.
    const char *dim = by == BreakdownBy::AgeBand      ? "age_band"
                      : by == BreakdownBy::Public     ? "public"
                      : by == BreakdownBy::Department ? "department"
                      : by == BreakdownBy::Theme      ? "theme"
                      : by == BreakdownBy::Commune    ? "commune"
                                                      : nullptr;
    const bool schema10 = by != BreakdownBy::Theme && by != BreakdownBy::Commune;
    const bool fromDims = dim && dimTable() && (schema10 || m_totalTable) &&
                          filter.pole.isEmpty() && filter.channel.isEmpty();
    const bool fromTotals = fromDims && m_totalTable && filter.desk.isEmpty();
    // "+dim" keeps SQLite from dropping the constant dim from the GROUP BY, which would
    // cost a sort.
    const QString dimSql =
        fromTotals
            ? QStringLiteral("SELECT code, SUM(n) FROM passage_dim_total WHERE +dim = :dim AND "
                             "local_date >= :from AND local_date <= :to "
                             "AND (IFNULL(:site, '') = '' OR site = :site) GROUP BY code")
            : QStringLiteral("SELECT code, SUM(n) FROM (SELECT local_date, code, SUM(n) AS n "
                             "FROM passage_dim_day WHERE +dim = :dim AND local_date >= :from AND "
                             "local_date <= :to%1 GROUP BY local_date, dim, code) GROUP BY code")
                  .arg(kSiteDeskSql);
    QSqlQuery q = m_db.prepare(
        fromDims ? dimSql
        : fromDays
            ? daySql
            : QStringLiteral("SELECT %1 AS code, SUM(count) FROM passage WHERE local_date "
                             ">= :from AND local_date <= :to AND deleted = 0%2 GROUP BY code")
                  .arg(QLatin1String(column), kFilterSql));
    q.bindValue(QStringLiteral(":from"), iso(from));
    q.bindValue(QStringLiteral(":to"), iso(to));
    if (fromDims) {
        q.bindValue(QStringLiteral(":dim"), QLatin1String(dim));
        q.bindValue(QStringLiteral(":site"), filter.site);
        if (!fromTotals)
            q.bindValue(QStringLiteral(":desk"), filter.desk);
    } else {
        bindFilter(q, filter);
    }
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Computing the breakdown by %1").arg(breakdownName(by)));
    QList<BreakdownRow> rows;
    QHash<QString, int> departments;
    while (q.next()) {
        QString code = q.value(0).toString();
        const qint64 count = q.value(1).toLongLong();
        if (by == BreakdownBy::Department && !fromDims) {
            const Commune *commune = m_communes.find(code);
            if (commune && !commune->department.isEmpty())
                code = commune->department;
            else if (code != QLatin1String("etranger"))
                code = QStringLiteral("nr");
            auto it = departments.constFind(code);
            if (it != departments.constEnd()) {
                rows[*it].count += count;
                continue;
            }
            departments.insert(code, int(rows.size()));
        }
        rows << BreakdownRow{code, {}, count, 0};
    }
    // Codes merged in the referential count under their target, over any period.
    if (const std::optional<Referential::Kind> kind = referentialKind(by);
        kind && !m_referential.merges().isEmpty()) {
        QList<BreakdownRow> merged;
        QHash<QString, int> at;
        for (BreakdownRow row : std::as_const(rows)) {
            row.code = m_referential.reportCode(*kind, row.code);
            if (auto it = at.constFind(row.code); it != at.constEnd()) {
                merged[*it].count += row.count;
                continue;
            }
            at.insert(row.code, int(merged.size()));
            merged << row;
        }
        rows = merged;
    }
    return rows;
}

Result<Breakdown> AttendanceReport::breakdown(BreakdownBy by, const AttendanceFilter &filter,
                                              int limit) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    const AttendanceFilter previous = filter.previousYear();
    Result<QList<BreakdownRow>> now = grouped(by, filter.from, filter.to, filter);
    if (!now)
        return now.error();
    Result<QList<BreakdownRow>> before = grouped(by, previous.from, previous.to, filter);
    if (!before)
        return before.error();

    Breakdown result;
    result.by = by;
    result.from = filter.from;
    result.to = filter.to;
    result.previousFrom = previous.from;
    result.previousTo = previous.to;
    QHash<QString, int> index;
    for (const BreakdownRow &row : *now) {
        index.insert(row.code, int(result.rows.size()));
        result.rows << row;
        result.total += row.count;
    }
    for (const BreakdownRow &row : *before) {
        result.previousTotal += row.count;
        if (auto it = index.constFind(row.code); it != index.constEnd())
            result.rows[*it].previous = row.count;
        else {
            index.insert(row.code, int(result.rows.size()));
            result.rows << BreakdownRow{row.code, {}, 0, row.count};
        }
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const BreakdownRow &a, const BreakdownRow &b) {
                  if (a.count != b.count)
                      return a.count > b.count;
                  if (a.previous != b.previous)
                      return a.previous > b.previous;
                  return a.code < b.code;
              });
    if (limit > 0 && result.rows.size() > limit) {
        for (qsizetype i = limit; i < result.rows.size(); ++i) {
            result.otherCount += result.rows.at(i).count;
            result.otherPrevious += result.rows.at(i).previous;
        }
        result.otherRows = int(result.rows.size() - limit);
        result.rows.resize(limit);
    }
    for (BreakdownRow &row : result.rows)
        row.label = label(by, row.code);
    return result;
}

Result<qint64> AttendanceReport::total(const AttendanceFilter &filter) const
{
    Result<QList<BreakdownRow>> rows = grouped(BreakdownBy::Site, filter.from, filter.to, filter);
    if (!rows)
        return rows.error();
    qint64 sum = 0;
    for (const BreakdownRow &row : *rows)
        sum += row.count;
    return sum;
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
