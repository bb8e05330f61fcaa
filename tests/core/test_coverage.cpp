// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/report/coverage.h"
#include "core/storage/database.h"

#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace passages;

namespace {

/// Writes a walk-in row as a consolidated cache holds it: stated local time, offset, and
/// the UTC time it was typed (by default a minute after its stated time).
void walkIn(const Database &db, const char *site, const char *desk, const QDate &date, int hour,
            int count = 1, int minute = 0, QDateTime typed = {})
{
    // Paris in winter: UTC+1, so the stated 10:00 is 9:00 UTC; typed a minute later.
    if (!typed.isValid())
        typed = QDateTime(date, QTime(hour, minute), Qt::UTC).addSecs(-3600 + 60);
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO passage (id, site, desk, local_date, local_time, utc_offset, pole, "
        "age_band, commune, public, channel, count, recorded_utc, updated_utc) VALUES (:id, "
        ":site, :desk, :date, :time, 3600, 'emploi', 'nr', 'nr', 'nr', 'sur-place', :count, "
        ":typed, :typed)"));
    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":site"), QLatin1String(site));
    q.bindValue(QStringLiteral(":desk"), QLatin1String(desk));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":time"), QTime(hour, minute).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":count"), count);
    q.bindValue(QStringLiteral(":typed"), typed.toUTC().toString(Qt::ISODateWithMs));
    REQUIRE(q.exec());
}

void closure(const Database &db, const char *closedSite, const QDate &first, const QDate &last,
             const char *reason)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO closure (id, site, desk, closed_site, first_date, last_date, reason, "
        "recorded_utc, updated_utc) VALUES (:id, 'villette', 'Accueil 1', :closed, :first, "
        ":last, :reason, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"));
    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":closed"), QLatin1String(closedSite));
    q.bindValue(QStringLiteral(":first"), first.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":last"), last.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":reason"), QLatin1String(reason));
    REQUIRE(q.exec());
}

/// Two desks of a site working a normal day, 9:00 to 17:00.
void normalDay(const Database &db, const QDate &date, const char *site = "villette")
{
    for (int h = 9; h <= 17; ++h) {
        walkIn(db, site, "Accueil 1", date, h, 2);
        walkIn(db, site, "Accueil 2", date, h, 2);
    }
}

} // namespace

TEST_CASE("coverage: a desk silent all day or all afternoon while the other logs", "[coverage]")
{
    test::TempDesk desk;
    const Database &db = *desk.db;
    const QDate monday(2025, 3, 3);
    normalDay(db, monday.addDays(-7));
    normalDay(db, monday);
    normalDay(db, monday.addDays(7));
    // Tuesday: Accueil 2 forgotten all day; Accueil 1 logs as usual.
    for (int h = 9; h <= 17; ++h) {
        walkIn(db, "villette", "Accueil 1", monday.addDays(1), h, 2);
        walkIn(db, "villette", "Accueil 1", monday.addDays(8), h, 2);
        walkIn(db, "villette", "Accueil 2", monday.addDays(8), h, 2);
    }
    // Wednesday: Accueil 2 logs at 9 and 10, then nothing until 17; a lunch hour off
    // at Accueil 1 is not a finding (one hour).
    for (int h = 9; h <= 17; ++h) {
        if (h != 12)
            walkIn(db, "villette", "Accueil 1", monday.addDays(2), h, 3);
        if (h <= 10 || h == 17)
            walkIn(db, "villette", "Accueil 2", monday.addDays(2), h, 1);
    }
    // A desk of another site that only works on Thursdays is never expected elsewhere.
    walkIn(db, "bpi", "Point info", monday.addDays(3), 10, 4);

    Result<CoverageReport> report = CoverageCheck(db).run(monday, monday.addDays(6));
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    REQUIRE(report->silent.size() == 2);
    const SilentDesk &day = report->silent.at(0);
    CHECK(day.site == QLatin1String("villette"));
    CHECK(day.desk == QLatin1String("Accueil 2"));
    CHECK(day.date == monday.addDays(1));
    CHECK(day.wholeDay);
    CHECK(day.fromHour == 9);
    CHECK(day.toHour == 17);
    CHECK(day.othersLogged == 18);
    const SilentDesk &gap = report->silent.at(1);
    CHECK(gap.desk == QLatin1String("Accueil 2"));
    CHECK(gap.date == monday.addDays(2));
    CHECK_FALSE(gap.wholeDay);
    CHECK(gap.fromHour == 11);
    CHECK(gap.toHour == 16);
    CHECK(gap.othersLogged == 3 * 5); // 11, 13, 14, 15, 16: Accueil 1 is off at noon
    // One site asked for: the other's desks are left out, and so is the finding.
    Result<CoverageReport> bpi =
        CoverageCheck(db).run(monday, monday.addDays(6), QStringLiteral("bpi"));
    REQUIRE(bpi.ok());
    CHECK(bpi->findings() == 0);
    // A stricter rule on the silence: the afternoon gap of 6 hours still counts, not at 7.
    CoverageRules strict;
    strict.minSilentHours = 7;
    CHECK(CoverageCheck(db, strict).run(monday, monday.addDays(6))->silent.size() == 1);
}

