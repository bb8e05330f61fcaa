// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the nightly sync: share init, share referential, sync,
// consolidate (and the consolidation behind report --share).
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/referential/referential_store.h"
#include "core/storage/app_paths.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QCoreApplication>
#include <QFile>

namespace passages::cli {

namespace {

int shareInit(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("share init")))
        return code;
    Referential referential = Referential::defaultReferential();
    if (options.has(QStringLiteral("referential"))) {
        QFile file(options.value(QStringLiteral("referential")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QCoreApplication::translate("passages-cli", "cannot read %1: %2")
                                .arg(file.fileName(), file.errorString()));
        Result<Referential> parsed = Referential::fromJson(file.readAll());
        if (!parsed)
            return ctx.fail(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
        referential = std::move(parsed).value();
    }
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    if (Status s = share.init(referential); !s)
        return ctx.fail(s.error());
    ctx.out << QCoreApplication::translate("passages-cli",
                                           "Share prepared in %1 (referential version %2).")
                   .arg(share.root())
                   .arg(referential.version())
            << '\n';
    return Ok;
}

int shareReferential(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share"), QStringLiteral("file")},
                               QStringLiteral("share referential")))
        return code;
    QFile file(options.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QCoreApplication::translate("passages-cli", "cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
    Result<Referential> parsed = Referential::fromJson(file.readAll());
    if (!parsed)
        return ctx.fail(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    if (Result<ShareInfo> info = share.open(); !info)
        return ctx.fail(info.error());
    if (Status s = share.publishReferential(*parsed); !s)
        return ctx.fail(s.error());
    ctx.out << QCoreApplication::translate("passages-cli",
                                           "Referential version %1 published; desks pick it up "
                                           "at their next sync.")
                   .arg(parsed->version())
            << '\n';
    return Ok;
}

int sync(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("sync")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    LocalShareFs fs;
    DeskSync desk(*session->db, fs, options.value(QStringLiteral("share")));
    Result<SyncOutcome> outcome = desk.run();
    if (!outcome)
        return ctx.fail(QCoreApplication::translate("passages-cli",
                                                    "sync failed, %n row(s) still pending: %1",
                                                    nullptr, desk.pendingRows())
                            .arg(outcome.error().message));
    if (!outcome->forkedFrom.isEmpty())
        ctx.err << "passages-cli: "
                << QCoreApplication::translate("passages-cli",
                                               "this desk took a new identity because %1")
                       .arg(outcome->forkReason)
                << '\n';
    ctx.out << QCoreApplication::translate("passages-cli",
                                           "%n batch(es) published, %1 row(s); nothing pending.",
                                           nullptr, outcome->batchesPublished)
                   .arg(outcome->rowsPublished);
    if (outcome->referentialUpdated)
        ctx.out << ' '
                << QCoreApplication::translate("passages-cli", "Referential updated to version %1.")
                       .arg(outcome->referentialVersion);
    const Acknowledgement ack = desk.acknowledgement();
    ctx.out << ' '
            << QCoreApplication::translate("passages-cli",
                                           "%1 of %n batch(es) confirmed by a consolidation.",
                                           nullptr, ack.published)
                   .arg(ack.acknowledged);
    if (outcome->republished > 0)
        ctx.out << ' '
                << QCoreApplication::translate(
                       "passages-cli",
                       "%n batch(es) found damaged or missing on the share, sent again.", nullptr,
                       outcome->republished);
    ctx.out << '\n';
    for (const QString &refused : ack.refused)
        ctx.err << "passages-cli: "
                << QCoreApplication::translate("passages-cli", "refused by the consolidation: %1")
                       .arg(refused)
                << '\n';
    for (const QString &problem : outcome->receiptProblems)
        ctx.err << "passages-cli: " << problem << '\n';
    return Ok;
}

void printHealth(Context &ctx, Database &cache, const QString &shareRoot, ShareFs &fs)
{
    Consolidator consolidator(cache, fs, shareRoot);
    Result<QList<DeskHealth>> health = consolidator.health(QDateTime::currentDateTimeUtc());
    if (!health)
        return;
    for (const DeskHealth &h : *health) {
        // Labels come from the share: shown() keeps escape sequences off the terminal.
        ctx.out << QStringLiteral("%1 / %2 (%3): ")
                       .arg(shown(h.site), shown(h.desk), shown(h.instance.left(8)))
                << QCoreApplication::translate("passages-cli", "last batch %1").arg(h.lastImported);
        if (!h.missing.isEmpty()) {
            QStringList numbers;
            for (qint64 n : h.missing)
                numbers << QString::number(n);
            ctx.out << ", "
                    << QCoreApplication::translate("passages-cli", "MISSING %1")
                           .arg(numbers.join(QLatin1Char(',')));
        }
        if (h.quarantined > 0)
            ctx.out << ", "
                    << QCoreApplication::translate("passages-cli", "%n file(s) quarantined",
                                                   nullptr, h.quarantined);
        if (h.implausibleDates > 0)
            ctx.out << ", "
                    << QCoreApplication::translate("passages-cli", "%n implausible date(s)",
                                                   nullptr, h.implausibleDates);
        if (h.held)
            ctx.out << ", "
                    << QCoreApplication::translate("passages-cli", "HELD: %1")
                           .arg(shown(h.heldReason, 300));
        ctx.out << '\n';
    }
    if (Result<QList<ShareFileStatus>> problems = consolidator.problems(); problems)
        for (const ShareFileStatus &p : *problems)
            ctx.out << "  " << p.status << ": " << shown(p.name, 200) << ": "
                    << shown(p.reason, 300) << '\n';
}

int consolidate(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("consolidate")))
        return code;
    const bool rebuild = options.has(QStringLiteral("rebuild"));
    Result<QString> cache = consolidateShare(ctx, options.value(QStringLiteral("share")),
                                             options.value(QStringLiteral("cache")), rebuild);
    if (!cache)
        return ctx.fail(cache.error());
    Result<std::unique_ptr<Database>> db = Database::open(*cache);
    if (!db)
        return ctx.fail(db.error());
    LocalShareFs fs;
    printHealth(ctx, **db, options.value(QStringLiteral("share")), fs);
    return Ok;
}

} // namespace

