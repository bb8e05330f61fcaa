// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the nightly sync: share init, share referential, sync,
// consolidate (and the consolidation behind report --share).
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/referential/referential_store.h"
#include "core/storage/app_paths.h"
#include "core/sync/consolidation_service.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/desk_sync_service.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace passages::cli {

namespace {

/// The admin password: PASSAGES_ADMIN_PASSWORD when set, else one line of standard input
/// (not echoed on a terminal). Never an option: arguments show in `ps`.
QString adminPassword(Context &ctx)
{
    QString password = trust::passwordFromEnvironment();
    if (!password.isEmpty())
        return password;
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        ctx.err << QCoreApplication::translate("passages-cli", "Administrator password: ");
        ctx.err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err << '\n';
        ctx.err.flush();
    }
    if (!read)
        return {};
    password = QString::fromLocal8Bit(buffer);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

} // namespace

int requireAdminPassword(Context &ctx, QString *password)
{
    *password = adminPassword(ctx);
    if (!password->isEmpty())
        return Ok;
    return ctx.usage(QCoreApplication::translate(
        "passages-cli", "the administrator password is required (standard input or "
                        "PASSAGES_ADMIN_PASSWORD)"));
}

namespace {

/// The admin secret key of the share, unlocked with the password; 0 or an exit code.

int unlockAdmin(Context &ctx, Share &share, QByteArray *secret)
{
    QString password;
    if (int code = requireAdminPassword(ctx, &password))
        return code;
    Result<QByteArray> unlocked = share.unlockAdmin(password);
    if (!unlocked)
        return ctx.fail(unlocked.error());
    *secret = *unlocked;
    return Ok;
}

/// The referential of the JSON file at `path`; an error names the file.
Result<Referential> readReferentialFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passages-cli", "cannot read %1: %2")
                             .arg(file.fileName(), file.errorString()));
    Result<Referential> parsed = Referential::fromJson(file.readAll());
    if (!parsed)
        return makeError(parsed.error().code,
                         QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
    return parsed;
}

int shareInit(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("share init")))
        return code;
    Referential referential = Referential::defaultReferential();
    if (options.has(QStringLiteral("referential"))) {
        Result<Referential> read =
            readReferentialFile(options.value(QStringLiteral("referential")));
        if (!read)
            return ctx.fail(read.error());
        referential = std::move(read).value();
    }
    QString password;
    if (int code = requireAdminPassword(ctx, &password))
        return code;
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    if (Status s = share.init(referential, password); !s)
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
    Result<Referential> parsed = readReferentialFile(options.value(QStringLiteral("file")));
    if (!parsed)
        return ctx.fail(parsed.error());
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    if (Result<ShareInfo> info = share.open(); !info)
        return ctx.fail(info.error());
    QByteArray admin;
    if (int code = unlockAdmin(ctx, share, &admin))
        return code;
    if (Status s = share.publishReferential(*parsed, admin); !s)
        return ctx.fail(s.error());
    ctx.out << QCoreApplication::translate("passages-cli",
                                           "Referential version %1 published; desks pick it up "
                                           "at their next sync.")
                   .arg(parsed->version())
            << '\n';
    return Ok;
}

int shareUpgrade(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("share upgrade")))
        return code;
    QString password;
    if (int code = requireAdminPassword(ctx, &password))
        return code;
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    Result<int> desks = share.upgrade(password);
    if (!desks)
        return ctx.fail(desks.error());
    ctx.out << QCoreApplication::translate(
                   "passages-cli",
                   "Share upgraded: signed by an administrator key; %n desk(s) approved for the "
                   "batches they have there. Each desk asks to join at its next sync: approve it "
                   "with: passages-cli share approve",
                   nullptr, *desks)
            << '\n';
    return Ok;
}

void printRequest(Context &ctx, const JoinRequest &r)
{
    const QString role = r.role == trust::kRoleConsolidator
                             ? QCoreApplication::translate("passages-cli", "consolidating PC")
                             : QCoreApplication::translate("passages-cli", "desk");
    // Labels come from the share: printed without control characters.
    QString label = QStringLiteral("%1 / %2").arg(r.site, r.desk);
    label.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    ctx.out << r.instance << "  " << role << "  " << label << "  "
            << QCoreApplication::translate("passages-cli", "key %1").arg(trust::fingerprint(r.key))
            << '\n';
}

int shareRequests(Context &ctx, const Options &options)
{
    if (int code =
            ctx.require(options, {QStringLiteral("share")}, QStringLiteral("share requests")))
        return code;
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    Result<TrustState> state = share.adminTrust();
    if (!state)
        return ctx.fail(state.error());
    for (const JoinRequest &r : std::as_const(state->pending))
        printRequest(ctx, r);
    for (const QString &problem : std::as_const(state->problems))
        ctx.err << "passages-cli: " << problem << '\n';
    if (state->pending.isEmpty())
        ctx.err << QCoreApplication::translate("passages-cli", "No pending request.") << '\n';
    return Ok;
}

