// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_figures.h"

#include "core/network/network_database.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/breakdown_rows_p.h"
#include "core/report/departments.h"
#include "core/report/passage_report.h"
#include "core/report/pole_series_p.h"
#include "core/storage/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The department of a commune code, as the SQLite summaries derive it
/// (core/report/summaries.cpp, storage migration 010).
const QLatin1String kDepartmentSql(
    "CASE WHEN %1 IN ('etranger', 'nr') THEN %1 WHEN substr(%1, 1, 2) IN ('97', '98') "
    "THEN substr(%1, 1, 3) ELSE substr(%1, 1, 2) END");

/// A WHERE clause built from the filters that are set, with its values: a statement
/// names only what it filters on, so PostgreSQL plans it for those (no `:x = '' OR`).
struct Where
{
    QStringList terms;
    QList<std::pair<QString, QVariant>> values;

    void add(const QString &term, const QString &name, const QVariant &value)
    {
        terms << term;
        values.append({name, value});
    }
    void addIf(const QString &value, const QString &column)
    {
        if (!value.isEmpty())
            add(QStringLiteral("%1 = :%1").arg(column), QLatin1Char(':') + column, value);
    }
    /// `column` is one of `codes` (none: no term).
    void addAnyOf(const QStringList &codes, const QString &column)
    {
        if (codes.isEmpty())
            return;
        QStringList names;
        for (int i = 0; i < codes.size(); ++i) {
            names << QStringLiteral(":%1_%2").arg(column).arg(i);
            values.append({names.last(), codes.at(i)});
        }
        terms << QStringLiteral("%1 IN (%2)").arg(column, names.join(QLatin1String(", ")));
    }
    QString sql() const { return terms.join(QLatin1String(" AND ")); }
    void bind(QSqlQuery &q) const
    {
        for (const auto &[name, value] : values)
            q.bindValue(name, value);
    }
};

/// The rows' WHERE: not deleted, the dates, the Cité and every filter set.
/// `poles`: the filter's pôle and the codes merged into it (empty: every pôle).
Where rowsWhere(const QString &cite, const QDate &from, const QDate &to,
                const AttendanceFilter &filter, const QStringList &poles)
{
    Where w;
    w.terms << QStringLiteral("deleted = 0");
    if (from == to) {
        w.add(QStringLiteral("local_date = :from"), QStringLiteral(":from"), iso(from));
    } else {
        w.add(QStringLiteral("local_date >= :from"), QStringLiteral(":from"), iso(from));
        w.add(QStringLiteral("local_date <= :to"), QStringLiteral(":to"), iso(to));
    }
    w.addIf(cite, QStringLiteral("cite"));
    w.addIf(filter.site, QStringLiteral("site"));
    w.addIf(filter.desk, QStringLiteral("desk"));
    w.addAnyOf(poles, QStringLiteral("pole"));
    w.addIf(filter.channel, QStringLiteral("channel"));
    return w;
}

/// The summary's WHERE for one dimension: the dates, the Cité and the site.
/// The summary a total over [from, to] reads (network schema 5): by month when the period
/// is whole months (a year's bilan reads twelve rows per code and Cité), by day otherwise
/// (and always for a daily series).
struct Totals
{
    QString table;
    QString column;
    QString from, to;
};

Totals dailyTotals(const QDate &from, const QDate &to)
{
    return {QStringLiteral("passage_dim_total"), QStringLiteral("local_date"), iso(from), iso(to)};
}

Totals totalsOf(const QDate &from, const QDate &to)
{
    if (from.day() == 1 && to.addDays(1).day() == 1)
        return {QStringLiteral("passage_dim_month"), QStringLiteral("month"),
                from.toString(QStringLiteral("yyyy-MM")), to.toString(QStringLiteral("yyyy-MM"))};
    return dailyTotals(from, to);
}

