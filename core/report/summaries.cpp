// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summaries.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace passages::summaries {

namespace {

/// One desk's day: every summary row is keyed by a day, a site and a desk.
struct DeskDay
{
    QString date, site, desk;
    bool operator==(const DeskDay &) const = default;
    bool operator<(const DeskDay &o) const
    {
        return std::tie(date, site, desk) < std::tie(o.date, o.site, o.desk);
    }
};

size_t qHash(const DeskDay &key, size_t seed = 0)
{
    return qHashMulti(seed, key.date, key.site, key.desk);
}

/// A desk's day's totals: by pôle and channel (passage_day) and by each dimension of
/// passage_dim_day. A day has a few dozen codes, so sorted lists beat hashing.
struct DayTotals
{
    QMap<std::pair<QString, QString>, qint64> poleChannel;
    QMap<QString, qint64> ageBand, publicCode, department, theme, commune;
};

QString doing();

/// Rebuilds from one scan of `passage` (in storage order, where a desk's day is
/// contiguous) instead of one GROUP BY per table: each GROUP BY sorted every row again,
/// three quarters of a first consolidation's rebuild. The department is derived by the
/// SQL the triggers use, so both paths agree by construction.
Status rebuildFromScan(Database &db)
{
    QSqlQuery scan = db.prepare(
        QStringLiteral("SELECT local_date, site, desk, pole, channel, age_band, public, "
                       "CASE WHEN commune IN ('etranger', 'nr') THEN commune "
                       "WHEN substr(commune, 1, 2) IN ('97', '98') THEN substr(commune, 1, 3) "
                       "ELSE substr(commune, 1, 2) END, count, deleted, COALESCE(theme, ''), "
                       "commune FROM passage"));
    scan.setForwardOnly(true);
    if (Status s = exec(scan, doing()); !s)
        return s;
    QHash<DeskDay, DayTotals> days;
    QSet<std::pair<QString, QString>> desks;
    DeskDay current;
    DayTotals *totals = nullptr;
    while (scan.next()) {
        DeskDay key{scan.value(0).toString(), scan.value(1).toString(), scan.value(2).toString()};
        if (!totals || !(key == current)) {
            desks.insert({key.site, key.desk});
            current = key;
            totals = &days[key];
        }
        if (scan.value(9).toInt() != 0)
            continue;
        const qint64 n = scan.value(8).toLongLong();
        totals->poleChannel[{scan.value(3).toString(), scan.value(4).toString()}] += n;
        totals->ageBand[scan.value(5).toString()] += n;
        totals->publicCode[scan.value(6).toString()] += n;
        totals->department[scan.value(7).toString()] += n;
        totals->theme[scan.value(10).toString()] += n;
        totals->commune[scan.value(11).toString()] += n;
    }
    scan.finish();

    // Written in key order (the tables are WITHOUT ROWID, keyed by date first).
    QList<DeskDay> order = days.keys();
    std::sort(order.begin(), order.end());
    QVariantList dayRows, dimRows;
    // Each site's day totals (passage_dim_total), summed over its desks, in key order.
    QMap<std::tuple<QString, QString, QString, QString>, qint64> cite;
    const auto addDim = [&dimRows, &cite](const DeskDay &key, const QString &dim,
                                          const QMap<QString, qint64> &codes) {
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            if (it.value() != 0) {
                dimRows << key.date << dim << it.key() << key.site << key.desk << it.value();
                cite[{key.date, dim, it.key(), key.site}] += it.value();
            }
    };
    const QString ageBand = QStringLiteral("age_band"), publicCode = QStringLiteral("public"),
                  department = QStringLiteral("department"), theme = QStringLiteral("theme"),
                  commune = QStringLiteral("commune");
    for (const DeskDay &key : std::as_const(order)) {
        const DayTotals &t = days[key];
        for (auto it = t.poleChannel.cbegin(); it != t.poleChannel.cend(); ++it)
            dayRows << key.date << it.key().first << key.site << key.desk << it.key().second
                    << it.value();
        addDim(key, ageBand, t.ageBand);
        addDim(key, publicCode, t.publicCode);
        addDim(key, department, t.department);
        addDim(key, theme, t.theme);
        addDim(key, commune, t.commune);
    }
    QVariantList totalRows;
    for (auto it = cite.cbegin(); it != cite.cend(); ++it)
        totalRows << std::get<0>(it.key()) << std::get<1>(it.key()) << std::get<2>(it.key())
                  << std::get<3>(it.key()) << it.value();
    QVariantList deskRows;
    for (const auto &[site, desk] : std::as_const(desks))
        deskRows << site << desk;

    for (const char *clear : {"DELETE FROM passage_day", "DELETE FROM passage_dim_day",
                              "DELETE FROM passage_dim_total", "DELETE FROM passage_desk"}) {
        QSqlQuery q = db.prepare(QLatin1String(clear));
        if (Status s = exec(q, doing()); !s)
            return s;
    }
    if (Status s = insertMany(db, QStringLiteral("passage_day"),
                              {QStringLiteral("local_date"), QStringLiteral("pole"),
                               QStringLiteral("site"), QStringLiteral("desk"),
                               QStringLiteral("channel"), QStringLiteral("n")},
                              dayRows, doing());
        !s)
        return s;
    if (Status s =
            insertMany(db, QStringLiteral("passage_dim_day"),
                       {QStringLiteral("local_date"), QStringLiteral("dim"), QStringLiteral("code"),
                        QStringLiteral("site"), QStringLiteral("desk"), QStringLiteral("n")},
                       dimRows, doing());
        !s)
        return s;
    if (Status s = insertMany(db, QStringLiteral("passage_dim_total"),
                              {QStringLiteral("local_date"), QStringLiteral("dim"),
                               QStringLiteral("code"), QStringLiteral("site"), QStringLiteral("n")},
                              totalRows, doing());
        !s)
        return s;
    return insertMany(db, QStringLiteral("passage_desk"),
                      {QStringLiteral("site"), QStringLiteral("desk")}, deskRows, doing());
}

QString doing()
{
    return QCoreApplication::translate("passages::summaries", "Rebuilding the daily summaries");
}

} // namespace

Status defer(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('summaries_deferred', '1')"));
    return exec(q, doing());
}

bool deferred(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = 'summaries_deferred'"));
    return q.exec() && q.next();
}

Status rebuild(Database &db)
{
    if (Status s = rebuildFromScan(db); !s)
        return s;
    QSqlQuery done =
        db.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'summaries_deferred'"));
    return exec(done, doing());
}

} // namespace passages::summaries