TEST_CASE("coverage: entries on a day a closure marks closed", "[coverage]")
{
    test::TempDesk desk;
    const Database &db = *desk.db;
    const QDate day(2025, 8, 11);
    closure(db, "", day, day.addDays(4), "Fermeture estivale");
    closure(db, "bpi", day.addDays(7), day.addDays(7), "Inventaire");
    walkIn(db, "villette", "Accueil 1", day.addDays(1), 10, 3);
    walkIn(db, "villette", "Accueil 1", day.addDays(1), 11, 2);
    walkIn(db, "bpi", "Point info", day.addDays(7), 10, 1);
    walkIn(db, "villette", "Accueil 1", day.addDays(7), 10, 1); // bpi is closed, not villette
    walkIn(db, "villette", "Accueil 1", day.addDays(5), 10, 1); // after the closure
    Result<CoverageReport> report = CoverageCheck(db).run(day, day.addDays(10));
    REQUIRE(report.ok());
    REQUIRE(report->closedDays.size() == 2);
    const EntriesOnClosedDay &summer = report->closedDays.at(0);
    CHECK(summer.date == day.addDays(1));
    CHECK(summer.site == QLatin1String("villette"));
    CHECK(summer.entries == 2);
    CHECK(summer.walkIns == 5);
    CHECK(summer.reason == QLatin1String("Fermeture estivale"));
    const EntriesOnClosedDay &inventory = report->closedDays.at(1);
    CHECK(inventory.site == QLatin1String("bpi"));
    CHECK(inventory.reason == QLatin1String("Inventaire"));
    // A deleted closure no longer counts.
    QSqlQuery q =
        db.prepare(QStringLiteral("UPDATE closure SET deleted = 1 WHERE closed_site = ''"));
    REQUIRE(q.exec());
    CHECK(CoverageCheck(db).run(day, day.addDays(10))->closedDays.size() == 1);
}

TEST_CASE("coverage: a burst of entries typed long after their stated time", "[coverage]")
{
    test::TempDesk desk;
    const Database &db = *desk.db;
    const QDate day(2025, 3, 4);
    // The morning caught up from paper at 18:30 local (17:30 UTC), one entry a minute.
    const QDateTime evening(day, QTime(17, 30), Qt::UTC);
    for (int i = 0; i < 4; ++i)
        walkIn(db, "villette", "Accueil 1", day, 9 + i, 2, 0, evening.addSecs(60 * i));
    // Typed as they came: no finding, and two late entries alone are not a burst.
    for (int h = 9; h <= 17; ++h)
        walkIn(db, "villette", "Accueil 2", day, h);
    walkIn(db, "villette", "Accueil 2", day, 9, 1, 30, evening);
    walkIn(db, "villette", "Accueil 2", day, 10, 1, 30, evening.addSecs(60));
    // The next day's burst of the same desk is another one (typed hours apart).
    const QDateTime next(day.addDays(1), QTime(16, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i)
        walkIn(db, "villette", "Accueil 1", day.addDays(1), 9, 1, 10 * i, next.addSecs(120 * i));

    Result<CoverageReport> report = CoverageCheck(db).run(day, day.addDays(1));
    REQUIRE(report.ok());
    REQUIRE(report->backdated.size() == 2);
    const BackdatedBurst &b = report->backdated.at(0);
    CHECK(b.desk == QLatin1String("Accueil 1"));
    CHECK(b.entries == 4);
    CHECK(b.walkIns == 8);
    CHECK(b.firstStated == day);
    CHECK(b.firstRecorded == evening);
    CHECK(b.lastRecorded == evening.addSecs(180));
    // Stated 9:00 local (8:00 UTC), typed 17:30 UTC: 9 h 30 late.
    CHECK(b.maxDelayMinutes == 9 * 60 + 30);
    CHECK(report->backdated.at(1).entries == 3);
    CHECK(report->backdated.at(1).firstStated == day.addDays(1));
    // Eight hours of tolerance: two entries at most remain late in a sitting, no burst.
    CoverageRules lenient;
    lenient.backdatedAfterMinutes = 8 * 60;
    CHECK(CoverageCheck(db, lenient).run(day, day.addDays(1))->backdated.isEmpty());
    // A period the entries are not in: nothing.
    CHECK(CoverageCheck(db).run(day.addDays(2), day.addDays(3))->findings() == 0);
    CHECK_FALSE(CoverageCheck(db).run(day, day.addDays(-1)).ok());
}