Result<QString> consolidateShare(Context &ctx, const QString &shareRoot, const QString &cachePath,
                                 bool rebuild)
{
    LocalShareFs fs;
    Share share(fs, shareRoot);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    const QString path = cachePath.isEmpty() ? defaultCachePath(info->shareId) : cachePath;
    if (rebuild) {
        // The cache is rebuildable by design: deleting it loses nothing.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    Result<std::unique_ptr<Database>> cache =
        Database::open(path, Database::Check::Quick, Database::Durability::Cache);
    if (!cache)
        return cache.error();
    // A desk database is never a cache: merging the share into it would mix every desk's
    // figures into this desk's own, and publish them at its next sync.
    if (!(*cache)->meta(QStringLiteral("desk")).isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("passages-cli",
                                                     "%1 is a desk database (desk \"%2\"), not a "
                                                     "consolidation cache; give --cache a file of "
                                                     "its own")
                             .arg(path, shown((*cache)->meta(QStringLiteral("desk")))));
    Consolidator consolidator(**cache, fs, shareRoot);
    Result<ConsolidationSummary> summary = consolidator.run();
    if (!summary)
        return summary.error();
    ctx.err << QCoreApplication::translate("passages-cli",
                                           "consolidated %1 new file(s): %2 imported, %3 "
                                           "duplicate(s), %4 quarantined, %5 held, %6 fork(s).")
                   .arg(summary->filesSeen)
                   .arg(summary->imported)
                   .arg(summary->duplicates)
                   .arg(summary->quarantined)
                   .arg(summary->held)
                   .arg(summary->forks)
            << '\n';
    if (!summary->receiptsError.isEmpty())
        ctx.err << "passages-cli: "
                << QCoreApplication::translate("passages-cli",
                                               "receipts not written (retried next time): %1")
                       .arg(summary->receiptsError)
                << '\n';
    return path;
}

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("share init"),
         {QStringLiteral("share"), QStringLiteral("referential")},
         shareInit},
        {QStringLiteral("share referential"),
         {QStringLiteral("share"), QStringLiteral("file")},
         shareReferential},
        {QStringLiteral("sync"), {QStringLiteral("share")}, sync},
        {QStringLiteral("consolidate"),
         {QStringLiteral("share"), QStringLiteral("cache")},
         consolidate,
         {QStringLiteral("rebuild")}},
    };
}

} // namespace passages::cli
