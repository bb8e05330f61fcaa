// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the accueil desk: init, log, import, export, delete.
#include "app/cli/context.h"

#include "core/sync/trust.h"

#include "core/common/text.h"
#include "core/reception/passage_csv.h"
#include "core/reception/reception.h"
#include "core/report/workbooks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace passages::cli {

namespace {

std::optional<QDateTime> parseAt(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

int init(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("site"), QStringLiteral("desk")},
                               QStringLiteral("init")))
        return code;
    Result<Session> session = ctx.openSession(Communes::Load, Create::Yes);
    if (!session)
        return ctx.fail(session.error());
    Reception reception(*session->db, session->referential, session->communes);
    // Changing an initialised desk's site or label is a setting (issue 17).
    if (!reception.identity().site.isEmpty())
        if (int code = requireAdmin(ctx, *session->db, AdminAction::Settings))
            return code;
    if (Status s = reception.setIdentity(options.value(QStringLiteral("site")),
                                         options.value(QStringLiteral("desk")));
        !s)
        return ctx.fail(s.error());
    const DeskIdentity identity = reception.identity();
    // The desk's own key pair, made now: an administrator approves it before the
    // consolidation takes this desk's batches (docs/trust-model.md).
    Result<trust::KeyPair> keys = trust::localKeys(*session->db);
    if (!keys)
        return ctx.fail(keys.error());
    ctx.out << QCoreApplication::translate("passages-cli",
                                           "Desk \"%1\" of site %2 ready in %3 (instance %4).")
                   .arg(identity.desk, identity.site, ctx.dbPath, identity.instanceId)
            << ' '
            << QCoreApplication::translate("passages-cli", "Key fingerprint: %1.")
                   .arg(trust::fingerprint(keys->publicKey))
            << '\n';
    return Ok;
}

int log(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("pole")}, QStringLiteral("log")))
        return code;
    PassageInput input;
    input.pole = options.value(QStringLiteral("pole"));
    input.theme = options.value(QStringLiteral("theme"));
    input.ageBand = options.value(QStringLiteral("age-band"));
    input.commune = options.value(QStringLiteral("commune"));
    input.publicCode = options.value(QStringLiteral("public"));
    input.channel = options.value(QStringLiteral("channel"));
    input.serviceLevel = options.value(QStringLiteral("service-level"));
    input.orientation = options.value(QStringLiteral("orientation"));
    if (options.has(QStringLiteral("count"))) {
        bool ok = false;
        input.count = options.value(QStringLiteral("count")).toInt(&ok);
        if (!ok)
            return ctx.usage(QCoreApplication::translate(
                                 "passages-cli", "log: --count needs a whole number, got \"%1\"")
                                 .arg(options.value(QStringLiteral("count"))));
    }
    if (options.has(QStringLiteral("at"))) {
        input.at = parseAt(options.value(QStringLiteral("at")));
        if (!input.at)
            return ctx.usage(
                QCoreApplication::translate("passages-cli",
                                            "log: --at needs YYYY-MM-DDTHH:MM[:SS], got \"%1\"")
                    .arg(options.value(QStringLiteral("at"))));
    }
    Result<Session> session = ctx.openSession(Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    Reception reception(*session->db, session->referential, session->communes);
    Result<Passage> logged = reception.log(input);
    if (!logged)
        return ctx.fail(logged.error());
    ctx.out << logged->id << '\n';
    return Ok;
}

int importCsv(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("csv")}, QStringLiteral("import")))
        return code;
    Result<Session> session = ctx.openSession(Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    Reception reception(*session->db, session->referential, session->communes);
    Result<ImportReport> report =
        PassageCsv::importFile(reception, options.value(QStringLiteral("csv")));
    if (!report)
        return ctx.fail(report.error());
    if (!report->problems.isEmpty()) {
        for (const QString &problem : report->problems)
            ctx.err << shown(problem, 2000) << '\n';
        return ctx.fail(QCoreApplication::translate("passages-cli",
                                                    "nothing imported: %n bad row(s) in %1",
                                                    nullptr, int(report->problems.size()))
                            .arg(options.value(QStringLiteral("csv"))));
    }
    ctx.out << QCoreApplication::translate("passages-cli", "%n entry(ies) imported.", nullptr,
                                           report->imported)
            << '\n';
    return Ok;
}

int exportCsv(Context &ctx, const Options &options)
{
    const bool xlsx = options.has(QStringLiteral("xlsx"));
    if (xlsx == options.has(QStringLiteral("csv")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "export: give either --csv FILE or --xlsx FILE"));
    if (xlsx && options.has(QStringLiteral("excel")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "export: --excel is a CSV dialect; a workbook needs none"));
    int year = 0;
    if (options.has(QStringLiteral("year"))) {
        std::optional<int> parsed = parseYear(options.value(QStringLiteral("year")));
        if (!parsed)
            return ctx.usage(
                QCoreApplication::translate("passages-cli",
                                            "export: --year needs a year such as 2024, got \"%1\"")
                    .arg(options.value(QStringLiteral("year"))));
        year = *parsed;
    }
    Result<Session> session = ctx.openSession(Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    Reception reception(*session->db, session->referential, session->communes);
    if (xlsx) {
        Result<XlsxWorkbook> book =
            Workbooks::passages(reception, session->referential, session->communes, year);
        if (!book)
            return ctx.fail(book.error());
        if (Status saved = book->save(options.value(QStringLiteral("xlsx"))); !saved)
            return ctx.fail(saved.error());
        return Ok;
    }
    Result<QByteArray> data =
        PassageCsv::exportData(reception, year, csvFlavour(options.has(QStringLiteral("excel"))));
    if (!data)
        return ctx.fail(data.error());
    return ctx.writeOutput(options.value(QStringLiteral("csv")), *data);
}

int remove(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id")}, QStringLiteral("delete")))
        return code;
    Result<Session> session = ctx.openSession(Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    Reception reception(*session->db, session->referential, session->communes);
    // An entry of another day than today is the administrator's to delete (issue 17).
    Result<Passage> entry = reception.find(options.value(QStringLiteral("id")));
    if (!entry)
        return ctx.fail(entry.error());
    if (int code = requireAdminForDeletion(ctx, *session->db, entry->date))
        return code;
    Result<Passage> removed = reception.remove(options.value(QStringLiteral("id")));
    if (!removed)
        return ctx.fail(removed.error());
    return Ok;
}

} // namespace

QList<Command> receptionCommands()
{
    return {
        {QStringLiteral("init"), {QStringLiteral("site"), QStringLiteral("desk")}, init},
        {QStringLiteral("log"),
         {QStringLiteral("pole"), QStringLiteral("theme"), QStringLiteral("age-band"),
          QStringLiteral("commune"), QStringLiteral("public"), QStringLiteral("channel"),
          QStringLiteral("count"), QStringLiteral("at"), QStringLiteral("service-level"),
          QStringLiteral("orientation")},
         log},
        {QStringLiteral("import"), {QStringLiteral("csv")}, importCsv},
        {QStringLiteral("export"),
         {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("year")},
         exportCsv,
         {QStringLiteral("excel")}},
        {QStringLiteral("delete"), {QStringLiteral("id")}, remove},
    };
}

} // namespace passages::cli
