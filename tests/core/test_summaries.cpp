// SPDX-License-Identifier: GPL-3.0-or-later
// The breakdowns read from the summary tables (schema 10: themes, communes, the whole
// Cité's totals) must say exactly what the raw rows say, through corrections, deletions
// and undos, and a rebuild must give back the tables the triggers kept.
#include "support/test_support.h"

#include "core/referential/referential.h"
#include "core/report/attendance.h"
#include "core/report/summaries.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace passages;

namespace {

const char *const kCommunes[] = {"75119", "75120", "93048",    "94022",
                                 "92050", "97209", "etranger", "nr"};
const char *const kSites[] = {"villette", "bpi", "ppe-10"};

/// Every table a summary is kept in, row by row in key order.
QStringList dump(const Database &db)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT local_date, pole, site, desk, channel, n FROM passage_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT local_date, dim, code, site, desk, n FROM passage_dim_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT local_date, dim, code, site, '', n FROM passage_dim_total ORDER BY 1, 2, 3, 4"}) {
        QSqlQuery q = db.prepare(QLatin1String(sql));
        REQUIRE(q.exec());
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 6; ++c)
                row << q.value(c).toString();
            rows << row.join(QLatin1Char('|'));
        }
    }
    return rows;
}

/// A breakdown as text, so that two of them compare with one CHECK and print readably.
QString text(const Result<Breakdown> &b)
{
    REQUIRE(b.ok());
    QStringList lines;
    for (const BreakdownRow &row : b->rows)
        lines << QStringLiteral("%1=%2/%3").arg(row.code).arg(row.count).arg(row.previous);
    lines << QStringLiteral("total=%1/%2 other=%3/%4/%5")
                 .arg(b->total)
                 .arg(b->previousTotal)
                 .arg(b->otherCount)
                 .arg(b->otherPrevious)
                 .arg(b->otherRows);
    return lines.join(QLatin1Char(' '));
}

struct Question
{
    BreakdownBy by;
    AttendanceFilter filter;
    int limit;
};

QList<Question> questions()
{
    QList<Question> list;
    for (BreakdownBy by :
         {BreakdownBy::Theme, BreakdownBy::AgeBand, BreakdownBy::Public, BreakdownBy::Commune,
          BreakdownBy::Department, BreakdownBy::Channel, BreakdownBy::Pole, BreakdownBy::Site}) {
        for (int variant = 0; variant < 5; ++variant) {
            AttendanceFilter f;
            f.from = QDate(2024, 1, 1);
            f.to = QDate(2024, 12, 31);
            if (variant == 1)
                f.site = QStringLiteral("bpi");
            if (variant == 2) {
                f.site = QStringLiteral("villette");
                f.desk = QStringLiteral("Accueil 1");
            }
            if (variant == 3)
                f.pole = QStringLiteral("emploi");
            if (variant == 4) { // a few days, not whole months
                f.from = QDate(2024, 3, 4);
                f.to = QDate(2024, 3, 19);
            }
            list << Question{by, f, by == BreakdownBy::Commune ? 4 : 0};
        }
    }
    return list;
}

QStringList answers(const AttendanceReport &report)
{
    QStringList all;
    for (const Question &q : questions())
        all << breakdownName(q.by) + QLatin1Char(' ') + q.filter.site + QLatin1Char(' ') +
                   q.filter.pole + QLatin1Char(' ') +
                   text(report.breakdown(q.by, q.filter, q.limit));
    return all;
}

} // namespace

