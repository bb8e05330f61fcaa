// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/report/calendar.h"
#include "core/storage/database.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace passages;

TEST_CASE("Easter Sunday follows the Gregorian computus", "[calendar]")
{
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2019) == QDate(2019, 4, 21));
    CHECK(easterSunday(2000) == QDate(2000, 4, 23));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible
    CHECK(easterSunday(1818) == QDate(1818, 3, 22)); // the earliest possible
    CHECK(easterSunday(2008) == QDate(2008, 3, 23));
}

TEST_CASE("the eleven French public holidays, Easter-based ones included", "[calendar]")
{
    const QList<Holiday> y2024 = frenchPublicHolidays(2024);
    REQUIRE(y2024.size() == 11);
    QList<QDate> dates;
    for (const Holiday &h : y2024)
        dates << h.date;
    CHECK(dates.contains(QDate(2024, 4, 1)));  // Easter Monday
    CHECK(dates.contains(QDate(2024, 5, 9)));  // Ascension Day
    CHECK(dates.contains(QDate(2024, 5, 20))); // Whit Monday
    CHECK(dates.contains(QDate(2024, 7, 14)));
    CHECK(dates.contains(QDate(2024, 11, 11)));

    const QList<Holiday> y2025 = frenchPublicHolidays(2025);
    CHECK(y2025.at(1).date == QDate(2025, 4, 21));
    CHECK(y2025.at(1).name == QLatin1String("Easter Monday"));
    CHECK(y2025.at(4).date == QDate(2025, 5, 29));
    CHECK(y2025.at(5).date == QDate(2025, 6, 9));
}

TEST_CASE("the opening calendar closes weekends, holidays and the Cité's closures", "[calendar]")
{
    OpeningCalendar calendar;
    CHECK(calendar.isOpen(QDate(2024, 3, 5))); // a Tuesday
    CHECK(calendar.status(QDate(2024, 3, 9)).kind == DayStatus::Kind::WeeklyClosed);
    CHECK(calendar.status(QDate(2024, 4, 1)).kind == DayStatus::Kind::PublicHoliday);
    CHECK(calendar.status(QDate(2024, 4, 1)).reason == QLatin1String("Easter Monday"));
    // 2024: 262 weekdays, 10 holidays on a weekday (14 July is a Sunday).
    CHECK(calendar.openingDays(QDate(2024, 1, 1), QDate(2024, 12, 31)) == 252);

    calendar.setClosures(
        {{{}, {}, QDate(2024, 12, 23), QDate(2024, 12, 31), QStringLiteral("Winter")},
         {{}, QStringLiteral("bpi"), QDate(2024, 3, 5), QDate(2024, 3, 5), {}}});
    CHECK(calendar.status(QDate(2024, 12, 24)).kind == DayStatus::Kind::Closure);
    CHECK(calendar.status(QDate(2024, 12, 24)).reason == QLatin1String("Winter"));
    // A closure of the Bpi closes the Bpi, not the Cité as a whole.
    CHECK(calendar.isOpen(QDate(2024, 3, 5)));
    CHECK(calendar.isOpen(QDate(2024, 3, 5), QStringLiteral("villette")));
    CHECK_FALSE(calendar.isOpen(QDate(2024, 3, 5), QStringLiteral("bpi")));
    // 23, 24, 26, 27, 30, 31 December were weekdays and open; 25 was already a holiday.
    CHECK(calendar.openingDays(QDate(2024, 1, 1), QDate(2024, 12, 31)) == 246);

    // A Cité open Tuesday to Saturday.
    calendar.setOpenWeekdays({2, 3, 4, 5, 6});
    CHECK(calendar.isOpen(QDate(2024, 3, 9)));
    CHECK_FALSE(calendar.isOpen(QDate(2024, 3, 4)));
    CHECK(calendar.openWeekdays() == QList<int>{2, 3, 4, 5, 6});
}

TEST_CASE("closures are stored, synchronised and tombstoned", "[calendar]")
{
    test::TempDesk desk;
    ClosureStore store(*desk.db);
    Result<Closure> summer = store.add(
        {{}, {}, QDate(2024, 8, 5), QDate(2024, 8, 16), QStringLiteral("Summer closure")});
    INFO((summer.ok() ? QString() : summer.error().message).toStdString());
    REQUIRE(summer.ok());
    REQUIRE(store
                .add({{},
                      QStringLiteral("bpi"),
                      QDate(2024, 3, 1),
                      QDate(2024, 3, 1),
                      QStringLiteral("Inventaire")})
                .ok());
    CHECK_FALSE(store.add({{}, {}, QDate(2024, 3, 2), QDate(2024, 3, 1), {}}).ok());

    Result<QList<Closure>> all = ClosureStore::list(*desk.db);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).closedSite == QLatin1String("bpi"));
    CHECK(all->at(1).reason == QLatin1String("Summer closure"));
    CHECK(ClosureStore::list(*desk.db, QDate(2024, 8, 16), QDate(2024, 9, 1))->size() == 1);
    CHECK(ClosureStore::list(*desk.db, QDate(2024, 8, 17), QDate(2024, 9, 1))->isEmpty());

    REQUIRE(store.remove(summer->id).ok());
    CHECK(ClosureStore::list(*desk.db)->size() == 1);
    CHECK_FALSE(store.remove(summer->id).ok());

    QSqlQuery q = desk.db->prepare(QStringLiteral(
        "SELECT COUNT(*), MAX(revision) FROM outbox WHERE entity = 'closure' AND entity_id = :id"));
    q.bindValue(QStringLiteral(":id"), summer->id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(q.value(1).toInt() == 2);
}

