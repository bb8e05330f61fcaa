// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli bilan: the direction's yearly bilan as the GUI's Bilan view makes it, as a
// workbook (--xlsx) and/or an archivable PDF (--pdf).
//
// The PDF is drawn by passages_report_pdf (Qt Gui, no widgets), the library the GUI uses
// too. Drawing text needs a QGuiApplication: cli_main.cpp creates one, on the offscreen
// platform, for this command only (see needsGui()); every other command keeps a
// QCoreApplication and runs on a server without a display or Qt's Gui plugins loaded.
#include "app/cli/context.h"

#include "core/report/bilan.h"
#include "core/report/calendar.h"
#include "core/report/dashboard_figures.h"
#include "core/report/reporting_mapping.h"
#include "core/report/workbooks.h"
#include "ui/dashboard/report_document.h"

#include <QCoreApplication>
#include <QDateTime>

namespace passages::cli {

namespace {

int bilan(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("year")}, QStringLiteral("bilan")))
        return code;
    const std::optional<int> year = parseYear(options.value(QStringLiteral("year")));
    if (!year)
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "bilan: --year needs a year such as 2024, got \"%1\"")
                             .arg(options.value(QStringLiteral("year"))));
    const QString xlsxPath = options.value(QStringLiteral("xlsx"));
    const QString pdfPath = options.value(QStringLiteral("pdf"));
    if (xlsxPath.isEmpty() && pdfPath.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "bilan: give --xlsx FILE, --pdf FILE or both"));
    SmallCellPolicy policy;
    if (options.has(QStringLiteral("protect-small-cells"))) {
        bool ok = false;
        const int threshold = options.value(QStringLiteral("protect-small-cells")).toInt(&ok);
        if (!ok || threshold < 2 || threshold > 100)
            return ctx.usage(
                QCoreApplication::translate(
                    "passages-cli",
                    "bilan: --protect-small-cells needs a threshold from 2 to 100, got \"%1\"")
                    .arg(options.value(QStringLiteral("protect-small-cells"))));
        policy.enabled = true;
        policy.threshold = threshold;
    }

    const Result<QString> database = reportDatabase(ctx, options);
    if (!database)
        return ctx.fail(database.error());
    const QString &path = *database;
    Result<Session> session = Context::openSession(path, Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    const QString site = options.value(QStringLiteral("site"));
    if (int code = requireKnownSite(ctx, session->referential, site))
        return code;

    // The same calendar and "today" as the dashboard's Bilan view.
    const Result<OpeningCalendar> calendar = openingCalendar(*session->db, session->referential);
    if (!calendar)
        return ctx.fail(calendar.error());
    const QDateTime asOf = QDateTime::currentDateTime();
    AttendanceFilter filter;
    filter.site = site;
    filter.to = asOf.date();
    Result<Bilan> built =
        BilanBuilder(*session->db, session->referential, session->communes, *calendar)
            .build(*year, filter);
    if (!built)
        return ctx.fail(built.error());
    if (options.has(QStringLiteral("mapping"))) {
        const QString name = options.value(QStringLiteral("mapping"));
        const Referential::Mapping *mapping = session->referential.mapping(name);
        if (!mapping) {
            Result<const Referential::Mapping *> none =
                findMapping(session->referential, name, QString());
            return ctx.fail(none.error());
        }
        built = inMapping(std::move(built).value(), session->referential, *mapping);
    }

    if (!xlsxPath.isEmpty()) {
        const BilanContext context{asOf, site, policy};
        if (Status saved = Workbooks::bilan(*built, context).save(xlsxPath); !saved)
            return ctx.fail(saved.error());
    }
    if (!pdfPath.isEmpty()) {
        const QString error = ui::ReportDocument(*built, policy).writePdf(pdfPath);
        if (!error.isEmpty())
            return ctx.fail(error);
    }
    return Ok;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("bilan")) &&
           (arguments.contains(QLatin1String("--pdf")) ||
            !arguments.filter(QStringLiteral("--pdf=")).isEmpty());
}

QList<Command> bilanCommands()
{
    return {{QStringLiteral("bilan"),
             {QStringLiteral("year"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
              QStringLiteral("share"), QStringLiteral("cache"), QStringLiteral("site"),
              QStringLiteral("protect-small-cells"), QStringLiteral("mapping")},
             bilan}};
}

} // namespace passages::cli
