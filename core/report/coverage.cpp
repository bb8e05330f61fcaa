// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/coverage.h"

#include "core/storage/database.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace passages {

namespace {

constexpr int kHours = 24;
using Hours = std::array<qint64, kHours>;

} // namespace

CoverageCheck::CoverageCheck(const Database &db, CoverageRules rules) : m_db(db), m_rules(rules) {}

Result<CoverageReport> CoverageCheck::run(const QDate &from, const QDate &to,
                                          const QString &site) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Coverage check: the period must run from a date to a later one "
                            "(got %1 to %2).")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                         QStringLiteral("period"));
    CoverageReport report;
    report.from = from;
    report.to = to;
    if (Status s = silentDesks(report, site); !s)
        return s.error();
    if (Status s = closedDays(report, site); !s)
        return s.error();
    if (Status s = backdated(report, site); !s)
        return s.error();
    return report;
}

Status CoverageCheck::silentDesks(CoverageReport &report, const QString &site) const
{
    // Walk-ins per desk, day and hour, a few weeks around the period (which desks are
    // expected depends on the weeks beside it).
    const int margin = 7 * m_rules.expectedWeeks;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT site, desk, local_date, CAST(substr(local_time, 1, 2) AS INTEGER), SUM(count) "
        "FROM passage WHERE deleted = 0 AND local_date BETWEEN :from AND :to "
        "AND (IFNULL(:site, '') = '' OR site = :site) GROUP BY site, desk, local_date, 4"));
    query.bindValue(QStringLiteral(":from"), report.from.addDays(-margin).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), report.to.addDays(margin).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":site"), site);
    if (!query.exec())
        return sqlError(query, tr("reading walk-ins by desk and hour"));
    // site -> date -> desk -> walk-ins per hour.
    QMap<QString, QMap<QDate, QMap<QString, Hours>>> logged;
    while (query.next()) {
        const int hour = query.value(3).toInt();
        if (hour < 0 || hour >= kHours)
            continue;
        Hours &hours = logged[query.value(0).toString()][QDate::fromString(
            query.value(2).toString(), Qt::ISODate)][query.value(1).toString()];
        hours[std::size_t(hour)] += query.value(4).toLongLong();
    }
    for (auto s = logged.cbegin(); s != logged.cend(); ++s) {
        const QMap<QDate, QMap<QString, Hours>> &days = s.value();
        QStringList desks;
        for (const QMap<QString, Hours> &day : days)
            for (auto d = day.cbegin(); d != day.cend(); ++d)
                if (!desks.contains(d.key()))
                    desks << d.key();
        desks.sort();
        for (auto day = days.cbegin(); day != days.cend(); ++day) {
            const QDate date = day.key();
            if (date < report.from || date > report.to)
                continue;
            for (const QString &desk : std::as_const(desks)) {
                const bool loggedToday = day->contains(desk);
                bool expected = loggedToday;
                for (int w = 1; !expected && w <= m_rules.expectedWeeks; ++w)
                    expected = days.value(date.addDays(-7 * w)).contains(desk) ||
                               days.value(date.addDays(7 * w)).contains(desk);
                if (!expected)
                    continue;
                Hours others{};
                for (auto d = day->cbegin(); d != day->cend(); ++d)
                    if (d.key() != desk)
                        for (int h = 0; h < kHours; ++h)
                            others[std::size_t(h)] += d.value()[std::size_t(h)];
                auto firstOf = [](const Hours &hours) {
                    for (int h = 0; h < kHours; ++h)
                        if (hours[std::size_t(h)] > 0)
                            return h;
                    return -1;
                };
                auto lastOf = [](const Hours &hours) {
                    for (int h = kHours - 1; h >= 0; --h)
                        if (hours[std::size_t(h)] > 0)
                            return h;
                    return -1;
                };
                if (!loggedToday) {
                    qint64 sum = 0;
                    for (qint64 n : others)
                        sum += n;
                    if (sum >= m_rules.minOthersLogged && firstOf(others) >= 0)
                        report.silent << SilentDesk{s.key(),        desk, date, firstOf(others),
                                                    lastOf(others), sum,  true};
                    continue;
                }
                // Gaps between the desk's own first and last entries of the day.
                const Hours own = day->value(desk);
                const int first = firstOf(own), last = lastOf(own);
                for (int h = first + 1; h < last;) {
                    if (own[std::size_t(h)] > 0) {
                        ++h;
                        continue;
                    }
                    int end = h;
                    while (end + 1 < last && own[std::size_t(end + 1)] == 0)
                        ++end;
                    qint64 sum = 0;
                    for (int k = h; k <= end; ++k)
                        sum += others[std::size_t(k)];
                    if (end - h + 1 >= m_rules.minSilentHours && sum >= m_rules.minOthersLogged)
                        report.silent << SilentDesk{s.key(), desk, date, h, end, sum, false};
                    h = end + 1;
                }
            }
        }
    }
    std::stable_sort(report.silent.begin(), report.silent.end(),
                     [](const SilentDesk &a, const SilentDesk &b) { return a.date < b.date; });
    return {};
}

