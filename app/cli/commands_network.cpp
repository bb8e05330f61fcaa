// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the network database (PostgreSQL): network init|status, and
// the --pg forms of consolidate and report (core/network/network_service.h).
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/network/network_service.h"
#include "core/referential/commune_index.h"
#include "core/sync/share_fs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passages::cli {

namespace {

int networkInit(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("pg")}, QStringLiteral("network init")))
        return code;
    const Result<int> version = NetworkService::init(options.value(QStringLiteral("pg")));
    if (!version)
        return ctx.fail(version.error());
    ctx.out << QCoreApplication::translate("passages-cli", "Network database ready (schema %1).")
                   .arg(*version)
            << '\n';
    return Ok;
}

int networkStatus(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("pg")}, QStringLiteral("network status")))
        return code;
    const QString format = options.has(QStringLiteral("format"))
                               ? options.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "network status: --format must be text or json, got "
                                             "\"%1\"")
                             .arg(format));
    const Result<QList<NetworkCiteStatus>> status =
        NetworkService::status(options.value(QStringLiteral("pg")));
    if (!status)
        return ctx.fail(status.error());
    if (format == QLatin1String("json")) {
        QJsonArray cites;
        for (const NetworkCiteStatus &c : *status) {
            QJsonObject files;
            for (auto it = c.files.cbegin(); it != c.files.cend(); ++it)
                files.insert(it.key(), it.value());
            QJsonArray desks;
            for (const DeskHealth &h : c.desks) {
                QJsonArray missing;
                for (qint64 n : h.missing)
                    missing.append(n);
                desks.append(
                    QJsonObject{{QStringLiteral("instance"), h.instance},
                                {QStringLiteral("site"), h.site},
                                {QStringLiteral("desk"), h.desk},
                                {QStringLiteral("last_batch"), h.lastImported},
                                {QStringLiteral("last_batch_created"),
                                 h.lastBatchCreated.toString(Qt::ISODate)},
                                {QStringLiteral("missing"), missing},
                                {QStringLiteral("quarantined"), h.quarantined},
                                {QStringLiteral("held"), h.held},
                                {QStringLiteral("implausible_dates"), h.implausibleDates}});
            }
            cites.append(QJsonObject{{QStringLiteral("cite"), c.cite},
                                     {QStringLiteral("share_id"), c.shareId},
                                     {QStringLiteral("last_consolidation"), c.lastConsolidationUtc},
                                     {QStringLiteral("walk_ins"), c.walkIns},
                                     {QStringLiteral("files"), files},
                                     {QStringLiteral("desks"), desks}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("cites"), cites}})
                                         .toJson(QJsonDocument::Compact))
                << '\n';
        return Ok;
    }
    for (const NetworkCiteStatus &c : *status) {
        QStringList files;
        for (auto it = c.files.cbegin(); it != c.files.cend(); ++it)
            files << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        ctx.out << QCoreApplication::translate(
                       "passages-cli", "Cité %1: %2 walk-in(s), last consolidation %3; files: %4")
                       .arg(c.cite)
                       .arg(c.walkIns)
                       .arg(c.lastConsolidationUtc.isEmpty() ? QStringLiteral("-")
                                                             : c.lastConsolidationUtc,
                            files.isEmpty() ? QStringLiteral("-") : files.join(QLatin1String(", ")))
                << '\n';
        for (const DeskHealth &h : c.desks)
            ctx.out
                << QStringLiteral("  %1 / %2 (%3): ")
                       .arg(shown(h.site), shown(h.desk), shown(h.instance.left(8)))
                << QCoreApplication::translate("passages-cli", "last batch %1").arg(h.lastImported)
                << (h.held ? QStringLiteral(", HELD") : QString()) << '\n';
    }
    return Ok;
}

} // namespace

int consolidateIntoNetwork(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("share"), QStringLiteral("cite")},
                               QStringLiteral("consolidate --pg")))
        return code;
    if (options.has(QStringLiteral("cache")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "consolidate: --cache and --pg exclude each other"));
    LocalShareFs fs;
    Result<ConsolidationReport> report = NetworkService(fs).consolidate(
        {options.value(QStringLiteral("share")), options.value(QStringLiteral("pg")),
         options.value(QStringLiteral("cite")), options.has(QStringLiteral("rebuild")), {}});
    if (!report)
        return ctx.fail(report.error());
    if (report->failure)
        return ctx.fail(*report->failure);
    ctx.err << ConsolidationService::summaryText(report->summary) << '\n';
    for (const QString &remark : ConsolidationService::remarks(report->summary))
        ctx.err << "passages-cli: " << shown(remark, 500) << '\n';
    printHealth(ctx, *report);
    return Ok;
}

Result<YearlyCounts> networkReport(const Options &options, int year, const QString &by)
{
    Result<CommuneIndex> communes = CommuneIndex::loadDefault();
    if (!communes)
        return communes.error();
    return NetworkService::report(
        options.value(QStringLiteral("pg")), year, by, options.value(QStringLiteral("cite")),
        {options.value(QStringLiteral("site")), options.value(QStringLiteral("desk"))}, *communes);
}

QList<Command> networkCommands()
{
    return {
        {QStringLiteral("network init"), {QStringLiteral("pg")}, networkInit},
        {QStringLiteral("network status"),
         {QStringLiteral("pg"), QStringLiteral("format")},
         networkStatus},
    };
}

} // namespace passages::cli
