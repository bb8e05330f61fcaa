// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: what every source of the breakdowns shares once its rows are read
// (the desk's SQLite in attendance_breakdown.cpp, PostgreSQL in core/network/
// network_figures.cpp): communes folded into departments, merged codes under their
// target, the period beside last year's, sorted and cut. One shape for both databases.
#pragma once

#include "core/report/attendance.h"

#include <QHash>

namespace passages {
class CommuneIndex;
class Referential;
} // namespace passages

namespace passages::report_detail {

/// Collects the (code, count) rows of one period's breakdown.
class BreakdownRows
{
public:
    /// `foldCommunes`: the codes are communes, counted under their department ("nr" when
    /// unknown, "etranger" kept).
    BreakdownRows(const CommuneIndex &communes, bool foldCommunes);
    void add(QString code, qint64 count);
    /// The rows, codes merged in the referential under their target (over any period).
    QList<BreakdownRow> take(BreakdownBy by, const Referential &referential);

private:
    const CommuneIndex &m_communes;
    bool m_foldCommunes = false;
    QList<BreakdownRow> m_rows;
    QHash<QString, int> m_at;
};

/// The period's rows beside last year's (`previous`: that period), sorted by count, then
/// last year's, then code; beyond `limit` (> 0) summed into Breakdown::other*. Labels are
/// the caller's.
Breakdown combineBreakdown(BreakdownBy by, const AttendanceFilter &filter,
                           const AttendanceFilter &previous, const QList<BreakdownRow> &now,
                           const QList<BreakdownRow> &before, int limit);

} // namespace passages::report_detail
