// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_dashboard.h"

#include "core/network/network_database.h"
#include "core/referential/referential.h"
#include "core/report/calendar.h"
#include "core/report/summaries.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace passages {

namespace {

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/// A day's place in a [from, to] period, inclusive.
bool within(const QString &day, const QDate &from, const QDate &to)
{
    return day >= iso(from) && day <= iso(to);
}

/// The first and last days every figure of `request` reads (computeDashboard's periods).
std::pair<QDate, QDate> datesOf(const DashboardRequest &request)
{
    const AttendanceFilter &f = request.filter;
    QList<QDate> days{f.from,
                      f.to,
                      request.today,
                      f.previousYear().from,
                      f.to.addDays(-7 * (std::max(1, request.weeks) - 1)).addDays(-7),
                      QDate(f.to.year() - 1, 1, 1),
                      QDate(f.to.year(), 12, 31)};
    if (request.bilanYear > 0)
        days << QDate(request.bilanYear - 1, 1, 1) << QDate(request.bilanYear, 12, 31);
    days.removeIf([](const QDate &d) { return !d.isValid(); });
    return {*std::min_element(days.begin(), days.end()),
            *std::max_element(days.begin(), days.end())};
}

/// Counts per Cité (and per Cité and pôle) of two periods, gathered while copying.
struct CiteCounts
{
    QDate from, to, previousFrom, previousTo;
    std::map<QString, std::pair<qint64, qint64>> byCite;                    ///< now, before
    std::map<QString, std::map<QString, std::pair<qint64, qint64>>> byPole; ///< cite -> pôle

    void add(const QString &cite, const QString &pole, const QString &day, qint64 n, bool withPoles)
    {
        const bool now = within(day, from, to);
        const bool before = within(day, previousFrom, previousTo);
        if (!now && !before)
            return;
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

    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Io,
                         tr("Cannot create a temporary folder for the network's figures: %1")
                             .arg(dir.errorString()));
    Result<std::unique_ptr<Database>> local =
        Database::open(dir.filePath(QStringLiteral("network-figures.sqlite")),
                       Database::Check::Skip, Database::Durability::Cache);
    if (!local)
        return local.error();
    Database &db = **local;

    const auto [first, last] = datesOf(request);
    const AttendanceFilter &filter = request.filter;
    CiteCounts period;
    period.from = filter.from;
    period.to = filter.to;
    period.previousFrom = filter.previousYear().from;
    period.previousTo = filter.previousYear().to;
    // The bilan's year, to today when under way, beside the same dates a year before.
    CiteCounts year;
    if (request.bilanYear > 0) {
        year.from = QDate(request.bilanYear, 1, 1);
        year.to = QDate(request.bilanYear, 12, 31);
        if (request.today.isValid() && request.today >= year.from && request.today < year.to)
            year.to = request.today;
        year.previousFrom = year.from.addYears(-1);
        year.previousTo = year.to.addYears(-1);
    }

    QString where = QStringLiteral("deleted = 0 AND local_date >= :from AND local_date <= :to");
    if (!request.cite.isEmpty())
        where += QStringLiteral(" AND cite = :cite");
    if (!filter.site.isEmpty())
        where += QStringLiteral(" AND site = :site");
    if (!filter.desk.isEmpty())
        where += QStringLiteral(" AND desk = :desk");
    QSqlQuery rows = (*pg)->prepare(
        QStringLiteral("SELECT cite, site, desk, local_date, substr(local_time, 1, 2), pole, "
                       "theme, age_band, commune, public, channel, SUM(count) FROM passage "
                       "WHERE %1 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11")
            .arg(where));
    rows.setForwardOnly(true);
    rows.bindValue(QStringLiteral(":from"), iso(first));
    rows.bindValue(QStringLiteral(":to"), iso(last));
    if (!request.cite.isEmpty())
        rows.bindValue(QStringLiteral(":cite"), request.cite);
    if (!filter.site.isEmpty())
        rows.bindValue(QStringLiteral(":site"), filter.site);
    if (!filter.desk.isEmpty())
        rows.bindValue(QStringLiteral(":desk"), filter.desk);
    if (Status s = exec(rows, tr("Reading the network's walk-ins")); !s)
        return s.error();

    const QStringList columns{QStringLiteral("id"),         QStringLiteral("site"),
                              QStringLiteral("desk"),       QStringLiteral("local_date"),
                              QStringLiteral("local_time"), QStringLiteral("utc_offset"),
                              QStringLiteral("pole"),       QStringLiteral("theme"),
                              QStringLiteral("age_band"),   QStringLiteral("commune"),
                              QStringLiteral("public"),     QStringLiteral("channel"),
                              QStringLiteral("count"),      QStringLiteral("recorded_utc"),
                              QStringLiteral("updated_utc")};
    const QString doing = tr("Preparing the network's figures");
    // The grouped rows stand for many walk-ins: no moment of their own (never read).
    const QString kNoTime = QStringLiteral("1970-01-01T00:00:00Z");
    {
        Transaction tx(db);
        if (Status s = tx.begun(); !s)
            return s.error();
        // The summaries are built once from the rows, not per row.
        if (Status s = summaries::defer(db); !s)
            return s.error();
        QVariantList values;
        constexpr int kRowsPerInsert = 500;
        values.reserve(kRowsPerInsert * columns.size());
        qint64 id = 0;
        while (rows.next()) {
            const QString cite = rows.value(0).toString();
            const QString day = rows.value(3).toString();
            const QString pole = rows.value(5).toString();
            const QString channel = rows.value(10).toString();
            const qint64 n = rows.value(11).toLongLong();
            // The period's filters the Cité breakdown shares with every other figure.
            if ((filter.pole.isEmpty() ||
                 referential.reportCode(Referential::Kind::Pole, pole) == filter.pole) &&
                (filter.channel.isEmpty() || channel == filter.channel))
                period.add(cite, pole, day, n, false);
            if (request.bilanYear > 0)
                year.add(cite, referential.reportCode(Referential::Kind::Pole, pole), day, n, true);
            values << QString::number(++id) << rows.value(1) << rows.value(2) << day
                   << rows.value(4).toString() + QStringLiteral(":00:00") << 0 << pole
                   << rows.value(6) << rows.value(7) << rows.value(8) << rows.value(9) << channel
                   << n << kNoTime << kNoTime;
            if (values.size() >= kRowsPerInsert * columns.size()) {
                if (Status s = insertMany(db, QStringLiteral("passage"), columns, values, doing);
                    !s)
                    return s.error();
                values.clear();
            }
        }
        if (rows.lastError().isValid())
            return sqlError(rows, tr("Reading the network's walk-ins"));
        if (!values.isEmpty())
            if (Status s = insertMany(db, QStringLiteral("passage"), columns, values, doing); !s)
                return s.error();
        if (Status s = summaries::rebuild(db); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
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
                           "AND desk IS NOT NULL AND (:cite = '' OR cite = :cite) "
                           "ORDER BY site, desk"));
        desks.bindValue(QStringLiteral(":cite"), request.cite);
        if (Status s = exec(desks, tr("Reading the network's desks")); !s)
            return s.error();
        while (desks.next())
            load.desks << qMakePair(desks.value(0).toString(), desks.value(1).toString());
    }
    if (Status s = snapshot.commit(); !s)
        return s.error();

    OpeningCalendar calendar;
    calendar.setOpenWeekdays(referential.openWeekdays());
    Result<DashboardFigures> figures =
        computeDashboard(db, referential, communes, calendar, request);
    if (!figures)
        return figures.error();
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
