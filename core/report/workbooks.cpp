// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/workbooks.h"

#include "core/fonds/fonds.h"
#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace passages {

namespace {

/// A count, or the mark as text when it is hidden.
XlsxCell countCell(qint64 count, bool hidden, const SmallCellPolicy &policy)
{
    if (policy.enabled && hidden)
        return XlsxCell::text(SmallCellPolicy::mark());
    return XlsxCell::number(double(count));
}

XlsxCell bold(XlsxCell cell)
{
    cell.bold = true;
    return cell;
}

XlsxCell changeCell(const std::optional<double> &change)
{
    if (!change)
        return {};
    return XlsxCell::decimal(std::round(*change * 10.0) / 10.0);
}

} // namespace

Result<XlsxWorkbook> Workbooks::passages(const Reception &reception, const Referential &referential,
                                         const CommuneIndex &communes, int year)
{
    Result<QList<Passage>> entries = reception.entriesOfYear(year);
    if (!entries)
        return entries.error();
    XlsxSheet sheet;
    sheet.name = tr("Walk-ins");
    sheet.headers = {tr("Id"),
                     tr("Date and time"),
                     tr("Pôle"),
                     tr("Pôle (label)"),
                     tr("Theme"),
                     tr("Theme (label)"),
                     tr("Age band"),
                     tr("Age band (label)"),
                     tr("Commune"),
                     tr("Commune (name)"),
                     tr("Public"),
                     tr("Public (label)"),
                     tr("Channel"),
                     tr("Channel (label)"),
                     tr("Site"),
                     tr("Desk"),
                     tr("Count"),
                     tr("Service level"),
                     tr("Service level (label)"),
                     tr("Referred to"),
                     tr("Referred to (label)")};
    using Kind = Referential::Kind;
    auto label = [&](Kind kind, const QString &code) {
        return code.isEmpty() ? QString() : referential.label(kind, code);
    };
    // Merged codes are written under their target, as every report counts them.
    for (const Passage &stored : *entries) {
        const Passage p = reception.reported(stored);
        sheet.rows << XlsxRow{
            XlsxCell::text(p.id),
            XlsxCell::dateTime(QDateTime(p.date, p.time)),
            XlsxCell::text(p.pole),
            XlsxCell::text(label(Kind::Pole, p.pole)),
            XlsxCell::text(p.theme),
            XlsxCell::text(label(Kind::Theme, p.theme)),
            XlsxCell::text(p.ageBand),
            XlsxCell::text(label(Kind::AgeBand, p.ageBand)),
            XlsxCell::text(p.commune),
            XlsxCell::text(p.commune.isEmpty() ? QString() : communes.label(p.commune)),
            XlsxCell::text(p.publicCode),
            XlsxCell::text(label(Kind::Public, p.publicCode)),
            XlsxCell::text(p.channel),
            XlsxCell::text(label(Kind::Channel, p.channel)),
            XlsxCell::text(p.site),
            XlsxCell::text(p.desk),
            XlsxCell::number(p.count),
            XlsxCell::text(p.serviceLevel),
            XlsxCell::text(label(Kind::ServiceLevel, p.serviceLevel)),
            XlsxCell::text(p.orientation),
            XlsxCell::text(label(Kind::Orientation, p.orientation))};
    }
    sheet.widths = {10}; // the id is there to re-import, not to be read
    XlsxWorkbook book;
    book.setTitle(year > 0 ? tr("Walk-ins %1").arg(year) : tr("Walk-ins"));
    book.setAuthor(referential.citeName());
    book.addSheet(std::move(sheet));
    return book;
}

