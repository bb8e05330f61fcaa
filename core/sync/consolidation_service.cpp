// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/consolidation_service.h"

#include "core/storage/app_paths.h"
#include "core/storage/database.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QFile>
#include <QLocale>

#include <utility>

namespace passages {

namespace {

/// A desk database is never a cache: merging the share into it would mix every desk's
/// figures into this desk's own and publish them at its next sync; a rebuild would
/// delete it.
Status refuseDeskDatabase(Database &db)
{
    const Result<QString> read = db.readMeta(QStringLiteral("desk"));
    if (!read)
        return read.error();
    const QString &desk = *read;
    if (desk.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     ConsolidationService::tr("%1 is a desk database (desk \"%2\"), not a "
                                              "consolidation cache; choose a file of its own")
                         .arg(db.path(), desk.left(80)));
}

/// What outlives a rebuild: everything else in the cache comes back from the share.
constexpr const char *kKeptOnRebuild[] = {"consolidator_id", "sign_secret", "sign_public",
                                          "share_admin_key"};

} // namespace

Result<ConsolidationReport>
ConsolidationService::consolidate(const ConsolidationRequest &request,
                                  const std::function<void(int, int)> &progress)
{
    Share share(m_fs, request.shareRoot);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    ConsolidationReport report;
    report.cachePath =
        request.cachePath.isEmpty() ? defaultCachePath(info->shareId) : request.cachePath;
    const QString &path = report.cachePath;

    QList<std::pair<QString, QString>> kept;
    if (request.rebuild && QFile::exists(path)) {
        Result<std::unique_ptr<Database>> old = Database::open(path);
        if (old) {
            if (Status s = refuseDeskDatabase(**old); !s)
                return s.error();
            for (const char *key : kKeptOnRebuild)
                kept.append({QLatin1String(key), (*old)->meta(QLatin1String(key))});
        }
    }
    if (request.rebuild) {
        // The cache is rebuildable by design: deleting it loses nothing.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    Result<std::unique_ptr<Database>> cache =
        Database::open(path, Database::Check::Quick, Database::Durability::Cache);
    if (!cache)
        return cache.error();
    if (Status s = refuseDeskDatabase(**cache); !s)
        return s.error();
    for (const auto &[key, value] : std::as_const(kept))
        if (!value.isEmpty())
            if (Status s = (*cache)->setMeta(key, value); !s)
                return s.error();

    Consolidator consolidator(**cache, m_fs, request.shareRoot);
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

QString ConsolidationService::summaryText(const ConsolidationSummary &summary)
{
    const QLocale locale;
    return tr("%Ln new file(s): %1 imported, %2 duplicate(s), %3 quarantined, %4 held, "
              "%5 fork(s), %6 from unapproved keys.",
              nullptr, summary.filesSeen)
        .arg(locale.toString(summary.imported), locale.toString(summary.duplicates),
             locale.toString(summary.quarantined), locale.toString(summary.held),
             locale.toString(summary.forks), locale.toString(summary.unapproved));
}

QStringList ConsolidationService::remarks(const ConsolidationSummary &summary)
{
    QStringList remarks;
    if (summary.awaitingApproval)
        remarks << tr("This PC's key awaits an administrator's approval (Tous les postes › "
                      "Postes en attente, or passages-cli share approve); desks ignore its "
                      "receipts until then.");
    remarks << summary.trustProblems;
    if (!summary.receiptsError.isEmpty())
        remarks << tr("Receipts not written (retried next time): %1").arg(summary.receiptsError);
    return remarks;
}

} // namespace passages