Status CoverageCheck::closedDays(CoverageReport &report, const QString &site) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT p.site, p.desk, p.local_date, COUNT(*), SUM(p.count), "
        "(SELECT c.reason FROM closure c WHERE c.deleted = 0 AND p.local_date BETWEEN "
        "c.first_date AND c.last_date AND c.closed_site IN ('', p.site) "
        "ORDER BY c.first_date LIMIT 1) "
        "FROM passage p WHERE p.deleted = 0 AND p.local_date BETWEEN :from AND :to "
        "AND (IFNULL(:site, '') = '' OR p.site = :site) AND EXISTS (SELECT 1 FROM closure c "
        "WHERE c.deleted = 0 AND p.local_date BETWEEN c.first_date AND c.last_date "
        "AND c.closed_site IN ('', p.site)) "
        "GROUP BY p.local_date, p.site, p.desk ORDER BY p.local_date, p.site, p.desk"));
    query.bindValue(QStringLiteral(":from"), report.from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), report.to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":site"), site);
    Result<QList<EntriesOnClosedDay>> rows = selectAll(
        query,
        [](const QSqlQuery &row) {
            return EntriesOnClosedDay{row.value(0).toString(),
                                      row.value(1).toString(),
                                      QDate::fromString(row.value(2).toString(), Qt::ISODate),
                                      row.value(5).toString(),
                                      row.value(3).toInt(),
                                      row.value(4).toLongLong()};
        },
        tr("reading entries on closed days"));
    if (!rows)
        return rows.error();
    report.closedDays = *rows;
    return {};
}

Status CoverageCheck::backdated(CoverageReport &report, const QString &site) const
{
    // The delay, in minutes, between the time an entry states (local time, made UTC with
    // its offset) and the time it was typed (recorded_utc).
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT site, desk, local_date, recorded_utc, count, delay FROM ("
        "SELECT site, desk, local_date, recorded_utc, count, CAST(ROUND((julianday(recorded_utc) "
        "- julianday(local_date || ' ' || local_time)) * 1440 + utc_offset / 60.0) AS INTEGER) "
        "AS delay FROM passage WHERE deleted = 0 AND local_date BETWEEN :from AND :to "
        "AND (IFNULL(:site, '') = '' OR site = :site)) WHERE delay > :after "
        "ORDER BY site, desk, recorded_utc"));
    query.bindValue(QStringLiteral(":from"), report.from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), report.to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":site"), site);
    query.bindValue(QStringLiteral(":after"), m_rules.backdatedAfterMinutes);
    if (!query.exec())
        return sqlError(query, tr("reading back-dated entries"));
    BackdatedBurst burst;
    auto close = [&] {
        if (burst.entries >= m_rules.minBurstEntries)
            report.backdated << burst;
        burst = {};
    };
    while (query.next()) {
        const QString rowSite = query.value(0).toString(), desk = query.value(1).toString();
        const QDate stated = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        QDateTime recorded = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        recorded.setTimeSpec(Qt::UTC);
        const bool joins = burst.entries > 0 && burst.site == rowSite && burst.desk == desk &&
                           burst.lastRecorded.secsTo(recorded) <= 60 * m_rules.burstGapMinutes;
        if (!joins) {
            close();
            burst.site = rowSite;
            burst.desk = desk;
            burst.firstRecorded = recorded;
            burst.firstStated = stated;
            burst.lastStated = stated;
        }
        burst.lastRecorded = recorded;
        burst.firstStated = std::min(burst.firstStated, stated);
        burst.lastStated = std::max(burst.lastStated, stated);
        ++burst.entries;
        burst.walkIns += query.value(4).toLongLong();
        burst.maxDelayMinutes = std::max(burst.maxDelayMinutes, query.value(5).toLongLong());
    }
    close();
    std::stable_sort(report.backdated.begin(), report.backdated.end(),
                     [](const BackdatedBurst &a, const BackdatedBurst &b) {
                         return a.firstRecorded < b.firstRecorded;
                     });
    return {};
}

} // namespace passages
