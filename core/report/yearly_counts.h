// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csv.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passages {

struct ReportRow
{
    QString code;
    QString label;
    qint64 count = 0;
};

/// Counts of one year grouped by one breakdown, rows by count descending then code.
/// The shape every yearly report shares (walk-ins, interviews, participants...), so the
/// CLI and the dashboard print them alike.
struct YearlyCounts
{
    int year = 0;
    QString by; ///< the breakdown's CLI name ("pole", "age-band", "event"...)
    QList<ReportRow> rows;
    qint64 total = 0;

    /// Rows of one code summed into one (codes merged in the referential), then count
    /// descending, then code: the documented order.
    void sortRows();
    QByteArray toJson() const;
    QByteArray toCsv(CsvFlavour flavour = CsvFlavour::Plain) const;
};

struct ReportFilter
{
    QString site; ///< empty: all sites
    QString desk; ///< empty: all desks
};

} // namespace passages
