// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/xlsx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <list>
#include <vector>

namespace passages {

namespace {

/// libxlsxwriter takes `const char *` everywhere; the UTF-8 bytes live here until the
/// workbook is closed.
class Utf8Pool
{
public:
    const char *operator()(const QString &text)
    {
        m_strings.push_back(text.toUtf8());
        return m_strings.back().constData();
    }

private:
    std::list<QByteArray> m_strings;
};

/// Excel's rules for a tab's name: 31 characters at most, none of []:*?/\, unique.
QString sheetName(const QString &wanted, QSet<QString> *used)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\[\]:*?/\\])"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral("-"));
    base = base.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Feuille");
    base = base.left(31);
    QString name = base;
    for (int n = 2; used->contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    used->insert(name.toLower());
    return name;
}

lxw_color_t colour(const QString &hex)
{
    bool ok = false;
    const uint value = QString(hex).remove(QLatin1Char('#')).toUInt(&ok, 16);
    return ok ? lxw_color_t(value) : lxw_color_t(0x4472C4);
}

/// The width (in characters) a cell needs.
double cellWidth(const XlsxCell &cell)
{
    switch (cell.type) {
    case XlsxCell::Type::Empty:
        return 0;
    case XlsxCell::Type::Text: {
        double widest = 0;
        for (const QString &line : cell.value.toString().split(QLatin1Char('\n')))
            widest = std::max(widest, double(line.size()));
        return widest;
    }
    case XlsxCell::Type::Number:
    case XlsxCell::Type::Decimal:
        return QString::number(std::llround(cell.value.toDouble())).size() + 3.0;
    case XlsxCell::Type::Date:
        return 10;
    case XlsxCell::Type::DateTime:
        return 16;
    }
    return 0;
}

lxw_datetime toLxw(const QDateTime &moment)
{
    const QDate d = moment.date();
    const QTime t = moment.time();
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

} // namespace