Where totalsWhere(const QString &cite, const char *dim, const Totals &totals, const QString &site)
{
    Where w;
    w.add(QStringLiteral("dim = :dim"), QStringLiteral(":dim"), QLatin1String(dim));
    w.add(totals.column + QStringLiteral(" >= :from"), QStringLiteral(":from"), totals.from);
    w.add(totals.column + QStringLiteral(" <= :to"), QStringLiteral(":to"), totals.to);
    w.addIf(cite, QStringLiteral("cite"));
    w.addIf(site, QStringLiteral("site"));
    return w;
}

Status run(QSqlQuery &q, const Where &where, const QString &doing)
{
    where.bind(q);
    q.setForwardOnly(true);
    return exec(q, doing);
}

} // namespace

NetworkAttendance::NetworkAttendance(const NetworkDatabase &db, QString cite,
                                     const Referential &referential, const CommuneIndex &communes,
                                     OpeningCalendar calendar)
    : m_db(db), m_cite(std::move(cite)), m_referential(referential), m_communes(communes),
      m_calendar(std::move(calendar))
{}

AttendanceFactory NetworkAttendance::factory(const NetworkDatabase &db, const QString &cite,
                                             const Referential &referential,
                                             const CommuneIndex &communes,
                                             const OpeningCalendar &calendar)
{
    return [&db, cite, &referential, &communes, calendar] {
        return std::make_unique<NetworkAttendance>(db, cite, referential, communes, calendar);
    };
}

QStringList NetworkAttendance::poleCodes(const AttendanceFilter &filter) const
{
    if (filter.pole.isEmpty())
        return {};
    return m_referential.codesReportedWith(Referential::Kind::Pole, filter.pole);
}

Result<PoleSeries> NetworkAttendance::series(const AttendanceFilter &filter, Grain grain) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    const auto [from, to] = report_detail::seriesPeriod(filter, grain);
    report_detail::PoleTally tally(m_referential, filter);

    // By day and pôle: the summary (by pôle and site) unless a desk or a channel is asked.
    const bool fromTotals = filter.desk.isEmpty() && filter.channel.isEmpty();
    Where where;
    QString sql;
    if (fromTotals) {
        where = totalsWhere(m_cite, "pole", dailyTotals(from, to), filter.site);
        where.addAnyOf(poleCodes(filter), QStringLiteral("code"));
        sql = QStringLiteral("SELECT local_date, code, SUM(n) FROM passage_dim_total WHERE %1 "
                             "GROUP BY 1, 2 HAVING SUM(n) <> 0");
    } else {
        where = rowsWhere(m_cite, from, to, filter, poleCodes(filter));
        sql = QStringLiteral("SELECT local_date, pole, SUM(count) FROM passage WHERE %1 "
                             "GROUP BY 1, 2");
    }
    QSqlQuery q = m_db.prepare(sql.arg(where.sql()));
    if (Status s = run(q, where, tr("Computing the network's attendance")); !s)
        return s.error();
    QHash<QDate, QList<qint64>> days;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        report_detail::addCount(days[day], tally, tally.index(q.value(1).toString()),
                                q.value(2).toLongLong());
    }
    return report_detail::bucketSeries(tally.poles(), days, grain, from, to,
                                       {m_calendar, m_today, filter.site});
}

Result<PoleSeries> NetworkAttendance::daily(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Day);
}

Result<PoleSeries> NetworkAttendance::weekly(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Week);
}

Result<PoleSeries> NetworkAttendance::monthly(const AttendanceFilter &filter) const
{
    return series(filter, Grain::Month);
}

Result<PoleSeries> NetworkAttendance::byHour(const QDate &day, const AttendanceFilter &filter) const
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("Invalid day."));
    report_detail::PoleTally tally(m_referential, filter);
    const Where where = rowsWhere(m_cite, day, day, filter, poleCodes(filter));
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT CAST(substr(local_time, 1, 2) AS integer), pole, SUM(count) "
                       "FROM passage WHERE %1 GROUP BY 1, 2")
            .arg(where.sql()));
    if (Status s = run(q, where, tr("Computing the network's attendance by hour")); !s)
        return s.error();
    QList<QList<qint64>> hours(24);
    while (q.next()) {
        const int hour = std::clamp(q.value(0).toInt(), 0, 23);
        report_detail::addCount(hours[hour], tally, tally.index(q.value(1).toString()),
                                q.value(2).toLongLong());
    }
    return report_detail::hourSeries(tally.poles(), hours, day, {m_calendar, m_today, filter.site});
}

