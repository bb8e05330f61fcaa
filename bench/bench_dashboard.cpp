// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_dashboard.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/bilan.h"
#include "core/report/dashboard_figures.h"
#include "core/report/summaries.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace passages;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Median wall time in ms of `runs` calls.
double timeMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

/// Runs a raw SQL query to the end (the baseline): the plainest GROUP BY over the rows.
void drain(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    q.setForwardOnly(true);
    q.exec();
    while (q.next())
        (void)q.value(0);
}

QString rawGroupBy(const QString &select, const QDate &from, const QDate &to,
                   const QString &groupBy, const QString &site = {})
{
    return QStringLiteral("SELECT %1, SUM(count) FROM passage WHERE local_date >= '%2' AND "
                          "local_date <= '%3' AND deleted = 0%5 GROUP BY %4")
        .arg(select, from.toString(Qt::ISODate), to.toString(Qt::ISODate), groupBy,
             site.isEmpty() ? QString() : QStringLiteral(" AND site = '%1'").arg(site));
}

/// `tallies` rows over ten years of weekdays (2015-2024), 50 desks on 5 sites, written
/// into the real schema in one transaction by one INSERT ... SELECT over a recursive CTE. Ids are
/// sequential: the read side is measured, and random UUIDs would only slow the generation.
bool generate(Database &db, qint64 tallies, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    // 2015-01-05 is a Monday; 522 weeks of 5 weekdays reach the end of 2024.
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1), "
            "d(i, k, desk) AS (SELECT i, i * 2610 / %1, (i * 7) % 50 FROM n) "
            "INSERT INTO passage (id, site, desk, local_date, local_time, utc_offset, pole, theme, "
            "age_band, commune, public, channel, count, revision, deleted, recorded_utc, "
            "updated_utc) "
            "SELECT printf('%08x-0000-4000-8000-%012x', i, i), "
            "CASE WHEN desk < 30 THEN 'villette' WHEN desk < 35 THEN 'bpi' WHEN desk < 40 THEN "
            "'ppe-10' WHEN desk < 45 THEN 'ppe-18' ELSE 'bagnolet' END, 'Accueil ' || desk, "
            "date('2015-01-05', '+' || ((k / 5) * 7 + k % 5) || ' days'), "
            "printf('%02d:%02d:00', 9 + (i * 7919 % 97) % 9, i % 60), 3600, "
            "CASE (i * 13) % 10 WHEN 0 THEN 'orientation' WHEN 1 THEN 'evolution' WHEN 2 THEN "
            "'evolution' WHEN 3 THEN 'creation' WHEN 4 THEN 'emploi' WHEN 5 THEN 'emploi' WHEN 6 "
            "THEN 'emploi' WHEN 7 THEN 'droit' WHEN 8 THEN 'numerique' ELSE 'documentation' END, "
            "CASE WHEN i % 3 = 0 THEN NULL ELSE 'emploi-recherche' END, "
            "CASE (i * 11) % 7 WHEN 0 THEN '0-15' WHEN 1 THEN '16-25' WHEN 2 THEN '16-25' WHEN 3 "
            "THEN '26-44' WHEN 4 THEN '26-44' WHEN 5 THEN '45-54' ELSE '55-plus' END, "
            "CASE (i * 31) % 12 WHEN 0 THEN '75119' WHEN 1 THEN '75120' WHEN 2 THEN '75118' WHEN 3 "
            "THEN '93066' WHEN 4 THEN '93008' WHEN 5 THEN '94022' WHEN 6 THEN '94080' WHEN 7 THEN "
            "'92050' WHEN 8 THEN '95018' WHEN 9 THEN '77186' WHEN 10 THEN 'etranger' ELSE 'nr' "
            "END, "
            "CASE i % 6 WHEN 0 THEN 'demandeur-emploi' WHEN 1 THEN 'salarie' WHEN 2 THEN "
            "'scolaire-etudiant' WHEN 3 THEN 'demandeur-emploi' ELSE 'nr' END, "
            "CASE WHEN i % 20 < 17 THEN 'sur-place' WHEN i % 20 < 19 THEN 'telephone' ELSE 'visio' "
            "END, CASE WHEN i % 97 = 0 THEN 12 ELSE 1 END, 1, CASE WHEN i % 101 = 0 THEN 1 ELSE 0 "
            "END, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z' FROM d")
            .arg(tallies);
    Transaction tx(db);
    if (!tx.begun())
        return false;
    // Row by row, the summaries' triggers would make generation take a quarter of an
    // hour: they are dropped, and the summaries built afterwards by summaries::rebuild(),
    // as a first consolidation builds them.
    QSqlQuery triggers = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'passage'"));
    QStringList names;
    if (triggers.exec())
        while (triggers.next())
            names << triggers.value(0).toString();
    for (const QString &trigger : std::as_const(names))
        drain(db, QStringLiteral("DROP TRIGGER %1").arg(trigger));
    QSqlQuery q = db.prepare(sql);
    if (!q.exec()) {
        out << "generation failed: " << sqlError(q, QStringLiteral("generating")).message << '\n';
        return false;
    }
    if (Status s = summaries::rebuild(db); !s) {
        out << "summaries failed: " << s.error().message << '\n';
        return false;
    }
    if (!tx.commit())
        return false;
    drain(db, QStringLiteral("ANALYZE"));
    out << QStringLiteral("  generated %1 tallies (10 years, 50 desks, 5 sites) in %2 s\n")
               .arg(tallies)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return true;
}

} // namespace

