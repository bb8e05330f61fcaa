// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the documentation space: fonds import, export, stats.
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/fonds/fonds.h"
#include "core/fonds/fonds_csv.h"
#include "core/report/workbooks.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

namespace passages::cli {

namespace {

int importCsv(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("csv")}, QStringLiteral("fonds import")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Fonds fonds(*session->db, session->referential);
    const QString path = options.value(QStringLiteral("csv"));
    Result<FondsImportReport> report = FondsCsv::importFile(fonds, path);
    if (!report)
        return ctx.fail(report.error());
    if (!report->problems.isEmpty()) {
        for (const QString &problem : report->problems)
            ctx.err << shown(problem, 2000) << '\n';
        return ctx.fail(QCoreApplication::translate("passages-cli",
                                                    "nothing imported: %n problem(s) in %1",
                                                    nullptr, int(report->problems.size()))
                            .arg(path));
    }
    ctx.out << QCoreApplication::translate("passages-cli", "%1 title(s) and %2 copy(ies) imported.")
                   .arg(report->titles)
                   .arg(report->copies)
            << '\n';
    return Ok;
}

int exportCsv(Context &ctx, const Options &options)
{
    const bool xlsx = options.has(QStringLiteral("xlsx"));
    if (xlsx == options.has(QStringLiteral("csv")))
        return ctx.usage(QCoreApplication::translate(
            "passages-cli", "fonds export: give either --csv FILE or --xlsx FILE"));
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Fonds fonds(*session->db, session->referential);
    if (xlsx) {
        Result<XlsxWorkbook> book = Workbooks::fonds(fonds);
        if (!book)
            return ctx.fail(book.error());
        if (Status saved = book->save(options.value(QStringLiteral("xlsx"))); !saved)
            return ctx.fail(saved.error());
        return Ok;
    }
    Result<QByteArray> data =
        FondsCsv::exportData(fonds, csvFlavour(options.has(QStringLiteral("excel"))));
    if (!data)
        return ctx.fail(data.error());
    return ctx.writeOutput(options.value(QStringLiteral("csv")), *data);
}

int stats(Context &ctx, const Options &options)
{
    int year = QDate::currentDate().year();
    if (options.has(QStringLiteral("year"))) {
        const std::optional<int> parsed = parseYear(options.value(QStringLiteral("year")));
        if (!parsed)
            return ctx.usage(
                QCoreApplication::translate(
                    "passages-cli", "fonds stats: --year needs a year such as 2024, got \"%1\"")
                    .arg(options.value(QStringLiteral("year"))));
        year = *parsed;
    }
    const QString format = options.has(QStringLiteral("format"))
                               ? options.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return ctx.usage(
            QCoreApplication::translate(
                "passages-cli", "fonds stats: --format must be text, csv or json, got \"%1\"")
                .arg(format));
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Fonds fonds(*session->db, session->referential);
    Result<FondsStats> result = fonds.stats(year);
    if (!result)
        return ctx.fail(result.error());
    if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(result->toJson());
        return Ok;
    }
    if (format == QLatin1String("csv")) {
        ctx.print(result->toCsv(csvFlavour(options.has(QStringLiteral("excel")))));
        return Ok;
    }
    const FondsStats &s = *result;
    auto line = [&](const QString &label, qint64 value) {
        ctx.out << label.leftJustified(36) << QString::number(value).rightJustified(8) << '\n';
    };
    ctx.out << QCoreApplication::translate("passages-cli", "Fonds, %1").arg(year) << '\n';
    line(QCoreApplication::translate("passages-cli", "Titles"), s.titles);
    line(QCoreApplication::translate("passages-cli", "Copies (not withdrawn)"), s.copies);
    for (CopyStatus status : FondsCodes::copyStatuses())
        line(QStringLiteral("  ") + FondsCodes::label(status), s.copiesByStatus.value(status));
    line(QCoreApplication::translate("passages-cli", "Copies acquired in the year"), s.acquired);
    line(QCoreApplication::translate("passages-cli", "Copies withdrawn in the year"), s.withdrawn);
    line(QCoreApplication::translate("passages-cli", "Periodicals"), s.periodicals);
    line(QCoreApplication::translate("passages-cli", "Issues received"), s.issuesReceived);
    line(QCoreApplication::translate("passages-cli", "Consultations"), s.consultations);
    line(QCoreApplication::translate("passages-cli", "Consultations, previous year"),
         s.previousConsultations);
    ctx.out << '\n'
            << QCoreApplication::translate("passages-cli", "Theme").leftJustified(36)
            << QCoreApplication::translate("passages-cli", "Titles").rightJustified(8)
            << QCoreApplication::translate("passages-cli", "Copies").rightJustified(8)
            << QCoreApplication::translate("passages-cli", "Consult.").rightJustified(10)
            << QCoreApplication::translate("passages-cli", "Prev.").rightJustified(8) << '\n';
    for (const FondsStats::Theme &t : s.themes)
        ctx.out << (t.code + QLatin1Char(' ') + t.label).leftJustified(36)
                << QString::number(t.titles).rightJustified(8)
                << QString::number(t.copies).rightJustified(8)
                << QString::number(t.consultations).rightJustified(10)
                << QString::number(t.previousConsultations).rightJustified(8) << '\n';
    return Ok;
}

} // namespace

QList<Command> fondsCommands()
{
    return {
        {QStringLiteral("fonds import"), {QStringLiteral("csv")}, importCsv},
        {QStringLiteral("fonds export"),
         {QStringLiteral("csv"), QStringLiteral("xlsx")},
         exportCsv,
         {QStringLiteral("excel")}},
        {QStringLiteral("fonds stats"),
         {QStringLiteral("year"), QStringLiteral("format")},
         stats,
         {QStringLiteral("excel")}},
    };
}

} // namespace passages::cli