XlsxWorkbook Workbooks::report(const YearlyCounts &report, const QString &title)
{
    XlsxSheet sheet;
    sheet.name = QString::number(report.year);
    sheet.title = title;
    sheet.headers = {tr("Code"), tr("Label"), QString::number(report.year)};
    for (const ReportRow &row : report.rows)
        sheet.rows << XlsxRow{XlsxCell::text(row.code), XlsxCell::text(row.label),
                              XlsxCell::number(double(row.count))};
    sheet.rows << XlsxRow{
        {}, bold(XlsxCell::text(tr("Total"))), bold(XlsxCell::number(double(report.total)))};
    // A chart is worth drawing for a readable number of lines only.
    if (!report.rows.isEmpty() && report.rows.size() <= 40)
        sheet.chart = XlsxChart{XlsxChart::Kind::Bar, title, 1, {2}, int(report.rows.size()), {}};
    XlsxWorkbook book;
    book.setTitle(title);
    book.addSheet(std::move(sheet));
    return book;
}

XlsxWorkbook Workbooks::bilan(const Bilan &bilan, const BilanContext &context)
{
    const SmallCellPolicy &policy = context.policy;
    const BilanHidden hidden = BilanHidden::of(bilan, policy);
    const QString year = QString::number(bilan.year);
    const QString previous = QString::number(bilan.year - 1);
    const QLocale locale;
    XlsxWorkbook book;
    const QString title = tr("%1 — activity report %2").arg(bilan.cite, year);
    book.setTitle(title);
    book.setAuthor(bilan.cite);
    book.setSubject(bilan.scope);

    // What the figures cover, stated once, before any figure.
    XlsxSheet about;
    about.name = tr("About");
    about.title = title;
    about.headers = {tr("Item"), tr("Value")};
    const QDate periodEnd = bilan.periodEnd.isValid() ? bilan.periodEnd : QDate(bilan.year, 12, 31);
    about.rows << XlsxRow{XlsxCell::text(tr("Year")), XlsxCell::text(year)};
    about.rows << XlsxRow{XlsxCell::text(tr("Period from")),
                          XlsxCell::date(QDate(bilan.year, 1, 1))};
    about.rows << XlsxRow{XlsxCell::text(tr("Period to")), XlsxCell::date(periodEnd)};
    about.rows << XlsxRow{XlsxCell::text(tr("Compared with")),
                          XlsxCell::text(bilan.periodEnd.isValid()
                                             ? tr("the same dates of %1").arg(previous)
                                             : tr("the year %1").arg(previous))};
    about.rows << XlsxRow{
        XlsxCell::text(tr("Sites")),
        XlsxCell::text(context.siteFilter.isEmpty()
                           ? tr("All sites")
                           : QStringLiteral("%1 (%2)").arg(bilan.scope, context.siteFilter))};
    about.rows << XlsxRow{XlsxCell::text(tr("Data as of")), XlsxCell::dateTime(context.asOf)};
    about.rows << XlsxRow{
        XlsxCell::text(tr("Small cells")),
        XlsxCell::text(policy.enabled ? tr("protected: counts from 1 to %1, and the cells from "
                                           "which one could be recomputed with a total, are "
                                           "shown as \"%2\"")
                                            .arg(policy.threshold - 1)
                                            .arg(SmallCellPolicy::mark())
                                      : tr("not protected: every count is shown"))};
    about.rows << XlsxRow{
        XlsxCell::text(tr("Made by")),
        XlsxCell::text(QStringLiteral("Passages %1").arg(QStringLiteral(PASSAGES_VERSION)))};
    about.widths = {22, 70};
    book.addSheet(std::move(about));

    // The key figures.
    XlsxSheet key;
    key.name = tr("Key figures");
    key.title = tr("Key figures, %1").arg(bilan.scope);
    key.headers = {tr("Figure"), year, previous, tr("Change %")};
    for (int i = 0; i < bilan.headlines.size(); ++i) {
        const BilanHeadline &h = bilan.headlines.at(i);
        const bool now = hidden.headline.at(i), before = hidden.previousHeadline.at(i);
        auto value = [&](double v, bool masked) {
            return h.decimal && !(policy.enabled && masked)
                       ? XlsxCell::decimal(std::round(v * 10.0) / 10.0)
                       : countCell(std::llround(v), masked, policy);
        };
        const std::optional<double> change =
            h.previous > 0 && !(policy.enabled && (now || before))
                ? std::optional<double>((h.value - h.previous) * 100.0 / h.previous)
                : std::nullopt;
        key.rows << XlsxRow{XlsxCell::text(h.label), value(h.value, now), value(h.previous, before),
                            changeCell(change)};
    }
    book.addSheet(std::move(key));

    // The year month by month, beside the year before.
    XlsxSheet months;
    months.name = tr("Months");
    months.title = tr("Contacts by month");
    months.headers = {tr("Month"), year, previous};
    for (int m = 0; m < bilan.months.buckets.size(); ++m) {
        const Bucket &b = bilan.months.buckets.at(m);
        const qint64 before =
            m < bilan.previousMonths.buckets.size() ? bilan.previousMonths.buckets.at(m).total : 0;
        months.rows << XlsxRow{XlsxCell::text(locale.standaloneMonthName(m + 1)),
                               b.future ? XlsxCell{}
                                        : countCell(b.total, hidden.months.value(m), policy),
                               countCell(before, hidden.previousMonths.value(m), policy)};
    }
    const qsizetype monthRows = months.rows.size();
    months.rows << XlsxRow{
        bold(XlsxCell::text(tr("Total"))),
        bold(countCell(bilan.months.total, hidden.months.last(), policy)),
        bold(countCell(bilan.previousMonths.total, hidden.previousMonths.last(), policy))};
    months.chart = XlsxChart{XlsxChart::Kind::Column,
                             months.title,
                             0,
                             {1, 2},
                             int(monthRows),
                             {QStringLiteral("#2E6DB4"), QStringLiteral("#A9BCD0")}};
    book.addSheet(std::move(months));

    // One sheet per table, its chart beside it.
    for (int ti = 0; ti < bilan.tables.size(); ++ti) {
        const BilanTable &t = bilan.tables.at(ti);
        XlsxSheet sheet;
        sheet.name = t.title;
        sheet.title = t.title;
        sheet.intro = {bilan.scope};
        sheet.headers = t.comparesYears
                            ? QStringList{tr("Code"), t.itemHeader, year, previous, tr("Change %")}
                            : QStringList{tr("Code"), t.itemHeader, year};
        int r = 0;
        auto add = [&](const QString &code, const QString &label, qint64 count, qint64 before,
                       bool total) {
            const bool hideNow = hidden.now.at(ti).at(r), hideBefore = hidden.before.at(ti).at(r);
            ++r;
            XlsxRow row{XlsxCell::text(code), XlsxCell::text(label),
                        countCell(count, hideNow, policy)};
            if (t.comparesYears)
                row << countCell(before, hideBefore, policy)
                    << changeCell(policy.change(count, before, hideNow || hideBefore));
            if (total)
                for (XlsxCell &cell : row)
                    cell.bold = true;
            sheet.rows << row;
        };
        for (const BilanLine &line : t.lines)
            add(line.code, line.label, line.count, line.previous, false);
        if (t.otherLines > 0)
            add(QString(), tr("Other (%n lines)", nullptr, t.otherLines), t.otherCount,
                t.otherPrevious, false);
        const int charted = int(sheet.rows.size());
        add(QString(), tr("Total"), t.total, t.previousTotal, true);
        XlsxChart chart{XlsxChart::Kind::Bar,       t.title, 1, {2}, charted,
                        {QStringLiteral("#2E6DB4")}};
        if (t.comparesYears) {
            chart.valueColumns << 3;
            chart.seriesColors << QStringLiteral("#A9BCD0");
        }
        sheet.chart = chart;
        book.addSheet(std::move(sheet));
    }
    return book;
}

