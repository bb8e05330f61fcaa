// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/calendar.h"

#include "core/common/text.h"

#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/record.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<Holiday> frenchPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), OpeningCalendar::tr("New Year's Day")},
        {easter.addDays(1), OpeningCalendar::tr("Easter Monday")},
        {QDate(year, 5, 1), OpeningCalendar::tr("Labour Day")},
        {QDate(year, 5, 8), OpeningCalendar::tr("Victory in Europe Day")},
        {easter.addDays(39), OpeningCalendar::tr("Ascension Day")},
        {easter.addDays(50), OpeningCalendar::tr("Whit Monday")},
        {QDate(year, 7, 14), OpeningCalendar::tr("Bastille Day")},
        {QDate(year, 8, 15), OpeningCalendar::tr("Assumption Day")},
        {QDate(year, 11, 1), OpeningCalendar::tr("All Saints' Day")},
        {QDate(year, 11, 11), OpeningCalendar::tr("Armistice Day")},
        {QDate(year, 12, 25), OpeningCalendar::tr("Christmas Day")},
    };
    // Easter-based days never collide with the fixed ones except Ascension on 1 or 8 May
    // (2008, 2035): both entries stay, and status() reports the first.
}

OpeningCalendar::OpeningCalendar() = default;

void OpeningCalendar::setOpenWeekdays(const QList<int> &weekdays)
{
    std::fill(std::begin(m_open), std::end(m_open), false);
    for (int day : weekdays)
        if (day >= 1 && day <= 7)
            m_open[day] = true;
}

QList<int> OpeningCalendar::openWeekdays() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (m_open[day])
            days << day;
    return days;
}

const QList<Holiday> &OpeningCalendar::holidays(int year) const
{
    auto it = m_holidayCache.find(year);
    if (it == m_holidayCache.end())
        it = m_holidayCache.insert(year, frenchPublicHolidays(year));
    return *it;
}

DayStatus OpeningCalendar::status(const QDate &date, const QString &site) const
{
    // Closures first: a closure set by the Cité says more than "it's Saturday".
    for (const Closure &closure : m_closures)
        if (date >= closure.first && date <= closure.last &&
            (closure.closedSite.isEmpty() || closure.closedSite == site))
            return {DayStatus::Kind::Closure,
                    closure.reason.isEmpty() ? tr("Closure") : closure.reason};
    if (m_holidays)
        for (const Holiday &holiday : holidays(date.year()))
            if (holiday.date == date)
                return {DayStatus::Kind::PublicHoliday, holiday.name};
    if (!m_open[date.dayOfWeek()])
        return {DayStatus::Kind::WeeklyClosed,
                QLocale().standaloneDayName(date.dayOfWeek(), QLocale::LongFormat)};
    return {};
}

int OpeningCalendar::openingDays(const QDate &from, const QDate &to, const QString &site) const
{
    int days = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        if (isOpen(d, site))
            ++days;
    return days;
}

ClosureStore::ClosureStore(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Result<QList<Closure>> ClosureStore::list(const Database &db, const QDate &from, const QDate &to)
{
    QList<Closure> closures;
    // A database opened by a build without schema 6 has no closures to offer.
    QSqlQuery exists = db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'closure'"));
    if (!exists.exec())
        return sqlError(exists, tr("Reading the closures"));
    if (!exists.next())
        return closures;
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT id, closed_site, first_date, last_date, reason FROM closure "
                       "WHERE deleted = 0 AND (:to = '' OR first_date <= :to) "
                       "AND (:from = '' OR last_date >= :from) ORDER BY first_date, id"));
    q.bindValue(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QString(""));
    q.bindValue(QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QString(""));
    if (!q.exec())
        return sqlError(q, tr("Reading the closures"));
    while (q.next())
        closures << Closure{q.value(0).toString(), q.value(1).toString(),
                            QDate::fromString(q.value(2).toString(), Qt::ISODate),
                            QDate::fromString(q.value(3).toString(), Qt::ISODate),
                            q.value(4).toString()};
    return closures;
}

Result<qint64> ClosureStore::walkInsDuring(const Database &db, const QDate &first,
                                           const QDate &last, const QString &site)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(count), 0) FROM passage WHERE deleted = 0 AND local_date >= :first "
        "AND local_date <= :last AND (:site = '' OR site = :site)"));
    q.bindValue(QStringLiteral(":first"), first.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":last"), last.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":site"), site.isEmpty() ? QStringLiteral("") : site);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the walk-ins of the closure's days"));
    return q.value(0).toLongLong();
}

