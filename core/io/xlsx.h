// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace passages {

/// One typed cell of a workbook. The type is what a spreadsheet shows: a code, an ISBN or
/// an INSEE code is Text (so "01004" keeps its zero and an ISBN never becomes 9,78E+12), a
/// count is a Number, a day is a Date.
struct XlsxCell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Decimal, ///< a number shown with one decimal (an average, a change in %)
        Date,
        DateTime
    };
    Type type = Type::Empty;
    QVariant value;
    bool bold = false; ///< a total line

    static XlsxCell text(const QString &text)
    {
        return text.isEmpty() ? XlsxCell{} : XlsxCell{Type::Text, text};
    }
    static XlsxCell number(double value) { return {Type::Number, value}; }
    static XlsxCell decimal(double value) { return {Type::Decimal, value}; }
    static XlsxCell date(const QDate &date)
    {
        return date.isValid() ? XlsxCell{Type::Date, date} : XlsxCell{};
    }
    static XlsxCell dateTime(const QDateTime &moment)
    {
        return moment.isValid() ? XlsxCell{Type::DateTime, moment} : XlsxCell{};
    }
    static XlsxCell optionalDecimal(const std::optional<double> &value)
    {
        return value ? decimal(*value) : XlsxCell{};
    }
};

using XlsxRow = QList<XlsxCell>;

/// A native chart drawn beside its table from the table's own cells, so the figures of
/// the chart are the figures of the table.
struct XlsxChart
{
    enum class Kind
    {
        Bar,    ///< horizontal bars: long labels are read whole
        Column, ///< vertical columns: months, years
        Line
    };
    Kind kind = Kind::Bar;
    QString title;
    int categoryColumn = 1;   ///< the column of the labels
    QList<int> valueColumns;  ///< one series per column, named by its header
    int rows = 0;             ///< data rows charted (from the first), not the total line
    QStringList seriesColors; ///< "#RRGGBB" per series (optional)
};

/// One worksheet: an optional title and lines above the table, a bold frozen header with
/// an autofilter, typed rows, column widths fitted to the content, a chart beside it.
struct XlsxSheet
{
    QString name; ///< the tab's name (cut to 31 characters, []:*?/\ replaced)
    QString title;
    QStringList intro; ///< lines between the title and the table
    QStringList headers;
    QList<XlsxRow> rows;
    std::optional<XlsxChart> chart;
    QStringList notes;    ///< lines under the table
    QList<double> widths; ///< forced widths (characters); fitted to the content otherwise
};

/// A workbook written by libxlsxwriter (a C library writing real Office Open XML:
/// typed cells, formats, native charts). Built in memory, then saved in one go to a
/// temporary file beside the target, renamed into place only when complete.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    void setTitle(const QString &title) { m_title = title; }
    void setAuthor(const QString &author) { m_author = author; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void addSheet(XlsxSheet sheet) { m_sheets << std::move(sheet); }
    const QList<XlsxSheet> &sheets() const { return m_sheets; }

    /// Writes the .xlsx; an Io error naming the file on failure.
    Status save(const QString &path) const;

private:
    QString m_title;
    QString m_author;
    QString m_subject;
    QList<XlsxSheet> m_sheets;
};

} // namespace passages