XlsxWorkbook Workbooks::fromTables(const QList<ExportTable> &tables, const QString &title)
{
    static const QRegularExpression whole(QStringLiteral(R"(^-?\d+$)"));
    static const QRegularExpression decimal(QStringLiteral(R"(^-?\d+[.,]\d+$)"));
    static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString code = ReportExport::tr("Code");
    XlsxWorkbook book;
    book.setTitle(title);
    for (const ExportTable &t : tables) {
        XlsxSheet sheet;
        sheet.name = t.title.isEmpty() ? title : t.title;
        sheet.title = t.title;
        sheet.headers = t.headers;
        for (const QStringList &cells : t.rows) {
            XlsxRow row;
            const bool total = cells.contains(ReportExport::tr("Total"));
            for (int c = 0; c < cells.size(); ++c) {
                const QString &v = cells.at(c);
                XlsxCell cell;
                if (t.headers.value(c) == code)
                    cell = XlsxCell::text(v);
                else if (whole.match(v).hasMatch())
                    cell = XlsxCell::number(v.toDouble());
                else if (decimal.match(v).hasMatch())
                    cell = XlsxCell::decimal(
                        QString(v).replace(QLatin1Char(','), QLatin1Char('.')).toDouble());
                else if (isoDate.match(v).hasMatch())
                    cell = XlsxCell::date(QDate::fromString(v, Qt::ISODate));
                else
                    cell = XlsxCell::text(v);
                cell.bold = total;
                row << cell;
            }
            sheet.rows << row;
        }
        book.addSheet(std::move(sheet));
    }
    return book;
}

