// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/xlsx.h"
#include "core/report/bilan.h"
#include "core/report/passage_report.h"
#include "core/report/small_cells.h"

#include <QCoreApplication>
#include <QDateTime>

namespace passages {

class Fonds;
class Reception;
class Referential;
class CommuneIndex;

/// The bilan workbook's "About" sheet: what the figures cover.
struct BilanContext
{
    QDateTime asOf;         ///< when the figures were taken from the data
    QString siteFilter;     ///< the site code asked for; empty: every site
    SmallCellPolicy policy; ///< small cells protected or not
};

/// Every table Passages exports, as a workbook a French office opens with a double click:
/// codes, ISBNs and INSEE codes as text, counts as numbers, dates as dates, the French
/// label beside each code, a bold frozen header with an autofilter.
class Workbooks
{
    Q_DECLARE_TR_FUNCTIONS(Workbooks)

public:
    /// The walk-ins of `year` (0: every year), one line each, as `export --csv` lists them.
    static Result<XlsxWorkbook> passages(const Reception &reception, const Referential &referential,
                                         const CommuneIndex &communes, int year);
    /// A yearly report (`report --by ...`): code, label, count, the total line, a chart.
    static XlsxWorkbook report(const YearlyCounts &report, const QString &title);
    /// The direction's bilan: an "About" sheet, the key figures, the months, then one sheet
    /// per table with its chart beside it (the same figures as the PDF).
    static XlsxWorkbook bilan(const Bilan &bilan, const BilanContext &context);
    /// The dashboard's tables (ExportTable, as for its CSV), one sheet each: a "Code"
    /// column is text, whole numbers are numbers, decimals decimals, ISO dates dates.
    static XlsxWorkbook fromTables(const QList<ExportTable> &tables, const QString &title);
    /// The catalogue: one line per copy (a title without copies: one line).
    static Result<XlsxWorkbook> fonds(const Fonds &fonds);
};

} // namespace passages