Status ClosureStore::check(const Closure &input, WalkIns walkIns) const
{
    if (!input.first.isValid() || !input.last.isValid() || input.last < input.first)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A closure needs a first day on or before its last day."),
                         QStringLiteral("dates"));
    // A closure is a holiday or a strike, not a century: both days within 1990..2100
    // (a typo such as 0001 to 9999 would close every day of every report).
    const QDate earliest(1990, 1, 1), latest(2100, 12, 31);
    if (input.first < earliest || input.last > latest || input.first.daysTo(input.last) > 366)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A closure lies between 1990 and 2100 and lasts at most a year."),
                         QStringLiteral("dates"));
    if (hasControlCharacters(input.reason))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The reason of a closure must not hold control characters."),
                         QStringLiteral("reason"));
    if (input.reason.size() > 80)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The reason of a closure is at most 80 characters."),
                         QStringLiteral("reason"));
    if (input.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A closure needs a reason (summer closure, inventory, strike…)."),
                         QStringLiteral("reason"));
    // One closure per day and site: a second one over the same days says nothing more
    // and would have to be removed twice to reopen them.
    Result<QList<Closure>> existing = list(m_db, input.first, input.last);
    if (!existing)
        return existing.error();
    const QLocale locale;
    for (const Closure &other : std::as_const(*existing)) {
        if (!other.closedSite.isEmpty() && !input.closedSite.isEmpty() &&
            other.closedSite != input.closedSite)
            continue;
        return makeError(ErrorCode::InvalidArgument,
                         tr("Those days are already closed by the closure from %1 to %2 (%3).")
                             .arg(locale.toString(other.first, QLocale::ShortFormat),
                                  locale.toString(other.last, QLocale::ShortFormat),
                                  other.reason.isEmpty() ? tr("no reason") : other.reason),
                         QStringLiteral("dates"));
    }
    if (walkIns == WalkIns::Refuse) {
        Result<qint64> recorded = walkInsDuring(m_db, input.first, input.last, input.closedSite);
        if (!recorded)
            return recorded.error();
        if (*recorded > 0)
            return makeError(ErrorCode::NeedsConfirmation,
                             tr("%n walk-in(s) are already recorded on those days.", nullptr,
                                int(std::min<qint64>(*recorded, 1'000'000'000))),
                             QStringLiteral("walk-ins"));
    }
    return {};
}

Result<Closure> ClosureStore::add(const Closure &input, WalkIns walkIns)
{
    if (Status s = check(input, walkIns); !s)
        return s.error();
    Closure closure = input;
    closure.reason = input.reason.trimmed();
    closure.id = record::newId();
    const QString stamp =
        (m_clock ? m_clock() : QDateTime::currentDateTime()).toUTC().toString(Qt::ISODateWithMs);
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO closure (id, site, desk, closed_site, first_date, last_date, reason, "
        "revision, deleted, recorded_utc, updated_utc) VALUES (:id, :site, :desk, :closed, "
        ":first, :last, :reason, 1, 0, :stamp, :stamp)"));
    q.bindValue(QStringLiteral(":id"), closure.id);
    q.bindValue(QStringLiteral(":site"), m_db.meta(QStringLiteral("site")));
    q.bindValue(QStringLiteral(":desk"), m_db.meta(QStringLiteral("desk")));
    // Bound as '' rather than NULL: the columns are NOT NULL with '' for "none".
    q.bindValue(QStringLiteral(":closed"),
                closure.closedSite.isEmpty() ? QStringLiteral("") : closure.closedSite);
    q.bindValue(QStringLiteral(":first"), closure.first.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":last"), closure.last.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":reason"),
                closure.reason.isEmpty() ? QStringLiteral("") : closure.reason);
    q.bindValue(QStringLiteral(":stamp"), stamp);
    if (Status s = exec(q, tr("Recording the closure")); !s)
        return s.error();
    Outbox outbox(m_db);
    if (Status s = outbox.record(QStringLiteral("closure"), closure.id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return closure;
}

Status ClosureStore::remove(const QString &id)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE closure SET deleted = 1, revision = revision + 1, updated_utc = :stamp "
        "WHERE id = :id AND deleted = 0"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(
        QStringLiteral(":stamp"),
        (m_clock ? m_clock() : QDateTime::currentDateTime()).toUTC().toString(Qt::ISODateWithMs));
    if (Status s = exec(q, tr("Removing the closure")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("No closure with id %1.").arg(id));
    Outbox outbox(m_db);
    if (Status s = outbox.record(QStringLiteral("closure"), id); !s)
        return s;
    return tx.commit();
}

} // namespace passages