TEST_CASE("breakdowns from the summaries equal the raw rows' through corrections and deletions",
          "[attendance][summaries]")
{
    test::TempDesk desk;
    Reception &reception = *desk.reception;
    Database &db = *desk.db;
    QRandomGenerator random(20261207);
    const QList<Category> themes = desk.referential.list(Referential::Kind::Theme);
    REQUIRE_FALSE(themes.isEmpty());
    const QList<Category> poles = desk.referential.list(Referential::Kind::Pole);
    const QList<Category> ages = desk.referential.list(Referential::Kind::AgeBand);
    const QList<Category> publics = desk.referential.list(Referential::Kind::Public);
    auto pick = [&](const auto &list) {
        return list[random.bounded(int(std::size(list)))];
    };
    auto input = [&] {
        PassageInput in;
        in.pole = pick(poles).code;
        const QList<Category> ofPole = desk.referential.themesOf(in.pole);
        in.theme = random.bounded(3) == 0 || ofPole.isEmpty() ? QString() : pick(ofPole).code;
        in.ageBand = pick(ages).code;
        in.publicCode = pick(publics).code;
        in.commune = QLatin1String(pick(kCommunes));
        in.channel = random.bounded(4) == 0 ? QStringLiteral("telephone") : QString();
        in.count = random.bounded(10) == 0 ? 12 : 1;
        const QDate day = QDate(2023, 1, 1).addDays(random.bounded(730));
        in.at = QDateTime(day, QTime(9 + random.bounded(9), random.bounded(60)));
        return in;
    };

    // This desk's walk-ins, through the reception (corrections, deletions, undos)...
    QList<Passage> logged;
    for (int i = 0; i < 300; ++i) {
        Result<Passage> p = reception.log(input());
        INFO((p ? QString() : p.error().message).toStdString());
        REQUIRE(p.ok());
        logged << *p;
    }
    for (int i = 0; i < 300; i += 5) {
        PassageInput fix = input(); // another day, commune, theme, size...
        REQUIRE(reception.correct(logged.at(i).id, fix).ok());
        REQUIRE(reception.remove(logged.at(i + 1).id).ok());
        if (i % 15 == 0)
            REQUIRE(reception.restore(logged.at(i + 1)).ok());
    }
    // ...and other sites' and desks', as the consolidation writes them (plain SQL, so the
    // triggers see inserts, updates of any column, tombstones and hard deletes).
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO passage (id, site, desk, local_date, local_time, utc_offset, pole, theme, "
        "age_band, commune, public, channel, count, revision, deleted, recorded_utc, "
        "updated_utc) VALUES (:id, :site, :desk, :date, '10:00:00', 3600, :pole, :theme, :age, "
        ":commune, :public, 'sur-place', :count, 1, :deleted, '2024-01-01T00:00:00Z', "
        "'2024-01-01T00:00:00Z')"));
    QStringList ids;
    for (int i = 0; i < 400; ++i) {
        const PassageInput in = input();
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
        insert.bindValue(QStringLiteral(":id"), ids.last());
        insert.bindValue(QStringLiteral(":site"), QLatin1String(pick(kSites)));
        insert.bindValue(QStringLiteral(":desk"), QStringLiteral("Accueil %1").arg(1 + i % 3));
        insert.bindValue(QStringLiteral(":date"), in.at->date().toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":pole"), in.pole);
        insert.bindValue(QStringLiteral(":theme"),
                         in.theme.isEmpty() ? QVariant() : QVariant(in.theme));
        insert.bindValue(QStringLiteral(":age"), in.ageBand);
        insert.bindValue(QStringLiteral(":commune"), in.commune);
        insert.bindValue(QStringLiteral(":public"), in.publicCode);
        insert.bindValue(QStringLiteral(":count"), in.count);
        insert.bindValue(QStringLiteral(":deleted"), i % 37 == 0 ? 1 : 0);
        REQUIRE(insert.exec());
    }
    const char *changes[] = {
        "UPDATE passage SET theme = NULL WHERE id = :id",
        "UPDATE passage SET commune = '93066', count = count + 2 WHERE id = :id",
        "UPDATE passage SET site = 'bpi', local_date = '2024-03-07' WHERE id = :id",
        "UPDATE passage SET deleted = 1, revision = revision + 1 WHERE id = :id",
        "DELETE FROM passage WHERE id = :id",
        "UPDATE passage SET deleted = 0 WHERE id = :id",
    };
    for (int i = 0; i < ids.size(); i += 3) {
        QSqlQuery change = db.prepare(QLatin1String(changes[(i / 3) % std::size(changes)]));
        change.bindValue(QStringLiteral(":id"), ids.at(i));
        REQUIRE(change.exec());
    }

    AttendanceReport report(db, desk.referential, test::communes());
    const QStringList kept = dump(db);
    REQUIRE(kept.size() > 500);
    const QStringList fromSummaries = answers(report);

    // Deferred summaries: the same report reads the raw rows.
    REQUIRE(summaries::defer(db).ok());
    const QStringList fromRows = answers(report);
    REQUIRE(fromRows.size() == fromSummaries.size());
    for (qsizetype i = 0; i < fromRows.size(); ++i)
        CHECK(fromSummaries.at(i) == fromRows.at(i));

    // The rebuild computes exactly what the triggers kept, and the answers stay the same.
    QSqlQuery wipe(db.connection());
    for (const char *table : {"passage_day", "passage_dim_day", "passage_dim_total"})
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    REQUIRE(summaries::rebuild(db).ok());
    CHECK(dump(db) == kept);
    CHECK(answers(report) == fromSummaries);
}
