// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance breakdowns (by pôle, theme, department...) beside the same period a year
// before; the series and the heat map are in attendance.cpp.
#include "core/report/attendance.h"
#include "core/report/breakdown_rows_p.h"
#include "core/report/passage_report.h"

#include "core/report/attendance_p.h"
#include "core/report/breakdowns_p.h"
#include "core/report/departments.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

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
                  .arg(report_detail::kFilterSql)
            : QStringLiteral("SELECT %1 AS code, SUM(n) FROM passage_day WHERE local_date "
                             ">= :from AND local_date <= :to%2 GROUP BY code")
                  .arg(QLatin1String(column), report_detail::kFilterSql);
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
                  .arg(report_detail::kSiteDeskSql);
    QSqlQuery q = m_db.prepare(
        fromDims ? dimSql
        : fromDays
            ? daySql
            : QStringLiteral("SELECT %1 AS code, SUM(count) FROM passage WHERE local_date "
                             ">= :from AND local_date <= :to AND deleted = 0%2 GROUP BY code")
                  .arg(QLatin1String(column), report_detail::kFilterSql));
    q.bindValue(QStringLiteral(":from"), report_detail::iso(from));
    q.bindValue(QStringLiteral(":to"), report_detail::iso(to));
    if (fromDims) {
        q.bindValue(QStringLiteral(":dim"), QLatin1String(dim));
        q.bindValue(QStringLiteral(":site"), filter.site);
        if (!fromTotals)
            q.bindValue(QStringLiteral(":desk"), filter.desk);
    } else {
        report_detail::bindFilter(q, filter, m_referential);
    }
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Computing the breakdown by %1").arg(breakdownName(by)));
    report_detail::BreakdownRows rows(m_communes, by == BreakdownBy::Department && !fromDims);
    while (q.next())
        rows.add(q.value(0).toString(), q.value(1).toLongLong());
    return rows.take(by, m_referential);
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

    Breakdown result = report_detail::combineBreakdown(by, filter, previous, *now, *before, limit);
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

} // namespace passages
