// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/report: what the attendance figures (attendance.cpp) and their breakdowns
// (attendance_breakdown.cpp) share: the filter every query reads.
#pragma once

#include "core/report/attendance.h"

#include "core/referential/referential.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLatin1String>
#include <QSqlQuery>

namespace passages::report_detail {

// Every figure reads the same filter; an empty code matches everything.
const QLatin1String kFilterSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                               " AND (IFNULL(:desk, '') = '' OR desk = :desk)"
                               " AND (IFNULL(:pole, '') = ''"
                               "      OR pole IN (SELECT value FROM json_each(:poles)))"
                               " AND (IFNULL(:channel, '') = '' OR channel = :channel)");

// The per-dimension aggregate has sites and desks only.
const QLatin1String kSiteDeskSql(" AND (IFNULL(:site, '') = '' OR site = :site)"
                                 " AND (IFNULL(:desk, '') = '' OR desk = :desk)");

// The pôle filter matches the codes merged into the chosen pôle too (the records keep
// their codes; every figure counts them under the merge's target).
inline void bindFilter(QSqlQuery &q, const AttendanceFilter &f, const Referential &referential)
{
    q.bindValue(QStringLiteral(":site"), f.site);
    q.bindValue(QStringLiteral(":desk"), f.desk);
    q.bindValue(QStringLiteral(":pole"), f.pole);
    q.bindValue(
        QStringLiteral(":poles"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(referential.codesReportedWith(
                                            Referential::Kind::Pole, f.pole)))
                              .toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":channel"), f.channel);
}

inline QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace passages::report_detail