Status XlsxWorkbook::save(const QString &path) const
{
    // Written beside the target, renamed into place when complete: a failed export never
    // replaces a good file (libxlsxwriter writes to a file name, not to a QIODevice).
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    Utf8Pool utf8;
    lxw_workbook *book = workbook_new(utf8(QDir::toNativeSeparators(temporary)));
    if (!book)
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1: the folder is not writable.").arg(QDir::toNativeSeparators(path)));

    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(utf8(m_title));
    properties.author = const_cast<char *>(utf8(m_author));
    properties.subject = const_cast<char *>(utf8(m_subject));
    properties.company = const_cast<char *>(utf8(QStringLiteral("Passages")));
    workbook_set_properties(book, &properties);

    lxw_format *titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@");
    lxw_format *number = workbook_add_format(book);
    format_set_num_format(number, "#,##0");
    lxw_format *decimal = workbook_add_format(book);
    format_set_num_format(decimal, "#,##0.0");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
    // The same, bold, for a total line.
    lxw_format *boldText = workbook_add_format(book);
    format_set_bold(boldText);
    format_set_num_format(boldText, "@");
    lxw_format *boldNumber = workbook_add_format(book);
    format_set_bold(boldNumber);
    format_set_num_format(boldNumber, "#,##0");
    lxw_format *boldDecimal = workbook_add_format(book);
    format_set_bold(boldDecimal);
    format_set_num_format(boldDecimal, "#,##0.0");

    QSet<QString> usedNames;
    for (const XlsxSheet &sheet : m_sheets) {
        const QString name = sheetName(sheet.name, &usedNames);
        lxw_worksheet *ws = workbook_add_worksheet(book, utf8(name));
        // Printed (or turned into PDF) a table and its chart share one page's width.
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        lxw_row_t row = 0;
        if (!sheet.title.isEmpty())
            worksheet_write_string(ws, row++, 0, utf8(sheet.title), titleFormat);
        for (const QString &line : sheet.intro)
            worksheet_write_string(ws, row++, 0, utf8(line), nullptr);
        if (row > 0)
            ++row;
        const lxw_row_t headerRow = row;
        const int columns = int(sheet.headers.size());
        for (int c = 0; c < columns; ++c)
            worksheet_write_string(ws, headerRow, lxw_col_t(c), utf8(sheet.headers.at(c)), header);
        std::vector<double> widths;
        widths.reserve(size_t(columns));
        for (const QString &h : sheet.headers)
            widths.push_back(std::min(30.0, double(h.size())));
        row = headerRow + 1;
        for (const XlsxRow &cells : sheet.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                const XlsxCell &cell = cells.at(c);
                const lxw_col_t col = lxw_col_t(c);
                if (c < columns)
                    widths[size_t(c)] = std::max(widths[size_t(c)], cellWidth(cell));
                switch (cell.type) {
                case XlsxCell::Type::Empty:
                    break;
                case XlsxCell::Type::Text:
                    worksheet_write_string(ws, row, col, utf8(cell.value.toString()),
                                           cell.bold ? boldText : text);
                    break;
                case XlsxCell::Type::Number:
                    worksheet_write_number(ws, row, col, cell.value.toDouble(),
                                           cell.bold ? boldNumber : number);
                    break;
                case XlsxCell::Type::Decimal:
                    worksheet_write_number(ws, row, col, cell.value.toDouble(),
                                           cell.bold ? boldDecimal : decimal);
                    break;
                case XlsxCell::Type::Date: {
                    lxw_datetime d = toLxw(QDateTime(cell.value.toDate(), QTime(0, 0)));
                    worksheet_write_datetime(ws, row, col, &d, date);
                    break;
                }
                case XlsxCell::Type::DateTime: {
                    lxw_datetime d = toLxw(cell.value.toDateTime());
                    worksheet_write_datetime(ws, row, col, &d, dateTime);
                    break;
                }
                }
            }
            ++row;
        }
        const lxw_row_t lastRow = row > headerRow + 1 ? row - 1 : headerRow;
        if (columns > 0) {
            worksheet_freeze_panes(ws, headerRow + 1, 0);
            worksheet_autofilter(ws, headerRow, 0, lastRow, lxw_col_t(columns - 1));
        }
        for (int c = 0; c < columns; ++c) {
            const double width = c < sheet.widths.size() && sheet.widths.at(c) > 0
                                     ? sheet.widths.at(c)
                                     : std::clamp(widths[size_t(c)] + 2.0, 8.0, 60.0);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        row = lastRow + 2;
        for (const QString &line : sheet.notes)
            worksheet_write_string(ws, row++, 0, utf8(line), nullptr);

        if (sheet.chart && sheet.chart->rows > 0 && !sheet.chart->valueColumns.isEmpty()) {
            const XlsxChart &spec = *sheet.chart;
            const uint8_t kind = spec.kind == XlsxChart::Kind::Bar      ? LXW_CHART_BAR
                                 : spec.kind == XlsxChart::Kind::Column ? LXW_CHART_COLUMN
                                                                        : LXW_CHART_LINE;
            lxw_chart *chart = workbook_add_chart(book, kind);
            chart_title_set_name(chart, utf8(spec.title));
            lxw_chart_font titleFont{};
            titleFont.size = 11;
            titleFont.bold = LXW_EXPLICIT_FALSE;
            chart_title_set_name_font(chart, &titleFont);
            const lxw_row_t first = headerRow + 1;
            const lxw_row_t last = headerRow + lxw_row_t(spec.rows);
            for (int s = 0; s < spec.valueColumns.size(); ++s) {
                const int column = spec.valueColumns.at(s);
                lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
                chart_series_set_categories(series, utf8(name), first,
                                            lxw_col_t(spec.categoryColumn), last,
                                            lxw_col_t(spec.categoryColumn));
                chart_series_set_values(series, utf8(name), first, lxw_col_t(column), last,
                                        lxw_col_t(column));
                chart_series_set_name_range(series, utf8(name), headerRow, lxw_col_t(column));
                if (s < spec.seriesColors.size()) {
                    lxw_chart_fill fill{};
                    fill.color = colour(spec.seriesColors.at(s));
                    chart_series_set_fill(series, &fill);
                    lxw_chart_line line{};
                    line.color = fill.color;
                    line.width = 2.25;
                    chart_series_set_line(series, &line);
                }
                if (spec.kind != XlsxChart::Kind::Line)
                    chart_series_set_labels(series);
            }
            // Horizontal bars list the lines top to bottom in the table's order.
            // (A bar chart's y axis is its vertical category axis.)
            if (spec.kind == XlsxChart::Kind::Bar)
                chart_axis_set_reverse(chart->y_axis);
            chart_legend_set_position(chart, spec.valueColumns.size() > 1
                                                 ? uint8_t(LXW_CHART_LEGEND_BOTTOM)
                                                 : uint8_t(LXW_CHART_LEGEND_NONE));
            lxw_chart_options options{};
            options.x_offset = 16;
            options.y_offset = 4;
            options.x_scale = 1.4;
            // Tall enough for every label of a long table.
            const double perRow = spec.valueColumns.size() > 1 ? 34.0 : 22.0;
            options.y_scale = std::max(1.0, (spec.rows * perRow + 90.0) / 288.0); // 288 px default
            worksheet_insert_chart_opt(ws, headerRow, lxw_col_t(columns + 1), chart, &options);
        }
    }

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2")
                                            .arg(QDir::toNativeSeparators(path),
                                                 QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace passages