int shareApprove(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("share approve")))
        return code;
    const bool all = options.has(QStringLiteral("all"));
    const QString id = options.value(QStringLiteral("id"));
    if (all == !id.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "share approve needs --id <identity> or --all"));
    LocalShareFs fs;
    Share share(fs, options.value(QStringLiteral("share")));
    // The same core function as the GUI's "Approve…": the password is only asked once
    // something matches.
    int passwordCode = Ok;
    Result<QList<JoinRequest>> approved =
        share.approvePending(all ? QStringList() : QStringList{id}, [&] {
            QString password;
            passwordCode = requireAdminPassword(ctx, &password);
            return password;
        });
    if (passwordCode != Ok)
        return passwordCode;
    if (!approved) {
        if (approved.error().code == ErrorCode::Ambiguous) // names several requests
            return ctx.usage(approved.error().message);
        return ctx.fail(approved.error());
    }
    for (const JoinRequest &r : std::as_const(*approved)) {
        ctx.out << QCoreApplication::translate("passages-cli", "Approved: ");
        printRequest(ctx, r);
    }
    return Ok;
}

int sync(Context &ctx, const Options &options)
{
    // Without --share, the folder chosen in the GUI's sync settings (the nightly timer).
    const QString shareRoot = options.has(QStringLiteral("share"))
                                  ? options.value(QStringLiteral("share"))
                                  : configuredShareFolder();
    if (shareRoot.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "sync: no share folder: give --share DIR, or choose the folder in "
                            "the desk's Tools › Synchronisation settings"));
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    LocalShareFs fs;
    const DeskSyncReport report = syncDesk(*session->db, fs, shareRoot);
    if (report.failure)
        return ctx.fail(QCoreApplication::translate("passages-cli",
                                                    "sync failed, %n row(s) still pending: %1",
                                                    nullptr, report.pendingRows)
                            .arg(report.failure->message));
    const SyncOutcome *outcome = &report.outcome;
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
    const Acknowledgement &ack = report.acknowledgement;
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
    if (outcome->awaitingApproval)
        ctx.err << "passages-cli: " << report.trustWarning << '\n';
    for (const QString &problem : outcome->trustProblems)
        ctx.err << "passages-cli: " << problem << '\n';
    return Ok;
}

} // namespace

void printHealth(Context &ctx, const ConsolidationReport &report)
{
    for (const DeskHealth &h : report.health) {
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
    for (const ShareFileStatus &p : report.problems)
        ctx.out << "  " << p.status << ": " << shown(p.name, 200) << ": " << shown(p.reason, 300)
                << '\n';
}

namespace {

int consolidate(Context &ctx, const Options &options)
{
    // "Rebuild from the share" is the administrator's (issue 17), as in the GUI: guarded
    // by this PC's desk database when it has one (a consolidating PC without a desk has
    // no admin password to check).
    if (options.has(QStringLiteral("rebuild")) && QFileInfo::exists(ctx.dbPath)) {
        Result<Session> session = ctx.openSession();
        if (!session)
            return ctx.fail(session.error());
        if (int code = requireAdmin(ctx, *session->db, AdminAction::RebuildFromShare))
            return code;
    }
    if (options.has(QStringLiteral("pg")))
        return consolidateIntoNetwork(ctx, options);
    if (options.has(QStringLiteral("cite")))
        return ctx.usage(
            QCoreApplication::translate("passages-cli", "consolidate: --cite goes with --pg"));
    if (int code = ctx.require(options, {QStringLiteral("share")}, QStringLiteral("consolidate")))
        return code;
    const bool rebuild = options.has(QStringLiteral("rebuild"));
    Result<ConsolidationReport> report =
        consolidateShare(ctx, options.value(QStringLiteral("share")),
                         options.value(QStringLiteral("cache")), rebuild);
    if (!report)
        return ctx.fail(report.error());
    printHealth(ctx, *report);
    return Ok;
}

} // namespace

Result<ConsolidationReport> consolidateShare(Context &ctx, const QString &shareRoot,
                                             const QString &cachePath, bool rebuild)
{
    LocalShareFs fs;
    Result<ConsolidationReport> report =
        ConsolidationService(fs).consolidate({shareRoot, cachePath, rebuild});
    if (!report)
        return report.error();
    if (report->failure)
        return *report->failure;
    ctx.err << ConsolidationService::summaryText(report->summary) << '\n';
    for (const QString &remark : ConsolidationService::remarks(report->summary))
        ctx.err << "passages-cli: " << shown(remark, 500) << '\n';
    return report;
}

Result<QString> reportDatabase(Context &ctx, const Options &options)
{
    if (!options.has(QStringLiteral("share")))
        return ctx.dbPath;
    Result<ConsolidationReport> cache = consolidateShare(
        ctx, options.value(QStringLiteral("share")), options.value(QStringLiteral("cache")), false);
    if (!cache)
        return cache.error();
    return cache->cachePath;
}

int requireKnownSite(Context &ctx, const Referential &referential, const QString &site)
{
    if (site.isEmpty() || referential.contains(Referential::Kind::Site, site))
        return 0;
    return ctx.fail(
        QCoreApplication::translate("passages-cli", "unknown site \"%1\"; valid sites: %2")
            .arg(site, referential.codeList(Referential::Kind::Site)));
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
        {QStringLiteral("share upgrade"), {QStringLiteral("share")}, shareUpgrade},
        {QStringLiteral("share requests"), {QStringLiteral("share")}, shareRequests},
        {QStringLiteral("share approve"),
         {QStringLiteral("share"), QStringLiteral("id")},
         shareApprove,
         {QStringLiteral("all")}},
        {QStringLiteral("sync"), {QStringLiteral("share")}, sync},
        {QStringLiteral("consolidate"),
         {QStringLiteral("share"), QStringLiteral("cache"), QStringLiteral("pg"),
          QStringLiteral("cite")},
         consolidate,
         {QStringLiteral("rebuild")}},
    };
}

} // namespace passages::cli
