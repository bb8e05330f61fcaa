// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/network_service.h"

#include "core/network/network_database.h"
#include "core/network/pg_consolidation_store.h"
#include "core/referential/commune_index.h"
#include "core/report/passage_report.h"
#include "core/storage/database.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QSqlQuery>

namespace passages {

Result<int> NetworkService::init(const QString &conninfo)
{
    Result<std::unique_ptr<NetworkDatabase>> db =
        NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Migrate);
    if (!db)
        return db.error();
    return (*db)->schemaVersion();
}

Result<ConsolidationReport>
NetworkService::consolidate(const Request &request, const std::function<void(int, int)> &progress)
{
    // The share first: a share that cannot be read changes nothing in the database.
    Share share(m_fs, request.shareRoot);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    Result<std::unique_ptr<NetworkDatabase>> db =
        NetworkDatabase::open(request.conninfo, NetworkDatabase::Schema::Require, request.password);
    if (!db)
        return db.error();
    PgConsolidationStore store(**db, request.cite);
    if (Status s = store.bind(info->shareId); !s)
        return s.error();
    ConsolidationReport report;
    report.cachePath = store.describe();
    if (request.rebuild) {
        // Under the Cité's lock, so a rebuild never clears rows a running import writes.
        if (Status s = store.lockRun(); !s)
            return s.error();
        const Status cleared = store.clear();
        store.unlockRun();
        if (!cleared)
            return cleared.error();
    }
    Consolidator consolidator(store, m_fs, request.shareRoot);
    if (Result<ConsolidationSummary> summary = consolidator.run(progress); summary)
        report.summary = std::move(summary).value();
    else
        report.failure = summary.error();
    if (Result<QList<DeskHealth>> health = consolidator.health(QDateTime::currentDateTimeUtc());
        health)
        report.health = std::move(health).value();
    if (Result<QList<ShareFileStatus>> problems = consolidator.problems(); problems)
        report.problems = std::move(problems).value();
    return report;
}

