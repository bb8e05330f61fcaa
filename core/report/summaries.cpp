// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/summaries.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace passages::summaries {

namespace {

// The same definitions as migration 006 fills the tables with.
const char *const kRebuild[] = {
    "DELETE FROM passage_day",
    "INSERT INTO passage_day (local_date, pole, site, desk, channel, n) "
    "SELECT local_date, pole, site, desk, channel, SUM(count) FROM passage WHERE deleted = 0 "
    "GROUP BY local_date, pole, site, desk, channel",
    "DELETE FROM passage_dim_day",
    "INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n) "
    "SELECT local_date, 'age_band', age_band, site, desk, SUM(count) FROM passage "
    "WHERE deleted = 0 GROUP BY local_date, age_band, site, desk",
    "INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n) "
    "SELECT local_date, 'public', public, site, desk, SUM(count) FROM passage "
    "WHERE deleted = 0 GROUP BY local_date, public, site, desk",
    "INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n) "
    "SELECT local_date, 'department', CASE WHEN commune IN ('etranger', 'nr') THEN commune "
    "WHEN substr(commune, 1, 2) IN ('97', '98') THEN substr(commune, 1, 3) "
    "ELSE substr(commune, 1, 2) END AS department, site, desk, SUM(count) FROM passage "
    "WHERE deleted = 0 GROUP BY local_date, department, site, desk",
    "DELETE FROM passage_desk",
    "INSERT INTO passage_desk (site, desk) SELECT DISTINCT site, desk FROM passage",
    "DELETE FROM meta WHERE key = 'summaries_deferred'",
};

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
    for (const char *sql : kRebuild) {
        QSqlQuery q = db.prepare(QLatin1String(sql));
        if (Status s = exec(q, doing()); !s)
            return s;
    }
    return {};
}

} // namespace passages::summaries