Result<HeatMap> NetworkAttendance::heatMap(const AttendanceFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The period needs a first day on or before its last day."));
    HeatMap map;
    map.from = filter.from;
    map.to = filter.to;
    const Where where = rowsWhere(m_cite, filter.from, filter.to, filter, poleCodes(filter));
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT local_date, CAST(substr(local_time, 1, 2) AS integer), "
                                    "SUM(count) FROM passage WHERE %1 GROUP BY 1, 2")
                         .arg(where.sql()));
    if (Status s = run(q, where, tr("Computing the network's hours of attendance")); !s)
        return s.error();
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

QString NetworkAttendance::label(BreakdownBy by, const QString &code) const
{
    if (by == BreakdownBy::Department) {
        if (code == QLatin1String("etranger"))
            return tr("Outside France");
        if (code == QLatin1String("nr"))
            return tr("Not stated");
        if (const QString name = departmentName(code); !name.isEmpty())
            return QStringLiteral("%1 (%2)").arg(name, code);
        return tr("Department %1").arg(code);
    }
    return PassageReports::label(by, code, m_referential, m_communes);
}

Result<QList<BreakdownRow>> NetworkAttendance::grouped(BreakdownBy by, const QDate &from,
                                                       const QDate &to,
                                                       const AttendanceFilter &filter) const
{
    // The rows' column, and the summary's dimension when it has one.
    const char *column = "pole";
    const char *dim = nullptr;
    switch (by) {
    case BreakdownBy::Pole:
        column = dim = "pole";
        break;
    case BreakdownBy::Channel:
        column = dim = "channel";
        break;
    case BreakdownBy::Site:
        column = dim = "site";
        break;
    case BreakdownBy::Desk:
        column = "desk";
        break;
    case BreakdownBy::Theme:
        column = "COALESCE(theme, '')";
        dim = "theme";
        break;
    case BreakdownBy::AgeBand:
        column = "age_band";
        dim = "age-band";
        break;
    case BreakdownBy::Public:
        column = dim = "public";
        break;
    case BreakdownBy::Commune:
    case BreakdownBy::Department:
        column = dim = "commune";
        break;
    case BreakdownBy::ServiceLevel:
        column = "COALESCE(service_level, '')";
        dim = "service-level";
        break;
    case BreakdownBy::Orientation:
        column = "COALESCE(orientation, '')";
        dim = "orientation";
        break;
    }
    // The summary has no desk, and no pôle or channel beside another dimension.
    const bool fromTotals = dim && filter.desk.isEmpty() &&
                            (filter.pole.isEmpty() || by == BreakdownBy::Pole) &&
                            (filter.channel.isEmpty() || by == BreakdownBy::Channel);
    // The department by the summaries' SQL wherever AttendanceReport reads summaries (no
    // pôle or channel filter), by the commune index otherwise.
    const bool departmentBySql =
        by == BreakdownBy::Department && filter.pole.isEmpty() && filter.channel.isEmpty();
    Where where;
    QString code;
    QString sql;
    const Totals totals = totalsOf(from, to);
    if (fromTotals) {
        where = totalsWhere(m_cite, dim, totals, filter.site);
        if (by == BreakdownBy::Pole)
            where.addAnyOf(poleCodes(filter), QStringLiteral("code"));
        if (by == BreakdownBy::Channel && !filter.channel.isEmpty())
            where.add(QStringLiteral("code = :channel"), QStringLiteral(":channel"),
                      filter.channel);
        code = departmentBySql ? QString(kDepartmentSql).arg(QLatin1String("code"))
                               : QStringLiteral("code");
        sql = QStringLiteral("SELECT %1, SUM(n) FROM %3 WHERE %2 GROUP BY 1 HAVING SUM(n) <> 0");
    } else {
        where = rowsWhere(m_cite, from, to, filter, poleCodes(filter));
        code = departmentBySql ? QString(kDepartmentSql).arg(QLatin1String("commune"))
                               : QLatin1String(column);
        sql = QStringLiteral("SELECT %1, SUM(count) FROM passage WHERE %2 GROUP BY 1");
    }
    QSqlQuery q = m_db.prepare(fromTotals ? sql.arg(code, where.sql(), totals.table)
                                          : sql.arg(code, where.sql()));
    if (Status s = run(q, where, tr("Computing the breakdown by %1").arg(breakdownName(by))); !s)
        return s.error();
    report_detail::BreakdownRows rows(m_communes,
                                      by == BreakdownBy::Department && !departmentBySql);
    while (q.next())
        rows.add(q.value(0).toString(), q.value(1).toLongLong());
    return rows.take(by, m_referential);
}