Result<YearlyCounts> NetworkService::report(const QString &conninfo, int year, const QString &by,
                                            const QString &cite, const ReportFilter &filter,
                                            const CommuneIndex &communes)
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    const bool byCite = by == QLatin1String("cite");
    const std::optional<BreakdownBy> breakdown = reportBreakdownFromName(by);
    if (!byCite && !breakdown)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A network report cannot be grouped by %1.").arg(by));
    Result<std::unique_ptr<NetworkDatabase>> db =
        NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Require);
    if (!db)
        return db.error();
    // One snapshot for every query of the report (network_database.h).
    NetworkTransaction snapshot(**db, NetworkTransaction::Mode::ReadOnlySnapshot);
    if (Status s = snapshot.begun(); !s)
        return s.error();
    Referential referential = Referential::defaultReferential();
    if (!cite.isEmpty()) {
        QSqlQuery known = (*db)->prepare(QStringLiteral("SELECT 1 FROM cite WHERE code = :cite"));
        known.bindValue(QStringLiteral(":cite"), cite);
        if (!known.exec())
            return sqlError(known, tr("Reading the network database"));
        if (!known.next())
            return makeError(ErrorCode::NotFound,
                             tr("No Cité \"%1\" in the network database.").arg(cite.left(60)));
        PgConsolidationStore store(**db, cite);
        Result<Referential> stored = store.referential();
        if (!stored)
            return stored.error();
        referential = std::move(stored).value();
    }
    const QString from = QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'));
    // The summary by month (network schema 5): twelve rows per code and Cité for a year.
    const QString firstMonth = from.left(7);
    const QString lastMonth = QStringLiteral("%1-12").arg(year, 4, 10, QLatin1Char('0'));
    // The summary table unless a desk is named (it keeps sites, not desks).
    QString sql;
    if (!filter.desk.isEmpty()) {
        static const QHash<QString, QString> columns{
            {QStringLiteral("pole"), QStringLiteral("pole")},
            {QStringLiteral("theme"), QStringLiteral("COALESCE(theme, '')")},
            {QStringLiteral("age-band"), QStringLiteral("age_band")},
            {QStringLiteral("commune"), QStringLiteral("commune")},
            {QStringLiteral("public"), QStringLiteral("public")},
            {QStringLiteral("channel"), QStringLiteral("channel")},
            {QStringLiteral("site"), QStringLiteral("site")},
            {QStringLiteral("service-level"), QStringLiteral("COALESCE(service_level, '')")},
            {QStringLiteral("orientation"), QStringLiteral("COALESCE(orientation, '')")},
            {QStringLiteral("cite"), QStringLiteral("cite")}};
        sql = QStringLiteral(
                  "SELECT %1 AS code, SUM(count) FROM passage WHERE local_date >= "
                  ":from AND local_date < :to AND deleted = 0 AND (COALESCE(:cite, '') = '' OR "
                  "cite = :cite) AND (COALESCE(:site, '') = '' OR site = :site) AND desk = :desk "
                  "GROUP BY 1")
                  .arg(columns.value(by));
    } else {
        sql = QStringLiteral(
                  "SELECT %1 AS code, SUM(n) FROM passage_dim_month WHERE dim = :dim "
                  "AND month >= :first AND month <= :last AND (COALESCE(:cite, '') = '' OR "
                  "cite = :cite) AND (COALESCE(:site, '') = '' OR site = :site) GROUP BY 1 "
                  "HAVING SUM(n) <> 0")
                  .arg(byCite ? QStringLiteral("cite") : QStringLiteral("code"));
    }
    QSqlQuery q = (*db)->prepare(sql);
    q.bindValue(QStringLiteral(":dim"), byCite ? QStringLiteral("pole") : by);
    if (filter.desk.isEmpty()) {
        q.bindValue(QStringLiteral(":first"), firstMonth);
        q.bindValue(QStringLiteral(":last"), lastMonth);
    } else {
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
    }
    q.bindValue(QStringLiteral(":cite"), cite);
    q.bindValue(QStringLiteral(":site"), filter.site);
    q.bindValue(QStringLiteral(":desk"), filter.desk);
    if (!q.exec())
        return sqlError(q, tr("Computing the report"));
    YearlyCounts report;
    report.year = year;
    report.by = by;
    while (q.next()) {
        ReportRow row;
        row.code = byCite ? q.value(0).toString()
                          : PassageReports::reportCode(*breakdown, q.value(0).toString(),
                                                       referential); // merged: under C
        row.count = q.value(1).toLongLong();
        row.label =
            byCite ? row.code : PassageReports::label(*breakdown, row.code, referential, communes);
        report.total += row.count;
        report.rows.append(row);
    }
    report.sortRows();
    return report;
}

Result<QList<NetworkCiteStatus>> NetworkService::status(const QString &conninfo,
                                                        const QString &password)
{
    Result<std::unique_ptr<NetworkDatabase>> db =
        NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Require, password);
    if (!db)
        return db.error();
    NetworkTransaction snapshot(**db, NetworkTransaction::Mode::ReadOnlySnapshot);
    if (Status s = snapshot.begun(); !s)
        return s.error();
    QSqlQuery cites = (*db)->prepare(QStringLiteral(
        "SELECT c.code, c.share_id, COALESCE(c.last_consolidation_utc, ''), "
        "(SELECT COALESCE(SUM(n), 0) FROM passage_dim_month t WHERE t.cite = c.code AND "
        " t.dim = 'pole') FROM cite c ORDER BY c.code"));
    if (!cites.exec())
        return sqlError(cites, tr("Reading the network database"));
    QList<NetworkCiteStatus> result;
    while (cites.next())
        result.append({cites.value(0).toString(),
                       cites.value(1).toString(),
                       cites.value(2).toString(),
                       {},
                       cites.value(3).toLongLong(),
                       {}});
    QSqlQuery files = (*db)->prepare(QStringLiteral(
        "SELECT status, COUNT(*) FROM share_file WHERE cite = :cite GROUP BY status"));
    for (NetworkCiteStatus &cite : result) {
        files.bindValue(QStringLiteral(":cite"), cite.cite);
        if (!files.exec())
            return sqlError(files, tr("Reading the network database"));
        while (files.next())
            cite.files.insert(files.value(0).toString(), files.value(1).toInt());
        PgConsolidationStore store(**db, cite.cite);
        Result<QList<DeskHealth>> desks = store.health(QDateTime::currentDateTimeUtc());
        if (!desks)
            return desks.error();
        cite.desks = std::move(desks).value();
    }
    return result;
}

} // namespace passages
