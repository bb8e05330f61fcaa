// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/report/attendance.h"
#include "core/report/small_cells.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace passages;
using passages::test::walkIn;

namespace {

PassageInput at(PassageInput input, int y, int m, int d, int h, int min = 0)
{
    input.at = QDateTime(QDate(y, m, d), QTime(h, min));
    return input;
}

PassageInput with(const char *pole, const char *age, const char *commune, int count = 1,
                  const char *channel = "")
{
    PassageInput input = walkIn(pole, count);
    input.ageBand = QLatin1String(age);
    input.commune = QLatin1String(commune);
    input.channel = QLatin1String(channel);
    return input;
}

AttendanceFilter period(const QDate &from, const QDate &to)
{
    AttendanceFilter f;
    f.from = from;
    f.to = to;
    return f;
}

qint64 pole(const Bucket &b, const PoleSeries &s, const char *code)
{
    const int i = s.poleIndex(QLatin1String(code));
    return i < 0 ? -1 : b.byPole.at(i);
}

const BreakdownRow *row(const Breakdown &b, const char *code)
{
    for (const BreakdownRow &r : b.rows)
        if (r.code == QLatin1String(code))
            return &r;
    return nullptr;
}

qint64 scalar(const Database &db, const char *sql)
{
    QSqlQuery q = db.prepare(QLatin1String(sql));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// The fixed week of March 2024 (Monday 4 to Sunday 10), and around it.
struct Dataset
{
    test::TempDesk desk;
    Dataset()
    {
        Reception &r = *desk.reception;
        // Monday 4 March: emploi 1 + a class of 25, orientation 2; a deleted creation 4.
        REQUIRE(r.log(at(with("emploi", "26-44", "94022"), 2024, 3, 4, 9, 30)).ok());
        REQUIRE(r.log(at(with("emploi", "16-25", "75119", 25), 2024, 3, 4, 10)).ok());
        REQUIRE(r.log(at(with("orientation", "16-25", "94022", 2), 2024, 3, 4, 14)).ok());
        const Passage mistake = *r.log(at(with("creation", "45-54", "75119", 4), 2024, 3, 4, 11));
        REQUIRE(r.remove(mistake.id).ok());
        // Tuesday 5: emploi 3 by telephone, droit 1 (first logged as emploi, corrected).
        REQUIRE(r.log(at(with("emploi", "26-44", "93048", 3, "telephone"), 2024, 3, 5, 10)).ok());
        const Passage moved = *r.log(at(with("emploi", "55-plus", "etranger"), 2024, 3, 5, 16));
        PassageInput fix = moved.toInput();
        fix.pole = QStringLiteral("droit");
        REQUIRE(r.correct(moved.id, fix).ok());
        // Saturday 9: nobody (closed). Sunday 10: a forum brings orientation 1.
        REQUIRE(r.log(at(with("orientation", "nr", "nr"), 2024, 3, 10, 15)).ok());
        // Easter Monday 1 April: nobody. Tuesday 2 April: emploi 2.
        REQUIRE(r.log(at(with("emploi", "26-44", "94022", 2), 2024, 4, 2, 11)).ok());
        // The same week in 2023, and both sides of the year boundaries.
        REQUIRE(r.log(at(with("emploi", "26-44", "94022", 10), 2023, 3, 6, 10)).ok());
        REQUIRE(r.log(at(with("orientation", "26-44", "75119", 4), 2023, 3, 7, 10)).ok());
        REQUIRE(r.log(at(with("emploi", "26-44", "94022", 100), 2023, 12, 31, 23, 30)).ok());
        REQUIRE(r.log(at(with("emploi", "26-44", "94022", 100), 2025, 1, 1, 0, 10)).ok());
    }
    AttendanceReport report() const
    {
        AttendanceReport a(*desk.db, desk.referential, test::communes());
        return a;
    }
};

} // namespace

TEST_CASE("the daily series stacks by pôle and shows closed days as closed", "[attendance]")
{
    Dataset data;
    AttendanceReport a = data.report();
    REQUIRE(a.usesDailyAggregate());
    Result<PoleSeries> week = a.daily(period(QDate(2024, 3, 4), QDate(2024, 3, 10)));
    REQUIRE(week.ok());
    REQUIRE(week->buckets.size() == 7);
    REQUIRE(week->poles.size() == 7);
    CHECK(week->poles.at(0).code == QLatin1String("orientation"));
    CHECK(week->poles.at(0).color == QLatin1String("#1f77b4"));
    const Bucket &monday = week->buckets.at(0);
    CHECK(monday.key == QLatin1String("2024-03-04"));
    CHECK(monday.total == 28);
    CHECK(pole(monday, *week, "emploi") == 26);
    CHECK(pole(monday, *week, "orientation") == 2);
    CHECK(pole(monday, *week, "creation") == 0); // the deleted entry
    const Bucket &tuesday = week->buckets.at(1);
    CHECK(tuesday.total == 4);
    CHECK(pole(tuesday, *week, "droit") == 1); // counted once, where it was corrected to
    CHECK(pole(tuesday, *week, "emploi") == 3);
    CHECK(week->buckets.at(2).total == 0);
    CHECK_FALSE(week->buckets.at(2).isClosed()); // open, nobody came: a real zero
    CHECK(week->buckets.at(5).isClosed());       // Saturday
    CHECK(week->buckets.at(5).status.kind == DayStatus::Kind::WeeklyClosed);
    CHECK_FALSE(week->buckets.at(6).isClosed()); // Sunday, but the forum opened it
    CHECK(week->buckets.at(6).openDays == 1);
    CHECK(week->total == 33);
    CHECK(week->openDays == 6);
    CHECK(week->perOpenDay() == Approx(5.5));

    Result<PoleSeries> easter = a.daily(period(QDate(2024, 4, 1), QDate(2024, 4, 2)));
    CHECK(easter->buckets.at(0).isClosed());
    CHECK(easter->buckets.at(0).status.reason == QLatin1String("Easter Monday"));
    CHECK(easter->buckets.at(1).total == 2);
    CHECK(easter->openDays == 1);

    // Filters: channel, pôle, site, desk.
    AttendanceFilter phone = period(QDate(2024, 3, 4), QDate(2024, 3, 10));
    phone.channel = QStringLiteral("telephone");
    CHECK(a.daily(phone)->total == 3);
    AttendanceFilter orientation = period(QDate(2024, 3, 4), QDate(2024, 3, 10));
    orientation.pole = QStringLiteral("orientation");
    Result<PoleSeries> one = a.daily(orientation);
    REQUIRE(one->poles.size() == 1);
    CHECK(one->total == 3);
    AttendanceFilter bpi = period(QDate(2024, 3, 4), QDate(2024, 3, 10));
    bpi.site = QStringLiteral("bpi");
    CHECK(a.daily(bpi)->total == 0);
    AttendanceFilter deskOne = period(QDate(2024, 3, 4), QDate(2024, 3, 10));
    deskOne.desk = QStringLiteral("Accueil 1");
    CHECK(a.daily(deskOne)->total == 33);

    // "Today" cuts the future out of the opening days.
    a.setToday(QDate(2024, 3, 6));
    Result<PoleSeries> soFar = a.daily(period(QDate(2024, 3, 4), QDate(2024, 3, 10)));
    CHECK(soFar->openDays == 3);
    CHECK(soFar->buckets.at(5).future);
    CHECK_FALSE(soFar->buckets.at(5).isClosed());
}

TEST_CASE("hours, weeks, months and years add up the same walk-ins", "[attendance]")
{
    Dataset data;
    AttendanceReport a = data.report();
    Result<PoleSeries> hours = a.byHour(QDate(2024, 3, 4));
    REQUIRE(hours.ok());
    CHECK(hours->buckets.first().hour == 9);
    CHECK(hours->buckets.last().hour == 17);
    CHECK(hours->buckets.at(0).total == 1);                        // 9:30
    CHECK(hours->buckets.at(1).total == 25);                       // 10:00
    CHECK(hours->buckets.at(2).total == 0);                        // 11:00, the deleted entry
    CHECK(pole(hours->buckets.at(5), *hours, "orientation") == 2); // 14:00
    CHECK(hours->total == 28);
    // A late walk-in stretches the hours shown.
    CHECK(a.byHour(QDate(2023, 12, 31))->buckets.last().hour == 23);

    Result<PoleSeries> week = a.weekly(period(QDate(2024, 3, 6), QDate(2024, 3, 6)));
    REQUIRE(week->buckets.size() == 1);
    CHECK(week->buckets.at(0).key == QLatin1String("2024-W10"));
    CHECK(week->buckets.at(0).first == QDate(2024, 3, 4));
    CHECK(week->buckets.at(0).total == 33);
    CHECK(week->buckets.at(0).openDays == 6);
    // ISO week 1 of 2025 starts on Monday 30 December 2024.
    Result<PoleSeries> newYear = a.weekly(period(QDate(2024, 12, 31), QDate(2025, 1, 1)));
    REQUIRE(newYear->buckets.size() == 1);
    CHECK(newYear->buckets.at(0).key == QLatin1String("2025-W01"));
    CHECK(newYear->buckets.at(0).total == 100);

    Result<PoleSeries> months = a.monthly(period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    REQUIRE(months->buckets.size() == 12);
    CHECK(months->buckets.at(0).total == 0);
    CHECK(months->buckets.at(2).key == QLatin1String("2024-03"));
    CHECK(months->buckets.at(2).total == 33);
    CHECK(months->buckets.at(3).total == 2);
    CHECK(months->total == 35);
    CHECK(months->openDays == 253); // 252 open weekdays + the Sunday forum

    Result<PoleSeries> years = a.yearly(period(QDate(2023, 6, 1), QDate(2025, 2, 1)));
    REQUIRE(years->buckets.size() == 3);
    CHECK(years->buckets.at(0).total == 114);
    CHECK(years->buckets.at(1).total == 35);
    CHECK(years->buckets.at(2).total == 100);
}

TEST_CASE("the heat map gives walk-ins per opening day by weekday and hour", "[attendance]")
{
    Dataset data;
    AttendanceReport a = data.report();
    // Two Mondays (4 and 11 March), one of them empty.
    Result<HeatMap> map = a.heatMap(period(QDate(2024, 3, 4), QDate(2024, 3, 11)));
    REQUIRE(map.ok());
    CHECK(map->cells[0][10] == 25);
    CHECK(map->openDays[0] == 2);
    CHECK(map->average(1, 10) == Approx(12.5));
    CHECK(map->average(2, 16) == Approx(1.0));
    CHECK(map->openDays[5] == 0);              // Saturday: closed
    CHECK(map->average(7, 15) == Approx(1.0)); // the Sunday forum
    CHECK(map->total() == 33);
    CHECK(map->maxAverage() == Approx(12.5));
}

TEST_CASE("breakdowns compare the period with the same period last year", "[attendance]")
{
    Dataset data;
    AttendanceReport a = data.report();
    const AttendanceFilter march = period(QDate(2024, 3, 1), QDate(2024, 3, 31));

    Result<Breakdown> ages = a.breakdown(BreakdownBy::AgeBand, march);
    REQUIRE(ages.ok());
    CHECK(ages->previousFrom == QDate(2023, 3, 1));
    CHECK(ages->total == 33);
    CHECK(ages->previousTotal == 14);
    REQUIRE(ages->rows.size() == 4);
    CHECK(ages->rows.at(0).code == QLatin1String("16-25"));
    CHECK(ages->rows.at(0).count == 27);
    CHECK(ages->rows.at(0).previous == 0);
    const BreakdownRow *adults = row(*ages, "26-44");
    REQUIRE(adults);
    CHECK(adults->count == 4);
    CHECK(adults->previous == 14);
    CHECK(*changePercent(adults->count, adults->previous) == Approx(-71.43).epsilon(0.001));
    CHECK(row(*ages, "45-54") == nullptr); // only in the deleted entry

    Result<Breakdown> communes = a.breakdown(BreakdownBy::Commune, march, 2);
    REQUIRE(communes->rows.size() == 2);
    CHECK(communes->rows.at(0).code == QLatin1String("75119"));
    CHECK(communes->rows.at(0).label.startsWith(QLatin1String("Paris 19")));
    CHECK(communes->rows.at(0).previous == 4);
    CHECK(communes->rows.at(1).code == QLatin1String("94022"));
    CHECK(communes->otherRows == 3); // 93048, etranger, nr
    CHECK(communes->otherCount == 5);

    Result<Breakdown> departments = a.breakdown(BreakdownBy::Department, march);
    REQUIRE(departments.ok());
    CHECK(row(*departments, "75")->count == 25);
    CHECK(row(*departments, "94")->count == 3);
    CHECK(row(*departments, "94")->previous == 10);
    CHECK(row(*departments, "93")->count == 3);
    CHECK(row(*departments, "93")->label == QStringLiteral("Seine-Saint-Denis (93)"));
    CHECK(row(*departments, "etranger")->label == QLatin1String("Outside France"));
    CHECK(row(*departments, "nr")->count == 1);

    Result<Breakdown> themes = a.breakdown(BreakdownBy::Theme, march);
    REQUIRE(themes->rows.size() == 1);
    CHECK(themes->rows.at(0).label == QLatin1String("No theme"));

    Result<Breakdown> channels = a.breakdown(BreakdownBy::Channel, march);
    CHECK(row(*channels, "telephone")->count == 3);
    CHECK(row(*channels, "sur-place")->count == 30);

    CHECK(*a.total(march) == 33);
    REQUIRE(a.desks()->size() == 1);
    CHECK(a.desks()->at(0).second == QLatin1String("Accueil 1"));
}

TEST_CASE("the daily aggregate stays equal to the rows through corrections and undos",
          "[attendance]")
{
    Dataset data;
    Reception &r = *data.desk.reception;
    const Passage p = *r.log(at(with("creation", "26-44", "94022", 7), 2024, 3, 6, 12));
    PassageInput moved = p.toInput();
    moved.at = QDateTime(QDate(2024, 3, 7), QTime(9, 0));
    moved.count = 2;
    moved.channel = QStringLiteral("visio");
    const Passage corrected = *r.correct(p.id, moved);
    REQUIRE(r.remove(p.id).ok());
    REQUIRE(r.restore(corrected).ok());
    const char *aggregate = "SELECT SUM(n) FROM passage_day";
    const char *rows = "SELECT SUM(count) FROM passage WHERE deleted = 0";
    CHECK(scalar(*data.desk.db, aggregate) == scalar(*data.desk.db, rows));
    CHECK(scalar(*data.desk.db, "SELECT COUNT(*) FROM passage_day WHERE n <= 0") == 0);
    for (const char *dim : {"SELECT SUM(n) FROM passage_dim_day WHERE dim = 'age_band'",
                            "SELECT SUM(n) FROM passage_dim_day WHERE dim = 'public'",
                            "SELECT SUM(n) FROM passage_dim_day WHERE dim = 'department'"})
        CHECK(scalar(*data.desk.db, dim) == scalar(*data.desk.db, rows));
    CHECK(scalar(*data.desk.db, "SELECT COUNT(*) FROM passage_dim_day WHERE n <= 0") == 0);

    // The aggregate's answer (no pôle filter) is the rows' answer summed over the pôles.
    AttendanceReport a = data.report();
    const AttendanceFilter march = period(QDate(2024, 3, 1), QDate(2024, 3, 31));
    for (BreakdownBy by : {BreakdownBy::AgeBand, BreakdownBy::Public, BreakdownBy::Department}) {
        QHash<QString, qint64> fromRows;
        for (const Category &pole : data.desk.referential.list(Referential::Kind::Pole)) {
            AttendanceFilter one = march;
            one.pole = pole.code;
            const Result<Breakdown> part = a.breakdown(by, one);
            REQUIRE(part.ok());
            for (const BreakdownRow &line : part->rows)
                fromRows[line.code] += line.count;
        }
        Result<Breakdown> whole = a.breakdown(by, march);
        qint64 sum = 0;
        for (const BreakdownRow &line : whole->rows) {
            CHECK(fromRows.value(line.code) == line.count);
            sum += line.count;
        }
        CHECK(sum == whole->total);
    }
    CHECK(scalar(*data.desk.db, "SELECT n FROM passage_day WHERE local_date = '2024-03-07'") == 2);
    CHECK(scalar(*data.desk.db,
                 "SELECT COUNT(*) FROM passage_day WHERE local_date = '2024-03-06'") == 0);
}

TEST_CASE("small cells are masked in exports and change hides with them", "[attendance]")
{
    SmallCellPolicy policy;
    CHECK(policy.cell(3) == QLatin1String("3"));
    policy.enabled = true;
    CHECK(policy.cell(3) == QLatin1String("s"));
    CHECK(policy.cell(0) == QLatin1String("0"));
    CHECK(policy.cell(5) == QLatin1String("5"));
    CHECK(policy.format(1881, QLocale(QLocale::French)) == QStringLiteral("1\u202f881"));
    CHECK_FALSE(policy.change(100, 4).has_value());
    CHECK(*policy.change(122, 100) == Approx(22.0));
    CHECK(formatChange(22.4, QLocale(QLocale::French)) == QStringLiteral("+22\u202f%"));
    CHECK(formatChange(-3.0, QLocale(QLocale::English)) == QStringLiteral("-3%"));
    CHECK(formatChange(std::nullopt) == QStringLiteral("–"));
    policy.threshold = 10;
    CHECK(policy.format(9, QLocale(QLocale::French)) == QLatin1String("s"));
    CHECK(policy.format(12, true, QLocale(QLocale::French)) == QLatin1String("s"));
    CHECK_FALSE(policy.change(122, 100, true).has_value());
}
