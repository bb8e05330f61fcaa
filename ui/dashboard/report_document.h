// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/bilan.h"
#include "core/report/small_cells.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace passages::ui {

/// The yearly bilan as a printed report: a title page with the Cité's name and the year,
/// the key figures, each table with its chart, and page numbers. Drawn on any paged
/// device: a QPdfWriter for the PDF, a QPrinter to print.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    /// `policy`: small cells shown as "< 5" (a report handed outside the Cité).
    ReportDocument(const Bilan &bilan, const SmallCellPolicy &policy);

    /// Draws every page; returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    /// Writes an A4 PDF; an error message, or empty on success.
    QString writePdf(const QString &path) const;

private:
    const Bilan &m_bilan;
    SmallCellPolicy m_policy;
};

} // namespace passages::ui
