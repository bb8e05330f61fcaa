// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli report: yearly counts of one kind of activity ("--what") by a dimension.
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/fonds/fonds.h"
#include "core/report/passage_report.h"
#include "core/report/programme_report.h"
#include "core/report/reporting_mapping.h"
#include "core/report/workbooks.h"

#include <QCoreApplication>

namespace passages::cli {

namespace {

/// One kind of activity a yearly report can count. Each capability adds its own.
struct ReportSource
{
    QString what;
    QStringList by; ///< the dimensions it groups by
    std::function<Result<YearlyCounts>(const Session &, int year, const QString &by,
                                       const ReportFilter &)>
        compute;
};

QList<ReportSource> reportSources()
{
    QStringList contactDimensions = reportBreakdownNames().split(QLatin1Char('|'));
    return {
        {QStringLiteral("contacts"), contactDimensions,
         [](const Session &s, int year, const QString &by, const ReportFilter &filter) {
             PassageReports reports(*s.db, s.referential, s.communes);
             return reports.yearly(year, *reportBreakdownFromName(by), filter);
         }},
        {QStringLiteral("consultations"),
         {QStringLiteral("theme"), QStringLiteral("month")},
         [](const Session &s, int year, const QString &by, const ReportFilter &filter) {
             Fonds fonds(*s.db, s.referential);
             return fonds.upkeep().consultationReport(year,
                                                      by == QLatin1String("month")
                                                          ? FondsUpkeep::ConsultationsBy::Month
                                                          : FondsUpkeep::ConsultationsBy::Theme,
                                                      filter.site, filter.desk);
         }},
        {QStringLiteral("interviews"), interviewDimensionNames().split(QLatin1Char('|')),
         [](const Session &s, int year, const QString &by, const ReportFilter &filter) {
             ProgrammeReports reports(*s.db, s.referential);
             return reports.interviews(year, *interviewDimensionFromName(by), filter);
         }},
        {QStringLiteral("participants"), participantDimensionNames().split(QLatin1Char('|')),
         [](const Session &s, int year, const QString &by, const ReportFilter &filter) {
             ProgrammeReports reports(*s.db, s.referential);
             return reports.participants(year, *participantDimensionFromName(by), filter);
         }},
    };
}

int report(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("year"), QStringLiteral("by")},
                               QStringLiteral("report")))
        return code;
    const std::optional<int> year = parseYear(options.value(QStringLiteral("year")));
    if (!year)
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "report: --year needs a year such as 2024, got \"%1\"")
                             .arg(options.value(QStringLiteral("year"))));
    const QList<ReportSource> sources = reportSources();
    const QString what = options.has(QStringLiteral("what")) ? options.value(QStringLiteral("what"))
                                                             : QStringLiteral("contacts");
    const ReportSource *source = nullptr;
    QStringList whats;
    for (const ReportSource &s : sources) {
        whats << s.what;
        if (s.what == what)
            source = &s;
    }
    if (!source)
        return ctx.usage(QCoreApplication::translate("passages-cli",
                                                     "report: --what must be one of %1, got \"%2\"")
                             .arg(whats.join(QLatin1Char('|')), what));
    const QString by = options.value(QStringLiteral("by"));
    if (!source->by.contains(by))
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "report: --by must be one of %1 for %2, got \"%3\"")
                             .arg(source->by.join(QLatin1Char('|')), what, by));
    const QString format = options.has(QStringLiteral("format"))
                               ? options.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json") && format != QLatin1String("xlsx"))
        return ctx.usage(
            QCoreApplication::translate(
                "passages-cli", "report: --format must be text, csv, json or xlsx, got \"%1\"")
                .arg(format));
    if ((format == QLatin1String("xlsx")) != options.has(QStringLiteral("output")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "report: --format xlsx needs --output FILE (and only it does)"));
    // With --share, the report runs over every desk: the share is consolidated into its
    // local cache first (same schema as a desk database, so the same code reports on it).
    QString path = ctx.dbPath;
    if (options.has(QStringLiteral("share"))) {
        Result<ConsolidationReport> cache =
            consolidateShare(ctx, options.value(QStringLiteral("share")),
                             options.value(QStringLiteral("cache")), false);
        if (!cache)
            return ctx.fail(cache.error());
        path = cache->cachePath;
    }
    Result<Session> session = path == ctx.dbPath ? ctx.openSession(Communes::Load)
                                                 : Context::openSession(path, Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    const ReportFilter filter{options.value(QStringLiteral("site")),
                              options.value(QStringLiteral("desk"))};
    if (!filter.site.isEmpty() &&
        !session->referential.contains(Referential::Kind::Site, filter.site))
        return ctx.fail(
            QCoreApplication::translate("passages-cli", "unknown site \"%1\"; valid sites: %2")
                .arg(filter.site, session->referential.codeList(Referential::Kind::Site)));
    if (!filter.desk.isEmpty()) {
        const Result<QStringList> desks =
            PassageReports(*session->db, session->referential, session->communes).desks();
        if (!desks)
            return ctx.fail(desks.error());
        if (!desks->contains(filter.desk))
            return ctx.fail(
                QCoreApplication::translate("passages-cli", "unknown desk \"%1\"; desks: %2")
                    .arg(shown(filter.desk), desks->join(QLatin1String(", "))));
    }
    Result<YearlyCounts> result = source->compute(*session, *year, by, filter);
    if (!result)
        return ctx.fail(result.error());
    // In a reporting mapping's categories (the referential's "mappings").
    if (options.has(QStringLiteral("mapping"))) {
        if (what != QLatin1String("contacts") && what != QLatin1String("interviews"))
            return ctx.usage(QCoreApplication::translate(
                "passages-cli", "report: --mapping applies to contacts and interviews"));
        Result<const Referential::Mapping *> mapping =
            findMapping(session->referential, options.value(QStringLiteral("mapping")), by);
        if (!mapping)
            return ctx.fail(mapping.error());
        result = inMapping(*result, session->referential, **mapping);
    }
    if (format == QLatin1String("xlsx")) {
        const QString title =
            QCoreApplication::translate("passages-cli", "%1 by %2, %3").arg(what, by).arg(*year);
        if (Status saved =
                Workbooks::report(*result, title).save(options.value(QStringLiteral("output")));
            !saved)
            return ctx.fail(saved.error());
    } else if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(result->toJson());
    } else if (format == QLatin1String("csv")) {
        ctx.print(result->toCsv(csvFlavour(options.has(QStringLiteral("excel")))));
    } else {
        int width = 10;
        for (const ReportRow &row : result->rows)
            width = std::max(width, int(row.label.size()));
        for (const ReportRow &row : result->rows)
            ctx.out << shown(row.label).leftJustified(width + 2)
                    << QString::number(row.count).rightJustified(8) << '\n';
        ctx.out << QCoreApplication::translate("passages-cli", "Total").leftJustified(width + 2)
                << QString::number(result->total).rightJustified(8) << '\n';
    }
    return Ok;
}

} // namespace

QList<Command> reportCommands()
{
    return {{QStringLiteral("report"),
             {QStringLiteral("year"), QStringLiteral("by"), QStringLiteral("what"),
              QStringLiteral("format"), QStringLiteral("site"), QStringLiteral("desk"),
              QStringLiteral("share"), QStringLiteral("cache"), QStringLiteral("output"),
              QStringLiteral("mapping")},
             report,
             {QStringLiteral("excel")}}};
}

} // namespace passages::cli
