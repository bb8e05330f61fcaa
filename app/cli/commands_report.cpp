// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli report: yearly counts of one kind of activity ("--what") by a dimension.
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/fonds/fonds.h"
#include "core/report/coverage.h"
#include "core/report/passage_report.h"
#include "core/report/programme_report.h"
#include "core/report/reporting_mapping.h"
#include "core/report/workbooks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

/// Prints a yearly report in the format asked for (the desk's, the share's, the network's).
int printReport(Context &ctx, const Options &options, const YearlyCounts &counts,
                const QString &what, const QString &by, int year, const QString &format)
{
    const YearlyCounts *result = &counts;
    if (format == QLatin1String("xlsx")) {
        const QString title =
            QCoreApplication::translate("passages-cli", "%1 by %2, %3").arg(what, by).arg(year);
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
    const bool network = options.has(QStringLiteral("pg"));
    if (network && what != QLatin1String("contacts"))
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "report: --pg reports contacts only, got \"%1\"")
                             .arg(what));
    if (!network && options.has(QStringLiteral("cite")))
        return ctx.usage(
            QCoreApplication::translate("passages-cli", "report: --cite goes with --pg"));
    if (network && options.has(QStringLiteral("mapping")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "report: --mapping goes with a desk or share report, not --pg"));
    if (network && (options.has(QStringLiteral("share")) || options.has(QStringLiteral("cache"))))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "report: --pg and --share or --cache exclude each other"));
    if (!source->by.contains(by) && !(network && by == QLatin1String("cite")))
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
    if (network) {
        Result<YearlyCounts> counted = networkReport(options, *year, by);
        if (!counted)
            return ctx.fail(counted.error());
        return printReport(ctx, options, *counted, what, by, *year, format);
    }
    // With --share, the report runs over every desk: the share is consolidated into its
    // local cache first (same schema as a desk database, so the same code reports on it).
    const Result<QString> database = reportDatabase(ctx, options);
    if (!database)
        return ctx.fail(database.error());
    const QString &path = *database;
    Result<Session> session = path == ctx.dbPath ? ctx.openSession(Communes::Load)
                                                 : Context::openSession(path, Communes::Load);
    if (!session)
        return ctx.fail(session.error());
    const ReportFilter filter{options.value(QStringLiteral("site")),
                              options.value(QStringLiteral("desk"))};
    if (int code = requireKnownSite(ctx, session->referential, filter.site))
        return code;
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
    return printReport(ctx, options, *result, what, by, *year, format);
}

