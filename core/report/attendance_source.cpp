// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/attendance_source.h"

namespace passages {

namespace {

class SqliteAttendance final : public AttendanceSource
{
public:
    SqliteAttendance(const Database &db, const Referential &referential,
                     const CommuneIndex &communes, const OpeningCalendar &calendar)
        : m_report(db, referential, communes, calendar)
    {}
    void setToday(const QDate &today) override { m_report.setToday(today); }
    Result<PoleSeries> byHour(const QDate &day, const AttendanceFilter &filter) const override
    {
        return m_report.byHour(day, filter);
    }
    Result<PoleSeries> daily(const AttendanceFilter &filter) const override
    {
        return m_report.daily(filter);
    }
    Result<PoleSeries> weekly(const AttendanceFilter &filter) const override
    {
        return m_report.weekly(filter);
    }
    Result<PoleSeries> monthly(const AttendanceFilter &filter) const override
    {
        return m_report.monthly(filter);
    }
    Result<HeatMap> heatMap(const AttendanceFilter &filter) const override
    {
        return m_report.heatMap(filter);
    }
    Result<Breakdown> breakdown(BreakdownBy by, const AttendanceFilter &filter,
                                int limit) const override
    {
        return m_report.breakdown(by, filter, limit);
    }

private:
    AttendanceReport m_report;
};

} // namespace

AttendanceFactory sqliteAttendance(const Database &db, const Referential &referential,
                                   const CommuneIndex &communes, const OpeningCalendar &calendar)
{
    return [&db, &referential, &communes, calendar] {
        return std::make_unique<SqliteAttendance>(db, referential, communes, calendar);
    };
}

} // namespace passages
