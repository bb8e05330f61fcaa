// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_dashboard.h"

#include "core/network/network_database.h"
#include "core/network/network_figures.h"
#include "core/referential/referential.h"
#include "core/report/calendar.h"
#include "core/storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace passages {

namespace {

/// Counts per Cité (and per Cité and pôle) of a period and the same period a year before.
struct CiteCounts
{
    QDate from, to, previousFrom, previousTo;
    std::map<QString, std::pair<qint64, qint64>> byCite;                    ///< now, before
    std::map<QString, std::map<QString, std::pair<qint64, qint64>>> byPole; ///< cite -> pôle

    void add(const QString &cite, const QString &pole, qint64 n, bool now, bool withPoles)
    {
        auto &c = byCite[cite];
        (now ? c.first : c.second) += n;
        if (withPoles) {
            auto &p = byPole[cite][pole];
            (now ? p.first : p.second) += n;
        }
    }
};

void sortRows(QList<BreakdownRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.previous != b.previous)
            return a.previous > b.previous;
        return a.code < b.code;
    });
}

} // namespace

Result<DashboardLoad> PgDashboardSource::load(const DashboardRequest &request,
                                              const Referential &referential,
                                              const CommuneIndex &communes) const
{
    Result<std::unique_ptr<NetworkDatabase>> pg =
        NetworkDatabase::open(m_conninfo, NetworkDatabase::Schema::Require, m_password);
    if (!pg)
        return pg.error();
    // One snapshot for every query (network_database.h): never blocks a consolidation.
    NetworkTransaction snapshot(**pg, NetworkTransaction::Mode::ReadOnlySnapshot);
    if (Status s = snapshot.begun(); !s)
        return s.error();

    // The calendar: the referential's weekdays and the closures the desks recorded.
    OpeningCalendar calendar;
    calendar.setOpenWeekdays(referential.openWeekdays());
    Result<QList<Closure>> closures = networkClosures(**pg, request.cite);
    if (!closures)
        return closures.error();
    calendar.setClosures(*closures);

    // The programme's records of the bilan's two years (small; the walk-ins stay in
    // PostgreSQL), for the bilan's interviews and events.
    QTemporaryDir dir;
    std::unique_ptr<Database> programme;
    if (request.bilanYear > 0) {
        if (!dir.isValid())
            return makeError(ErrorCode::Io,
                             tr("Cannot create a temporary folder for the network's programme: %1")
                                 .arg(dir.errorString()));
        Result<std::unique_ptr<Database>> copied =
            networkProgramme(**pg, request.cite, request.bilanYear - 1, request.bilanYear,
                             dir.filePath(QStringLiteral("network-programme.sqlite")));
        if (!copied)
            return copied.error();
        programme = std::move(copied).value();
    }

    const AttendanceFactory attendance =
        NetworkAttendance::factory(**pg, request.cite, referential, communes, calendar);
    Result<DashboardFigures> figures = computeDashboard(
        attendance,
        [&](int year, const AttendanceFilter &scope) {
            return BilanBuilder::build(attendance, programme.get(), referential, year, scope);
        },
        referential, request);
    if (!figures)
        return figures.error();

    // The Cité dimension: the period's walk-ins by Cité (with every filter of the
    // period), the bilan's year by Cité and pôle (its site and desk only).
    const AttendanceFilter &filter = request.filter;
    const NetworkAttendance network(**pg, request.cite, referential, communes, calendar);
    CiteCounts period;
    period.from = filter.from;
    period.to = filter.to;
    period.previousFrom = filter.previousYear().from;
    period.previousTo = filter.previousYear().to;
    for (const bool now : {true, false}) {
        Result<NetworkAttendance::CitePoles> counts = network.byCiteAndPole(
            now ? period.from : period.previousFrom, now ? period.to : period.previousTo, filter);
        if (!counts)
            return counts.error();
        for (const auto &[cite, poles] : *counts)
            for (const auto &[pole, n] : poles)
                if (filter.pole.isEmpty() ||
                    referential.reportCode(Referential::Kind::Pole, pole) == filter.pole)
                    period.add(cite, pole, n, now, false);
    }
    CiteCounts year;
    if (request.bilanYear > 0) {
        year.from = QDate(request.bilanYear, 1, 1);
        year.to = QDate(request.bilanYear, 12, 31);
        if (request.today.isValid() && request.today >= year.from && request.today < year.to)
            year.to = request.today;
        year.previousFrom = year.from.addYears(-1);
        year.previousTo = year.to.addYears(-1);
        AttendanceFilter scope;
        scope.site = filter.site;
        scope.desk = filter.desk;
        for (const bool now : {true, false}) {
            Result<NetworkAttendance::CitePoles> counts = network.byCiteAndPole(
                now ? year.from : year.previousFrom, now ? year.to : year.previousTo, scope);
            if (!counts)
                return counts.error();
            for (const auto &[cite, poles] : *counts)
                for (const auto &[pole, n] : poles)
                    year.add(cite, referential.reportCode(Referential::Kind::Pole, pole), n, now,
                             true);
        }
    }

    DashboardLoad load;
    {
        QSqlQuery cites = (*pg)->prepare(QStringLiteral("SELECT code FROM cite ORDER BY code"));
        if (Status s = exec(cites, tr("Reading the network's Cités")); !s)
            return s.error();
        while (cites.next())
            load.cites << cites.value(0).toString();
        // The desks every consolidation saw, not only those with walk-ins in the dates read.
        QSqlQuery desks = (*pg)->prepare(
            QStringLiteral("SELECT DISTINCT site, desk FROM share_instance WHERE site IS NOT NULL "
                           "AND desk IS NOT NULL AND (COALESCE(:cite, '') = '' OR cite = :cite) "
                           "ORDER BY site, desk"));
        desks.bindValue(QStringLiteral(":cite"), request.cite);
        if (Status s = exec(desks, tr("Reading the network's desks")); !s)
            return s.error();
        while (desks.next())
            load.desks << qMakePair(desks.value(0).toString(), desks.value(1).toString());
    }
    if (Status s = snapshot.commit(); !s)
        return s.error();
    load.figures = std::move(figures).value();

    Breakdown byCite;
    byCite.by = BreakdownBy::Site;
    byCite.from = period.from;
    byCite.to = period.to;
    byCite.previousFrom = period.previousFrom;
    byCite.previousTo = period.previousTo;
    for (const auto &[code, n] : period.byCite) {
        byCite.rows << BreakdownRow{code, code, n.first, n.second};
        byCite.total += n.first;
        byCite.previousTotal += n.second;
    }
    sortRows(byCite.rows);
    load.figures.cites = byCite;

    if (load.figures.bilan) {
        Bilan &bilan = *load.figures.bilan;
        bilan.cite = request.cite.isEmpty() ? tr("Network of the Cités des métiers")
                                            : tr("Cité %1").arg(request.cite);
        BilanTable cites;
        cites.key = QStringLiteral("contacts-cite");
        cites.title = tr("Contacts by Cité");
        cites.itemHeader = tr("Cité");
        for (const auto &[code, n] : year.byCite) {
            cites.lines << BilanLine{code, code, {}, n.first, n.second};
            cites.total += n.first;
            cites.previousTotal += n.second;
        }
        std::sort(cites.lines.begin(), cites.lines.end(),
                  [](const BilanLine &a, const BilanLine &b) {
                      return a.count != b.count ? a.count > b.count : a.code < b.code;
                  });
        bilan.tables.insert(0, cites);
        // The network bilan: each Cité's contacts by pôle, the pôles in referential order.
        int at = 1;
        for (const auto &[code, poles] : year.byPole) {
            BilanTable table;
            table.key = QStringLiteral("contacts-pole-cite-") + code;
            table.title = tr("Contacts by pôle, Cité %1").arg(code);
            table.itemHeader = tr("Pôle");
            QStringList order;
            for (const Category &pole : referential.list(Referential::Kind::Pole))
                order << pole.code;
            std::vector<std::pair<QString, std::pair<qint64, qint64>>> sorted(poles.begin(),
                                                                              poles.end());
            std::sort(sorted.begin(), sorted.end(), [&order](const auto &a, const auto &b) {
                const qsizetype i = order.indexOf(a.first), j = order.indexOf(b.first);
                return (i < 0 ? order.size() : i) != (j < 0 ? order.size() : j)
                           ? (i < 0 ? order.size() : i) < (j < 0 ? order.size() : j)
                           : a.first < b.first;
            });
            for (const auto &[pole, n] : sorted) {
                table.lines << BilanLine{pole, referential.label(Referential::Kind::Pole, pole),
                                         referential.poleColor(pole), n.first, n.second};
                table.total += n.first;
                table.previousTotal += n.second;
            }
            bilan.tables.insert(at++, table);
        }
    }
    return load;
}

} // namespace passages
