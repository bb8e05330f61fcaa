// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/report/attendance.h"
#include "core/report/attendance_source.h"
#include "core/report/bilan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// What the dashboard asks for: a day ("today"), the period and filters of the
/// coordinators' views, and the bilan's year.
struct DashboardRequest
{
    QDate today;
    /// The period (days, heat map, breakdowns) and the filters of every view.
    AttendanceFilter filter;
    int weeks = 26;       ///< the weeks view: this many weeks up to the period's end
    int topCommunes = 15; ///< rows of the top communes table
    int bilanYear = 0;    ///< 0: no bilan
    /// The network database only (PgDashboardSource): one Cité's code, empty for every
    /// Cité of the network.
    QString cite;

    /// Today, the last 30 days, no filter, the bilan of the current year.
    static DashboardRequest standard(const QDate &today);
};

/// Every figure of the dashboard, computed in one call (the widget runs it on a worker
/// thread with its own connection) and drawn by the ui.
struct DashboardFigures
{
    DashboardRequest request;
    PoleSeries today;          ///< by hour
    PoleSeries days;           ///< the period, day by day
    PoleSeries weeks;          ///< `weeks` ISO weeks up to the period's end
    PoleSeries months;         ///< the months of the period end's year
    PoleSeries previousMonths; ///< the months of the year before
    /// What the months chart compares with: previousMonths, except that the month under
    /// way (Bucket::partial in `months`) holds only the same days of the year before
    /// (1 to 19 November when today is 19 November), so that a month not over is not
    /// shown as a collapse. Its bucket is marked partial, its `last` is that day.
    PoleSeries previousMonthsSameDays;
    HeatMap heatMap; ///< the period by weekday and hour
    qint64 periodTotal = 0;
    qint64 previousPeriodTotal = 0; ///< the same period last year
    int periodOpenDays = 0;
    int previousPeriodOpenDays = 0;
    /// Theme, age band, public, channel, top communes, department (and the service level
    /// and orientation when the desks show them): the period beside the
    /// same period last year.
    QList<Breakdown> breakdowns;
    std::optional<Bilan> bilan;
    /// The network database only: the period's walk-ins by Cité beside the same period
    /// last year (Breakdown::by is not meaningful here: there is no BreakdownBy::Cite, the
    /// desk's reports never group by Cité).
    std::optional<Breakdown> cites;

    const Breakdown *breakdown(BreakdownBy by) const;
};

/// Computes every figure of `request` (a few hundred milliseconds on ten years of a
/// large Cité: see bench/bench_dashboard.cpp).
Result<DashboardFigures> computeDashboard(const Database &db, const Referential &referential,
                                          const CommuneIndex &communes,
                                          const OpeningCalendar &calendar,
                                          const DashboardRequest &request);

/// Builds the bilan of `year` for a scope (BilanBuilder::build's arguments).
using BilanFactory = std::function<Result<Bilan>(int year, const AttendanceFilter &scope)>;
/// The same figures from any source of walk-ins (the network database's too): the one
/// code path of every figure.
Result<DashboardFigures> computeDashboard(const AttendanceFactory &attendance,
                                          const BilanFactory &bilan, const Referential &referential,
                                          const DashboardRequest &request);

/// What the dashboard shows: the figures, and the desks its filter offers.
struct DashboardLoad
{
    DashboardFigures figures;
    QList<QPair<QString, QString>> desks; ///< (site, desk)
    QStringList cites; ///< the network database: the Cités it holds, for the Cité filter
};

/// Where the dashboard reads its figures: the desk's database or the share's consolidated
/// SQLite cache (SqliteDashboardSource), or the network's PostgreSQL database
/// (PgDashboardSource, core/network/network_dashboard.h). The widget holds one and calls
/// load() on a worker thread; each load opens a connection of its own (a Qt Sql
/// connection belongs to the thread that made it), so a source is immutable and shared.
///
/// Why a source and not a second set of figures: every figure (periods, open days, the
/// month under way, the bilan's comparisons) is computed by one code path,
/// computeDashboard() over an AttendanceSource (attendance_source.h). Each database
/// answers that interface's few grouped queries with its own SQL and summary tables
/// (AttendanceReport for SQLite, NetworkAttendance for PostgreSQL), so the network
/// dashboard reads PostgreSQL in place and cannot drift from the Cité's own.
class DashboardSource
{
public:
    virtual ~DashboardSource() = default;
    /// Computes every figure of `request`; any thread.
    virtual Result<DashboardLoad> load(const DashboardRequest &request,
                                       const Referential &referential,
                                       const CommuneIndex &communes) const = 0;
    /// Whether the figures have a Cité dimension (the network database).
    virtual bool hasCites() const { return false; }
    /// What the source reads, for the dashboard's status line.
    virtual QString describe() const = 0;
};

/// A desk database or the consolidated cache, by its file path (loadDashboard()).
class SqliteDashboardSource final : public DashboardSource
{
public:
    explicit SqliteDashboardSource(QString path) : m_path(std::move(path)) {}
    Result<DashboardLoad> load(const DashboardRequest &request, const Referential &referential,
                               const CommuneIndex &communes) const override;
    QString describe() const override { return m_path; }

private:
    QString m_path;
};

/// The opening calendar the dashboard and the bilan count days with: the referential's
/// open weekdays and the Cité's closures stored in `db`.
Result<OpeningCalendar> openingCalendar(const Database &db, const Referential &referential);

/// The dashboard's workflow: opens the database at `databasePath` through a connection of
/// its own (the GUI calls this from a worker thread), reads the Cité's closures for the
/// opening calendar, and computes every figure of `request`.
Result<DashboardLoad> loadDashboard(const QString &databasePath, const Referential &referential,
                                    const CommuneIndex &communes, const DashboardRequest &request);

} // namespace passages
