// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/dashboard_figures.h"

#include "core/referential/referential.h"
#include "core/report/calendar.h"
#include "core/storage/database.h"

namespace passages {

DashboardRequest DashboardRequest::standard(const QDate &today)
{
    DashboardRequest request;
    request.today = today;
    request.filter = lastDays(today, 30);
    request.bilanYear = today.year();
    return request;
}

const Breakdown *DashboardFigures::breakdown(BreakdownBy by) const
{
    for (const Breakdown &b : breakdowns)
        if (b.by == by)
            return &b;
    return nullptr;
}

Result<DashboardFigures> computeDashboard(const Database &db, const Referential &referential,
                                          const CommuneIndex &communes,
                                          const OpeningCalendar &calendar,
                                          const DashboardRequest &request)
{
    const BilanBuilder builder(db, referential, communes, calendar);
    return computeDashboard(
        sqliteAttendance(db, referential, communes, calendar),
        [&builder](int year, const AttendanceFilter &scope) { return builder.build(year, scope); },
        referential, request);
}

Result<DashboardFigures> computeDashboard(const AttendanceFactory &attendanceOf,
                                          const BilanFactory &bilanOf,
                                          const Referential &referential,
                                          const DashboardRequest &request)
{
    const std::unique_ptr<AttendanceSource> source = attendanceOf();
    AttendanceSource &attendance = *source;
    attendance.setToday(request.today);
    DashboardFigures figures;
    figures.request = request;
    const AttendanceFilter &filter = request.filter;

    Result<PoleSeries> today = attendance.byHour(request.today, filter);
    if (!today)
        return today.error();
    figures.today = *today;

    Result<PoleSeries> days = attendance.daily(filter);
    if (!days)
        return days.error();
    figures.days = *days;
    figures.periodTotal = days->total;
    figures.periodOpenDays = days->openDays;

    {
        Result<PoleSeries> previous = attendanceOf()->daily(filter.previousYear());
        if (!previous)
            return previous.error();
        figures.previousPeriodTotal = previous->total;
        figures.previousPeriodOpenDays = previous->openDays;
    }

    AttendanceFilter weeks = filter;
    weeks.from = filter.to.addDays(-7 * (std::max(1, request.weeks) - 1));
    Result<PoleSeries> weekly = attendance.weekly(weeks);
    if (!weekly)
        return weekly.error();
    figures.weeks = *weekly;

    AttendanceFilter year = filter;
    year.from = QDate(filter.to.year(), 1, 1);
    year.to = QDate(filter.to.year(), 12, 31);
    Result<PoleSeries> months = attendance.monthly(year);
    if (!months)
        return months.error();
    figures.months = *months;
    Result<PoleSeries> previousMonths = attendance.monthly(year.previousYear());
    if (!previousMonths)
        return previousMonths.error();
    figures.previousMonths = *previousMonths;
    figures.previousMonthsSameDays = *previousMonths;
    for (int i = 0; i < figures.months.buckets.size(); ++i) {
        const Bucket &now = figures.months.buckets.at(i);
        if (!now.partial || i >= figures.previousMonthsSameDays.buckets.size())
            continue;
        // The same days of last year: the first of the month to today's date (29 February
        // maps to 28 February).
        AttendanceFilter sameDays = year.previousYear();
        sameDays.from = now.first.addYears(-1);
        sameDays.to = request.today.addYears(-1);
        Result<PoleSeries> part = attendanceOf()->daily(sameDays);
        if (!part)
            return part.error();
        Bucket &before = figures.previousMonthsSameDays.buckets[i];
        before.last = sameDays.to;
        before.partial = true;
        before.total = part->total;
        before.openDays = part->openDays;
        before.byPole = QList<qint64>(before.byPole.size(), 0);
        for (int p = 0; p < part->poles.size(); ++p) {
            const int index = figures.previousMonthsSameDays.poleIndex(part->poles.at(p).code);
            if (index >= 0 && index < before.byPole.size())
                before.byPole[index] = part->poleTotal(p);
        }
    }
    figures.previousMonthsSameDays.total = 0;
    figures.previousMonthsSameDays.openDays = 0;
    for (const Bucket &b : std::as_const(figures.previousMonthsSameDays.buckets)) {
        figures.previousMonthsSameDays.total += b.total;
        figures.previousMonthsSameDays.openDays += b.openDays;
    }

    Result<HeatMap> heat = attendance.heatMap(filter);
    if (!heat)
        return heat.error();
    figures.heatMap = *heat;

    const std::pair<BreakdownBy, int> breakdowns[] = {
        {BreakdownBy::Theme, 0},
        {BreakdownBy::AgeBand, 0},
        {BreakdownBy::Public, 0},
        {BreakdownBy::Channel, 0},
        {BreakdownBy::Commune, request.topCommunes},
        {BreakdownBy::Department, 12},
    };
    for (const auto &[by, limit] : breakdowns) {
        Result<Breakdown> b = attendance.breakdown(by, filter, limit);
        if (!b)
            return b.error();
        figures.breakdowns << *b;
    }
    // The optional desk fields (issue 17), when the desks show them.
    for (const auto &[by, shown] :
         {std::pair{BreakdownBy::ServiceLevel, referential.fields().serviceLevel},
          std::pair{BreakdownBy::Orientation, referential.fields().orientation}}) {
        if (!shown)
            continue;
        Result<Breakdown> b = attendance.breakdown(by, filter, 0);
        if (!b)
            return b.error();
        figures.breakdowns << *b;
    }

    if (request.bilanYear > 0) {
        AttendanceFilter scope;
        scope.site = filter.site;
        scope.desk = filter.desk;
        scope.to = request.today;
        Result<Bilan> bilan = bilanOf(request.bilanYear, scope);
        if (!bilan)
            return bilan.error();
        figures.bilan = *bilan;
    }
    return figures;
}

Result<OpeningCalendar> openingCalendar(const Database &db, const Referential &referential)
{
    OpeningCalendar calendar;
    calendar.setOpenWeekdays(referential.openWeekdays());
    Result<QList<Closure>> closures = ClosureStore::list(db);
    if (!closures)
        return closures.error();
    calendar.setClosures(*closures);
    return calendar;
}

Result<DashboardLoad> loadDashboard(const QString &databasePath, const Referential &referential,
                                    const CommuneIndex &communes, const DashboardRequest &request)
{
    // The desk checked the database's integrity when it opened it.
    Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Check::Skip);
    if (!db)
        return db.error();
    const Result<OpeningCalendar> calendar = openingCalendar(**db, referential);
    if (!calendar)
        return calendar.error();
    Result<DashboardFigures> figures =
        computeDashboard(**db, referential, communes, *calendar, request);
    if (!figures)
        return figures.error();
    Result<QList<QPair<QString, QString>>> desks =
        AttendanceReport(**db, referential, communes).desks();
    if (!desks)
        return desks.error();
    return DashboardLoad{std::move(figures).value(), std::move(desks).value(), {}};
}

Result<DashboardLoad> SqliteDashboardSource::load(const DashboardRequest &request,
                                                  const Referential &referential,
                                                  const CommuneIndex &communes) const
{
    return loadDashboard(m_path, referential, communes, request);
}

} // namespace passages