Result<Breakdown> NetworkAttendance::breakdown(BreakdownBy by, const AttendanceFilter &filter,
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

    Breakdown result = report_detail::combineBreakdown(by, filter, previous, *now, *before, limit);
    for (BreakdownRow &row : result.rows)
        row.label = label(by, row.code);
    return result;
}

Result<NetworkAttendance::CitePoles>
NetworkAttendance::byCiteAndPole(const QDate &from, const QDate &to,
                                 const AttendanceFilter &filter) const
{
    Where where;
    QString sql;
    if (filter.desk.isEmpty() && filter.channel.isEmpty()) {
        const Totals totals = totalsOf(from, to);
        where = totalsWhere(m_cite, "pole", totals, filter.site);
        sql = QStringLiteral("SELECT cite, code, SUM(n) FROM %2 WHERE %1 GROUP BY 1, 2 HAVING "
                             "SUM(n) <> 0")
                  .arg(QStringLiteral("%1"), totals.table);
    } else {
        where = rowsWhere(m_cite, from, to, filter, {});
        sql = QStringLiteral("SELECT cite, pole, SUM(count) FROM passage WHERE %1 GROUP BY 1, 2");
    }
    QSqlQuery q = m_db.prepare(sql.arg(where.sql()));
    if (Status s = run(q, where, tr("Computing the walk-ins by Cité")); !s)
        return s.error();
    CitePoles result;
    while (q.next())
        result[q.value(0).toString()][q.value(1).toString()] += q.value(2).toLongLong();
    return result;
}

// --- closures and programme, from the records consolidation carried -------------------

Result<QList<Closure>> networkClosures(const NetworkDatabase &db, const QString &cite)
{
    const QString doing = NetworkAttendance::tr("Reading the network's closures");
    QSqlQuery q = db.prepare(
        QStringLiteral(
            "SELECT cite, row->>'id', COALESCE(row->>'closed_site', ''), row->>'first_date', "
            "row->>'last_date', COALESCE(row->>'reason', '') FROM record WHERE entity = 'closure' "
            "AND deleted = 0%1 ORDER BY row->>'first_date', cite")
            .arg(cite.isEmpty() ? QString() : QStringLiteral(" AND cite = :cite")));
    if (!cite.isEmpty())
        q.bindValue(QStringLiteral(":cite"), cite);
    if (Status s = exec(q, doing); !s)
        return s.error();
    QList<Closure> closures;
    std::map<QString, QList<Closure>> byCite;
    while (q.next()) {
        Closure c{q.value(1).toString(), q.value(2).toString(),
                  QDate::fromString(q.value(3).toString(), Qt::ISODate),
                  QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString()};
        if (!c.first.isValid() || !c.last.isValid() || c.last < c.first)
            continue;
        if (!cite.isEmpty())
            closures << c;
        else if (c.closedSite.isEmpty()) // the network's days: whole Cités only
            byCite[q.value(0).toString()] << c;
    }
    if (!cite.isEmpty())
        return closures;

    // The whole network: the days on which every Cité is closed.
    QSqlQuery all = db.prepare(QStringLiteral("SELECT count(*) FROM cite"));
    if (Status s = exec(all, doing); !s)
        return s.error();
    const qsizetype cites = all.next() ? all.value(0).toLongLong() : 0;
    if (cites == 0 || qsizetype(byCite.size()) < cites)
        return closures;
    std::map<QDate, std::pair<int, QString>> days; // day -> Cités closed, a reason
    for (const auto &[code, list] : byCite) {
        QSet<QDate> seen;
        for (const Closure &c : list)
            for (QDate d = c.first; d <= c.last; d = d.addDays(1))
                if (!seen.contains(d)) {
                    seen.insert(d);
                    auto &day = days[d];
                    ++day.first;
                    if (day.second.isEmpty())
                        day.second = c.reason;
                    else if (day.second != c.reason)
                        day.second = NetworkAttendance::tr("Every Cité closed");
                }
    }
    for (const auto &[day, closed] : days) {
        if (closed.first < cites)
            continue;
        if (!closures.isEmpty() && closures.last().last.addDays(1) == day &&
            closures.last().reason == closed.second)
            closures.last().last = day;
        else
            closures << Closure{{}, {}, day, day, closed.second};
    }
    return closures;
}

