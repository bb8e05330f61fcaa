// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/attendance.h"

#include <functional>
#include <memory>

namespace passages {

/// What the dashboard and the bilan read of the walk-ins: the figures of AttendanceReport
/// (attendance.h), whatever database answers them. computeDashboard() and the bilan are
/// written once over this interface: a desk database or the share's consolidated cache
/// answers through AttendanceReport (SQLite), the network database through
/// NetworkAttendance (core/network/network_figures.h, PostgreSQL), so the two cannot
/// compute a figure differently.
class AttendanceSource
{
public:
    virtual ~AttendanceSource() = default;
    /// Days after `today` are the future (AttendanceReport::setToday).
    virtual void setToday(const QDate &today) = 0;
    virtual Result<PoleSeries> byHour(const QDate &day, const AttendanceFilter &filter) const = 0;
    virtual Result<PoleSeries> daily(const AttendanceFilter &filter) const = 0;
    virtual Result<PoleSeries> weekly(const AttendanceFilter &filter) const = 0;
    virtual Result<PoleSeries> monthly(const AttendanceFilter &filter) const = 0;
    virtual Result<HeatMap> heatMap(const AttendanceFilter &filter) const = 0;
    virtual Result<Breakdown> breakdown(BreakdownBy by, const AttendanceFilter &filter,
                                        int limit = 0) const = 0;
};

/// Makes a fresh source (no "today" set) over one database and opening calendar.
using AttendanceFactory = std::function<std::unique_ptr<AttendanceSource>()>;

/// AttendanceReport over a SQLite database (a desk's or the consolidated cache).
AttendanceFactory sqliteAttendance(const Database &db, const Referential &referential,
                                   const CommuneIndex &communes, const OpeningCalendar &calendar);

} // namespace passages
