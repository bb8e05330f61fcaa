// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/bilan.h"
#include "core/report/small_cells.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace passages::ui {

/// The yearly bilan as a printed report a director sends to funders: a title page, the
/// key figures, the months (chart and table), then each table with its chart on the
/// same page. Drawn on any paged device: a QPdfWriter for the PDF, a QPrinter to print.
///
/// Built in the passages_report_pdf library: Qt Gui only (QPainter, QPdfWriter; no
/// widgets, no Qt Charts), so the GUI and `passages-cli bilan --pdf` print the same
/// pages. The charts are drawn here with QPainter rather than rendered from Qt Charts:
/// a page needs full labels (wrapped, never elided), round axis steps (1-2-5) and charts
/// sized to their table, which Qt Charts' screen layout does not give.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    /// `policy`: small cells shown as "< 5" (a report handed outside the Cité).
    ReportDocument(const Bilan &bilan, const SmallCellPolicy &policy);

    /// Draws every page; returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    /// Writes an A4 PDF/A-1b (archivable) with its title and author (the Cité) set; an
    /// error message, or empty on success.
    QString writePdf(const QString &path) const;

    /// A round axis step (1, 2 or 5 times a power of ten) giving at most `maxTicks`
    /// intervals up to `max`.
    static qint64 niceStep(qint64 max, int maxTicks = 5);

private:
    const Bilan &m_bilan;
    SmallCellPolicy m_policy;
};

} // namespace passages::ui