Result<std::unique_ptr<Database>> networkProgramme(const NetworkDatabase &db, const QString &cite,
                                                   int firstYear, int lastYear, const QString &path)
{
    Result<std::unique_ptr<Database>> local =
        Database::open(path, Database::Check::Skip, Database::Durability::Cache);
    if (!local)
        return local.error();
    Database &programme = **local;
    const QString doing = NetworkAttendance::tr("Reading the network's programme");
    // Dated records of those years only; events and their sessions whole (few).
    const struct
    {
        const char *entity;
        const char *date;
    } tables[] = {{"event", nullptr},
                  {"event_session", nullptr},
                  {"attendance", "local_date"},
                  {"interview", "local_date"}};
    Transaction tx(programme);
    if (Status s = tx.begun(); !s)
        return s.error();
    for (const auto &table : tables) {
        QSqlQuery columns =
            programme.prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
        columns.bindValue(QStringLiteral(":table"), QLatin1String(table.entity));
        const Result<QStringList> known = selectTexts(columns, doing);
        if (!known)
            return known.error();
        // A null QString binds as NULL: the Cité's condition only when one is asked.
        QString sql = QStringLiteral("SELECT row::text FROM record WHERE entity = :entity AND "
                                     "deleted = 0");
        if (!cite.isEmpty())
            sql += QStringLiteral(" AND cite = :cite");
        if (table.date)
            sql += QStringLiteral(" AND row->>'%1' >= :from AND row->>'%1' < :to")
                       .arg(QLatin1String(table.date));
        QSqlQuery q = db.prepare(sql);
        q.setForwardOnly(true);
        q.bindValue(QStringLiteral(":entity"), QLatin1String(table.entity));
        if (!cite.isEmpty())
            q.bindValue(QStringLiteral(":cite"), cite);
        if (table.date) {
            q.bindValue(QStringLiteral(":from"), QDate(firstYear, 1, 1).toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":to"), QDate(lastYear + 1, 1, 1).toString(Qt::ISODate));
        }
        if (Status s = exec(q, doing); !s)
            return s.error();
        // Rows grouped by the columns they carry (a record holds those its desk sent).
        std::map<QStringList, QVariantList> byColumns;
        while (q.next()) {
            const QJsonObject row =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            QStringList used;
            QVariantList values;
            for (const QString &column : *known)
                if (row.contains(column)) {
                    used << column;
                    values << row.value(column).toVariant();
                }
            byColumns[used] << values;
        }
        for (const auto &[used, values] : byColumns)
            if (Status s = insertMany(programme, QLatin1String(table.entity), used, values, doing);
                !s)
                return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return local;
}

} // namespace passages