TEST_CASE("a closure needs a reason, never doubles another, and asks before hiding walk-ins",
          "[calendar]")
{
    test::TempDesk desk; // site villette; today 5 March 2024
    ClosureStore store(*desk.db);
    const QDate today(2024, 3, 5);

    // An empty or blank reason is refused, and says which field.
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        Result<Closure> blank = store.add({{}, {}, QDate(2024, 8, 5), QDate(2024, 8, 9), reason});
        REQUIRE_FALSE(blank.ok());
        CHECK(blank.error().field == QLatin1String("reason"));
    }

    // A duplicate, or any overlap on the same site or with an every-site closure, is
    // refused; another site's days are its own.
    REQUIRE(store.add({{}, {}, QDate(2024, 8, 5), QDate(2024, 8, 16), QStringLiteral("Été")}).ok());
    const Closure again{{}, {}, QDate(2024, 8, 5), QDate(2024, 8, 16), QStringLiteral("Été")};
    Result<Closure> duplicate = store.add(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QLatin1String("dates"));
    CHECK(duplicate.error().message.contains(QStringLiteral("Été")));
    CHECK_FALSE(store
                    .add({{},
                          QStringLiteral("bpi"),
                          QDate(2024, 8, 16),
                          QDate(2024, 8, 20),
                          QStringLiteral("Travaux")})
                    .ok());
    REQUIRE(store
                .add({{},
                      QStringLiteral("bpi"),
                      QDate(2024, 9, 2),
                      QDate(2024, 9, 3),
                      QStringLiteral("Travaux")})
                .ok());
    CHECK_FALSE(store
                    .add({{},
                          QStringLiteral("bpi"),
                          QDate(2024, 9, 3),
                          QDate(2024, 9, 3),
                          QStringLiteral("Inventaire")})
                    .ok());
    CHECK_FALSE(
        store.add({{}, {}, QDate(2024, 9, 1), QDate(2024, 9, 2), QStringLiteral("Grève")}).ok());
    REQUIRE(store
                .add({{},
                      QStringLiteral("ppe-10"),
                      QDate(2024, 9, 2),
                      QDate(2024, 9, 3),
                      QStringLiteral("Inventaire")})
                .ok());
    // check() says the same without recording.
    CHECK_FALSE(store.check(again).ok());
    // Once removed, the days can be closed again.
    const QString summer =
        ClosureStore::list(*desk.db, QDate(2024, 8, 5), QDate(2024, 8, 5))->constFirst().id;
    REQUIRE(store.remove(summer).ok());
    CHECK(store.add(again).ok());

    // Today, with walk-ins already logged: refused (NeedsConfirmation) until accepted.
    REQUIRE(desk.reception->log(test::walkIn("emploi", 3)).ok());
    CHECK(*ClosureStore::walkInsDuring(*desk.db, today, today, {}) == 3);
    CHECK(*ClosureStore::walkInsDuring(*desk.db, today, today, QStringLiteral("bpi")) == 0);
    const Closure strike{{}, {}, today, today, QStringLiteral("Grève")};
    Result<Closure> refused = store.add(strike);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QLatin1String("walk-ins"));
    // A code callers act on (ask, then accept), not the field: "walk-ins" is no input.
    CHECK(refused.error().code == ErrorCode::NeedsConfirmation);
    CHECK(store.check(strike).error().code == ErrorCode::NeedsConfirmation);
    CHECK(refused.error().message.contains(QLatin1String("3")));
    CHECK(ClosureStore::list(*desk.db, today, today)->isEmpty());
    // Another site's closure does not hide this site's walk-ins.
    CHECK(store.add({{}, QStringLiteral("bpi"), today, today, QStringLiteral("Grève")}).ok());
    CHECK(store
              .add({{}, QStringLiteral("villette"), today, today, QStringLiteral("Grève")},
                   ClosureStore::WalkIns::Accept)
              .ok());
}
