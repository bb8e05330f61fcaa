// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/report: what the attendance figures (attendance.cpp) and their breakdowns
// (attendance_breakdown.cpp) share: the filter every query reads.
#pragma once

#include "core/report/attendance.h"

#include <QDate>
#include <QLatin1String>
#include <QSqlQuery>

namespace passages::report_detail {

// Every figure reads the same filter; an empty code matches everything.
const QLatin1String kFilterSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                               " AND (IFNULL(:desk, '') = '' OR desk = :desk)"
                               " AND (IFNULL(:pole, '') = '' OR pole = :pole)"
                               " AND (IFNULL(:channel, '') = '' OR channel = :channel)");

// The per-dimension aggregate has sites and desks only.
const QLatin1String kSiteDeskSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                                 " AND (IFNULL(:desk, '') = '' OR desk = :desk)");

inline void bindFilter(QSqlQuery &q, const AttendanceFilter &f)
{
    q.bindValue(QStringLiteral(":site"), f.site);
    q.bindValue(QStringLiteral(":desk"), f.desk);
    q.bindValue(QStringLiteral(":pole"), f.pole);
    q.bindValue(QStringLiteral(":channel"), f.channel);
}

inline QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace passages::report_detail