/// passages-cli coverage: the coordinators' coverage check (forgotten desks, entries on
/// closed days, bursts of back-dated entries) over a period. Findings are a list to look
/// at: the command exits 0 with or without them.
int coverage(Context &ctx, const Options &options)
{
    QDate from, to;
    if (options.has(QStringLiteral("year"))) {
        const std::optional<int> year = parseYear(options.value(QStringLiteral("year")));
        if (!year || options.has(QStringLiteral("from")) || options.has(QStringLiteral("to")))
            return ctx.usage(QCoreApplication::translate(
                "passages-cli", "coverage: give --year YYYY, or --from and --to YYYY-MM-DD"));
        from = QDate(*year, 1, 1);
        to = QDate(*year, 12, 31);
    } else {
        if (int code = ctx.require(options, {QStringLiteral("from"), QStringLiteral("to")},
                                   QStringLiteral("coverage")))
            return code;
        from = QDate::fromString(options.value(QStringLiteral("from")), Qt::ISODate);
        to = QDate::fromString(options.value(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from)
            return ctx.usage(QCoreApplication::translate(
                "passages-cli", "coverage: --from and --to need two dates YYYY-MM-DD, the "
                                "first not after the second"));
    }
    const QString format = options.has(QStringLiteral("format"))
                               ? options.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "coverage: --format is text or json, got \"%1\"")
                             .arg(format));
    const Result<QString> database = reportDatabase(ctx, options);
    if (!database)
        return ctx.fail(database.error());
    const QString &path = *database;
    Result<Session> session = Context::openSession(path);
    if (!session)
        return ctx.fail(session.error());
    Result<CoverageReport> result =
        CoverageCheck(*session->db).run(from, to, options.value(QStringLiteral("site")));
    if (!result)
        return ctx.fail(result.error());
    const auto day = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    const auto stamp = [](const QDateTime &t) {
        return t.toString(Qt::ISODate);
    };
    if (format == QLatin1String("json")) {
        QJsonArray silent, closed, late;
        for (const SilentDesk &s : result->silent)
            silent << QJsonObject{{QStringLiteral("site"), s.site},
                                  {QStringLiteral("desk"), s.desk},
                                  {QStringLiteral("date"), day(s.date)},
                                  {QStringLiteral("from_hour"), s.fromHour},
                                  {QStringLiteral("to_hour"), s.toHour},
                                  {QStringLiteral("whole_day"), s.wholeDay},
                                  {QStringLiteral("others_logged"), s.othersLogged}};
        for (const EntriesOnClosedDay &c : result->closedDays)
            closed << QJsonObject{
                {QStringLiteral("site"), c.site},       {QStringLiteral("desk"), c.desk},
                {QStringLiteral("date"), day(c.date)},  {QStringLiteral("reason"), c.reason},
                {QStringLiteral("entries"), c.entries}, {QStringLiteral("walk_ins"), c.walkIns}};
        for (const BackdatedBurst &b : result->backdated)
            late << QJsonObject{{QStringLiteral("site"), b.site},
                                {QStringLiteral("desk"), b.desk},
                                {QStringLiteral("typed_from_utc"), stamp(b.firstRecorded)},
                                {QStringLiteral("typed_to_utc"), stamp(b.lastRecorded)},
                                {QStringLiteral("stated_from"), day(b.firstStated)},
                                {QStringLiteral("stated_to"), day(b.lastStated)},
                                {QStringLiteral("entries"), b.entries},
                                {QStringLiteral("walk_ins"), b.walkIns},
                                {QStringLiteral("max_delay_minutes"), b.maxDelayMinutes}};
        const QJsonObject root{{QStringLiteral("from"), day(from)},
                               {QStringLiteral("to"), day(to)},
                               {QStringLiteral("silent_desks"), silent},
                               {QStringLiteral("closed_days"), closed},
                               {QStringLiteral("backdated"), late}};
        ctx.print(QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n');
        return Ok;
    }
    ctx.out << QCoreApplication::translate("passages-cli", "Coverage %1 to %2: %n finding(s)",
                                           nullptr, int(result->findings()))
                   .arg(day(from), day(to))
            << '\n';
    for (const SilentDesk &s : result->silent)
        ctx.out << (s.wholeDay
                        ? QCoreApplication::translate(
                              "passages-cli",
                              "silent desk   %1  %2 / %3: nothing logged all day "
                              "(%4:00-%5:59) while the site's other desks logged %6 walk-ins")
                        : QCoreApplication::translate(
                              "passages-cli",
                              "silent desk   %1  %2 / %3: nothing logged %4:00-%5:59 "
                              "while the site's other desks logged %6 walk-ins"))
                       .arg(day(s.date), shown(s.site), shown(s.desk))
                       .arg(s.fromHour)
                       .arg(s.toHour)
                       .arg(s.othersLogged)
                << '\n';
    for (const EntriesOnClosedDay &c : result->closedDays)
        ctx.out << QCoreApplication::translate(
                       "passages-cli",
                       "closed day    %1  %2 / %3: %4 entries (%5 walk-ins) on a day closed "
                       "(%6)")
                       .arg(day(c.date), shown(c.site), shown(c.desk))
                       .arg(c.entries)
                       .arg(c.walkIns)
                       .arg(shown(c.reason))
                << '\n';
    for (const BackdatedBurst &b : result->backdated)
        ctx.out << QCoreApplication::translate(
                       "passages-cli",
                       "back-dated    %1  %2 / %3: %4 entries typed %5 to %6 UTC, stated "
                       "%7 to %8, up to %9 min late")
                       .arg(day(b.firstRecorded.date()), shown(b.site), shown(b.desk))
                       .arg(b.entries)
                       .arg(b.firstRecorded.time().toString(QStringLiteral("HH:mm")),
                            b.lastRecorded.time().toString(QStringLiteral("HH:mm")),
                            day(b.firstStated), day(b.lastStated))
                       .arg(b.maxDelayMinutes)
                << '\n';
    return Ok;
}

} // namespace

QList<Command> reportCommands()
{
    return {{QStringLiteral("report"),
             {QStringLiteral("year"), QStringLiteral("by"), QStringLiteral("what"),
              QStringLiteral("format"), QStringLiteral("site"), QStringLiteral("desk"),
              QStringLiteral("share"), QStringLiteral("cache"), QStringLiteral("output"),
              QStringLiteral("pg"), QStringLiteral("cite"), QStringLiteral("mapping")},
             report,
             {QStringLiteral("excel")}},
            {QStringLiteral("coverage"),
             {QStringLiteral("year"), QStringLiteral("from"), QStringLiteral("to"),
              QStringLiteral("site"), QStringLiteral("format"), QStringLiteral("share"),
              QStringLiteral("cache")},
             coverage}};
}

} // namespace passages::cli
