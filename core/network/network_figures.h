// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/attendance_source.h"

#include <QCoreApplication>

#include <map>
#include <memory>

namespace passages {

class Database;
class NetworkDatabase;

/// The dashboard's and the bilan's walk-in figures read in place from the network
/// database (network_migrations.cpp), for one Cité (`cite`) or the whole network (empty):
/// the AttendanceSource of PostgreSQL, as AttendanceReport is SQLite's. Nothing is copied:
/// each figure is one grouped query.
///
/// Which table answers (the same choice as AttendanceReport over the cache, and the same
/// figures to the unit: tests/network/test_network_dashboard.cpp):
/// - the days, weeks and months by pôle, and every breakdown, read the summary the
///   consolidation keeps (passage_dim_total: per Cité, day, dimension, code and site),
///   a few dozen rows per Cité and day, unless the filter names a desk, or a pôle or
///   channel the dimension does not carry; then the rows are read;
/// - the hours of a day and the heat map (hours are in no summary) read the rows of the
///   period through the index by (Cité, day) or by day (network schema 4).
/// The department is derived from the commune by the SQL the SQLite summaries use when
/// the summaries would answer there, and by the commune index otherwise, as
/// AttendanceReport does. Codes merged in the referential count under their target.
///
/// Runs its queries on `db` as they come: the caller holds one REPEATABLE READ snapshot
/// around them (NetworkTransaction::Mode::ReadOnlySnapshot).
class NetworkAttendance final : public AttendanceSource
{
    Q_DECLARE_TR_FUNCTIONS(NetworkAttendance)

public:
    NetworkAttendance(const NetworkDatabase &db, QString cite, const Referential &referential,
                      const CommuneIndex &communes, OpeningCalendar calendar = {});

    void setToday(const QDate &today) override { m_today = today; }
    Result<PoleSeries> byHour(const QDate &day, const AttendanceFilter &filter) const override;
    Result<PoleSeries> daily(const AttendanceFilter &filter) const override;
    Result<PoleSeries> weekly(const AttendanceFilter &filter) const override;
    Result<PoleSeries> monthly(const AttendanceFilter &filter) const override;
    Result<HeatMap> heatMap(const AttendanceFilter &filter) const override;
    Result<Breakdown> breakdown(BreakdownBy by, const AttendanceFilter &filter,
                                int limit = 0) const override;

    /// Walk-ins from `from` to `to` by Cité and pôle (the recorded pôle code), with the
    /// filter's site, desk and channel (its pôle and dates are ignored).
    using CitePoles = std::map<QString, std::map<QString, qint64>>;
    Result<CitePoles> byCiteAndPole(const QDate &from, const QDate &to,
                                    const AttendanceFilter &filter) const;

    /// A factory for computeDashboard() and the bilan.
    static AttendanceFactory factory(const NetworkDatabase &db, const QString &cite,
                                     const Referential &referential, const CommuneIndex &communes,
                                     const OpeningCalendar &calendar);

private:
    using Grain = SeriesGrain;
    Result<PoleSeries> series(const AttendanceFilter &filter, Grain grain) const;
    /// The filter's pôle and the codes merged into it, for an IN term (empty: no filter).
    QStringList poleCodes(const AttendanceFilter &filter) const;
    Result<QList<BreakdownRow>> grouped(BreakdownBy by, const QDate &from, const QDate &to,
                                        const AttendanceFilter &filter) const;
    QString label(BreakdownBy by, const QString &code) const;

    const NetworkDatabase &m_db;
    QString m_cite;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
    OpeningCalendar m_calendar;
    QDate m_today;
};

/// The closures the network database holds (the desks' `closure` records, carried by
/// consolidation), live ones only: those of `cite`, or for the whole network (empty) the
/// days every Cité of the network is closed (a day one Cité opens is a network opening
/// day), as closures of every site.
Result<QList<Closure>> networkClosures(const NetworkDatabase &db, const QString &cite);

/// The programme records (events, sessions, attendance, interviews) of `cite` (empty:
/// every Cité) dated in the years `firstYear` to `lastYear`, the consolidation carried
/// as JSON (the `record` table), written into a new SQLite file at `path` with the desk
/// schema, so that the bilan's programme figures are those of ProgrammeReports, as in
/// the Cité's cache. Small: a Cité records a few thousand interviews and sessions a year
/// against hundreds of thousands of walk-ins (which are never copied).
Result<std::unique_ptr<Database>> networkProgramme(const NetworkDatabase &db, const QString &cite,
                                                   int firstYear, int lastYear,
                                                   const QString &path);

} // namespace passages