void benchDashboard(QTextStream &out, qint64 tallies)
{
    out << "dashboard figures on generated data:\n";
    out.flush();
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("consolidated.sqlite")));
    if (!opened) {
        out << "cannot open the bench database: " << opened.error().message << '\n';
        return;
    }
    Database &db = **opened;
    if (!generate(db, tallies, out))
        return;
    out.flush();
    Referential referential = Referential::defaultReferential();
    CommuneIndex communes = CommuneIndex::loadDefault().value();
    const OpeningCalendar calendar;
    const QDate today(2024, 11, 19);
    const int runs = 5;

    auto line = [&](const QString &what, double ms, double baseline, double target) {
        out << QStringLiteral("  %1: %2 ms (median of %3); plain GROUP BY over the rows %4 ms; "
                              "ratio %5; target < %6 ms: %7\n")
                   .arg(what)
                   .arg(ms, 0, 'f', 1)
                   .arg(runs)
                   .arg(baseline, 0, 'f', 1)
                   .arg(ms / baseline, 0, 'f', 2)
                   .arg(target)
                   .arg(ms < target ? QStringLiteral("met") : QStringLiteral("MISSED"));
        out.flush();
    };

    // Yearly by pôle: the bilan's first table.
    AttendanceReport attendance(db, referential, communes, calendar);
    AttendanceFilter year;
    year.from = QDate(2023, 1, 1);
    year.to = QDate(2023, 12, 31);
    qint64 check = 0;
    const double yearly =
        timeMs(runs, [&] { check = attendance.breakdown(BreakdownBy::Pole, year)->total; });
    const double yearlyRaw = timeMs(runs, [&] {
        drain(db, rawGroupBy(QStringLiteral("pole"), year.from, year.to, QStringLiteral("pole")));
    });
    line(QStringLiteral("yearly by pôle, with the year before (2023: %1 walk-ins)").arg(check),
         yearly, yearlyRaw, 100);
    AttendanceFilter yearOnly = year;
    const double yearlyMonths = timeMs(runs, [&] { (void)attendance.monthly(yearOnly); });
    line(QStringLiteral("one year by month and pôle"), yearlyMonths,
         timeMs(runs,
                [&] {
                    drain(db, rawGroupBy(QStringLiteral("substr(local_date, 1, 7) AS m, pole"),
                                         year.from, year.to, QStringLiteral("m, pole")));
                }),
         100);

    // The 30-day daily series.
    const AttendanceFilter days = lastDays(today, 30);
    const double daily = timeMs(runs, [&] { (void)attendance.daily(days); });
    const double dailyRaw = timeMs(runs, [&] {
        drain(db, rawGroupBy(QStringLiteral("local_date, pole"), days.from, days.to,
                             QStringLiteral("local_date, pole")));
    });
    line(QStringLiteral("30-day daily series by pôle"), daily, dailyRaw, 50);

    // What the coordinators' dashboard draws at first paint, against the same figures
    // asked as plain GROUP BYs over the rows.
    DashboardRequest request = DashboardRequest::standard(today);
    request.bilanYear = 0;
    const AttendanceFilter prev = days.previousYear();
    const QDate y0(today.year(), 1, 1), y1(today.year(), 12, 31);
    const double paint = timeMs(runs, [&] {
        Result<DashboardFigures> f = computeDashboard(db, referential, communes, calendar, request);
        if (!f)
            out << "  dashboard failed: " << f.error().message << '\n';
    });
    const double paintRaw = timeMs(runs, [&] {
        drain(db, rawGroupBy(QStringLiteral("substr(local_time, 1, 2) AS h, pole"), today, today,
                             QStringLiteral("h, pole")));
        drain(db, rawGroupBy(QStringLiteral("local_date, pole"), days.from, days.to,
                             QStringLiteral("local_date, pole")));
        drain(db, rawGroupBy(QStringLiteral("local_date, pole"), prev.from, prev.to,
                             QStringLiteral("local_date, pole")));
        drain(db, rawGroupBy(QStringLiteral("local_date, pole"), today.addDays(-7 * 26), today,
                             QStringLiteral("local_date, pole")));
        for (int back = 0; back < 2; ++back)
            drain(db,
                  rawGroupBy(QStringLiteral("substr(local_date, 1, 7) AS m, pole"),
                             y0.addYears(-back), y1.addYears(-back), QStringLiteral("m, pole")));
        drain(db, rawGroupBy(QStringLiteral("local_date, substr(local_time, 1, 2) AS h"), days.from,
                             days.to, QStringLiteral("local_date, h")));
        for (const char *column : {"theme", "age_band", "public", "channel", "commune"}) {
            drain(db, rawGroupBy(QLatin1String(column), days.from, days.to, QLatin1String(column)));
            drain(db, rawGroupBy(QLatin1String(column), prev.from, prev.to, QLatin1String(column)));
        }
    });
    line(QStringLiteral("coordinators' first paint (today by hour, 30 days, 26 weeks, 2 years "
                        "by month, heat map, 6 breakdowns with last year)"),
         paint, paintRaw, 1000);

    // The direction's bilan of the year (its own tab, computed when first shown).
    const BilanBuilder builder(db, referential, communes, calendar);
    const double bilan = timeMs(3, [&] { (void)builder.build(today.year() - 1); });
    const double bilanRaw = timeMs(3, [&] {
        for (int back = 1; back < 3; ++back) {
            drain(db,
                  rawGroupBy(QStringLiteral("substr(local_date, 1, 7) AS m, pole"),
                             y0.addYears(-back), y1.addYears(-back), QStringLiteral("m, pole")));
            for (const char *column : {"age_band", "public", "commune"})
                drain(db, rawGroupBy(QLatin1String(column), y0.addYears(-back), y1.addYears(-back),
                                     QLatin1String(column)));
        }
    });
    line(QStringLiteral("the bilan of a year (by pôle and month, age bands, publics, "
                        "departments, each with the year before)"),
         bilan, bilanRaw, 1000);
    out << QStringLiteral("  every figure of both views: %1 ms\n").arg(paint + bilan, 0, 'f', 1);

    // The *Répartitions* view over a whole year: themes, age bands and top communes, each
    // beside the year before, against the same six plain GROUP BYs over the rows.
    const AttendanceFilter yearBefore = year.previousYear();
    const double yearBreakdowns = timeMs(runs, [&] {
        for (BreakdownBy by : {BreakdownBy::Theme, BreakdownBy::AgeBand, BreakdownBy::Commune})
            (void)attendance.breakdown(by, year, 15);
    });
    const double yearBreakdownsRaw = timeMs(runs, [&] {
        for (const AttendanceFilter *period : {&std::as_const(year), &yearBefore})
            for (const char *column : {"COALESCE(theme, '')", "age_band", "commune"})
                drain(db, rawGroupBy(QLatin1String(column), period->from, period->to,
                                     QLatin1String(column)));
    });
    line(QStringLiteral("3 breakdowns of a whole year with the year before (Répartitions)"),
         yearBreakdowns, yearBreakdownsRaw, 300);
    AttendanceFilter oneSite = year;
    oneSite.site = QStringLiteral("bpi");
    const AttendanceFilter oneSiteBefore = oneSite.previousYear();
    const double siteBreakdowns = timeMs(runs, [&] {
        for (BreakdownBy by : {BreakdownBy::Theme, BreakdownBy::AgeBand, BreakdownBy::Commune})
            (void)attendance.breakdown(by, oneSite, 15);
    });
    const double siteBreakdownsRaw = timeMs(runs, [&] {
        for (const AttendanceFilter *period : {&std::as_const(oneSite), &oneSiteBefore})
            for (const char *column : {"COALESCE(theme, '')", "age_band", "commune"})
                drain(db, rawGroupBy(QLatin1String(column), period->from, period->to,
                                     QLatin1String(column), oneSite.site));
    });
    line(QStringLiteral("the same for one site"), siteBreakdowns, siteBreakdownsRaw, 300);
    const double desks = timeMs(3, [&] { (void)attendance.desks(); });
    out << QStringLiteral("  for information: the list of desks (filter choices): %1 ms\n")
               .arg(desks, 0, 'f', 1);
    out.flush();
}