Result<XlsxWorkbook> Workbooks::fonds(const Fonds &fonds)
{
    Result<QList<Title>> titles = fonds.catalogue().titles();
    if (!titles)
        return titles.error();
    Result<QList<Copy>> copies = fonds.catalogue().copies();
    if (!copies)
        return copies.error();
    QList<Title> sorted = *titles;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Title &a, const Title &b) {
        return a.cote() != b.cote() ? a.cote() < b.cote() : a.title < b.title;
    });
    QHash<QString, QList<Copy>> copiesOf;
    for (const Copy &c : *copies)
        copiesOf[c.titleId] << c;

    XlsxSheet sheet;
    sheet.name = tr("Catalogue");
    sheet.headers = {tr("Inventory"), tr("ISBN"),   tr("Title"),    tr("Authors"),
                     tr("Publisher"), tr("Year"),   tr("Edition"),  tr("Theme"),
                     tr("Subcote"),   tr("Type"),   tr("Language"), tr("Status"),
                     tr("Acquired"),  tr("Source"), tr("Location"), tr("Notes")};
    for (const Title &t : sorted) {
        auto write = [&](const Copy *c) {
            sheet.rows << XlsxRow{XlsxCell::text(c ? c->inventory : QString()),
                                  XlsxCell::text(t.isbn),
                                  XlsxCell::text(t.title),
                                  XlsxCell::text(t.authors),
                                  XlsxCell::text(t.publisher),
                                  t.year > 0 ? XlsxCell::number(t.year) : XlsxCell{},
                                  XlsxCell::text(t.edition),
                                  XlsxCell::text(t.theme),
                                  XlsxCell::text(t.subcote),
                                  XlsxCell::text(FondsCodes::label(t.type)),
                                  XlsxCell::text(t.language),
                                  XlsxCell::text(c ? FondsCodes::label(c->status) : QString()),
                                  XlsxCell::date(c ? c->acquired : QDate()),
                                  XlsxCell::text(c ? FondsCodes::label(c->source) : QString()),
                                  XlsxCell::text(c ? c->location : QString()),
                                  XlsxCell::text(t.notes)};
        };
        const QList<Copy> list = copiesOf.value(t.id);
        if (list.isEmpty())
            write(nullptr);
        for (const Copy &c : list)
            write(&c);
    }
    sheet.widths = {12, 15, 50};
    XlsxWorkbook book;
    book.setTitle(tr("Catalogue of the fonds"));
    book.addSheet(std::move(sheet));
    return book;
}

} // namespace passages
